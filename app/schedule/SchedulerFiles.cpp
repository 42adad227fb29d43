// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/SchedulerFiles.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QMap>
#include <QStringEncoder>

#include <set>

using namespace Qt::StringLiterals;

namespace wb {

namespace {

const QString namePrefix = u"writeback-studio-"_s;
constexpr qsizetype maxNameBody = 64;

// A year and a week from `from`: every DST change of the year, on every weekday.
constexpr int wakeSpanDays = 372;

const char *const systemdDays[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
const char *const windowsDays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

ScheduleRule inZone(ScheduleRule rule, const QTimeZone &machineZone)
{
    if (rule.zoneId.isEmpty())
        rule.zoneId = machineZone.id();
    return rule;
}

// The rule's own wall times, as an OS would say them in the rule's zone.
QList<WakeTime> nativeWakes(const ScheduleRule &rule)
{
    QList<WakeTime> out;
    if (rule.kind == ScheduleRule::Kind::Weekly) {
        for (Qt::DayOfWeek d : rule.days)
            out.append({int(d), rule.at});
    } else if (rule.kind == ScheduleRule::Kind::EveryDays) {
        out.append({0, rule.at}); // run-due counts the days
    } else {
        for (const QTime &t : rule.slotsOn(QDate(2000, 1, 1)))
            out.append({0, t});
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

QList<WakeTime> extraWakes(const QList<WakeTime> &wakes, const QList<WakeTime> &native)
{
    QList<WakeTime> out;
    for (const WakeTime &w : wakes)
        if (!native.contains(w))
            out << w;
    return out;
}

QString two(int n)
{
    return QString::number(n).rightJustified(2, u'0');
}

// Wake-ups as calendar lines: those with the same minute and the same days share a line.
struct CalendarLine
{
    QList<int> weekdays; // empty: every day
    int minute = 0;
    QList<int> hours;
};

QList<CalendarLine> calendarLines(const QList<WakeTime> &wakes)
{
    QMap<int, std::set<int>> daysAt; // minute of the day -> weekdays (0: every day)
    for (const WakeTime &w : wakes)
        daysAt[w.time.hour() * 60 + w.time.minute()].insert(w.weekday);
    QList<CalendarLine> lines;
    for (auto it = daysAt.cbegin(); it != daysAt.cend(); ++it) {
        QList<int> days;
        if (!it.value().contains(0))
            days = QList<int>(it.value().begin(), it.value().end());
        const int minute = it.key() % 60;
        auto same = std::find_if(lines.begin(), lines.end(), [&](const CalendarLine &l) {
            return l.minute == minute && l.weekdays == days;
        });
        if (same == lines.end())
            lines.append({days, minute, {it.key() / 60}});
        else
            same->hours.append(it.key() / 60);
    }
    return lines;
}

QString wakeList(const QList<WakeTime> &wakes)
{
    QStringList out;
    for (const WakeTime &w : wakes)
        out << (w.weekday ? QString(QString::fromLatin1(systemdDays[w.weekday - 1]) + u' ') : QString())
                   + w.time.toString(u"HH:mm"_s);
    return out.join(u", "_s);
}

// Job ids reach comments and descriptions; a line break there would end them.
QString oneLine(QString text)
{
    for (QChar &c : text)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = u'?';
    return text;
}

QString ruleJson(const ScheduleRule &rule)
{
    return QString::fromUtf8(QJsonDocument(rule.toJson()).toJson(QJsonDocument::Compact));
}

// A word of a systemd command line (systemd.syntax(7)). Specifiers (%) and variables ($)
// are expanded inside quotes too, so they are doubled everywhere.
QString systemdWord(const QString &word)
{
    bool quote = word.isEmpty() || word == u";"_s;
    QString out;
    for (const QChar c : word) {
        switch (c.unicode()) {
        case u'%': out += u"%%"_s; break;
        case u'$': out += u"$$"_s; break;
        case u'\\': out += u"\\\\"_s; quote = true; break;
        case u'"': out += u"\\\""_s; quote = true; break;
        case u'\n': out += u"\\n"_s; quote = true; break;
        case u'\t': out += u"\\t"_s; quote = true; break;
        case u' ':
        case u'\'':
            out += c;
            quote = true;
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
                out += u"\\x"_s + QString::number(c.unicode(), 16).rightJustified(2, u'0');
                quote = true;
            } else {
                out += c;
            }
        }
    }
    return quote ? u'"' + out + u'"' : out;
}

QString systemdText(const QString &text)
{
    return oneLine(text).replace(u'%', u"%%"_s);
}

// A word for /bin/sh, which cron runs the command with.
QString shellWord(const QString &word)
{
    static const QString safe = u"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_@+=:,./-"_s;
    bool plain = !word.isEmpty();
    for (const QChar c : word)
        plain = plain && safe.contains(c);
    if (plain)
        return word;
    QString quoted = word;
    quoted.replace(u'\'', u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}

QString xmlText(const QString &text)
{
    return text.toHtmlEscaped().replace(u"&quot;"_s, u"\""_s);
}

// A word of a Windows command line, as CommandLineToArgvW and the C runtime split it.
QString windowsWord(const QString &word)
{
    if (!word.isEmpty() && !word.contains(u' ') && !word.contains(u'\t') && !word.contains(u'"'))
        return word;
    QString out = u"\""_s;
    qsizetype backslashes = 0;
    for (const QChar c : word) {
        if (c == u'\\') {
            ++backslashes;
            continue;
        }
        out += QString(c == u'"' ? backslashes * 2 + 1 : backslashes, u'\\') + c;
        backslashes = 0;
    }
    return out + QString(backslashes * 2, u'\\') + u'"';
}

QString isoDuration(int minutes)
{
    QString out = u"PT"_s;
    if (minutes >= 60)
        out += QString::number(minutes / 60) + u'H';
    if (minutes % 60)
        out += QString::number(minutes % 60) + u'M';
    return out;
}

QString conversionNote(const ScheduleRule &rule, const QTimeZone &machineZone)
{
    return u"wall times of this machine ("_s + QString::fromUtf8(machineZone.id())
           + u") for a schedule in "_s + QString::fromUtf8(rule.zoneId);
}

} // namespace

QString schedulerName(const QString &job)
{
    QString body;
    bool replaced = false;
    // "kind:name" is the normal form of a job id: its colon is the one expected replacement.
    const qsizetype colon = job.indexOf(u':');
    qsizetype expectedColon = -1;
    if (colon > 0) {
        expectedColon = colon;
        for (qsizetype i = 0; i < colon; ++i)
            if (job.at(i) < u'a' || job.at(i) > u'z')
                expectedColon = -1;
    }
    for (qsizetype i = 0; i < job.size(); ++i) {
        const QChar c = job.at(i);
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'_') {
            body += c;
        } else if (i == expectedColon) {
            body += u'-';
        } else {
            body += (c >= u'A' && c <= u'Z') ? c.toLower() : QChar(u'-');
            replaced = true;
        }
    }
    if (body.size() > maxNameBody) {
        body.truncate(maxNameBody);
        replaced = true;
    }
    if (body.isEmpty()) {
        body = u"job"_s;
        replaced = true;
    }
    if (replaced)
        body += u'-' + QString::fromLatin1(QCryptographicHash::hash(job.toUtf8(), QCryptographicHash::Sha256).toHex().left(8));
    return namePrefix + body;
}

QStringList runDueArguments(const QString &workspacePath, const QString &job)
{
    return {u"--workspace"_s, workspacePath, u"run-due"_s, u"--job"_s, job};
}

QList<WakeTime> wakeTimes(const ScheduleRule &rule, const QTimeZone &zone, const QDate &from)
{
    ScheduleRule r = inZone(rule, zone);
    if (r.kind == ScheduleRule::Kind::EveryDays) {
        r.kind = ScheduleRule::Kind::Daily;
        r.interval = 1;
        r.anchor = {};
    }
    const QTimeZone ruleZone = r.zone();
    if (!ruleZone.isValid() || !r.validate().isEmpty())
        return {};
    std::set<WakeTime> out;
    for (QDate day = from.addDays(-1); day < from.addDays(wakeSpanDays); day = day.addDays(1)) {
        for (const QTime &t : r.slotsOn(day)) {
            const QDateTime local = slotInstant(day, t, ruleZone).toTimeZone(zone);
            const int weekday = r.kind == ScheduleRule::Kind::Weekly ? local.date().dayOfWeek() : 0;
            out.insert({weekday, QTime(local.time().hour(), local.time().minute())});
        }
    }
    return QList<WakeTime>(out.begin(), out.end());
}

QByteArray systemdService(const QString &job, const QString &cliPath, const QString &workspacePath)
{
    QStringList words{systemdWord(cliPath)};
    for (const QString &a : runDueArguments(workspacePath, job))
        words << systemdWord(a);
    QString s;
    s += u"# Written by Writeback Studio for the job "_s + oneLine(job) + u"; change its schedule there.\n"_s;
    s += u"[Unit]\nDescription=Writeback Studio: "_s + systemdText(job) + u"\n\n"_s;
    s += u"[Service]\nType=oneshot\nExecStart="_s + words.join(u' ') + u'\n';
    return s.toUtf8();
}

QByteArray systemdTimer(const QString &job, const ScheduleRule &rule, const QTimeZone &machineZone,
                        const QDate &from)
{
    const ScheduleRule r = inZone(rule, machineZone);
    const QList<WakeTime> wakes = wakeTimes(r, r.zone(), from);
    const QList<WakeTime> extras = extraWakes(wakes, nativeWakes(r));
    // No zone in the rule: the machine's, whichever it is when the timer runs.
    const QString zone = rule.zoneId.isEmpty() ? QString() : QString(u' ' + QString::fromUtf8(rule.zoneId));

    QString s;
    s += u"# Written by Writeback Studio for the job "_s + oneLine(job) + u"; change its schedule there.\n"_s;
    s += u"# "_s + ruleJson(rule) + u'\n';
    s += u"# The timer wakes `run-due`, which runs the job when a slot of the schedule is due.\n"_s;
    if (rule.kind == ScheduleRule::Kind::EveryDays)
        s += u"# Every "_s + QString::number(rule.interval) + u" days, counted from "_s
             + rule.anchor.toString(Qt::ISODate) + u" by run-due; the timer wakes it daily.\n"_s;
    if (!extras.isEmpty())
        s += u"# Also at "_s + wakeList(extras)
             + u": the end of a daylight saving gap that skips a slot (systemd skips such times).\n"_s;
    s += u"[Unit]\nDescription=Writeback Studio schedule: "_s + systemdText(job) + u"\n\n[Timer]\n"_s;
    for (const CalendarLine &line : calendarLines(wakes)) {
        QStringList days, hours;
        for (int d : line.weekdays)
            days << QString::fromLatin1(systemdDays[d - 1]);
        for (int h : line.hours)
            hours << two(h);
        s += u"OnCalendar="_s + (days.isEmpty() ? QString() : QString(days.join(u',') + u' ')) + u"*-*-* "_s
             + hours.join(u',') + u':' + two(line.minute) + u":00"_s + zone + u'\n';
    }
    s += u"Persistent=true\nUnit="_s + schedulerName(job) + u".service\n\n"_s;
    s += u"[Install]\nWantedBy=timers.target\n"_s;
    return s.toUtf8();
}

QByteArray crontabLine(const QString &job, const ScheduleRule &rule, const QString &cliPath,
                       const QString &workspacePath, const QTimeZone &machineZone, const QDate &from)
{
    const ScheduleRule r = inZone(rule, machineZone);
    const QList<WakeTime> wakes = wakeTimes(r, machineZone, from);
    const QList<WakeTime> extras = extraWakes(wakes, nativeWakes(r));
    const QString tag = u"# writeback-studio:"_s + schedulerName(job);

    QStringList command{shellWord(cliPath)};
    for (const QString &a : runDueArguments(workspacePath, job))
        command << shellWord(a);
    // cron turns an unescaped % into a line break.
    const QString commandText = command.join(u' ').replace(u'%', u"\\%"_s);

    QString s = tag + u" job "_s + oneLine(job) + u' ' + ruleJson(rule) + u'\n';
    if (!extras.isEmpty() || rule.kind == ScheduleRule::Kind::EveryDays)
        s += tag + u" woken at "_s + wakeList(wakes) + u" ("_s + QString::fromUtf8(machineZone.id())
             + u"); run-due decides what is due\n"_s;
    for (const CalendarLine &line : calendarLines(wakes)) {
        QStringList days, hours;
        for (int d : line.weekdays)
            days << QString::number(d % 7); // cron counts from Sunday = 0
        for (int h : line.hours)
            hours << QString::number(h);
        s += QString::number(line.minute) + u' ' + hours.join(u',') + u" * * "_s
             + (days.isEmpty() ? u"*"_s : days.join(u',')) + u' ' + commandText + u' ' + tag + u'\n';
    }
    return s.toUtf8();
}

namespace {

bool lineBelongsTo(QByteArrayView line, const QByteArray &tag)
{
    const QByteArrayView l = line.trimmed();
    return l == tag || l.startsWith(QByteArray(tag + ' ')) || l.endsWith(QByteArray(' ' + tag));
}

} // namespace

bool crontabHas(const QByteArray &crontab, const QString &name)
{
    const QByteArray tag = "# writeback-studio:" + name.toUtf8();
    for (const QByteArray &line : crontab.split('\n'))
        if (lineBelongsTo(line, tag))
            return true;
    return false;
}

QByteArray mergeCrontab(const QByteArray &crontab, const QString &name, const QByteArray &lines)
{
    const QByteArray tag = "# writeback-studio:" + name.toUtf8();
    QByteArray out;
    const QList<QByteArray> existing = crontab.split('\n');
    for (qsizetype i = 0; i < existing.size(); ++i) {
        const QByteArray &line = existing.at(i);
        if (i + 1 == existing.size() && line.isEmpty())
            break; // what follows the last line break
        if (!lineBelongsTo(line, tag))
            out += line + '\n';
    }
    return out + lines;
}

QByteArray launchdPlist(const QString &job, const ScheduleRule &rule, const QString &cliPath,
                        const QString &workspacePath, const QString &logDirectory,
                        const QTimeZone &machineZone, const QDate &from)
{
    const ScheduleRule r = inZone(rule, machineZone);
    const QList<WakeTime> wakes = wakeTimes(r, machineZone, from);
    const QString name = schedulerName(job);
    const QString log = xmlText(logDirectory + u'/' + name + u".log"_s);

    QString s = uR"(<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
)"_s;
    // No job id in the comment: it may hold "--", which XML comments must not.
    s += u"<!-- Written by Writeback Studio; it wakes run-due, which runs the job when it is due. -->\n"_s;
    if (r.zone() != machineZone)
        s += u"<!-- "_s + xmlText(conversionNote(r, machineZone)) + u" -->\n"_s;
    s += u"<dict>\n\t<key>Label</key>\n\t<string>"_s + name + u"</string>\n"_s;
    s += u"\t<key>ProgramArguments</key>\n\t<array>\n"_s;
    for (const QString &a : QStringList{cliPath} + runDueArguments(workspacePath, job))
        s += u"\t\t<string>"_s + xmlText(a) + u"</string>\n"_s;
    s += u"\t</array>\n\t<key>StartCalendarInterval</key>\n\t<array>\n"_s;
    for (const WakeTime &w : wakes) {
        s += u"\t\t<dict>\n"_s;
        if (w.weekday)
            s += u"\t\t\t<key>Weekday</key>\n\t\t\t<integer>"_s + QString::number(w.weekday % 7) + u"</integer>\n"_s;
        s += u"\t\t\t<key>Hour</key>\n\t\t\t<integer>"_s + QString::number(w.time.hour()) + u"</integer>\n"_s;
        s += u"\t\t\t<key>Minute</key>\n\t\t\t<integer>"_s + QString::number(w.time.minute()) + u"</integer>\n"_s;
        s += u"\t\t</dict>\n"_s;
    }
    s += u"\t</array>\n\t<key>ProcessType</key>\n\t<string>Background</string>\n"_s;
    s += u"\t<key>StandardOutPath</key>\n\t<string>"_s + log + u"</string>\n"_s;
    s += u"\t<key>StandardErrorPath</key>\n\t<string>"_s + log + u"</string>\n"_s;
    s += u"</dict>\n</plist>\n"_s;
    return s.toUtf8();
}

QByteArray taskSchedulerXml(const QString &job, const ScheduleRule &rule, const QString &cliPath,
                            const QString &workspacePath, const QTimeZone &machineZone, const QDate &from)
{
    const ScheduleRule r = inZone(rule, machineZone);
    const QList<WakeTime> wakes = wakeTimes(r, machineZone, from);
    const QList<WakeTime> native = nativeWakes(r);
    // Task Scheduler can say the rule itself when the machine keeps the rule's clock.
    const bool exact = wakes == native
                       || (r.kind == ScheduleRule::Kind::EveryDays && wakes == QList<WakeTime>{{0, r.at}});

    const auto start = [](const QDate &day, const QTime &t) -> QString {
        return u"      <StartBoundary>"_s + day.toString(Qt::ISODate) + u'T' + t.toString(u"HH:mm:ss"_s)
               + u"</StartBoundary>\n      <Enabled>true</Enabled>\n"_s;
    };
    const auto byDay = [](int interval) -> QString {
        return u"      <ScheduleByDay>\n        <DaysInterval>"_s + QString::number(interval)
               + u"</DaysInterval>\n      </ScheduleByDay>\n"_s;
    };
    const auto byWeek = [](const QList<int> &days) -> QString {
        QString s = u"      <ScheduleByWeek>\n        <DaysOfWeek>\n"_s;
        for (int d : days)
            s += u"          <"_s + QString::fromLatin1(windowsDays[d - 1]) + u" />\n"_s;
        return s + u"        </DaysOfWeek>\n        <WeeksInterval>1</WeeksInterval>\n      </ScheduleByWeek>\n"_s;
    };

    QString triggers;
    if (exact && r.kind == ScheduleRule::Kind::EveryHours && native.size() > 1) {
        // Repeats until the end of each day; the next day starts again at `from`.
        const int fromMinute = r.at.hour() * 60 + r.at.minute();
        triggers += u"    <CalendarTrigger>\n      <Repetition>\n        <Interval>"_s + isoDuration(r.interval * 60)
                    + u"</Interval>\n        <Duration>"_s + isoDuration(24 * 60 - fromMinute)
                    + u"</Duration>\n        <StopAtDurationEnd>false</StopAtDurationEnd>\n      </Repetition>\n"_s;
        triggers += start(from, r.at) + byDay(1) + u"    </CalendarTrigger>\n"_s;
    } else if (exact && r.kind == ScheduleRule::Kind::EveryDays) {
        triggers += u"    <CalendarTrigger>\n"_s + start(r.anchor, r.at) + byDay(r.interval) + u"    </CalendarTrigger>\n"_s;
    } else {
        for (const CalendarLine &line : calendarLines(wakes)) {
            for (int h : line.hours) {
                triggers += u"    <CalendarTrigger>\n"_s + start(from, QTime(h, line.minute))
                            + (line.weekdays.isEmpty() ? byDay(1) : byWeek(line.weekdays))
                            + u"    </CalendarTrigger>\n"_s;
            }
        }
    }

    QString description = u"Starts writeback-cli run-due for "_s + oneLine(job)
                          + u", which runs the job when it is due. Written by Writeback Studio."_s;
    if (r.zone() != machineZone)
        description += u" Times are "_s + conversionNote(r, machineZone) + u'.';
    QStringList args;
    for (const QString &a : runDueArguments(workspacePath, job))
        args << windowsWord(a);

    QString s = uR"(<?xml version="1.0" encoding="UTF-16"?>
<Task version="1.2" xmlns="http://schemas.microsoft.com/windows/2004/02/mit/task">
  <RegistrationInfo>
    <Author>Writeback Studio</Author>
    <Description>)"_s + xmlText(description) + uR"(</Description>
  </RegistrationInfo>
  <Triggers>
)"_s + triggers + uR"(  </Triggers>
  <Principals>
    <Principal id="Author">
      <LogonType>InteractiveToken</LogonType>
      <RunLevel>LeastPrivilege</RunLevel>
    </Principal>
  </Principals>
  <Settings>
    <MultipleInstancesPolicy>IgnoreNew</MultipleInstancesPolicy>
    <DisallowStartIfOnBatteries>false</DisallowStartIfOnBatteries>
    <StopIfGoingOnBatteries>false</StopIfGoingOnBatteries>
    <AllowHardTerminate>true</AllowHardTerminate>
    <StartWhenAvailable>true</StartWhenAvailable>
    <RunOnlyIfNetworkAvailable>false</RunOnlyIfNetworkAvailable>
    <IdleSettings>
      <StopOnIdleEnd>false</StopOnIdleEnd>
      <RestartOnIdle>false</RestartOnIdle>
    </IdleSettings>
    <AllowStartOnDemand>true</AllowStartOnDemand>
    <Enabled>true</Enabled>
    <Hidden>false</Hidden>
    <RunOnlyIfIdle>false</RunOnlyIfIdle>
    <WakeToRun>false</WakeToRun>
    <ExecutionTimeLimit>PT72H</ExecutionTimeLimit>
    <Priority>7</Priority>
  </Settings>
  <Actions Context="Author">
    <Exec>
      <Command>)"_s + xmlText(windowsWord(cliPath)) + uR"(</Command>
      <Arguments>)"_s + xmlText(args.join(u' ')) + uR"(</Arguments>
    </Exec>
  </Actions>
</Task>
)"_s;
    s.replace(u'\n', u"\r\n"_s);
    QStringEncoder toUtf16(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    return toUtf16.encode(s);
}

} // namespace wb
