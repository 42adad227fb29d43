// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

using LIBSSH2_SESSION = struct _LIBSSH2_SESSION;

namespace wb {

// The key a server presented during the handshake.
struct HostKey
{
    QByteArray blob;  // the raw key, as the server sent it
    int type = 0;     // LIBSSH2_HOSTKEY_TYPE_*
    QString typeName; // "ssh-ed25519", ...
    QString fingerprint; // "SHA256:<base64 without padding>", as OpenSSH prints it

    bool isNull() const { return blob.isEmpty(); }
};

// The app's own known_hosts file (OpenSSH syntax, so it can be inspected with ssh-keygen -F).
// Entries for a port other than 22 are stored as "[host]:port", as OpenSSH does.
class KnownHosts
{
    Q_DECLARE_TR_FUNCTIONS(wb::KnownHosts)

public:
    enum class Result { Match, Mismatch, NotFound, Failure };

    explicit KnownHosts(QString filePath);

    const QString &filePath() const { return m_path; }

    // Reads the key the session's server presented. The session must have completed its handshake.
    static HostKey presentedKey(LIBSSH2_SESSION *session);

    Result check(LIBSSH2_SESSION *session, const QString &host, int port, const HostKey &key,
                 QString *error) const;
    // The host-key algorithms to ask the server for, so that a server offering several key
    // types presents the one already on file rather than giving a false mismatch. Empty if
    // nothing is on file for host:port.
    QByteArray preferredMethods(LIBSSH2_SESSION *session, const QString &host, int port) const;
    // The key types (LIBSSH2_KNOWNHOST_KEY_*) pinned for host:port; empty if none.
    QList<int> pinnedKeyTypes(LIBSSH2_SESSION *session, const QString &host, int port) const;
    // Pins key for host:port, replacing nothing: a changed key must be removed on purpose.
    bool trust(LIBSSH2_SESSION *session, const QString &host, int port, const HostKey &key,
               QString *error);
    // Forgets every key of host:port (the user's explicit "the server's key really changed").
    bool forget(LIBSSH2_SESSION *session, const QString &host, int port, QString *error);

private:
    QString m_path;
};

} // namespace wb
