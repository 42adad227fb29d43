// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/ScheduleStore.h"

#include "core/Workspace.h"
#include "jobs/JobKeys.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wb::ScheduleStore", text);
}

QString utc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromUtc(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

} // namespace

std::optional<QDateTime> Schedule::dueSlot(const QDateTime &now) const
{
    if (paused)
        return std::nullopt;
    const QDateTime since = lastSlot.isValid() ? lastSlot : createdAt;
    return rule.latestDueSlot(since, now);
}

bool ScheduleStore::change(const QString &sqlText, QVariantList values, const QString &job, QString *error)
{
    const QString key = jobKey(m_workspace, job);
    if (key.isEmpty()) {
        *error = tr("%1 names no export or connection of this workspace.").arg(job);
        return false;
    }
    // The job is always the last value bound.
    values.last() = key;
    QSqlQuery q(m_workspace.database());
    q.prepare(sqlText);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        *error = tr("Cannot change the schedule of %1: %2").arg(job, q.lastError().text());
        return false;
    }
    if (q.numRowsAffected() == 0) {
        *error = tr("%1 has no schedule.").arg(job);
        return false;
    }
    return true;
}

bool ScheduleStore::set(const QString &job, const ScheduleRule &rule, QString *error)
{
    if (const QString problem = rule.validate(); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    const QString json = QString::fromUtf8(QJsonDocument(rule.toJson()).toJson(QJsonDocument::Compact));
    const QString now = utc(QDateTime::currentDateTimeUtc());
    // A new rule counts from now: slots of the old rule that were missed do not run.
    return change(u"INSERT INTO schedules (rule, created_at, updated_at, job) VALUES (?, ?, ?, ?) "
                  "ON CONFLICT (job) DO UPDATE SET rule = excluded.rule, updated_at = excluded.updated_at, "
                  "last_slot = CASE WHEN schedules.rule = excluded.rule THEN schedules.last_slot ELSE excluded.updated_at END"_s,
                  {json, now, now, job}, job, error);
}

bool ScheduleStore::setPaused(const QString &job, bool paused, QString *error)
{
    // Resuming counts from now: a paused schedule does not make up for its pause.
    return change(u"UPDATE schedules SET paused = ?, updated_at = ?, "
                  "last_slot = CASE WHEN ? = 0 AND paused = 1 THEN ? ELSE last_slot END WHERE job = ?"_s,
                  {paused ? 1 : 0, utc(QDateTime::currentDateTimeUtc()), paused ? 1 : 0,
                   utc(QDateTime::currentDateTimeUtc()), job},
                  job, error);
}

bool ScheduleStore::remove(const QString &job, QString *error)
{
    return change(u"DELETE FROM schedules WHERE job = ?"_s, {job}, job, error);
}

bool ScheduleStore::markRan(const QString &job, const QDateTime &slot, QString *error)
{
    // Never backwards: a slow run finishing after a later one must not make a slot due again.
    return change(u"UPDATE schedules SET last_slot = CASE WHEN last_slot < ? THEN ? ELSE last_slot END WHERE job = ?"_s,
                  {utc(slot), utc(slot), job}, job, error);
}

std::optional<Schedule> ScheduleStore::find(const QString &job) const
{
    const QString key = jobKey(m_workspace, job);
    for (const Schedule &s : list())
        if (s.key == key)
            return s;
    return std::nullopt;
}

QList<Schedule> ScheduleStore::list() const
{
    QList<Schedule> out;
    QSqlQuery q(m_workspace.database());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id, job, rule, paused, last_slot, created_at FROM schedules"_s))
        return out;
    while (q.next()) {
        QString error;
        const auto rule = ScheduleRule::fromJson(QJsonDocument::fromJson(q.value(2).toByteArray()).object(), &error);
        if (!rule)
            continue;
        const QString key = q.value(1).toString();
        out << Schedule{q.value(0).toLongLong(), jobName(m_workspace, key), key, *rule, q.value(3).toBool(),
                        fromUtc(q.value(4).toString()), fromUtc(q.value(5).toString())};
    }
    std::sort(out.begin(), out.end(), [](const Schedule &a, const Schedule &b) { return a.job < b.job; });
    return out;
}

} // namespace wb
