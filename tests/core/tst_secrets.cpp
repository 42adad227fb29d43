// SPDX-License-Identifier: GPL-3.0-or-later
// Secrets against the real keychain of the platform the test runs on: the Windows Credential
// Manager (run under Wine too), and on a Linux machine without a session bus, the refusal
// that tells the user a passphrase will be asked each time. Scoping by workspace and the
// migration of old entries run against the real keychain where there is one, and against the
// in-memory stand-in where there is none, so that CI checks the logic either way.
#include "core/ConnectionStore.h"
#include "core/Secrets.h"
#include "core/Workspace.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wb;

class TestSecrets : public QObject
{
    Q_OBJECT

    // Unique per run, so that a crashed earlier run cannot make this one pass.
    const QString m_connection = u"tst_secrets-%1"_s.arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    const QString m_workspaceId = QUuid::createUuid().toString(QUuid::Id128);
    bool m_memory = false;

    static bool keychainExpected()
    {
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
        return true;
#else
        return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
#endif
    }

    // The real keychain where it answers, else the in-memory one.
    void chooseKeychain()
    {
        const Secrets::Result probe = Secrets::readSecret(u"tst_secrets-probe"_s);
        m_memory = !probe.ok && !probe.error.isEmpty();
        Secrets::useMemoryKeychainForTesting(m_memory);
        if (m_memory)
            qInfo("no keychain here (%s): scoping is checked against the in-memory one", qPrintable(probe.error));
    }

private Q_SLOTS:
    void cleanupTestCase()
    {
        Secrets::removePassphrase(m_workspaceId, m_connection);
        Secrets::removeSecret(Secrets::legacyPassphraseKey(m_connection));
        Secrets::useMemoryKeychainForTesting(false);
    }

    void roundTrip()
    {
        if (!keychainExpected()) {
            const Secrets::Result stored = Secrets::storePassphrase(m_workspaceId, m_connection, u"secret"_s);
            QVERIFY(!stored.ok);
            QVERIFY2(stored.error.contains(u"keychain"_s), qPrintable(stored.error));
            const Secrets::Result read = Secrets::readPassphrase(m_workspaceId, m_connection);
            QVERIFY(!read.ok);
            QVERIFY(read.value.isEmpty());
            return;
        }
        // Not there yet: no value, and not an error either. A desktop session bus with no
        // Secret Service on it has no keychain to test.
        Secrets::Result r = Secrets::readPassphrase(m_workspaceId, m_connection);
        if (r.error.contains(u"No keychain service"_s))
            QSKIP(qPrintable(r.error));
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QVERIFY(r.value.isEmpty());

        const QString passphrase = u"correct horse battery é ✓"_s;
        r = Secrets::storePassphrase(m_workspaceId, m_connection, passphrase);
        QVERIFY2(r.ok, qPrintable(r.error));
        r = Secrets::readPassphrase(m_workspaceId, m_connection);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.value, passphrase);

        // Replaced, not added beside.
        r = Secrets::storePassphrase(m_workspaceId, m_connection, u"second"_s);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(Secrets::readPassphrase(m_workspaceId, m_connection).value, u"second"_s);

        // Other secrets live under keys of their own.
        const QString smtpKey = u"smtp:127.0.0.1:%1"_s.arg(m_connection);
        QVERIFY(Secrets::storeSecret(smtpKey, u"mail"_s).ok);
        QCOMPARE(Secrets::readSecret(smtpKey).value, u"mail"_s);
        QCOMPARE(Secrets::readPassphrase(m_workspaceId, m_connection).value, u"second"_s);
        QVERIFY(Secrets::removeSecret(smtpKey).ok);

        r = Secrets::removePassphrase(m_workspaceId, m_connection);
        QVERIFY2(r.ok, qPrintable(r.error));
        r = Secrets::readPassphrase(m_workspaceId, m_connection);
        QVERIFY(r.value.isEmpty());
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        // Removing what is not there is not a failure.
        QVERIFY(Secrets::removePassphrase(m_workspaceId, m_connection).ok);
    }

    void environmentComesFirst()
    {
        qputenv("WRITEBACK_KEY_PASSPHRASE", "from the environment");
        const Secrets::Result r = Secrets::findPassphrase(m_workspaceId, m_connection);
        qunsetenv("WRITEBACK_KEY_PASSPHRASE");
        QVERIFY(r.ok);
        QCOMPARE(r.value, u"from the environment"_s);
    }

    void noWorkspaceIsRefused()
    {
        const Secrets::Result r = Secrets::storePassphrase(QString(), m_connection, u"x"_s);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(u"no workspace"_s), qPrintable(r.error));
    }

    // Two real workspaces, each with a connection named alike: each keeps its own passphrase,
    // and removing one leaves the other's.
    void twoWorkspacesKeepTheirOwn()
    {
        chooseKeychain();
        QTemporaryDir dir;
        Workspace a, b;
        QString error;
        QVERIFY2(a.open(dir.filePath(u"a/workspace.sqlite"_s), &error), qPrintable(error));
        QVERIFY2(b.open(dir.filePath(u"b/workspace.sqlite"_s), &error), qPrintable(error));
        QVERIFY(!a.id().isEmpty());
        QVERIFY(a.id() != b.id());
        Connection c;
        c.name = m_connection;
        c.host = u"127.0.0.1"_s;
        c.user = u"u"_s;
        c.keyFile = dir.filePath(u"key"_s);
        Connection ca = c, cb = c;
        QVERIFY2(ConnectionStore(a).save(ca, &error), qPrintable(error));
        QVERIFY2(ConnectionStore(b).save(cb, &error), qPrintable(error));
        QCOMPARE(ConnectionStore(a).find(m_connection)->workspaceId, a.id());
        QCOMPARE(ConnectionStore(b).find(m_connection)->workspaceId, b.id());

        QVERIFY(Secrets::storePassphrase(ca.workspaceId, ca.name, u"for a"_s).ok);
        QVERIFY(Secrets::storePassphrase(cb.workspaceId, cb.name, u"for b"_s).ok);
        QCOMPARE(Secrets::readPassphrase(ca.workspaceId, ca.name).value, u"for a"_s);
        QCOMPARE(Secrets::readPassphrase(cb.workspaceId, cb.name).value, u"for b"_s);

        QVERIFY(Secrets::removePassphrase(ca.workspaceId, ca.name).ok);
        QVERIFY(Secrets::readPassphrase(ca.workspaceId, ca.name).value.isEmpty());
        QCOMPARE(Secrets::readPassphrase(cb.workspaceId, cb.name).value, u"for b"_s);
        QVERIFY(Secrets::removePassphrase(cb.workspaceId, cb.name).ok);

        // The id is the workspace's own: it survives closing and opening again.
        const QString id = a.id();
        const QString path = a.path();
        a.close();
        QVERIFY(a.open(path, &error));
        QCOMPARE(a.id(), id);
        Secrets::useMemoryKeychainForTesting(false);
    }

    // An entry an older version kept under the connection's name alone is copied into the
    // scope of the workspace that reads it, and left for any other workspace to read.
    void oldEntryIsCopiedOnFirstRead()
    {
        chooseKeychain();
        const QString a = QUuid::createUuid().toString(QUuid::Id128);
        const QString b = QUuid::createUuid().toString(QUuid::Id128);
        QVERIFY(Secrets::storeSecret(Secrets::legacyPassphraseKey(m_connection), u"old"_s).ok);

        QCOMPARE(Secrets::readPassphrase(a, m_connection).value, u"old"_s);
        QCOMPARE(Secrets::readSecret(Secrets::passphraseKey(a, m_connection)).value, u"old"_s);
        QCOMPARE(Secrets::readSecret(Secrets::legacyPassphraseKey(m_connection)).value, u"old"_s);

        // A changed passphrase in one workspace does not reach the other, which still reads
        // the old entry (and takes its own copy).
        QVERIFY(Secrets::storePassphrase(a, m_connection, u"new for a"_s).ok);
        QCOMPARE(Secrets::readPassphrase(b, m_connection).value, u"old"_s);
        QCOMPARE(Secrets::readPassphrase(a, m_connection).value, u"new for a"_s);

        // Removing a workspace's passphrase leaves the old entry for the others, and does not
        // bring it back into the workspace that removed it.
        QVERIFY(Secrets::removePassphrase(a, m_connection).ok);
        QCOMPARE(Secrets::readSecret(Secrets::legacyPassphraseKey(m_connection)).value, u"old"_s);
        const Secrets::Result removed = Secrets::readPassphrase(a, m_connection);
        QVERIFY2(removed.error.isEmpty(), qPrintable(removed.error));
        QVERIFY(removed.value.isEmpty());
        QCOMPARE(Secrets::readPassphrase(b, m_connection).value, u"old"_s);

        QVERIFY(Secrets::removeSecret(Secrets::passphraseKey(a, m_connection)).ok);
        QVERIFY(Secrets::removeSecret(Secrets::passphraseKey(b, m_connection)).ok);
        QVERIFY(Secrets::removeSecret(Secrets::legacyPassphraseKey(m_connection)).ok);
        Secrets::useMemoryKeychainForTesting(false);
    }
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
