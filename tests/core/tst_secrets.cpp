// SPDX-License-Identifier: GPL-3.0-or-later
// Secrets against the real keychain of the platform the test runs on: the Windows Credential
// Manager (run under Wine too), and on a Linux machine without a session bus, the refusal
// that tells the user a passphrase will be asked each time.
#include "core/Secrets.h"

#include <QCoreApplication>
#include <QUuid>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wb;

class TestSecrets : public QObject
{
    Q_OBJECT

    // Unique per run, so that a crashed earlier run cannot make this one pass.
    const QString m_connection = u"tst_secrets-%1"_s.arg(QUuid::createUuid().toString(QUuid::WithoutBraces));

    static bool keychainExpected()
    {
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
        return true;
#else
        return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
#endif
    }

private Q_SLOTS:
    void cleanupTestCase() { Secrets::removePassphrase(m_connection); }

    void roundTrip()
    {
        if (!keychainExpected()) {
            const Secrets::Result stored = Secrets::storePassphrase(m_connection, u"secret"_s);
            QVERIFY(!stored.ok);
            QVERIFY2(stored.error.contains(u"keychain"_s), qPrintable(stored.error));
            const Secrets::Result read = Secrets::readPassphrase(m_connection);
            QVERIFY(!read.ok);
            QVERIFY(read.value.isEmpty());
            return;
        }
        // Not there yet: no value, and not an error either. A desktop session bus with no
        // Secret Service on it has no keychain to test.
        Secrets::Result r = Secrets::readPassphrase(m_connection);
        if (r.error.contains(u"No keychain service"_s))
            QSKIP(qPrintable(r.error));
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QVERIFY(r.value.isEmpty());

        const QString passphrase = u"correct horse battery é ✓"_s;
        r = Secrets::storePassphrase(m_connection, passphrase);
        QVERIFY2(r.ok, qPrintable(r.error));
        r = Secrets::readPassphrase(m_connection);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.value, passphrase);

        // Replaced, not added beside.
        r = Secrets::storePassphrase(m_connection, u"second"_s);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(Secrets::readPassphrase(m_connection).value, u"second"_s);

        // Other secrets live under keys of their own.
        const QString smtpKey = u"smtp:127.0.0.1:%1"_s.arg(m_connection);
        QVERIFY(Secrets::storeSecret(smtpKey, u"mail"_s).ok);
        QCOMPARE(Secrets::readSecret(smtpKey).value, u"mail"_s);
        QCOMPARE(Secrets::readPassphrase(m_connection).value, u"second"_s);
        QVERIFY(Secrets::removeSecret(smtpKey).ok);

        r = Secrets::removePassphrase(m_connection);
        QVERIFY2(r.ok, qPrintable(r.error));
        r = Secrets::readPassphrase(m_connection);
        QVERIFY(r.value.isEmpty());
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        // Removing what is not there is not a failure.
        QVERIFY(Secrets::removePassphrase(m_connection).ok);
    }

    void environmentComesFirst()
    {
        qputenv("WRITEBACK_KEY_PASSPHRASE", "from the environment");
        const Secrets::Result r = Secrets::findPassphrase(m_connection);
        qunsetenv("WRITEBACK_KEY_PASSPHRASE");
        QVERIFY(r.ok);
        QCOMPARE(r.value, u"from the environment"_s);
    }
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
