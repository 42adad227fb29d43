// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/DatasetStore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QVariant>

namespace wb {
class Workspace;
}

namespace wb::ui {

// The rows of one dataset, read a page at a time: a table of a million rows costs a count
// and the few pages on screen, never the whole table. Pages are found by keyset (`_row >=
// anchor`), not OFFSET, so the last page costs the same as the first.
class DatasetTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int PageSize = 256;
    static constexpr int MaxPages = 8;

    explicit DatasetTableModel(Workspace &workspace, QObject *parent = nullptr);

    void setDataset(const DatasetSummary &dataset);
    void clear();
    // Counts again and drops the cached pages, after an import.
    void refresh();
    QString datasetName() const { return m_dataset.name; }
    // The dataset's own fields come first, the bookkeeping columns after them.
    int fieldCount() const { return int(m_dataset.fields.size()); }
    FieldSpec fieldAt(int column) const { return m_dataset.fields.value(column); }

    // For tests: how many pages are held, and how many were read in all.
    int cachedPageCount() const { return int(m_pages.size()); }
    int pageLoads() const { return m_pageLoads; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    enum Bookkeeping { File, Line, CreatedAt, UpdatedAt, BookkeepingCount };

    struct Page
    {
        int rows = 0;
        QList<QVariant> cells; // rows * columnCount(), row by row
    };

    void load();
    bool computeAnchors();
    qint64 anchorOf(int page) const;
    const Page *page(int index) const;
    QString bookkeepingHeader(int column) const;
    QString display(int column, const QVariant &value) const;

    Workspace &m_workspace;
    DatasetSummary m_dataset;
    QString m_select; // the page query, with one placeholder for the anchor
    int m_rows = 0;
    // When _row runs without gaps (the usual case: rows are only ever added) a row's _row is
    // first + index; otherwise m_anchors holds the _row starting each page.
    qint64 m_firstRow = 0;
    bool m_dense = true;
    QList<qint64> m_anchors;
    mutable QHash<int, Page> m_pages;
    mutable QList<int> m_recent; // most recently used first
    mutable int m_pageLoads = 0;
};

} // namespace wb::ui
