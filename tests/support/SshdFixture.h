// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HostProcess.h"
#include "core/Connection.h"

#include <QMap>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace wb::test {

// A real OpenSSH sshd on a free 127.0.0.1 port, with generated host and client keys. A
// missing sshd or ssh-keygen fails the suite: tests never silently skip the server.
class SshdFixture
{
public:
    // Client keys the fixture generates; all but Unauthorized and ReadOnly can write.
    enum class Key { Ed25519, Ecdsa, Rsa, RsaPem, Ed25519Passphrase, Unauthorized, ReadOnly };

    SshdFixture();
    ~SshdFixture();

    bool start();
    void stop();
    // Restarts with a freshly generated host key: a pinned client must now refuse.
    bool restartWithNewHostKey(const QString &type = QStringLiteral("ed25519"));
    // SIGKILL to sshd and every session process it started, as a crash or power cut would.
    void killAll();

    int port() const { return m_port; }
    QString root() const;           // a folder tests read and write through SFTP (a local path)
    // The server's name for a local path, such as one under root(), to give to SFTP calls. The
    // same path natively; under Wine, the Linux path of the Windows one (hostPath()).
    QString serverPath(const QString &localPath) const { return hostPath(localPath); }
    QString keyPath(Key key) const;
    QString hostKeyFingerprint() const; // "SHA256:..." as ssh-keygen -l prints it
    static QString passphrase() { return QStringLiteral("correct horse battery"); }
    QString user() const { return m_user; }
    QString log() const;
    // A connection to this server with the given key; read path root()/incoming, write path
    // root()/outgoing, as the server names them (serverPath()).
    Connection connection(Key key = Key::Ed25519, const QString &name = QStringLiteral("test")) const;

private:
    bool generateKeys();
    bool generateHostKey(const QString &type = QStringLiteral("ed25519"));
    bool launch(int port = 0);

    std::unique_ptr<QTemporaryDir> m_dir;
    HostProcess m_sshd;
    int m_port = 0;
    QString m_user;
    QMap<Key, QString> m_keys;
};

} // namespace wb::test
