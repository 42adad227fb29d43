// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/MailMessage.h"
#include "report/MailSettings.h"

#include <QString>
#include <QStringList>

#include <atomic>

namespace wb {

// Sends one e-mail over SMTP: EHLO (HELO when refused), STARTTLS or implicit TLS as the
// settings say, AUTH PLAIN or LOGIN when a user is set, then MAIL, RCPT, DATA, QUIT.
// Certificates are verified against the system's CAs plus the settings' CA file; a
// certificate that fails is accepted only when its SHA-256 fingerprint is the one the
// settings name. A password is never sent over an unencrypted connection.
//
// Blocking: call it from a worker thread or the CLI, never the GUI thread. Each step waits
// at most the settings' timeout; the cancel flag is looked at every 100 ms while waiting.
// Errors name the step and quote the server: "AUTH failed: 535 5.7.8 Authentication
// credentials invalid".
class SmtpClient
{
public:
    explicit SmtpClient(MailSettings settings);

    void setPassword(const QString &password) { m_password = password; }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    bool send(const MailMessage &message, QString *error);
    bool send(const MailMessage &message, const MessageStamp &stamp, QString *error);

    // The last conversation, for a support ticket: every command and reply, with the AUTH
    // exchange and the message itself left out.
    QStringList transcript() const { return m_transcript; }
    // "SHA256:AB:CD:..." of the certificate the server showed, once TLS was started.
    QString serverFingerprint() const { return m_fingerprint; }

private:
    MailSettings m_settings;
    QString m_password;
    const std::atomic_bool *m_cancel = nullptr;
    QStringList m_transcript;
    QString m_fingerprint;
};

// "SHA256:AB:CD:..." as OpenSSL prints it; accepts the same with or without the prefix,
// the colons, or upper case, and normalises to that form (empty when it is not 32 bytes).
QString normalizedFingerprint(const QString &text);

} // namespace wb
