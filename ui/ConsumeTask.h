// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/JobRunner.h"
#include "queue/QueueConnection.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

namespace wb::ui {

// What one "Consume now" did: the run as the history recorded it, and the consumer's counts.
struct ConsumeResult
{
    QString queue;
    JobOutcome outcome;
    ConsumeReport report;

    bool cancelled() const { return report.error.kind == QueueError::Kind::Cancelled; }
};

// Takes a queue's waiting messages into the workspace on a worker thread, through the job
// runner (the job's lock, a run in the history, its report), like a scheduled consume. The
// password is the keychain's or WRITEBACK_QUEUE_PASSWORD, read on the worker.
class ConsumeTask : public QObject
{
    Q_OBJECT

public:
    explicit ConsumeTask(QString workspacePath, QObject *parent = nullptr);
    ~ConsumeTask() override;

    void start(const QueueConnection &queue);
    bool isRunning() const { return m_busy; }
    // Test hook: how long to wait without a message before stopping, and the like.
    void setOptions(const AmqpReceiver::Options &options) { m_options = options; }

public Q_SLOTS:
    void cancel();

Q_SIGNALS:
    void progress(qint64 messages, qint64 rows);
    void finished(const wb::ui::ConsumeResult &result);

private:
    QString m_workspacePath;
    AmqpReceiver::Options m_options;
    bool m_busy = false;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFutureWatcher<ConsumeResult> m_watcher;
};

} // namespace wb::ui
