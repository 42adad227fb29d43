// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportTask.h"

#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

namespace wb::ui {

ImportTask::ImportTask(QString workspacePath, QObject *parent)
    : QObject(parent)
    , m_workspacePath(std::move(workspacePath))
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        const Outcome outcome = m_watcher.result();
        m_requestOf = outcome.requestOf;
        Q_EMIT finished(outcome.results);
    });
}

ImportTask::~ImportTask()
{
    cancel();
    m_watcher.waitForFinished();
}

void ImportTask::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void ImportTask::start(const QList<ImportRequest> &requests)
{
    Q_ASSERT(!isRunning());
    m_cancel = std::make_shared<std::atomic_bool>(false);
    // `this` outlives the work: the destructor waits for it.
    m_watcher.setFuture(QtConcurrent::run([this, requests, cancel = m_cancel, path = m_workspacePath] {
        Outcome outcome;
        Importer importer(path);
        importer.setCancelFlag(cancel.get());
        const int files = int(requests.size());
        for (int i = 0; i < files && !cancel->load(); ++i) {
            const QString name = requests[i].name.isEmpty() ? QFileInfo(requests[i].localPath).fileName()
                                                            : requests[i].name;
            int last = -1;
            auto report = [&](qint64 done, qint64 total) {
                const int percent = total > 0 ? int(done * 100 / total) : 0;
                if (percent == last) // posting each callback would flood the UI thread
                    return;
                last = percent;
                QMetaObject::invokeMethod(this, [this, i, files, name, percent] {
                    Q_EMIT progress(i, files, name, percent);
                }, Qt::QueuedConnection);
            };
            report(0, 1);
            importer.setProgress(report);
            for (const ImportResult &r : importer.importDelivery(requests[i])) {
                outcome.results << r;
                outcome.requestOf << i;
            }
        }
        return outcome;
    }));
}

} // namespace wb::ui
