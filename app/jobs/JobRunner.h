// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/ExportRunner.h"
#include "intake/Fetcher.h"
#include "jobs/Job.h"
#include "queue/QueueConsumer.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace wb {

// What one run of a job did, fetch or export alike.
struct JobOutcome
{
    QString job;      // "fetch:NAME" / "consume:NAME" / "export:NAME"
    qint64 runId = 0; // in fetch_runs, consume_runs or export_runs
    QString state;    // "completed", "failed", or "skipped" (held by another run)
    QString trigger;  // "manual", "schedule", "retry", "redelivery"
    QDateTime slot;   // the schedule slot it ran for (scheduled runs)
    qint64 rows = 0;
    qint64 bytes = 0;
    QStringList files;
    QString location;
    QString error;
    // What went wrong beside a run that succeeded: a file its rule could not delete or archive
    // on the server after it went in.
    QStringList warnings;

    bool failed() const { return state == QLatin1String("failed"); }
    // An export's outcome as the export runner words it; a run not started because another
    // holds the job is a failure there, with the holder named.
    RunResult exportResult() const;
};

// Runs jobs under the workspace's job lock, records them in the run history, writes their
// reports and sends the failure e-mail: the one door for every run, whoever asks for it
// (run-due, the app's scheduler, Run now, Retry and Re-deliver, `fetch`, `queue consume`,
// `export run`).
class JobRunner
{
public:
    explicit JobRunner(QString workspacePath);
    ~JobRunner();

    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    // A fetch started by hand in the app: the passphrase the user just typed (instead of the
    // keychain's), its progress, and afterwards the whole report for the Data page.
    void setFetchPassphrase(const QString &passphrase) { m_fetchPassphrase = passphrase; }
    void setFetchProgress(Fetcher::Progress progress) { m_fetchProgress = std::move(progress); }
    const FetchReport &lastFetchReport() const { return m_lastFetchReport; }
    // An export's progress: rows written of the rows to write.
    void setExportProgress(ExportRunner::Progress progress) { m_exportProgress = std::move(progress); }
    // A consume's limits (--max, --idle; a schedule takes the defaults), its progress, and
    // afterwards its whole report.
    void setConsumeOptions(const AmqpReceiver::Options &options) { m_consumeOptions = options; }
    void setConsumeProgress(QueueConsumer::Progress progress) { m_consumeProgress = std::move(progress); }
    const ConsumeReport &lastConsumeReport() const { return m_lastConsumeReport; }

    JobOutcome run(const JobId &job, const QString &trigger = QStringLiteral("manual"));
    // Every schedule whose slot has come (missed slots collapse into one run), or only `job`.
    QList<JobOutcome> runDue(const QDateTime &now, const QString &onlyJob = QString());
    // Runs the job of a failed run again: an export's rows are still past its watermark, a
    // fetch's files are still new, so running it again is the retry.
    JobOutcome retry(const QString &kind, qint64 runId);
    // Sends a completed export run's rows again as a new run, under the export's lock.
    JobOutcome redeliver(qint64 exportRunId);
    // Settles the fetch, consume and export runs that a process which is gone left running.
    int recover();

private:
    // Under the job's lock; a schedule's slot is checked and recorded there too, so two
    // run-due processes started together run it once.
    JobOutcome runLocked(const JobId &job, const QString &trigger, const QDateTime &slot);
    // The lock, the run, then the report and e-mail of what the history recorded.
    JobOutcome underLock(const JobId &job, const QString &trigger, const QDateTime &slot,
                         const std::function<JobOutcome()> &body);
    JobOutcome runFetch(const QString &connection, const QString &trigger);
    JobOutcome runConsume(const QString &queue, const QString &trigger);
    // Runs of `table` (fetch_runs, consume_runs) whose process is gone: failed, with `reason`.
    QStringList settleStaleRuns(const QString &table, const QString &handlePrefix, const QString &reason);
    JobOutcome runExport(const QString &name, const QString &trigger);
    static JobOutcome fromExport(const RunResult &r);

    struct Impl;
    std::unique_ptr<Impl> d;
    const std::atomic_bool *m_cancel = nullptr;
    std::optional<QString> m_fetchPassphrase;
    Fetcher::Progress m_fetchProgress;
    ExportRunner::Progress m_exportProgress;
    FetchReport m_lastFetchReport;
    AmqpReceiver::Options m_consumeOptions;
    QueueConsumer::Progress m_consumeProgress;
    ConsumeReport m_lastConsumeReport;
};

} // namespace wb
