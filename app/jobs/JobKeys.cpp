// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/JobKeys.h"

#include "core/Workspace.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <optional>

using namespace Qt::StringLiterals;

namespace wb {

namespace {

struct Split
{
    QString table; // exports, connections or queues
    QString kind;  // export, fetch or consume
    QString rest;  // the id or the name
};

// "kind#id" or "kind:name": the separator, and the table the kind refers to.
std::optional<Split> split(const QString &job, QChar separator)
{
    const qsizetype at = job.indexOf(separator);
    const QString kind = job.left(at);
    if (at <= 0)
        return std::nullopt;
    const QString table = kind == u"export"_s    ? u"exports"_s
                          : kind == u"fetch"_s   ? u"connections"_s
                          : kind == u"consume"_s ? u"queues"_s
                                                 : QString();
    if (table.isEmpty())
        return std::nullopt;
    return Split{table, kind, job.mid(at + 1)};
}

QString lookUp(Workspace &workspace, const QString &sql, const QVariant &value)
{
    QSqlQuery q(workspace.database());
    q.prepare(sql);
    q.addBindValue(value);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

} // namespace

bool isJobKey(const QString &text)
{
    const auto s = split(text, u'#');
    bool number = false;
    return s && s->rest.toLongLong(&number) > 0 && number;
}

QString jobKey(Workspace &workspace, const QString &job)
{
    if (isJobKey(job))
        return job;
    const auto s = split(job, u':');
    if (!s || s->rest.isEmpty())
        return {};
    const QString id = lookUp(workspace, u"SELECT id FROM %1 WHERE name = ?"_s.arg(s->table), s->rest);
    return id.isEmpty() ? QString() : s->kind + u'#' + id;
}

QString jobName(Workspace &workspace, const QString &job)
{
    if (!isJobKey(job))
        return job;
    const auto s = split(job, u'#');
    const QString name = lookUp(workspace, u"SELECT name FROM %1 WHERE id = ?"_s.arg(s->table), s->rest.toLongLong());
    return name.isEmpty() ? job : s->kind + u':' + name;
}

QString missingJobTarget(Workspace &workspace, const JobId &job)
{
    if (!jobKey(workspace, job.toString()).isEmpty())
        return {};
    switch (job.kind) {
    case JobId::Kind::Fetch:
        return QCoreApplication::translate("wb::JobKeys", "There is no connection named \"%1\".").arg(job.name);
    case JobId::Kind::Consume:
        return QCoreApplication::translate("wb::JobKeys", "There is no queue named \"%1\".").arg(job.name);
    case JobId::Kind::Export: break;
    }
    return QCoreApplication::translate("wb::JobKeys", "There is no export named \"%1\".").arg(job.name);
}

} // namespace wb
