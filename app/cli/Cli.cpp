// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"

#include "core/ConnectionStore.h"
#include "core/Secrets.h"
#include "sftp/KeyFile.h"
#include "sftp/SftpSession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

#include "Console.h"

using namespace Qt::StringLiterals;

namespace wb::cli {

Context::Context()
    : out(stdout)
    , err(stderr)
{
}

bool Context::openWorkspace()
{
    QString error;
    if (!workspace.open(workspacePath, &error)) {
        err << error << Qt::endl;
        return false;
    }
    return true;
}

std::optional<Connection> Context::connection(const QString &name)
{
    if (!workspace.isOpen() && !openWorkspace())
        return std::nullopt;
    auto c = ConnectionStore(workspace).find(name);
    if (!c)
        err << QCoreApplication::translate("cli", "There is no connection named \"%1\" (see: writeback-cli connection list).")
                   .arg(name)
            << Qt::endl;
    return c;
}

bool Context::stdinIsTerminal() const
{
    return cli::stdinIsTerminal();
}

QString Context::promptLine(const QString &prompt)
{
    if (!stdinIsTerminal())
        return {};
    err << prompt << Qt::flush;
    QTextStream in(stdin);
    return in.readLine();
}

QString Context::promptHidden(const QString &prompt)
{
    if (!stdinIsTerminal())
        return {};
    QString line;
    {
        const EchoOff quiet;
        line = promptLine(prompt);
    }
    err << Qt::endl;
    return line;
}

QString Context::passphraseFor(const Connection &c)
{
    const PrivateKey key = readPrivateKey(c.keyFile);
    if (!key.encrypted)
        return {};
    if (const Secrets::Result found = Secrets::findPassphrase(c.workspaceId, c.name); found.ok && !found.value.isEmpty())
        return found.value;
    return promptHidden(QCoreApplication::translate("cli", "Passphrase for %1: ").arg(QDir::toNativeSeparators(c.keyFile)));
}

std::unique_ptr<SftpSession> Context::openSession(const Connection &c)
{
    auto session = std::make_unique<SftpSession>(c, KnownHosts(workspace.knownHostsPath()));
    session->setPassphrase(passphraseFor(c));
    if (session->open())
        return session;
    err << session->error().detailed() << Qt::endl;
    if (session->error().kind == SshError::Kind::HostKeyUnknown)
        err << QCoreApplication::translate("cli", "To trust it: writeback-cli connection trust %1").arg(c.name) << Qt::endl;
    return nullptr;
}

int Context::parse(QCommandLineParser &parser, const QStringList &args, int minPositional, int maxPositional)
{
    const QCommandLineOption help({u"h"_s, u"help"_s}, QCoreApplication::translate("cli", "Show this help."));
    parser.addOption(help);
    if (!parser.parse(args)) {
        err << parser.errorText() << u"\n\n"_s << parser.helpText();
        err.flush();
        return Usage;
    }
    if (parser.isSet(help)) {
        out << parser.helpText();
        out.flush();
        return Ok;
    }
    const qsizetype n = parser.positionalArguments().size();
    if (n < minPositional || (maxPositional >= 0 && n > maxPositional)) {
        err << QCoreApplication::translate("cli", "Wrong number of arguments.") << u"\n\n"_s << parser.helpText();
        err.flush();
        return Usage;
    }
    return -1;
}

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

int dispatchSubcommand(Context &ctx, const QStringList &args, const QString &group,
                       std::initializer_list<Subcommand> subcommands, const QString &usage)
{
    const QString sub = args.value(1);
    for (const Subcommand &s : subcommands)
        if (sub == QLatin1StringView(s.name))
            return s.run(ctx, QStringList{u"writeback-cli %1 %2"_s.arg(group, sub)} + args.mid(2));
    const bool help = sub == u"--help"_s || sub == u"-h"_s;
    QTextStream &stream = help ? ctx.out : ctx.err;
    if (!help && !sub.isEmpty())
        stream << QCoreApplication::translate("cli", "Unknown %1 command \"%2\".").arg(group, sub) << u"\n\n"_s;
    stream << usage;
    stream.flush();
    return help ? Ok : Usage;
}

} // namespace wb::cli
