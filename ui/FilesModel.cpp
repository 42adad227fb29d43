// SPDX-License-Identifier: GPL-3.0-or-later
#include "FilesModel.h"

#include "Icons.h"
#include "intake/RowSource.h"

#include <QDateTime>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace wb::ui {

FilesModel::FilesModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    reload();
}

void FilesModel::reload()
{
    beginResetModel();
    m_files = DatasetStore(m_workspace).files();
    endResetModel();
}

int FilesModel::rowOf(const QString &name) const
{
    for (int i = 0; i < m_files.size(); ++i) {
        if (m_files[i].name == name)
            return i;
    }
    return -1;
}

int FilesModel::failedCount() const
{
    return int(std::count_if(m_files.begin(), m_files.end(), [](const FileRecord &f) { return f.state == u"failed"_s; }));
}

QString FilesModel::reasonOf(const FileRecord &file)
{
    if (file.state != u"failed"_s)
        return {};
    return ImportError{file.errorLine, file.errorColumn, file.error}.toString(file.errorName());
}

int FilesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_files.size());
}

int FilesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FilesModel::display(const FileRecord &f, Column column) const
{
    const bool failed = f.state == u"failed"_s;
    switch (column) {
    case State: return failed ? tr("Failed") : tr("Taken in");
    case Name: return f.shownName();
    case Source: return f.source == u"local"_s ? tr("this computer") : f.source;
    case Dataset: return f.dataset;
    // A failed file's transaction rolled back: it left no rows, so no counts are shown.
    case Read: return failed ? QString() : QLocale().toString(f.rowsRead);
    case Inserted: return failed ? QString() : QLocale().toString(f.rowsInserted);
    case Updated: return failed ? QString() : QLocale().toString(f.rowsUpdated);
    case When: {
        const QDateTime t = QDateTime::fromString(f.lastAttemptAt, Qt::ISODateWithMs);
        return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : f.lastAttemptAt;
    }
    case ColumnCount: break;
    }
    return {};
}

QVariant FilesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_files.size())
        return {};
    const FileRecord &f = m_files[index.row()];
    const bool failed = f.state == u"failed"_s;
    const QPalette palette = QGuiApplication::palette();
    switch (role) {
    case Qt::DisplayRole: return display(f, Column(index.column()));
    case Qt::DecorationRole:
        if (index.column() == State)
            return Icons::tone(failed ? Icons::Tone::Negative : Icons::Tone::Positive, palette);
        break;
    case Qt::ToolTipRole:
        if (failed)
            return reasonOf(f);
        return f.path;
    case Qt::BackgroundRole:
        if (failed) {
            // A wash of the theme's own "negative" colour over the base, so the row stands out
            // and its text keeps its contrast in light and dark themes.
            QColor wash = Icons::toneColor(Icons::Tone::Negative, palette);
            wash.setAlphaF(0.16f);
            return wash;
        }
        break;
    case Qt::ForegroundRole:
        if (failed && index.column() == State)
            return Icons::toneColor(Icons::Tone::Negative, palette);
        break;
    case Qt::TextAlignmentRole: {
        const bool number = index.column() == Read || index.column() == Inserted || index.column() == Updated;
        return QVariant::fromValue(Qt::AlignVCenter | (number ? Qt::AlignRight : Qt::AlignLeft));
    }
    case FailedRole: return failed;
    case ReasonRole: return reasonOf(f);
    default: break;
    }
    return {};
}

QVariant FilesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case State: return tr("State");
    case Name: return tr("File");
    case Source: return tr("From");
    case Dataset: return tr("Dataset");
    case Read: return tr("Rows");
    case Inserted: return tr("New");
    case Updated: return tr("Changed");
    case When: return tr("When");
    case ColumnCount: break;
    }
    return {};
}

} // namespace wb::ui
