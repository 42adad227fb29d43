// SPDX-License-Identifier: GPL-3.0-or-later
// SftpSession against a real OpenSSH server on 127.0.0.1.
#include "SshdFixture.h"
#include "TestSupport.h"
#include "sftp/SftpSession.h"

#include <QDir>
#include <QFile>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wb;
using namespace wb::test;
using Key = SshdFixture::Key;
using Kind = SshError::Kind;

Q_DECLARE_METATYPE(wb::test::SshdFixture::Key)
Q_DECLARE_METATYPE(wb::SshError::Kind)

class TestSftpSession : public QObject
{
    Q_OBJECT

private:
    SshdFixture m_sshd;
    QTemporaryDir m_local;

    QString knownHosts() const { return m_local.filePath(u"known_hosts"_s); }

    // A session that trusts the fixture's host key on first contact.
    std::unique_ptr<SftpSession> openSession(Key key = Key::Ed25519, const QString &passphrase = {})
    {
        auto s = std::make_unique<SftpSession>(m_sshd.connection(key), KnownHosts(knownHosts()));
        s->setTrustUnknownHostKey(true);
        s->setPassphrase(passphrase);
        s->setTimeout(std::chrono::seconds(20));
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_local.isValid());
        QVERIFY2(m_sshd.start(), "the OpenSSH fixture must start (is openssh-server installed?)");
    }

    void authSucceeds_data()
    {
        QTest::addColumn<Key>("key");
        QTest::addColumn<QString>("passphrase");
        QTest::newRow("ed25519 (OpenSSH format)") << Key::Ed25519 << QString();
        QTest::newRow("ecdsa-nistp256") << Key::Ecdsa << QString();
        QTest::newRow("rsa, rsa-sha2 signatures") << Key::Rsa << QString();
        QTest::newRow("rsa, PEM format") << Key::RsaPem << QString();
        QTest::newRow("ed25519 with passphrase") << Key::Ed25519Passphrase << SshdFixture::passphrase();
    }
    void authSucceeds()
    {
        QFETCH(Key, key);
        QFETCH(QString, passphrase);
        auto s = openSession(key, passphrase);
        QVERIFY2(s->open(), qPrintable(s->error().detailed() + u"\n"_s + m_sshd.log().right(2000)));
        QVERIFY(s->isOpen());
        QVERIFY(s->serverBanner().startsWith(u"SSH-2.0-OpenSSH"_s));
    }

    // PuTTY keys are converted in memory; the server must accept the result.
    void authWithPuttyKey_data()
    {
        QTest::addColumn<Key>("key");
        QTest::addColumn<QString>("version");
        QTest::newRow("ed25519 .ppk v3") << Key::Ed25519 << u"3"_s;
        QTest::newRow("rsa .ppk v2") << Key::Rsa << u"2"_s;
        QTest::newRow("ecdsa .ppk v3") << Key::Ecdsa << u"3"_s;
    }
    void authWithPuttyKey()
    {
        QFETCH(Key, key);
        QFETCH(QString, version);
        const QString ppk = m_local.filePath(u"key-%1.ppk"_s.arg(QString::fromLatin1(QTest::currentDataTag())).replace(u' ', u'_'));
        QVERIFY(run(u"puttygen"_s, {m_sshd.keyPath(key), u"-O"_s, u"private"_s, u"-o"_s, ppk,
                                    u"--ppk-param"_s, u"version="_s + version}));
        Connection c = m_sshd.connection(key);
        c.keyFile = ppk;
        SftpSession s(c, KnownHosts(knownHosts()));
        s.setTrustUnknownHostKey(true);
        QVERIFY2(s.open(), qPrintable(s.error().detailed()));
    }

    void authFails_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<Kind>("expected");
        QTest::newRow("key not authorized") << u"unauthorized"_s << Kind::KeyNotAccepted;
        QTest::newRow("wrong user") << u"user"_s << Kind::KeyNotAccepted;
        QTest::newRow("passphrase missing") << u"nopass"_s << Kind::PassphraseNeeded;
        QTest::newRow("passphrase wrong") << u"badpass"_s << Kind::PassphraseWrong;
        QTest::newRow("public key given") << u"pub"_s << Kind::KeyFileProblem;
        QTest::newRow("key file missing") << u"nokey"_s << Kind::KeyFileProblem;
        QTest::newRow("connection refused") << u"port"_s << Kind::ConnectionRefused;
        QTest::newRow("server accepts but never speaks SSH") << u"silent"_s << Kind::Timeout;
        QTest::newRow("unknown domain") << u"host"_s << Kind::HostNotFound;
    }
    void authFails()
    {
        QFETCH(QString, what);
        QFETCH(Kind, expected);
        Connection c = m_sshd.connection(what == u"unauthorized"_s ? Key::Unauthorized : Key::Ed25519);
        QString passphrase;
        if (what == u"user"_s)
            c.user = u"nosuchuser"_s;
        if (what == u"nopass"_s || what == u"badpass"_s)
            c.keyFile = m_sshd.keyPath(Key::Ed25519Passphrase);
        if (what == u"badpass"_s)
            passphrase = u"not the passphrase"_s;
        if (what == u"pub"_s)
            c.keyFile += u".pub"_s;
        if (what == u"nokey"_s)
            c.keyFile += u".missing"_s;
        if (what == u"port"_s)
            c.port = 1; // nothing listens there on 127.0.0.1
        if (what == u"host"_s)
            c.host = u"no-such-host.invalid"_s;
        // A listening socket that never says anything: TCP connects (the system accepts into
        // the backlog), then no SSH banner ever comes.
        QTcpServer silent;
        if (what == u"silent"_s) {
            QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
            c.port = silent.serverPort();
        }
        SftpSession s(c, KnownHosts(knownHosts()));
        s.setTrustUnknownHostKey(true);
        s.setPassphrase(passphrase);
        s.setTimeout(std::chrono::seconds(what == u"silent"_s ? 1 : 10));
        QVERIFY(!s.open());
        QCOMPARE(s.error().kind, expected);
        QVERIFY(!s.error().message.isEmpty());
    }

    void hostKeyFirstContactPinnedAndChanged()
    {
        QTemporaryDir dir;
        const QString pins = dir.filePath(u"known_hosts"_s);
        {
            SftpSession s(m_sshd.connection(), KnownHosts(pins));
            QVERIFY(!s.open());
            QCOMPARE(s.error().kind, Kind::HostKeyUnknown);
            QCOMPARE(s.hostKey().fingerprint, m_sshd.hostKeyFingerprint());
            QVERIFY(s.error().message.contains(m_sshd.hostKeyFingerprint()));
            QVERIFY2(!QFile::exists(pins), "an unknown key must not be pinned without asking");
        }
        {
            SftpSession s(m_sshd.connection(), KnownHosts(pins));
            s.setTrustUnknownHostKey(true);
            QVERIFY2(s.open(), qPrintable(s.error().detailed()));
            QVERIFY(s.hostKeyNewlyTrusted());
            const QByteArray line = readAll(pins);
            QVERIFY2(line.startsWith(u"[127.0.0.1]:%1 ssh-ed25519 "_s.arg(m_sshd.port()).toUtf8()), line.constData());
        }
        {
            SftpSession s(m_sshd.connection(), KnownHosts(pins));
            QVERIFY2(s.open(), qPrintable(s.error().detailed()));
            QCOMPARE(s.hostKeyStatus(), KnownHosts::Result::Match);
            QVERIFY(!s.hostKeyNewlyTrusted());
        }
        const QByteArray pinned = readAll(pins);
        const QString oldFingerprint = m_sshd.hostKeyFingerprint();
        QVERIFY(m_sshd.restartWithNewHostKey());
        QVERIFY(m_sshd.hostKeyFingerprint() != oldFingerprint);
        {
            SftpSession s(m_sshd.connection(), KnownHosts(pins));
            s.setTrustUnknownHostKey(true); // even so, a changed key is never re-trusted
            QVERIFY(!s.open());
            QCOMPARE(s.error().kind, Kind::HostKeyChanged);
            QVERIFY(s.error().message.contains(m_sshd.hostKeyFingerprint()));
            QCOMPARE(readAll(pins), pinned);
        }
        // A server that now offers only another key type has changed its key too: it must
        // not be taken for a new server and offered for trust.
        QVERIFY(m_sshd.restartWithNewHostKey(u"ecdsa"_s));
        {
            SftpSession s(m_sshd.connection(), KnownHosts(pins));
            s.setTrustUnknownHostKey(true);
            QVERIFY(!s.open());
            QCOMPARE(s.error().kind, Kind::HostKeyChanged);
            QCOMPARE(readAll(pins), pinned);
            SshError error;
            QVERIFY(!trustHostKey(m_sshd.connection(), pins, m_sshd.hostKeyFingerprint(), &error));
            QCOMPARE(readAll(pins), pinned);
        }
        // Leave the shared pins file consistent with the new host key for later tests.
        QFile::remove(knownHosts());
    }

    void listGetPutRoundTrip()
    {
        auto s = openSession();
        QVERIFY2(s->open(), qPrintable(s->error().detailed()));
        // Local paths for QFile, the server's names for them for the session.
        const QString incoming = m_sshd.root() + u"/incoming"_s;
        const QString remoteIn = m_sshd.serverPath(incoming);
        const QByteArray csv = "contact_id,first_name\r\n42,Ren\xc3\xa9\r\n";
        QVERIFY(writeAll(incoming + u"/content_card_opens.csv"_s, csv));
        QVERIFY(QDir(incoming).mkpath(u"archive"_s));

        const auto entries = s->list(remoteIn);
        QVERIFY2(entries, qPrintable(s->error().detailed()));
        QCOMPARE(entries->size(), 2);
        QCOMPARE(entries->at(0).name, u"archive"_s);
        QCOMPARE(entries->at(0).type, RemoteEntry::Type::Directory);
        QCOMPARE(entries->at(1).name, u"content_card_opens.csv"_s);
        QCOMPARE(entries->at(1).size, csv.size());
        QCOMPARE(entries->at(1).type, RemoteEntry::Type::File);
        QVERIFY(qAbs(entries->at(1).modified.secsTo(QDateTime::currentDateTimeUtc())) < 120);

        const QString local = m_local.filePath(u"opens.csv"_s);
        QVERIFY2(s->download(remoteIn + u"/content_card_opens.csv"_s, local), qPrintable(s->error().detailed()));
        QCOMPARE(readAll(local), csv);

        const QString outgoing = m_sshd.root() + u"/outgoing"_s;
        const QString remoteOut = m_sshd.serverPath(outgoing);
        QVERIFY2(s->upload(local, remoteOut + u"/opens.csv"_s), qPrintable(s->error().detailed()));
        QCOMPARE(readAll(outgoing + u"/opens.csv"_s), csv);
        QCOMPARE(QDir(outgoing).entryList(QDir::Files | QDir::Hidden), QStringList{u"opens.csv"_s});

        // Without overwrite, an existing file is refused and left untouched.
        QVERIFY(writeAll(local, "other"));
        QVERIFY(!s->upload(local, remoteOut + u"/opens.csv"_s, false));
        QCOMPARE(s->error().kind, Kind::AlreadyExists);
        QCOMPARE(readAll(outgoing + u"/opens.csv"_s), csv);
        QCOMPARE(QDir(outgoing).entryList(QDir::Files | QDir::Hidden).size(), 1);
        // With overwrite it is replaced atomically.
        QVERIFY2(s->upload(local, remoteOut + u"/opens.csv"_s, true), qPrintable(s->error().detailed()));
        QCOMPARE(readAll(outgoing + u"/opens.csv"_s), QByteArray("other"));

        QVERIFY(s->mkdir(remoteOut + u"/sub"_s));
        QVERIFY(s->rename(remoteOut + u"/opens.csv"_s, remoteOut + u"/sub/renamed.csv"_s));
        QVERIFY(QFile::exists(outgoing + u"/sub/renamed.csv"_s));
        QVERIFY(s->remove(remoteOut + u"/sub/renamed.csv"_s));
        QVERIFY(s->rmdir(remoteOut + u"/sub"_s));
        QVERIFY(QDir(outgoing).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden).isEmpty());
    }

    void largeTransfer()
    {
        auto s = openSession(Key::Rsa);
        QVERIFY2(s->open(), qPrintable(s->error().detailed()));
        const QByteArray data = randomBytes(16 * 1024 * 1024 + 12345, 7);
        const QString source = m_sshd.root() + u"/incoming/big.bin"_s;
        QVERIFY(writeAll(source, data));
        const QString local = m_local.filePath(u"big.bin"_s);
        qint64 lastDone = 0;
        int calls = 0;
        QVERIFY2(s->download(m_sshd.serverPath(source), local, [&](qint64 done, qint64 total) {
            QVERIFY(done > lastDone);
            QCOMPARE(total, qint64(data.size()));
            lastDone = done;
            ++calls;
        }), qPrintable(s->error().detailed()));
        QCOMPARE(lastDone, qint64(data.size()));
        QVERIFY(calls > 1);
        QVERIFY(readAll(local) == data);
        const QString target = m_sshd.root() + u"/outgoing/big-up.bin"_s;
        QVERIFY2(s->upload(local, m_sshd.serverPath(target)), qPrintable(s->error().detailed()));
        QVERIFY(readAll(target) == data);
        QFile::remove(target);
        QFile::remove(source);
    }

    void pathMissingAndPermissionDenied()
    {
        auto s = openSession();
        QVERIFY(s->open());
        QVERIFY(!s->list(m_sshd.serverPath(m_sshd.root() + u"/no-such-folder"_s)));
        QCOMPARE(s->error().kind, Kind::PathMissing);
        QVERIFY(s->error().message.contains(u"no-such-folder"_s));
        QCOMPARE(s->error().sftpStatus, 2ul);
        QVERIFY(!s->download(m_sshd.serverPath(m_sshd.root() + u"/incoming/nope.csv"_s), m_local.filePath(u"nope.csv"_s)));
        QCOMPARE(s->error().kind, Kind::PathMissing);
        QVERIFY(!QFile::exists(m_local.filePath(u"nope.csv"_s)));

        // The read-only key is forced into "internal-sftp -R": every write is refused.
        auto ro = openSession(Key::ReadOnly);
        QVERIFY2(ro->open(), qPrintable(ro->error().detailed()));
        QVERIFY(ro->list(m_sshd.serverPath(m_sshd.root() + u"/outgoing"_s)));
        QVERIFY(!ro->uploadData("x", m_sshd.serverPath(m_sshd.root() + u"/outgoing/denied.csv"_s)));
        QCOMPARE(ro->error().kind, Kind::PermissionDenied);
        QVERIFY(ro->error().message.contains(m_sshd.user()));
        QVERIFY(QDir(m_sshd.root() + u"/outgoing"_s).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }

    void cancelStopsATransferAndLeavesNothing()
    {
        auto s = openSession();
        QVERIFY(s->open());
        std::atomic_bool cancel = false;
        s->setCancelFlag(&cancel);
        const QString local = m_local.filePath(u"cancel.bin"_s);
        QVERIFY(writeAll(local, randomBytes(8 * 1024 * 1024, 3)));
        const QString target = m_sshd.root() + u"/outgoing/cancel.bin"_s;
        QVERIFY(!s->upload(local, m_sshd.serverPath(target), true, [&](qint64, qint64) { cancel = true; }));
        QCOMPARE(s->error().kind, Kind::Cancelled);
        QVERIFY(!QFile::exists(target));
        QTRY_VERIFY(QDir(m_sshd.root() + u"/outgoing"_s).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }

    // A large file comes over several connections, each taking the next stripe; small
    // stripes here put the boundaries where a few megabytes can reach them.
    void rangedDownloadIsExact_data()
    {
        QTest::addColumn<qint64>("size");
        constexpr qint64 stripe = 1024 * 1024;
        QTest::newRow("one byte") << qint64(1);
        QTest::newRow("a stripe less one byte") << stripe - 1;
        QTest::newRow("one stripe") << stripe;
        QTest::newRow("a stripe and one byte") << stripe + 1;
        QTest::newRow("three stripes") << 3 * stripe;
        QTest::newRow("seven stripes less one byte") << 7 * stripe - 1;
        QTest::newRow("twelve stripes and a bit") << 12 * stripe + 12345;
    }
    void rangedDownloadIsExact()
    {
        QFETCH(qint64, size);
        auto s = openSession();
        s->setRangedDownload(3, 1, 1024 * 1024);
        QVERIFY2(s->open(), qPrintable(s->error().detailed()));
        const QByteArray data = randomBytes(size, quint32(size));
        const QString source = m_sshd.root() + u"/incoming/ranged.bin"_s;
        QVERIFY(writeAll(source, data));
        QTemporaryDir into;
        const QString local = into.filePath(u"ranged.bin"_s);
        qint64 lastDone = 0;
        QVERIFY2(s->download(m_sshd.serverPath(source), local, [&](qint64 done, qint64 total) {
            QVERIFY(done > lastDone);
            QCOMPARE(total, size);
            lastDone = done;
        }), qPrintable(s->error().detailed()));
        QCOMPARE(lastDone, size);
        QVERIFY(readAll(local) == data);
        QCOMPARE(QDir(into.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"ranged.bin"_s});
        // The session that served a stripe is handed back usable.
        QVERIFY2(s->uploadData("after", m_sshd.serverPath(m_sshd.root() + u"/outgoing/after.txt"_s), true),
                 qPrintable(s->error().detailed()));
        QFile::remove(m_sshd.root() + u"/outgoing/after.txt"_s);
        QFile::remove(source);
    }

    // The pieces a download holds before writing them are bounded, so when the first one is
    // written the last stripes have not been asked for yet: the change is seen, whatever the
    // timing.
    void rangedDownloadOfAFileThatChangesSizeFails_data()
    {
        QTest::addColumn<bool>("grows");
        QTest::newRow("grows") << true;
        QTest::newRow("shrinks") << false;
    }
    void rangedDownloadOfAFileThatChangesSizeFails()
    {
        QFETCH(bool, grows);
        auto s = openSession();
        s->setRangedDownload(3, 1, 1024 * 1024);
        QVERIFY(s->open());
        const QString source = m_sshd.root() + u"/incoming/changing.bin"_s;
        QVERIFY(writeAll(source, randomBytes(32 * 1024 * 1024, 5)));
        QTemporaryDir into;
        const QString local = into.filePath(u"changing.bin"_s);
        bool changed = false;
        QVERIFY(!s->download(m_sshd.serverPath(source), local, [&](qint64, qint64) {
            if (changed)
                return;
            QFile f(source);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(grows ? f.seek(f.size()) && f.write("more") == 4 : f.resize(20 * 1024 * 1024));
            changed = true;
        }));
        QVERIFY(changed);
        QCOMPARE(s->error().kind, Kind::Other);
        QVERIFY2(s->error().message.contains(u"changed while it was being downloaded"_s),
                 qPrintable(s->error().message));
        QVERIFY(QDir(into.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
        QFile::remove(source);
    }

    void rangedDownloadCancelledLeavesNothing()
    {
        auto s = openSession();
        s->setRangedDownload(3, 1, 1024 * 1024);
        QVERIFY(s->open());
        std::atomic_bool cancel = false;
        s->setCancelFlag(&cancel);
        const QString source = m_sshd.root() + u"/incoming/cancelled.bin"_s;
        QVERIFY(writeAll(source, randomBytes(32 * 1024 * 1024, 9)));
        QTemporaryDir into;
        const QString local = into.filePath(u"cancelled.bin"_s);
        QVERIFY(!s->download(m_sshd.serverPath(source), local, [&](qint64, qint64) { cancel = true; }));
        QCOMPARE(s->error().kind, Kind::Cancelled);
        QVERIFY(QDir(into.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
        QFile::remove(source);
    }

    // The extra connections log in with the same key and passphrase and serve stripes: the
    // server sees each of them log in. The first progress call holds the writing thread until
    // they have, and the bounded queue of pieces then holds the first connection, so stripes
    // are left for them whatever the timing.
    void rangedDownloadLogsInEveryConnection()
    {
        auto s = openSession(Key::Ed25519Passphrase, SshdFixture::passphrase());
        s->setRangedDownload(3, 1, 1024 * 1024);
        QVERIFY2(s->open(), qPrintable(s->error().detailed()));
        const QByteArray data = randomBytes(16 * 1024 * 1024, 21);
        const QString source = m_sshd.root() + u"/incoming/passphrase.bin"_s;
        QVERIFY(writeAll(source, data));
        QTemporaryDir into;
        const QString local = into.filePath(u"passphrase.bin"_s);
        const auto logins = [&] { return m_sshd.log().count(u"Accepted publickey"_s); };
        const qsizetype before = logins();
        bool waited = false;
        QVERIFY2(s->download(m_sshd.serverPath(source), local, [&](qint64, qint64) {
            for (int i = 0; !waited && i < 200 && logins() < before + 2; ++i)
                QThread::msleep(50);
            waited = true;
        }), qPrintable(s->error().detailed()));
        QCOMPARE(logins(), before + 2);
        QVERIFY(readAll(local) == data);
        QFile::remove(source);
    }

    // The extra connection must present a key pinned for the server, as the first did; here
    // the pin changed after the first connection opened, as if the second reached another
    // machine. The download fails as a changed key, and leaves nothing.
    void rangedDownloadRefusesAnUnpinnedKeyOnAnExtraConnection()
    {
        QTemporaryDir dir;
        const QString pins = dir.filePath(u"known_hosts"_s);
        SftpSession s(m_sshd.connection(), KnownHosts(pins));
        s.setTrustUnknownHostKey(true);
        s.setTimeout(std::chrono::seconds(20));
        s.setRangedDownload(2, 1, 1024 * 1024);
        QVERIFY2(s.open(), qPrintable(s.error().detailed()));
        // Another ed25519 key (the client's own) pinned in place of the server's.
        const QList<QByteArray> other = readAll(m_sshd.keyPath(Key::Ed25519) + u".pub"_s).split(' ');
        QVERIFY(other.size() >= 2);
        QVERIFY(writeAll(pins, "[127.0.0.1]:" + QByteArray::number(m_sshd.port()) + ' ' + other.at(0) + ' ' + other.at(1)
                                   + '\n'));
        const QString source = m_sshd.root() + u"/incoming/pinned.bin"_s;
        QVERIFY(writeAll(source, randomBytes(16 * 1024 * 1024, 22)));
        QTemporaryDir into;
        bool waited = false;
        QVERIFY(!s.download(m_sshd.serverPath(source), into.filePath(u"pinned.bin"_s), [&](qint64, qint64) {
            // Time for the extra connection to reach its host key check while the bounded
            // queue holds the first one back; after the failure no progress is reported.
            if (!waited)
                QThread::msleep(3000);
            waited = true;
        }));
        QCOMPARE(s.error().kind, Kind::HostKeyChanged);
        QVERIFY2(s.error().message.contains(m_sshd.hostKeyFingerprint()), qPrintable(s.error().message));
        QVERIFY(QDir(into.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
        QFile::remove(source);
    }

    // An extra connection that cannot log in (here its key file is gone) leaves its share to
    // the first, and the file still arrives whole.
    void rangedDownloadFallsBackWhenAnExtraConnectionFails()
    {
        QTemporaryDir dir;
        const QString key = dir.filePath(u"key"_s);
        QVERIFY(QFile::copy(m_sshd.keyPath(Key::Ed25519), key));
        QVERIFY(QFile::setPermissions(key, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        Connection c = m_sshd.connection();
        c.keyFile = key;
        SftpSession s(c, KnownHosts(knownHosts()));
        s.setTrustUnknownHostKey(true);
        s.setTimeout(std::chrono::seconds(20));
        s.setRangedDownload(2, 1, 1024 * 1024);
        QVERIFY2(s.open(), qPrintable(s.error().detailed()));
        QVERIFY(QFile::remove(key));
        const QByteArray data = randomBytes(16 * 1024 * 1024, 23);
        const QString source = m_sshd.root() + u"/incoming/fallback.bin"_s;
        QVERIFY(writeAll(source, data));
        QTemporaryDir into;
        const QString local = into.filePath(u"fallback.bin"_s);
        const auto logins = [&] { return m_sshd.log().count(u"Accepted publickey"_s); };
        const qsizetype before = logins();
        bool waited = false;
        QVERIFY2(s.download(m_sshd.serverPath(source), local, [&](qint64, qint64) {
            if (!waited)
                QThread::msleep(1000); // the extra connection fails meanwhile
            waited = true;
        }), qPrintable(s.error().detailed()));
        QCOMPARE(logins(), before);
        QVERIFY(readAll(local) == data);
        QCOMPARE(QDir(into.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"fallback.bin"_s});
        QFile::remove(source);
    }

    // Must stay last: it kills the server.
    void serverKilledMidTransfer()
    {
        const QByteArray data = randomBytes(64 * 1024 * 1024, 11);
        const QString source = m_sshd.root() + u"/incoming/killed.bin"_s;
        QVERIFY(writeAll(source, data));
        auto s = openSession();
        QVERIFY(s->open());
        const QString local = m_local.filePath(u"killed.bin"_s);
        bool killed = false;
        QVERIFY(!s->download(m_sshd.serverPath(source), local, [&](qint64, qint64) {
            if (!killed) {
                m_sshd.killAll();
                killed = true;
            }
        }));
        QVERIFY(killed);
        QCOMPARE(s->error().kind, Kind::ConnectionLost);
        QVERIFY(s->error().libssh2Code != 0);
        QVERIFY2(!QFile::exists(local), "a partial download must not appear under its final name");
        QCOMPARE(QDir(m_local.path()).entryList({u"killed*"_s}, QDir::Files | QDir::Hidden).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSftpSession)
#include "tst_sftpsession.moc"
