// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/JobHistory.h"

#include "core/Workspace.h"

#include <QSqlQuery>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace wb {

namespace {

// Both tables as one: the columns every run has.
constexpr auto AllRuns =
    "SELECT 'export' AS kind, r.id, 'export:' || e.name AS job, r.state, r.trigger, r.started_at, r.finished_at, "
    "r.rows, r.bytes, r.file_name AS files, r.location, r.error, "
    "CASE WHEN r.redelivery_of IS NOT NULL THEN 'Re-delivers run E' || r.redelivery_of ELSE '' END AS detail "
    "FROM export_runs AS r JOIN exports AS e ON e.id = r.export_id "
    "UNION ALL "
    "SELECT 'fetch', f.id, 'fetch:' || COALESCE(c.name, f.connection), f.state, f.trigger, f.started_at, "
    "f.finished_at, f.rows, f.bytes, f.file_names, f.location, f.error, "
    "f.files_listed || ' listed, ' || f.files_imported || ' taken in, ' || f.files_failed || ' failed' "
    // By id: a renamed connection's runs are listed under its name now.
    "FROM fetch_runs AS f LEFT JOIN connections AS c ON c.id = f.connection_id AND f.connection_id > 0";

QDateTime utc(const QVariant &v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

JobRun runFrom(const QSqlQuery &q)
{
    JobRun r;
    r.kind = q.value(0).toString();
    r.runId = q.value(1).toLongLong();
    r.job = q.value(2).toString();
    r.state = q.value(3).toString();
    r.trigger = q.value(4).toString();
    r.startedAt = utc(q.value(5));
    r.finishedAt = utc(q.value(6));
    r.rows = q.value(7).toLongLong();
    r.bytes = q.value(8).toLongLong();
    r.files = q.value(9).toString().split(u'\n', Qt::SkipEmptyParts);
    r.location = q.value(10).toString();
    r.error = q.value(11).toString();
    if (const QString detail = q.value(12).toString(); !detail.isEmpty())
        r.details << detail;
    return r;
}

// A local day as the UTC text range the tables store.
QString dayStartUtc(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), QTimeZone::LocalTime).toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

QString runHandle(const JobRun &run)
{
    return (run.kind == u"fetch"_s ? u"F"_s : u"E"_s) + QString::number(run.runId);
}

bool parseRunHandle(const QString &handle, QString *kind, qint64 *id)
{
    QString digits = handle.trimmed();
    *kind = u"export"_s;
    if (digits.startsWith(u'F', Qt::CaseInsensitive)) {
        *kind = u"fetch"_s;
        digits.remove(0, 1);
    } else if (digits.startsWith(u'E', Qt::CaseInsensitive)) {
        digits.remove(0, 1);
    }
    bool ok = false;
    *id = digits.toLongLong(&ok);
    return ok && *id > 0;
}

QList<JobRun> JobHistory::runs(const RunFilter &filter) const
{
    QString sqlText = u"SELECT * FROM (%1) WHERE 1"_s.arg(QLatin1StringView(AllRuns));
    QVariantList values;
    if (!filter.job.isEmpty()) {
        sqlText += u" AND job = ?"_s;
        values << filter.job;
    }
    if (!filter.state.isEmpty()) {
        sqlText += u" AND state = ?"_s;
        values << filter.state;
    }
    if (filter.from.isValid()) {
        sqlText += u" AND started_at >= ?"_s;
        values << dayStartUtc(filter.from);
    }
    if (filter.to.isValid()) {
        sqlText += u" AND started_at < ?"_s;
        values << dayStartUtc(filter.to.addDays(1));
    }
    sqlText += u" ORDER BY started_at DESC, id DESC LIMIT %1"_s.arg(filter.limit);
    QSqlQuery q(m_workspace.database());
    q.setForwardOnly(true);
    q.prepare(sqlText);
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    QList<JobRun> out;
    if (!q.exec())
        return out;
    while (q.next())
        out << runFrom(q);
    return out;
}

std::optional<JobRun> JobHistory::run(const QString &handle) const
{
    QString kind;
    qint64 id = 0;
    if (!parseRunHandle(handle, &kind, &id))
        return std::nullopt;
    QSqlQuery q(m_workspace.database());
    q.prepare(u"SELECT * FROM (%1) WHERE kind = ? AND id = ?"_s.arg(QLatin1StringView(AllRuns)));
    q.addBindValue(kind);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return runFrom(q);
}

QList<JobHistory::DayTotal> JobHistory::dailyTotals(const QDate &from, const QDate &to) const
{
    QList<DayTotal> out;
    RunFilter filter;
    filter.from = from;
    filter.to = to;
    filter.limit = 100000;
    QMap<std::pair<QDate, QString>, DayTotal> totals;
    for (const JobRun &r : runs(filter)) {
        const QDate day = r.startedAt.toLocalTime().date();
        DayTotal &t = totals[{day, r.job}];
        t.day = day;
        t.job = r.job;
        t.rows += r.rows;
        ++t.runs;
        t.failed += r.failed() ? 1 : 0;
    }
    for (const DayTotal &t : std::as_const(totals))
        out << t;
    return out;
}

} // namespace wb
