// SPDX-License-Identifier: GPL-3.0-or-later
#include "FetchTask.h"

#include "Prompts.h"
#include "core/Secrets.h"
#include "jobs/JobRunner.h"
#include "sftp/KeyFile.h"

#include <QDir>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace wb::ui {

FetchTask::FetchTask(QString knownHostsPath, QString workspacePath, QObject *parent)
    : QObject(parent)
    , m_knownHostsPath(std::move(knownHostsPath))
    , m_workspacePath(std::move(workspacePath))
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        m_busy = false;
        Q_EMIT finished(m_watcher.result());
    });
}

FetchTask::~FetchTask()
{
    cancel();
    m_keyWatcher.waitForFinished();
    m_watcher.waitForFinished();
}

void FetchTask::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void FetchTask::start(const Connection &connection, QWidget *prompter)
{
    Q_ASSERT(!m_busy);
    m_busy = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    Q_EMIT progress(0, 0, QString(), 0);
    m_keyWatcher.disconnect(this);
    connect(&m_keyWatcher, &QFutureWatcherBase::finished, this,
            [this, connection, prompter = QPointer<QWidget>(prompter)] {
                KeyState key = m_keyWatcher.result();
                if (m_cancel->load()) {
                    m_busy = false;
                    Q_EMIT abandoned(tr("Cancelled."));
                    return;
                }
                if (key.encrypted && key.passphrase.isEmpty()) {
                    bool ok = false;
                    // The prompt runs its own event loop: the page (and this task) may be gone
                    // when it returns.
                    const QPointer<FetchTask> self(this);
                    key.passphrase = Prompts::text(
                        prompter, tr("Passphrase"),
                        tr("The key %1 of the connection “%2” is protected by a passphrase. Enter it to "
                           "fetch; it is not stored.")
                            .arg(QDir::toNativeSeparators(connection.keyFile), connection.name),
                        QLineEdit::Password, &ok);
                    if (!self)
                        return;
                    if (!ok || key.passphrase.isEmpty()) {
                        m_busy = false;
                        Q_EMIT abandoned(tr("Nothing was fetched: the key’s passphrase was not given."));
                        return;
                    }
                }
                fetch(connection, key.passphrase);
            });
    // Reading the key file is quick, but the keychain blocks on its own event loop.
    m_keyWatcher.setFuture(QtConcurrent::run([connection] {
        KeyState state;
        const PrivateKey key = readPrivateKey(connection.keyFile);
        state.encrypted = key.isUsable() && key.encrypted;
        if (!state.encrypted)
            return state;
        state.passphrase = Secrets::findPassphrase(connection.workspaceId, connection.name).value;
        return state;
    }));
}

void FetchTask::fetch(const Connection &connection, const QString &passphrase)
{
    m_watcher.setFuture(QtConcurrent::run(
        [this, connection, passphrase, cancel = m_cancel, path = m_workspacePath] {
            // Through the job runner: the fetch takes the job's lock (never beside a scheduled
            // one) and is recorded in the run history like any other.
            JobRunner runner(path);
            runner.setFetchPassphrase(passphrase);
            runner.setCancelFlag(cancel.get());
            int lastFile = -1;
            int lastPercent = -1;
            runner.setFetchProgress([&](int file, int files, const QString &name, qint64 done, qint64 total) {
                const int percent = total > 0 ? int(done * 100 / total) : 0;
                if (file == lastFile && percent == lastPercent)
                    return;
                lastFile = file;
                lastPercent = percent;
                // `this` outlives the work: the destructor waits for it.
                QMetaObject::invokeMethod(this, [this, file, files, name, percent] {
                    Q_EMIT progress(file, files, name, percent);
                }, Qt::QueuedConnection);
            });
            const JobOutcome outcome = runner.run({JobId::Kind::Fetch, connection.name});
            FetchReport report = runner.lastFetchReport();
            if (outcome.state == QLatin1String("skipped") || (outcome.failed() && !report.error.isError() && report.files.isEmpty())) {
                report.error.kind = SshError::Kind::Other;
                report.error.message = outcome.error;
            }
            return report;
        }));
}

} // namespace wb::ui
