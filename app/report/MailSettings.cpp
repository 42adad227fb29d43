// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/MailSettings.h"

#include "report/MailMessage.h"
#include "report/SmtpClient.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace wb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wb::MailSettings", text);
}

} // namespace

QString securityName(MailSecurity security)
{
    switch (security) {
    case MailSecurity::None:
        return u"none"_s;
    case MailSecurity::StartTls:
        return u"starttls"_s;
    case MailSecurity::Tls:
        return u"tls"_s;
    }
    return u"starttls"_s;
}

std::optional<MailSecurity> securityFromName(const QString &name)
{
    for (MailSecurity s : {MailSecurity::None, MailSecurity::StartTls, MailSecurity::Tls})
        if (name.compare(securityName(s), Qt::CaseInsensitive) == 0)
            return s;
    return std::nullopt;
}

int MailSettings::effectivePort() const
{
    if (port > 0)
        return port;
    switch (security) {
    case MailSecurity::None:
        return 25;
    case MailSecurity::StartTls:
        return 587;
    case MailSecurity::Tls:
        return 465;
    }
    return 587;
}

QStringList MailSettings::problems() const
{
    QStringList out;
    if (host.trimmed().isEmpty())
        out << tr("No SMTP server is set.");
    if (port < 0 || port > 65535)
        out << tr("The port %1 is not a TCP port.").arg(port);
    if (from.trimmed().isEmpty())
        out << tr("No sender (From) address is set.");
    else if (!parseMailbox(from))
        out << tr("The sender address \"%1\" is not an e-mail address.").arg(from);
    if (to.isEmpty())
        out << tr("No recipient is set.");
    for (const QString &address : to)
        if (!parseMailbox(address))
            out << tr("The recipient \"%1\" is not an e-mail address.").arg(address);
    if (timeoutSeconds <= 0)
        out << tr("The timeout must be at least one second.");
    // Ignoring a mistyped fingerprint would leave the user wondering why it is not accepted.
    if (!acceptedFingerprint.isEmpty() && normalizedFingerprint(acceptedFingerprint).isEmpty())
        out << tr("The accepted certificate fingerprint must be a SHA-256 fingerprint: 32 bytes in hex.");
    return out;
}

QString MailSettings::secretKey() const
{
    return u"smtp:%1:%2"_s.arg(host.toLower(), user);
}

QJsonObject MailSettings::toJson() const
{
    QJsonObject o;
    o[u"host"_s] = host;
    o[u"port"_s] = port;
    o[u"security"_s] = securityName(security);
    o[u"user"_s] = user;
    o[u"from"_s] = from;
    o[u"to"_s] = QJsonArray::fromStringList(to);
    o[u"ca_file"_s] = caFile;
    o[u"accepted_fingerprint"_s] = acceptedFingerprint;
    o[u"timeout_seconds"_s] = timeoutSeconds;
    o[u"notify_on_failure"_s] = notifyOnFailure;
    o[u"daily_summary"_s] = dailySummary;
    return o;
}

std::optional<MailSettings> MailSettings::fromJson(const QJsonObject &json, QStringList *problems)
{
    MailSettings s;
    QStringList found;
    auto text = [&](const QString &key, QString *into) {
        const QJsonValue v = json.value(key);
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isString())
            found << tr("\"%1\" must be text.").arg(key);
        else
            *into = v.toString();
    };
    text(u"host"_s, &s.host);
    text(u"user"_s, &s.user);
    text(u"from"_s, &s.from);
    text(u"ca_file"_s, &s.caFile);
    text(u"accepted_fingerprint"_s, &s.acceptedFingerprint);
    if (const QJsonValue v = json.value(u"port"_s); !v.isUndefined())
        s.port = v.isDouble() ? v.toInt(-1) : -1;
    if (const QJsonValue v = json.value(u"timeout_seconds"_s); !v.isUndefined())
        s.timeoutSeconds = v.isDouble() ? v.toInt(0) : 0;
    if (const QJsonValue v = json.value(u"security"_s); !v.isUndefined()) {
        if (const auto security = securityFromName(v.toString()))
            s.security = *security;
        else
            found << tr("\"security\" must be none, starttls or tls.");
    }
    const QJsonValue to = json.value(u"to"_s);
    if (to.isString()) {
        s.to << to.toString();
    } else if (to.isArray()) {
        const QJsonArray array = to.toArray();
        for (const QJsonValue &v : array)
            s.to << v.toString();
    }
    s.notifyOnFailure = json.value(u"notify_on_failure"_s).toBool(true);
    s.dailySummary = json.value(u"daily_summary"_s).toBool(false);
    // A password in the settings would end up on disk in clear text: refuse it loudly.
    if (json.contains(u"password"_s))
        found << tr(
            "The SMTP password does not belong in the settings: keep it in the keychain or in "
            "WRITEBACK_SMTP_PASSWORD.");
    if (s.port < 0 || s.port > 65535)
        found << tr("\"port\" must be a number from 0 to 65535.");
    if (s.timeoutSeconds <= 0)
        found << tr("\"timeout_seconds\" must be a positive number.");
    if (problems)
        *problems = found;
    if (!found.isEmpty())
        return std::nullopt;
    return s;
}

QString smtpPasswordFromEnvironment()
{
    return qEnvironmentVariable("WRITEBACK_SMTP_PASSWORD");
}

Secrets::Result findSmtpPassword(const MailSettings &settings)
{
    if (const QString env = smtpPasswordFromEnvironment(); !env.isEmpty())
        return {true, env, {}};
    return Secrets::readSecret(settings.secretKey());
}

Secrets::Result storeSmtpPassword(const MailSettings &settings, const QString &password)
{
    return Secrets::storeSecret(settings.secretKey(), password);
}

Secrets::Result removeSmtpPassword(const MailSettings &settings)
{
    return Secrets::removeSecret(settings.secretKey());
}

} // namespace wb
