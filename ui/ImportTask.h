// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "intake/Importer.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>

#include <atomic>
#include <memory>

namespace wb::ui {

// Takes files in on a worker thread with one Importer of its own (its own SQLite connection
// on the workspace file), reporting progress to the UI thread. Destroying the task cancels
// the work and waits for it, so no callback outlives the page that started it.
class ImportTask : public QObject
{
    Q_OBJECT

public:
    explicit ImportTask(QString workspacePath, QObject *parent = nullptr);
    ~ImportTask() override;

    void start(const QList<ImportRequest> &requests);
    bool isRunning() const { return m_watcher.isRunning(); }
    // Of the last results: the request each came from (an archive gives one result a file).
    int requestOf(int result) const { return m_requestOf.value(result, -1); }

public Q_SLOTS:
    // The file being read rolls back; the files after it are not started.
    void cancel();

Q_SIGNALS:
    // file is 0-based; percent of that file.
    void progress(int file, int files, const QString &name, int percent);
    void finished(const QList<wb::ImportResult> &results);

private:
    QString m_workspacePath;
    struct Outcome
    {
        QList<ImportResult> results;
        QList<int> requestOf;
    };

    std::shared_ptr<std::atomic_bool> m_cancel;
    QFutureWatcher<Outcome> m_watcher;
    QList<int> m_requestOf;
};

} // namespace wb::ui
