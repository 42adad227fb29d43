// SPDX-License-Identifier: GPL-3.0-or-later
// writeback-cli import|fetch|datasets|files
#include "Cli.h"

#include "intake/Fetcher.h"
#include "intake/Importer.h"
#include "jobs/JobRunner.h"
#include "store/DatasetStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wb::cli {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("wb::cli", text, disambiguation, n);
}

QJsonObject toJson(const ImportResult &r)
{
    QJsonObject o{{u"file"_s, r.name}, {u"state"_s, r.stateName()},
                  {u"datasets"_s, QJsonArray::fromStringList(r.datasets)}};
    if (!r.archive.isEmpty())
        o.insert(u"archive"_s, r.archive);
    if (r.state == ImportResult::State::Imported) {
        QJsonObject rows{{u"read"_s, r.rowsRead}, {u"inserted"_s, r.inserted}, {u"updated"_s, r.updated},
                         {u"unchanged"_s, r.unchanged}};
        if (r.markedDeleted > 0)
            rows.insert(u"marked_deleted"_s, r.markedDeleted);
        o.insert(u"rows"_s, rows);
    }
    if (r.state == ImportResult::State::Failed) {
        QJsonObject e{{u"line"_s, r.error.line}, {u"column"_s, r.error.column}, {u"message"_s, r.error.message}};
        if (r.error.dateOrderNeeded)
            e.insert(u"date_order_needed"_s, true);
        o.insert(u"error"_s, e);
    }
    if (!r.sha256.isEmpty())
        o.insert(u"sha256"_s, r.sha256);
    return o;
}

// The reason on stderr, with what to do where the CLI can say it.
void printFailure(Context &ctx, const ImportResult &r)
{
    ctx.err << r.error.toString(r.shownName()) << Qt::endl;
    if (r.error.dateOrderNeeded)
        ctx.err << tr("  Say how its dates are written: import ... --dates day-first (or month-first, "
                      "year-first), or a rule on the connection (connection rule add ... --dates ...).")
                << Qt::endl;
}

// One line per file on stdout; the reasons for failures on stderr.
void printResult(Context &ctx, const ImportResult &r)
{
    switch (r.state) {
    case ImportResult::State::Imported:
        ctx.out << tr("%1: %2 rows into %3 (%4 new, %5 updated, %6 unchanged)")
                       .arg(r.shownName()).arg(r.rowsRead).arg(r.datasets.join(u", "_s))
                       .arg(r.inserted).arg(r.updated).arg(r.unchanged)
                << Qt::endl;
        if (r.markedDeleted > 0)
            ctx.out << tr("  %n record(s) marked deleted", nullptr, int(qMin<qint64>(r.markedDeleted, INT_MAX)))
                    << Qt::endl;
        break;
    case ImportResult::State::Skipped:
        ctx.out << tr("%1: already taken in, skipped").arg(r.shownName()) << Qt::endl;
        break;
    case ImportResult::State::Failed:
        printFailure(ctx, r);
        break;
    case ImportResult::State::Cancelled:
        ctx.err << tr("%1: cancelled").arg(r.shownName()) << Qt::endl;
        break;
    }
}

bool anyFailed(const QList<ImportResult> &results)
{
    return std::any_of(results.begin(), results.end(),
                       [](const ImportResult &r) { return r.state == ImportResult::State::Failed; });
}

} // namespace

int importCommand(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Takes in local files: each exactly once, each in one transaction.\n\n"
                                   "writeback-cli import FILE... [--as DATASET] [--dates day-first|month-first|year-first] "
                                   "[--separator comma|semicolon|tab|pipe] [--encoding NAME] [--header yes|no] "
                                   "[--header-map FILE] [--quote CHAR] [--json]\n\n"
                                   "The format is recognised from the file's name and header; --as names it "
                                   "(a known dataset such as actito.email_openings, or a name of your own for "
                                   "a generic CSV dataset). A .gz file is taken in as the file inside it, each "
                                   "file in a .zip as a file of its own. Dates such as 05/02/2026 are read in the "
                                   "order --dates gives, else the format's documented one, else the one the "
                                   "file's own dates show; a file that could be read either way fails until "
                                   "told. The separator, encoding, header and header map options are those of a "
                                   "connection's rule, to try a rule's settings on a local file first. Exits 1 "
                                   "when any file failed; the others are still taken in."));
    p.addPositionalArgument(u"FILE"_s, tr("Files to take in."), u"FILE..."_s);
    const QCommandLineOption as(u"as"_s, tr("The dataset to take the files into."), u"DATASET"_s);
    const QCommandLineOption quote(u"quote"_s, tr("The quote character, or 'none'."), u"CHAR"_s);
    const QCommandLineOption noHeader(u"no-header"_s, tr("The first row is data (as --header no)."));
    const QCommandLineOption dates(u"dates"_s, tr("How the files write dates such as 05/02/2026: "
                                                  "day-first, month-first or year-first."),
                                   u"ORDER"_s);
    const QCommandLineOption json(u"json"_s, tr("Print JSON."));
    p.addOptions({as, dates, quote, noHeader, json});
    p.addOptions(readOptionList());
    if (int rc = ctx.parse(p, args, 1, -1); rc >= 0)
        return rc;
    ReadOptions read;
    if (!parseReadOptions(ctx, p, p.value(as), &read))
        return Usage;
    if (p.isSet(noHeader))
        read.hasHeader = false;
    DateOrder dateOrder = DateOrder::Unknown;
    if (p.isSet(dates) && !dateOrderFromName(p.value(dates), &dateOrder)) {
        ctx.err << tr("--dates must be day-first, month-first or year-first.") << Qt::endl;
        return Usage;
    }
    std::optional<char> quoteChar;
    if (p.isSet(quote)) {
        const QString q = p.value(quote);
        if (q == u"none"_s)
            quoteChar = '\0';
        else if (q.size() == 1 && q.at(0).unicode() < 128)
            quoteChar = q.at(0).toLatin1();
        else {
            ctx.err << tr("--quote must be one character or 'none'.") << Qt::endl;
            return Usage;
        }
    }
    if (!ctx.openWorkspace())
        return Failed;
    Importer importer(ctx.workspace.path());
    QList<ImportResult> results;
    for (const QString &file : p.positionalArguments()) {
        ImportRequest request;
        request.localPath = file;
        request.origin = QFileInfo(file).absoluteFilePath();
        request.dataset = p.value(as);
        request.encoding = read.encoding;
        request.delimiter = read.separator;
        request.quote = quoteChar;
        request.dateOrder = dateOrder;
        request.hasHeader = read.hasHeader;
        request.headerMap = read.headerMap;
        for (const ImportResult &r : importer.importDelivery(request)) {
            results << r;
            if (!p.isSet(json))
                printResult(ctx, r);
            else if (r.state == ImportResult::State::Failed)
                printFailure(ctx, r);
        }
    }
    if (p.isSet(json)) {
        QJsonArray arr;
        for (const ImportResult &r : std::as_const(results))
            arr.append(toJson(r));
        ctx.out << QJsonDocument(QJsonObject{{u"files"_s, arr}}).toJson(QJsonDocument::Indented);
    }
    return anyFailed(results) ? Failed : Ok;
}

int fetchCommand(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Takes in the new files of a connection's read path.\n\n"
                                   "writeback-cli fetch NAME [--json]\n\nExits 1 when the connection or any file failed."));
    p.addPositionalArgument(u"NAME"_s, tr("The connection."));
    const QCommandLineOption json(u"json"_s, tr("Print JSON."));
    p.addOption(json);
    if (int rc = ctx.parse(p, args, 1, 1); rc >= 0)
        return rc;
    const auto c = ctx.connection(p.positionalArguments().first());
    if (!c)
        return Failed;
    // Through the job runner, like a scheduled fetch: the job's lock, a run in the history,
    // its report, and the failure e-mail.
    JobRunner runner(ctx.workspace.path());
    runner.setFetchPassphrase(ctx.passphraseFor(*c));
    const JobOutcome outcome = runner.run({JobId::Kind::Fetch, c->name});
    if (outcome.state == u"skipped"_s) {
        ctx.err << outcome.error << Qt::endl;
        return Failed;
    }
    const FetchReport &report = runner.lastFetchReport();
    const bool fileFailed = std::any_of(report.files.cbegin(), report.files.cend(), [](const ImportResult &r) {
        return r.state == ImportResult::State::Failed;
    });
    // A failure before the read path was listed (the run could not be recorded, say).
    if (outcome.failed() && !report.error.isError() && !fileFailed)
        ctx.err << outcome.error << Qt::endl;
    if (report.error.isError())
        ctx.err << report.error.detailed() << Qt::endl;
    if (p.isSet(json)) {
        QJsonArray arr;
        for (const ImportResult &r : report.files) {
            arr.append(toJson(r));
            if (r.state == ImportResult::State::Failed)
                printFailure(ctx, r);
        }
        QJsonObject o{{u"connection"_s, c->name}, {u"listed"_s, report.listed}, {u"files"_s, arr}};
        if (report.error.isError())
            o.insert(u"error"_s, QJsonObject{{u"kind"_s, SshError::kindName(report.error.kind)},
                                             {u"message"_s, report.error.message}});
        if (!report.afterProblems.isEmpty())
            o.insert(u"after_problems"_s, QJsonArray::fromStringList(report.afterProblems));
        ctx.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else {
        for (const ImportResult &r : report.files)
            printResult(ctx, r);
        if (!report.error.isError())
            ctx.out << tr("%n file(s) in the read path.", nullptr, report.listed) << Qt::endl;
    }
    for (const QString &problem : report.afterProblems)
        ctx.err << problem << Qt::endl;
    return outcome.state == u"completed"_s ? Ok : Failed;
}

int datasetsCommand(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Lists the datasets with their columns, types and row counts.\n\n"
                                   "writeback-cli datasets [--json]"));
    const QCommandLineOption json(u"json"_s, tr("Print JSON."));
    p.addOption(json);
    if (int rc = ctx.parse(p, args, 0, 0); rc >= 0)
        return rc;
    if (!ctx.openWorkspace())
        return Failed;
    const QList<DatasetSummary> all = DatasetStore(ctx.workspace).datasets();
    if (p.isSet(json)) {
        QJsonArray arr;
        for (const DatasetSummary &d : all) {
            QJsonArray fields;
            for (const FieldSpec &f : d.fields) {
                QJsonObject field{{u"name"_s, f.name}, {u"header"_s, f.header}, {u"type"_s, fieldTypeName(f.type)}};
                if (!f.multiValue.isEmpty())
                    field.insert(u"multi_value_separator"_s, f.multiValue);
                fields.append(field);
            }
            arr.append(QJsonObject{{u"name"_s, d.name}, {u"vendor"_s, d.vendor}, {u"title"_s, d.title},
                                   {u"rows"_s, d.rows}, {u"natural_key"_s, QJsonArray::fromStringList(d.naturalKey)},
                                   {u"fields"_s, fields}});
        }
        ctx.out << QJsonDocument(QJsonObject{{u"datasets"_s, arr}}).toJson(QJsonDocument::Indented);
        return Ok;
    }
    if (all.isEmpty())
        ctx.out << tr("No datasets yet (see: writeback-cli import --help, fetch --help).") << Qt::endl;
    for (const DatasetSummary &d : all) {
        ctx.out << d.name << u"  "_s << tr("%n row(s)", nullptr, int(qMin<qint64>(d.rows, INT_MAX))) << Qt::endl;
        for (const FieldSpec &f : d.fields) {
            ctx.out << u"    "_s << f.name.leftJustified(32) << fieldTypeName(f.type);
            if (!f.multiValue.isEmpty())
                ctx.out << u"  "_s << tr("(several values, separated by \"%1\")").arg(f.multiValue);
            ctx.out << Qt::endl;
        }
    }
    return Ok;
}

int filesCommand(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Lists the files taken in, and those that failed with their reasons.\n\n"
                                   "writeback-cli files [--json]"));
    const QCommandLineOption json(u"json"_s, tr("Print JSON."));
    p.addOption(json);
    if (int rc = ctx.parse(p, args, 0, 0); rc >= 0)
        return rc;
    if (!ctx.openWorkspace())
        return Failed;
    const QList<FileRecord> all = DatasetStore(ctx.workspace).files();
    if (p.isSet(json)) {
        QJsonArray arr;
        for (const FileRecord &f : all) {
            QJsonObject o{{u"name"_s, f.name}, {u"source"_s, f.source}, {u"path"_s, f.path}, {u"size"_s, f.size},
                          {u"modified"_s, f.modified}, {u"sha256"_s, f.sha256}, {u"dataset"_s, f.dataset},
                          {u"state"_s, f.state}, {u"rows_read"_s, f.rowsRead}, {u"rows_inserted"_s, f.rowsInserted},
                          {u"rows_updated"_s, f.rowsUpdated}, {u"attempts"_s, f.attempts},
                          {u"first_seen_at"_s, f.firstSeenAt}, {u"last_attempt_at"_s, f.lastAttemptAt}};
            if (f.state == u"failed"_s)
                o.insert(u"error"_s, QJsonObject{{u"line"_s, f.errorLine}, {u"column"_s, f.errorColumn},
                                                 {u"message"_s, f.error}});
            if (!f.archiveName.isEmpty())
                o.insert(u"archive"_s, QJsonObject{{u"name"_s, f.archiveName}, {u"size"_s, f.archiveSize},
                                                   {u"modified"_s, f.archiveModified}});
            arr.append(o);
        }
        ctx.out << QJsonDocument(QJsonObject{{u"files"_s, arr}}).toJson(QJsonDocument::Indented);
        return Ok;
    }
    for (const FileRecord &f : all) {
        ctx.out << f.state.leftJustified(9) << f.shownName() << u"  "_s << f.dataset << u"  "_s
                << tr("%1 rows").arg(f.rowsRead) << Qt::endl;
        if (f.state == u"failed"_s)
            ctx.out << u"         "_s << ImportError{f.errorLine, f.errorColumn, f.error}.toString(f.errorName()) << Qt::endl;
    }
    return Ok;
}

} // namespace wb::cli
