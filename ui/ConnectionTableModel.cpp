// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionTableModel.h"

#include "Icons.h"
#include "core/ConnectionStore.h"
#include "queue/QueueStore.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace wb::ui {

ConnectionTableModel::ConnectionTableModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    reload();
}

void ConnectionTableModel::reload()
{
    beginResetModel();
    m_connections = ConnectionStore(m_workspace).list();
    m_queues = QueueStore(m_workspace).list();
    endResetModel();
}

QString ConnectionTableModel::nameAt(int row) const
{
    return kindAt(row) == RowKind::Sftp ? connectionAt(row).name : queueAt(row).name;
}

int ConnectionTableModel::rowOf(const QString &name) const
{
    for (int i = 0; i < rowCount(); ++i) {
        if (nameAt(i) == name)
            return i;
    }
    return -1;
}

int ConnectionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_connections.size() + m_queues.size());
}

int ConnectionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConnectionTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    if (kindAt(index.row()) == RowKind::Queue)
        return queueData(queueAt(index.row()), Column(index.column()), role);
    const Connection &c = m_connections[index.row()];
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case Name: return c.name;
        case Kind: return tr("SFTP");
        case Endpoint: return u"%1@%2:%3"_s.arg(c.user, c.host).arg(c.port);
        case ReadPath: return c.readPath.isEmpty() ? tr("(login folder)") : c.readPath;
        case WritePath: return c.writePath.isEmpty() ? tr("(none)") : c.writePath;
        case ColumnCount: break;
        }
    } else if (role == Qt::ToolTipRole) {
        return tr("Private key: %1").arg(QDir::toNativeSeparators(c.keyFile));
    } else if (role == Qt::ForegroundRole) {
        const bool unset = (index.column() == ReadPath && c.readPath.isEmpty())
                           || (index.column() == WritePath && c.writePath.isEmpty());
        if (unset)
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
    }
    return {};
}

QVariant ConnectionTableModel::queueData(const QueueConnection &q, Column column, int role) const
{
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Name: return q.name;
        case Kind: return tr("Queue");
        // The broker here and the queue's address under Read path: together its location, in
        // columns narrow enough for an Amazon MQ host name.
        case Endpoint: return u"%1://%2:%3"_s.arg(q.usesTls() ? u"amqps"_s : u"amqp"_s, q.host()).arg(q.port());
        case ReadPath: return q.address;
        // A queue is only read from.
        case WritePath: return tr("(none)");
        case ColumnCount: break;
        }
    } else if (role == Qt::ToolTipRole) {
        const QString ca = q.caFile.isEmpty() ? tr("the system's") : QDir::toNativeSeparators(q.caFile);
        QString tip = tr("%1\nUser: %2\nCA certificates: %3").arg(q.location(), q.user, ca);
        if (!q.usesTls())
            tip += u'\n' + tr("amqp:// without TLS: the password and the messages cross the network readable.");
        return tip;
    } else if (role == Qt::ForegroundRole) {
        if (column == WritePath)
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        // Plain amqp:// is allowed (a broker on this computer), but it should catch the eye.
        if (column == Endpoint && !q.usesTls())
            return Icons::toneColor(Icons::Tone::Warning, QGuiApplication::palette());
    }
    return {};
}

QVariant ConnectionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name: return tr("Name");
    case Kind: return tr("Kind");
    case Endpoint: return tr("Endpoint");
    case ReadPath: return tr("Read path");
    case WritePath: return tr("Write path");
    case ColumnCount: break;
    }
    return {};
}

} // namespace wb::ui
