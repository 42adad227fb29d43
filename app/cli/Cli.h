// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Connection.h"
#include "core/Workspace.h"
#include "formats/HeaderMap.h"

#include <QCommandLineOption>
#include <QJsonValue>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>

class QCommandLineParser;

namespace wb {
class SftpSession;
}

namespace wb::cli {

// Exit codes are part of the CLI's contract (docs/cli.md).
enum Exit { Ok = 0, Failed = 1, Usage = 2 };

// What every command gets: the open workspace, the output streams and the shared helpers.
class Context
{
public:
    Context();

    QTextStream out;
    QTextStream err;
    Workspace workspace;
    QString workspacePath;

    bool openWorkspace();
    // The named connection, or an error printed and nullopt.
    std::optional<Connection> connection(const QString &name);
    // The key passphrase: WRITEBACK_KEY_PASSPHRASE, then the keychain, then a prompt on a
    // terminal; empty when the key needs none.
    QString passphraseFor(const Connection &c);
    // An open SFTP session, or an error printed and nullptr.
    std::unique_ptr<SftpSession> openSession(const Connection &c);
    // Reads a line from the terminal without echo; empty when stdin is not a terminal.
    QString promptHidden(const QString &prompt);
    QString promptLine(const QString &prompt);
    bool stdinIsTerminal() const;

    // Parses a command's arguments; prints help or a usage error. Returns -1 to go on, else an exit code.
    int parse(QCommandLineParser &parser, const QStringList &args, int minPositional, int maxPositional);
};

using Command = std::function<int(Context &, const QStringList &args)>;

// --json output: an empty text is null, not "".
QJsonValue orNull(const QString &s);

// "writeback-cli GROUP SUB ARGS...": runs SUB with "writeback-cli GROUP SUB" as its program
// name, or prints the group's usage (on stdout for --help, exit 0; else on stderr, exit 2).
struct Subcommand
{
    const char *name;
    Command run;
};
int dispatchSubcommand(Context &ctx, const QStringList &args, const QString &group,
                       std::initializer_list<Subcommand> subcommands, const QString &usage);

// How a file is read where detection would get it wrong, as `import` and `connection rule
// add` both take it: --separator, --encoding, --header yes|no, --header-map FILE.
struct ReadOptions
{
    char separator = 0;
    QString encoding;
    std::optional<bool> hasHeader;
    HeaderMap headerMap;
    QString headerMapFile; // its file name
};
QList<QCommandLineOption> readOptionList();
// From the parsed options, the map's fields checked against `dataset`; a bad value or map is
// printed (every problem, with the map's file, line and column) and false returned.
bool parseReadOptions(Context &ctx, const QCommandLineParser &p, const QString &dataset, ReadOptions *out);

int connectionCommand(Context &ctx, const QStringList &args);
int ruleCommand(Context &ctx, const QStringList &args); // connection rule ...
int lsCommand(Context &ctx, const QStringList &args);
int getCommand(Context &ctx, const QStringList &args);
int putCommand(Context &ctx, const QStringList &args);
int importCommand(Context &ctx, const QStringList &args);
int fetchCommand(Context &ctx, const QStringList &args);
int datasetsCommand(Context &ctx, const QStringList &args);
int datasetCommand(Context &ctx, const QStringList &args); // dataset multi-value ...
int filesCommand(Context &ctx, const QStringList &args);
int exportCommand(Context &ctx, const QStringList &args);
int runsCommand(Context &ctx, const QStringList &args);
int scheduleCommand(Context &ctx, const QStringList &args);
int runDueCommand(Context &ctx, const QStringList &args);
int notifyCommand(Context &ctx, const QStringList &args);
int settingsCommand(Context &ctx, const QStringList &args);
int queueCommand(Context &ctx, const QStringList &args);

} // namespace wb::cli
