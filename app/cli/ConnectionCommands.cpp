// SPDX-License-Identifier: GPL-3.0-or-later
// writeback-cli connection add|list|remove|trust|test
#include "Cli.h"

#include "core/ConnectionStore.h"
#include "core/Secrets.h"
#include "sftp/ConnectionDoctor.h"
#include "sftp/KeyFile.h"
#include "sftp/SftpSession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace wb::cli {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr)
{
    return QCoreApplication::translate("wb::cli", text, disambiguation);
}


int add(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Adds an SFTP connection.\n\nwriteback-cli connection add NAME --host H [--port P] --user U --key FILE [--read-path DIR] [--write-path DIR]\n\nThe key's passphrase, if any, is read from WRITEBACK_KEY_PASSPHRASE or asked for on the terminal, and kept in the system keychain."));
    p.addPositionalArgument(u"NAME"_s, tr("A name for the connection."));
    const QCommandLineOption host(u"host"_s, tr("The server's domain or address."), u"H"_s);
    const QCommandLineOption port(u"port"_s, tr("The SSH port (default 22)."), u"P"_s, u"22"_s);
    const QCommandLineOption user(u"user"_s, tr("The username."), u"U"_s);
    const QCommandLineOption key(u"key"_s, tr("The private key file."), u"FILE"_s);
    const QCommandLineOption readPath(u"read-path"_s, tr("Where the platform drops its files."), u"DIR"_s);
    const QCommandLineOption writePath(u"write-path"_s, tr("Where exports are delivered."), u"DIR"_s);
    p.addOptions({host, port, user, key, readPath, writePath});
    if (int rc = ctx.parse(p, args, 1, 1); rc >= 0)
        return rc;
    for (const auto &required : {host, user, key})
        if (!p.isSet(required)) {
            ctx.err << tr("--%1 is required.").arg(required.names().first()) << Qt::endl;
            return Usage;
        }
    bool portOk = false;
    Connection c;
    c.name = p.positionalArguments().first();
    c.host = p.value(host);
    c.port = p.value(port).toInt(&portOk);
    c.user = p.value(user);
    c.keyFile = QFileInfo(p.value(key)).absoluteFilePath();
    c.readPath = p.value(readPath);
    c.writePath = p.value(writePath);
    if (!portOk) {
        ctx.err << tr("--port must be a number.") << Qt::endl;
        return Usage;
    }
    const PrivateKey k = readPrivateKey(c.keyFile);
    if (!k.isUsable()) {
        ctx.err << k.error << Qt::endl;
        return Failed;
    }
    if (!ctx.openWorkspace())
        return Failed;
    QString error;
    if (!ConnectionStore(ctx.workspace).save(c, &error)) {
        ctx.err << error << Qt::endl;
        return Failed;
    }
    ctx.out << tr("Added connection %1 (%2, %3).").arg(c.name, c.endpoint(), formatDescription(k)) << Qt::endl;
    if (k.encrypted) {
        QString passphrase = Secrets::passphraseFromEnvironment();
        if (passphrase.isEmpty())
            passphrase = ctx.promptHidden(tr("Passphrase for %1: ").arg(QDir::toNativeSeparators(c.keyFile)));
        if (!passphrase.isEmpty()) {
            const Secrets::Result stored = Secrets::storePassphrase(c.workspaceId, c.name, passphrase);
            if (stored.ok)
                ctx.out << tr("The passphrase is kept in the system keychain.") << Qt::endl;
            else
                ctx.err << tr("The passphrase was not saved: %1 It will be asked for each time, or "
                              "set WRITEBACK_KEY_PASSPHRASE for unattended runs.").arg(stored.error)
                        << Qt::endl;
        }
    }
    ctx.out << tr("Next: writeback-cli connection trust %1, then connection test %1.").arg(c.name) << Qt::endl;
    return Ok;
}

int list(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Lists the connections.\n\nwriteback-cli connection list [--json]"));
    const QCommandLineOption json(u"json"_s, tr("Print JSON."));
    p.addOption(json);
    if (int rc = ctx.parse(p, args, 0, 0); rc >= 0)
        return rc;
    if (!ctx.openWorkspace())
        return Failed;
    const QList<Connection> all = ConnectionStore(ctx.workspace).list();
    if (p.isSet(json)) {
        QJsonArray arr;
        for (const Connection &c : all)
            arr.append(QJsonObject{{u"name"_s, c.name}, {u"host"_s, c.host}, {u"port"_s, c.port},
                                   {u"user"_s, c.user}, {u"key"_s, c.keyFile},
                                   {u"read_path"_s, c.readPath}, {u"write_path"_s, c.writePath}});
        ctx.out << QJsonDocument(arr).toJson(QJsonDocument::Indented);
        return Ok;
    }
    if (all.isEmpty()) {
        ctx.out << tr("No connections yet (see: writeback-cli connection add --help).") << Qt::endl;
        return Ok;
    }
    for (const Connection &c : all)
        ctx.out << c.name << u"\t"_s << c.endpoint() << u"\t"_s << c.keyFile << u"\t"_s
                << (c.readPath.isEmpty() ? u"-"_s : c.readPath) << u"\t"_s
                << (c.writePath.isEmpty() ? u"-"_s : c.writePath) << Qt::endl;
    return Ok;
}

int remove(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Removes a connection and its saved passphrase.\n\nwriteback-cli connection remove NAME"));
    p.addPositionalArgument(u"NAME"_s, tr("The connection."));
    if (int rc = ctx.parse(p, args, 1, 1); rc >= 0)
        return rc;
    if (!ctx.openWorkspace())
        return Failed;
    const QString name = p.positionalArguments().first();
    QString error;
    if (!ConnectionStore(ctx.workspace).remove(name, &error)) {
        ctx.err << error << Qt::endl;
        return Failed;
    }
    Secrets::removePassphrase(ctx.workspace.id(), name);
    ctx.out << tr("Removed connection %1.").arg(name) << Qt::endl;
    return Ok;
}

int trust(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Shows the server's host key and pins it after you confirm it.\n\n"
                                   "writeback-cli connection trust NAME [--yes | --fingerprint SHA256:...]\n\n"
                                   "A key that changed since it was pinned is never replaced here."));
    p.addPositionalArgument(u"NAME"_s, tr("The connection."));
    const QCommandLineOption yes(u"yes"_s, tr("Trust the key without asking."));
    const QCommandLineOption fingerprint(u"fingerprint"_s, tr("Trust the key only if its fingerprint is this one."), u"SHA256:..."_s);
    p.addOptions({yes, fingerprint});
    if (int rc = ctx.parse(p, args, 1, 1); rc >= 0)
        return rc;
    const auto c = ctx.connection(p.positionalArguments().first());
    if (!c)
        return Failed;
    SftpSession s(*c, KnownHosts(ctx.workspace.knownHostsPath()));
    if (!s.connectSocket() || !s.handshake()) {
        ctx.err << s.error().detailed() << Qt::endl;
        return Failed;
    }
    const HostKey key = s.hostKey();
    ctx.out << tr("%1 presents the %2 key %3").arg(c->endpoint(), key.typeName, key.fingerprint) << Qt::endl;
    if (s.verifyHostKey()) {
        ctx.out << tr("This key is already trusted.") << Qt::endl;
        return Ok;
    }
    if (s.error().kind != SshError::Kind::HostKeyUnknown) {
        ctx.err << s.error().detailed() << Qt::endl;
        return Failed;
    }
    bool confirmed = p.isSet(yes);
    if (p.isSet(fingerprint)) {
        if (p.value(fingerprint) != key.fingerprint) {
            ctx.err << tr("The fingerprint does not match: expected %1, the server presents %2. Not trusted.")
                           .arg(p.value(fingerprint), key.fingerprint) << Qt::endl;
            return Failed;
        }
        confirmed = true;
    }
    if (!confirmed && ctx.stdinIsTerminal()) {
        const QString answer = ctx.promptLine(tr("Compare it with the fingerprint the platform gave you. Trust it? [y/N] "));
        // "y" always works; the translation's own first letter for yes (o, j) too.
        const QString yesWord = tr("y", "the answer to a yes/no question");
        confirmed = answer.trimmed().startsWith(u'y', Qt::CaseInsensitive)
                    || (!yesWord.isEmpty() && answer.trimmed().startsWith(yesWord, Qt::CaseInsensitive));
    } else if (!confirmed) {
        ctx.err << tr("Not trusted: confirm with --yes or --fingerprint %1.").arg(key.fingerprint) << Qt::endl;
        return Failed;
    }
    if (!confirmed) {
        ctx.out << tr("Not trusted.") << Qt::endl;
        return Failed;
    }
    s.setTrustUnknownHostKey(true);
    if (!s.verifyHostKey()) {
        ctx.err << s.error().detailed() << Qt::endl;
        return Failed;
    }
    ctx.out << tr("Trusted; pinned in %1.").arg(QDir::toNativeSeparators(ctx.workspace.knownHostsPath())) << Qt::endl;
    return Ok;
}

int test(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("The connection doctor: checks the connection step by step.\n\n"
                                   "writeback-cli connection test NAME [--json]\n\nExits 1 when a step fails."));
    p.addPositionalArgument(u"NAME"_s, tr("The connection."));
    const QCommandLineOption json(u"json"_s, tr("Print JSON."));
    p.addOption(json);
    if (int rc = ctx.parse(p, args, 1, 1); rc >= 0)
        return rc;
    const auto c = ctx.connection(p.positionalArguments().first());
    if (!c)
        return Failed;
    ConnectionDoctor doctor(*c, ctx.workspace.knownHostsPath());
    doctor.setPassphrase(ctx.passphraseFor(*c));
    const bool asJson = p.isSet(json);
    if (!asJson)
        doctor.setStepCallback([&](const DoctorStep &s) {
            if (s.status == DoctorStep::Status::Running)
                ctx.err << u"... "_s << s.title << Qt::endl;
        });
    const DoctorReport report = doctor.run();
    if (asJson)
        ctx.out << QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented);
    else
        ctx.out << report.toText();
    ctx.out.flush();
    return report.passed() ? Ok : Failed;
}

} // namespace

int connectionCommand(Context &ctx, const QStringList &args)
{
    return dispatchSubcommand(ctx, args, u"connection"_s,
                              {{"add", add}, {"list", list}, {"remove", remove}, {"trust", trust}, {"test", test},
                               {"rule", ruleCommand}},
                              tr("Usage: writeback-cli connection add|list|remove|trust|test|rule ...\n"
                                 "  add NAME --host H [--port P] --user U --key FILE [--read-path DIR] [--write-path DIR]\n"
                                 "  list [--json]\n"
                                 "  remove NAME\n"
                                 "  trust NAME [--yes | --fingerprint SHA256:...]\n"
                                 "  test NAME [--json]\n"
                                 "  rule add|list|remove NAME ...  (intake rules: see connection rule --help)\n"
                                 "Each takes --help.\n"));
}

} // namespace wb::cli
