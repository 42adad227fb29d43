// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/JobRunner.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>

class QThreadPool;

namespace wb::ui {

// While the app is open it runs the schedules that come due itself, so schedules work even
// where the OS scheduler could not be set up. Every interval (and at start) it calls
// JobRunner::runDue on a worker thread of its own, one check at a time. The OS scheduler's
// run-due may wake at the same moment: both take the workspace's job lock, so a job never
// runs twice at once, and a slot one of them ran is settled for the other.
class AppScheduler : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultIntervalMs = 30'000;
    // How long quitting waits for a run that was asked to stop.
    static constexpr int DefaultShutdownMs = 10'000;

    explicit AppScheduler(QString workspacePath, QObject *parent = nullptr);
    // Cancels a run in progress and waits for it (at most DefaultShutdownMs).
    ~AppScheduler() override;

    // Checks now, then every interval.
    void start();
    void stop();
    bool isActive() const { return m_timer.isActive(); }
    void setInterval(int ms) { m_timer.setInterval(ms); }
    int interval() const { return m_timer.interval(); }
    // Until checked() is emitted for the check under way.
    bool isBusy() const { return m_busy; }

    // Asks the run in progress to stop (its file is not delivered; the slot runs again on
    // the next check) and waits up to `timeoutMs`. False when it was still going: the
    // workspace survives that too (a killed run is rolled back or recovered, its lock taken
    // over), so the app may still quit.
    bool shutdown(int timeoutMs = DefaultShutdownMs);

public Q_SLOTS:
    // Checks for due jobs now; false when a check is already under way or after shutdown().
    bool runDueNow();

Q_SIGNALS:
    void checkStarted();
    // After every check, with the runs it made (often none).
    void checked(const QList<wb::JobOutcome> &outcomes);
    // After a check that ran something.
    void runsFinished(const QList<wb::JobOutcome> &outcomes);

private:
    void finished();

    QString m_workspacePath;
    QTimer m_timer;
    // A pool of one thread, not the global pool: quitting waits for this work only, with a
    // timeout, while main() waits for the global pool's keychain calls without one.
    QThreadPool *m_pool;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFutureWatcher<QList<JobOutcome>> m_watcher;
    bool m_busy = false;
    bool m_shutDown = false;
};

} // namespace wb::ui
