// SPDX-License-Identifier: GPL-3.0-or-later
// Kills `writeback-cli queue consume` with SIGKILL at random moments while thousands of
// messages flow into a real RabbitMQ queue; afterwards every message sent is in the
// workspace exactly once, with all of its rows.
#include "BrokerFixture.h"
#include "CivitasMessages.h"
#include "TestSupport.h"
#include "core/Workspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;
using namespace wb;
using namespace wb::test;

class TestKillQueue : public QObject
{
    Q_OBJECT

    static constexpr int Batches = 8;
    static constexpr int PerBatch = 500;

    static QProcessEnvironment environment()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"WRITEBACK_QUEUE_PASSWORD"_s, QString::fromLatin1(BrokerFixture::Password));
        return env;
    }

    // Runs a consume; kills it after killAfterMs (< 0: lets it finish). -1 when killed.
    static int consume(const QString &ws, int killAfterMs, QJsonObject *result = nullptr)
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(QStringLiteral(WRITEBACK_CLI),
                {u"--workspace"_s, ws, u"queue"_s, u"consume"_s, u"civitas"_s, u"--idle"_s, u"1"_s, u"--json"_s});
        if (!p.waitForStarted())
            return -2;
        if (killAfterMs >= 0 && !p.waitForFinished(killAfterMs)) {
            p.kill(); // SIGKILL: no handler runs, nothing is flushed
            p.waitForFinished();
            return -1;
        }
        p.waitForFinished(120000);
        if (result)
            *result = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        return p.exitCode();
    }

private Q_SLOTS:
    void everyMessageOnceAfterRandomKills()
    {
        BrokerFixture broker;
        QVERIFY2(broker.start(), "the RabbitMQ broker did not start");
        QTemporaryDir dir;
        const QString ws = dir.filePath(u"workspace.sqlite"_s);
        const QString address = u"/queue/kill-test"_s;
        {
            QProcess add;
            add.setProcessEnvironment(environment());
            add.start(QStringLiteral(WRITEBACK_CLI), {u"--workspace"_s, ws, u"queue"_s, u"add"_s, u"civitas"_s, u"--url"_s,
                                                     broker.url(), u"--user"_s, QString::fromLatin1(BrokerFixture::User),
                                                     u"--queue"_s, address});
            QVERIFY(add.waitForFinished(60000));
            QCOMPARE(add.exitCode(), 0);
        }

        // The platform publishes while the consumer is killed again and again.
        std::atomic_bool sent{false};
        std::atomic_int failures{0};
        std::thread publisher([&] {
            for (int b = 0; b < Batches; ++b) {
                if (!broker.send(address, civitasMessages(b * PerBatch, PerBatch)))
                    ++failures;
                std::this_thread::sleep_for(std::chrono::milliseconds(150));
            }
            sent = true;
        });
        QRandomGenerator rng(20261205);
        int killed = 0;
        while (!sent.load() || killed < 8) {
            const int rc = consume(ws, 30 + int(rng.bounded(600u)));
            if (rc == -1)
                ++killed;
            else if (rc != 0)
                qWarning("a consume exited with %d", rc);
            if (killed > 60)
                break;
        }
        publisher.join();
        QCOMPARE(failures.load(), 0);
        QVERIFY2(killed >= 8, "too few consumes were killed mid-run");

        // Drain what is left, unkilled: then nothing is waiting and nothing is new.
        QJsonObject last;
        int rounds = 0;
        do {
            QCOMPARE(consume(ws, -1, &last), 0);
        } while (last.value(u"messages"_s).toInt() > 0 && ++rounds < 10);
        QCOMPARE(broker.depth(address.mid(7)), 0);

        constexpr int Total = Batches * PerBatch;
        Workspace w;
        QString error;
        QVERIFY2(w.open(ws, &error), qPrintable(error));
        const auto scalar = [&](const QString &sql) {
            QSqlQuery q(w.database());
            return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
        };
        QCOMPARE(scalar(u"SELECT count(*) FROM queue_messages"_s), Total);
        QCOMPARE(scalar(u"SELECT count(DISTINCT message_key) FROM queue_messages WHERE state = 'taken'"_s), Total);
        // Every id sent is there: civitas-0 .. civitas-(Total-1).
        QCOMPARE(scalar(u"SELECT count(*) FROM queue_messages WHERE message_key BETWEEN 'id:civitas-' AND 'id:civitas-~'"_s),
                 Total);
        QCOMPARE(scalar(u"SELECT count(*) FROM ds_civitas__outreach"_s), Total);
        QCOMPARE(scalar(u"SELECT count(*) FROM ds_civitas__outreach_properties"_s), Total * 6);
        QCOMPARE(scalar(u"SELECT sum(rows) FROM queue_messages"_s), Total * 7);
        // Each message's rows point at its own ledger row.
        QCOMPARE(scalar(u"SELECT count(*) FROM ds_civitas__outreach AS o JOIN queue_messages AS m ON m.id = o._line "
                        "AND m.file_id = o._file"_s),
                 Total);
        qInfo("%d consumes killed; %lld duplicates recognised", killed,
              scalar(u"SELECT coalesce(sum(duplicates), 0) FROM consume_runs"_s));
        broker.stop();
    }
};

QTEST_GUILESS_MAIN(TestKillQueue)
#include "tst_killqueue.moc"
