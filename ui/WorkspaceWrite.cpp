// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkspaceWrite.h"

#include "Icons.h"
#include "MessageWidget.h"
#include "core/Workspace.h"
#include "store/Sqlite.h"

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

// The worker's side of every change: `open` a connection, `begin` (true, or false with
// `busy` set while another writer holds the lock) until the lock is free, telling the window
// once that it waits, then `change` and `end(ok)`; the outcome is posted to the window.
template<typename Open, typename Begin, typename Apply, typename End>
void WorkspaceWrite::run(WorkspaceWrite *write, Open open, Begin begin, Apply change, End end)
{
    const QPointer<WorkspaceWrite> self(write);
    writers().start([self, shared = write->m_shared, open = std::move(open), begin = std::move(begin),
                     change = std::move(change), end = std::move(end)]() mutable {
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
        QString error;
        if (!open(&error))
            return finish(false, error);
        bool toldWaiting = false;
        for (bool busy = false; !begin(&busy, &error);) {
            if (!busy)
                return finish(false, error);
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
        const bool ok = change(&error);
        if (!end(ok, &error))
            return finish(false, error);
        finish(ok, error);
    });
}

WorkspaceWrite *WorkspaceWrite::start(QObject *context, const QString &workspacePath, Change change)
{
    auto *write = new WorkspaceWrite(context);
    auto workspace = std::make_shared<Workspace>();
    run(
        write, [workspace, workspacePath](QString *error) {
            if (!workspace->open(workspacePath, error))
                return false;
            QSqlQuery(workspace->database()).exec(u"PRAGMA busy_timeout=%1"_s.arg(BusyPollMs));
            return true;
        },
        [workspace](bool *busy, QString *error) {
            QSqlQuery q(workspace->database());
            if (q.exec(u"BEGIN IMMEDIATE"_s))
                return true;
            *busy = isBusy(q.lastError());
            *error = q.lastError().text();
            return false;
        },
        [workspace, change = std::move(change)](QString *error) { return change(*workspace, error); },
        [workspace](bool ok, QString *error) {
            QSqlQuery end(workspace->database());
            if (end.exec(ok ? u"COMMIT"_s : u"ROLLBACK"_s) || !ok)
                return true;
            *error = end.lastError().text();
            end.exec(u"ROLLBACK"_s);
            return false;
        });
    return write;
}

WorkspaceWrite *WorkspaceWrite::startOnStore(QObject *context, const QString &workspacePath, StoreChange change)
{
    auto *write = new WorkspaceWrite(context);
    auto db = std::make_shared<sql::Database>();
    run(
        write, [db, workspacePath](QString *error) {
            if (!db->open(workspacePath, error))
                return false;
            db->setBusyTimeout(BusyPollMs);
            return true;
        },
        [db](bool *busy, QString *error) {
            if (db->exec("BEGIN IMMEDIATE", error))
                return db->exec("PRAGMA defer_foreign_keys=ON", error);
            *busy = db->lastErrorIsBusy();
            return false;
        },
        [db, change = std::move(change)](QString *error) { return change(*db, error); },
        [db](bool ok, QString *error) {
            if (!ok) {
                db->exec("ROLLBACK", nullptr);
                return true;
            }
            if (db->exec("COMMIT", error))
                return true;
            db->exec("ROLLBACK", nullptr);
            return false;
        });
    return write;
}

WorkspaceWrite *WorkspaceWrite::start(QObject *context, const QString &workspacePath, Change change,
                                      MessageWidget *message, std::function<void(bool)> done,
                                      std::function<QString(const QString &)> failure)
{
    return shownIn(start(context, workspacePath, std::move(change)), context, message, std::move(done),
                   std::move(failure));
}

WorkspaceWrite *WorkspaceWrite::startOnStore(QObject *context, const QString &workspacePath, StoreChange change,
                                             MessageWidget *message, std::function<void(bool)> done,
                                             std::function<QString(const QString &)> failure)
{
    return shownIn(startOnStore(context, workspacePath, std::move(change)), context, message, std::move(done),
                   std::move(failure));
}

WorkspaceWrite *WorkspaceWrite::shownIn(WorkspaceWrite *write, QObject *context, MessageWidget *message,
                                        std::function<void(bool)> done,
                                        std::function<QString(const QString &)> failure)
{
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
