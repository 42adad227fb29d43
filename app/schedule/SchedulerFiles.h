// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedule/ScheduleRule.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>
#include <QTimeZone>

#include <compare>

// The text of the OS registrations that start `writeback-cli run-due` for a schedule. Only
// text here: OsScheduler installs it. The OS timers are wake-ups; run-due decides whether a
// slot is due (ScheduleRule::latestDueSlot), so an extra wake-up costs nothing and a missed
// one costs a run. Hence wake-ups are added where an OS cannot say the rule exactly (see
// docs/schedules.md).
namespace wb {

// The name of a job's registration in every scheduler: "export:opens-to-slate" becomes
// "writeback-studio-export-opens-to-slate"; when other characters had to be replaced (or
// the name shortened), a hash of the job id keeps names apart: "writeback-studio-fetch-fm-prod-2-1a2b3c4d".
QString schedulerName(const QString &job);

// What run-due is started with.
QStringList runDueArguments(const QString &workspacePath, const QString &job);

struct WakeTime
{
    int weekday = 0; // Qt::DayOfWeek, or 0 for every day
    QTime time;      // wall time, whole minutes

    auto operator<=>(const WakeTime &other) const
    {
        if (weekday != other.weekday)
            return weekday <=> other.weekday;
        return time.msecsSinceStartOfDay() <=> other.time.msecsSinceStartOfDay();
    }
    bool operator==(const WakeTime &) const = default;
};

// Wall times in `zone` at which an OS timer must wake run-due so that every slot of `rule` in
// the year from `from` is met at its instant: the rule's own times when `zone` keeps the
// same clock, otherwise each slot converted (both sides of each DST change), plus the end of
// each DST gap that swallows a slot (systemd and launchd skip wall times that do not exist).
// Every-N-days rules wake daily. Sorted.
QList<WakeTime> wakeTimes(const ScheduleRule &rule, const QTimeZone &zone, const QDate &from);

// systemd user units, for $XDG_CONFIG_HOME/systemd/user. The timer states the rule in its
// own zone (systemd converts); `machineZone` stands for a rule without one.
QByteArray systemdService(const QString &job, const QString &cliPath, const QString &workspacePath);
QByteArray systemdTimer(const QString &job, const ScheduleRule &rule, const QTimeZone &machineZone,
                        const QDate &from);

// The crontab lines of one schedule, a tagged comment line first. cron knows one zone, the
// machine's: times are converted into it.
QByteArray crontabLine(const QString &job, const ScheduleRule &rule, const QString &cliPath,
                       const QString &workspacePath, const QTimeZone &machineZone, const QDate &from);
// `crontab` with the lines of `name` replaced by `lines` (or removed when `lines` is empty);
// the user's own lines stay as they were.
QByteArray mergeCrontab(const QByteArray &crontab, const QString &name, const QByteArray &lines);
bool crontabHas(const QByteArray &crontab, const QString &name);

// A LaunchAgent property list; launchd knows the Mac's zone only, so times are converted.
QByteArray launchdPlist(const QString &job, const ScheduleRule &rule, const QString &cliPath,
                        const QString &workspacePath, const QString &logDirectory,
                        const QTimeZone &machineZone, const QDate &from);

// A Task Scheduler 1.2 task, UTF-16LE with a byte-order mark as schtasks /XML expects. Start
// boundaries are wall times of the machine's zone; `from` is the first day.
QByteArray taskSchedulerXml(const QString &job, const ScheduleRule &rule, const QString &cliPath,
                            const QString &workspacePath, const QTimeZone &machineZone, const QDate &from);

} // namespace wb
