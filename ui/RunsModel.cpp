// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunsModel.h"

#include "Icons.h"
#include "jobs/JobHistory.h"
#include "report/ReportStyle.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace wb::ui {

namespace {

bool sameRun(const JobRun &a, const JobRun &b)
{
    return a.kind == b.kind && a.runId == b.runId && a.state == b.state && a.finishedAt == b.finishedAt
           && a.rows == b.rows && a.bytes == b.bytes && a.files == b.files && a.location == b.location
           && a.error == b.error && a.startedAt == b.startedAt && a.job == b.job && a.details == b.details;
}

Icons::Tone toneOf(const QString &state)
{
    if (state == u"completed"_s)
        return Icons::Tone::Positive;
    if (state == u"failed"_s)
        return Icons::Tone::Negative;
    if (state == u"running"_s)
        return Icons::Tone::Info;
    return Icons::Tone::Neutral;
}

} // namespace

RunsModel::RunsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

bool RunsModel::setRuns(const QList<JobRun> &runs)
{
    if (runs.size() == m_runs.size() && std::equal(runs.begin(), runs.end(), m_runs.begin(), sameRun))
        return false;
    beginResetModel();
    m_runs = runs;
    endResetModel();
    return true;
}

int RunsModel::rowOf(const QString &handle) const
{
    for (int i = 0; i < m_runs.size(); ++i) {
        if (runHandle(m_runs[i]) == handle)
            return i;
    }
    return -1;
}

QString RunsModel::jobTitle(const QString &job)
{
    const qsizetype colon = job.indexOf(u':');
    const QString kind = job.left(colon);
    const QString name = job.mid(colon + 1);
    if (kind == u"export"_s)
        return tr("Export %1").arg(name);
    if (kind == u"fetch"_s)
        return tr("Fetch %1").arg(name);
    if (kind == u"consume"_s)
        return tr("Consume %1").arg(name);
    return job;
}

QString RunsModel::stateText(const QString &state)
{
    if (state == u"pending"_s)
        return tr("Pending");
    if (state == u"running"_s)
        return tr("Running");
    if (state == u"completed"_s)
        return tr("Completed");
    if (state == u"failed"_s)
        return tr("Failed");
    if (state == u"skipped"_s)
        return tr("Skipped");
    return state;
}

QString RunsModel::triggerText(const QString &trigger)
{
    if (trigger == u"manual"_s)
        return tr("By hand");
    if (trigger == u"schedule"_s)
        return tr("Scheduled");
    if (trigger == u"retry"_s)
        return tr("Retry");
    if (trigger == u"redelivery"_s)
        return tr("Re-delivery");
    return trigger;
}

QString RunsModel::durationText(const JobRun &run)
{
    if (!run.finishedAt.isValid() || !run.startedAt.isValid())
        return {};
    return reportformat::duration(run.durationMs(), QLocale());
}

int RunsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int RunsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunsModel::display(const JobRun &run, Column column) const
{
    const QLocale locale;
    // Counts of a run that has not finished are not known yet; blanks read better than zeros.
    const bool finished = run.finishedAt.isValid();
    switch (column) {
    case State: return stateText(run.state);
    case Job: return jobTitle(run.job);
    case Run: return runHandle(run);
    case Trigger: return triggerText(run.trigger);
    case Started:
        return run.startedAt.isValid() ? locale.toString(run.startedAt.toLocalTime(), QLocale::ShortFormat) : QString();
    case Duration: return durationText(run);
    case Rows: return finished ? locale.toString(run.rows) : QString();
    case Bytes: return finished ? locale.formattedDataSize(run.bytes) : QString();
    case Files:
        // A fetch may take in dozens of files: the first and how many more.
        if (run.files.size() > 1)
            return tr("%1 (+%n more)", nullptr, int(run.files.size() - 1)).arg(run.files.first());
        return run.files.value(0);
    case Destination: return run.location;
    // The first line only: the details pane and the tooltip have all of it.
    case Error: return run.error.section(u'\n', 0, 0);
    case ColumnCount: break;
    }
    return {};
}

QVariant RunsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_runs.size())
        return {};
    const JobRun &run = m_runs[index.row()];
    const bool failed = run.failed();
    const QPalette palette = QGuiApplication::palette();
    switch (role) {
    case Qt::DisplayRole: return display(run, Column(index.column()));
    case Qt::DecorationRole:
        if (index.column() == State)
            return Icons::tone(toneOf(run.state), palette);
        break;
    case Qt::ToolTipRole:
        if (index.column() == Files && run.files.size() > 1)
            return run.files.join(u'\n');
        if (index.column() == Started && run.startedAt.isValid())
            return QLocale().toString(run.startedAt.toLocalTime(), QLocale::LongFormat);
        if (failed)
            return run.error;
        break;
    case Qt::BackgroundRole:
        if (failed) {
            // The Data page's wash for failed files: the theme's negative colour over the base.
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
        const Column c = Column(index.column());
        const bool number = c == Duration || c == Rows || c == Bytes;
        return QVariant::fromValue(Qt::AlignVCenter | (number ? Qt::AlignRight : Qt::AlignLeft));
    }
    case FailedRole: return failed;
    case HandleRole: return runHandle(run);
    case JobRole: return run.job;
    default: break;
    }
    return {};
}

QVariant RunsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case State: return tr("State");
    case Job: return tr("Job");
    case Run: return tr("Run");
    case Trigger: return tr("Started by");
    case Started: return tr("Started");
    case Duration: return tr("Duration");
    case Rows: return tr("Rows");
    case Bytes: return tr("Size");
    case Files: return tr("File");
    case Destination: return tr("Location");
    case Error: return tr("Error");
    case ColumnCount: break;
    }
    return {};
}

} // namespace wb::ui
