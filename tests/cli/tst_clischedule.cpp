// SPDX-License-Identifier: GPL-3.0-or-later
// writeback-cli schedule set|list|pause|resume|remove and run-due, on the real binary. The
// OS registration goes to a private folder (WRITEBACK_SCHEDULER_ROOT, files only): the real
// systemd/crontab path is exercised in tests/schedule.
#include "TestSupport.h"
#include "core/Workspace.h"
#include "jobs/JobKeys.h"
#include "schedule/OsScheduler.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wb::test;

class TestCliSchedule : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString workspace() const { return m_dir.filePath(u"workspace.sqlite"_s); }
    QString schedulerRoot() const { return m_dir.filePath(u"scheduler"_s); }

    struct Result
    {
        int code = -1;
        QString out;
        QString err;
        QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
    };

    Result cli(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"WRITEBACK_SCHEDULER_ROOT"_s, schedulerRoot());
        env.insert(u"WRITEBACK_SCHEDULER_FILES_ONLY"_s, u"1"_s);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(WRITEBACK_CLI), QStringList{u"--workspace"_s, workspace()} + args);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000))
            p.kill();
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    // Whether any registration file (systemd units, crontab) under the root mentions run-due.
    bool registered() const
    {
        QDirIterator it(schedulerRoot(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            if (readAll(it.next()).contains("run-due"))
                return true;
        return false;
    }

    // The scheduler the CLI uses, on the same private folder.
    std::unique_ptr<wb::OsScheduler> scheduler() const
    {
        qputenv("WRITEBACK_SCHEDULER_ROOT", QFile::encodeName(schedulerRoot()));
        qputenv("WRITEBACK_SCHEDULER_FILES_ONLY", "1");
        return wb::OsScheduler::forThisMachine();
    }

    QString keyOf(const QString &job)
    {
        wb::Workspace ws;
        QString error;
        if (!ws.open(workspace(), &error))
            return error;
        return wb::jobKey(ws, job);
    }

    void sqlite(const QString &statement)
    {
        QVERIFY(run(u"sqlite3"_s, {workspace(), statement}));
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString data = qEnvironmentVariable("WRITEBACK_TEST_DATA") + u"/writebacks/"_s;
        QCOMPARE(cli({u"import"_s, data + u"content_card_opens.csv"_s}).code, 0);
        QVERIFY(QDir().mkpath(m_dir.filePath(u"out"_s)));
        const QString json = uR"({"name": "opens", "dataset": "fullmeasure.content_card_opens",
            "columns": [{"field": "contact_id"}], "file": {"name": "opens", "suffix": "_yyyyMMddHHmmsszzz"},
            "destination": {"type": "local", "path": "%1"}})"_s.arg(m_dir.filePath(u"out"_s));
        QVERIFY(writeAll(m_dir.filePath(u"opens.json"_s), json.toUtf8()));
        const Result saved = cli({u"export"_s, u"save"_s, m_dir.filePath(u"opens.json"_s)});
        QVERIFY2(saved.code == 0, qPrintable(saved.err));
    }

    void setListsNextRunsAndRegisters()
    {
        Result r = cli({u"schedule"_s, u"set"_s, u"export:opens"_s, u"--every"_s, u"8h"_s, u"--from"_s, u"05:00"_s,
                        u"--tz"_s, u"America/New_York"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"Next run:"_s));
        r = cli({u"schedule"_s, u"list"_s, u"--json"_s});
        QCOMPARE(r.code, 0);
        const QJsonArray schedules = r.json().value(u"schedules"_s).toArray();
        QCOMPARE(schedules.size(), 1);
        const QJsonObject s = schedules.first().toObject();
        QCOMPARE(s.value(u"job"_s).toString(), u"export:opens"_s);
        const QJsonArray next = s.value(u"next_runs"_s).toArray();
        QCOMPARE(next.size(), 5);
        // 05:00, 13:00 and 21:00 in New York: eight hours apart except across midnight.
        for (const QJsonValue &v : next) {
            const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODate).toTimeZone(QTimeZone("America/New_York"));
            QVERIFY2(QList<int>({5, 13, 21}).contains(t.time().hour()) && t.time().minute() == 0, qPrintable(v.toString()));
        }
        QVERIFY(s.value(u"registered"_s).toObject().value(u"installed"_s).toBool());
    }

    void badRulesAndJobsAreRefused()
    {
        Result r = cli({u"schedule"_s, u"set"_s, u"export:opens"_s, u"--daily"_s, u"25:00"_s});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"25:00"_s), qPrintable(r.err));
        r = cli({u"schedule"_s, u"set"_s, u"export:nope"_s, u"--daily"_s, u"06:00"_s});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(u"nope"_s));
        r = cli({u"schedule"_s, u"set"_s, u"opens"_s, u"--daily"_s, u"06:00"_s});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(u"export:NAME"_s));
    }

    // Slots missed while nothing ran: run-due runs the job once, then nothing is due.
    void runDueRunsWhatIsDueOnce()
    {
        QCOMPARE(cli({u"schedule"_s, u"set"_s, u"export:opens"_s, u"--daily"_s, u"06:00"_s}).code, 0);
        sqlite(u"UPDATE schedules SET created_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-3 days'), last_slot = ''"_s);
        Result r = cli({u"run-due"_s, u"--json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray runs = r.json().value(u"runs"_s).toArray();
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().toObject().value(u"state"_s).toString(), u"completed"_s);
        QCOMPARE(runs.first().toObject().value(u"rows"_s).toInt(), 3);
        r = cli({u"run-due"_s});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(u"Nothing is due"_s));

        // Paused: not run, even when due.
        QCOMPARE(cli({u"schedule"_s, u"pause"_s, u"export:opens"_s}).code, 0);
        sqlite(u"UPDATE schedules SET last_slot = strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-3 days')"_s);
        QVERIFY(cli({u"run-due"_s}).out.contains(u"Nothing is due"_s));
        QVERIFY(cli({u"schedule"_s, u"list"_s}).out.contains(u"(paused)"_s));
        QCOMPARE(cli({u"schedule"_s, u"resume"_s, u"export:opens"_s}).code, 0);

        // A failing job makes run-due exit 1 with the reason.
        sqlite(u"UPDATE schedules SET last_slot = strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-3 days')"_s);
        QVERIFY(QDir(m_dir.filePath(u"out"_s)).removeRecursively());
        r = cli({u"run-due"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"export:opens: failed"_s), qPrintable(r.err));
        QVERIFY(QDir().mkpath(m_dir.filePath(u"out"_s)));
    }

    // settings set/show, and run-due removing kept copies and reports past their days while
    // the run history stays.
    void runDuePrunesKeptFilesPastTheirDays()
    {
        Result r = cli({u"settings"_s, u"show"_s, u"--json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.json().value(u"retention_days"_s).toInt(), 90);
        r = cli({u"settings"_s, u"set"_s, u"retention-days"_s, u"0"_s});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"1 to 3650"_s), qPrintable(r.err));
        r = cli({u"settings"_s, u"set"_s, u"retention-days"_s, u"ten"_s});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"\"ten\""_s), qPrintable(r.err));
        r = cli({u"settings"_s, u"set"_s, u"keep"_s, u"10"_s});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"no setting \"keep\""_s), qPrintable(r.err));
        r = cli({u"settings"_s, u"set"_s, u"retention-days"_s, u"10"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(cli({u"settings"_s, u"show"_s, u"--json"_s}).json().value(u"retention_days"_s).toInt(), 10);

        // A real run keeps its file under deliveries/; one copy made old, one fresh, and an
        // old report.
        r = cli({u"export"_s, u"run"_s, u"opens"_s, u"--json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        const QDir deliveries(m_dir.filePath(u"deliveries"_s));
        const QStringList kept = deliveries.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QVERIFY(!kept.isEmpty());
        const QString oldRun = deliveries.filePath(kept.last());
        const QString oldFile = QDir(oldRun).entryInfoList(QDir::Files).value(0).absoluteFilePath();
        QVERIFY(!oldFile.isEmpty());
        const QDateTime longAgo = QDateTime::currentDateTimeUtc().addDays(-11);
        auto age = [&](const QString &path) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.setFileTime(longAgo, QFileDevice::FileModificationTime));
        };
        age(oldFile);
        const QString fresh = deliveries.filePath(u"999999/fresh.csv"_s);
        QVERIFY(QDir().mkpath(QFileInfo(fresh).absolutePath()));
        QVERIFY(writeAll(fresh, "x\n"));
        const QString report = m_dir.filePath(u"reports/2020-01-01/export-opens-1.txt"_s);
        QVERIFY(QDir().mkpath(QFileInfo(report).absolutePath()));
        QVERIFY(writeAll(report, "old report\n"));
        age(report);
        const int runsBefore = cli({u"runs"_s, u"--json"_s}).out.count(u"\"state\""_s);

        r = cli({u"run-due"_s, u"--json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.json().value(u"pruned_files"_s).toInt(), 2);
        QVERIFY(!QFileInfo::exists(oldFile));
        QVERIFY(!QFileInfo::exists(oldRun)); // emptied, so gone
        QVERIFY(!QFileInfo::exists(report));
        QVERIFY(QFileInfo::exists(fresh));
        QVERIFY(QFileInfo(m_dir.filePath(u"deliveries"_s)).isDir());
        QVERIFY(QFileInfo(m_dir.filePath(u"reports"_s)).isDir());
        // The history is whole: the run whose copy went is still listed.
        QCOMPARE(cli({u"runs"_s, u"--json"_s}).out.count(u"\"state\""_s), runsBefore);
        QVERIFY(runsBefore > 0);
        QVERIFY(QDir().rmpath(QFileInfo(fresh).absolutePath()) || QFile::remove(fresh));
        QCOMPARE(cli({u"settings"_s, u"set"_s, u"retention-days"_s, u"90"_s}).code, 0);
    }

    // The history holds every job's runs; a failed one is retried by its handle.
    void runsListsAndRetries()
    {
        Result r = cli({u"runs"_s, u"--job"_s, u"export:opens"_s, u"--state"_s, u"failed"_s, u"--json"_s});
        QCOMPARE(r.code, 0);
        const QJsonArray failed = r.json().value(u"runs"_s).toArray();
        QCOMPARE(failed.size(), 1);
        const QString handle = failed.first().toObject().value(u"handle"_s).toString();
        QVERIFY2(handle.startsWith(u'E'), qPrintable(handle));
        QCOMPARE(failed.first().toObject().value(u"trigger"_s).toString(), u"schedule"_s);
        r = cli({u"runs"_s, u"retry"_s, handle});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({u"runs"_s, u"--state"_s, u"completed"_s, u"--json"_s});
        const QJsonArray completed = r.json().value(u"runs"_s).toArray();
        QCOMPARE(completed.first().toObject().value(u"trigger"_s).toString(), u"retry"_s);
        QCOMPARE(cli({u"runs"_s, u"retry"_s, completed.first().toObject().value(u"handle"_s).toString()}).code, 1);
        QCOMPARE(cli({u"runs"_s, u"retry"_s, u"X1"_s}).code, 2);
        QCOMPARE(cli({u"runs"_s, u"--state"_s, u"done"_s}).code, 2);
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        r = cli({u"runs"_s, u"--from"_s, today, u"--to"_s, today});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(u"export:opens"_s));
        r = cli({u"runs"_s, u"--to"_s, QDate::currentDate().addDays(-2).toString(Qt::ISODate)});
        QVERIFY(r.out.contains(u"No runs yet"_s));
    }

    // Before jobs had keys, their entries were named after the job ("export:opens"). Such an
    // entry left beside the new one would start the export twice: saving the schedule again
    // takes it away, and so does removing the schedule.
    void entriesUnderTheOldNameGo()
    {
        const auto os = scheduler();
        const QString key = keyOf(u"export:opens"_s);
        QVERIFY2(wb::isJobKey(key), qPrintable(key));
        QString error;
        const auto rule = wb::ScheduleRule::fromOptions(u"06:00"_s, {}, {}, {}, {}, {}, {}, &error);
        QVERIFY2(rule, qPrintable(error));
        const auto installOldEntry = [&] {
            QVERIFY2(os->install(u"export:opens"_s, *rule, QStringLiteral(WRITEBACK_CLI), workspace(), &error),
                     qPrintable(error));
            QVERIFY(os->status(u"export:opens"_s).installed);
        };

        installOldEntry();
        Result r = cli({u"schedule"_s, u"set"_s, u"export:opens"_s, u"--daily"_s, u"07:00"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(os->status(key).installed);
        QVERIFY(!os->status(u"export:opens"_s).installed);

        installOldEntry();
        r = cli({u"schedule"_s, u"remove"_s, u"export:opens"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.err.isEmpty());
        QVERIFY(!os->status(key).installed);
        QVERIFY(!os->status(u"export:opens"_s).installed);
        QVERIFY(!registered());
    }

    void removeUnregisters()
    {
        QCOMPARE(cli({u"schedule"_s, u"set"_s, u"export:opens"_s, u"--daily"_s, u"06:00"_s}).code, 0);
        QVERIFY(registered());
        const Result r = cli({u"schedule"_s, u"remove"_s, u"export:opens"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(!registered());
        QCOMPARE(cli({u"schedule"_s, u"list"_s, u"--json"_s}).json().value(u"schedules"_s).toArray().size(), 0);
        QCOMPARE(cli({u"schedule"_s, u"remove"_s, u"export:opens"_s}).code, 1);
    }

    // `export rename`: the runs, the schedule and its system entry, the destination and the
    // watermark stay with the export under its new name.
    void renameKeepsRunsScheduleAndDestination()
    {
        QCOMPARE(cli({u"schedule"_s, u"set"_s, u"export:opens"_s, u"--daily"_s, u"06:00"_s}).code, 0);
        const QString key = keyOf(u"export:opens"_s);
        const QJsonArray runsBefore = cli({u"runs"_s, u"--export"_s, u"opens"_s, u"--json"_s}).json()[u"runs"_s].toArray();
        QVERIFY(!runsBefore.isEmpty());
        const QString definitionBefore = cli({u"export"_s, u"show"_s, u"opens"_s}).out;

        Result r = cli({u"export"_s, u"rename"_s, u"opens"_s, u"opens-daily"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out, u"Renamed export opens to opens-daily.\n"_s);

        QCOMPARE(cli({u"export"_s, u"show"_s, u"opens"_s}).code, 1);
        QCOMPARE(keyOf(u"export:opens-daily"_s), key);
        const QJsonArray runsAfter = cli({u"runs"_s, u"--export"_s, u"opens-daily"_s, u"--json"_s}).json()[u"runs"_s].toArray();
        QCOMPARE(runsAfter.size(), runsBefore.size());
        QCOMPARE(runsAfter.first().toObject()[u"handle"_s], runsBefore.first().toObject()[u"handle"_s]);
        QCOMPARE(runsAfter.first().toObject()[u"job"_s].toString(), u"export:opens-daily"_s);
        // The same definition but for its name: destination, columns and file name stay.
        QString definitionAfter = cli({u"export"_s, u"show"_s, u"opens-daily"_s}).out;
        QCOMPARE(definitionAfter.replace(u"\"opens-daily\""_s, u"\"opens\""_s), definitionBefore);
        const QJsonArray schedules = cli({u"schedule"_s, u"list"_s, u"--json"_s}).json()[u"schedules"_s].toArray();
        QCOMPARE(schedules.size(), 1);
        QCOMPARE(schedules.first().toObject()[u"job"_s].toString(), u"export:opens-daily"_s);
        QVERIFY(schedules.first().toObject()[u"registered"_s].toObject()[u"installed"_s].toBool());
        QVERIFY(scheduler()->status(key).installed);
        // Nothing new since its last run: the watermark came along too.
        r = cli({u"export"_s, u"run"_s, u"opens-daily"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"Nothing new"_s), qPrintable(r.out));

        // A name that is taken, an unknown export, and a name that is not one.
        const QString json = uR"({"name": "clicks", "dataset": "fullmeasure.content_card_opens",
            "columns": [{"field": "contact_id"}], "destination": {"type": "local", "path": "%1"}})"_s.arg(m_dir.filePath(u"out"_s));
        QVERIFY(writeAll(m_dir.filePath(u"clicks.json"_s), json.toUtf8()));
        QCOMPARE(cli({u"export"_s, u"save"_s, m_dir.filePath(u"clicks.json"_s)}).code, 0);
        r = cli({u"export"_s, u"rename"_s, u"clicks"_s, u"opens-daily"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"Another export is named \"opens-daily\" already"_s), qPrintable(r.err));
        r = cli({u"export"_s, u"rename"_s, u"opens"_s, u"opens-2"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"There is no export named \"opens\""_s), qPrintable(r.err));
        r = cli({u"export"_s, u"rename"_s, u"clicks"_s, u"clicks/2"_s});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"\"clicks/2\" is not valid"_s), qPrintable(r.err));
        QCOMPARE(cli({u"export"_s, u"list"_s, u"--json"_s}).json()[u"exports"_s].toArray().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCliSchedule)
#include "tst_clischedule.moc"
