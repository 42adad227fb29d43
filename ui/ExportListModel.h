// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/ExportStore.h"

#include <QAbstractTableModel>
#include <QHash>

#include <optional>

namespace wb {
class Workspace;
}

namespace wb::ui {

// The saved exports with what each reads, sends and where, and how its last run went.
class ExportListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Dataset, Rows, Destination, LastRun, ColumnCount };
    enum Role { NameRole = Qt::UserRole + 1 };

    explicit ExportListModel(Workspace &workspace, QObject *parent = nullptr);

    void reload();
    ExportRecord exportAt(int row) const { return m_exports.value(row); }
    std::optional<RunRecord> lastRun(const QString &exportName) const;
    int rowOf(const QString &name) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString lastRunText(const RunRecord &run) const;

    Workspace &m_workspace;
    QList<ExportRecord> m_exports;
    QHash<QString, RunRecord> m_lastRuns;
    QHash<QString, QString> m_datasetTitles;
};

} // namespace wb::ui
