// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/ScheduleRule.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wb {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("wb", text, nullptr, n);
}

constexpr int minutesPerDay = 24 * 60;

// A few days of margin around the local date of an instant: a slot of one local day can
// land on the next one when a transition skips midnight.
constexpr int dayMargin = 1;

const char *const kindNames[] = {"daily", "every-hours", "weekly", "every-days"};

struct DayName
{
    Qt::DayOfWeek day;
    QLatin1StringView shortName;
    QLatin1StringView longName;
};

constexpr DayName dayNames[] = {
    {Qt::Monday, "mon"_L1, "monday"_L1},       {Qt::Tuesday, "tue"_L1, "tuesday"_L1},
    {Qt::Wednesday, "wed"_L1, "wednesday"_L1}, {Qt::Thursday, "thu"_L1, "thursday"_L1},
    {Qt::Friday, "fri"_L1, "friday"_L1},       {Qt::Saturday, "sat"_L1, "saturday"_L1},
    {Qt::Sunday, "sun"_L1, "sunday"_L1},
};

std::optional<Qt::DayOfWeek> parseDay(const QString &word)
{
    const QString w = word.trimmed().toLower();
    for (const DayName &d : dayNames)
        if (w == d.shortName || w == d.longName)
            return d.day;
    return std::nullopt;
}

QString dayWord(Qt::DayOfWeek day)
{
    return dayNames[int(day) - 1].shortName;
}

QString pluralDayName(Qt::DayOfWeek day)
{
    switch (day) {
    case Qt::Monday: return tr("Mondays");
    case Qt::Tuesday: return tr("Tuesdays");
    case Qt::Wednesday: return tr("Wednesdays");
    case Qt::Thursday: return tr("Thursdays");
    case Qt::Friday: return tr("Fridays");
    case Qt::Saturday: return tr("Saturdays");
    case Qt::Sunday: return tr("Sundays");
    }
    return {};
}

// "06:00" or "6:00"; seconds are not part of a schedule.
std::optional<QTime> parseTime(const QString &text)
{
    static const QRegularExpression re(u"^(\\d{1,2}):(\\d{2})$"_s);
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const int h = m.captured(1).toInt();
    const int min = m.captured(2).toInt();
    if (h > 23 || min > 59)
        return std::nullopt;
    return QTime(h, min);
}

QString timeText(const QTime &t)
{
    return t.toString(u"HH:mm"_s);
}

// Weekly days in week order, each once, so that equal rules compare equal.
QList<Qt::DayOfWeek> normalized(QList<Qt::DayOfWeek> days)
{
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    return days;
}

std::optional<ScheduleRule> failed(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return std::nullopt;
}

} // namespace

// Qt's default moves a time in a spring-forward gap by the gap's length (02:30 becomes 03:30);
// a schedule wants the first instant after the gap (03:00) instead.
QDateTime slotInstant(const QDate &day, const QTime &wallTime, const QTimeZone &zone)
{
    const QDateTime exact(day, wallTime, zone, QDateTime::TransitionResolution::Reject);
    if (exact.isValid())
        return exact;
    const QDateTime before(day, wallTime, zone, QDateTime::TransitionResolution::PreferBefore);
    if (before.date() == day && before.time() == wallTime)
        return before; // a repeated wall time: its first occurrence
    // In a gap, PreferBefore gives an instant before the transition; the gap ends at it.
    const QTimeZone::OffsetData next = zone.nextTransition(before);
    if (next.atUtc.isValid())
        return next.atUtc.toTimeZone(zone);
    return QDateTime(day, wallTime, zone, QDateTime::TransitionResolution::RelativeToBefore);
}

QTimeZone ScheduleRule::zone() const
{
    return zoneId.isEmpty() ? QTimeZone::systemTimeZone() : QTimeZone(zoneId);
}

bool ScheduleRule::runsOn(const QDate &day) const
{
    switch (kind) {
    case Kind::Daily:
    case Kind::EveryHours:
        return true;
    case Kind::Weekly:
        return days.contains(Qt::DayOfWeek(day.dayOfWeek()));
    case Kind::EveryDays: {
        if (!anchor.isValid() || interval < 1)
            return false;
        const qint64 since = anchor.daysTo(day);
        return since >= 0 && since % interval == 0;
    }
    }
    return false;
}

QList<QTime> ScheduleRule::slotsOn(const QDate &day) const
{
    if (!at.isValid() || !runsOn(day))
        return {};
    if (kind != Kind::EveryHours)
        return {at};
    QList<QTime> out;
    const int step = qMax(1, interval) * 60;
    for (int m = at.hour() * 60 + at.minute(); m < minutesPerDay; m += step)
        out << QTime(m / 60, m % 60);
    return out;
}

QString ScheduleRule::validate() const
{
    if (!at.isValid())
        return kind == Kind::EveryHours ? tr("The schedule needs a start time (--from).")
                                        : tr("The schedule needs a time of day.");
    if (kind == Kind::EveryHours && (interval < 1 || interval > 23))
        return tr("Every N hours takes 1 to 23 hours, not %1.").arg(interval);
    if (kind == Kind::EveryDays && (interval < 1 || interval > 365))
        return tr("Every N days takes 1 to 365 days, not %1.").arg(interval);
    if (kind == Kind::EveryDays && !anchor.isValid())
        return tr("An every-N-days schedule needs the day it counts from.");
    if (kind == Kind::Weekly && days.isEmpty())
        return tr("A weekly schedule needs at least one day.");
    if (!zoneId.isEmpty() && !QTimeZone(zoneId).isValid())
        return tr("Unknown time zone \"%1\".").arg(QString::fromUtf8(zoneId));
    return {};
}

std::optional<QDateTime> ScheduleRule::nextAfter(const QDateTime &after) const
{
    const QTimeZone z = zone();
    if (!after.isValid() || !z.isValid() || !validate().isEmpty())
        return std::nullopt;
    QDate day = after.toTimeZone(z).date().addDays(-dayMargin);
    // Days before an every-N-days anchor cannot run; skip them rather than walk them.
    if (kind == Kind::EveryDays && day < anchor.addDays(-dayMargin))
        day = anchor.addDays(-dayMargin);
    const int span = (kind == Kind::EveryDays ? interval : 7) + 2 * dayMargin + 1;
    for (int i = 0; i <= span; ++i, day = day.addDays(1)) {
        for (const QTime &t : slotsOn(day)) {
            const QDateTime when = slotInstant(day, t, z);
            if (when > after)
                return when.toUTC();
        }
    }
    return std::nullopt;
}

QList<QDateTime> ScheduleRule::nextRuns(const QDateTime &after, int count) const
{
    QList<QDateTime> out;
    QDateTime from = after;
    while (out.size() < count) {
        const std::optional<QDateTime> next = nextAfter(from);
        if (!next)
            break;
        out << *next;
        from = *next;
    }
    return out;
}

std::optional<QDateTime> ScheduleRule::latestDueSlot(const QDateTime &since, const QDateTime &now) const
{
    const QTimeZone z = zone();
    if (!now.isValid() || !z.isValid() || !validate().isEmpty())
        return std::nullopt;
    const QDate last = now.toTimeZone(z).date().addDays(dayMargin);
    // Without a `since`, look back one whole period (the longest is 365 days).
    const QDate first = since.isValid() ? since.toTimeZone(z).date().addDays(-dayMargin)
                                        : last.addDays(-(kind == Kind::EveryDays ? interval : 7) - 2 * dayMargin);
    for (QDate day = last; day >= first; day = day.addDays(-1)) {
        const QList<QTime> slots = slotsOn(day);
        for (auto it = slots.crbegin(); it != slots.crend(); ++it) {
            const QDateTime when = slotInstant(day, *it, z);
            if (when > now)
                continue;
            if (since.isValid() && when <= since)
                return std::nullopt;
            return when.toUTC();
        }
    }
    return std::nullopt;
}

QString ScheduleRule::describe() const
{
    const QString time = timeText(at);
    QString text;
    switch (kind) {
    case Kind::Daily:
        text = tr("Every day at %1").arg(time);
        break;
    case Kind::EveryHours:
        text = tr("Every %n hour(s) from %1", nullptr, interval).arg(time);
        break;
    case Kind::Weekly: {
        QStringList names;
        for (Qt::DayOfWeek d : normalized(days))
            names << pluralDayName(d);
        QString list = names.value(0);
        for (qsizetype i = 1; i < names.size(); ++i)
            list = (i + 1 == names.size() ? tr("%1 and %2") : tr("%1, %2")).arg(list, names.at(i));
        text = tr("%1 at %2").arg(list, time);
        break;
    }
    case Kind::EveryDays:
        text = tr("Every %n day(s) at %1", nullptr, interval).arg(time);
        break;
    }
    if (!zoneId.isEmpty())
        text = tr("%1 (%2)").arg(text, QString::fromUtf8(zoneId));
    return text;
}

QJsonObject ScheduleRule::toJson() const
{
    QJsonObject o;
    o[u"kind"_s] = QString::fromLatin1(kindNames[int(kind)]);
    o[kind == Kind::EveryHours ? u"from"_s : u"at"_s] = timeText(at);
    if (kind == Kind::EveryHours || kind == Kind::EveryDays)
        o[u"interval"_s] = interval;
    if (kind == Kind::Weekly) {
        QJsonArray a;
        for (Qt::DayOfWeek d : normalized(days))
            a.append(dayWord(d));
        o[u"days"_s] = a;
    }
    if (kind == Kind::EveryDays)
        o[u"anchor"_s] = anchor.toString(Qt::ISODate);
    if (!zoneId.isEmpty())
        o[u"zone"_s] = QString::fromUtf8(zoneId);
    return o;
}

std::optional<ScheduleRule> ScheduleRule::fromJson(const QJsonObject &json, QString *error)
{
    ScheduleRule r;
    const QString kindText = json.value(u"kind"_s).toString();
    const auto *found = std::find_if(std::begin(kindNames), std::end(kindNames),
                                     [&](const char *k) { return kindText == QLatin1StringView(k); });
    if (found == std::end(kindNames))
        return failed(error, tr("Unknown schedule kind \"%1\".").arg(kindText));
    r.kind = Kind(found - std::begin(kindNames));

    const QString timeKey = r.kind == Kind::EveryHours ? u"from"_s : u"at"_s;
    const QString timeValue = json.value(timeKey).toString();
    const std::optional<QTime> t = parseTime(timeValue);
    if (!t)
        return failed(error, tr("\"%1\" is not a time of day (HH:mm).").arg(timeValue));
    r.at = *t;

    if (r.kind == Kind::EveryHours || r.kind == Kind::EveryDays) {
        const QJsonValue v = json.value(u"interval"_s);
        if (!v.isDouble() || v.toDouble() != double(v.toInt()))
            return failed(error, tr("The schedule's interval must be a whole number."));
        r.interval = v.toInt();
    }
    if (r.kind == Kind::Weekly) {
        for (const QJsonValue v : json.value(u"days"_s).toArray()) {
            const std::optional<Qt::DayOfWeek> d = parseDay(v.toString());
            if (!d)
                return failed(error, tr("Unknown day \"%1\".").arg(v.toString()));
            r.days << *d;
        }
        r.days = normalized(r.days);
    }
    if (r.kind == Kind::EveryDays) {
        const QString a = json.value(u"anchor"_s).toString();
        r.anchor = QDate::fromString(a, Qt::ISODate);
        if (!r.anchor.isValid())
            return failed(error, tr("\"%1\" is not a date (yyyy-MM-dd).").arg(a));
    }
    r.zoneId = json.value(u"zone"_s).toString().toUtf8();

    const QString problem = r.validate();
    if (!problem.isEmpty())
        return failed(error, problem);
    return r;
}

std::optional<ScheduleRule> ScheduleRule::fromOptions(const QString &daily, const QString &every,
                                                      const QString &from, const QString &weekly,
                                                      const QString &at, const QString &everyDays,
                                                      const QString &tz, QString *error)
{
    const int kinds = int(!daily.isEmpty()) + int(!every.isEmpty()) + int(!weekly.isEmpty())
                      + int(!everyDays.isEmpty());
    if (kinds != 1)
        return failed(error, tr("Give one of --daily, --every, --weekly or --every-days."));

    ScheduleRule r;
    r.zoneId = tz.trimmed().toUtf8();
    if (!r.zoneId.isEmpty() && !QTimeZone(r.zoneId).isValid())
        return failed(error, tr("Unknown time zone \"%1\"; use an IANA name such as Europe/Brussels.").arg(tz));

    const auto timeFrom = [&](const QString &text, const QString &option) -> std::optional<QTime> {
        if (text.isEmpty()) {
            if (error)
                *error = tr("%1 needs a time (HH:mm).").arg(option);
            return std::nullopt;
        }
        const std::optional<QTime> t = parseTime(text);
        if (!t && error)
            *error = tr("\"%1\" is not a time of day (HH:mm, 00:00 to 23:59).").arg(text);
        return t;
    };
    const auto wholeNumber = [](QString text, int *out) {
        bool ok = false;
        *out = text.trimmed().toInt(&ok);
        return ok;
    };

    if (!daily.isEmpty()) {
        if (!at.isEmpty() || !from.isEmpty())
            return failed(error, tr("--daily takes its time itself: --daily 06:00."));
        r.kind = Kind::Daily;
        const std::optional<QTime> t = timeFrom(daily, u"--daily"_s);
        if (!t)
            return std::nullopt;
        r.at = *t;
    } else if (!every.isEmpty()) {
        if (!at.isEmpty())
            return failed(error, tr("--every takes --from, not --at."));
        r.kind = Kind::EveryHours;
        QString n = every.trimmed().toLower();
        if (n.endsWith(u'h'))
            n.chop(1);
        if (!wholeNumber(n, &r.interval))
            return failed(error, tr("\"%1\" is not a number of hours (for example 8h).").arg(every));
        if (r.interval < 1 || r.interval > 23)
            return failed(error, tr("--every takes 1 to 23 hours, not %1.").arg(r.interval));
        const std::optional<QTime> t = from.isEmpty() ? QTime(0, 0) : timeFrom(from, u"--from"_s);
        if (!t)
            return std::nullopt;
        r.at = *t;
    } else if (!weekly.isEmpty()) {
        if (!from.isEmpty())
            return failed(error, tr("--weekly takes --at, not --from."));
        r.kind = Kind::Weekly;
        for (const QString &word : weekly.split(u',', Qt::SkipEmptyParts)) {
            const std::optional<Qt::DayOfWeek> d = parseDay(word);
            if (!d)
                return failed(error, tr("Unknown day \"%1\"; use mon, tue, wed, thu, fri, sat or sun.").arg(word.trimmed()));
            r.days << *d;
        }
        r.days = normalized(r.days);
        if (r.days.isEmpty())
            return failed(error, tr("--weekly needs at least one day, for example mon,thu."));
        const std::optional<QTime> t = timeFrom(at, u"--at"_s);
        if (!t)
            return std::nullopt;
        r.at = *t;
    } else {
        if (!from.isEmpty())
            return failed(error, tr("--every-days takes --at, not --from."));
        r.kind = Kind::EveryDays;
        if (!wholeNumber(everyDays, &r.interval))
            return failed(error, tr("\"%1\" is not a number of days.").arg(everyDays));
        if (r.interval < 1 || r.interval > 365)
            return failed(error, tr("--every-days takes 1 to 365 days, not %1.").arg(r.interval));
        const std::optional<QTime> t = timeFrom(at, u"--at"_s);
        if (!t)
            return std::nullopt;
        r.at = *t;
        r.anchor = QDateTime::currentDateTime().toTimeZone(r.zone()).date();
    }
    return r;
}

} // namespace wb
