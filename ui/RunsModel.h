// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/JobRun.h"

#include <QAbstractTableModel>
#include <QList>

namespace wb::ui {

// Runs of every job, as JobHistory lists them (newest first); failed runs stand out with
// their error, as failed files do on the Data page.
class RunsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { State, Job, Run, Trigger, Started, Duration, Rows, Bytes, Files, Destination, Error, ColumnCount };
    enum Role { FailedRole = Qt::UserRole + 1, HandleRole, JobRole };

    explicit RunsModel(QObject *parent = nullptr);

    // Replaces the runs; false (and no reset) when nothing changed, so that a periodic
    // refresh does not disturb the selection, the scroll position or an open tooltip.
    bool setRuns(const QList<JobRun> &runs);
    const QList<JobRun> &runs() const { return m_runs; }
    JobRun runAt(int row) const { return m_runs.value(row); }
    int rowOf(const QString &handle) const;

    // "Export opens", "Fetch fm-prod": how a job id reads in the UI.
    static QString jobTitle(const QString &job);
    static QString stateText(const QString &state);
    static QString triggerText(const QString &trigger);
    // "0.4 s", "4 min 05 s"; empty while the run has not finished.
    static QString durationText(const JobRun &run);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const JobRun &run, Column column) const;

    QList<JobRun> m_runs;
};

} // namespace wb::ui
