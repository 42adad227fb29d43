// SPDX-License-Identifier: GPL-3.0-or-later
// writeback-cli export save|list|show|rename|remove|preview|run|redeliver, and runs
#include "Cli.h"

#include "export/ExportDefinition.h"
#include "export/ExportPreview.h"
#include "export/ExportRunner.h"
#include "export/ExportSource.h"
#include "export/ExportStore.h"
#include "jobs/JobRunner.h"
#include "store/DatasetStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#ifdef _WIN32
#include <fcntl.h>
#include <io.h>
#else
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace wb::cli {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("wb::cli", text, disambiguation, n);
}


bool stderrIsTerminal()
{
#ifdef _WIN32
    return _isatty(_fileno(stderr));
#else
    return isatty(STDERR_FILENO);
#endif
}

// The preview and `show` promise the file's exact bytes: no text-mode translation of "\n"
// (Windows), and nothing of the QTextStream's left in between.
void writeRaw(Context &ctx, const QByteArray &bytes)
{
    ctx.out.flush();
#ifdef _WIN32
    _setmode(_fileno(stdout), _O_BINARY);
#endif
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

// Stored times are UTC ISO 8601; people read them in their own time zone.
QString localTime(const QString &iso)
{
    if (iso.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!t.isValid())
        return iso;
    return t.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

QString joinPath(const QString &location, const QString &fileName)
{
    if (location.isEmpty() || fileName.isEmpty())
        return fileName;
    // An SFTP location is a URL: its separator is '/' whatever the platform.
    if (location.startsWith(u"sftp://"_s))
        return location.endsWith(u'/') ? QString(location + fileName) : QString(location + u'/' + fileName);
    return QDir::toNativeSeparators(QDir(location).filePath(fileName));
}

QString destinationText(const Destination &d)
{
    if (d.type == Destination::Type::Sftp)
        return u"sftp://%1/%2"_s.arg(d.connection, d.path);
    return QDir::toNativeSeparators(d.path);
}

QJsonObject toJson(const RunResult &r, const QString &exportName)
{
    return QJsonObject{{u"run_id"_s, r.runId},
                       {u"export"_s, exportName},
                       {u"state"_s, r.state},
                       {u"rows"_s, r.rows},
                       {u"bytes"_s, r.bytes},
                       {u"file"_s, orNull(r.fileName)},
                       {u"location"_s, orNull(r.location)},
                       {u"path"_s, orNull(joinPath(r.location, r.fileName))},
                       {u"error"_s, orNull(r.error)}};
}

bool openWorkspace(Context &ctx)
{
    return ctx.workspace.isOpen() || ctx.openWorkspace();
}

// The named export, or an error printed and nullopt.
std::optional<ExportRecord> findExport(Context &ctx, const QString &name)
{
    if (!openWorkspace(ctx))
        return std::nullopt;
    auto found = ExportStore(ctx.workspace).find(name);
    if (!found)
        ctx.err << tr("There is no export named \"%1\" (see: writeback-cli export list).").arg(name) << Qt::endl;
    return found;
}

// Progress on a terminal only: a redirected stderr is a log, and a log is no place for "\r".
class ProgressLine
{
    Q_DECLARE_TR_FUNCTIONS(wb::cli::ProgressLine)

public:
    explicit ProgressLine(Context &ctx) : m_ctx(ctx), m_enabled(stderrIsTerminal()) { m_timer.start(); }
    ~ProgressLine() { clear(); }

    ExportRunner::Progress callback()
    {
        if (!m_enabled)
            return {};
        return [this](qint64 done, qint64 total) { update(done, total); };
    }

    void clear()
    {
        if (!m_shown)
            return;
        m_ctx.err << u"\r\x1b[K"_s << Qt::flush;
        m_shown = false;
    }

private:
    void update(qint64 done, qint64 total)
    {
        // A few updates a second are enough for the eye and cost nothing.
        if (m_shown && m_timer.elapsed() < 100 && done < total)
            return;
        m_timer.restart();
        if (total > 0)
            m_ctx.err << u"\r"_s << tr("Writing rows: %1 of %2 (%3%)").arg(done).arg(total).arg(done * 100 / total)
                      << u"\x1b[K"_s << Qt::flush;
        else
            m_ctx.err << u"\r"_s << tr("Writing rows: %1").arg(done) << u"\x1b[K"_s << Qt::flush;
        m_shown = true;
    }

    Context &m_ctx;
    bool m_enabled;
    bool m_shown = false;
    QElapsedTimer m_timer;
};

// Prints a run's outcome: stdout says what was delivered, stderr why it failed.
int reportRun(Context &ctx, const RunResult &r, const QString &exportName, bool json)
{
    if (!r.ok())
        ctx.err << tr("Export %1 failed: %2").arg(exportName, r.error.isEmpty() ? tr("no reason given") : r.error)
                << Qt::endl;
    if (json) {
        ctx.out << QJsonDocument(toJson(r, exportName)).toJson(QJsonDocument::Indented);
    } else if (r.ok()) {
        if (r.fileName.isEmpty())
            ctx.out << tr("Nothing new: no file written.") << Qt::endl;
        else
            ctx.out << tr("Delivered %1: %n row(s)", nullptr, int(qMin<qint64>(r.rows, INT_MAX)))
                           .arg(joinPath(r.location, r.fileName))
                    << u", "_s << tr("%n byte(s).", nullptr, int(qMin<qint64>(r.bytes, INT_MAX))) << Qt::endl;
    }
    return r.ok() ? Ok : Failed;
}

int save(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Saves an export definition from a JSON file (docs/export-definition.md), adding it or "
           "replacing the export of the same name; a replaced export carries on from where it had "
           "got to.\n\n"
           "writeback-cli export save FILE.json\n\n"
           "Every problem is listed, each after the file's name; exits 1 when there is any."));
    p.addPositionalArgument(u"FILE"_s, tr("The definition."), u"FILE.json"_s);
    if (int rc = ctx.parse(p, args, 1, 1); rc >= 0)
        return rc;
    const QString path = p.positionalArguments().first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ctx.err << tr("%1: cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()) << Qt::endl;
        return Failed;
    }
    const QByteArray json = file.readAll();
    QStringList problems;
    const std::optional<ExportDefinition> def = ExportDefinition::fromJson(json, &problems);
    const QString shown = QDir::toNativeSeparators(path);
    if (!def) {
        for (const QString &problem : std::as_const(problems))
            ctx.err << shown << u": "_s << problem << Qt::endl;
        return Failed;
    }
    if (!openWorkspace(ctx))
        return Failed;
    const std::optional<DatasetSummary> dataset = exportSource(DatasetStore(ctx.workspace), *def);
    problems = validateDefinition(*def, dataset ? &*dataset : nullptr);
    if (!problems.isEmpty()) {
        for (const QString &problem : std::as_const(problems))
            ctx.err << shown << u": "_s << problem << Qt::endl;
        return Failed;
    }
    ExportStore store(ctx.workspace);
    const bool replacing = store.find(def->name).has_value();
    QString error;
    if (!store.save(*def, &error)) {
        ctx.err << error << Qt::endl;
        return Failed;
    }
    ctx.out << tr("Saved export %1.").arg(def->name) << Qt::endl;
    if (replacing)
        ctx.out << tr("It replaces the earlier definition and carries on from where that had got to.") << Qt::endl;
    return Ok;
}

int list(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Lists the exports with their dataset, increment, destination and last run.\n\n"
                                   "writeback-cli export list [--json]"));
    const QCommandLineOption json(u"json"_s, tr("Print JSON."));
    p.addOption(json);
    if (int rc = ctx.parse(p, args, 0, 0); rc >= 0)
        return rc;
    if (!openWorkspace(ctx))
        return Failed;
    ExportStore store(ctx.workspace);
    const QList<ExportRecord> all = store.list();
    struct Row
    {
        const ExportRecord *record;
        std::optional<RunRecord> last;
    };
    QList<Row> rows;
    for (const ExportRecord &e : all) {
        const QList<RunRecord> runs = store.runs(e.definition.name);
        rows.append({&e, runs.isEmpty() ? std::nullopt : std::optional<RunRecord>(runs.first())});
    }
    if (p.isSet(json)) {
        QJsonArray arr;
        for (const Row &row : std::as_const(rows)) {
            const ExportDefinition &d = row.record->definition;
            QJsonObject dest{{u"type"_s, d.destination.type == Destination::Type::Sftp ? u"sftp"_s : u"local"_s},
                             {u"path"_s, d.destination.path}};
            if (d.destination.type == Destination::Type::Sftp)
                dest.insert(u"connection"_s, d.destination.connection);
            QJsonObject o{{u"name"_s, d.name}, {u"dataset"_s, d.dataset},
                          {u"increment"_s, incrementName(d.increment)}, {u"destination"_s, dest}};
            if (row.last)
                o.insert(u"last_run"_s, QJsonObject{{u"id"_s, row.last->id}, {u"state"_s, row.last->state},
                                                    {u"started"_s, row.last->startedAt},
                                                    {u"finished"_s, orNull(row.last->finishedAt)}});
            else
                o.insert(u"last_run"_s, QJsonValue(QJsonValue::Null));
            arr.append(o);
        }
        ctx.out << QJsonDocument(QJsonObject{{u"exports"_s, arr}}).toJson(QJsonDocument::Indented);
        return Ok;
    }
    if (rows.isEmpty()) {
        ctx.out << tr("No exports yet (see: writeback-cli export save --help).") << Qt::endl;
        return Ok;
    }
    for (const Row &row : std::as_const(rows)) {
        const ExportDefinition &d = row.record->definition;
        ctx.out << d.name << u"  "_s << d.dataset << u"  "_s << incrementName(d.increment) << u"  -> "_s
                << destinationText(d.destination) << Qt::endl;
        if (row.last)
            ctx.out << u"    "_s << tr("last run: %1 %2").arg(row.last->state, localTime(row.last->startedAt)) << Qt::endl;
        else
            ctx.out << u"    "_s << tr("never run") << Qt::endl;
    }
    return Ok;
}

int show(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Prints an export's definition as JSON, as `export save` reads it.\n\n"
                                   "writeback-cli export show NAME"));
    p.addPositionalArgument(u"NAME"_s, tr("The export."));
    if (int rc = ctx.parse(p, args, 1, 1); rc >= 0)
        return rc;
    const auto e = findExport(ctx, p.positionalArguments().first());
    if (!e)
        return Failed;
    writeRaw(ctx, e->definition.toJson());
    return Ok;
}

int renameExport(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Renames an export. Its run history, watermark, schedule and system scheduler entry stay with "
           "it; only the name changes.\n\n"
           "writeback-cli export rename OLD NEW"));
    p.addPositionalArgument(u"OLD"_s, tr("The export's name now."));
    p.addPositionalArgument(u"NEW"_s, tr("Its new name."));
    if (int rc = ctx.parse(p, args, 2, 2); rc >= 0)
        return rc;
    const QString from = p.positionalArguments().at(0);
    const QString to = p.positionalArguments().at(1);
    if (!isValidExportName(to)) {
        ctx.err << tr("The export name \"%1\" is not valid: use 1 to 64 letters, digits, '-', '_' and '.'.").arg(to)
                << Qt::endl;
        return Usage;
    }
    if (!findExport(ctx, from))
        return Failed;
    if (from == to) {
        ctx.out << tr("The export is named %1 already; nothing changed.").arg(to) << Qt::endl;
        return Ok;
    }
    ExportStore store(ctx.workspace);
    if (store.find(to)) {
        ctx.err << tr("Another export is named \"%1\" already (see: writeback-cli export list).").arg(to) << Qt::endl;
        return Failed;
    }
    QString error;
    if (!store.rename(from, to, &error)) {
        ctx.err << error << Qt::endl;
        return Failed;
    }
    ctx.out << tr("Renamed export %1 to %2.").arg(from, to) << Qt::endl;
    return Ok;
}

int remove(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Removes an export.\n\nwriteback-cli export remove NAME"));
    p.addPositionalArgument(u"NAME"_s, tr("The export."));
    if (int rc = ctx.parse(p, args, 1, 1); rc >= 0)
        return rc;
    const QString name = p.positionalArguments().first();
    if (!findExport(ctx, name))
        return Failed;
    QString error;
    if (!ExportStore(ctx.workspace).remove(name, &error)) {
        ctx.err << error << Qt::endl;
        return Failed;
    }
    ctx.out << tr("Removed export %1.").arg(name) << Qt::endl;
    return Ok;
}

int preview(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Prints the first rows of the file the next run would write, exactly as written (header "
           "row, quoting, line endings; uncompressed). When nothing is new, the dataset's latest rows "
           "are shown instead; stderr says which, and lists what Excel would mangle.\n\n"
           "writeback-cli export preview NAME [--rows N]"));
    p.addPositionalArgument(u"NAME"_s, tr("The export."));
    const QCommandLineOption rowsOption(u"rows"_s, tr("How many rows (default 10)."), u"N"_s, u"10"_s);
    p.addOption(rowsOption);
    if (int rc = ctx.parse(p, args, 1, 1); rc >= 0)
        return rc;
    bool ok = false;
    const int rows = p.value(rowsOption).toInt(&ok);
    if (!ok || rows < 1) {
        ctx.err << tr("--rows must be a number of at least 1.") << Qt::endl;
        return Usage;
    }
    const auto e = findExport(ctx, p.positionalArguments().first());
    if (!e)
        return Failed;
    const ExportPreview preview = buildPreview(ctx.workspace, e->definition, rows);
    if (!preview.error.isEmpty()) {
        ctx.err << preview.error << Qt::endl;
        return Failed;
    }
    writeRaw(ctx, preview.text);
    const int pending = int(qMin<qint64>(preview.pendingRows, INT_MAX));
    if (preview.pending)
        ctx.err << tr("These are the first rows the next run will send; it would send %n row(s).", nullptr, pending);
    else
        ctx.err << tr("Nothing new to send: these are the dataset's latest rows.");
    ctx.err << Qt::endl;
    for (const QString &warning : preview.warnings)
        ctx.err << tr("warning: %1").arg(warning) << Qt::endl;
    return Ok;
}

int run(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Runs an export now: writes the rows its increment selects into a new file and delivers "
           "it. Each row is sent once: a run that finds nothing new writes no file.\n\n"
           "writeback-cli export run NAME [--json]\n\n"
           "Shows progress when stderr is a terminal. Exits 1 when the run failed (the reason is on stderr)."));
    p.addPositionalArgument(u"NAME"_s, tr("The export."));
    const QCommandLineOption json(u"json"_s, tr("Print JSON."));
    p.addOption(json);
    if (int rc = ctx.parse(p, args, 1, 1); rc >= 0)
        return rc;
    const QString name = p.positionalArguments().first();
    if (!findExport(ctx, name))
        return Failed;
    JobRunner runner(ctx.workspace.path());
    JobOutcome outcome;
    {
        ProgressLine progress(ctx);
        runner.setExportProgress(progress.callback());
        outcome = runner.run({JobId::Kind::Export, name});
    }
    return reportRun(ctx, outcome.exportResult(), name, p.isSet(json));
}

int redeliver(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Sends a completed run's rows again, in a new file under a new name, as a new run; the "
           "export's increment does not move.\n\n"
           "writeback-cli export redeliver RUN_ID [--json]\n\n"
           "Run ids are listed by: writeback-cli runs. Exits 1 when the run failed."));
    p.addPositionalArgument(u"RUN_ID"_s, tr("The run to send again."));
    const QCommandLineOption json(u"json"_s, tr("Print JSON."));
    p.addOption(json);
    if (int rc = ctx.parse(p, args, 1, 1); rc >= 0)
        return rc;
    bool ok = false;
    const qint64 id = p.positionalArguments().first().toLongLong(&ok);
    if (!ok || id < 1) {
        ctx.err << tr("RUN_ID must be a run's number (see: writeback-cli runs).") << Qt::endl;
        return Usage;
    }
    if (!openWorkspace(ctx))
        return Failed;
    const std::optional<RunRecord> original = ExportStore(ctx.workspace).run(id);
    if (!original) {
        ctx.err << tr("There is no run %1 (see: writeback-cli runs).").arg(id) << Qt::endl;
        return Failed;
    }
    JobRunner runner(ctx.workspace.path());
    JobOutcome outcome;
    {
        ProgressLine progress(ctx);
        runner.setExportProgress(progress.callback());
        outcome = runner.redeliver(id);
    }
    return reportRun(ctx, outcome.exportResult(), original->exportName, p.isSet(json));
}

} // namespace

int exportCommand(Context &ctx, const QStringList &args)
{
    return dispatchSubcommand(
        ctx, args, u"export"_s,
        {{"save", save}, {"list", list}, {"show", show}, {"rename", renameExport}, {"remove", remove},
         {"preview", preview}, {"run", run}, {"redeliver", redeliver}},
        tr("Usage: writeback-cli export save|list|show|rename|remove|preview|run|redeliver ...\n"
           "  save FILE.json                 add or replace an export from its JSON definition\n"
           "  list [--json]                  the exports and their last runs\n"
           "  show NAME                      the definition as JSON\n"
           "  rename OLD NEW                 keeps its runs, watermark and schedule\n"
           "  remove NAME\n"
           "  preview NAME [--rows N]        the first rows of the next file, exactly as written\n"
           "  run NAME [--json]              write and deliver the new rows\n"
           "  redeliver RUN_ID [--json]      send a run's rows again\n"
           "Each takes --help. The run history: writeback-cli runs.\n"));
}

} // namespace wb::cli
