// SPDX-License-Identifier: GPL-3.0-or-later
#include "queue/QueueStore.h"

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
    return QCoreApplication::translate("wb::QueueStore", text);
}

const QString Columns = u"id, name, url, username, address, ca_file"_s;

QueueConnection fromRow(const QSqlQuery &q, const QString &workspaceId)
{
    QueueConnection c;
    c.workspaceId = workspaceId;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.url = q.value(2).toString();
    c.user = q.value(3).toString();
    c.address = q.value(4).toString();
    c.caFile = q.value(5).toString();
    return c;
}

} // namespace

QList<QueueConnection> QueueStore::list() const
{
    QList<QueueConnection> out;
    QSqlQuery q(m_workspace.database());
    q.setForwardOnly(true);
    if (q.exec(u"SELECT %1 FROM queues ORDER BY name COLLATE NOCASE"_s.arg(Columns)))
        while (q.next())
            out << fromRow(q, m_workspace.id());
    return out;
}

std::optional<QueueConnection> QueueStore::findWhere(const QString &condition, const QVariant &value) const
{
    QSqlQuery q(m_workspace.database());
    q.prepare(u"SELECT %1 FROM queues WHERE %2 = ?"_s.arg(Columns, condition));
    q.addBindValue(value);
    if (q.exec() && q.next())
        return fromRow(q, m_workspace.id());
    return std::nullopt;
}

std::optional<QueueConnection> QueueStore::find(const QString &name) const
{
    return findWhere(u"name"_s, name);
}

std::optional<QueueConnection> QueueStore::find(qint64 id) const
{
    return findWhere(u"id"_s, id);
}

bool QueueStore::save(QueueConnection &c, QString *error)
{
    c.url = c.url.trimmed();
    c.user = c.user.trimmed();
    c.address = c.address.trimmed();
    const QStringList problems = c.problems();
    if (!problems.isEmpty()) {
        *error = problems.join(u'\n');
        return false;
    }
    if (const auto other = find(c.name); other && other->id != c.id) {
        *error = tr("A queue named \"%1\" already exists.").arg(c.name);
        return false;
    }
    if (ConnectionStore(m_workspace).find(c.name)) {
        *error = tr("An SFTP connection is named \"%1\" already; choose another name for the queue.").arg(c.name);
        return false;
    }
    QSqlQuery q(m_workspace.database());
    if (c.id == 0)
        q.prepare(u"INSERT INTO queues (name, url, username, address, ca_file) VALUES (?, ?, ?, ?, ?)"_s);
    else
        q.prepare(u"UPDATE queues SET name = ?, url = ?, username = ?, address = ?, ca_file = ?, "
                  "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = ?"_s);
    for (const QString &v : {c.name, c.url, c.user, c.address, c.caFile})
        q.addBindValue(v.isNull() ? u""_s : v);
    if (c.id != 0)
        q.addBindValue(c.id);
    if (!q.exec()) {
        *error = tr("Could not save the queue: %1").arg(q.lastError().text());
        return false;
    }
    if (c.id == 0)
        c.id = q.lastInsertId().toLongLong();
    c.workspaceId = m_workspace.id();
    return true;
}

bool QueueStore::remove(const QString &name, QString *error)
{
    QSqlQuery q(m_workspace.database());
    q.prepare(u"DELETE FROM queues WHERE name = ?"_s);
    q.addBindValue(name);
    if (!q.exec()) {
        *error = tr("Could not remove the queue: %1").arg(q.lastError().text());
        return false;
    }
    if (q.numRowsAffected() == 0) {
        *error = tr("There is no queue named \"%1\".").arg(name);
        return false;
    }
    return true;
}

} // namespace wb
