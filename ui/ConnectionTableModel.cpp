// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionTableModel.h"

#include "core/ConnectionStore.h"

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
    endResetModel();
}

int ConnectionTableModel::rowOf(const QString &name) const
{
    for (int i = 0; i < m_connections.size(); ++i) {
        if (m_connections[i].name == name)
            return i;
    }
    return -1;
}

int ConnectionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_connections.size());
}

int ConnectionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConnectionTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_connections.size())
        return {};
    const Connection &c = m_connections[index.row()];
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case Name: return c.name;
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

QVariant ConnectionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name: return tr("Name");
    case Endpoint: return tr("Endpoint");
    case ReadPath: return tr("Read path");
    case WritePath: return tr("Write path");
    case ColumnCount: break;
    }
    return {};
}

} // namespace wb::ui
