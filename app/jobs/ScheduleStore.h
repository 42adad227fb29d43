// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedule/ScheduleRule.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace wb {

class Workspace;

struct Schedule
{
    qint64 id = 0;
    QString job; // "fetch:NAME" or "export:NAME", by the current name
    QString key; // "fetch#ID" or "export#ID": what the system's scheduler is given (jobs/JobKeys.h)
    ScheduleRule rule;
    bool paused = false;
    QDateTime lastSlot;  // the latest slot that ran (or was settled), UTC
    QDateTime createdAt; // UTC; slots before it never run

    // Missed slots since lastSlot (or creation) collapse into the latest one.
    std::optional<QDateTime> dueSlot(const QDateTime &now) const;
};

// Schedules in the workspace (QtSql). One schedule per job. A job is given by name or by key
// (jobs/JobKeys.h); the workspace keeps the key, so a schedule follows its export or
// connection through a rename.
class ScheduleStore
{
public:
    explicit ScheduleStore(Workspace &workspace) : m_workspace(workspace) {}

    // Adds or replaces the job's schedule; a changed rule starts counting from now.
    bool set(const QString &job, const ScheduleRule &rule, QString *error);
    bool setPaused(const QString &job, bool paused, QString *error);
    bool remove(const QString &job, QString *error);
    // Records that the slot ran (whatever the outcome): it will not run again.
    bool markRan(const QString &job, const QDateTime &slot, QString *error);
    std::optional<Schedule> find(const QString &job) const;
    QList<Schedule> list() const;

private:
    bool change(const QString &sqlText, QVariantList values, const QString &job, QString *error);

    Workspace &m_workspace;
};

} // namespace wb
