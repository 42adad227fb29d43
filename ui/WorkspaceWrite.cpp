// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkspaceWrite.h"

#include "Icons.h"
#include "MessageWidget.h"
#include "core/Workspace.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSqlError>
#include <QSqlQuery>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace wb::ui {

namespace {

// SQLite's SQLITE_BUSY and SQLITE_LOCKED, as QSQLITE reports them.
bool isBusy(const QSqlError &error)
{
    return error.nativeErrorCode() == u"5"_s || error.nativeErrorCode() == u"6"_s;
}

// Short, so that a cancelled wait ends promptly; the loop waits as long as it must.
constexpr int BusyPollMs = 100;

// Not the global pool: an import or a run may hold its threads (there are as many as cores)
// for minutes, and a save must not queue behind them to wait for the lock they hold.
QThreadPool &writers()
{
    static QThreadPool pool;
    pool.setMaxThreadCount(8);
    return pool;
}

} // namespace

struct WorkspaceWrite::Shared
{
    std::atomic_bool cancelled{false};
};

QString waitingForWorkspaceText()
{
    return QCoreApplication::translate("wb::ui::WorkspaceWrite",
                                       "Waiting for the import or run that is writing to the workspace; "
                                       "your change is saved as soon as it finishes.");
}

WorkspaceWrite::WorkspaceWrite(QObject *context) : QObject(context), m_shared(std::make_shared<Shared>()) {}

WorkspaceWrite::~WorkspaceWrite()
{
    m_shared->cancelled = true;
}

WorkspaceWrite *WorkspaceWrite::start(QObject *context, const QString &workspacePath, Change change)
{
    auto *write = new WorkspaceWrite(context);
    const QPointer<WorkspaceWrite> self(write);
    writers().start([self, shared = write->m_shared, path = workspacePath,
                                          change = std::move(change)] {
        const auto post = [self](auto f) {
            QMetaObject::invokeMethod(qApp, [self, f] {
                if (self)
                    f(self.data());
            }, Qt::QueuedConnection);
        };
        const auto finish = [&](bool ok, const QString &error) {
            post([ok, error](WorkspaceWrite *w) {
                w->m_waiting = false;
                Q_EMIT w->finished(ok, error);
                w->deleteLater();
            });
        };
        Workspace workspace;
        QString error;
        if (!workspace.open(path, &error))
            return finish(false, error);
        QSqlQuery q(workspace.database());
        q.exec(u"PRAGMA busy_timeout=%1"_s.arg(BusyPollMs));
        bool toldWaiting = false;
        while (!q.exec(u"BEGIN IMMEDIATE"_s)) {
            if (!isBusy(q.lastError()))
                return finish(false, q.lastError().text());
            if (shared->cancelled)
                return;
            if (!toldWaiting) {
                toldWaiting = true;
                post([](WorkspaceWrite *w) {
                    w->m_waiting = true;
                    Q_EMIT w->waiting();
                });
            }
        }
        const bool ok = change(workspace, &error);
        QSqlQuery end(workspace.database());
        if (!end.exec(ok ? u"COMMIT"_s : u"ROLLBACK"_s) && ok) {
            const QString why = end.lastError().text();
            end.exec(u"ROLLBACK"_s);
            return finish(false, why);
        }
        finish(ok, error);
    });
    return write;
}

WorkspaceWrite *WorkspaceWrite::start(QObject *context, const QString &workspacePath, Change change,
                                      MessageWidget *message, std::function<void(bool)> done,
                                      std::function<QString(const QString &)> failure)
{
    WorkspaceWrite *write = start(context, workspacePath, std::move(change));
    connect(write, &WorkspaceWrite::waiting, message,
            [message] { message->showMessage(waitingForWorkspaceText(), Icons::Tone::Info); });
    connect(write, &WorkspaceWrite::finished, context,
            [message, done = std::move(done), failure = std::move(failure)](bool ok, const QString &error) {
                if (ok)
                    message->clear();
                else
                    message->showMessage(failure ? failure(error) : error, Icons::Tone::Negative);
                done(ok);
            });
    return write;
}

} // namespace wb::ui
