// SPDX-License-Identifier: GPL-3.0-or-later
// Schedule rules: next runs across daylight saving changes, missed runs, parsing, JSON.
#include "schedule/ScheduleRule.h"

#include <QJsonDocument>
#include <QTest>

#include <ctime>

using namespace Qt::StringLiterals;
using namespace wb;

namespace {

// A rule from the CLI's words, e.g. "--every 8h --from 05:00 --tz America/New_York"; an
// every-days rule gets `anchor` instead of today.
ScheduleRule rule(const QString &options, const QString &anchor = {})
{
    QHash<QString, QString> o;
    const QStringList words = options.split(u' ', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i + 1 < words.size(); i += 2)
        o.insert(words.at(i), words.at(i + 1));
    QString error;
    std::optional<ScheduleRule> r = ScheduleRule::fromOptions(
        o.value(u"--daily"_s), o.value(u"--every"_s), o.value(u"--from"_s), o.value(u"--weekly"_s),
        o.value(u"--at"_s), o.value(u"--every-days"_s), o.value(u"--tz"_s), &error);
    if (!r) {
        qWarning("%s: %s", qPrintable(options), qPrintable(error));
        return {};
    }
    if (!anchor.isEmpty())
        r->anchor = QDate::fromString(anchor, Qt::ISODate);
    return *r;
}

// "2026-03-08T03:00:00-04:00": the offset says which of two equal wall times is meant.
QDateTime at(const QString &iso)
{
    const QDateTime d = QDateTime::fromString(iso, Qt::ISODate);
    if (!d.isValid())
        qFatal("bad date-time in the test data: %s", qPrintable(iso));
    return d;
}

const QString ny = u" --tz America/New_York"_s;
const QString bru = u" --tz Europe/Brussels"_s;

} // namespace

class TestScheduleRule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Rules without a zone use the machine's; pin it so the expectations hold anywhere.
        qputenv("TZ", "Europe/Brussels");
#ifdef Q_OS_WIN
        _tzset();
#else
        tzset();
#endif
        QCOMPARE(QTimeZone::systemTimeZoneId(), "Europe/Brussels"_ba);
    }

    void qtGapDefault()
    {
        // Why the rule resolves gaps itself: Qt moves 02:30 in the gap by the gap's length.
        const QDateTime d(QDate(2026, 3, 8), QTime(2, 30), QTimeZone("America/New_York"));
        QCOMPARE(d.time(), QTime(3, 30));
    }

    void nextAfter_data()
    {
        QTest::addColumn<QString>("options");
        QTest::addColumn<QString>("anchor");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("expected"); // empty: none

        // Daily, plain, and strictly after.
        QTest::newRow("daily before") << u"--daily 06:00"_s + bru << QString() << u"2026-01-05T05:59:59+01:00"_s << u"2026-01-05T06:00:00+01:00"_s;
        QTest::newRow("daily exactly at") << u"--daily 06:00"_s + bru << QString() << u"2026-01-05T06:00:00+01:00"_s << u"2026-01-06T06:00:00+01:00"_s;
        QTest::newRow("daily 1 ms after") << u"--daily 06:00"_s + bru << QString() << u"2026-01-05T06:00:00.001+01:00"_s << u"2026-01-06T06:00:00+01:00"_s;
        QTest::newRow("daily year end") << u"--daily 06:00"_s + bru << QString() << u"2026-12-31T07:00:00+01:00"_s << u"2027-01-01T06:00:00+01:00"_s;
        QTest::newRow("daily after given in UTC") << u"--daily 06:00"_s + ny << QString() << u"2026-01-05T10:59:00Z"_s << u"2026-01-05T06:00:00-05:00"_s;
        QTest::newRow("daily machine zone") << u"--daily 06:00"_s << QString() << u"2026-07-01T00:00:00Z"_s << u"2026-07-01T06:00:00+02:00"_s;

        // Spring forward: the missing wall time runs once, when the gap ends.
        QTest::newRow("NY spring gap") << u"--daily 02:30"_s + ny << QString() << u"2026-03-07T12:00:00-05:00"_s << u"2026-03-08T03:00:00-04:00"_s;
        QTest::newRow("NY spring gap, at the gap's end") << u"--daily 02:30"_s + ny << QString() << u"2026-03-08T03:00:00-04:00"_s << u"2026-03-09T02:30:00-04:00"_s;
        QTest::newRow("NY spring, before the gap") << u"--daily 01:30"_s + ny << QString() << u"2026-03-07T12:00:00-05:00"_s << u"2026-03-08T01:30:00-05:00"_s;
        QTest::newRow("NY spring, after the gap") << u"--daily 06:00"_s + ny << QString() << u"2026-03-07T12:00:00-05:00"_s << u"2026-03-08T06:00:00-04:00"_s;
        QTest::newRow("Brussels spring gap") << u"--daily 02:30"_s + bru << QString() << u"2026-03-28T12:00:00+01:00"_s << u"2026-03-29T03:00:00+02:00"_s;
        QTest::newRow("Brussels spring gap at 02:00") << u"--daily 02:00"_s + bru << QString() << u"2026-03-28T12:00:00+01:00"_s << u"2026-03-29T03:00:00+02:00"_s;
        QTest::newRow("Brussels spring 03:00") << u"--daily 03:00"_s + bru << QString() << u"2026-03-28T12:00:00+01:00"_s << u"2026-03-29T03:00:00+02:00"_s;

        // Fall back: a wall time seen twice runs at its first occurrence only.
        QTest::newRow("NY fall first") << u"--daily 01:30"_s + ny << QString() << u"2026-10-31T12:00:00-04:00"_s << u"2026-11-01T01:30:00-04:00"_s;
        QTest::newRow("NY fall, at the first") << u"--daily 01:30"_s + ny << QString() << u"2026-11-01T01:30:00-04:00"_s << u"2026-11-02T01:30:00-05:00"_s;
        QTest::newRow("NY fall, between") << u"--daily 01:30"_s + ny << QString() << u"2026-11-01T01:45:00-04:00"_s << u"2026-11-02T01:30:00-05:00"_s;
        QTest::newRow("Brussels fall first") << u"--daily 02:30"_s + bru << QString() << u"2026-10-24T12:00:00+02:00"_s << u"2026-10-25T02:30:00+02:00"_s;
        QTest::newRow("Brussels fall, at the first") << u"--daily 02:30"_s + bru << QString() << u"2026-10-25T02:30:00+02:00"_s << u"2026-10-26T02:30:00+01:00"_s;

        // Every N hours: wall-clock slots from `from`, the same every day, DST or not.
        QTest::newRow("8h first slot") << u"--every 8h --from 05:00"_s + ny << QString() << u"2026-03-07T04:00:00-05:00"_s << u"2026-03-07T05:00:00-05:00"_s;
        QTest::newRow("8h last slot") << u"--every 8h --from 05:00"_s + ny << QString() << u"2026-03-07T13:00:00-05:00"_s << u"2026-03-07T21:00:00-05:00"_s;
        QTest::newRow("8h over midnight into DST") << u"--every 8h --from 05:00"_s + ny << QString() << u"2026-03-07T21:00:00-05:00"_s << u"2026-03-08T05:00:00-04:00"_s;
        QTest::newRow("8h NY fall") << u"--every 8h --from 05:00"_s + ny << QString() << u"2026-10-31T21:00:00-04:00"_s << u"2026-11-01T05:00:00-05:00"_s;
        QTest::newRow("8h Brussels from 02:00 in gap") << u"--every 8h --from 02:00"_s + bru << QString() << u"2026-03-28T18:00:00+01:00"_s << u"2026-03-29T03:00:00+02:00"_s;
        QTest::newRow("8h Brussels after gap slot") << u"--every 8h --from 02:00"_s + bru << QString() << u"2026-03-29T03:00:00+02:00"_s << u"2026-03-29T10:00:00+02:00"_s;
        QTest::newRow("1h NY gap slot") << u"--every 1h"_s + ny << QString() << u"2026-03-08T01:00:00-05:00"_s << u"2026-03-08T03:00:00-04:00"_s;
        QTest::newRow("1h NY gap and 03:00 run once") << u"--every 1h"_s + ny << QString() << u"2026-03-08T03:00:00-04:00"_s << u"2026-03-08T04:00:00-04:00"_s;
        QTest::newRow("1h NY repeated hour once") << u"--every 1h"_s + ny << QString() << u"2026-11-01T01:00:00-04:00"_s << u"2026-11-01T02:00:00-05:00"_s;
        QTest::newRow("1h Brussels repeated hour once") << u"--every 1h --from 00:30"_s + bru << QString() << u"2026-10-25T02:30:00+02:00"_s << u"2026-10-25T03:30:00+01:00"_s;
        QTest::newRow("23h") << u"--every 23h --from 00:30"_s + bru << QString() << u"2026-01-05T00:30:00+01:00"_s << u"2026-01-05T23:30:00+01:00"_s;

        // Weekly.
        QTest::newRow("weekly same week") << u"--weekly mon,thu --at 07:30"_s + bru << QString() << u"2026-01-06T12:00:00+01:00"_s << u"2026-01-08T07:30:00+01:00"_s;
        QTest::newRow("weekly wraps to Monday") << u"--weekly mon,thu --at 07:30"_s + bru << QString() << u"2026-01-09T08:00:00+01:00"_s << u"2026-01-12T07:30:00+01:00"_s;
        QTest::newRow("weekly exactly at Thursday") << u"--weekly mon,thu --at 07:30"_s + bru << QString() << u"2026-01-08T07:30:00+01:00"_s << u"2026-01-12T07:30:00+01:00"_s;
        QTest::newRow("weekly Sunday wraps over the year") << u"--weekly sun --at 07:30"_s + bru << QString() << u"2026-12-27T08:00:00+01:00"_s << u"2027-01-03T07:30:00+01:00"_s;
        QTest::newRow("weekly in Brussels gap") << u"--weekly sun --at 02:30"_s + bru << QString() << u"2026-03-23T00:00:00+01:00"_s << u"2026-03-29T03:00:00+02:00"_s;
        QTest::newRow("weekly NY fall") << u"--weekly sun --at 01:30"_s + ny << QString() << u"2026-10-26T00:00:00-04:00"_s << u"2026-11-01T01:30:00-04:00"_s;
        QTest::newRow("weekly leap day") << u"--weekly tue --at 07:30"_s + bru << QString() << u"2028-02-28T12:00:00+01:00"_s << u"2028-02-29T07:30:00+01:00"_s;

        // Every N days, counted from the anchor.
        QTest::newRow("2 days on the anchor") << u"--every-days 2 --at 06:00"_s + bru << u"2026-01-01"_s << u"2025-12-31T12:00:00+01:00"_s << u"2026-01-01T06:00:00+01:00"_s;
        QTest::newRow("2 days exactly at") << u"--every-days 2 --at 06:00"_s + bru << u"2026-01-01"_s << u"2026-01-01T06:00:00+01:00"_s << u"2026-01-03T06:00:00+01:00"_s;
        QTest::newRow("2 days off day") << u"--every-days 2 --at 06:00"_s + bru << u"2026-01-01"_s << u"2026-01-02T12:00:00+01:00"_s << u"2026-01-03T06:00:00+01:00"_s;
        QTest::newRow("2 days anchor ahead") << u"--every-days 2 --at 06:00"_s + bru << u"2026-02-01"_s << u"2026-01-01T00:00:00+01:00"_s << u"2026-02-01T06:00:00+01:00"_s;
        QTest::newRow("2 days machine zone") << u"--every-days 2 --at 06:00"_s << u"2026-01-01"_s << u"2026-01-04T00:00:00Z"_s << u"2026-01-05T06:00:00+01:00"_s;
        QTest::newRow("2 days over leap day") << u"--every-days 2 --at 06:00"_s + bru << u"2028-02-27"_s << u"2028-02-27T06:00:00+01:00"_s << u"2028-02-29T06:00:00+01:00"_s;
        QTest::newRow("365 days lands on leap day") << u"--every-days 365 --at 06:00"_s + bru << u"2027-03-01"_s << u"2027-03-01T06:00:00+01:00"_s << u"2028-02-29T06:00:00+01:00"_s;
        QTest::newRow("3 days into NY gap") << u"--every-days 3 --at 02:30"_s + ny << u"2026-03-02"_s << u"2026-03-05T02:30:00-05:00"_s << u"2026-03-08T03:00:00-04:00"_s;
        QTest::newRow("7 days over Brussels fall") << u"--every-days 7 --at 02:30"_s + bru << u"2026-10-18"_s << u"2026-10-18T02:30:00+02:00"_s << u"2026-10-25T02:30:00+02:00"_s;
    }

    void nextAfter()
    {
        QFETCH(QString, options);
        QFETCH(QString, anchor);
        QFETCH(QString, after);
        QFETCH(QString, expected);
        const ScheduleRule r = rule(options, anchor);
        QVERIFY2(r.validate().isEmpty(), qPrintable(r.validate()));
        const std::optional<QDateTime> next = r.nextAfter(at(after));
        if (expected.isEmpty()) {
            QVERIFY(!next);
            return;
        }
        QVERIFY(next);
        QCOMPARE(next->timeSpec(), Qt::UTC);
        QCOMPARE(*next, at(expected));
    }

    void nextRuns_data()
    {
        QTest::addColumn<QString>("options");
        QTest::addColumn<QString>("anchor");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("8h over NY spring") << u"--every 8h --from 05:00"_s + ny << QString() << u"2026-03-07T12:00:00-05:00"_s
            << QStringList{u"2026-03-07T13:00:00-05:00"_s, u"2026-03-07T21:00:00-05:00"_s, u"2026-03-08T05:00:00-04:00"_s,
                           u"2026-03-08T13:00:00-04:00"_s, u"2026-03-08T21:00:00-04:00"_s};
        QTest::newRow("daily 02:30 over Brussels spring") << u"--daily 02:30"_s + bru << QString() << u"2026-03-27T12:00:00+01:00"_s
            << QStringList{u"2026-03-28T02:30:00+01:00"_s, u"2026-03-29T03:00:00+02:00"_s, u"2026-03-30T02:30:00+02:00"_s,
                           u"2026-03-31T02:30:00+02:00"_s, u"2026-04-01T02:30:00+02:00"_s};
        QTest::newRow("1h over Brussels fall") << u"--every 1h --from 00:30"_s + bru << QString() << u"2026-10-25T00:00:00+02:00"_s
            << QStringList{u"2026-10-25T00:30:00+02:00"_s, u"2026-10-25T01:30:00+02:00"_s, u"2026-10-25T02:30:00+02:00"_s,
                           u"2026-10-25T03:30:00+01:00"_s, u"2026-10-25T04:30:00+01:00"_s};
        QTest::newRow("weekly mon,thu") << u"--weekly mon,thu --at 07:30"_s + bru << QString() << u"2026-01-01T00:00:00+01:00"_s
            << QStringList{u"2026-01-01T07:30:00+01:00"_s, u"2026-01-05T07:30:00+01:00"_s, u"2026-01-08T07:30:00+01:00"_s,
                           u"2026-01-12T07:30:00+01:00"_s, u"2026-01-15T07:30:00+01:00"_s};
        QTest::newRow("2 days over leap day") << u"--every-days 2 --at 06:00"_s + bru << u"2028-02-25"_s << u"2028-02-24T00:00:00+01:00"_s
            << QStringList{u"2028-02-25T06:00:00+01:00"_s, u"2028-02-27T06:00:00+01:00"_s, u"2028-02-29T06:00:00+01:00"_s,
                           u"2028-03-02T06:00:00+01:00"_s, u"2028-03-04T06:00:00+01:00"_s};
    }

    void nextRuns()
    {
        QFETCH(QString, options);
        QFETCH(QString, anchor);
        QFETCH(QString, after);
        QFETCH(QStringList, expected);
        const QList<QDateTime> runs = rule(options, anchor).nextRuns(at(after), 5);
        QCOMPARE(runs.size(), 5);
        for (qsizetype i = 0; i < runs.size(); ++i)
            QCOMPARE(runs.at(i), at(expected.at(i)));
    }

    void latestDueSlot_data()
    {
        QTest::addColumn<QString>("options");
        QTest::addColumn<QString>("anchor");
        QTest::addColumn<QString>("since"); // empty: never ran
        QTest::addColumn<QString>("now");
        QTest::addColumn<QString>("expected"); // empty: nothing due

        QTest::newRow("several missed, only the latest") << u"--every 8h --from 05:00"_s + ny << QString()
            << u"2026-03-06T05:00:00-05:00"_s << u"2026-03-08T14:00:00-04:00"_s << u"2026-03-08T13:00:00-04:00"_s;
        QTest::newRow("now exactly at a slot") << u"--every 8h --from 05:00"_s + ny << QString()
            << u"2026-03-08T05:00:00-04:00"_s << u"2026-03-08T13:00:00-04:00"_s << u"2026-03-08T13:00:00-04:00"_s;
        QTest::newRow("ran at the latest slot") << u"--every 8h --from 05:00"_s + ny << QString()
            << u"2026-03-08T13:00:00-04:00"_s << u"2026-03-08T14:00:00-04:00"_s << QString();
        QTest::newRow("ran late, after the latest slot") << u"--every 8h --from 05:00"_s + ny << QString()
            << u"2026-03-08T13:30:00-04:00"_s << u"2026-03-08T14:00:00-04:00"_s << QString();
        QTest::newRow("never ran") << u"--daily 06:00"_s + bru << QString()
            << QString() << u"2026-01-05T12:00:00+01:00"_s << u"2026-01-05T06:00:00+01:00"_s;
        QTest::newRow("never ran, before today's slot") << u"--daily 06:00"_s + bru << QString()
            << QString() << u"2026-01-05T05:00:00+01:00"_s << u"2026-01-04T06:00:00+01:00"_s;
        QTest::newRow("a week asleep") << u"--weekly mon,thu --at 07:30"_s + bru << QString()
            << u"2026-01-05T07:30:00+01:00"_s << u"2026-01-12T08:00:00+01:00"_s << u"2026-01-12T07:30:00+01:00"_s;
        QTest::newRow("weekly, nothing since") << u"--weekly mon,thu --at 07:30"_s + bru << QString()
            << u"2026-01-08T07:30:00+01:00"_s << u"2026-01-11T23:00:00+01:00"_s << QString();
        QTest::newRow("gap slot due at 03:00") << u"--daily 02:30"_s + ny << QString()
            << u"2026-03-07T02:30:00-05:00"_s << u"2026-03-08T03:00:00-04:00"_s << u"2026-03-08T03:00:00-04:00"_s;
        QTest::newRow("gap slot not due before 03:00") << u"--daily 02:30"_s + ny << QString()
            << u"2026-03-07T02:30:00-05:00"_s << u"2026-03-08T01:59:00-05:00"_s << QString();
        QTest::newRow("repeated hour: due at the first") << u"--daily 01:30"_s + ny << QString()
            << u"2026-10-31T01:30:00-04:00"_s << u"2026-11-01T01:31:00-04:00"_s << u"2026-11-01T01:30:00-04:00"_s;
        QTest::newRow("repeated hour: not again at the second") << u"--daily 01:30"_s + ny << QString()
            << u"2026-11-01T01:30:00-04:00"_s << u"2026-11-01T01:30:00-05:00"_s << QString();
        QTest::newRow("OS woke late, still the fall slot") << u"--daily 01:30"_s + ny << QString()
            << u"2026-10-31T01:30:00-04:00"_s << u"2026-11-01T01:30:00-05:00"_s << u"2026-11-01T01:30:00-04:00"_s;
        QTest::newRow("every 2 days, off day") << u"--every-days 2 --at 06:00"_s + bru << u"2026-01-01"_s
            << u"2026-01-01T06:00:00+01:00"_s << u"2026-01-02T23:00:00+01:00"_s << QString();
        QTest::newRow("every 2 days, missed two") << u"--every-days 2 --at 06:00"_s + bru << u"2026-01-01"_s
            << u"2026-01-01T06:00:00+01:00"_s << u"2026-01-06T07:00:00+01:00"_s << u"2026-01-05T06:00:00+01:00"_s;
        QTest::newRow("every 2 days, before the anchor") << u"--every-days 2 --at 06:00"_s + bru << u"2026-02-01"_s
            << QString() << u"2026-01-20T07:00:00+01:00"_s << QString();
        QTest::newRow("since long ago") << u"--every-days 30 --at 06:00"_s + bru << u"2020-01-01"_s
            << u"2020-01-01T06:00:00+01:00"_s << u"2026-06-01T00:00:00+02:00"_s << u"2026-05-29T06:00:00+02:00"_s;
    }

    void latestDueSlot()
    {
        QFETCH(QString, options);
        QFETCH(QString, anchor);
        QFETCH(QString, since);
        QFETCH(QString, now);
        QFETCH(QString, expected);
        const ScheduleRule r = rule(options, anchor);
        const std::optional<QDateTime> due = r.latestDueSlot(since.isEmpty() ? QDateTime() : at(since), at(now));
        if (expected.isEmpty()) {
            QVERIFY2(!due, due ? qPrintable(due->toString(Qt::ISODate)) : "");
            return;
        }
        QVERIFY(due);
        QCOMPARE(due->timeSpec(), Qt::UTC);
        QCOMPARE(*due, at(expected));
    }

    void fromOptions_data()
    {
        QTest::addColumn<QString>("options");
        QTest::addColumn<QString>("json"); // the parsed rule, or empty for an error
        QTest::addColumn<QString>("error"); // part of the message

        QTest::newRow("daily") << u"--daily 06:00"_s << uR"({"at":"06:00","kind":"daily"})"_s << QString();
        QTest::newRow("daily with zone") << u"--daily 6:00 --tz Europe/Brussels"_s << uR"({"at":"06:00","kind":"daily","zone":"Europe/Brussels"})"_s << QString();
        QTest::newRow("every 8h") << u"--every 8h --from 05:00"_s + ny << uR"({"from":"05:00","interval":8,"kind":"every-hours","zone":"America/New_York"})"_s << QString();
        QTest::newRow("every 8, from midnight") << u"--every 8"_s << uR"({"from":"00:00","interval":8,"kind":"every-hours"})"_s << QString();
        QTest::newRow("weekly") << u"--weekly mon,thu --at 07:30"_s << uR"({"at":"07:30","days":["mon","thu"],"kind":"weekly"})"_s << QString();
        QTest::newRow("weekly sorted, once each") << u"--weekly Thursday,MON,mon --at 7:30"_s << uR"({"at":"07:30","days":["mon","thu"],"kind":"weekly"})"_s << QString();
        QTest::newRow("every 2 days") << u"--every-days 2 --at 06:00"_s << uR"({"at":"06:00","interval":2,"kind":"every-days"})"_s << QString();

        QTest::newRow("hour 25") << u"--daily 25:00"_s << QString() << u"\"25:00\" is not a time of day"_s;
        QTest::newRow("minute 60") << u"--daily 06:60"_s << QString() << u"\"06:60\" is not a time of day"_s;
        QTest::newRow("not a time") << u"--weekly mon --at noon"_s << QString() << u"\"noon\" is not a time of day"_s;
        QTest::newRow("unknown day") << u"--weekly mon,xyz --at 07:30"_s << QString() << u"Unknown day \"xyz\""_s;
        QTest::newRow("no days") << u"--weekly , --at 07:30"_s << QString() << u"at least one day"_s;
        QTest::newRow("weekly without time") << u"--weekly mon"_s << QString() << u"--at needs a time"_s;
        QTest::newRow("unknown zone") << u"--daily 06:00 --tz Mars/Olympus"_s << QString() << u"Unknown time zone \"Mars/Olympus\""_s;
        QTest::newRow("interval 0 hours") << u"--every 0h"_s << QString() << u"1 to 23 hours, not 0"_s;
        QTest::newRow("interval 24 hours") << u"--every 24h"_s << QString() << u"1 to 23 hours, not 24"_s;
        QTest::newRow("hours not a number") << u"--every eight"_s << QString() << u"\"eight\" is not a number of hours"_s;
        QTest::newRow("interval 0 days") << u"--every-days 0 --at 06:00"_s << QString() << u"1 to 365 days, not 0"_s;
        QTest::newRow("interval 366 days") << u"--every-days 366 --at 06:00"_s << QString() << u"1 to 365 days, not 366"_s;
        QTest::newRow("no kind") << u"--at 06:00"_s << QString() << u"Give one of"_s;
        QTest::newRow("two kinds") << u"--daily 06:00 --every 8h"_s << QString() << u"Give one of"_s;
        QTest::newRow("daily with --at") << u"--daily 06:00 --at 07:00"_s << QString() << u"--daily takes its time itself"_s;
        QTest::newRow("every with --at") << u"--every 8h --at 07:00"_s << QString() << u"--every takes --from"_s;
        QTest::newRow("weekly with --from") << u"--weekly mon --from 07:00"_s << QString() << u"--weekly takes --at"_s;
    }

    void fromOptions()
    {
        QFETCH(QString, options);
        QFETCH(QString, json);
        QFETCH(QString, error);
        QHash<QString, QString> o;
        const QStringList words = options.split(u' ', Qt::SkipEmptyParts);
        for (qsizetype i = 0; i + 1 < words.size(); i += 2)
            o.insert(words.at(i), words.at(i + 1));
        QString why;
        const std::optional<ScheduleRule> r = ScheduleRule::fromOptions(
            o.value(u"--daily"_s), o.value(u"--every"_s), o.value(u"--from"_s), o.value(u"--weekly"_s),
            o.value(u"--at"_s), o.value(u"--every-days"_s), o.value(u"--tz"_s), &why);
        if (json.isEmpty()) {
            QVERIFY(!r);
            QVERIFY2(why.contains(error), qPrintable(why));
            return;
        }
        QVERIFY2(r, qPrintable(why));
        QJsonObject got = r->toJson();
        if (r->kind == ScheduleRule::Kind::EveryDays) {
            // A new every-days rule counts from today in its zone.
            QCOMPARE(r->anchor, QDateTime::currentDateTime().toTimeZone(r->zone()).date());
            got.remove(u"anchor"_s);
        }
        QCOMPARE(QString::fromUtf8(QJsonDocument(got).toJson(QJsonDocument::Compact)), json);
    }

    void json_data()
    {
        QTest::addColumn<QString>("options");
        QTest::addColumn<QString>("anchor");
        QTest::newRow("daily") << u"--daily 06:00"_s + bru << QString();
        QTest::newRow("every hours") << u"--every 8h --from 05:00"_s + ny << QString();
        QTest::newRow("weekly") << u"--weekly sun,mon,thu --at 07:30"_s << QString();
        QTest::newRow("every days") << u"--every-days 2 --at 06:00"_s << u"2028-02-29"_s;
    }

    void json()
    {
        QFETCH(QString, options);
        QFETCH(QString, anchor);
        const ScheduleRule r = rule(options, anchor);
        QString error;
        // Through text, as the schedule store keeps it.
        const QByteArray text = QJsonDocument(r.toJson()).toJson();
        const std::optional<ScheduleRule> back = ScheduleRule::fromJson(QJsonDocument::fromJson(text).object(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(*back, r);
    }

    void jsonExample()
    {
        const ScheduleRule r = rule(u"--every-days 2 --at 06:00 --tz Europe/Brussels"_s, u"2026-01-01"_s);
        QCOMPARE(QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact),
                 R"({"anchor":"2026-01-01","at":"06:00","interval":2,"kind":"every-days","zone":"Europe/Brussels"})"_ba);
    }

    void jsonErrors_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown kind") << uR"({"kind":"hourly","at":"06:00"})"_s << u"Unknown schedule kind \"hourly\""_s;
        QTest::newRow("no kind") << uR"({"at":"06:00"})"_s << u"Unknown schedule kind \"\""_s;
        QTest::newRow("bad time") << uR"({"kind":"daily","at":"24:00"})"_s << u"\"24:00\" is not a time of day"_s;
        QTest::newRow("hours without from") << uR"({"kind":"every-hours","at":"05:00","interval":8})"_s << u"\"\" is not a time of day"_s;
        QTest::newRow("interval 0") << uR"({"kind":"every-hours","from":"05:00","interval":0})"_s << u"1 to 23 hours, not 0"_s;
        QTest::newRow("interval fraction") << uR"({"kind":"every-days","at":"05:00","interval":1.5,"anchor":"2026-01-01"})"_s << u"whole number"_s;
        QTest::newRow("no anchor") << uR"({"kind":"every-days","at":"05:00","interval":2})"_s << u"\"\" is not a date"_s;
        QTest::newRow("unknown day") << uR"({"kind":"weekly","at":"05:00","days":["mon","someday"]})"_s << u"Unknown day \"someday\""_s;
        QTest::newRow("no days") << uR"({"kind":"weekly","at":"05:00","days":[]})"_s << u"at least one day"_s;
        QTest::newRow("unknown zone") << uR"({"kind":"daily","at":"05:00","zone":"Nowhere/Special"})"_s << u"Unknown time zone \"Nowhere/Special\""_s;
    }

    void jsonErrors()
    {
        QFETCH(QString, json);
        QFETCH(QString, error);
        QString why;
        QVERIFY(!ScheduleRule::fromJson(QJsonDocument::fromJson(json.toUtf8()).object(), &why));
        QVERIFY2(why.contains(error), qPrintable(why));
    }

    void describe_data()
    {
        QTest::addColumn<QString>("options");
        QTest::addColumn<QString>("expected");
        // Source texts: the English plural forms ("Every 8 hours") come from writeback_en.ts.
        QTest::newRow("daily") << u"--daily 06:00 --tz Europe/Brussels"_s << u"Every day at 06:00 (Europe/Brussels)"_s;
        QTest::newRow("every hours") << u"--every 8h --from 05:00"_s << u"Every 8 hour(s) from 05:00"_s;
        QTest::newRow("one weekday") << u"--weekly fri --at 07:30"_s << u"Fridays at 07:30"_s;
        QTest::newRow("two weekdays") << u"--weekly thu,mon --at 07:30"_s << u"Mondays and Thursdays at 07:30"_s;
        QTest::newRow("three weekdays") << u"--weekly mon,wed,fri --at 07:30"_s + ny << u"Mondays, Wednesdays and Fridays at 07:30 (America/New_York)"_s;
        QTest::newRow("every days") << u"--every-days 2 --at 06:00"_s << u"Every 2 day(s) at 06:00"_s;
    }

    void describe()
    {
        QFETCH(QString, options);
        QFETCH(QString, expected);
        QCOMPARE(rule(options).describe(), expected);
    }

    void invalidRules()
    {
        ScheduleRule r; // no time
        QVERIFY(!r.validate().isEmpty());
        QVERIFY(!r.nextAfter(QDateTime::currentDateTimeUtc()));
        QVERIFY(r.nextRuns(QDateTime::currentDateTimeUtc(), 3).isEmpty());
        QVERIFY(!r.latestDueSlot({}, QDateTime::currentDateTimeUtc()));
        r.at = QTime(6, 0);
        QVERIFY(r.validate().isEmpty());
        QVERIFY(!r.nextAfter(QDateTime()));
        QCOMPARE(r.zone(), QTimeZone::systemTimeZone());
    }
};

QTEST_GUILESS_MAIN(TestScheduleRule)
#include "tst_schedulerule.moc"
