// SPDX-License-Identifier: GPL-3.0-or-later
// writeback-cli schedule set|list|pause|resume|remove, run-due
#include "Cli.h"

#include "core/Retention.h"
#include "jobs/JobKeys.h"
#include "jobs/JobRunner.h"
#include "jobs/ScheduleStore.h"
#include "schedule/JobEntry.h"
#include "schedule/OsScheduler.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace wb::cli {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("wb::cli", text, disambiguation, n);
}

// The job must name something that exists, or the schedule would only ever fail.
bool jobExists(Context &ctx, const JobId &job)
{
    const QString missing = missingJobTarget(ctx.workspace, job);
    if (!missing.isEmpty())
        ctx.err << missing << Qt::endl;
    return missing.isEmpty();
}

QString utcToLocal(const QDateTime &t)
{
    return t.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
}

QJsonObject toJson(const Schedule &s, const Registration &registration)
{
    QJsonArray next;
    if (!s.paused)
        for (const QDateTime &t : s.rule.nextRuns(QDateTime::currentDateTimeUtc(), 5))
            next << t.toString(Qt::ISODate);
    return {{u"job"_s, s.job},
            {u"rule"_s, s.rule.toJson()},
            {u"description"_s, s.rule.describe()},
            {u"paused"_s, s.paused},
            {u"last_slot"_s, s.lastSlot.isValid() ? s.lastSlot.toString(Qt::ISODate) : QString()},
            {u"next_runs"_s, next},
            {u"registered"_s, QJsonObject{{u"with"_s, registration.kind},
                                          {u"installed"_s, registration.installed},
                                          {u"detail"_s, registration.detail}}}};
}

QJsonObject toJson(const JobOutcome &o)
{
    return {{u"job"_s, o.job},
            {u"run"_s, o.runId},
            {u"state"_s, o.state},
            {u"slot"_s, o.slot.isValid() ? o.slot.toString(Qt::ISODate) : QString()},
            {u"rows"_s, o.rows},
            {u"bytes"_s, o.bytes},
            {u"files"_s, QJsonArray::fromStringList(o.files)},
            {u"location"_s, o.location},
            {u"error"_s, o.error}};
}

int scheduleSet(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Runs a job on a schedule, whether or not the app is open.\n\n"
           "writeback-cli schedule set JOB --daily 06:00 | --every 8h --from 05:00 | --weekly mon,thu --at 07:30 "
           "| --every-days 2 --at 06:00 [--tz ZONE]\n\n"
           "JOB is fetch:CONNECTION, consume:QUEUE or export:NAME. Times are wall-clock times in ZONE (default: this "
           "computer's). The schedule is registered with the system's scheduler, which starts "
           "`writeback-cli run-due` at those times."));
    p.addPositionalArgument(u"JOB"_s, tr("fetch:CONNECTION, consume:QUEUE or export:NAME"));
    const QCommandLineOption daily(u"daily"_s, tr("Every day at HH:mm."), u"HH:mm"_s);
    const QCommandLineOption every(u"every"_s, tr("Every N hours (e.g. 8h), from --from."), u"Nh"_s);
    const QCommandLineOption from(u"from"_s, tr("The first run of the day for --every."), u"HH:mm"_s);
    const QCommandLineOption weekly(u"weekly"_s, tr("On these days (mon,tue,...) at --at."), u"DAYS"_s);
    const QCommandLineOption at(u"at"_s, tr("The time for --weekly and --every-days."), u"HH:mm"_s);
    const QCommandLineOption everyDays(u"every-days"_s, tr("Every N days at --at."), u"N"_s);
    const QCommandLineOption tz(u"tz"_s, tr("An IANA time zone such as Europe/Brussels."), u"ZONE"_s);
    p.addOptions({daily, every, from, weekly, at, everyDays, tz});
    if (const int rc = ctx.parse(p, args, 1, 1); rc >= 0)
        return rc;
    QString error;
    const auto job = JobId::parse(p.positionalArguments().first(), &error);
    if (!job) {
        ctx.err << error << Qt::endl;
        return Usage;
    }
    const auto rule = ScheduleRule::fromOptions(p.value(daily), p.value(every), p.value(from), p.value(weekly),
                                                p.value(at), p.value(everyDays), p.value(tz), &error);
    if (!rule) {
        ctx.err << error << Qt::endl;
        return Usage;
    }
    if (!ctx.openWorkspace() || !jobExists(ctx, *job))
        return Failed;
    if (!ScheduleStore(ctx.workspace).set(job->toString(), *rule, &error)) {
        ctx.err << error << Qt::endl;
        return Failed;
    }
    ctx.out << tr("%1: %2.").arg(job->toString(), rule->describe()) << Qt::endl;
    const auto next = rule->nextAfter(QDateTime::currentDateTimeUtc());
    if (next)
        ctx.out << tr("Next run: %1.").arg(utcToLocal(*next)) << Qt::endl;
    // The schedule is kept either way; without the system's scheduler it runs only while
    // the app is open, which the user must know.
    const auto os = OsScheduler::forThisMachine();
    QString why;
    // By key: the entry keeps working when the export or connection is renamed.
    const JobEntry entry{jobKey(ctx.workspace, job->toString()), jobName(ctx.workspace, job->toString())};
    if (!os->available(&why)
        || !installJobEntry(*os, entry, *rule, QCoreApplication::applicationFilePath(), ctx.workspacePath, &why)) {
        ctx.err << tr("The schedule is saved but not registered with the system's scheduler (%1): %2\n"
                      "It runs only while Writeback Studio is open.")
                       .arg(os->name(), why)
                << Qt::endl;
        return Failed;
    }
    ctx.out << tr("Registered with the %1.").arg(os->name()) << Qt::endl;
    return Ok;
}

int scheduleList(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Lists the schedules with their next runs.\n\nwriteback-cli schedule list [--json]"));
    const QCommandLineOption json(u"json"_s, tr("One JSON document on stdout."));
    p.addOption(json);
    if (const int rc = ctx.parse(p, args, 0, 0); rc >= 0)
        return rc;
    if (!ctx.openWorkspace())
        return Failed;
    const auto os = OsScheduler::forThisMachine();
    const QList<Schedule> schedules = ScheduleStore(ctx.workspace).list();
    if (p.isSet(json)) {
        QJsonArray arr;
        for (const Schedule &s : schedules)
            arr << toJson(s, os->status(s.key));
        ctx.out << QJsonDocument(QJsonObject{{u"schedules"_s, arr}}).toJson(QJsonDocument::Indented);
        return Ok;
    }
    if (schedules.isEmpty())
        ctx.out << tr("No schedules. Add one with: writeback-cli schedule set JOB --daily 06:00") << Qt::endl;
    for (const Schedule &s : schedules) {
        ctx.out << s.job << u"  "_s << s.rule.describe() << (s.paused ? tr("  (paused)") : QString()) << Qt::endl;
        if (!s.paused) {
            QStringList next;
            for (const QDateTime &t : s.rule.nextRuns(QDateTime::currentDateTimeUtc(), 5))
                next << utcToLocal(t);
            ctx.out << u"    "_s << tr("next: %1").arg(next.join(u", "_s)) << Qt::endl;
        }
        const Registration r = os->status(s.key);
        ctx.out << u"    "_s
                << (r.installed ? tr("registered with the %1").arg(r.kind)
                                : tr("not registered with the %1: runs only while the app is open").arg(r.kind))
                << Qt::endl;
    }
    return Ok;
}

int scheduleChange(Context &ctx, const QStringList &args, const QString &verb)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("writeback-cli schedule %1 JOB").arg(verb));
    p.addPositionalArgument(u"JOB"_s, tr("fetch:CONNECTION, consume:QUEUE or export:NAME"));
    if (const int rc = ctx.parse(p, args, 1, 1); rc >= 0)
        return rc;
    if (!ctx.openWorkspace())
        return Failed;
    const QString job = p.positionalArguments().first();
    ScheduleStore store(ctx.workspace);
    QString error;
    bool ok = false;
    const auto os = OsScheduler::forThisMachine();
    if (verb == u"remove"_s) {
        const JobEntry entry{jobKey(ctx.workspace, job), jobName(ctx.workspace, job)};
        ok = store.remove(job, &error);
        QString why;
        if (ok && !removeJobEntry(*os, entry, &why))
            ctx.err << tr("The %1 entry could not be removed: %2").arg(os->name(), why) << Qt::endl;
    } else {
        // A paused schedule stays registered: run-due skips it, and resuming needs nothing.
        ok = store.setPaused(job, verb == u"pause"_s, &error);
    }
    if (!ok) {
        ctx.err << error << Qt::endl;
        return Failed;
    }
    ctx.out << (verb == u"remove"_s  ? tr("Removed the schedule of %1.")
                : verb == u"pause"_s ? tr("Paused %1.")
                                     : tr("Resumed %1."))
                   .arg(job)
            << Qt::endl;
    return Ok;
}

} // namespace

int scheduleCommand(Context &ctx, const QStringList &args)
{
    const auto change = [](const char *verb) {
        return [verb](Context &c, const QStringList &a) { return scheduleChange(c, a, QString::fromLatin1(verb)); };
    };
    return dispatchSubcommand(ctx, args, u"schedule"_s,
                              {{"set", scheduleSet}, {"list", scheduleList}, {"pause", change("pause")},
                               {"resume", change("resume")}, {"remove", change("remove")}},
                              tr("Usage: writeback-cli schedule set|list|pause|resume|remove ...\n"
                                 "  set JOB --daily 06:00 | --every 8h --from 05:00 | --weekly mon,thu --at 07:30 "
                                 "| --every-days 2 --at 06:00 [--tz ZONE]\n"
                                 "  list [--json]\n"
                                 "  pause|resume|remove JOB\n"
                                 "JOB is fetch:CONNECTION, consume:QUEUE or export:NAME. Each takes --help.\n"));
}

int runDueCommand(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Runs every scheduled job whose time has come, records each run, and exits. The system's "
           "scheduler starts this; a slot missed while the computer was off runs once.\n\n"
           "writeback-cli run-due [--job JOB] [--json]\n\nExits 1 when a run failed."));
    const QCommandLineOption job(u"job"_s, tr("Only this job."), u"JOB"_s);
    const QCommandLineOption json(u"json"_s, tr("One JSON document on stdout."));
    p.addOptions({job, json});
    if (const int rc = ctx.parse(p, args, 0, 0); rc >= 0)
        return rc;
    if (!ctx.openWorkspace())
        return Failed;
    JobRunner runner(ctx.workspacePath);
    const QList<JobOutcome> outcomes = runner.runDue(QDateTime::currentDateTimeUtc(), p.value(job));
    // Kept copies and reports past their days go after the runs, which may still re-deliver
    // from them; the run history stays.
    const int days = Retention::days(ctx.workspace);
    const Retention::Pruned pruned = Retention::prune(ctx.workspacePath, days);
    for (const QString &e : pruned.errors)
        ctx.err << e << Qt::endl;
    bool failed = false;
    QJsonArray arr;
    for (const JobOutcome &o : outcomes) {
        failed = failed || o.failed();
        arr << toJson(o);
        if (p.isSet(json))
            continue;
        if (o.failed())
            ctx.err << tr("%1: failed: %2").arg(o.job, o.error) << Qt::endl;
        else if (o.state == u"skipped"_s)
            ctx.out << tr("%1: not run: %2").arg(o.job, o.error) << Qt::endl;
        else
            ctx.out << tr("%1: %2 rows, %3 bytes%4").arg(o.job).arg(o.rows).arg(o.bytes)
                           .arg(o.files.isEmpty() ? QString() : u" ("_s + o.files.join(u", "_s) + u")"_s)
                    << Qt::endl;
    }
    if (p.isSet(json)) {
        ctx.out << QJsonDocument(QJsonObject{{u"runs"_s, arr}, {u"pruned_files"_s, pruned.files}})
                       .toJson(QJsonDocument::Indented);
    } else {
        if (outcomes.isEmpty())
            ctx.out << tr("Nothing is due.") << Qt::endl;
        if (pruned.files > 0)
            ctx.out << tr("Removed %1 kept files older than %2 days.").arg(pruned.files).arg(days) << Qt::endl;
    }
    return failed ? Failed : Ok;
}

} // namespace wb::cli
