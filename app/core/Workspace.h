// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

#include <source_location>

namespace wb {

// The workspace: one SQLite file holding connections, datasets, exports and runs. All SQL
// stays behind the store classes in core/ so that another QtSql driver can follow.
class Workspace
{
public:
    Workspace();
    ~Workspace();
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    // <app data>/Writeback Studio/workspace.sqlite; one in the doubled folder older versions
    // used is moved there when it can be (WorkspaceLocation.h).
    static QString defaultPath();

    // Opens (creating if needed) and brings the schema up to date; false with *error set on failure.
    bool open(const QString &path, QString *error);
    void close();
    bool isOpen() const;

    // Noted as a BlockingCalls::Kind::WorkspaceSql call of the caller: the connection only
    // serves the thread that opened it, and whatever runs on it may wait for SQLite.
    QSqlDatabase database(const std::source_location &where = std::source_location::current()) const;
    const QString &path() const { return m_path; }
    // The app's known_hosts file: kept beside the workspace, in OpenSSH syntax.
    QString knownHostsPath() const;
    int schemaVersion() const;
    // A random id made when the workspace is created and kept in it (settings.workspace_id):
    // it scopes the workspace's keychain entries, so that two workspaces with a connection of
    // the same name keep their passphrases apart. A copied workspace file shares it.
    const QString &id() const { return m_id; }
    static int latestSchemaVersion();

private:
    bool setUp(QString *error);
    bool migrate(QString *error);
    bool loadId(QString *error);

    QString m_connectionName;
    QString m_path;
    QString m_id;
};

} // namespace wb
