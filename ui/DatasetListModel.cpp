// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatasetListModel.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace wb::ui {

DatasetListModel::DatasetListModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    reload();
}

void DatasetListModel::reload()
{
    beginResetModel();
    m_datasets = DatasetStore(m_workspace).datasets();
    endResetModel();
}

int DatasetListModel::rowOf(const QString &name) const
{
    for (int i = 0; i < m_datasets.size(); ++i) {
        if (m_datasets[i].name == name)
            return i;
    }
    return -1;
}

int DatasetListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_datasets.size());
}

int DatasetListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DatasetListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_datasets.size())
        return {};
    const DatasetSummary &d = m_datasets[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        // A dataset of the user's own naming has no title: its name is what they chose.
        case Title: return d.title.isEmpty() ? d.name : d.title;
        case Vendor: return d.vendor.isEmpty() ? tr("(own)") : d.vendor;
        case Rows: return QLocale().toString(d.rows);
        case ColumnCount: break;
        }
        break;
    case Qt::ToolTipRole:
        return tr("%1: %n field(s), table %2", nullptr, int(d.fields.size())).arg(d.name, d.table);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignVCenter | (index.column() == Rows ? Qt::AlignRight : Qt::AlignLeft));
    case Qt::ForegroundRole:
        if (index.column() == Vendor && d.vendor.isEmpty())
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        break;
    case NameRole: return d.name;
    default: break;
    }
    return {};
}

QVariant DatasetListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Title: return tr("Dataset");
    case Vendor: return tr("Platform");
    case Rows: return tr("Rows");
    case ColumnCount: break;
    }
    return {};
}

} // namespace wb::ui
