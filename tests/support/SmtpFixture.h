// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HostProcess.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace wb::test {

// A real SMTP server (python3-aiosmtpd, tests/support/smtp_server.py) on a free 127.0.0.1
// port, with a test CA and a server certificate for 127.0.0.1 made by openssl. Each message
// the server accepts is read back, as Python's e-mail parser decoded it, from messages().
// A missing python3-aiosmtpd or openssl fails the test: the server is never silently skipped.
class SmtpFixture
{
public:
    enum class Mode
    {
        Plain,
        StartTls,
        Tls
    };
    struct Options
    {
        Mode mode = Mode::Plain;
        QString user = {}; // empty: no AUTH
        QString password = {};
        QString authMechanisms = QStringLiteral("PLAIN,LOGIN");
        bool authWithoutTls = false; // offer AUTH on a plain connection
        bool ehlo = true;            // false: refuse EHLO (a pre-ESMTP server)
    };

    SmtpFixture();
    ~SmtpFixture();

    // Stops a running server first; every start listens on a new port.
    bool start(const Options &options);
    void stop();

    int port() const { return m_port; }
    QString caFile() const; // the test CA that signed the server certificate
    QString serverCertificate() const;
    // "SHA256:AB:CD:..." of the server certificate, as openssl prints it.
    QString serverFingerprint() const { return m_fingerprint; }
    QList<QJsonObject> messages() const;
    QString log() const;

    // A 127.0.0.1 port nothing listens on at the moment of asking.
    static int freePort();

private:
    bool makeCertificates();

    std::unique_ptr<QTemporaryDir> m_dir;
    HostProcess m_server;
    int m_port = 0;
    int m_starts = 0;
    QString m_inbox;
    QString m_fingerprint;
};

} // namespace wb::test
