// SPDX-License-Identifier: GPL-3.0-or-later
#include "SmtpFixture.h"

#include "TestSupport.h"

#include <QDir>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace wb::test {

SmtpFixture::SmtpFixture() : m_dir(std::make_unique<QTemporaryDir>())
{}

SmtpFixture::~SmtpFixture()
{
    stop();
}

QString SmtpFixture::caFile() const
{
    return m_dir->filePath(u"ca.pem"_s);
}

QString SmtpFixture::serverCertificate() const
{
    return m_dir->filePath(u"server.pem"_s);
}

QString SmtpFixture::log() const
{
    return QString::fromUtf8(readAll(m_dir->filePath(u"smtp.log"_s)));
}

int SmtpFixture::freePort()
{
    return wb::test::freePort();
}

bool SmtpFixture::makeCertificates()
{
    return QFile::exists(serverCertificate()) || makeTestCertificates(m_dir->path(), &m_fingerprint);
}

bool SmtpFixture::start(const Options &options)
{
    stop();
    if (!m_dir->isValid() || !makeCertificates())
        return false;
    const QString python = hostFindExecutable(u"python3"_s);
    if (python.isEmpty()) {
        qWarning("python3 is not installed: the mail tests need it and python3-aiosmtpd");
        return false;
    }
    const QString inbox = m_dir->filePath(u"inbox-%1"_s.arg(++m_starts));
    QDir().mkpath(inbox);
    m_port = freePort();
    QStringList args{QStringLiteral(WRITEBACK_SMTP_SERVER_SCRIPT),
                     u"--port"_s,
                     QString::number(m_port),
                     u"--dir"_s,
                     inbox,
                     u"--cert"_s,
                     serverCertificate(),
                     u"--key"_s,
                     m_dir->filePath(u"server.key"_s)};
    args << u"--mode"_s
         << (options.mode == Mode::Plain      ? u"plain"_s
             : options.mode == Mode::StartTls ? u"starttls"_s
                                              : u"tls"_s);
    if (!options.user.isEmpty())
        args << u"--user"_s << options.user << u"--password"_s << options.password
             << u"--auth-mechanisms"_s << options.authMechanisms;
    if (options.authWithoutTls)
        args << u"--auth-without-tls"_s;
    if (!options.ehlo)
        args << u"--no-ehlo"_s;
    m_server.setStandardErrorFile(m_dir->filePath(u"smtp.log"_s));
    if (!m_server.start(python, args)) {
        qWarning().noquote() << "cannot start the SMTP server:" << m_server.errorString();
        return false;
    }
    const QByteArray said = m_server.readLine(15000);
    if (!said.startsWith("ready ")) {
        qWarning().noquote() << "the SMTP server did not start (is python3-aiosmtpd installed?):"
                             << said << log();
        return false;
    }
    m_inbox = inbox;
    return true;
}

void SmtpFixture::stop()
{
    if (m_server.state() == QProcess::NotRunning)
        return;
    // Closing its standard input is the server's signal to stop; kill it if it does not.
    m_server.closeWriteChannel();
    if (!m_server.waitForFinished(5000)) {
        m_server.killTree();
        m_server.waitForFinished(5000);
    }
}

QList<QJsonObject> SmtpFixture::messages() const
{
    QList<QJsonObject> out;
    const QDir dir(m_inbox);
    const QStringList names = dir.entryList({u"msg-*.json"_s}, QDir::Files, QDir::Name);
    for (const QString &name : names)
        out << QJsonDocument::fromJson(readAll(dir.filePath(name))).object();
    return out;
}

} // namespace wb::test
