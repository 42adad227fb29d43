// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/JobRun.h"

#include <QDate>
#include <QList>

#include <optional>

namespace wb {

class Workspace;

// Which runs to list. Empty fields do not filter.
struct RunFilter
{
    QString job;   // "export:NAME" / "fetch:NAME" / "consume:NAME"
    QString state; // pending, running, completed, failed
    QDate from;    // local days, inclusive
    QDate to;
    int limit = 1000;
};

// Every run of every job, fetches, consumes and exports alike, newest first. Each kind is
// numbered apart; a run's handle is "E12", "F3" or "Q2" (runHandle), and a bare number is an
// export run.
class JobHistory
{
public:
    explicit JobHistory(Workspace &workspace) : m_workspace(workspace) {}

    QList<JobRun> runs(const RunFilter &filter = {}) const;
    // Whether any job has ever run, without reading a run.
    bool hasRuns() const;
    std::optional<JobRun> run(const QString &handle) const;
    // Rows moved per local day per job, for the trend chart: (day, job, rows), summed in SQL
    // over every run started in [from, to], however many. A failed export's rows are not
    // counted (they go with its retry or the next run); a failed fetch's are (it did take in
    // the files it managed). Days follow the local time zone, DST changes included.
    struct DayTotal
    {
        QDate day;
        QString job;
        qint64 rows = 0;
        int runs = 0;
        int failed = 0;
    };
    QList<DayTotal> dailyTotals(const QDate &from, const QDate &to, const QString &job = {}) const;

private:
    Workspace &m_workspace;
};

QString runHandle(const JobRun &run);
QString runHandle(const QString &kind, qint64 runId);
// "E12" -> ("export", 12); "F3" -> ("fetch", 3); "Q2" -> ("consume", 2); "12" -> ("export", 12).
bool parseRunHandle(const QString &handle, QString *kind, qint64 *id);

} // namespace wb
