// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace wb {

struct RunRecord;

// One run of a job, export or fetch alike, as the reports and notifications see it. Neutral
// on purpose: export runs convert from RunRecord, fetch runs are filled by whoever ran them.
struct JobRun
{
    QString job;          // "export:opens", "fetch:fm-prod"
    QString kind;         // "export" or "fetch"
    qint64 runId = 0;     // 0 when the run was not recorded
    QString state;        // "completed", "failed", "running", ...
    QString trigger;      // "manual", "schedule", "redelivery", "retry"; triggerText() for people
    qint64 redeliveryOf = 0; // the run a redelivery sends again
    QDateTime startedAt;  // UTC
    QDateTime finishedAt; // UTC; invalid while running
    qint64 rows = 0;
    qint64 bytes = 0;
    QStringList files; // names as delivered or taken in
    QString location;  // a folder, or sftp://connection/folder
    QString error;
    QStringList warnings; // what went wrong beside a run that succeeded (a fetch's file left on the server)
    QStringList details;  // anything else worth a line of its own

    // The part after "kind:", or the whole id when it has no kind.
    QString name() const;
    bool failed() const { return state == QLatin1String("failed"); }
    // 0 when the run has not finished.
    qint64 durationMs() const;
};

JobRun jobRunFrom(const RunRecord &record);
// The detail line of a re-delivery, naming the export run it sends again by its handle ("E12").
QString redeliveryDetail(qint64 exportRunId);

} // namespace wb
