// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Secrets.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace wb {

enum class MailSecurity
{
    None,     // plain SMTP; no password is ever sent over it
    StartTls, // plain connection upgraded with STARTTLS before anything else (port 587)
    Tls,      // TLS from the first byte, "SMTPS" (port 465)
};

QString securityName(MailSecurity security); // "none", "starttls", "tls"
std::optional<MailSecurity> securityFromName(const QString &name);

// Where failure notifications and daily summaries go. The password is not part of it: it
// lives in the keychain under secretKey(), or comes from WRITEBACK_SMTP_PASSWORD.
struct MailSettings
{
    QString host;
    int port = 0; // 0: the usual port for `security`
    MailSecurity security = MailSecurity::StartTls;
    QString user; // empty: no login
    QString from; // "ops@example.org" or "Writeback Studio <ops@example.org>"
    QStringList to;
    // PEM (or DER) certificates trusted in addition to the system's: a private CA.
    QString caFile;
    // A server certificate accepted even though no trusted CA signed it, by its SHA-256
    // fingerprint (hex, colons optional). Safer than turning verification off: any other
    // certificate is still refused.
    QString acceptedFingerprint;
    int timeoutSeconds = 30;
    bool notifyOnFailure = true;
    bool dailySummary = false;

    int effectivePort() const;
    bool isConfigured() const { return !host.isEmpty() && !from.isEmpty() && !to.isEmpty(); }
    // What is missing or malformed, one sentence each; empty when the settings can be used.
    QStringList problems() const;
    // "smtp:host:user", the keychain entry of the password.
    QString secretKey() const;

    QJsonObject toJson() const;
    static std::optional<MailSettings> fromJson(const QJsonObject &json, QStringList *problems);
};

// WRITEBACK_SMTP_PASSWORD, for unattended runs where no keychain exists.
QString smtpPasswordFromEnvironment();
// The environment first (an explicit choice for this run), then the keychain.
Secrets::Result findSmtpPassword(const MailSettings &settings);
Secrets::Result storeSmtpPassword(const MailSettings &settings, const QString &password);
Secrets::Result removeSmtpPassword(const MailSettings &settings);

} // namespace wb
