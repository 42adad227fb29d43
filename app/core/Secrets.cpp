// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Secrets.h"

#include "core/Log.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QTimer>

#include <qt6keychain/keychain.h>

#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace wb::Secrets {

namespace {

const QString Service = u"Writeback Studio"_s;

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

struct MemoryKeychain
{
    QMutex mutex;
    bool on = false;
    QHash<QString, QString> entries;
};

MemoryKeychain &memoryKeychain()
{
    static MemoryKeychain keychain;
    return keychain;
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
    if (MemoryKeychain &m = memoryKeychain(); m.on) {
        const QMutexLocker lock(&m.mutex);
        return {m.entries.contains(key), m.entries.value(key), {}};
    }
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
    if (MemoryKeychain &m = memoryKeychain(); m.on) {
        const QMutexLocker lock(&m.mutex);
        m.entries.insert(key, value);
        return {true, {}, {}};
    }
    if (QString why; !keychainReachable(&why))
        return {false, {}, why};
    QKeychain::WritePasswordJob job(Service);
    job.setKey(key);
    job.setTextData(value);
    return run(job);
}

Result removeSecret(const QString &key)
{
    if (MemoryKeychain &m = memoryKeychain(); m.on) {
        const QMutexLocker lock(&m.mutex);
        m.entries.remove(key);
        return {true, {}, {}};
    }
    if (QString why; !keychainReachable(&why))
        return {false, {}, why};
    QKeychain::DeletePasswordJob job(Service);
    job.setKey(key);
    Result r = run(job);
    if (!r.ok && job.error() == QKeychain::EntryNotFound)
        r = {true, {}, {}};
    return r;
}

QString passphraseKey(const QString &workspaceId, const QString &connectionName)
{
    return u"workspace/%1/connection/%2/passphrase"_s.arg(workspaceId, connectionName);
}

QString legacyPassphraseKey(const QString &connectionName)
{
    return u"connection/%1/passphrase"_s.arg(connectionName);
}

Result readPassphrase(const QString &workspaceId, const QString &connectionName)
{
    if (workspaceId.isEmpty())
        return {false, {}, tr("The connection %1 belongs to no workspace.").arg(connectionName)};
    Result r = readSecret(passphraseKey(workspaceId, connectionName));
    if (r.ok || !r.error.isEmpty()) // found (an empty one marks a removed passphrase), or no keychain
        return r;
    // Copied, not moved: another workspace with a connection of this name may be the one
    // that stored it, and it would lose its passphrase. The copy is what this workspace used
    // until now, so nothing changes for it; from here on the two are apart.
    const Result legacy = readSecret(legacyPassphraseKey(connectionName));
    if (legacy.value.isEmpty())
        return r;
    if (const Result copied = storeSecret(passphraseKey(workspaceId, connectionName), legacy.value); copied.ok)
        qCInfo(lcSecrets).noquote() << "keychain: the passphrase of" << connectionName
                                    << "is now kept for this workspace";
    return legacy;
}

Result storePassphrase(const QString &workspaceId, const QString &connectionName, const QString &passphrase)
{
    if (workspaceId.isEmpty())
        return {false, {}, tr("The connection %1 belongs to no workspace.").arg(connectionName)};
    return storeSecret(passphraseKey(workspaceId, connectionName), passphrase);
}

Result removePassphrase(const QString &workspaceId, const QString &connectionName)
{
    if (workspaceId.isEmpty())
        return {false, {}, tr("The connection %1 belongs to no workspace.").arg(connectionName)};
    // Only this workspace's entry: an unscoped one may be another workspace's. While one is
    // there, an empty entry stays in this workspace's place, so that the next read does not
    // copy the old passphrase back in.
    const QString key = passphraseKey(workspaceId, connectionName);
    if (!readSecret(legacyPassphraseKey(connectionName)).value.isEmpty())
        return storeSecret(key, QString());
    return removeSecret(key);
}

void useMemoryKeychainForTesting(bool on)
{
    MemoryKeychain &m = memoryKeychain();
    const QMutexLocker lock(&m.mutex);
    m.on = on;
    m.entries.clear();
}

QString passphraseFromEnvironment()
{
    return qEnvironmentVariable("WRITEBACK_KEY_PASSPHRASE");
}

Result findPassphrase(const QString &workspaceId, const QString &connectionName)
{
    if (const QString env = passphraseFromEnvironment(); !env.isEmpty())
        return {true, env, {}};
    return readPassphrase(workspaceId, connectionName);
}

} // namespace wb::Secrets
