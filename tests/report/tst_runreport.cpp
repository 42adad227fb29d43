// SPDX-License-Identifier: GPL-3.0-or-later
// Run reports and daily summaries: fixed text layout, stable JSON, files under reports/.
#include "TestSupport.h"
#include "export/ExportStore.h"
#include "report/DailySummary.h"
#include "report/RunReport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wb;
using namespace wb::test;

namespace {

// Times and numbers fixed: UTC+1 without daylight saving, US English digits.
ReportStyle style()
{
    return {QTimeZone::fromSecondsAheadOfUtc(3600),
            QLocale(QLocale::English, QLocale::UnitedStates)};
}

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
}

RunRecord failedExport()
{
    RunRecord r;
    r.id = 42;
    r.exportId = 3;
    r.exportName = u"opens"_s;
    r.state = u"failed"_s;
    r.trigger = u"schedule"_s;
    r.startedAt = u"2026-11-22T08:30:00.000Z"_s;
    r.finishedAt = u"2026-11-22T08:30:12.345Z"_s;
    r.fromRow = 100;
    r.toRow = 1234667;
    r.rows = 1234567;
    r.bytes = 98765432;
    r.fileName = u"opens-20261122.csv"_s;
    r.location = u"sftp://slate/incoming"_s;
    r.error = u"Cannot upload opens-20261122.csv: Permission denied"_s;
    return r;
}

JobRun completedFetch()
{
    JobRun run;
    run.job = u"fetch:fm-prod"_s;
    run.kind = u"fetch"_s;
    run.state = u"completed"_s;
    run.trigger = u"manual"_s;
    run.startedAt = utc("2026-11-22T23:59:58.000Z");
    run.finishedAt = utc("2026-11-23T00:04:03.500Z");
    run.rows = 999;
    run.bytes = 512;
    run.files = QStringList{u"email_clicks_20261122.csv"_s, u"email_openings_20261122.csv"_s};
    run.location = u"sftp://fm-prod//writebacks"_s;
    return run;
}

JobRun run(const char *job, qint64 id, const char *state, const char *started, qint64 rows,
           qint64 bytes, const QString &error = {})
{
    JobRun r;
    r.job = QString::fromLatin1(job);
    r.kind = r.job.section(u':', 0, 0);
    r.runId = id;
    r.state = QString::fromLatin1(state);
    r.startedAt = utc(started);
    r.finishedAt = r.startedAt.addSecs(5);
    r.rows = rows;
    r.bytes = bytes;
    r.error = error;
    return r;
}

// The value on the report's "Trigger:" line, its label translated by MarkingTranslator.
QString triggerLine(const QString &report)
{
    for (const QString &line : report.split(u'\n'))
        if (line.startsWith(u"\u00abTrigger\u00bb:"_s))
            return line.section(u':', 1).trimmed();
    return {};
}

} // namespace

class TestRunReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromRunRecord()
    {
        const JobRun run = jobRunFrom(failedExport());
        QCOMPARE(run.job, u"export:opens"_s);
        QCOMPARE(run.kind, u"export"_s);
        QCOMPARE(run.name(), u"opens"_s);
        QCOMPARE(run.runId, 42);
        QVERIFY(run.failed());
        QCOMPARE(run.startedAt, QDateTime(QDate(2026, 11, 22), QTime(8, 30), QTimeZone::UTC));
        QCOMPARE(run.durationMs(), 12345);
        QCOMPARE(run.files, QStringList{u"opens-20261122.csv"_s});
        QCOMPARE(run.details, QStringList{u"New rows after row 100 up to row 1234667."_s});

        // A re-delivery names the run it sends again by its handle, as the run history does.
        RunRecord again = failedExport();
        again.redeliveryOf = 41;
        QCOMPARE(jobRunFrom(again).details.first(), u"Sends the rows of run E41 again."_s);
    }

    void failedExportText()
    {
        const QString expected =
            u"Writeback Studio: export opens failed\n"
            "\n"
            "Job:       export:opens (run 42)\n"
            "Result:    FAILED\n"
            "Trigger:   schedule\n"
            "Started:   2026-11-22 09:30:00 +01:00 (2026-11-22 08:30:00 UTC)\n"
            "Finished:  2026-11-22 09:30:12 +01:00 (2026-11-22 08:30:12 UTC)\n"
            "Duration:  12.3 s\n"
            "Rows:      1,234,567\n"
            "Bytes:     98,765,432 (94.2 MiB)\n"
            "File:      opens-20261122.csv\n"
            "Location:  sftp://slate/incoming\n"
            "\n"
            "Error:\n"
            "    Cannot upload opens-20261122.csv: Permission denied\n"
            "\n"
            "What to do next:\n"
            "    Fix the cause above, then run the export again: writeback-cli export run\n"
            "    opens (or Run now on the Exports page). A failed run leaves the export's\n"
            "    watermark where it was, so the next run delivers these rows: none are lost\n"
            "    and none are sent twice.\n"
            "\n"
            "Details:\n"
            "    New rows after row 100 up to row 1234667.\n"_s;
        QCOMPARE(runReportText(jobRunFrom(failedExport()), style()), expected);
    }

    void completedFetchText()
    {
        const QString expected = u"Writeback Studio: fetch fm-prod completed\n"
                                 "\n"
                                 "Job:       fetch:fm-prod\n"
                                 "Result:    completed\n"
                                 "Trigger:   manual\n"
                                 "Started:   2026-11-23 00:59:58 +01:00 (2026-11-22 23:59:58 UTC)\n"
                                 "Finished:  2026-11-23 01:04:03 +01:00 (2026-11-23 00:04:03 UTC)\n"
                                 "Duration:  4 min 05 s\n"
                                 "Rows:      999\n"
                                 "Bytes:     512\n"
                                 "Files:     email_clicks_20261122.csv\n"
                                 "           email_openings_20261122.csv\n"
                                 "Location:  sftp://fm-prod//writebacks\n"_s;
        QCOMPARE(runReportText(completedFetch(), style()), expected);
    }

    // A fetch whose rule could not archive a file it took in: completed, and it says so.
    void completedFetchWithWarnings()
    {
        JobRun r = completedFetch();
        r.warnings = {u"opens.csv: taken in, but not moved to done: permission denied"_s,
                      u"clicks.csv: taken in, but not moved to done: permission denied"_s};
        const QString text = runReportText(r, style());
        // "warnings" once the English plural forms are loaded, as the app and the CLI load them.
        QVERIFY2(text.contains(u"\nResult:    completed, with 2 warning"_s), qPrintable(text));
        QVERIFY2(text.endsWith(u"\nWarnings:\n    opens.csv: taken in, but not moved to done: permission denied\n"
                               "    clicks.csv: taken in, but not moved to done: permission denied\n"_s),
                 qPrintable(text));
        QVERIFY(!text.contains(u"What to do next"_s));
        QCOMPARE(runTitle(r), u"Writeback Studio: fetch fm-prod completed"_s);
        QCOMPARE(QJsonDocument::fromJson(runReportJson(r)).object()[u"warnings"_s].toArray(),
                 QJsonArray::fromStringList(r.warnings));
    }

    // How a run was started is shown in the reader's language; the JSON keeps the stored word.
    void triggerIsTranslated()
    {
        MarkingTranslator marking("wb");
        QVERIFY(QCoreApplication::installTranslator(&marking));
        const auto removeTranslator = qScopeGuard([&] { QCoreApplication::removeTranslator(&marking); });
        for (const char *trigger : {"manual", "schedule", "retry", "redelivery"}) {
            JobRun r = completedFetch();
            r.trigger = QString::fromLatin1(trigger);
            QCOMPARE(triggerLine(runReportText(r, style())), u"\u00ab"_s + r.trigger + u"\u00bb"_s);
            QCOMPARE(QJsonDocument::fromJson(runReportJson(r)).object()[u"trigger"_s].toString(), r.trigger);
        }
        JobRun unknown = completedFetch();
        unknown.trigger = u"queue"_s;
        QCOMPARE(triggerLine(runReportText(unknown, style())), u"queue"_s);
    }

    void stillRunningAndFormats()
    {
        JobRun r = completedFetch();
        r.state = u"running"_s;
        r.finishedAt = {};
        r.files.clear();
        const QString text = runReportText(r, style());
        QVERIFY2(text.contains(u"\nResult:    still running\n"_s), qPrintable(text));
        QVERIFY(!text.contains(u"Finished"_s));
        QVERIFY(!text.contains(u"Duration"_s));
        QVERIFY2(text.contains(u"\nFiles:     (none)\n"_s), qPrintable(text));

        // The C locale groups too; long runs read in hours and minutes.
        QCOMPARE(reportformat::number(1234567, QLocale::c()), u"1,234,567"_s);
        // A failed redelivery is not repaired by the next run: it says how to send again.
        JobRun redelivery = jobRunFrom(failedExport());
        redelivery.trigger = u"redelivery"_s;
        QVERIFY2(runReportText(redelivery, style())
                     .simplified()
                     .contains(u"writeback-cli export redeliver RUN_ID"_s),
                 qPrintable(runReportText(redelivery, style())));
        QCOMPARE(reportformat::duration(400, QLocale::c()), u"0.4 s"_s);
        QCOMPARE(reportformat::duration(7'380'000, QLocale::c()), u"2 h 03 min"_s);
    }

    void json()
    {
        const QByteArray bytes = runReportJson(jobRunFrom(failedExport()));
        QJsonParseError parseError;
        const QJsonObject o = QJsonDocument::fromJson(bytes, &parseError).object();
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QStringList keys = o.keys();
        const QStringList expectedKeys{
            u"bytes"_s,       u"details"_s,    u"duration_ms"_s, u"error"_s,  u"files"_s,
            u"finished_at"_s, u"format"_s,     u"job"_s,         u"kind"_s,   u"location"_s,
            u"name"_s,        u"next_steps"_s, u"rows"_s,        u"run_id"_s, u"started_at"_s,
            u"state"_s,       u"trigger"_s,    u"version"_s,     u"warnings"_s};
        QCOMPARE(keys, expectedKeys);
        QCOMPARE(o[u"format"_s].toString(), u"writeback-run-report"_s);
        QCOMPARE(o[u"version"_s].toInt(), 1);
        QCOMPARE(o[u"job"_s].toString(), u"export:opens"_s);
        QCOMPARE(o[u"kind"_s].toString(), u"export"_s);
        QCOMPARE(o[u"name"_s].toString(), u"opens"_s);
        QCOMPARE(o[u"run_id"_s].toInteger(), 42);
        QCOMPARE(o[u"state"_s].toString(), u"failed"_s);
        QCOMPARE(o[u"trigger"_s].toString(), u"schedule"_s);
        QCOMPARE(o[u"started_at"_s].toString(), u"2026-11-22T08:30:00.000Z"_s);
        QCOMPARE(o[u"finished_at"_s].toString(), u"2026-11-22T08:30:12.345Z"_s);
        QCOMPARE(o[u"duration_ms"_s].toInteger(), 12345);
        QCOMPARE(o[u"rows"_s].toInteger(), 1234567);
        QCOMPARE(o[u"bytes"_s].toInteger(), 98765432);
        QCOMPARE(o[u"files"_s].toArray(), QJsonArray{u"opens-20261122.csv"_s});
        QCOMPARE(o[u"location"_s].toString(), u"sftp://slate/incoming"_s);
        QCOMPARE(o[u"error"_s].toString(),
                 u"Cannot upload opens-20261122.csv: Permission denied"_s);
        QVERIFY(o[u"next_steps"_s].toString().startsWith(u"Fix the cause above"_s));

        // A run in progress: the same keys, with null and empty values.
        JobRun r = completedFetch();
        r.state = u"running"_s;
        r.finishedAt = {};
        const QJsonObject running = QJsonDocument::fromJson(runReportJson(r)).object();
        QCOMPARE(running.keys(), expectedKeys);
        QVERIFY(running[u"finished_at"_s].isNull());
        QCOMPARE(running[u"duration_ms"_s].toInteger(), 0);
        QCOMPARE(running[u"run_id"_s].toInteger(), 0);
        QCOMPARE(running[u"next_steps"_s].toString(), QString());
    }

    void writtenUnderReports()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const JobRun failed = jobRunFrom(failedExport());
        QStringList written;
        QString error;
        QVERIFY2(writeRunReport(dir.path(), failed, &written, &error, style()), qPrintable(error));
        const QString base = dir.path() + u"/reports/2026-11-22/export-opens-42"_s;
        QCOMPARE(written, (QStringList{base + u".txt"_s, base + u".json"_s}));
        QCOMPARE(readAll(base + u".txt"_s), runReportText(failed, style()).toUtf8());
        QCOMPARE(readAll(base + u".json"_s), runReportJson(failed));

        // The folder is the local day the run started; a run without an id is named by its start.
        QVERIFY2(writeRunReport(dir.path(), completedFetch(), &written, &error, style()),
                 qPrintable(error));
        QCOMPARE(written.value(0),
                 dir.path() + u"/reports/2026-11-23/fetch-fm-prod-20261122T235958Z.txt"_s);
        QVERIFY(QFile::exists(written.value(1)));

        // Nothing but the reports: no temporary files left behind.
        QCOMPARE(QDir(dir.path() + u"/reports/2026-11-22"_s).entryList(QDir::Files | QDir::Hidden),
                 (QStringList{u"export-opens-42.json"_s, u"export-opens-42.txt"_s}));

        // A name that is not safe in a file name stays inside the reports folder.
        JobRun odd = failed;
        odd.job = u"export:../x y"_s;
        QCOMPARE(runReportBaseName(odd), u"export-_._x_y-42"_s);
    }

    void unwritableFolder()
    {
        QTemporaryDir dir;
        QVERIFY(writeAll(dir.filePath(u"reports"_s), "a file where the folder should be"));
        QStringList written;
        QString error;
        QVERIFY(!writeRunReport(dir.path(), jobRunFrom(failedExport()), &written, &error, style()));
        QVERIFY2(error.startsWith(u"Cannot create the folder "_s), qPrintable(error));
        QVERIFY(written.isEmpty());
    }

    void dailySummary()
    {
        const QList<JobRun> runs{
            run("export:opens", 40, "completed", "2026-11-22T06:00:00.000Z", 1000, 20000),
            run("fetch:fm-prod", 7, "completed", "2026-11-22T05:00:00.000Z", 1200000, 3400000),
            run("export:opens", 42, "failed", "2026-11-22T08:30:00.000Z", 0, 0,
                u"Cannot upload: Permission denied\nsecond line"_s),
            run("export:clicks", 43, "completed", "2026-11-22T22:59:59.000Z", 5, 100),
            // 00:00 local the next day, and the day before: not on the 22nd.
            run("export:clicks", 44, "failed", "2026-11-22T23:00:00.000Z", 0, 0, u"later"_s),
            run("fetch:fm-prod", 6, "failed", "2026-11-21T22:59:00.000Z", 0, 0, u"earlier"_s),
        };
        const DailySummary s = summarizeDay(runs, QDate(2026, 11, 22), style());
        QCOMPARE(s.jobs.size(), 3);
        QCOMPARE(s.total.runs, 4);
        QCOMPARE(s.total.failures, 1);
        QCOMPARE(s.total.rows, 1201005);
        QCOMPARE(s.failures.size(), 1);

        const QString expected =
            u"Writeback Studio: 2026-11-22, 1 failed run(s)\n"
            "\n"
            "Runs that started on 2026-11-22 (time zone UTC+01:00).\n"
            "\n"
            "Job            Runs  Failed       Rows      Bytes\n"
            "export:clicks     1       0          5        100\n"
            "export:opens      2       1      1,000     20,000\n"
            "fetch:fm-prod     1       0  1,200,000  3,400,000\n"
            "Total             4       1  1,201,005  3,420,100\n"
            "\n"
            "Failures:\n"
            "    export:opens run 42 at 09:30: Cannot upload: Permission denied\n"_s;
        QCOMPARE(dailySummaryText(s, style()), expected);

        const QJsonObject o = QJsonDocument::fromJson(dailySummaryJson(s)).object();
        QCOMPARE(o.keys(), (QStringList{u"date"_s, u"failures"_s, u"format"_s, u"jobs"_s,
                                        u"time_zone"_s, u"total"_s, u"version"_s}));
        QCOMPARE(o[u"format"_s].toString(), u"writeback-daily-summary"_s);
        QCOMPARE(o[u"date"_s].toString(), u"2026-11-22"_s);
        const QJsonObject opens = o[u"jobs"_s].toArray().at(1).toObject();
        QCOMPARE(opens[u"job"_s].toString(), u"export:opens"_s);
        QCOMPARE(opens[u"runs"_s].toInt(), 2);
        QCOMPARE(opens[u"failures"_s].toInt(), 1);
        QCOMPARE(opens[u"rows"_s].toInteger(), 1000);
        QCOMPARE(opens[u"bytes"_s].toInteger(), 20000);
        QCOMPARE(o[u"total"_s].toObject()[u"bytes"_s].toInteger(), 3420100);
        const QJsonObject failure = o[u"failures"_s].toArray().at(0).toObject();
        QCOMPARE(failure[u"run_id"_s].toInteger(), 42);
        QCOMPARE(failure[u"started_at"_s].toString(), u"2026-11-22T08:30:00.000Z"_s);
        QCOMPARE(failure[u"error"_s].toString(),
                 u"Cannot upload: Permission denied\nsecond line"_s);

        QTemporaryDir dir;
        QStringList written;
        QString error;
        QVERIFY2(writeDailySummary(dir.path(), s, &written, &error, style()), qPrintable(error));
        QCOMPARE(written.value(0), dir.path() + u"/reports/2026-11-22/daily-summary.txt"_s);
        QCOMPARE(readAll(written.value(1)), dailySummaryJson(s));

        const DailySummary quiet = summarizeDay(runs, QDate(2026, 11, 20), style());
        QVERIFY(dailySummaryText(quiet, style()).endsWith(u"No job ran that day.\n"_s));
        QCOMPARE(dailySummaryTitle(quiet), u"Writeback Studio: 2026-11-20, all runs completed"_s);
    }
};

QTEST_GUILESS_MAIN(TestRunReport)
#include "tst_runreport.moc"
