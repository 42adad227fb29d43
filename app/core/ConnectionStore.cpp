// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ConnectionStore.h"

#include "core/Workspace.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace wb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wb::ConnectionStore", text);
}

const QString Columns = u"id, name, host, port, username, key_file, read_path, write_path"_s;

Connection fromRow(const QSqlQuery &q, const QString &workspaceId)
{
    Connection c;
    c.workspaceId = workspaceId;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.host = q.value(2).toString();
    c.port = q.value(3).toInt();
    c.user = q.value(4).toString();
    c.keyFile = q.value(5).toString();
    c.readPath = q.value(6).toString();
    c.writePath = q.value(7).toString();
    return c;
}

} // namespace

ConnectionStore::ConnectionStore(Workspace &workspace)
    : m_workspace(workspace)
{
}

QList<Connection> ConnectionStore::list() const
{
    QList<Connection> out;
    QSqlQuery q(m_workspace.database());
    q.setForwardOnly(true);
    if (q.exec(u"SELECT %1 FROM connections ORDER BY name COLLATE NOCASE"_s.arg(Columns)))
        while (q.next())
            out << fromRow(q, m_workspace.id());
    for (Connection &c : out)
        c.rules = IntakeRuleStore(m_workspace).list(c.id);
    return out;
}

std::optional<Connection> ConnectionStore::find(const QString &name) const
{
    QSqlQuery q(m_workspace.database());
    q.prepare(u"SELECT %1 FROM connections WHERE name = ?"_s.arg(Columns));
    q.addBindValue(name);
    if (q.exec() && q.next()) {
        Connection c = fromRow(q, m_workspace.id());
        c.rules = IntakeRuleStore(m_workspace).list(c.id);
        return c;
    }
    return std::nullopt;
}

bool ConnectionStore::save(Connection &c, QString *error)
{
    const QStringList problems = c.problems();
    if (!problems.isEmpty()) {
        *error = problems.join(u'\n');
        return false;
    }
    if (const auto other = find(c.name); other && other->id != c.id) {
        *error = tr("A connection named \"%1\" already exists.").arg(c.name);
        return false;
    }
    // Queues are listed, scheduled and reported by name beside connections.
    QSqlQuery queue(m_workspace.database());
    queue.prepare(u"SELECT 1 FROM queues WHERE name = ?"_s);
    queue.addBindValue(c.name);
    if (queue.exec() && queue.next()) {
        *error = tr("A queue is named \"%1\" already; choose another name for the connection.").arg(c.name);
        return false;
    }
    queue.finish();
    QSqlQuery q(m_workspace.database());
    if (c.id == 0)
        q.prepare(u"INSERT INTO connections (name, host, port, username, key_file, read_path, write_path) "
                  "VALUES (?, ?, ?, ?, ?, COALESCE(?, ''), COALESCE(?, ''))"_s);
    else
        q.prepare(u"UPDATE connections SET name = ?, host = ?, port = ?, username = ?, key_file = ?, "
                  "read_path = COALESCE(?, ''), write_path = COALESCE(?, ''), updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') "
                  "WHERE id = ?"_s);
    for (const QVariant &v : {QVariant(c.name), QVariant(c.host.trimmed()), QVariant(c.port),
                              QVariant(c.user.trimmed()), QVariant(c.keyFile), QVariant(c.readPath),
                              QVariant(c.writePath)})
        q.addBindValue(v);
    if (c.id != 0)
        q.addBindValue(c.id);
    if (!q.exec()) {
        *error = tr("Could not save the connection: %1").arg(q.lastError().text());
        return false;
    }
    if (c.id == 0)
        c.id = q.lastInsertId().toLongLong();
    c.workspaceId = m_workspace.id();
    return true;
}

bool ConnectionStore::remove(const QString &name, QString *error)
{
    QSqlQuery q(m_workspace.database());
    q.prepare(u"DELETE FROM connections WHERE name = ?"_s);
    q.addBindValue(name);
    if (!q.exec()) {
        *error = tr("Could not remove the connection: %1").arg(q.lastError().text());
        return false;
    }
    if (q.numRowsAffected() == 0) {
        *error = tr("There is no connection named \"%1\".").arg(name);
        return false;
    }
    return true;
}

} // namespace wb
