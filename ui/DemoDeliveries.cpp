// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoDeliveries.h"

#include <QFile>
#include <QMap>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wb::ui::DemoWorkspace {

namespace {

// A platform's feed: a resource holding every row of the demo's weeks, cut into the files
// the platform sends (one per day of events, arriving the next morning), or sent whole.
struct Feed
{
    const char *resource; // under :/demo/alder-ridge/
    const char *name;     // %1: the day of the events, yyyyMMdd
    const char *source;   // connection, or "local"
    const char *folder;   // on the server
    QTime arrives;        // the next day, at
    bool header = true;   // the resource's first line is a header every file repeats
    int wholeOnDay = 0;   // != 0: the file has no dates to cut by and arrives whole that day
};

const QList<Feed> &feeds()
{
    static const QList<Feed> all{
        // Full Measure: SMS writebacks in the institution's "incoming" folder.
        {"Delivery_stats.csv", "Delivery_stats_%1.csv", "fullmeasure-writebacks", "incoming", QTime(5, 0)},
        {"content_card_opens.csv", "content_card_opens_%1.csv", "fullmeasure-writebacks", "incoming", QTime(5, 0)},
        {"content_card_engagement.csv", "content_card_engagement_%1.csv", "fullmeasure-writebacks", "incoming",
         QTime(5, 0)},
        {"Form_responses.csv", "Form_responses_%1.csv", "fullmeasure-writebacks", "incoming", QTime(5, 0), true, -5},
        // Deployteq's event-based export: a broadcasts and an activities file a day, the
        // latter without a header.
        {"broadcast_ALDERRIDGE.csv", "broadcast_ALDERRIDGE_%1.csv", "deployteq-alumni", "/outgoing/writebacks",
         QTime(3, 0)},
        {"activity_ALDERRIDGE.csv", "activity_ALDERRIDGE_%1.csv", "deployteq-alumni", "/outgoing/writebacks",
         QTime(3, 0), false},
        // Higher Logic Thrive: the alumni association's mailings and subscriber changes.
        {"mailing_activity.csv", "mailing_activity_%1.csv", "higherlogic-thrive", "writebacks", QTime(4, 0)},
        {"subscriber_status.csv", "subscriber_status_%1.csv", "higherlogic-thrive", "writebacks", QTime(4, 0)},
        // Actito: continuing education's incremental exports, one per event type.
        {"email_openings.csv", "email_openings_%1.csv", "actito-exports", "/exports/incremental", QTime(2, 0)},
        {"email_clicks.csv", "email_clicks_%1.csv", "actito-exports", "/exports/incremental", QTime(2, 0)},
        {"email_bounces.csv", "email_bounces_%1.csv", "actito-exports", "/exports/incremental", QTime(2, 0)},
        {"sms_delivery_failed.csv", "sms_delivery_failed_%1.csv", "actito-exports", "/exports/incremental",
         QTime(2, 0)},
        // Civitas Learning: outreach messages a script takes off the extract queue into a folder.
        {"outreach.jsonl", "outreach_%1.jsonl", "local", "", QTime(5, 30)},
    };
    return all;
}

const QRegularExpression &dateToken()
{
    static const QRegularExpression re(uR"(\{\{(-?\d+):([^}]+)\}\})"_s);
    return re;
}

QByteArray expand(const QString &line, const QDate &today)
{
    QString out;
    qsizetype at = 0;
    for (auto it = dateToken().globalMatch(line); it.hasNext();) {
        const auto m = it.next();
        out += line.mid(at, m.capturedStart() - at);
        out += today.addDays(m.captured(1).toInt()).toString(m.captured(2));
        at = m.capturedEnd();
    }
    out += line.mid(at);
    return out.toUtf8();
}

} // namespace

QList<DemoFile> demoFiles(const QDateTime &now)
{
    const QDate today = now.date();
    QList<DemoFile> files;
    for (const Feed &feed : feeds()) {
        QFile resource(u":/demo/alder-ridge/"_s + QLatin1StringView(feed.resource));
        if (!resource.open(QIODevice::ReadOnly))
            continue;
        QStringList lines = QString::fromUtf8(resource.readAll()).split(u'\n', Qt::SkipEmptyParts);
        const QByteArray header = feed.header && !lines.isEmpty() ? expand(lines.takeFirst(), today) + '\n' : QByteArray();
        QMap<int, QByteArray> byDay; // day of the events -> the file's rows
        for (const QString &line : std::as_const(lines)) {
            const auto m = dateToken().match(line);
            const int day = feed.wholeOnDay != 0 ? feed.wholeOnDay - 1 : m.hasMatch() ? m.captured(1).toInt() : -1;
            byDay[day] += expand(line, today) + '\n';
        }
        for (auto it = byDay.cbegin(); it != byDay.cend(); ++it) {
            DemoFile f;
            f.name = QString::fromLatin1(feed.name).arg(today.addDays(it.key()).toString(u"yyyyMMdd"_s));
            f.source = QString::fromLatin1(feed.source);
            f.folder = QString::fromLatin1(feed.folder);
            f.arrived = QDateTime(today.addDays(it.key() + 1), feed.arrives);
            f.content = header + it.value();
            if (f.arrived <= now)
                files << f;
        }
    }
    std::stable_sort(files.begin(), files.end(),
                     [](const DemoFile &a, const DemoFile &b) { return a.arrived < b.arrived; });
    return files;
}

} // namespace wb::ui::DemoWorkspace
