// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/ExportStore.h"

#include <QString>

#include <atomic>
#include <functional>

namespace wb {

struct RunResult
{
    qint64 runId = 0;
    QString state;    // "completed" or "failed"
    qint64 rows = 0;
    qint64 bytes = 0;
    QString fileName; // empty when there was nothing new
    QString location; // folder or sftp://connection/folder
    QString error;

    bool ok() const { return state == QLatin1String("completed"); }
};

// Runs exports exactly once. A run fixes its cursor bounds, records itself as running with
// them, writes the file under a temporary name, records the file's name and hash, delivers
// it (rename into place, or upload then rename then size check), and then, in one
// transaction, marks the run completed and moves the watermark. A run interrupted before
// its file reached its final name leaves the watermark alone; one interrupted after is
// recognised by recover() (the file is there with the recorded hash) and completed. A
// manifest is staged before the file is delivered and delivered after it, before the run is
// completed; recover() delivers one that a killed run left staged.
class ExportRunner
{
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    explicit ExportRunner(QString workspacePath);
    ~ExportRunner();

    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    void setProgress(Progress progress) { m_progress = std::move(progress); }

    // For tests: called where a run passes a point a kill must not break ("file delivered":
    // the file is at its final name; "manifest delivered": its manifest too, the run not yet
    // completed), so that a test can end the process there.
    using Checkpoint = std::function<void(QLatin1StringView where)>;
    void setCheckpoint(Checkpoint checkpoint);

    RunResult run(const QString &exportName, const QString &trigger = QStringLiteral("manual"));
    // Sends a completed run's rows again, under a new name, without moving the watermark.
    RunResult redeliver(qint64 runId);
    // Settles runs a killed process left running; returns the ids of those it settled.
    QList<qint64> recoverRuns();
    int recover() { return int(recoverRuns().size()); }

private:
    struct Impl;
    std::unique_ptr<Impl> d;
    const std::atomic_bool *m_cancel = nullptr;
    Progress m_progress;
};

} // namespace wb
