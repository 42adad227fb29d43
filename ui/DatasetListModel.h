// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/DatasetStore.h"

#include <QAbstractTableModel>
#include <QList>

namespace wb {
class Workspace;
}

namespace wb::ui {

// The workspace's datasets with their row counts; reload() after an import.
class DatasetListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Title, Vendor, Rows, ColumnCount };
    enum Role { NameRole = Qt::UserRole + 1 };

    explicit DatasetListModel(Workspace &workspace, QObject *parent = nullptr);

    void reload();
    DatasetSummary datasetAt(int row) const { return m_datasets.value(row); }
    int rowOf(const QString &name) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Workspace &m_workspace;
    QList<DatasetSummary> m_datasets;
};

} // namespace wb::ui
