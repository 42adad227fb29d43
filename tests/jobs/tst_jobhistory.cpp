// SPDX-License-Identifier: GPL-3.0-or-later
// JobHistory's per-day totals, summed in SQL, against the same runs put into local days one
// by one with QDateTime, in time zones whose offsets change (DST, half hours, Lord Howe's
// half-hour DST) across the periods asked for.
#include "TestSupport.h"
#include "core/Workspace.h"
#include "jobs/JobHistory.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

#include <time.h>

using namespace Qt::StringLiterals;
using namespace wb;

class TestJobHistory : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Workspace m_workspace;
    QByteArray m_tz;
    // Every run as written: start (UTC), job, rows, failed.
    struct Run
    {
        QDateTime started;
        QString job;
        qint64 rows;
        bool failed;
    };
    QList<Run> m_runs;

private Q_SLOTS:
    void initTestCase()
    {
        m_tz = qgetenv("TZ");
        QString error;
        QVERIFY2(m_workspace.open(m_dir.filePath(u"ws.sqlite"_s), &error), qPrintable(error));
        QSqlQuery q(m_workspace.database());
        QVERIFY(q.exec(u"INSERT INTO exports (name, definition) VALUES ('opens', '{}')"_s));
        QVERIFY(q.exec(u"BEGIN"_s));
        QSqlQuery e(m_workspace.database()), f(m_workspace.database());
        QVERIFY(e.prepare(u"INSERT INTO export_runs (export_id, state, started_at, rows) VALUES (1, ?, ?, ?)"_s));
        QVERIFY(f.prepare(u"INSERT INTO fetch_runs (connection, state, started_at, rows) VALUES ('server', ?, ?, ?)"_s));
        // Every 17 minutes and 7 seconds through the spring and autumn changes of both
        // hemispheres, so that runs fall on both sides of every local midnight.
        for (const QDate &from : {QDate(2026, 3, 24), QDate(2026, 9, 30)}) {
            const QDateTime start(from, QTime(0, 0), QTimeZone::UTC);
            for (int i = 0; i < 45 * 24 * 60 / 17; ++i) {
                const Run run{start.addSecs(i * (17 * 60 + 7)), i % 3 ? u"export:opens"_s : u"fetch:server"_s,
                              i % 11, i % 5 == 0};
                QSqlQuery &ins = run.job.startsWith(u"export"_s) ? e : f;
                ins.addBindValue(run.failed ? u"failed"_s : u"completed"_s);
                ins.addBindValue(run.started.toString(Qt::ISODateWithMs));
                ins.addBindValue(run.rows);
                QVERIFY2(ins.exec(), qPrintable(ins.lastError().text()));
                m_runs << run;
            }
        }
        QVERIFY(q.exec(u"COMMIT"_s));
    }

    void cleanup()
    {
        if (m_tz.isNull())
            qunsetenv("TZ");
        else
            qputenv("TZ", m_tz);
        tzset();
    }

    // A fetch's file counts and the run a redelivery repeats come from the workspace as
    // numbers and are put in words in the reader's language.
    void detailsAreTranslated()
    {
        QTemporaryDir dir;
        Workspace ws;
        QString error;
        QVERIFY2(ws.open(dir.filePath(u"ws.sqlite"_s), &error), qPrintable(error));
        QSqlQuery q(ws.database());
        QVERIFY(q.exec(u"INSERT INTO exports (name, definition) VALUES ('opens', '{}')"_s));
        QVERIFY2(q.exec(u"INSERT INTO export_runs (export_id, state, trigger, started_at, rows) "
                        "VALUES (1, 'completed', 'manual', '2026-11-22T08:00:00.000Z', 3)"_s),
                 qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(u"INSERT INTO export_runs (export_id, state, trigger, redelivery_of, started_at, rows) "
                        "VALUES (1, 'completed', 'redelivery', 1, '2026-11-22T09:00:00.000Z', 3)"_s),
                 qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(u"INSERT INTO fetch_runs (connection, state, trigger, started_at, rows, files_listed, "
                        "files_imported, files_failed) VALUES ('server', 'failed', 'schedule', "
                        "'2026-11-22T10:00:00.000Z', 9, 5, 3, 1)"_s),
                 qPrintable(q.lastError().text()));

        test::MarkingTranslator marking("wb");
        QVERIFY(QCoreApplication::installTranslator(&marking));
        const auto removeTranslator = qScopeGuard([&] { QCoreApplication::removeTranslator(&marking); });
        const QList<JobRun> runs = JobHistory(ws).runs();
        QCOMPARE(runs.size(), 3);
        QCOMPARE(runs.at(0).kind, u"fetch"_s);
        QCOMPARE(runs.at(0).details, QStringList{u"\u00abFiles: 5 listed, 3 taken in, 1 failed.\u00bb"_s});
        QCOMPARE(runs.at(1).redeliveryOf, 1);
        QCOMPARE(runs.at(1).details, QStringList{u"\u00abSends the rows of run E1 again.\u00bb"_s});
        QCOMPARE(runs.at(2).redeliveryOf, 0);
        QVERIFY(runs.at(2).details.isEmpty());
        QCOMPARE(JobHistory(ws).run(u"F1"_s)->details, runs.at(0).details);
    }

    void dailyTotalsFollowLocalDays_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QString>("job");
        for (const char *zone : {"UTC", "Europe/Amsterdam", "America/New_York", "Asia/Kolkata",
                                 "Australia/Lord_Howe", "Pacific/Chatham"}) {
            QTest::addRow("%s", zone) << QByteArray(zone) << QString();
            QTest::addRow("%s, one job", zone) << QByteArray(zone) << u"export:opens"_s;
        }
    }

    void dailyTotalsFollowLocalDays()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QString, job);
        if (zone != "UTC" && !QFile::exists(u"/usr/share/zoneinfo/"_s + QString::fromLatin1(zone)))
            QSKIP("no tzdata for this zone");
        qputenv("TZ", zone);
        tzset();

        for (const auto &[from, to] : {std::pair{QDate(2026, 3, 25), QDate(2026, 4, 30)},
                                       std::pair{QDate(2026, 10, 1), QDate(2026, 11, 12)}}) {
            QMap<std::pair<QDate, QString>, JobHistory::DayTotal> expected;
            for (const Run &run : std::as_const(m_runs)) {
                const QDate day = run.started.toLocalTime().date();
                if (day < from || day > to || (!job.isEmpty() && run.job != job))
                    continue;
                JobHistory::DayTotal &t = expected[{day, run.job}];
                t.day = day;
                t.job = run.job;
                t.rows += run.failed && run.job.startsWith(u"export:"_s) ? 0 : run.rows;
                ++t.runs;
                t.failed += run.failed ? 1 : 0;
            }
            const QList<JobHistory::DayTotal> totals = JobHistory(m_workspace).dailyTotals(from, to, job);
            QCOMPARE(totals.size(), expected.size());
            int i = 0;
            for (const JobHistory::DayTotal &want : std::as_const(expected)) {
                const JobHistory::DayTotal &got = totals.at(i++);
                QCOMPARE(got.day, want.day);
                QCOMPARE(got.job, want.job);
                QCOMPARE(got.runs, want.runs);
                QCOMPARE(got.rows, want.rows);
                QCOMPARE(got.failed, want.failed);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestJobHistory)
#include "tst_jobhistory.moc"
