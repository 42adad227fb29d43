// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/JobRunner.h"

#include "core/ConnectionStore.h"
#include "core/Log.h"
#include "core/ProcessOwner.h"
#include "core/Secrets.h"
#include "core/Workspace.h"
#include "export/ExportRunner.h"
#include "intake/Fetcher.h"
#include "jobs/JobHistory.h"
#include "jobs/JobKeys.h"
#include "jobs/JobLock.h"
#include "jobs/Notifications.h"
#include "jobs/ScheduleStore.h"
#include "queue/QueueStore.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace wb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wb::JobRunner", text);
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

RunResult JobOutcome::exportResult() const
{
    RunResult r;
    r.runId = runId;
    r.state = state == u"completed"_s ? state : u"failed"_s;
    r.rows = rows;
    r.bytes = bytes;
    r.fileName = files.value(0);
    r.location = location;
    r.error = error;
    return r;
}

struct JobRunner::Impl
{
    QString path;
    Workspace workspace;
    QString openError;
};

JobRunner::JobRunner(QString workspacePath) : d(std::make_unique<Impl>())
{
    d->path = std::move(workspacePath);
    d->workspace.open(d->path, &d->openError);
}

JobRunner::~JobRunner() = default;

JobOutcome JobRunner::run(const JobId &job, const QString &trigger)
{
    return runLocked(job, trigger, QDateTime());
}

JobOutcome JobRunner::runLocked(const JobId &job, const QString &trigger, const QDateTime &slot)
{
    return underLock(job, trigger, slot, [&] {
        switch (job.kind) {
        case JobId::Kind::Fetch: return runFetch(job.name, trigger);
        case JobId::Kind::Consume: return runConsume(job.name, trigger);
        case JobId::Kind::Export: break;
        }
        return runExport(job.name, trigger);
    });
}

JobOutcome JobRunner::underLock(const JobId &job, const QString &trigger, const QDateTime &slot,
                                const std::function<JobOutcome()> &body)
{
    JobOutcome out;
    out.job = job.toString();
    out.trigger = trigger;
    out.slot = slot;
    out.state = u"failed"_s;
    if (!d->workspace.isOpen()) {
        out.error = d->openError;
        return out;
    }
    recover();
    // By key: a rename while it runs must not let a second run of the same job start.
    const QString key = jobKey(d->workspace, out.job);
    JobLock lock(d->workspace, key.isEmpty() ? out.job : key);
    QString error;
    if (!lock.acquire(&error)) {
        out.state = u"skipped"_s;
        out.error = error;
        return out;
    }
    ScheduleStore schedules(d->workspace);
    if (slot.isValid()) {
        const auto schedule = schedules.find(out.job);
        if (!schedule || (schedule->lastSlot.isValid() && schedule->lastSlot >= slot)) {
            out.state = u"skipped"_s;
            out.error = tr("%1 ran for this slot already.").arg(out.job);
            return out;
        }
    }
    JobOutcome result = body();
    result.job = out.job;
    result.trigger = trigger;
    result.slot = slot;
    // Whatever the outcome, the slot is spent: a failed run is retried by hand or at the next slot.
    if (slot.isValid() && !schedules.markRan(out.job, slot, &error))
        qCWarning(lcStore).noquote() << "cannot record the slot of" << out.job << error;
    lock.release();
    // The report (and the e-mail of a failure) from the history, as it was recorded.
    if (result.runId > 0) {
        if (const auto recorded = JobHistory(d->workspace).run(runHandle(job.kindName(), result.runId)))
            afterRun(d->workspace, *recorded);
    }
    return result;
}

JobOutcome JobRunner::fromExport(const RunResult &r)
{
    JobOutcome out;
    out.runId = r.runId;
    out.state = r.state;
    out.rows = r.rows;
    out.bytes = r.bytes;
    if (!r.fileName.isEmpty())
        out.files << r.fileName;
    out.location = r.location;
    out.error = r.error;
    return out;
}

JobOutcome JobRunner::runExport(const QString &name, const QString &trigger)
{
    ExportRunner runner(d->path);
    runner.setCancelFlag(m_cancel);
    runner.setProgress(m_exportProgress);
    return fromExport(runner.run(name, trigger));
}

JobOutcome JobRunner::redeliver(qint64 exportRunId)
{
    JobOutcome out;
    out.state = u"failed"_s;
    out.trigger = u"redelivery"_s;
    if (!d->workspace.isOpen()) {
        out.error = d->openError;
        return out;
    }
    const auto original = ExportStore(d->workspace).run(exportRunId);
    if (!original) {
        out.error = tr("There is no export run %1.").arg(exportRunId);
        return out;
    }
    const JobId job{JobId::Kind::Export, original->exportName};
    return underLock(job, u"redelivery"_s, QDateTime(), [&] {
        ExportRunner runner(d->path);
        runner.setCancelFlag(m_cancel);
        runner.setProgress(m_exportProgress);
        return fromExport(runner.redeliver(exportRunId));
    });
}

JobOutcome JobRunner::runFetch(const QString &connectionName, const QString &trigger)
{
    JobOutcome out;
    out.state = u"failed"_s;
    const auto connection = ConnectionStore(d->workspace).find(connectionName);
    if (!connection) {
        out.error = tr("There is no connection named \"%1\".").arg(connectionName);
        return out;
    }
    out.location = u"sftp://%1/%2"_s.arg(connection->name, connection->readPath);
    QSqlQuery q(d->workspace.database());
    q.prepare(u"INSERT INTO fetch_runs (connection, connection_id, state, trigger, started_at, location, owner) "
              "VALUES (?, ?, 'running', ?, ?, ?, ?)"_s);
    q.addBindValue(connectionName);
    q.addBindValue(connection->id);
    q.addBindValue(trigger);
    q.addBindValue(nowUtc());
    q.addBindValue(out.location);
    q.addBindValue(thisProcessOwner());
    if (!q.exec()) {
        out.error = q.lastError().text();
        return out;
    }
    out.runId = q.lastInsertId().toLongLong();

    Fetcher fetcher(*connection, d->workspace.knownHostsPath(), d->path);
    fetcher.setPassphrase(m_fetchPassphrase ? *m_fetchPassphrase : Secrets::findPassphrase(connection->workspaceId, connection->name).value);
    fetcher.setCancelFlag(m_cancel);
    if (m_fetchProgress)
        fetcher.setProgress(m_fetchProgress);
    m_lastFetchReport = fetcher.run();
    const FetchReport &report = m_lastFetchReport;
    int imported = 0, failed = 0;
    QStringList failures;
    for (const ImportResult &f : report.files) {
        if (f.state == ImportResult::State::Imported) {
            ++imported;
            out.files << f.shownName();
            out.rows += f.rowsRead;
        } else if (f.state == ImportResult::State::Failed) {
            ++failed;
            failures << f.error.toString(f.shownName());
        }
    }
    // The bytes of the files taken in, from the ledger the importer wrote.
    for (const ImportResult &f : report.files) {
        if (f.state != ImportResult::State::Imported)
            continue;
        QSqlQuery size(d->workspace.database());
        size.prepare(u"SELECT size FROM files WHERE id = ?"_s);
        size.addBindValue(f.fileId);
        if (size.exec() && size.next())
            out.bytes += size.value(0).toLongLong();
    }
    // A file its rule could not delete or archive is in: the run succeeded with a warning the
    // run's report and the Runs page show, and the file is skipped and tried again next time.
    out.warnings = report.afterProblems;
    for (const QString &problem : report.afterProblems)
        qCWarning(lcSftp).noquote() << problem;
    if (report.error.kind != SshError::Kind::None)
        out.error = report.error.detailed();
    else if (failed > 0)
        out.error = QCoreApplication::translate("JobRunner", "%n file(s) could not be taken in: ", nullptr, failed)
                    + failures.join(u"; "_s);
    out.state = out.error.isEmpty() ? u"completed"_s : u"failed"_s;
    QSqlQuery done(d->workspace.database());
    done.prepare(u"UPDATE fetch_runs SET state = ?, finished_at = ?, files_listed = ?, files_imported = ?, "
                 "files_failed = ?, file_names = ?, rows = ?, bytes = ?, error = ?, warnings = ? WHERE id = ?"_s);
    // A null QString binds as NULL, which the NOT NULL text columns refuse.
    const auto text = [](const QString &s) { return s.isNull() ? u""_s : s; };
    for (const QVariant &v : QVariantList{out.state, nowUtc(), report.listed, imported, failed,
                                          text(out.files.join(u'\n')), out.rows, out.bytes, text(out.error),
                                          text(out.warnings.join(u'\n')), out.runId})
        done.addBindValue(v);
    if (!done.exec())
        qCWarning(lcStore).noquote() << "cannot record fetch run" << out.runId << done.lastError().text();
    return out;
}

JobOutcome JobRunner::runConsume(const QString &queueName, const QString &trigger)
{
    JobOutcome out;
    out.state = u"failed"_s;
    const auto queue = QueueStore(d->workspace).find(queueName);
    if (!queue) {
        out.error = tr("There is no queue named \"%1\".").arg(queueName);
        return out;
    }
    out.location = queue->location();
    QSqlQuery q(d->workspace.database());
    q.prepare(u"INSERT INTO consume_runs (queue, queue_id, state, trigger, started_at, location, owner) "
              "VALUES (?, ?, 'running', ?, ?, ?, ?)"_s);
    for (const QVariant &v : QVariantList{queueName, queue->id, trigger, nowUtc(), out.location, thisProcessOwner()})
        q.addBindValue(v);
    if (!q.exec()) {
        out.error = q.lastError().text();
        return out;
    }
    out.runId = q.lastInsertId().toLongLong();

    QString keychainError;
    const QString password = findQueuePassword(*queue, &keychainError);
    QueueConsumer consumer(*queue, d->path);
    consumer.setPassword(password);
    AmqpReceiver::Options options = m_consumeOptions;
    options.cancel = m_cancel;
    consumer.setOptions(options);
    consumer.setProgress(m_consumeProgress);
    m_lastConsumeReport = consumer.run();
    const ConsumeReport &report = m_lastConsumeReport;
    const LedgerCounts &c = report.counts;
    out.rows = c.rowsAdded + c.rowsUpdated;
    out.bytes = c.bytes;
    if (report.error) {
        out.error = report.error.message;
        if (report.error.kind == QueueError::Kind::Authentication && password.isEmpty())
            out.error += u' ' + tr("No password was found: set WRITEBACK_QUEUE_PASSWORD or keep it in the keychain "
                                   "(writeback-cli queue add). %1").arg(keychainError);
    } else if (c.unreadable > 0) {
        out.error = QCoreApplication::translate("wb::JobRunner",
                                                "%n message(s) could not be read and were kept aside "
                                                "(writeback-cli queue replay): ",
                                                nullptr, int(c.unreadable))
                    + c.problems.join(u"; "_s);
    }
    out.state = out.error.isEmpty() ? u"completed"_s : u"failed"_s;
    QSqlQuery done(d->workspace.database());
    done.prepare(u"UPDATE consume_runs SET state = ?, finished_at = ?, messages = ?, rows = ?, bytes = ?, "
                 "unreadable = ?, duplicates = ?, error = ? WHERE id = ?"_s);
    for (const QVariant &v : QVariantList{out.state, nowUtc(), c.messages, out.rows, out.bytes, c.unreadable,
                                          c.duplicates, out.error.isNull() ? u""_s : out.error, out.runId})
        done.addBindValue(v);
    if (!done.exec())
        qCWarning(lcStore).noquote() << "cannot record consume run" << out.runId << done.lastError().text();
    return out;
}

QList<JobOutcome> JobRunner::runDue(const QDateTime &now, const QString &onlyJob)
{
    QList<JobOutcome> outcomes;
    if (!d->workspace.isOpen())
        return outcomes;
    // Fetches and consumes before the exports that may depend on what they take in.
    QList<Schedule> due;
    // The system's scheduler names the job by key; a person may name it.
    const QString onlyKey = onlyJob.isEmpty() ? QString() : jobKey(d->workspace, onlyJob);
    for (const Schedule &s : ScheduleStore(d->workspace).list())
        if ((onlyJob.isEmpty() || s.key == onlyKey) && s.dueSlot(now))
            due << s;
    std::stable_sort(due.begin(), due.end(), [](const Schedule &a, const Schedule &b) {
        return !a.job.startsWith(u"export:"_s) && b.job.startsWith(u"export:"_s);
    });
    for (const Schedule &s : std::as_const(due)) {
        QString error;
        const auto job = JobId::parse(s.job, &error);
        if (!job)
            continue;
        // A slot held by another run stays due for the next call.
        outcomes << runLocked(*job, u"schedule"_s, *s.dueSlot(now));
    }
    dailySummaryIfDue(d->workspace, QDate::currentDate());
    return outcomes;
}

int JobRunner::recover()
{
    if (!d->workspace.isOpen())
        return 0;
    // A fetch or a consume keeps nothing half-done (each file, each batch of messages is its
    // own transaction), so one whose process is gone simply failed; what it had taken in stays.
    QStringList handles = settleStaleRuns(
        u"fetch_runs"_s, u"F"_s,
        tr("Interrupted: the process taking the files in ended before it finished. The files "
           "it had taken in are kept; the others are taken in by the next fetch."));
    handles += settleStaleRuns(
        u"consume_runs"_s, u"Q"_s,
        tr("Interrupted: the process taking messages from the queue ended before it finished. The "
           "messages it had stored are kept; the others are still on the queue for the next consume."));
    ExportRunner exports(d->path);
    for (const qint64 id : exports.recoverRuns())
        handles << u"E"_s + QString::number(id);
    // A run that ended this way is reported, and its failure mailed, like any other.
    JobHistory history(d->workspace);
    for (const QString &handle : std::as_const(handles))
        if (const auto recorded = history.run(handle))
            afterRun(d->workspace, *recorded);
    return int(handles.size());
}

QStringList JobRunner::settleStaleRuns(const QString &table, const QString &handlePrefix, const QString &reason)
{
    struct Open
    {
        qint64 id;
        QString owner;
        QDateTime started;
    };
    QList<Open> open;
    {
        QSqlQuery q(d->workspace.database());
        q.setForwardOnly(true);
        if (q.exec(u"SELECT id, owner, started_at FROM %1 WHERE state IN ('pending', 'running')"_s.arg(table)))
            while (q.next())
                open << Open{q.value(0).toLongLong(), q.value(1).toString(),
                             QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs)};
    }
    QStringList handles;
    for (const Open &o : std::as_const(open)) {
        if (!holderIsStale(o.owner, o.started))
            continue;
        QSqlQuery q(d->workspace.database());
        q.prepare(u"UPDATE %1 SET state = 'failed', finished_at = ?, error = ? "
                  "WHERE id = ? AND state IN ('pending', 'running')"_s.arg(table));
        q.addBindValue(nowUtc());
        q.addBindValue(reason);
        q.addBindValue(o.id);
        if (q.exec() && q.numRowsAffected() == 1) {
            qCInfo(lcStore).noquote() << table << o.id << "of" << o.owner << "was interrupted; marked failed";
            handles << handlePrefix + QString::number(o.id);
        }
    }
    return handles;
}

JobOutcome JobRunner::retry(const QString &kind, qint64 runId)
{
    JobOutcome out;
    out.state = u"failed"_s;
    QSqlQuery q(d->workspace.database());
    if (kind == u"fetch"_s)
        q.prepare(u"SELECT connection, state FROM fetch_runs WHERE id = ?"_s);
    else if (kind == u"consume"_s)
        q.prepare(u"SELECT queue, state FROM consume_runs WHERE id = ?"_s);
    else
        q.prepare(u"SELECT e.name, r.state FROM export_runs AS r JOIN exports AS e ON e.id = r.export_id WHERE r.id = ?"_s);
    q.addBindValue(runId);
    if (!q.exec() || !q.next()) {
        out.error = tr("There is no %1 run %2.").arg(kind).arg(runId);
        return out;
    }
    if (q.value(1).toString() != u"failed"_s) {
        out.error = tr("Run %1 did not fail; only failed runs are retried.").arg(runId);
        return out;
    }
    const JobId job{kind == u"fetch"_s     ? JobId::Kind::Fetch
                    : kind == u"consume"_s ? JobId::Kind::Consume
                                           : JobId::Kind::Export,
                    q.value(0).toString()};
    // A statement left open keeps its read transaction, and with it a snapshot the run's own
    // writes (the lock among them) would then not see.
    q.finish();
    return run(job, u"retry"_s);
}

} // namespace wb
