// SPDX-License-Identifier: GPL-3.0-or-later
// The connection doctor against a real OpenSSH server on 127.0.0.1.
#include "SshdFixture.h"
#include "TestSupport.h"
#include "sftp/ConnectionDoctor.h"
#include "sftp/SftpSession.h"

#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wb;
using namespace wb::test;
using Status = DoctorStep::Status;
using Id = DoctorStep::Id;

class TestConnectionDoctor : public QObject
{
    Q_OBJECT

    SshdFixture m_sshd;
    QTemporaryDir m_dir;

    DoctorReport runDoctor(const Connection &c, const QString &pins, QList<DoctorStep> *seen = nullptr)
    {
        ConnectionDoctor doctor(c, pins);
        doctor.setTimeoutMs(10000);
        if (seen)
            doctor.setStepCallback([seen](const DoctorStep &s) { seen->append(s); });
        return doctor.run();
    }

    // Pins the fixture's key the way a user would after comparing the fingerprint.
    void pin(const QString &pins)
    {
        SftpSession s(m_sshd.connection(), KnownHosts(pins));
        s.setTrustUnknownHostKey(true);
        QVERIFY2(s.open(), qPrintable(s.error().detailed()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_sshd.start());
        QVERIFY(writeAll(m_sshd.root() + u"/incoming/content_card_opens.csv"_s, "a\n1\n"));
        QVERIFY(writeAll(m_sshd.root() + u"/incoming/Delivery_stats.csv"_s, "b\n2\n3\n"));
        QFile newest(m_sshd.root() + u"/incoming/Delivery_stats.csv"_s);
        QVERIFY(newest.open(QIODevice::ReadWrite));
        QVERIFY(newest.setFileTime(QDateTime::currentDateTimeUtc().addDays(1), QFileDevice::FileModificationTime));
    }

    void everyStepPasses()
    {
        const QString pins = m_dir.filePath(u"pass_known_hosts"_s);
        pin(pins);
        QList<DoctorStep> seen;
        const DoctorReport r = runDoctor(m_sshd.connection(), pins, &seen);
        QVERIFY2(r.passed(), qPrintable(r.toText()));
        QCOMPARE(r.steps.size(), 9);
        for (const DoctorStep &s : r.steps)
            QVERIFY2(s.status == Status::Passed, qPrintable(s.title + u": "_s + s.detail));
        // Each step is reported as it starts and as it ends, in order.
        QCOMPARE(seen.size(), 18);
        QCOMPARE(seen.first().status, Status::Running);
        QCOMPARE(seen.first().id, Id::Resolve);
        QCOMPARE(seen.last().id, Id::WritePath);
        QVERIFY(r.steps[int(Id::Resolve)].detail.contains(u"127.0.0.1"_s));
        QVERIFY(r.steps[int(Id::Banner)].detail.startsWith(u"SSH-2.0-OpenSSH"_s));
        QVERIFY(r.steps[int(Id::HostKey)].detail.contains(m_sshd.hostKeyFingerprint()));
        QVERIFY(r.steps[int(Id::AuthMethods)].detail.contains(u"publickey"_s));
        QVERIFY2(r.steps[int(Id::ReadPath)].detail.contains(u"2 file(s)"_s), qPrintable(r.steps[int(Id::ReadPath)].detail));
        QVERIFY(r.steps[int(Id::ReadPath)].detail.contains(u"newest: Delivery_stats.csv"_s));
        // The write probe is gone afterwards.
        QVERIFY(QDir(m_sshd.root() + u"/outgoing"_s).entryList(QDir::Files | QDir::Hidden).isEmpty());

        const QString text = r.toText();
        QCOMPARE(text.count(u"[ OK ]"_s), 9);
        QVERIFY(text.contains(u"the connection works"_s));
        const QJsonObject json = r.toJson();
        QCOMPARE(json[u"ok"_s].toBool(), true);
        QCOMPARE(json[u"steps"_s].toArray().size(), 9);
        QCOMPARE(json[u"steps"_s].toArray().at(5).toObject()[u"step"_s].toString(), u"authenticate"_s);
    }

    void stopsAtTheFailingStep_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<int>("failingStep");
        QTest::addColumn<QString>("errorName");
        QTest::newRow("unknown domain") << u"host"_s << int(Id::Resolve) << u"host-not-found"_s;
        QTest::newRow("closed port") << u"port"_s << int(Id::Connect) << u"connection-refused"_s;
        QTest::newRow("host key not pinned") << u"unpinned"_s << int(Id::HostKey) << u"host-key-unknown"_s;
        QTest::newRow("key refused") << u"key"_s << int(Id::Authenticate) << u"key-not-accepted"_s;
        QTest::newRow("read path missing") << u"read"_s << int(Id::ReadPath) << u"path-missing"_s;
        QTest::newRow("write path read-only") << u"write"_s << int(Id::WritePath) << u"permission-denied"_s;
    }
    void stopsAtTheFailingStep()
    {
        QFETCH(QString, what);
        QFETCH(int, failingStep);
        QFETCH(QString, errorName);
        const QString pins = m_dir.filePath(what + u"_known_hosts"_s);
        if (what != u"unpinned"_s)
            pin(pins);
        Connection c = m_sshd.connection(what == u"key"_s     ? SshdFixture::Key::Unauthorized
                                         : what == u"write"_s ? SshdFixture::Key::ReadOnly
                                                              : SshdFixture::Key::Ed25519);
        if (what == u"host"_s)
            c.host = u"no-such-host.invalid"_s;
        if (what == u"port"_s)
            c.port = 1;
        if (what == u"read"_s)
            c.readPath = u"/no/such/incoming"_s;
        const DoctorReport r = runDoctor(c, pins);
        QVERIFY(!r.passed());
        for (int i = 0; i < r.steps.size(); ++i) {
            const Status expected = i < failingStep ? Status::Passed : i == failingStep ? Status::Failed : Status::Skipped;
            QVERIFY2(r.steps[i].status == expected,
                     qPrintable(u"step %1 (%2) is %3: %4"_s.arg(i).arg(r.steps[i].title,
                                DoctorStep::statusName(r.steps[i].status), r.steps[i].detail)));
        }
        const DoctorStep &failed = r.steps[failingStep];
        QVERIFY(!failed.advice.isEmpty());
        QVERIFY(!failed.detail.isEmpty());
        const QJsonObject step = r.toJson()[u"steps"_s].toArray().at(failingStep).toObject();
        QCOMPARE(step[u"error"_s].toString(), errorName);
        QVERIFY(r.toText().contains(u"[FAIL]"_s));
        QVERIFY(r.toText().contains(u"Advice:"_s));
    }
};

QTEST_GUILESS_MAIN(TestConnectionDoctor)
#include "tst_connectiondoctor.moc"
