// SPDX-License-Identifier: GPL-3.0-or-later
// Jobs: the lock two processes share, schedules coming due (missed slots collapse into one
// run), retries, and fetch runs recorded against a real sshd.
#include "SmtpFixture.h"
#include "SshdFixture.h"
#include "TestSupport.h"
#include "core/ConnectionStore.h"
#include "core/ProcessOwner.h"
#include "core/Workspace.h"
#include "export/ExportStore.h"
#include "intake/Importer.h"
#include "jobs/JobKeys.h"
#include "jobs/JobLock.h"
#include "jobs/JobRunner.h"
#include "jobs/Notifications.h"
#include "jobs/ScheduleStore.h"
#include "sftp/SftpSession.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wb;
using namespace wb::test;

class TestJobs : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;

    QString out() const { return m_dir->filePath(u"out"_s); }

    void takeIn(const QByteArray &rows, const QString &name)
    {
        const QString path = m_dir->filePath(name);
        QVERIFY(writeAll(path, "contact_id,first_name,last_name,mobile_phone_number,liked,last_viewed,counts\n" + rows));
        Importer importer(m_ws->path());
        ImportRequest r;
        r.localPath = path;
        QCOMPARE(importer.importFile(r).state, ImportResult::State::Imported);
    }

    void saveExport()
    {
        ExportDefinition d;
        d.name = u"opens"_s;
        d.dataset = u"fullmeasure.content_card_opens"_s;
        d.columns = {{u"contact_id"_s, u"Student ID"_s}};
        d.file.name = u"opens"_s;
        d.file.suffix = u"_yyyyMMdd_HHmmss_zzz"_s;
        d.destination.path = out();
        QString error;
        QVERIFY2(ExportStore(*m_ws).save(d, &error), qPrintable(error));
    }

    void execSql(const QString &sqlText)
    {
        QSqlQuery q(m_ws->database());
        QVERIFY2(q.exec(sqlText), qPrintable(q.lastError().text()));
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(QDir().mkpath(out()));
        m_ws = std::make_unique<Workspace>();
        QString error;
        QVERIFY2(m_ws->open(m_dir->filePath(u"workspace.sqlite"_s), &error), qPrintable(error));
    }

    void jobIds()
    {
        QString error;
        QCOMPARE(JobId::parse(u"export:opens"_s, &error)->name, u"opens"_s);
        QCOMPARE(JobId::parse(u"fetch:fm-prod"_s, &error)->kind, JobId::Kind::Fetch);
        QVERIFY(!JobId::parse(u"opens"_s, &error));
        QVERIFY(error.contains(u"export:NAME"_s));
        QVERIFY(!JobId::parse(u"export:"_s, &error));
    }

    // Another process holds the lock while it lives; once it is gone the lock is taken over.
    void theLockFollowsTheHoldersLife()
    {
        QProcess holder;
        holder.start(u"sleep"_s, {u"60"_s});
        QVERIFY(holder.waitForStarted());
        execSql(u"INSERT INTO job_locks (job, owner, acquired_at) VALUES ('export:opens', '%1@%2', '%3')"_s.arg(
            QString::number(holder.processId()), QSysInfo::machineHostName(),
            QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)));
        {
            JobLock lock(*m_ws, u"export:opens"_s);
            QString error;
            QVERIFY(!lock.acquire(&error));
            QVERIFY2(error.contains(u"running already"_s), qPrintable(error));
        }
        holder.kill();
        QVERIFY(holder.waitForFinished());
        JobLock lock(*m_ws, u"export:opens"_s);
        QString error;
        QVERIFY2(lock.acquire(&error), qPrintable(error));
        // Held now: a second taker in a live process is refused, and release frees it.
        JobLock second(*m_ws, u"export:opens"_s);
        QVERIFY(!second.acquire(&error));
        lock.release();
        QVERIFY2(second.acquire(&error), qPrintable(error));
    }

    // After a power cut the holder's number belongs to another process: the lock is not
    // held for ever by it. The same number with the holder's own start is still held.
    void aReusedPidDoesNotHoldTheLock()
    {
        QProcess other;
        other.start(u"sleep"_s, {u"60"_s});
        QVERIFY(other.waitForStarted());
        const QString pidAtHost = u"%1@%2"_s.arg(other.processId()).arg(QSysInfo::machineHostName());
        const QString start = processStartIdentity(other.processId());
        QVERIFY2(!start.isEmpty(), "this platform records a process's start");
        QVERIFY(!ownerIsGone(pidAtHost + u'#' + start));
        QVERIFY(ownerIsGone(pidAtHost + u"#not-" + start));
        QVERIFY(!ownerIsGone(pidAtHost)); // a holder written before starts were recorded
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        execSql(u"INSERT INTO job_locks VALUES ('export:a', '%1#%2', '%3'), ('export:b', '%1#earlier', '%3')"_s.arg(
            pidAtHost, start, now));
        QString error;
        JobLock a(*m_ws, u"export:a"_s);
        QVERIFY(!a.acquire(&error));
        QVERIFY2(error.contains(pidAtHost) && !error.contains(u'#'), qPrintable(error));
        JobLock b(*m_ws, u"export:b"_s);
        QVERIFY2(b.acquire(&error), qPrintable(error));
        // This process's own number, recorded by an earlier process that had it.
        QVERIFY(!ownerIsGone(thisProcessOwner()));
        QVERIFY(ownerIsGone(thisProcessOwner().section(u'#', 0, 0) + u"#earlier"_s));
        other.kill();
        QVERIFY(other.waitForFinished());
        QVERIFY(ownerIsGone(pidAtHost + u'#' + start));
    }

    // A fetch whose process was killed is settled as failed, reported, and never left running.
    void anInterruptedFetchIsRecovered()
    {
        const QString started = QDateTime::currentDateTimeUtc().addSecs(-60).toString(Qt::ISODateWithMs);
        execSql(u"INSERT INTO fetch_runs (connection, state, trigger, started_at, owner) VALUES "
                "('gone', 'running', 'schedule', '%1', '%2@%3#earlier'), "
                "('alive', 'running', 'manual', '%1', '%4')"_s.arg(started)
                    .arg(QCoreApplication::applicationPid())
                    .arg(QSysInfo::machineHostName(), thisProcessOwner()));
        JobRunner runner(m_ws->path());
        QCOMPARE(runner.recover(), 1);
        QSqlQuery q(m_ws->database());
        QVERIFY(q.exec(u"SELECT connection, state, error, finished_at FROM fetch_runs ORDER BY id"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toString(), u"failed"_s);
        QVERIFY2(q.value(2).toString().contains(u"Interrupted"_s), qPrintable(q.value(2).toString()));
        QVERIFY(!q.value(3).toString().isEmpty());
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toString(), u"running"_s); // its process is this one, and alive
        const QString reports = m_dir->filePath(u"reports/"_s) + QDate::currentDate().toString(Qt::ISODate);
        QCOMPARE(QDir(reports).entryList({u"fetch-gone-*"_s}, QDir::Files).size(), 2);
        QCOMPARE(runner.recover(), 0); // once
    }

    // Schedules, runs and destinations refer to exports and connections by id: renaming
    // either breaks nothing, and an export keeps its history under its new name.
    void renamesKeepSchedulesHistoryAndDestinations()
    {
        takeIn("1,A,B,,t,2026-11-20 10:00:00,1\n", u"content_card_opens_1.csv"_s);
        saveExport();
        QString error;
        Connection c;
        c.name = u"warehouse"_s;
        c.host = u"127.0.0.1"_s;
        c.user = u"u"_s;
        c.keyFile = m_dir->filePath(u"key"_s);
        QVERIFY2(ConnectionStore(*m_ws).save(c, &error), qPrintable(error));
        ExportDefinition sftp = ExportStore(*m_ws).find(u"opens"_s)->definition;
        sftp.name = u"to-warehouse"_s;
        sftp.destination.type = Destination::Type::Sftp;
        sftp.destination.connection = u"warehouse"_s;
        QVERIFY2(ExportStore(*m_ws).save(sftp, &error), qPrintable(error));
        ScheduleRule rule;
        rule.at = QTime(6, 0);
        QVERIFY2(ScheduleStore(*m_ws).set(u"export:opens"_s, rule, &error), qPrintable(error));
        QVERIFY2(ScheduleStore(*m_ws).set(u"fetch:warehouse"_s, rule, &error), qPrintable(error));
        const QString exportKey = ScheduleStore(*m_ws).find(u"export:opens"_s)->key;
        QVERIFY(isJobKey(exportKey));
        const JobOutcome ran = JobRunner(m_ws->path()).run({JobId::Kind::Export, u"opens"_s});
        QVERIFY2(ran.state == u"completed"_s, qPrintable(ran.error));

        QVERIFY2(ExportStore(*m_ws).rename(u"opens"_s, u"opens-daily"_s, &error), qPrintable(error));
        c.name = u"dwh"_s;
        QVERIFY2(ConnectionStore(*m_ws).save(c, &error), qPrintable(error));

        QVERIFY(!ExportStore(*m_ws).find(u"opens"_s));
        QCOMPARE(ExportStore(*m_ws).runs(u"opens-daily"_s).size(), 1);
        QCOMPARE(ExportStore(*m_ws).find(u"opens-daily"_s)->definition.name, u"opens-daily"_s);
        QCOMPARE(ExportStore(*m_ws).find(u"to-warehouse"_s)->definition.destination.connection, u"dwh"_s);
        const auto schedule = ScheduleStore(*m_ws).find(u"export:opens-daily"_s);
        QVERIFY(schedule);
        QCOMPARE(schedule->key, exportKey); // what the system's scheduler was given still holds
        QCOMPARE(schedule->job, u"export:opens-daily"_s);
        QVERIFY(ScheduleStore(*m_ws).find(u"fetch:dwh"_s));
        QCOMPARE(jobName(*m_ws, exportKey), u"export:opens-daily"_s);
        QVERIFY(!ExportStore(*m_ws).rename(u"opens-daily"_s, u"to-warehouse"_s, &error));
        QVERIFY2(error.contains(u"already"_s), qPrintable(error));
    }

    void aLockFromAnotherMachineGoesStaleWithAge()
    {
        const QString fresh = QDateTime::currentDateTimeUtc().addSecs(-3600).toString(Qt::ISODateWithMs);
        const QString old = QDateTime::currentDateTimeUtc().addSecs(-(StaleAfterHours + 1) * 3600).toString(Qt::ISODateWithMs);
        execSql(u"INSERT INTO job_locks VALUES ('export:a', '1@elsewhere', '%1'), ('export:b', '1@elsewhere', '%2')"_s.arg(fresh, old));
        QString error;
        JobLock a(*m_ws, u"export:a"_s);
        QVERIFY(!a.acquire(&error));
        JobLock b(*m_ws, u"export:b"_s);
        QVERIFY2(b.acquire(&error), qPrintable(error));
    }

    // Three daily slots were missed while the machine was off: one run catches up, then
    // nothing is due until the next slot.
    void missedSlotsRunOnce()
    {
        takeIn("1,A,B,,t,2026-11-20 10:00:00,1\n", u"content_card_opens_1.csv"_s);
        saveExport();
        QString error;
        ScheduleRule rule;
        rule.kind = ScheduleRule::Kind::Daily;
        rule.at = QTime(6, 0);
        rule.zoneId = "Europe/Brussels";
        QVERIFY2(ScheduleStore(*m_ws).set(u"export:opens"_s, rule, &error), qPrintable(error));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        execSql(u"UPDATE schedules SET created_at = '%1'"_s.arg(now.addDays(-3).addSecs(-3600).toString(Qt::ISODateWithMs)));

        JobRunner runner(m_ws->path());
        QList<JobOutcome> ran = runner.runDue(now);
        QCOMPARE(ran.size(), 1);
        QVERIFY2(ran.first().state == u"completed"_s, qPrintable(ran.first().error));
        QCOMPARE(ran.first().trigger, u"schedule"_s);
        QCOMPARE(ran.first().rows, 1);
        QCOMPARE(ran.first().slot, *rule.latestDueSlot(now.addDays(-4), now));
        QCOMPARE(runner.runDue(now).size(), 0);
        // The next slot is due once its time has come.
        const QDateTime next = *rule.nextAfter(now);
        QCOMPARE(runner.runDue(next.addSecs(-1)).size(), 0);
        QCOMPARE(runner.runDue(next).size(), 1);
        QCOMPARE(ExportStore(*m_ws).runs().size(), 2);

        // A paused schedule does not run, and does not make up for its pause on resume.
        QVERIFY(ScheduleStore(*m_ws).setPaused(u"export:opens"_s, true, &error));
        QCOMPARE(runner.runDue(next.addDays(2)).size(), 0);
        QVERIFY(ScheduleStore(*m_ws).setPaused(u"export:opens"_s, false, &error));
        QCOMPARE(runner.runDue(QDateTime::currentDateTimeUtc()).size(), 0);
    }

    void aRunHeldElsewhereLeavesTheSlotDue()
    {
        takeIn("1,A,B,,t,2026-11-20 10:00:00,1\n", u"content_card_opens_1.csv"_s);
        saveExport();
        QString error;
        ScheduleRule rule;
        rule.at = QTime(6, 0);
        QVERIFY(ScheduleStore(*m_ws).set(u"export:opens"_s, rule, &error));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        execSql(u"UPDATE schedules SET created_at = '%1'"_s.arg(now.addDays(-2).toString(Qt::ISODateWithMs)));
        // Runs lock their job by key, which a rename leaves alone.
        execSql(u"INSERT INTO job_locks VALUES ('%1', '1@elsewhere', '%2')"_s.arg(jobKey(*m_ws, u"export:opens"_s),
                                                                                  now.toString(Qt::ISODateWithMs)));
        JobRunner runner(m_ws->path());
        QList<JobOutcome> ran = runner.runDue(now);
        QCOMPARE(ran.size(), 1);
        QCOMPARE(ran.first().state, u"skipped"_s);
        execSql(u"DELETE FROM job_locks"_s);
        ran = runner.runDue(now);
        QCOMPARE(ran.size(), 1);
        QCOMPARE(ran.first().state, u"completed"_s);
    }

    void aFailedRunIsRetried()
    {
        takeIn("1,A,B,,t,2026-11-20 10:00:00,1\n", u"content_card_opens_1.csv"_s);
        saveExport();
        QVERIFY(QDir(out()).removeRecursively());
        JobRunner runner(m_ws->path());
        const JobOutcome failed = runner.run({JobId::Kind::Export, u"opens"_s});
        QVERIFY(failed.failed());
        QVERIFY2(failed.error.contains(u"does not exist"_s), qPrintable(failed.error));
        QVERIFY(QDir().mkpath(out()));
        const JobOutcome retried = runner.retry(u"export"_s, failed.runId);
        QVERIFY2(retried.state == u"completed"_s, qPrintable(retried.error));
        QCOMPARE(retried.trigger, u"retry"_s);
        QCOMPARE(retried.rows, 1);
        QVERIFY(runner.retry(u"export"_s, retried.runId).failed()); // only failed runs
    }

    // Every run leaves a report beside the workspace; a failed one is e-mailed through a
    // real SMTP server, and yesterday's runs are summed up once.
    void reportsAndFailureMail()
    {
        SmtpFixture smtp;
        QVERIFY(smtp.start({}));
        MailSettings mail;
        mail.host = u"127.0.0.1"_s;
        mail.port = smtp.port();
        mail.security = MailSecurity::None;
        mail.from = u"studio@example.org"_s;
        mail.to = {u"ops@example.org"_s};
        mail.dailySummary = true;
        QString error;
        QVERIFY2(saveMailSettings(*m_ws, mail, &error), qPrintable(error));
        QCOMPARE(loadMailSettings(*m_ws)->port, smtp.port());

        takeIn("1,A,B,,t,2026-11-20 10:00:00,1\n", u"content_card_opens_1.csv"_s);
        saveExport();
        JobRunner runner(m_ws->path());
        const JobOutcome ok = runner.run({JobId::Kind::Export, u"opens"_s});
        QVERIFY2(ok.state == u"completed"_s, qPrintable(ok.error));
        const QString reports = m_dir->filePath(u"reports/"_s) + QDate::currentDate().toString(Qt::ISODate);
        QCOMPARE(QDir(reports).entryList({u"export-opens-*"_s}, QDir::Files).size(), 2); // .txt and .json
        QCOMPARE(smtp.messages().size(), 0); // nobody is told of a success

        QVERIFY(QDir(out()).removeRecursively());
        const JobOutcome failed = runner.run({JobId::Kind::Export, u"opens"_s});
        QVERIFY(failed.failed());
        QCOMPARE(QDir(reports).entryList({u"export-opens-*"_s}, QDir::Files).size(), 4);
        QTRY_COMPARE(smtp.messages().size(), 1);
        const QJsonObject message = smtp.messages().first();
        QVERIFY2(message.value(u"subject"_s).toString().contains(u"opens"_s), QJsonDocument(message).toJson().constData());
        QVERIFY(QJsonDocument(message).toJson().contains("does not exist"));

        // The runs happened today; pretend they were yesterday's for the summary.
        execSql(u"UPDATE export_runs SET started_at = strftime('%Y-%m-%dT%H:%M:%fZ', started_at, '-1 day')"_s);
        QVERIFY(dailySummaryIfDue(*m_ws, QDate::currentDate()));
        QTRY_COMPARE(smtp.messages().size(), 2);
        QVERIFY(!dailySummaryIfDue(*m_ws, QDate::currentDate())); // once
        QVERIFY(QFile::exists(m_dir->filePath(u"reports/"_s) + QDate::currentDate().addDays(-1).toString(Qt::ISODate)
                              + u"/daily-summary.txt"_s));
    }

    void fetchRunsAreRecorded()
    {
        SshdFixture sshd;
        QVERIFY(sshd.start());
        Connection c = sshd.connection();
        QString error;
        QVERIFY2(ConnectionStore(*m_ws).save(c, &error), qPrintable(error));
        SshError trustError;
        QVERIFY(trustHostKey(c, m_ws->knownHostsPath(), sshd.hostKeyFingerprint(), &trustError));
        QVERIFY(QFile::copy(qEnvironmentVariable("WRITEBACK_TEST_DATA") + u"/writebacks/content_card_opens.csv"_s,
                            sshd.root() + u"/incoming/content_card_opens.csv"_s));
        JobRunner runner(m_ws->path());
        const JobOutcome o = runner.run({JobId::Kind::Fetch, c.name});
        QVERIFY2(o.state == u"completed"_s, qPrintable(o.error));
        QCOMPARE(o.files, QStringList{u"content_card_opens.csv"_s});
        QVERIFY(o.rows > 0);
        QSqlQuery q(m_ws->database());
        QVERIFY(q.exec(u"SELECT state, files_imported, rows, bytes FROM fetch_runs"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"completed"_s);
        QCOMPARE(q.value(1).toInt(), 1);
        QCOMPARE(q.value(2).toLongLong(), o.rows);
        QCOMPARE(q.value(3).toLongLong(), QFileInfo(sshd.root() + u"/incoming/content_card_opens.csv"_s).size());
        sshd.stop();
        const JobOutcome down = runner.run({JobId::Kind::Fetch, c.name});
        QVERIFY(down.failed());
        QVERIFY(!down.error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestJobs)
#include "tst_jobs.moc"
