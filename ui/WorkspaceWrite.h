// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace wb {
class Workspace;
namespace sql {
class Database;
}
}

namespace wb::ui {

class MessageWidget;

// One change to the workspace, made off the UI thread. An import or a run holds the
// workspace's write lock for as long as it takes (a whole file, a whole run); a save made
// meanwhile waits for it on a worker, says that it waits, and lands as soon as the lock is
// free, while the window stays responsive. The change runs in one transaction on a
// connection of its own: it lands whole or not at all.
class WorkspaceWrite : public QObject
{
    Q_OBJECT

public:
    using Change = std::function<bool(Workspace &workspace, QString *error)>;

    // Starts at once. The object is a child of `context`: closing a window before the change
    // lands cancels the waiting (a change already running completes) and no signal reaches
    // the closed window.
    static WorkspaceWrite *start(QObject *context, const QString &workspacePath, Change change);
    // The usual window: the wait, then a failure (prefixed by `failure`, when given), shown
    // in `message`, which is cleared on success; then `done(ok)`.
    static WorkspaceWrite *start(QObject *context, const QString &workspacePath, Change change,
                                 MessageWidget *message, std::function<void(bool ok)> done,
                                 std::function<QString(const QString &)> failure = {});
    ~WorkspaceWrite() override;

    // The same for the stores written through SQLite's own API (the catalog of datasets):
    // the change gets that connection, inside its transaction.
    using StoreChange = std::function<bool(sql::Database &db, QString *error)>;
    static WorkspaceWrite *startOnStore(QObject *context, const QString &workspacePath, StoreChange change);
    static WorkspaceWrite *startOnStore(QObject *context, const QString &workspacePath, StoreChange change,
                                        MessageWidget *message, std::function<void(bool ok)> done,
                                        std::function<QString(const QString &)> failure = {});

    bool isWaiting() const { return m_waiting; }

Q_SIGNALS:
    // The lock is held by another writer; finished() follows when it is free.
    void waiting();
    void finished(bool ok, const QString &error);

private:
    explicit WorkspaceWrite(QObject *context);
    template<typename Open, typename Begin, typename Apply, typename End>
    static void run(WorkspaceWrite *write, Open open, Begin begin, Apply change, End end);
    static WorkspaceWrite *shownIn(WorkspaceWrite *write, QObject *context, MessageWidget *message,
                                   std::function<void(bool ok)> done, std::function<QString(const QString &)> failure);

    struct Shared;
    std::shared_ptr<Shared> m_shared;
    bool m_waiting = false;
};

// What a window says while its change waits for another writer.
QString waitingForWorkspaceText();

} // namespace wb::ui
