// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Connection.h"

#include <QAbstractTableModel>
#include <QList>

namespace wb {
class Workspace;
}

namespace wb::ui {

// The workspace's connections, one row each; reload() after the store changed.
class ConnectionTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Endpoint, ReadPath, WritePath, ColumnCount };

    explicit ConnectionTableModel(Workspace &workspace, QObject *parent = nullptr);

    void reload();
    Connection connectionAt(int row) const { return m_connections.value(row); }
    int rowOf(const QString &name) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Workspace &m_workspace;
    QList<Connection> m_connections;
};

} // namespace wb::ui
