// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportListModel.h"

#include "Icons.h"
#include "designer/Wording.h"
#include "store/DatasetStore.h"

#include <QDateTime>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace wb::ui {

namespace {

QDateTime parsedUtc(const QString &utcIso)
{
    QDateTime t = QDateTime::fromString(utcIso, Qt::ISODateWithMs);
    if (t.isValid() && t.timeSpec() == Qt::LocalTime) // stored without a zone: it is UTC
        t.setTimeZone(QTimeZone::UTC);
    return t.toLocalTime();
}

QString localTime(const QString &utcIso)
{
    const QDateTime t = parsedUtc(utcIso);
    return t.isValid() ? QLocale().toString(t, QLocale::ShortFormat) : utcIso;
}

// "today 07:15", "yesterday 18:02", or the date: the list's column stays narrow, and the
// tooltip has the full time.
QString recentTime(const QString &utcIso)
{
    const QDateTime t = parsedUtc(utcIso);
    if (!t.isValid())
        return utcIso;
    const QString time = QLocale().toString(t.time(), QLocale::ShortFormat);
    const qint64 days = t.date().daysTo(QDate::currentDate());
    if (days == 0)
        return ExportListModel::tr("today %1").arg(time);
    if (days == 1)
        return ExportListModel::tr("yesterday %1").arg(time);
    return QLocale().toString(t.date(), QLocale::ShortFormat);
}

Icons::Tone toneOf(const RunRecord &run)
{
    if (run.state == u"completed"_s)
        return run.rows > 0 ? Icons::Tone::Positive : Icons::Tone::Neutral;
    if (run.state == u"failed"_s)
        return Icons::Tone::Negative;
    return Icons::Tone::Info;
}

} // namespace

ExportListModel::ExportListModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    reload();
}

void ExportListModel::reload()
{
    beginResetModel();
    ExportStore store(m_workspace);
    m_exports = store.list();
    m_lastRuns.clear();
    // Newest first, so the first run seen of each export is its last.
    for (const RunRecord &run : store.runs()) {
        if (!m_lastRuns.contains(run.exportName))
            m_lastRuns.insert(run.exportName, run);
    }
    m_datasetTitles.clear();
    // Titles only: not a count of every dataset table each time the page shows.
    for (const DatasetSummary &d : DatasetStore(m_workspace).datasets(DatasetStore::RowCounts::Skip))
        m_datasetTitles.insert(d.name, Wording::datasetTitle(d));
    endResetModel();
}

std::optional<RunRecord> ExportListModel::lastRun(const QString &exportName) const
{
    const auto it = m_lastRuns.constFind(exportName);
    if (it == m_lastRuns.cend())
        return std::nullopt;
    return *it;
}

int ExportListModel::rowOf(const QString &name) const
{
    for (int i = 0; i < m_exports.size(); ++i) {
        if (m_exports[i].definition.name == name)
            return i;
    }
    return -1;
}

int ExportListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_exports.size());
}

int ExportListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ExportListModel::lastRunText(const RunRecord &run) const
{
    const QString when = recentTime(run.finishedAt.isEmpty() ? run.startedAt : run.finishedAt);
    if (run.state == u"completed"_s) {
        if (run.fileName.isEmpty())
            return tr("Nothing new · %1").arg(when);
        return tr("%Ln row(s) sent · %1", nullptr, int(run.rows)).arg(when);
    }
    if (run.state == u"failed"_s)
        return tr("Failed · %1").arg(when);
    return tr("Running since %1").arg(localTime(run.startedAt));
}

QVariant ExportListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_exports.size())
        return {};
    const ExportDefinition &d = m_exports[index.row()].definition;
    const std::optional<RunRecord> run = lastRun(d.name);
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Name: return d.name;
        case Dataset: return m_datasetTitles.value(d.dataset, d.dataset);
        case Rows: return Wording::incrementTitle(d.increment);
        case Destination:
            return d.destination.type == wb::Destination::Type::Local
                       ? tr("Folder %1").arg(Wording::destinationText(d.destination))
                       : tr("SFTP %1").arg(Wording::destinationText(d.destination));
        case LastRun: return run ? lastRunText(*run) : tr("Never run");
        case ColumnCount: break;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == LastRun && run)
            return Icons::tone(toneOf(*run), QGuiApplication::palette());
        break;
    case Qt::ForegroundRole:
        if (index.column() == LastRun && !run)
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        if (index.column() == Dataset && !m_datasetTitles.contains(d.dataset))
            return QVariant::fromValue(Icons::toneColor(Icons::Tone::Negative, QGuiApplication::palette()));
        break;
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case Dataset:
            return m_datasetTitles.contains(d.dataset) ? d.dataset
                                                       : tr("%1 is not a dataset of this workspace").arg(d.dataset);
        case Rows: return Wording::incrementSentence(d.increment);
        case LastRun: {
            if (!run)
                return {};
            const QString when = localTime(run->finishedAt.isEmpty() ? run->startedAt : run->finishedAt);
            if (run->state == u"failed"_s)
                return tr("%1: %2").arg(when, run->error);
            if (!run->fileName.isEmpty())
                return tr("%1: %2 in %3, %4")
                    .arg(when, run->fileName, run->location, QLocale().formattedDataSize(run->bytes));
            return when;
        }
        default: break;
        }
        break;
    case NameRole: return d.name;
    default: break;
    }
    return {};
}

QVariant ExportListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name: return tr("Export");
    case Dataset: return tr("Dataset");
    case Rows: return tr("Each run sends");
    case Destination: return tr("Destination");
    case LastRun: return tr("Last run");
    case ColumnCount: break;
    }
    return {};
}

} // namespace wb::ui
