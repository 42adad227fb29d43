// SPDX-License-Identifier: GPL-3.0-or-later
// writeback-cli runs [--job JOB] [--state S] [--from DAY] [--to DAY] [--json], runs retry RUN
#include "Cli.h"

#include "jobs/JobHistory.h"
#include "export/ExportStore.h"
#include "jobs/JobRunner.h"
#include "report/RunReport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace wb::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wb::cli", text);
}

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toString(Qt::ISODateWithMs) : QString();
}

QJsonObject toJson(const JobRun &r)
{
    QJsonObject o{{u"id"_s, r.runId},
                  {u"handle"_s, runHandle(r)},
                  {u"job"_s, r.job},
                  {u"kind"_s, r.kind},
                  {u"state"_s, r.state},
                  {u"trigger"_s, r.trigger},
                  {u"started"_s, iso(r.startedAt)},
                  {u"finished"_s, orNull(iso(r.finishedAt))},
                  {u"duration_ms"_s, r.finishedAt.isValid() ? QJsonValue(r.durationMs()) : QJsonValue(QJsonValue::Null)},
                  {u"rows"_s, r.rows},
                  {u"bytes"_s, r.bytes},
                  {u"file"_s, orNull(r.files.value(0))},
                  {u"files"_s, QJsonArray::fromStringList(r.files)},
                  {u"location"_s, orNull(r.location)},
                  {u"error"_s, orNull(r.error)},
                  {u"warnings"_s, QJsonArray::fromStringList(r.warnings)}};
    if (r.kind == u"export"_s)
        o.insert(u"export"_s, r.name());
    if (r.redeliveryOf > 0)
        o.insert(u"redelivery_of"_s, r.redeliveryOf);
    return o;
}

QString duration(const JobRun &r)
{
    if (!r.finishedAt.isValid())
        return {};
    const qint64 ms = r.durationMs();
    return ms < 1000 ? u"%1 ms"_s.arg(ms) : u"%1 s"_s.arg(double(ms) / 1000.0, 0, 'f', 1);
}

void printTable(Context &ctx, const QList<JobRun> &runs)
{
    // A table sized to its contents; the error, of any length, comes last.
    const QStringList headers{tr("ID"), tr("JOB"), tr("STATE"), tr("STARTED"), tr("DURATION"),
                              tr("ROWS"), tr("BYTES"), tr("FILE"), tr("LOCATION"), tr("ERROR")};
    QList<QStringList> table;
    for (const JobRun &r : runs) {
        QString state = r.state;
        if (r.trigger != u"manual"_s)
            state += u" ("_s + r.trigger + u')';
        table.append({runHandle(r), r.job, state, r.startedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s),
                      duration(r), QString::number(r.rows), QString::number(r.bytes),
                      r.files.isEmpty() ? u"-"_s : r.files.join(u", "_s),
                      r.location.isEmpty() ? u"-"_s
                                           : (r.location.startsWith(u"sftp://"_s) ? r.location : QDir::toNativeSeparators(r.location)),
                      QString(r.error).replace(u'\n', u' ')});
    }
    QList<qsizetype> widths;
    for (const QString &h : headers)
        widths.append(h.size());
    for (const QStringList &row : std::as_const(table))
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = qMax(widths[i], row.at(i).size());
    const auto print = [&](const QStringList &row) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i) {
            const bool numeric = i == 5 || i == 6;
            if (i + 1 == row.size())
                line += row.at(i);
            else
                line += (numeric ? row.at(i).rightJustified(widths[i]) : row.at(i).leftJustified(widths[i])) + u"  "_s;
        }
        while (line.endsWith(u' '))
            line.chop(1);
        ctx.out << line << Qt::endl;
    };
    print(headers);
    for (const QStringList &row : std::as_const(table))
        print(row);
}

int retry(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Runs the job of a failed run again.\n\nwriteback-cli runs retry RUN [--json]\n\n"
                                   "RUN is a handle from `runs`: E12 for an export run, F3 for a fetch run."));
    p.addPositionalArgument(u"RUN"_s, tr("E12, F3, or an export run's number"));
    const QCommandLineOption json(u"json"_s, tr("One JSON document on stdout."));
    p.addOption(json);
    if (const int rc = ctx.parse(p, args, 1, 1); rc >= 0)
        return rc;
    QString kind;
    qint64 id = 0;
    if (!parseRunHandle(p.positionalArguments().first(), &kind, &id)) {
        ctx.err << tr("\"%1\" is not a run: write E12, F3 or 12.").arg(p.positionalArguments().first()) << Qt::endl;
        return Usage;
    }
    if (!ctx.openWorkspace())
        return Failed;
    JobRunner runner(ctx.workspacePath);
    const JobOutcome o = runner.retry(kind, id);
    if (p.isSet(json))
        ctx.out << QJsonDocument(QJsonObject{{u"job"_s, o.job}, {u"run"_s, o.runId}, {u"state"_s, o.state},
                                             {u"rows"_s, o.rows}, {u"bytes"_s, o.bytes},
                                             {u"files"_s, QJsonArray::fromStringList(o.files)},
                                             {u"error"_s, orNull(o.error)}})
                       .toJson(QJsonDocument::Indented);
    if (o.state != u"completed"_s) {
        ctx.err << o.error << Qt::endl;
        return Failed;
    }
    if (!p.isSet(json))
        ctx.out << tr("%1: run %2 completed: %3 rows, %4 bytes").arg(o.job).arg(o.runId).arg(o.rows).arg(o.bytes) << Qt::endl;
    return Ok;
}

// The run's report, as the reports folder and the Runs page have it.
int show(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Shows one run: its result, files, error, warnings and details.\n\n"
                                   "writeback-cli runs show RUN [--json]\n\n"
                                   "RUN is a handle from `runs`: E12 for an export run, F3 for a fetch run, Q2 "
                                   "for a consume run."));
    p.addPositionalArgument(u"RUN"_s, tr("E12, F3, Q2, or an export run's number"));
    const QCommandLineOption json(u"json"_s, tr("The report as JSON."));
    p.addOption(json);
    if (const int rc = ctx.parse(p, args, 1, 1); rc >= 0)
        return rc;
    const QString handle = p.positionalArguments().first();
    QString kind;
    qint64 id = 0;
    if (!parseRunHandle(handle, &kind, &id)) {
        ctx.err << tr("\"%1\" is not a run: write E12, F3 or 12.").arg(handle) << Qt::endl;
        return Usage;
    }
    if (!ctx.openWorkspace())
        return Failed;
    const auto run = JobHistory(ctx.workspace).run(handle);
    if (!run) {
        ctx.err << tr("There is no run %1 (writeback-cli runs lists them).").arg(runHandle(kind, id)) << Qt::endl;
        return Failed;
    }
    if (p.isSet(json))
        ctx.out << runReportJson(*run);
    else
        ctx.out << runReportText(*run);
    return Ok;
}

} // namespace

int runsCommand(Context &ctx, const QStringList &args)
{
    for (const auto &[name, command] : {std::pair{u"retry"_s, &retry}, std::pair{u"show"_s, &show}}) {
        if (args.value(1) == name) {
            QStringList rest = args.mid(1);
            rest[0] = args.value(0) + u' ' + name;
            return command(ctx, rest);
        }
    }
    QCommandLineParser p;
    p.setApplicationDescription(tr("Lists the runs of every job, newest first.\n\n"
                                   "writeback-cli runs [--job JOB | --export NAME] [--state STATE] [--from DAY] [--to DAY] [--json]\n"
                                   "writeback-cli runs retry RUN\n"
                                   "writeback-cli runs show RUN [--json]"));
    const QCommandLineOption job(u"job"_s, tr("Only this job (fetch:CONNECTION or export:NAME)."), u"JOB"_s);
    const QCommandLineOption exportOption(u"export"_s, tr("Only this export's runs (as --job export:NAME)."), u"NAME"_s);
    const QCommandLineOption state(u"state"_s, tr("pending, running, completed or failed."), u"STATE"_s);
    const QCommandLineOption from(u"from"_s, tr("From this day (yyyy-MM-dd, local)."), u"DAY"_s);
    const QCommandLineOption to(u"to"_s, tr("Up to this day, inclusive."), u"DAY"_s);
    const QCommandLineOption json(u"json"_s, tr("One JSON document on stdout."));
    p.addOptions({job, exportOption, state, from, to, json});
    if (const int rc = ctx.parse(p, args, 0, 0); rc >= 0)
        return rc;
    RunFilter filter;
    filter.job = p.isSet(exportOption) ? u"export:"_s + p.value(exportOption) : p.value(job);
    filter.state = p.value(state);
    if (!filter.state.isEmpty()
        && !QStringList{u"pending"_s, u"running"_s, u"completed"_s, u"failed"_s}.contains(filter.state)) {
        ctx.err << tr("--state is one of pending, running, completed, failed.") << Qt::endl;
        return Usage;
    }
    for (const auto &[option, day] : {std::pair{&from, &filter.from}, std::pair{&to, &filter.to}}) {
        if (!p.isSet(*option))
            continue;
        *day = QDate::fromString(p.value(*option), Qt::ISODate);
        if (!day->isValid()) {
            ctx.err << tr("\"%1\" is not a day (yyyy-MM-dd).").arg(p.value(*option)) << Qt::endl;
            return Usage;
        }
    }
    if (!ctx.openWorkspace())
        return Failed;
    if (p.isSet(exportOption) && !ExportStore(ctx.workspace).find(p.value(exportOption))) {
        ctx.err << tr("There is no export named \"%1\".").arg(p.value(exportOption)) << Qt::endl;
        return Failed;
    }
    const QList<JobRun> runs = JobHistory(ctx.workspace).runs(filter);
    if (p.isSet(json)) {
        QJsonArray arr;
        for (const JobRun &r : runs)
            arr.append(toJson(r));
        ctx.out << QJsonDocument(QJsonObject{{u"runs"_s, arr}}).toJson(QJsonDocument::Indented);
        return Ok;
    }
    if (runs.isEmpty()) {
        ctx.out << tr("No runs yet.") << Qt::endl;
        return Ok;
    }
    printTable(ctx, runs);
    return Ok;
}

} // namespace wb::cli
