// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsumeTask.h"

#include <QtConcurrent/QtConcurrentRun>

namespace wb::ui {

ConsumeTask::ConsumeTask(QString workspacePath, QObject *parent)
    : QObject(parent)
    , m_workspacePath(std::move(workspacePath))
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        m_busy = false;
        Q_EMIT finished(m_watcher.result());
    });
}

ConsumeTask::~ConsumeTask()
{
    // Whatever was stored stays; what was not is left on the broker for the next run.
    cancel();
    m_watcher.waitForFinished();
}

void ConsumeTask::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void ConsumeTask::start(const QueueConnection &queue)
{
    Q_ASSERT(!m_busy);
    m_busy = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    Q_EMIT progress(0, 0);
    m_watcher.setFuture(QtConcurrent::run([this, name = queue.name, options = m_options, cancel = m_cancel,
                                           path = m_workspacePath] {
        JobRunner runner(path);
        runner.setConsumeOptions(options);
        runner.setCancelFlag(cancel.get());
        runner.setConsumeProgress([this](const LedgerCounts &c) {
            // `this` outlives the work: the destructor waits for it.
            QMetaObject::invokeMethod(this, [this, messages = c.messages, rows = c.rowsAdded + c.rowsUpdated] {
                Q_EMIT progress(messages, rows);
            }, Qt::QueuedConnection);
        });
        ConsumeResult result;
        result.queue = name;
        result.outcome = runner.run({JobId::Kind::Consume, name});
        result.report = runner.lastConsumeReport();
        return result;
    }));
}

} // namespace wb::ui
