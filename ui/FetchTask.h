// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Connection.h"
#include "intake/Fetcher.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

class QWidget;

namespace wb::ui {

// Fetches one connection's new files on a worker thread. The key's passphrase comes from the
// keychain (read on the worker: it blocks), else WRITEBACK_KEY_PASSPHRASE, else the user is
// asked for it once, and it is kept nowhere but in this run.
class FetchTask : public QObject
{
    Q_OBJECT

public:
    FetchTask(QString knownHostsPath, QString workspacePath, QObject *parent = nullptr);
    ~FetchTask() override;

    // `prompter` is the parent of the passphrase question.
    void start(const Connection &connection, QWidget *prompter);
    bool isRunning() const { return m_busy; }

public Q_SLOTS:
    void cancel();

Q_SIGNALS:
    void progress(int file, int files, const QString &name, int percent);
    void finished(const wb::FetchReport &report);
    // The user declined to give the passphrase: nothing was fetched.
    void abandoned(const QString &why);

private:
    struct KeyState
    {
        bool encrypted = false;
        QString passphrase;
    };

    void fetch(const Connection &connection, const QString &passphrase);

    QString m_knownHostsPath;
    QString m_workspacePath;
    bool m_busy = false;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFutureWatcher<KeyState> m_keyWatcher;
    QFutureWatcher<FetchReport> m_watcher;
};

} // namespace wb::ui
