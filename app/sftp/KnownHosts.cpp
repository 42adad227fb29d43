// SPDX-License-Identifier: GPL-3.0-or-later
#include "sftp/KnownHosts.h"

#include "core/Log.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <libssh2.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace wb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wb", text);
}

struct HostsDeleter
{
    void operator()(LIBSSH2_KNOWNHOSTS *h) const { libssh2_knownhost_free(h); }
};
using HostsPtr = std::unique_ptr<LIBSSH2_KNOWNHOSTS, HostsDeleter>;

int keyBit(int hostKeyType)
{
    switch (hostKeyType) {
    case LIBSSH2_HOSTKEY_TYPE_RSA: return LIBSSH2_KNOWNHOST_KEY_SSHRSA;
    case LIBSSH2_HOSTKEY_TYPE_ECDSA_256: return LIBSSH2_KNOWNHOST_KEY_ECDSA_256;
    case LIBSSH2_HOSTKEY_TYPE_ECDSA_384: return LIBSSH2_KNOWNHOST_KEY_ECDSA_384;
    case LIBSSH2_HOSTKEY_TYPE_ECDSA_521: return LIBSSH2_KNOWNHOST_KEY_ECDSA_521;
    case LIBSSH2_HOSTKEY_TYPE_ED25519: return LIBSSH2_KNOWNHOST_KEY_ED25519;
    default: return LIBSSH2_KNOWNHOST_KEY_UNKNOWN;
    }
}

QByteArray methodsForKeyBit(int bit)
{
    switch (bit) {
    case LIBSSH2_KNOWNHOST_KEY_SSHRSA: return "rsa-sha2-512,rsa-sha2-256,ssh-rsa";
    case LIBSSH2_KNOWNHOST_KEY_ECDSA_256: return "ecdsa-sha2-nistp256";
    case LIBSSH2_KNOWNHOST_KEY_ECDSA_384: return "ecdsa-sha2-nistp384";
    case LIBSSH2_KNOWNHOST_KEY_ECDSA_521: return "ecdsa-sha2-nistp521";
    case LIBSSH2_KNOWNHOST_KEY_ED25519: return "ssh-ed25519";
    default: return {};
    }
}

QString typeName(int hostKeyType)
{
    switch (hostKeyType) {
    case LIBSSH2_HOSTKEY_TYPE_RSA: return u"ssh-rsa"_s;
    case LIBSSH2_HOSTKEY_TYPE_ECDSA_256: return u"ecdsa-sha2-nistp256"_s;
    case LIBSSH2_HOSTKEY_TYPE_ECDSA_384: return u"ecdsa-sha2-nistp384"_s;
    case LIBSSH2_HOSTKEY_TYPE_ECDSA_521: return u"ecdsa-sha2-nistp521"_s;
    case LIBSSH2_HOSTKEY_TYPE_ED25519: return u"ssh-ed25519"_s;
    case LIBSSH2_HOSTKEY_TYPE_DSS: return u"ssh-dss"_s;
    default: return u"unknown"_s;
    }
}

// Host names are compared without case, as DNS does.
QByteArray hostName(const QString &host)
{
    return host.trimmed().toLower().toUtf8();
}

QByteArray storedName(const QString &host, int port)
{
    return port == 22 ? hostName(host) : "[" + hostName(host) + "]:" + QByteArray::number(port);
}

// Loads the file into a fresh collection; a missing file is an empty collection.
HostsPtr load(LIBSSH2_SESSION *session, const QString &path, QString *error)
{
    HostsPtr hosts(libssh2_knownhost_init(session));
    if (!hosts) {
        if (error)
            *error = tr("Could not set up host-key checking (out of memory).");
        return {};
    }
    if (QFileInfo::exists(path)) {
        const int rc = libssh2_knownhost_readfile(hosts.get(), QFile::encodeName(path).constData(),
                                                  LIBSSH2_KNOWNHOST_FILE_OPENSSH);
        if (rc < 0) {
            if (error)
                *error = tr("The known-hosts file %1 cannot be read (libssh2 %2). Fix or remove "
                            "it; every server will then be asked to be trusted again.")
                             .arg(QDir::toNativeSeparators(path))
                             .arg(rc);
            return {};
        }
    }
    return hosts;
}

bool save(LIBSSH2_KNOWNHOSTS *hosts, const QString &path, QString *error)
{
    QByteArray content;
    libssh2_knownhost *entry = nullptr;
    libssh2_knownhost *prev = nullptr;
    while (libssh2_knownhost_get(hosts, &entry, prev) == 0) {
        char line[16384];
        size_t len = 0;
        if (libssh2_knownhost_writeline(hosts, entry, line, sizeof line, &len,
                                        LIBSSH2_KNOWNHOST_FILE_OPENSSH) == 0)
            content.append(line, qsizetype(len));
        prev = entry;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit()) {
        if (error)
            *error = tr("Could not write the known-hosts file %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace

KnownHosts::KnownHosts(QString filePath)
    : m_path(std::move(filePath))
{
}

HostKey KnownHosts::presentedKey(LIBSSH2_SESSION *session)
{
    HostKey key;
    size_t len = 0;
    int type = 0;
    const char *blob = libssh2_session_hostkey(session, &len, &type);
    if (!blob || !len)
        return key;
    key.blob = QByteArray(blob, qsizetype(len));
    key.type = type;
    key.typeName = typeName(type);
    if (const char *hash = libssh2_hostkey_hash(session, LIBSSH2_HOSTKEY_HASH_SHA256)) {
        QByteArray b64 = QByteArray(hash, 32).toBase64(QByteArray::OmitTrailingEquals);
        key.fingerprint = u"SHA256:"_s + QString::fromLatin1(b64);
    }
    return key;
}

KnownHosts::Result KnownHosts::check(LIBSSH2_SESSION *session, const QString &host, int port,
                                     const HostKey &key, QString *error) const
{
    HostsPtr hosts = load(session, m_path, error);
    if (!hosts)
        return Result::Failure;
    libssh2_knownhost *found = nullptr;
    const int rc = libssh2_knownhost_checkp(
        hosts.get(), hostName(host).constData(), port, key.blob.constData(), size_t(key.blob.size()),
        LIBSSH2_KNOWNHOST_TYPE_PLAIN | LIBSSH2_KNOWNHOST_KEYENC_RAW | keyBit(key.type), &found);
    switch (rc) {
    case LIBSSH2_KNOWNHOST_CHECK_MATCH: return Result::Match;
    case LIBSSH2_KNOWNHOST_CHECK_MISMATCH: return Result::Mismatch;
    case LIBSSH2_KNOWNHOST_CHECK_NOTFOUND: return Result::NotFound;
    default:
        if (error)
            *error = tr("The host key could not be checked against %1.").arg(m_path);
        return Result::Failure;
    }
}

QList<int> KnownHosts::pinnedKeyTypes(LIBSSH2_SESSION *session, const QString &host, int port) const
{
    QList<int> types;
    HostsPtr hosts = load(session, m_path, nullptr);
    if (!hosts)
        return types;
    const QByteArray name = storedName(host, port);
    libssh2_knownhost *entry = nullptr;
    libssh2_knownhost *prev = nullptr;
    while (libssh2_knownhost_get(hosts.get(), &entry, prev) == 0) {
        prev = entry;
        if (entry->name && name == entry->name)
            types << (entry->typemask & LIBSSH2_KNOWNHOST_KEY_MASK);
    }
    return types;
}

QByteArray KnownHosts::preferredMethods(LIBSSH2_SESSION *session, const QString &host, int port) const
{
    QByteArray methods;
    for (int bit : pinnedKeyTypes(session, host, port)) {
        const QByteArray m = methodsForKeyBit(bit);
        if (!m.isEmpty() && !methods.contains(m))
            methods += (methods.isEmpty() ? "" : ",") + m;
    }
    return methods;
}

bool KnownHosts::trust(LIBSSH2_SESSION *session, const QString &host, int port, const HostKey &key,
                       QString *error)
{
    if (!pinnedKeyTypes(session, host, port).isEmpty()) {
        if (error)
            *error = tr("A different key is already pinned for this server: it is not replaced "
                        "here. Remove the old entry from %1 once the platform has confirmed the change.")
                         .arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    HostsPtr hosts = load(session, m_path, error);
    if (!hosts)
        return false;
    const QByteArray name = storedName(host, port);
    const QByteArray comment = "pinned by Writeback Studio";
    const int rc = libssh2_knownhost_addc(
        hosts.get(), name.constData(), nullptr, key.blob.constData(), size_t(key.blob.size()),
        comment.constData(), size_t(comment.size()),
        LIBSSH2_KNOWNHOST_TYPE_PLAIN | LIBSSH2_KNOWNHOST_KEYENC_RAW | keyBit(key.type), nullptr);
    if (rc != 0) {
        if (error)
            *error = tr("Could not add the host key (libssh2 %1).").arg(rc);
        return false;
    }
    if (!save(hosts.get(), m_path, error))
        return false;
    qCInfo(lcSftp) << "pinned host key" << key.fingerprint << "for" << name;
    return true;
}

bool KnownHosts::forget(LIBSSH2_SESSION *session, const QString &host, int port, QString *error)
{
    HostsPtr hosts = load(session, m_path, error);
    if (!hosts)
        return false;
    const QByteArray name = storedName(host, port);
    libssh2_knownhost *entry = nullptr;
    bool removed = true;
    while (removed) {
        removed = false;
        libssh2_knownhost *prev = nullptr;
        while (libssh2_knownhost_get(hosts.get(), &entry, prev) == 0) {
            if (entry->name && name == entry->name) {
                libssh2_knownhost_del(hosts.get(), entry);
                removed = true;
                break;
            }
            prev = entry;
        }
    }
    return save(hosts.get(), m_path, error);
}

} // namespace wb
