// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Connection.h"
#include "queue/QueueConnection.h"

#include <QAbstractTableModel>
#include <QList>

namespace wb {
class Workspace;
}

namespace wb::ui {

// The workspace's SFTP connections, then its message queues, one row each; reload() after a
// store changed. Names are unique across both kinds.
class ConnectionTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Kind, Endpoint, ReadPath, WritePath, ColumnCount };
    enum class RowKind { Sftp, Queue };

    explicit ConnectionTableModel(Workspace &workspace, QObject *parent = nullptr);

    void reload();
    RowKind kindAt(int row) const { return row < m_connections.size() ? RowKind::Sftp : RowKind::Queue; }
    Connection connectionAt(int row) const { return m_connections.value(row); }
    QueueConnection queueAt(int row) const { return m_queues.value(row - m_connections.size()); }
    QString nameAt(int row) const;
    int rowOf(const QString &name) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant queueData(const QueueConnection &queue, Column column, int role) const;

    Workspace &m_workspace;
    QList<Connection> m_connections;
    QList<QueueConnection> m_queues;
};

} // namespace wb::ui
