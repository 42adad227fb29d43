// SPDX-License-Identifier: GPL-3.0-or-later
// Civitas outreach taken from a real RabbitMQ 4 queue over AMQP 1.0, through the CLI as a
// user runs it: each message once, its raw body kept, unreadable ones kept aside and read
// again later, the doctor naming each failure, TLS with a private CA, and a schedule.
#include "BrokerFixture.h"
#include "CivitasMessages.h"
#include "TestSupport.h"
#include "core/Workspace.h"
#include "jobs/JobHistory.h"
#include "jobs/JobRunner.h"
#include "jobs/ScheduleStore.h"
#include "queue/MessageLedger.h"
#include "queue/QueueStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wb;
using namespace wb::test;

class TestQueue : public QObject
{
    Q_OBJECT

    BrokerFixture m_broker;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_ws;
    int m_queues = 0;

    struct Cli
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    };

    Cli cli(const QStringList &args, const QString &password = QString::fromLatin1(BrokerFixture::Password))
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"WRITEBACK_QUEUE_PASSWORD"_s, password);
        env.insert(u"LANG"_s, u"C.UTF-8"_s);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(WRITEBACK_CLI), QStringList{u"--workspace"_s, m_ws} + args);
        p.closeWriteChannel();
        Cli r;
        if (!p.waitForFinished(120000)) {
            p.kill();
            p.waitForFinished();
        }
        r.exitCode = p.exitCode();
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    // A queue of this test's own (RabbitMQ declares /queue/NAME on first use), added as NAME.
    QString addQueue(const QString &name, const QStringList &extra = {})
    {
        const QString address = u"/queue/test-%1"_s.arg(++m_queues);
        const Cli r = cli(QStringList{u"queue"_s, u"add"_s, name, u"--url"_s, m_broker.url(), u"--user"_s,
                                      QString::fromLatin1(BrokerFixture::User), u"--queue"_s, address}
                          + extra);
        if (r.exitCode != 0)
            qWarning().noquote() << r.out << r.err;
        return address;
    }

    qint64 count(const QString &sql)
    {
        Workspace ws;
        QString error;
        if (!ws.open(m_ws, &error))
            return -1;
        QSqlQuery q(ws.database());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_broker.start(), "the RabbitMQ broker did not start"); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_ws = m_dir->filePath(u"workspace.sqlite"_s);
    }

    void takesEachMessageOnceWithItsRawBody()
    {
        const QString address = addQueue(u"civitas"_s);
        const auto messages = civitasMessages(1, 40, 2);
        QVERIFY(m_broker.send(address, messages));

        Cli r = cli({u"queue"_s, u"consume"_s, u"civitas"_s, u"--idle"_s, u"1"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QJsonObject o = r.json();
        QCOMPARE(o.value(u"messages"_s).toInt(), 40);
        QCOMPARE(o.value(u"taken"_s).toInt(), 40);
        QCOMPARE(o.value(u"duplicates"_s).toInt(), 0);
        QCOMPARE(o.value(u"unreadable"_s).toInt(), 0);
        // Two students and six properties a message, and a details row for each student.
        QCOMPARE(o.value(u"rows_added"_s).toInt(), 40 * (2 + 6 + 2));
        QCOMPARE(count(u"SELECT count(*) FROM ds_civitas__outreach"_s), 80);
        QCOMPARE(count(u"SELECT count(*) FROM ds_civitas__outreach_properties"_s), 240);
        QCOMPARE(m_broker.depth(address.mid(7)), 0);

        // The raw bodies are in the workspace byte for byte, keyed on the message ids.
        Workspace ws;
        QString error;
        QVERIFY2(ws.open(m_ws, &error), qPrintable(error));
        QSqlQuery q(ws.database());
        QVERIFY(q.exec(u"SELECT message_key, body FROM queue_messages ORDER BY id"_s));
        for (const auto &[id, body] : messages) {
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toByteArray(), "id:" + id);
            QCOMPARE(q.value(1).toByteArray(), body);
        }
        QVERIFY(!q.next());
        q.finish();

        // The run is in the history, with its report.
        const auto run = JobHistory(ws).run(u"Q1"_s);
        QVERIFY(run);
        QCOMPARE(run->job, u"consume:civitas"_s);
        QCOMPARE(run->state, u"completed"_s);
        QCOMPARE(run->rows, 40 * (2 + 6 + 2)); // outreach, properties, details
        QVERIFY2(run->details.join(u' ').contains(u"Messages: 40 taken"_s), qPrintable(run->details.join(u' ')));

        // Given again (as after a crash before they were accepted), the same ids add nothing.
        QVERIFY(m_broker.send(address, messages.mid(0, 5)));
        r = cli({u"queue"_s, u"consume"_s, u"civitas"_s, u"--idle"_s, u"1"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        o = r.json();
        QCOMPARE(o.value(u"messages"_s).toInt(), 5);
        QCOMPARE(o.value(u"duplicates"_s).toInt(), 5);
        QCOMPARE(o.value(u"taken"_s).toInt(), 0);
        QCOMPARE(o.value(u"rows_added"_s).toInt(), 0);
        QCOMPARE(count(u"SELECT count(*) FROM queue_messages"_s), 40);
        QCOMPARE(m_broker.depth(address.mid(7)), 0);
    }

    // The process stored a batch and died before accepting it: the broker gives the batch
    // again, and the ledger recognises every message of it.
    void aBatchStoredButNotAcceptedComesBackAsDuplicates()
    {
        const QString address = addQueue(u"civitas"_s);
        QVERIFY(m_broker.send(address, civitasMessages(100, 25)));
        Workspace ws;
        QString error;
        QVERIFY2(ws.open(m_ws, &error), qPrintable(error));
        const auto queue = QueueStore(ws).find(u"civitas"_s);
        QVERIFY(queue);
        MessageLedger ledger(m_ws, *queue);
        AmqpReceiver::Options options;
        options.idleMs = 1000;
        const AmqpReceiver::Result r = AmqpReceiver::run(*queue, QString::fromLatin1(BrokerFixture::Password), options,
                                                         [&](const QList<ReceivedMessage> &batch, QString *e) {
                                                             if (!ledger.store(batch, e))
                                                                 return false;
                                                             *e = u"died before accepting"_s;
                                                             return false; // as if killed here
                                                         });
        QCOMPARE(r.error.kind, QueueError::Kind::Storage);
        QCOMPARE(r.accepted, 0);
        QCOMPARE(ledger.counts().taken, 25);
        QCOMPARE(m_broker.depth(address.mid(7)), 25);

        const Cli again = cli({u"queue"_s, u"consume"_s, u"civitas"_s, u"--idle"_s, u"1"_s, u"--json"_s});
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QCOMPARE(again.json().value(u"duplicates"_s).toInt(), 25);
        QCOMPARE(again.json().value(u"rows_added"_s).toInt(), 0);
        QCOMPARE(count(u"SELECT count(*) FROM ds_civitas__outreach"_s), 25);
        QCOMPARE(m_broker.depth(address.mid(7)), 0);
    }

    void unreadableMessagesAreKeptAndReadAgain()
    {
        const QString address = addQueue(u"civitas"_s);
        const QByteArray broken = "{\n  \"outreachId\": \"x-1\",\n  \"students\": [ oops ]\n}";
        QVERIFY(m_broker.send(address, {{"broken-1", broken}}));
        QVERIFY(m_broker.send(address, civitasMessages(200, 3)));

        Cli r = cli({u"queue"_s, u"consume"_s, u"civitas"_s, u"--idle"_s, u"1"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 1); // reported, but it does not block the queue
        QJsonObject o = r.json();
        QCOMPARE(o.value(u"unreadable"_s).toInt(), 1);
        QCOMPARE(o.value(u"taken"_s).toInt(), 3);
        const QString problem = o.value(u"problems"_s).toArray().first().toString();
        QVERIFY2(problem.contains(u"id:broken-1"_s) && problem.contains(u"line 3, column"_s), qPrintable(problem));
        QCOMPARE(m_broker.depth(address.mid(7)), 0); // accepted: never lost, never given again
        QCOMPARE(count(u"SELECT count(*) FROM queue_messages WHERE state = 'unreadable' AND body = "
                       "CAST('"_s + QString::fromUtf8(broken).replace(u"'"_s, u"''"_s) + u"' AS BLOB)"_s),
                 1);
        QCOMPARE(count(u"SELECT error_line FROM queue_messages WHERE message_key = 'id:broken-1'"_s), 3);

        // Replaying with the same reader keeps it aside, with its reason.
        r = cli({u"queue"_s, u"replay"_s, u"civitas"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.json().value(u"unreadable"_s).toInt(), 1);
        QCOMPARE(count(u"SELECT count(*) FROM ds_civitas__outreach"_s), 3);

        // Once the body reads (here: corrected in place, as a newer reader would accept it),
        // replay takes it in with its rows.
        {
            Workspace ws;
            QString error;
            QVERIFY2(ws.open(m_ws, &error), qPrintable(error));
            QSqlQuery fix(ws.database());
            fix.prepare(u"UPDATE queue_messages SET body = ? WHERE message_key = 'id:broken-1'"_s);
            fix.addBindValue(civitasOutreach(999));
            QVERIFY(fix.exec());
        }
        r = cli({u"queue"_s, u"replay"_s, u"civitas"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().value(u"taken"_s).toInt(), 1);
        QCOMPARE(r.json().value(u"rows_added"_s).toInt(), 1 + 6 + 1);
        QCOMPARE(count(u"SELECT count(*) FROM ds_civitas__outreach"_s), 4);
        QCOMPARE(count(u"SELECT count(*) FROM queue_messages WHERE state = 'unreadable'"_s), 0);
    }

    // A property name the batch has not seen yet becomes a column of civitas.outreach_details
    // between two messages of one batch; the messages before it keep their rows.
    void detailsGainAColumnWithinABatch()
    {
        const QString address = addQueue(u"civitas"_s);
        QJsonObject later = QJsonDocument::fromJson(civitasOutreach(2)).object();
        QJsonArray properties = later.value(u"outreachProperties"_s).toArray();
        properties.append(QJsonObject{{u"outreachPropertyId"_s, 99},
                                      {u"name"_s, u"emailSubject"_s},
                                      {u"value"_s, u"Your hold"_s},
                                      {u"valueId"_s, u"17"_s}});
        later[u"outreachProperties"_s] = properties;
        QVERIFY(m_broker.send(address, {{"m-1", civitasOutreach(1)}, {"m-2", QJsonDocument(later).toJson()}}));

        const Cli r = cli({u"queue"_s, u"consume"_s, u"civitas"_s, u"--idle"_s, u"1"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().value(u"taken"_s).toInt(), 2);
        QCOMPARE(count(u"SELECT count(*) FROM ds_civitas__outreach_details"_s), 2);
        QCOMPARE(count(u"SELECT count(*) FROM ds_civitas__outreach_details "
                       "WHERE outreach_reason = 'Student Hold' AND outreach_topic = 'Academic'"_s),
                 2);
        QCOMPARE(count(u"SELECT count(*) FROM ds_civitas__outreach_details WHERE email_subject = 'Your hold' "
                       "AND email_subject_value_id = '17' AND outreach_id LIKE '%000000000002'"_s),
                 1);
        QCOMPARE(count(u"SELECT count(*) FROM ds_civitas__outreach_details WHERE COALESCE(email_subject, '') = ''"_s),
                 1);
    }

    void maxStopsAfterThatManyAndLeavesTheRest()
    {
        const QString address = addQueue(u"civitas"_s);
        QVERIFY(m_broker.send(address, civitasMessages(300, 30)));
        const Cli r = cli({u"queue"_s, u"consume"_s, u"civitas"_s, u"--max"_s, u"10"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().value(u"taken"_s).toInt(), 10);
        QCOMPARE(m_broker.depth(address.mid(7)), 20);
    }

    void doctorNamesEachFailure_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("queue");
        QTest::addColumn<bool>("withCa");
        QTest::addColumn<QString>("failedStep");
        QTest::addColumn<QString>("detail");
        const QString user = QString::fromLatin1(BrokerFixture::User);
        const QString password = QString::fromLatin1(BrokerFixture::Password);
        const QString queue = QString::fromLatin1(BrokerFixture::Queue);
        QTest::newRow("works over TLS") << u"tls"_s << user << password << queue << true << QString()
                                        << u"Writeback Test CA"_s;
        QTest::newRow("untrusted certificate") << u"tls"_s << user << password << queue << false << u"tls"_s
                                               << u"issued by Writeback Test CA, valid from"_s;
        QTest::newRow("wrong password") << u"plain"_s << user << u"nope"_s << queue << false << u"login"_s
                                        << u"refused the user name or password"_s;
        QTest::newRow("no permission") << u"plain"_s << QString::fromLatin1(BrokerFixture::Outsider)
                                       << QString::fromLatin1(BrokerFixture::OutsiderPassword) << queue << false
                                       << u"open-queue"_s << u"may not read from this queue"_s;
        QTest::newRow("missing queue") << u"plain"_s << user << password << u"/queues/missing"_s << false
                                       << u"open-queue"_s << u"no queue at this address"_s;
        QTest::newRow("nothing listening") << u"closed"_s << user << password << queue << false << u"connect"_s
                                           << u"Nothing answers"_s;
    }

    void doctorNamesEachFailure()
    {
        QFETCH(QString, url);
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(QString, queue);
        QFETCH(bool, withCa);
        QFETCH(QString, failedStep);
        QFETCH(QString, detail);
        const QString brokerUrl = url == u"tls"_s     ? m_broker.tlsUrl()
                                  : url == u"plain"_s ? m_broker.url()
                                                      : u"amqp://127.0.0.1:%1"_s.arg(freePort());
        QStringList add{u"queue"_s, u"add"_s, u"q"_s, u"--url"_s, brokerUrl, u"--user"_s, user, u"--queue"_s, queue};
        if (withCa)
            add << u"--ca-file"_s << m_broker.caFile();
        QCOMPARE(cli(add).exitCode, 0);
        const Cli r = cli({u"queue"_s, u"test"_s, u"q"_s, u"--json"_s}, password);
        const QJsonObject o = r.json();
        QCOMPARE(r.exitCode, failedStep.isEmpty() ? 0 : 1);
        QCOMPARE(o.value(u"ok"_s).toBool(), failedStep.isEmpty());
        QString details;
        for (const QJsonValue &v : o.value(u"steps"_s).toArray()) {
            const QJsonObject step = v.toObject();
            details += step.value(u"detail"_s).toString() + u'\n';
            if (step.value(u"status"_s).toString() == u"failed"_s)
                QCOMPARE(step.value(u"step"_s).toString(), failedStep);
            if (step.value(u"step"_s).toString() == u"tls"_s && url == u"plain"_s)
                QCOMPARE(step.value(u"status"_s).toString(), u"warning"_s); // no TLS: said so
        }
        QVERIFY2(details.contains(detail), qPrintable(details));
        // The doctor takes nothing from the queue.
        QCOMPARE(m_broker.depth(), 0);
    }

    void consumesOverTlsWithAPrivateCa()
    {
        const QString address = u"/queue/tls-test"_s;
        QCOMPARE(cli({u"queue"_s, u"add"_s, u"secure"_s, u"--url"_s, m_broker.tlsUrl(), u"--user"_s,
                      QString::fromLatin1(BrokerFixture::User), u"--queue"_s, address, u"--ca-file"_s,
                      m_broker.caFile()})
                     .exitCode,
                 0);
        QVERIFY(m_broker.send(address, civitasMessages(400, 12)));
        const Cli r = cli({u"queue"_s, u"consume"_s, u"secure"_s, u"--idle"_s, u"1"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().value(u"taken"_s).toInt(), 12);
    }

    // A consume is a job like a fetch: scheduled, under the job lock, in the history.
    void aScheduleRunsTheConsume()
    {
        const QString address = addQueue(u"civitas"_s);
        QVERIFY(m_broker.send(address, civitasMessages(500, 7)));
        Workspace ws;
        QString error;
        QVERIFY2(ws.open(m_ws, &error), qPrintable(error));
        ScheduleRule rule;
        rule.at = QTime(6, 0);
        QVERIFY2(ScheduleStore(ws).set(u"consume:civitas"_s, rule, &error), qPrintable(error));
        QVERIFY(ScheduleStore(ws).find(u"consume:civitas"_s)->key.startsWith(u"consume#"_s));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QSqlQuery(ws.database())
            .exec(u"UPDATE schedules SET created_at = '%1'"_s.arg(now.addDays(-2).toString(Qt::ISODateWithMs)));
        qputenv("WRITEBACK_QUEUE_PASSWORD", BrokerFixture::Password);
        JobRunner runner(m_ws);
        AmqpReceiver::Options options;
        options.idleMs = 1000;
        runner.setConsumeOptions(options);
        const QList<JobOutcome> ran = runner.runDue(now);
        qunsetenv("WRITEBACK_QUEUE_PASSWORD");
        QCOMPARE(ran.size(), 1);
        QCOMPARE(ran.first().job, u"consume:civitas"_s);
        QVERIFY2(ran.first().state == u"completed"_s, qPrintable(ran.first().error));
        QCOMPARE(ran.first().trigger, u"schedule"_s);
        QCOMPARE(ran.first().rows, 7 * (1 + 6 + 1));
        RunFilter filter;
        filter.job = u"consume:civitas"_s;
        QCOMPARE(JobHistory(ws).runs(filter).size(), 1);
    }

    void cleanupTestCase() { m_broker.stop(); }
};

QTEST_GUILESS_MAIN(TestQueue)
#include "tst_queue.moc"
