// SPDX-License-Identifier: GPL-3.0-or-later
// writeback-cli [--workspace FILE] COMMAND ...
#include "Cli.h"
#include "Console.h"

#include "core/Translations.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QMap>

using namespace Qt::StringLiterals;
using namespace wb::cli;

static QString usage()
{
    return QCoreApplication::translate(
        "cli",
        "Usage: writeback-cli [--workspace FILE] COMMAND [ARGS]\n\n"
        "Commands:\n"
        "  connection add|list|remove|trust|test   manage SFTP connections; test runs the doctor\n"
        "  connection rule add|list|remove         how a fetch takes in a connection's files\n"
        "  ls NAME [PATH]                          list a remote folder\n"
        "  get NAME REMOTE LOCAL                   download a file\n"
        "  put NAME LOCAL REMOTE                   upload a file\n"
        "  import FILE... [--as DATASET] [--dates ORDER]\n"
        "                                          take in local files\n"
        "  fetch NAME                              take in the new files of a connection's read path\n"
        "  queue add|list|remove|test|consume|replay\n"
        "                                          message queues (Civitas): take their messages in\n"
        "  datasets                                list datasets with columns, types and row counts\n"
        "  dataset multi-value DATASET FIELD...    say which fields hold several values, and their separator\n"
        "  files                                   list files taken in, and failed ones with reasons\n"
        "  export save|list|show|rename|remove|preview|run|redeliver\n"
        "                                          define exports, preview and run them\n"
        "  runs [--export NAME]                    the export run history\n"
        "  schedule set|list|pause|resume|remove   run fetches and exports on a schedule\n"
        "  run-due [--job JOB]                     run what is due now (the system's scheduler calls this)\n"
        "  notify set|show|test|remove             e-mail failed runs and daily summaries\n"
        "  settings show|set                       the workspace's settings (how long kept files stay)\n\n"
        "Every command takes --help. Exit codes: 0 ok, 1 the operation failed, 2 usage error.\n"
        "The workspace defaults to %1\n");
}

int main(int argc, char *argv[])
{
    const Utf8Console console;
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Writeback Studio"_s);
    QCoreApplication::setApplicationName(u"Writeback Studio"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(WRITEBACK_VERSION));
    wb::installTranslations();
    // Scripts read stdout and stderr: only warnings by default (QT_LOGGING_RULES overrides).
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(u"writeback.*.debug=false\nwriteback.*.info=false"_s);

    Context ctx;
    ctx.workspacePath = wb::Workspace::defaultPath();
    QStringList args = app.arguments().mid(1);
    while (!args.isEmpty() && args.first().startsWith(u"--"_s)) {
        const QString opt = args.takeFirst();
        if (opt == u"--workspace"_s) {
            if (args.isEmpty()) {
                ctx.err << QCoreApplication::translate("cli", "--workspace needs a file.") << Qt::endl;
                return Usage;
            }
            ctx.workspacePath = args.takeFirst();
        } else if (opt.startsWith(u"--workspace="_s)) {
            ctx.workspacePath = opt.mid(12);
        } else if (opt == u"--help"_s) {
            ctx.out << usage().arg(wb::Workspace::defaultPath());
            return Ok;
        } else if (opt == u"--version"_s) {
            ctx.out << u"writeback-cli "_s << QCoreApplication::applicationVersion() << Qt::endl;
            return Ok;
        } else {
            ctx.err << QCoreApplication::translate("cli", "Unknown option %1.").arg(opt) << u"\n\n"_s
                    << usage().arg(wb::Workspace::defaultPath());
            return Usage;
        }
    }
    const QMap<QString, Command> commands = {
        {u"connection"_s, connectionCommand},
        {u"ls"_s, lsCommand},
        {u"get"_s, getCommand},
        {u"put"_s, putCommand},
        {u"import"_s, importCommand},
        {u"fetch"_s, fetchCommand},
        {u"datasets"_s, datasetsCommand},
        {u"dataset"_s, datasetCommand},
        {u"files"_s, filesCommand},
        {u"export"_s, exportCommand},
        {u"runs"_s, runsCommand},
        {u"schedule"_s, scheduleCommand},
        {u"run-due"_s, runDueCommand},
        {u"notify"_s, notifyCommand},
        {u"settings"_s, settingsCommand},
        {u"queue"_s, queueCommand},
    };
    const QString name = args.value(0);
    const auto it = commands.find(name);
    if (it == commands.end()) {
        if (!name.isEmpty())
            ctx.err << QCoreApplication::translate("cli", "Unknown command \"%1\".").arg(name) << u"\n\n"_s;
        ctx.err << usage().arg(wb::Workspace::defaultPath());
        return Usage;
    }
    // Commands parse their own options; the first element stands for the program.
    QStringList commandArgs = args;
    if (name != u"connection"_s && name != u"export"_s && name != u"schedule"_s && name != u"notify"_s
        && name != u"settings"_s && name != u"queue"_s)
        commandArgs[0] = u"writeback-cli "_s + name;
    return it.value()(ctx, commandArgs);
}
