// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/ExportRunner.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

namespace wb::ui {

// Runs one export on a worker thread with an ExportRunner of its own (its own SQLite
// connection on the workspace file), reporting progress to the UI thread. Destroying the
// task cancels the run and waits for it, as ImportTask does.
class ExportRunTask : public QObject
{
    Q_OBJECT

public:
    explicit ExportRunTask(QString workspacePath, QObject *parent = nullptr);
    ~ExportRunTask() override;

    void start(const QString &exportName);
    // Until finished() is emitted, not only while the worker runs: the page is busy until it
    // has heard the result.
    bool isRunning() const { return m_running; }
    QString exportName() const { return m_exportName; }

public Q_SLOTS:
    // The run stops before its file reaches its final name, so nothing is sent.
    void cancel();

Q_SIGNALS:
    // percent of the rows; -1 while the total is not known.
    void progress(int percent, qint64 done, qint64 total);
    void finished(const wb::RunResult &result);

private:
    QString m_workspacePath;
    QString m_exportName;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_running = false;
    QFutureWatcher<RunResult> m_watcher;
};

} // namespace wb::ui
