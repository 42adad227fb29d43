// SPDX-License-Identifier: GPL-3.0-or-later
// OS registrations of schedules: the generated files byte for byte, wake-up times across time
// zones, installation into a temporary root, and a real round trip where the machine has a
// scheduler we may use.
#include "schedule/OsScheduler.h"

#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace wb;

namespace {

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
    if (!r)
        qFatal("%s: %s", qPrintable(options), qPrintable(error));
    if (!anchor.isEmpty())
        r->anchor = QDate::fromString(anchor, Qt::ISODate);
    return *r;
}

QString wakeText(const QList<WakeTime> &wakes)
{
    static const char *const names[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    QStringList out;
    for (const WakeTime &w : wakes)
        out << (w.weekday ? QString::fromLatin1(names[w.weekday - 1]) + u' ' : QString()) + w.time.toString(u"HH:mm"_s);
    return out.join(u", "_s);
}

QString dataPath(const QString &name)
{
    return qEnvironmentVariable("WRITEBACK_TEST_DATA") + u"/schedule/"_s + name;
}

// The four rules of the expected files, generated as on a machine in New York on 2026-01-05.
struct Case
{
    const char *base;
    const char *job;
    const char *options;
    const char *anchor;
};
const Case cases[] = {
    {"daily", "export:opens-to-slate", "--daily 06:00 --tz Europe/Brussels", ""},
    {"every-8-hours", "fetch:fm-prod", "--every 8h --from 05:00 --tz America/New_York", ""},
    {"weekly", "export:Weekly Digest (Slate)", "--weekly mon,thu --at 07:30", ""},
    {"every-2-days", "fetch:deployteq", "--every-days 2 --at 06:00", "2026-01-05"},
};
const QTimeZone newYork("America/New_York");
const QDate generatedOn(2026, 1, 5);

// Paths with what each format must escape: spaces, quotes, $, %, backslashes, &, <.
const QString linuxCli = u"/opt/writeback studio/bin/writeback-cli"_s;
const QString linuxWorkspace = u"/home/ana/it's 100% \"$HOME\"\\raw"_s;
const QString macCli = u"/Applications/Writeback Studio.app/Contents/MacOS/writeback-cli"_s;
const QString macWorkspace = u"/Users/ana/Writeback & <Co>/prod"_s;
const QString macLogs = u"/Users/ana/Library/Logs/Writeback Studio"_s;
const QString windowsCli = u"C:\\Program Files\\Writeback Studio\\writeback-cli.exe"_s;
const QString windowsWorkspace = u"C:\\Users\\Ana\\Writeback \"prod\"\\"_s;

QByteArray generate(const Case &c, const QString &ext)
{
    const QString job = QString::fromUtf8(c.job);
    const ScheduleRule r = rule(QString::fromUtf8(c.options), QString::fromUtf8(c.anchor));
    if (ext == u"service"_s)
        return systemdService(job, linuxCli, linuxWorkspace);
    if (ext == u"timer"_s)
        return systemdTimer(job, r, newYork, generatedOn);
    if (ext == u"crontab"_s)
        return crontabLine(job, r, linuxCli, linuxWorkspace, newYork, generatedOn);
    if (ext == u"plist"_s)
        return launchdPlist(job, r, macCli, macWorkspace, macLogs, newYork, generatedOn);
    return taskSchedulerXml(job, r, windowsCli, windowsWorkspace, newYork, generatedOn);
}

// How the Microsoft C runtime splits a command line (the rules CommandLineToArgvW follows).
QStringList splitWindows(const QString &line)
{
    QStringList out;
    QString word;
    bool inWord = false, quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == u'\\') {
            qsizetype n = 0;
            while (i < line.size() && line.at(i) == u'\\') {
                ++n;
                ++i;
            }
            if (i < line.size() && line.at(i) == u'"') {
                word += QString(n / 2, u'\\');
                if (n % 2)
                    word += u'"';
                else
                    quoted = !quoted;
            } else {
                word += QString(n, u'\\');
                --i;
            }
            inWord = true;
        } else if (c == u'"') {
            quoted = !quoted;
            inWord = true;
        } else if ((c == u' ' || c == u'\t') && !quoted) {
            if (inWord)
                out << word;
            word.clear();
            inWord = false;
        } else {
            word += c;
            inWord = true;
        }
    }
    if (inWord)
        out << word;
    return out;
}

bool wellFormed(const QString &xml, QString *why)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd())
        reader.readNext();
    if (reader.hasError())
        *why = reader.errorString() + u" at line "_s + QString::number(reader.lineNumber());
    return !reader.hasError();
}

QString elementText(const QString &xml, const QString &element)
{
    QXmlStreamReader reader(xml);
    while (reader.readNextStartElement() || !reader.atEnd()) {
        if (reader.isStartElement() && reader.name() == element)
            return reader.readElementText();
        if (reader.atEnd())
            break;
        reader.readNext();
    }
    return {};
}

} // namespace

class TestOsScheduler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("WRITEBACK_TEST_DATA"), "WRITEBACK_TEST_DATA is not set");
        // Installs in this test go to temporary roots unless a test asks for the real thing.
        qunsetenv("WRITEBACK_SCHEDULER_ROOT");
        qunsetenv("WRITEBACK_SCHEDULER_FILES_ONLY");
    }

    void names_data()
    {
        QTest::addColumn<QString>("job");
        QTest::addColumn<QString>("expected");
        QTest::newRow("export") << u"export:opens-to-slate"_s << u"writeback-studio-export-opens-to-slate"_s;
        QTest::newRow("fetch") << u"fetch:fm_prod-2"_s << u"writeback-studio-fetch-fm_prod-2"_s;
        QTest::newRow("spaces and case") << u"export:Weekly Digest (Slate)"_s << u"writeback-studio-export-weekly-digest--slate--08541a1f"_s;
        QTest::newRow("dot") << u"fetch:fm.prod"_s << u"writeback-studio-fetch-fm-prod-da1876c9"_s;
        QTest::newRow("second colon") << u"fetch:a:b"_s << u"writeback-studio-fetch-a-b-9460458f"_s;
        QTest::newRow("odd kind") << u"Fetch:x"_s << u"writeback-studio-fetch-x-ad8f200d"_s;
        QTest::newRow("no kind") << u"plain"_s << u"writeback-studio-plain"_s;
        QTest::newRow("non-ASCII") << u"export:café"_s << u"writeback-studio-export-caf--8a83dace"_s;
    }

    void names()
    {
        QFETCH(QString, job);
        QFETCH(QString, expected);
        // A hash is the start of the job id's SHA-256 in hex (checked by hand with sha256sum).
        const QString name = schedulerName(job);
        QCOMPARE(name, expected);
    }

    void namesStayApart()
    {
        QCOMPARE_NE(schedulerName(u"fetch:a b"_s), schedulerName(u"fetch:a-b"_s));
        QCOMPARE_NE(schedulerName(u"fetch:A"_s), schedulerName(u"fetch:a"_s));
        const QString longName = schedulerName(u"export:"_s + QString(200, u'x'));
        QVERIFY(longName.size() <= 17 + 64 + 9);
        QCOMPARE_NE(longName, schedulerName(u"export:"_s + QString(201, u'x')));
    }

    void wakeTimes_data()
    {
        QTest::addColumn<QString>("options");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("expected");
        QTest::newRow("same zone") << u"--daily 06:00 --tz Europe/Brussels"_s << u"Europe/Brussels"_s << u"06:00"_s;
        QTest::newRow("no zone: the target's") << u"--daily 06:00"_s << u"Asia/Kolkata"_s << u"06:00"_s;
        // Europe and the US change clocks on different Sundays: a few weeks at 5 hours apart.
        QTest::newRow("Brussels in New York") << u"--daily 06:00 --tz Europe/Brussels"_s << u"America/New_York"_s << u"00:00, 01:00"_s;
        QTest::newRow("UTC in Brussels") << u"--daily 06:00 --tz UTC"_s << u"Europe/Brussels"_s << u"07:00, 08:00"_s;
        QTest::newRow("half-hour zone") << u"--daily 06:00 --tz Europe/Brussels"_s << u"Asia/Kolkata"_s << u"09:30, 10:30"_s;
        QTest::newRow("gap end") << u"--daily 02:30 --tz America/New_York"_s << u"America/New_York"_s << u"02:30, 03:00"_s;
        QTest::newRow("repeated time") << u"--daily 01:30 --tz America/New_York"_s << u"America/New_York"_s << u"01:30"_s;
        QTest::newRow("8h NY in Brussels") << u"--every 8h --from 05:00 --tz America/New_York"_s << u"Europe/Brussels"_s
                                          << u"02:00, 03:00, 10:00, 11:00, 18:00, 19:00"_s;
        QTest::newRow("1h gap") << u"--every 1h --tz Europe/Brussels"_s << u"Europe/Brussels"_s
                               << u"00:00, 01:00, 02:00, 03:00, 04:00, 05:00, 06:00, 07:00, 08:00, 09:00, 10:00, 11:00, "
                                  u"12:00, 13:00, 14:00, 15:00, 16:00, 17:00, 18:00, 19:00, 20:00, 21:00, 22:00, 23:00"_s;
        QTest::newRow("weekly across midnight") << u"--weekly mon,thu --at 02:00 --tz Europe/Brussels"_s << u"America/New_York"_s
                                               << u"Wed 20:00, Wed 21:00, Sun 20:00, Sun 21:00"_s;
        QTest::newRow("weekly in gap") << u"--weekly sun --at 02:30 --tz Europe/Brussels"_s << u"Europe/Brussels"_s
                                      << u"Sun 02:30, Sun 03:00"_s;
        QTest::newRow("every 3 days wakes daily") << u"--every-days 3 --at 06:00"_s << u"Europe/Brussels"_s << u"06:00"_s;
    }

    void wakeTimes()
    {
        QFETCH(QString, options);
        QFETCH(QString, zone);
        QFETCH(QString, expected);
        const QList<WakeTime> wakes = wb::wakeTimes(rule(options, u"2026-01-05"_s), QTimeZone(zone.toUtf8()), generatedOn);
        QCOMPARE(wakeText(wakes), expected);
    }

    void generated_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("ext");
        for (int i = 0; i < int(std::size(cases)); ++i)
            for (const QString &ext : {u"service"_s, u"timer"_s, u"crontab"_s, u"plist"_s, u"xml"_s})
                QTest::addRow("%s.%s", cases[i].base, qPrintable(ext)) << i << ext;
    }

    void generated()
    {
        QFETCH(int, index);
        QFETCH(QString, ext);
        const QByteArray text = generate(cases[index], ext);
        const QString expectedPath = dataPath(QString::fromUtf8(cases[index].base) + u'.' + ext);
        if (qEnvironmentVariable("WRITEBACK_UPDATE_EXPECTED") == u"1"_s) {
            QVERIFY(test::writeAll(expectedPath, text));
            qWarning("wrote %s", qPrintable(expectedPath));
        }
        const QByteArray expected = test::readAll(expectedPath);
        QVERIFY2(!expected.isEmpty(), qPrintable(expectedPath));
        if (text != expected) {
            // Show the first difference; the whole files are at hand in the source tree.
            qsizetype at = 0;
            while (at < text.size() && at < expected.size() && text.at(at) == expected.at(at))
                ++at;
            QFAIL(qPrintable(u"%1 differs at byte %2: got \"%3\", expected \"%4\""_s.arg(
                expectedPath, QString::number(at), QString::fromUtf8(text.mid(qMax(0, at - 20), 60)),
                QString::fromUtf8(expected.mid(qMax(0, at - 20), 60)))));
        }
    }

    void taskXmlIsUtf16()
    {
        const QByteArray xml = generate(cases[0], u"xml"_s);
        QVERIFY(xml.startsWith("\xff\xfe<\0?\0x\0m\0l\0"_ba));
        QStringDecoder fromUtf16(QStringDecoder::Utf16LE);
        const QString text = fromUtf16(xml);
        QVERIFY(!fromUtf16.hasError());
        QVERIFY(text.contains(u"\r\n"_s));
        QVERIFY(!text.contains(QRegularExpression(u"[^\r]\n"_s)));
    }

    void xmlIsWellFormed_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < int(std::size(cases)); ++i)
            QTest::addRow("%s", cases[i].base) << i;
    }

    void xmlIsWellFormed()
    {
        QFETCH(int, index);
        QString why;
        const QString plist = QString::fromUtf8(generate(cases[index], u"plist"_s));
        QVERIFY2(wellFormed(plist, &why), qPrintable(why));
        QStringDecoder fromUtf16(QStringDecoder::Utf16LE);
        const QString task = fromUtf16(generate(cases[index], u"xml"_s)); // drops the BOM
        QVERIFY2(wellFormed(task, &why), qPrintable(why));

        // The arguments come back as they went in.
        QStringList args = splitWindows(elementText(task, u"Arguments"_s));
        QCOMPARE(args, runDueArguments(windowsWorkspace, QString::fromUtf8(cases[index].job)));
        QCOMPARE(splitWindows(elementText(task, u"Command"_s)), QStringList{windowsCli});
    }

    // systemd itself reads the OnCalendar lines, where systemd-analyze is installed.
    void systemdAcceptsCalendars()
    {
        if (test::hostFindExecutable(u"systemd-analyze"_s).isEmpty())
            QSKIP("systemd-analyze is not installed");
        for (const Case &c : cases) {
            const QString timer = QString::fromUtf8(generate(c, u"timer"_s));
            for (const QString &line : timer.split(u'\n')) {
                if (!line.startsWith(u"OnCalendar="_s))
                    continue;
                QByteArray out;
                QVERIFY2(test::run(u"systemd-analyze"_s, {u"calendar"_s, line.mid(11)}, &out), qPrintable(line));
                QVERIFY2(out.contains("Next elapse:"), out.constData());
            }
        }
    }

    // The crontab command goes through /bin/sh; run it against a stand-in for the CLI.
    void crontabCommandRunsInShell()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString cli = dir.path() + u"/bin dir/writeback cli"_s;
        QVERIFY(QDir().mkpath(dir.path() + u"/bin dir"_s));
        QVERIFY(test::writeAll(cli, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n"));
        QVERIFY(test::setPermissions(cli, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        const QString job = u"export:Weekly Digest (Slate)"_s;
        // The line is for the host's cron and shell, so it names the stand-in as they see it.
        const QByteArray lines = crontabLine(job, rule(u"--daily 06:00"_s), test::hostPath(cli), linuxWorkspace, newYork, generatedOn);
        const QList<QByteArray> all = lines.split('\n');
        const QByteArray line = all.value(1);
        QVERIFY2(!line.startsWith('#'), lines.constData());
        // Five time fields, then the command; cron turns \% into %.
        QByteArray command = line.split(' ').mid(5).join(' ');
        command.replace("\\%", "%");
        QByteArray out;
        QVERIFY(test::run(u"/bin/sh"_s, {u"-c"_s, QString::fromUtf8(command)}, &out));
        QCOMPARE(QString::fromUtf8(out), runDueArguments(linuxWorkspace, job).join(u'\n') + u'\n');
    }

    void crontabMerge()
    {
        const QByteArray mine = "MAILTO=ana@example.org\n# my backup\n0 3 * * * /usr/local/bin/backup # writeback-studio:someone-else\n";
        const QString a = schedulerName(u"export:a"_s);
        const QString b = schedulerName(u"export:ab"_s);
        const QByteArray linesA = crontabLine(u"export:a"_s, rule(u"--daily 06:00"_s), linuxCli, u"/w"_s, newYork, generatedOn);
        const QByteArray linesB = crontabLine(u"export:ab"_s, rule(u"--daily 07:00"_s), linuxCli, u"/w"_s, newYork, generatedOn);
        QByteArray tab = mergeCrontab(mine, a, linesA);
        QCOMPARE(tab, mine + linesA);
        tab = mergeCrontab(tab, b, linesB);
        QCOMPARE(tab, mine + linesA + linesB);
        QVERIFY(crontabHas(tab, a));
        QVERIFY(crontabHas(tab, b));
        // Replacing a: its new lines go to the end, b's and the user's stay.
        const QByteArray linesA2 = crontabLine(u"export:a"_s, rule(u"--daily 08:00"_s), linuxCli, u"/w"_s, newYork, generatedOn);
        tab = mergeCrontab(tab, a, linesA2);
        QCOMPARE(tab, mine + linesB + linesA2);
        tab = mergeCrontab(tab, a, {});
        QCOMPARE(tab, mine + linesB);
        QVERIFY(!crontabHas(tab, a));
        tab = mergeCrontab(tab, b, {});
        QCOMPARE(tab, mine);
        // A crontab without a final line break gets one before our lines.
        QCOMPARE(mergeCrontab("0 1 * * * x", a, linesA), "0 1 * * * x\n" + linesA);
        QCOMPARE(mergeCrontab({}, a, linesA), linesA);
    }

    void installFilesOnly_data()
    {
        QTest::addColumn<int>("backend");
        QTest::addColumn<QStringList>("files");
        QTest::newRow("systemd") << int(OsScheduler::Backend::SystemdUser)
                                 << QStringList{u"writeback-studio-export-opens-to-slate.service"_s, u"writeback-studio-export-opens-to-slate.timer"_s};
        QTest::newRow("launchd") << int(OsScheduler::Backend::Launchd) << QStringList{u"writeback-studio-export-opens-to-slate.plist"_s};
        QTest::newRow("Task Scheduler") << int(OsScheduler::Backend::TaskScheduler) << QStringList{u"writeback-studio-export-opens-to-slate.xml"_s};
        QTest::newRow("crontab") << int(OsScheduler::Backend::Crontab) << QStringList{u"crontab"_s};
    }

    void installFilesOnly()
    {
        QFETCH(int, backend);
        QFETCH(QStringList, files);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString root = dir.path() + u"/user units"_s;
        // Through the environment, as the CLI's tests would set it.
        qputenv("WRITEBACK_SCHEDULER_ROOT", root.toLocal8Bit());
        qputenv("WRITEBACK_SCHEDULER_FILES_ONLY", "1");
        const std::unique_ptr<OsScheduler> s = OsScheduler::create(OsScheduler::Backend(backend));
        qunsetenv("WRITEBACK_SCHEDULER_ROOT");
        qunsetenv("WRITEBACK_SCHEDULER_FILES_ONLY");
        QCOMPARE(s->root(), root);
        QVERIFY(s->filesOnly());
        s->setMachineZone(newYork);
        QString why;
        QVERIFY2(s->available(&why), qPrintable(why));

        const QString job = u"export:opens-to-slate"_s;
        QVERIFY(!s->status(job).installed);
        QString error;
        QVERIFY2(s->install(job, rule(u"--daily 06:00 --tz Europe/Brussels"_s), linuxCli, linuxWorkspace, &error), qPrintable(error));
        Registration reg = s->status(job);
        QVERIFY(reg.installed);
        QCOMPARE(reg.kind, s->name());
        QStringList paths;
        for (const QString &f : files)
            paths << root + u'/' + f;
        QCOMPARE(QDir(root).entryList(QDir::Files), files);
        QCOMPARE(reg.files, OsScheduler::Backend(backend) == OsScheduler::Backend::Crontab ? QStringList{paths} : paths);

        const QDate today = QDateTime::currentDateTime().toTimeZone(newYork).date();
        const ScheduleRule weekly = rule(u"--weekly mon,thu --at 07:30"_s);
        QVERIFY2(s->install(job, weekly, linuxCli, linuxWorkspace, &error), qPrintable(error));
        switch (OsScheduler::Backend(backend)) {
        case OsScheduler::Backend::SystemdUser:
            QCOMPARE(test::readAll(paths.at(0)), systemdService(job, linuxCli, linuxWorkspace));
            QCOMPARE(test::readAll(paths.at(1)), systemdTimer(job, weekly, newYork, today));
            break;
        case OsScheduler::Backend::Launchd:
            QCOMPARE(test::readAll(paths.at(0)), launchdPlist(job, weekly, linuxCli, linuxWorkspace,
                                                              QDir::homePath() + u"/Library/Logs/Writeback Studio"_s, newYork, today));
            break;
        case OsScheduler::Backend::TaskScheduler:
            QCOMPARE(test::readAll(paths.at(0)), taskSchedulerXml(job, weekly, linuxCli, linuxWorkspace, newYork, today));
            break;
        case OsScheduler::Backend::Crontab:
            QCOMPARE(test::readAll(paths.at(0)), crontabLine(job, weekly, linuxCli, linuxWorkspace, newYork, today));
            break;
        }

        QVERIFY2(s->remove(job, &error), qPrintable(error));
        reg = s->status(job);
        QVERIFY(!reg.installed);
        if (OsScheduler::Backend(backend) == OsScheduler::Backend::Crontab)
            QCOMPARE(test::readAll(paths.at(0)), QByteArray());
        else
            QVERIFY(QDir(root).entryList(QDir::Files).isEmpty());
        QVERIFY2(s->remove(job, &error), qPrintable(error)); // nothing left: still fine
    }

    void installRefusesBadInput()
    {
        QTemporaryDir dir;
        const std::unique_ptr<OsScheduler> s = OsScheduler::create(OsScheduler::Backend::SystemdUser);
        s->setRoot(dir.path());
        s->setFilesOnly(true);
        QString error;
        QVERIFY(!s->install(u"fetch:x"_s, rule(u"--daily 06:00"_s), u"writeback-cli"_s, u"/w"_s, &error));
        QVERIFY2(error.contains(u"full path"_s), qPrintable(error));
        ScheduleRule broken;
        QVERIFY(!s->install(u"fetch:x"_s, broken, linuxCli, u"/w"_s, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
    }

    // The crontab backend through a `crontab` program: a stand-in that keeps the table in a
    // file, so the user's real crontab is not touched.
    void crontabThroughProgram()
    {
#ifndef Q_OS_UNIX
        QSKIP("crontab is a Unix program");
#else
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString table = dir.path() + u"/table"_s;
        const QByteArray fake = "#!/bin/sh\nt='" + QFile::encodeName(table) + R"sh('
case "$1" in
  -l) if [ -f "$t" ]; then cat "$t"; else echo "no crontab for $(id -un)" >&2; exit 1; fi ;;
  -) cat > "$t" ;;
  *) echo "usage" >&2; exit 2 ;;
esac
)sh";
        QVERIFY(test::writeAll(dir.path() + u"/crontab"_s, fake));
        QVERIFY(QFile::setPermissions(dir.path() + u"/crontab"_s, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        const QByteArray oldPath = qgetenv("PATH");
        qputenv("PATH", QByteArray(QFile::encodeName(dir.path()) + ':' + oldPath));
        const auto restorePath = qScopeGuard([&] { qputenv("PATH", oldPath); });

        const std::unique_ptr<OsScheduler> s = OsScheduler::create(OsScheduler::Backend::Crontab);
        s->setMachineZone(newYork);
        QString why;
        QVERIFY2(s->available(&why), qPrintable(why));
        QVERIFY(!s->status(u"fetch:fm-prod"_s).installed);

        const QByteArray mine = "# mine\n*/5 * * * * /usr/bin/true\n";
        QVERIFY(test::writeAll(table, mine));
        QString error;
        QVERIFY2(s->install(u"fetch:fm-prod"_s, rule(u"--every 8h --from 05:00"_s), linuxCli, u"/w"_s, &error), qPrintable(error));
        QVERIFY2(s->install(u"export:opens-to-slate"_s, rule(u"--daily 06:00"_s), linuxCli, u"/w"_s, &error), qPrintable(error));
        const Registration reg = s->status(u"fetch:fm-prod"_s);
        QVERIFY(reg.installed);
        QVERIFY2(reg.detail.startsWith(u"0 5,13,21 * * * "_s), qPrintable(reg.detail));
        QVERIFY(test::readAll(table).startsWith(mine));

        QVERIFY2(s->remove(u"fetch:fm-prod"_s, &error), qPrintable(error));
        QVERIFY2(s->remove(u"export:opens-to-slate"_s, &error), qPrintable(error));
        QCOMPARE(test::readAll(table), mine);

        // A crontab program that fails says so.
        QVERIFY(test::writeAll(dir.path() + u"/crontab"_s, "#!/bin/sh\necho 'crontab: your UID is not allowed' >&2\nexit 1\n"));
        QVERIFY(!s->available(&why));
        QVERIFY2(why.contains(u"not allowed"_s), qPrintable(why));
        QVERIFY(!s->install(u"fetch:fm-prod"_s, rule(u"--daily 06:00"_s), linuxCli, u"/w"_s, &error));
        QVERIFY2(error.contains(u"crontab -l failed: crontab: your UID is not allowed"_s), qPrintable(error));
#endif
    }

    // The real thing, where this machine lets us: a systemd user timer.
    void systemdRoundTrip()
    {
        const std::unique_ptr<OsScheduler> s = OsScheduler::create(OsScheduler::Backend::SystemdUser);
        QString why;
        if (!s->available(&why))
            QSKIP(qPrintable(why));
        const QString job = u"fetch:selftest-"_s + QString::number(QCoreApplication::applicationPid());
        QString error;
        QVERIFY2(s->install(job, rule(u"--daily 03:17"_s), u"/bin/true"_s, QDir::tempPath(), &error), qPrintable(error));
        const auto cleanup = qScopeGuard([&] { s->remove(job, nullptr); });
        Registration reg = s->status(job);
        QVERIFY2(reg.installed, qPrintable(reg.detail));
        QCOMPARE(reg.files.size(), 2);
        QByteArray out;
        QVERIFY(test::run(u"systemctl"_s, {u"--user"_s, u"list-timers"_s, u"--all"_s, u"--no-pager"_s}, &out));
        QVERIFY2(out.contains(QByteArray(schedulerName(job).toUtf8() + ".timer")), out.constData());
        QVERIFY2(s->remove(job, &error), qPrintable(error));
        reg = s->status(job);
        QVERIFY(!reg.installed);
        QVERIFY(reg.files.isEmpty());
    }

    // The real thing with cron, where there is a crontab to use. The table is compared
    // before and after: the user's lines must come out untouched.
    void crontabRoundTrip()
    {
        const std::unique_ptr<OsScheduler> s = OsScheduler::create(OsScheduler::Backend::Crontab);
        QString why;
        if (!s->available(&why))
            QSKIP(qPrintable(u"no usable crontab: "_s + why));
        QProcess list;
        list.start(u"crontab"_s, {u"-l"_s});
        QVERIFY(list.waitForFinished());
        const QByteArray before = list.exitCode() == 0 ? list.readAllStandardOutput() : QByteArray();
        const QString job = u"fetch:selftest-"_s + QString::number(QCoreApplication::applicationPid());
        QString error;
        QVERIFY2(s->install(job, rule(u"--daily 03:17"_s), u"/bin/true"_s, QDir::tempPath(), &error), qPrintable(error));
        QVERIFY(s->status(job).installed);
        QVERIFY2(s->remove(job, &error), qPrintable(error));
        QVERIFY(!s->status(job).installed);
        list.start(u"crontab"_s, {u"-l"_s});
        QVERIFY(list.waitForFinished());
        const QByteArray after = list.exitCode() == 0 ? list.readAllStandardOutput() : QByteArray();
        QCOMPARE(after, before);
    }

    void forThisMachine()
    {
        qputenv("WRITEBACK_SCHEDULER", "crontab");
        QCOMPARE(OsScheduler::forThisMachine()->backend(), OsScheduler::Backend::Crontab);
        qputenv("WRITEBACK_SCHEDULER", "taskscheduler");
        QCOMPARE(OsScheduler::forThisMachine()->name(), u"Task Scheduler"_s);
        qunsetenv("WRITEBACK_SCHEDULER");
        const std::unique_ptr<OsScheduler> s = OsScheduler::forThisMachine();
#if defined(Q_OS_MACOS)
        QCOMPARE(s->backend(), OsScheduler::Backend::Launchd);
#elif defined(Q_OS_WIN)
        QCOMPARE(s->backend(), OsScheduler::Backend::TaskScheduler);
#else
        QString why;
        const bool systemd = OsScheduler::create(OsScheduler::Backend::SystemdUser)->available(&why);
        QCOMPARE(s->backend(), systemd && QFileInfo(u"/run/systemd/system"_s).isDir() ? OsScheduler::Backend::SystemdUser
                                                                                       : OsScheduler::Backend::Crontab);
#endif
    }
};

QTEST_GUILESS_MAIN(TestOsScheduler)
#include "tst_osscheduler.moc"
