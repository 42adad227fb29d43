// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Secrets.h"

#include "core/Log.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QTimer>

#include <qt6keychain/keychain.h>

#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace wb::Secrets {

namespace {

const QString Service = u"Writeback Studio"_s;

QString keyFor(const QString &connectionName)
{
    return u"connection/%1/passphrase"_s.arg(connectionName);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("wb::Secrets", text);
}

// On Linux the keychain is a D-Bus service: without a session bus (a headless server, CI)
// there is none to ask, and QtKeychain's fallback paths there have crashed in tests.
bool keychainReachable(QString *why)
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return true;
    if (QFileInfo::exists(u"/run/user/%1/bus"_s.arg(::getuid())))
        return true;
    *why = tr("No keychain service is running on this computer (there is no D-Bus session).");
    return false;
#else
    Q_UNUSED(why);
    return true;
#endif
}

// Runs a job to completion; a keychain that never answers is given up after 15 s.
Result run(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false); // never a plain-text file
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    job.start();
    if (!finished)
        loop.exec();
    Result r;
    if (!finished) {
        r.error = tr("The system keychain did not answer.");
        return r;
    }
    r.ok = job.error() == QKeychain::NoError;
    if (!r.ok) {
        switch (job.error()) {
        case QKeychain::NoBackendAvailable:
        case QKeychain::NotImplemented:
            r.error = tr("No keychain service is running on this computer (%1).").arg(job.errorString());
            break;
        case QKeychain::AccessDenied:
        case QKeychain::AccessDeniedByUser:
            r.error = tr("Access to the keychain was refused (%1).").arg(job.errorString());
            break;
        default:
            r.error = job.errorString();
        }
        qCInfo(lcSecrets).noquote() << "keychain:" << r.error;
    }
    return r;
}

} // namespace

Result readSecret(const QString &key)
{
    if (QString why; !keychainReachable(&why))
        return {false, {}, why};
    QKeychain::ReadPasswordJob job(Service);
    job.setKey(key);
    Result r = run(job);
    if (r.ok)
        r.value = job.textData();
    else if (job.error() == QKeychain::EntryNotFound)
        r.error.clear(); // nothing stored is not a failure
    return r;
}

Result storeSecret(const QString &key, const QString &value)
{
    if (QString why; !keychainReachable(&why))
        return {false, {}, why};
    QKeychain::WritePasswordJob job(Service);
    job.setKey(key);
    job.setTextData(value);
    return run(job);
}

Result removeSecret(const QString &key)
{
    if (QString why; !keychainReachable(&why))
        return {false, {}, why};
    QKeychain::DeletePasswordJob job(Service);
    job.setKey(key);
    Result r = run(job);
    if (!r.ok && job.error() == QKeychain::EntryNotFound)
        r = {true, {}, {}};
    return r;
}

Result readPassphrase(const QString &connectionName)
{
    return readSecret(keyFor(connectionName));
}

Result storePassphrase(const QString &connectionName, const QString &passphrase)
{
    return storeSecret(keyFor(connectionName), passphrase);
}

Result removePassphrase(const QString &connectionName)
{
    return removeSecret(keyFor(connectionName));
}

QString passphraseFromEnvironment()
{
    return qEnvironmentVariable("WRITEBACK_KEY_PASSPHRASE");
}

Result findPassphrase(const QString &connectionName)
{
    if (const QString env = passphraseFromEnvironment(); !env.isEmpty())
        return {true, env, {}};
    return readPassphrase(connectionName);
}

} // namespace wb::Secrets
