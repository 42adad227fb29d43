// SPDX-License-Identifier: GPL-3.0-or-later
#include "SshdFixture.h"

#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QTcpSocket>
#include <QThread>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace wb::test {

namespace {

bool portAnswers(int port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(port));
    return socket.waitForConnected(1000);
}

} // namespace

SshdFixture::SshdFixture()
    : m_dir(std::make_unique<QTemporaryDir>())
{
    // Through a broker, sshd runs as the broker's user, which this process's environment (a
    // Windows one under Wine) need not name.
    if (!usingHostBroker())
        m_user = qEnvironmentVariable("USER");
    if (m_user.isEmpty()) {
        QByteArray out;
        run(u"id"_s, {u"-un"_s}, &out);
        m_user = QString::fromUtf8(out).trimmed();
    }
}

SshdFixture::~SshdFixture()
{
    stop();
}

QString SshdFixture::root() const
{
    return m_dir->filePath(u"root"_s);
}

QString SshdFixture::keyPath(Key key) const
{
    return m_keys.value(key);
}

QString SshdFixture::log() const
{
    return QString::fromUtf8(readAll(m_dir->filePath(u"sshd.log"_s)));
}

Connection SshdFixture::connection(Key key, const QString &name) const
{
    Connection c;
    c.name = name;
    c.host = u"127.0.0.1"_s;
    c.port = m_port;
    c.user = m_user;
    c.keyFile = keyPath(key);
    c.readPath = serverPath(root() + u"/incoming"_s);
    c.writePath = serverPath(root() + u"/outgoing"_s);
    return c;
}

QString SshdFixture::hostKeyFingerprint() const
{
    QByteArray out;
    run(u"ssh-keygen"_s, {u"-l"_s, u"-E"_s, u"sha256"_s, u"-f"_s, m_dir->filePath(u"host_key.pub"_s)}, &out);
    const QList<QByteArray> parts = out.split(' ');
    return parts.size() > 1 ? QString::fromLatin1(parts[1]) : QString();
}

bool SshdFixture::generateHostKey(const QString &type)
{
    const QString path = m_dir->filePath(u"host_key"_s);
    QFile::remove(path);
    QFile::remove(path + u".pub"_s);
    return run(u"ssh-keygen"_s, {u"-q"_s, u"-t"_s, type, u"-N"_s, QString(), u"-f"_s, path});
}

bool SshdFixture::generateKeys()
{
    struct Spec
    {
        Key key;
        const char *file;
        QStringList args;
        QString passphrase;
    };
    const QList<Spec> specs = {
        {Key::Ed25519, "id_ed25519", {u"-t"_s, u"ed25519"_s}, {}},
        {Key::Ecdsa, "id_ecdsa", {u"-t"_s, u"ecdsa"_s, u"-b"_s, u"256"_s}, {}},
        {Key::Rsa, "id_rsa", {u"-t"_s, u"rsa"_s, u"-b"_s, u"2048"_s}, {}},
        {Key::RsaPem, "id_rsa_pem", {u"-t"_s, u"rsa"_s, u"-b"_s, u"2048"_s, u"-m"_s, u"PEM"_s}, {}},
        {Key::Ed25519Passphrase, "id_ed25519_pass", {u"-t"_s, u"ed25519"_s}, passphrase()},
        {Key::Unauthorized, "id_unauthorized", {u"-t"_s, u"ed25519"_s}, {}},
        {Key::ReadOnly, "id_readonly", {u"-t"_s, u"ed25519"_s}, {}},
    };
    QByteArray authorized;
    for (const Spec &s : specs) {
        const QString path = m_dir->filePath(QString::fromLatin1(s.file));
        if (!run(u"ssh-keygen"_s, QStringList{u"-q"_s} + s.args
                                      + QStringList{u"-N"_s, s.passphrase, u"-C"_s,
                                                    QString::fromLatin1(s.file), u"-f"_s, path}))
            return false;
        m_keys[s.key] = path;
        const QByteArray pub = readAll(path + u".pub"_s);
        if (s.key == Key::ReadOnly)
            authorized += "restrict,command=\"internal-sftp -R\" " + pub;
        else if (s.key != Key::Unauthorized)
            authorized += pub;
    }
    return writeAll(m_dir->filePath(u"authorized_keys"_s), authorized);
}

bool SshdFixture::launch(int port)
{
    m_port = port ? port : freePort();
    const QString config = m_dir->filePath(u"sshd_config"_s);
    // sshd reads these paths on the host, under its own names for them.
    const QString text = QStringList{
        u"Port %1"_s.arg(m_port),
        u"ListenAddress 127.0.0.1"_s,
        u"HostKey %1"_s.arg(hostPath(m_dir->filePath(u"host_key"_s))),
        u"PidFile %1"_s.arg(hostPath(m_dir->filePath(u"sshd.pid"_s))),
        u"AuthorizedKeysFile %1"_s.arg(hostPath(m_dir->filePath(u"authorized_keys"_s))),
        u"StrictModes no"_s,
        u"UsePAM no"_s,
        u"PasswordAuthentication no"_s,
        u"KbdInteractiveAuthentication no"_s,
        u"PubkeyAuthentication yes"_s,
        u"PermitRootLogin prohibit-password"_s,
        u"Subsystem sftp internal-sftp"_s,
        u"LogLevel VERBOSE"_s,
    }.join(u'\n') + u'\n';
    writeAll(config, text.toUtf8());
    // sshd's privilege-separation folder, which it needs when run as root.
    if (hostIsRoot()) {
        if (usingHostBroker())
            hostRun(u"mkdir"_s, {u"-p"_s, u"/run/sshd"_s});
        else
            QDir().mkpath(u"/run/sshd"_s);
    }

    // sshd re-executes itself, so it wants its absolute path; hostFindExecutable looks in sbin.
    const QString sshd = hostFindExecutable(u"sshd"_s);
    if (sshd.isEmpty()) {
        qWarning("sshd is not installed: the SFTP tests need OpenSSH's server (openssh-server)");
        return false;
    }
    m_sshd.setStandardErrorFile(m_dir->filePath(u"sshd.log"_s));
    if (!m_sshd.start(sshd, {u"-D"_s, u"-e"_s, u"-f"_s, config})) {
        qWarning().noquote() << "cannot start sshd:" << m_sshd.errorString();
        return false;
    }
    for (int i = 0; i < 100; ++i) {
        if (portAnswers(m_port))
            return true;
        if (m_sshd.state() != QProcess::Running)
            break;
        QThread::msleep(50);
    }
    qWarning().noquote() << "sshd did not start listening:" << log();
    return false;
}

bool SshdFixture::start()
{
    if (!m_dir->isValid())
        return false;
    QDir(m_dir->path()).mkpath(u"root/incoming"_s);
    QDir(m_dir->path()).mkpath(u"root/outgoing"_s);
    return generateKeys() && generateHostKey() && launch();
}

void SshdFixture::stop()
{
    if (m_sshd.state() == QProcess::NotRunning)
        return;
    killAll();
}

void SshdFixture::killAll()
{
    m_sshd.killTree();
    m_sshd.waitForFinished(5000);
}

bool SshdFixture::restartWithNewHostKey(const QString &type)
{
    stop();
    const int port = m_port;
    if (!generateHostKey(type))
        return false;
    // Same port, so that the client's pinned [127.0.0.1]:port entry applies.
    return launch(port);
}

} // namespace wb::test
