// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTime>
#include <QTimeZone>

#include <optional>

namespace wb {

// When a fetch or export job runs by itself. Times are wall-clock times in the rule's zone,
// so a 06:00 job stays at 06:00 across daylight saving changes. The exact semantics, DST
// gaps and repeats included, are in docs/schedules.md.
struct ScheduleRule
{
    Q_DECLARE_TR_FUNCTIONS(wb::ScheduleRule)

public:
    enum class Kind { Daily, EveryHours, Weekly, EveryDays };
    Kind kind = Kind::Daily;
    QTime at;                  // daily/weekly/every-days time; for EveryHours the first slot of each day ("from")
    int interval = 1;          // hours for EveryHours (1..23), days for EveryDays (1..365)
    QList<Qt::DayOfWeek> days; // Weekly
    QDate anchor;              // EveryDays: the first day counted (default: the day the rule was made)
    QByteArray zoneId;         // IANA id; empty = the machine's zone

    QTimeZone zone() const;

    // The first slot strictly after `after`, in UTC; nullopt only for an invalid rule.
    std::optional<QDateTime> nextAfter(const QDateTime &after) const;
    QList<QDateTime> nextRuns(const QDateTime &after, int count) const;
    // The latest slot at or before `now` and after `since` (missed runs collapse into one), if any.
    std::optional<QDateTime> latestDueSlot(const QDateTime &since, const QDateTime &now) const;

    // The wall-clock slots of one local day in the rule's zone, in order (empty when the rule
    // does not run that day). Generators for the OS schedulers use these.
    QList<QTime> slotsOn(const QDate &day) const;
    bool runsOn(const QDate &day) const;

    // "Every day at 06:00 (Europe/Brussels)", "Every 8 hours from 05:00",
    // "Mondays and Thursdays at 07:30", "Every 2 days at 06:00"; the zone in parentheses
    // only when one is set.
    QString describe() const;
    // Empty when the rule is usable; otherwise what is wrong with it.
    QString validate() const;

    QJsonObject toJson() const;
    static std::optional<ScheduleRule> fromJson(const QJsonObject &json, QString *error);

    // From the CLI's words: --daily 06:00 | --every 8h --from 05:00 | --weekly mon,thu --at 07:30
    // | --every-days 2 --at 06:00 [--tz ZONE]. Empty strings are options not given. A new
    // every-days rule is anchored on today in its zone.
    static std::optional<ScheduleRule> fromOptions(const QString &daily, const QString &every,
                                                   const QString &from, const QString &weekly,
                                                   const QString &at, const QString &everyDays,
                                                   const QString &tz, QString *error);

    bool operator==(const ScheduleRule &) const = default;
};

// The instant a wall-clock slot runs at: a time that a spring-forward gap skips runs when the
// gap ends (02:30 -> 03:00), a time that falling back repeats runs at its first occurrence.
QDateTime slotInstant(const QDate &day, const QTime &wallTime, const QTimeZone &zone);

} // namespace wb
