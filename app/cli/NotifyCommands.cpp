// SPDX-License-Identifier: GPL-3.0-or-later
// writeback-cli notify set|show|test|remove: where failure e-mails and daily summaries go
#include "Cli.h"

#include "jobs/Notifications.h"
#include "report/MailMessage.h"
#include "report/SmtpClient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace wb::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wb::cli", text);
}

int notifySet(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Sets the SMTP server that e-mails failed runs (and, if asked, a daily summary).\n\n"
           "writeback-cli notify set --host HOST [--port N] [--security none|starttls|tls] [--user USER] "
           "--from ADDRESS --to ADDRESS[,ADDRESS...] [--ca-file FILE] [--accept-fingerprint SHA256] "
           "[--daily-summary] [--no-failures]\n\n"
           "With --user the password is asked for on the terminal (or read from WRITEBACK_SMTP_PASSWORD) "
           "and kept in the system keychain, never in the workspace."));
    const QCommandLineOption host(u"host"_s, tr("The SMTP server."), u"HOST"_s);
    const QCommandLineOption port(u"port"_s, tr("Its port (default: 587 for starttls, 465 for tls, 25 for none)."), u"N"_s);
    const QCommandLineOption security(u"security"_s, tr("none, starttls (default) or tls."), u"MODE"_s);
    const QCommandLineOption user(u"user"_s, tr("The login, if the server needs one."), u"USER"_s);
    const QCommandLineOption from(u"from"_s, tr("The sender."), u"ADDRESS"_s);
    const QCommandLineOption to(u"to"_s, tr("The recipients, comma-separated."), u"ADDRESSES"_s);
    const QCommandLineOption caFile(u"ca-file"_s, tr("Also trust the CA certificates in this PEM file."), u"FILE"_s);
    const QCommandLineOption fingerprint(u"accept-fingerprint"_s, tr("Accept the server certificate with this SHA-256 fingerprint."), u"SHA256"_s);
    const QCommandLineOption daily(u"daily-summary"_s, tr("Also send a summary of each day's runs."));
    const QCommandLineOption noFailures(u"no-failures"_s, tr("Do not e-mail failed runs."));
    p.addOptions({host, port, security, user, from, to, caFile, fingerprint, daily, noFailures});
    if (const int rc = ctx.parse(p, args, 0, 0); rc >= 0)
        return rc;
    MailSettings s;
    s.host = p.value(host);
    s.port = p.value(port).toInt();
    if (p.isSet(security)) {
        const auto mode = securityFromName(p.value(security));
        if (!mode) {
            ctx.err << tr("--security is none, starttls or tls.") << Qt::endl;
            return Usage;
        }
        s.security = *mode;
    }
    s.user = p.value(user);
    s.from = p.value(from);
    s.to = p.value(to).split(u',', Qt::SkipEmptyParts);
    for (QString &address : s.to)
        address = address.trimmed();
    s.caFile = p.value(caFile);
    s.acceptedFingerprint = p.value(fingerprint);
    s.dailySummary = p.isSet(daily);
    s.notifyOnFailure = !p.isSet(noFailures);
    if (const QStringList problems = s.problems(); !problems.isEmpty()) {
        ctx.err << problems.join(u'\n') << Qt::endl;
        return Usage;
    }
    if (!ctx.openWorkspace())
        return Failed;
    if (!s.user.isEmpty() && smtpPasswordFromEnvironment().isEmpty()) {
        const QString password = ctx.promptHidden(tr("Password for %1 at %2: ").arg(s.user, s.host));
        if (password.isEmpty()) {
            ctx.err << tr("A password is needed for --user: type it on a terminal, or set WRITEBACK_SMTP_PASSWORD.") << Qt::endl;
            return Failed;
        }
        const Secrets::Result stored = storeSmtpPassword(s, password);
        if (!stored.ok) {
            ctx.err << tr("The password could not be kept in the keychain: %1\nSet WRITEBACK_SMTP_PASSWORD for the runs instead.")
                           .arg(stored.error)
                    << Qt::endl;
            return Failed;
        }
    }
    QString error;
    if (!saveMailSettings(ctx.workspace, s, &error)) {
        ctx.err << error << Qt::endl;
        return Failed;
    }
    ctx.out << tr("Failed runs are e-mailed to %1 through %2:%3.").arg(s.to.join(u", "_s), s.host).arg(s.effectivePort())
            << Qt::endl;
    return Ok;
}

int notifyShow(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Shows the e-mail settings (never the password).\n\nwriteback-cli notify show"));
    if (const int rc = ctx.parse(p, args, 0, 0); rc >= 0)
        return rc;
    if (!ctx.openWorkspace())
        return Failed;
    const auto s = loadMailSettings(ctx.workspace);
    if (!s) {
        ctx.out << tr("No e-mail settings: failed runs are shown in the history only.") << Qt::endl;
        return Ok;
    }
    ctx.out << QJsonDocument(s->toJson()).toJson(QJsonDocument::Indented);
    return Ok;
}

int notifyTest(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Sends a test e-mail with the saved settings and prints the conversation when it "
                                   "fails.\n\nwriteback-cli notify test"));
    if (const int rc = ctx.parse(p, args, 0, 0); rc >= 0)
        return rc;
    if (!ctx.openWorkspace())
        return Failed;
    const auto s = loadMailSettings(ctx.workspace);
    if (!s) {
        ctx.err << tr("No e-mail settings yet: writeback-cli notify set --help") << Qt::endl;
        return Failed;
    }
    SmtpClient client(*s);
    if (!s->user.isEmpty())
        client.setPassword(findSmtpPassword(*s).value);
    MailMessage message{s->from, s->to, tr("Writeback Studio: test message"),
                        tr("This is a test message from Writeback Studio. Failed runs will be reported to this "
                           "address."),
                        {}};
    QString error;
    if (!client.send(message, &error)) {
        ctx.err << error << u"\n\n"_s << client.transcript().join(u'\n') << Qt::endl;
        return Failed;
    }
    ctx.out << tr("Sent a test message to %1.").arg(s->to.join(u", "_s)) << Qt::endl;
    return Ok;
}

int notifyRemove(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Removes the e-mail settings and the kept password.\n\nwriteback-cli notify remove"));
    if (const int rc = ctx.parse(p, args, 0, 0); rc >= 0)
        return rc;
    if (!ctx.openWorkspace())
        return Failed;
    QString error;
    if (const auto s = loadMailSettings(ctx.workspace); s && !s->user.isEmpty())
        removeSmtpPassword(*s);
    if (!removeMailSettings(ctx.workspace, &error)) {
        ctx.err << error << Qt::endl;
        return Failed;
    }
    ctx.out << tr("Removed the e-mail settings.") << Qt::endl;
    return Ok;
}

} // namespace

int notifyCommand(Context &ctx, const QStringList &args)
{
    return dispatchSubcommand(ctx, args, u"notify"_s,
                              {{"set", notifySet}, {"show", notifyShow}, {"test", notifyTest}, {"remove", notifyRemove}},
                              tr("Usage: writeback-cli notify set|show|test|remove ...\n"
                                 "  set --host HOST --from ADDRESS --to ADDRESS[,...] [...]\n"
                                 "  show | test | remove\n"
                                 "Each takes --help.\n"));
}

} // namespace wb::cli
