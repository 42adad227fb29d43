// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportRunTask.h"

#include "jobs/JobRunner.h"

#include <QtConcurrent/QtConcurrentRun>

namespace wb::ui {

ExportRunTask::ExportRunTask(QString workspacePath, QObject *parent)
    : QObject(parent)
    , m_workspacePath(std::move(workspacePath))
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        m_running = false;
        Q_EMIT finished(m_watcher.result());
    });
}

ExportRunTask::~ExportRunTask()
{
    cancel();
    m_watcher.waitForFinished();
}

void ExportRunTask::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void ExportRunTask::start(const QString &exportName)
{
    Q_ASSERT(!isRunning());
    m_exportName = exportName;
    m_running = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    // `this` outlives the work: the destructor waits for it.
    m_watcher.setFuture(QtConcurrent::run([this, exportName, cancel = m_cancel, path = m_workspacePath] {
        // Through the job runner: the job's lock, the history, the report and the failure mail.
        JobRunner runner(path);
        runner.setCancelFlag(cancel.get());
        int last = -2;
        runner.setExportProgress([&](qint64 done, qint64 total) {
            const int percent = total > 0 ? int(done * 100 / total) : -1;
            if (percent == last) // posting each callback would flood the UI thread
                return;
            last = percent;
            QMetaObject::invokeMethod(this, [this, percent, done, total] {
                Q_EMIT progress(percent, done, total);
            }, Qt::QueuedConnection);
        });
        return runner.run({JobId::Kind::Export, exportName}).exportResult();
    }));
}

} // namespace wb::ui
