// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/JobHistory.h"

#include "core/Workspace.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wb", text);
}

// The run tables as one: the columns every run has.
constexpr auto AllRuns =
    "SELECT 'export' AS kind, r.id, 'export:' || e.name AS job, r.state, r.trigger, r.started_at, r.finished_at, "
    "r.rows, r.bytes, r.file_name AS files, r.location, r.error, "
    "json_object('redelivery_of', r.redelivery_of) AS detail, '' AS warnings "
    "FROM export_runs AS r JOIN exports AS e ON e.id = r.export_id "
    "UNION ALL "
    "SELECT 'fetch', f.id, 'fetch:' || COALESCE(c.name, f.connection), f.state, f.trigger, f.started_at, "
    "f.finished_at, f.rows, f.bytes, f.file_names, f.location, f.error, "
    "json_object('listed', f.files_listed, 'taken_in', f.files_imported, 'failed', f.files_failed), f.warnings "
    // By id: a renamed connection's runs are listed under its name now.
    "FROM fetch_runs AS f LEFT JOIN connections AS c ON c.id = f.connection_id AND f.connection_id > 0 "
    "UNION ALL "
    "SELECT 'consume', m.id, 'consume:' || COALESCE(q.name, m.queue), m.state, m.trigger, m.started_at, "
    "m.finished_at, m.rows, m.bytes, '', m.location, m.error, "
    "json_object('messages', m.messages, 'duplicates', m.duplicates, 'unreadable', m.unreadable), '' "
    "FROM consume_runs AS m LEFT JOIN queues AS q ON q.id = m.queue_id AND m.queue_id > 0";

// The columns the chart sums, without the text AllRuns builds for each run.
constexpr auto RunTotals =
    "SELECT 'export' AS kind, 'export:' || e.name AS job, r.state, r.started_at, r.rows "
    "FROM export_runs AS r JOIN exports AS e ON e.id = r.export_id "
    "UNION ALL "
    "SELECT 'fetch', 'fetch:' || connection, state, started_at, rows FROM fetch_runs "
    "UNION ALL "
    "SELECT 'consume', 'consume:' || queue, state, started_at, rows FROM consume_runs";

QDateTime utc(const QVariant &v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

// The details come as numbers (a JSON object) and are put in words here, in the reader's
// language.
void addDetails(JobRun &run, const QByteArray &json)
{
    const QJsonObject detail = QJsonDocument::fromJson(json).object();
    run.redeliveryOf = detail.value(u"redelivery_of"_s).toInteger();
    if (run.redeliveryOf > 0)
        run.details << redeliveryDetail(run.redeliveryOf);
    if (detail.contains(u"listed"_s))
        run.details << tr("Files: %1 listed, %2 taken in, %3 failed.")
                           .arg(detail.value(u"listed"_s).toInteger())
                           .arg(detail.value(u"taken_in"_s).toInteger())
                           .arg(detail.value(u"failed"_s).toInteger());
    if (detail.contains(u"messages"_s))
        run.details << tr("Messages: %1 taken, %2 already taken before, %3 kept as unreadable.")
                           .arg(detail.value(u"messages"_s).toInteger())
                           .arg(detail.value(u"duplicates"_s).toInteger())
                           .arg(detail.value(u"unreadable"_s).toInteger());
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
    addDetails(r, q.value(12).toByteArray());
    r.warnings = q.value(13).toString().split(u'\n', Qt::SkipEmptyParts);
    return r;
}

// A local day as the UTC text range the tables store.
QString dayStartUtc(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), QTimeZone::LocalTime).toUTC().toString(Qt::ISODateWithMs);
}

// From `atUtc` on, local time is UTC + `offset` seconds.
struct OffsetChange
{
    QDateTime atUtc;
    int offset = 0;
};

int localOffsetAt(qint64 secsSinceEpoch)
{
    return QDateTime::fromSecsSinceEpoch(secsSinceEpoch, QTimeZone::UTC).toLocalTime().offsetFromUtc();
}

// The local offset at `lo` and every change of it before `hi`, to the second. Offsets change
// a few times a year and never twice in a day, so one look a day finds them all.
QList<OffsetChange> offsetChanges(const QDateTime &lo, const QDateTime &hi)
{
    const qint64 end = hi.toSecsSinceEpoch();
    qint64 at = lo.toSecsSinceEpoch();
    QList<OffsetChange> out{{lo, localOffsetAt(at)}};
    while (at < end) {
        const qint64 next = std::min(at + 86400, end);
        const int before = localOffsetAt(at);
        if (localOffsetAt(next) != before) {
            qint64 a = at, b = next; // the offset is `before` at a, not at b
            while (b - a > 1) {
                const qint64 mid = a + (b - a) / 2;
                (localOffsetAt(mid) == before ? a : b) = mid;
            }
            out << OffsetChange{QDateTime::fromSecsSinceEpoch(b, QTimeZone::UTC), localOffsetAt(b)};
        }
        at = next;
    }
    return out;
}

// SQLite's modifier for an offset: "+3600 seconds".
QString offsetModifier(int seconds)
{
    return QString::asprintf("%+d seconds", seconds);
}

} // namespace

QString runHandle(const QString &kind, qint64 runId)
{
    const QString prefix = kind == u"fetch"_s ? u"F"_s : kind == u"consume"_s ? u"Q"_s : u"E"_s;
    return prefix + QString::number(runId);
}

QString runHandle(const JobRun &run)
{
    return runHandle(run.kind, run.runId);
}

bool parseRunHandle(const QString &handle, QString *kind, qint64 *id)
{
    QString digits = handle.trimmed();
    *kind = u"export"_s;
    if (digits.startsWith(u'F', Qt::CaseInsensitive)) {
        *kind = u"fetch"_s;
        digits.remove(0, 1);
    } else if (digits.startsWith(u'Q', Qt::CaseInsensitive)) {
        *kind = u"consume"_s;
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

bool JobHistory::hasRuns() const
{
    QSqlQuery q(m_workspace.database());
    return q.exec(u"SELECT EXISTS (SELECT 1 FROM export_runs) OR EXISTS (SELECT 1 FROM fetch_runs) "
                  "OR EXISTS (SELECT 1 FROM consume_runs)"_s) && q.next()
           && q.value(0).toBool();
}

QList<JobHistory::DayTotal> JobHistory::dailyTotals(const QDate &from, const QDate &to, const QString &job) const
{
    QList<DayTotal> out;
    const QDateTime lo = QDateTime(from, QTime(0, 0), QTimeZone::LocalTime).toUTC();
    const QDateTime hi = QDateTime(to.addDays(1), QTime(0, 0), QTimeZone::LocalTime).toUTC();
    if (!lo.isValid() || !hi.isValid() || lo >= hi)
        return out;
    // SQLite's date() with a fixed offset per stretch between the period's offset changes:
    // the local day as Qt reckons it, with no per-run work outside SQL.
    const QList<OffsetChange> changes = offsetChanges(lo, hi);
    QString dayOf = u"date(started_at, '%1')"_s.arg(offsetModifier(changes.constLast().offset));
    if (changes.size() > 1) {
        QString stretches;
        for (int i = 1; i < changes.size(); ++i)
            stretches += u" WHEN started_at < '%1' THEN date(started_at, '%2')"_s.arg(
                changes.at(i).atUtc.toString(Qt::ISODateWithMs), offsetModifier(changes.at(i - 1).offset));
        dayOf = u"CASE%1 ELSE %2 END"_s.arg(stretches, dayOf);
    }

    QSqlQuery q(m_workspace.database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT day, job, sum(CASE WHEN failed AND kind = 'export' THEN 0 ELSE rows END), count(*), sum(failed) "
              "FROM (SELECT %1 AS day, job, kind, rows, state = 'failed' AS failed FROM (%2) "
              "      WHERE started_at >= ? AND started_at < ?%3) "
              "GROUP BY day, job ORDER BY day, job"_s.arg(dayOf, QLatin1StringView(RunTotals),
                                                         job.isEmpty() ? QString() : u" AND job = ?"_s));
    q.addBindValue(lo.toString(Qt::ISODateWithMs));
    q.addBindValue(hi.toString(Qt::ISODateWithMs));
    if (!job.isEmpty())
        q.addBindValue(job);
    if (!q.exec())
        return out;
    while (q.next()) {
        DayTotal t;
        t.day = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        t.job = q.value(1).toString();
        t.rows = q.value(2).toLongLong();
        t.runs = q.value(3).toInt();
        t.failed = q.value(4).toInt();
        out << t;
    }
    return out;
}

} // namespace wb
