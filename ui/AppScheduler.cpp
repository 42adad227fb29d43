// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppScheduler.h"

#include "core/Log.h"

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace wb::ui {

AppScheduler::AppScheduler(QString workspacePath, QObject *parent)
    : QObject(parent)
    , m_workspacePath(std::move(workspacePath))
    , m_pool(new QThreadPool(this))
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{
    m_pool->setMaxThreadCount(1);
    m_timer.setInterval(DefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &AppScheduler::runDueNow);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &AppScheduler::finished);
}

AppScheduler::~AppScheduler()
{
    shutdown();
}

void AppScheduler::start()
{
    if (m_shutDown)
        return;
    m_timer.start();
    runDueNow();
}

void AppScheduler::stop()
{
    m_timer.stop();
}

bool AppScheduler::runDueNow()
{
    if (m_busy || m_shutDown)
        return false;
    m_busy = true;
    Q_EMIT checkStarted();
    // The runner, and with it its database connection, lives and dies on the worker thread:
    // a QSqlDatabase connection belongs to the thread that opened it.
    m_watcher.setFuture(QtConcurrent::run(m_pool, [path = m_workspacePath, cancel = m_cancel] {
        JobRunner runner(path);
        runner.setCancelFlag(cancel.get());
        return runner.runDue(QDateTime::currentDateTimeUtc());
    }));
    return true;
}

void AppScheduler::finished()
{
    m_busy = false;
    const QList<JobOutcome> outcomes = m_watcher.future().isValid() && m_watcher.future().resultCount() > 0
                                           ? m_watcher.result()
                                           : QList<JobOutcome>();
    Q_EMIT checked(outcomes);
    if (!outcomes.isEmpty())
        Q_EMIT runsFinished(outcomes);
}

bool AppScheduler::shutdown(int timeoutMs)
{
    const bool again = m_shutDown;
    m_shutDown = true;
    m_timer.stop();
    // A cancelled export stops before its file reaches its final name and is recorded as
    // failed, so nothing is half delivered and the Runs page offers to retry it.
    m_cancel->store(true);
    if (m_pool->waitForDone(again ? 0 : timeoutMs))
        return true;
    if (!again) {
        qCWarning(lcStore) << "a scheduled run did not stop within" << timeoutMs << "ms; leaving it to end with the app";
        // QThreadPool's destructor waits without a limit, which would hang the quit. The pool
        // is left behind on purpose; the run ends with the process, and the workspace is made
        // for that (its transaction rolls back, a delivered file is recovered, the lock of a
        // dead process is taken over).
        m_pool->setParent(nullptr);
    }
    return false;
}

} // namespace wb::ui
