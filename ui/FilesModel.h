// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/DatasetStore.h"

#include <QAbstractTableModel>
#include <QList>

namespace wb {
class Workspace;
}

namespace wb::ui {

// The ledger of files taken in, newest attempt first; failed files stand out with their
// reason. reload() after an import or fetch.
class FilesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { State, Name, Source, Dataset, Read, Inserted, Updated, When, ColumnCount };
    enum Role { FailedRole = Qt::UserRole + 1, ReasonRole };

    explicit FilesModel(Workspace &workspace, QObject *parent = nullptr);

    void reload();
    FileRecord fileAt(int row) const { return m_files.value(row); }
    int rowOf(const QString &name) const;
    int failedCount() const;
    // "name:line:column: message", as compilers write it, so the place can be found.
    static QString reasonOf(const FileRecord &file);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const FileRecord &f, Column column) const;

    Workspace &m_workspace;
    QList<FileRecord> m_files;
};

} // namespace wb::ui
