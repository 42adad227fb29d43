// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <type_traits>
#include <utility>

namespace wb::ui {

// Runs blocking work (keychain, SSH) on `pool` and hands its result to `done` on the UI
// thread. The watcher is a child of `context`, so when a dialog closes first its callback is
// simply never called instead of touching a deleted widget.
template<typename Work, typename Done>
void runAsync(QThreadPool *pool, QObject *context, Work work, Done done)
{
    using Result = std::invoke_result_t<Work>;
    auto *watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, done = std::move(done)]() mutable {
                         done(watcher->result());
                         watcher->deleteLater();
                     });
    watcher->setFuture(QtConcurrent::run(pool, std::move(work)));
}

template<typename Work, typename Done>
void runAsync(QObject *context, Work work, Done done)
{
    runAsync(QThreadPool::globalInstance(), context, std::move(work), std::move(done));
}

// For the short reads a window makes of the workspace (what a dialog lists, a folder's
// state): not the global pool, whose threads (as many as cores) an import or a run may hold
// for minutes, leaving a dialog to wait for them.
inline QThreadPool *readers()
{
    static QThreadPool pool;
    pool.setMaxThreadCount(4);
    return &pool;
}

} // namespace wb::ui
