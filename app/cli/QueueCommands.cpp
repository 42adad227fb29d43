// SPDX-License-Identifier: GPL-3.0-or-later
// writeback-cli queue add|list|remove|test|consume|replay
#include "Cli.h"

#include "core/Secrets.h"
#include "jobs/JobHistory.h"
#include "jobs/JobRunner.h"
#include "queue/MessageLedger.h"
#include "queue/QueueDoctor.h"
#include "queue/QueueReplay.h"
#include "queue/QueueStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace wb::cli {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("wb::cli", text, disambiguation, n);
}

std::optional<QueueConnection> findQueue(Context &ctx, const QString &name)
{
    if (!ctx.workspace.isOpen() && !ctx.openWorkspace())
        return std::nullopt;
    auto q = QueueStore(ctx.workspace).find(name);
    if (!q)
        ctx.err << tr("There is no queue named \"%1\" (see: writeback-cli queue list).").arg(name) << Qt::endl;
    return q;
}

QJsonObject countsJson(const LedgerCounts &c)
{
    QJsonArray problems;
    for (const QString &p : c.problems)
        problems.append(p);
    return {{u"messages"_s, c.messages},     {u"taken"_s, c.taken},
            {u"duplicates"_s, c.duplicates}, {u"unreadable"_s, c.unreadable},
            {u"rows_added"_s, c.rowsAdded},  {u"rows_updated"_s, c.rowsUpdated},
            {u"bytes"_s, c.bytes},           {u"problems"_s, problems}};
}

int add(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Adds a message queue (Civitas publishes its outreach on one).\n\n"
           "writeback-cli queue add NAME --url amqps://HOST:5671 --user USER --queue QUEUE [--ca-file PEM]\n\n"
           "The queue is its address as the broker expects it: Amazon MQ for ActiveMQ takes the queue's name, "
           "RabbitMQ 4 takes /queues/NAME. The password is read from WRITEBACK_QUEUE_PASSWORD or asked for on the "
           "terminal, and kept in the system keychain."));
    p.addPositionalArgument(u"NAME"_s, tr("A name for the queue."));
    const QCommandLineOption url(u"url"_s, tr("The broker: amqps://HOST:5671 (amqp:// only for a broker on this computer)."), u"URL"_s);
    const QCommandLineOption user(u"user"_s, tr("The user name."), u"USER"_s);
    const QCommandLineOption queue(u"queue"_s, tr("The queue's address."), u"QUEUE"_s);
    const QCommandLineOption caFile(u"ca-file"_s, tr("A PEM file of the CA to trust instead of the system's."), u"PEM"_s);
    p.addOptions({url, user, queue, caFile});
    if (int rc = ctx.parse(p, args, 1, 1); rc >= 0)
        return rc;
    for (const auto &required : {url, user, queue})
        if (!p.isSet(required)) {
            ctx.err << tr("--%1 is required.").arg(required.names().first()) << Qt::endl;
            return Usage;
        }
    QueueConnection q;
    q.name = p.positionalArguments().first();
    q.url = p.value(url);
    q.user = p.value(user);
    q.address = p.value(queue);
    if (p.isSet(caFile))
        q.caFile = QFileInfo(p.value(caFile)).absoluteFilePath();
    if (!ctx.openWorkspace())
        return Failed;
    QString error;
    if (!QueueStore(ctx.workspace).save(q, &error)) {
        ctx.err << error << Qt::endl;
        return Failed;
    }
    ctx.out << tr("Added queue %1 (%2 as %3).").arg(q.name, q.location(), q.user) << Qt::endl;
    if (!q.usesTls())
        ctx.err << tr("Warning: amqp:// has no TLS; the password and the messages cross the network readable.")
                << Qt::endl;
    QString password = qEnvironmentVariable("WRITEBACK_QUEUE_PASSWORD");
    if (password.isEmpty())
        password = ctx.promptHidden(tr("Password for %1: ").arg(q.user));
    if (!password.isEmpty()) {
        const Secrets::Result stored = Secrets::storeSecret(queuePasswordKey(q.workspaceId, q.name), password);
        if (stored.ok)
            ctx.out << tr("The password is kept in the system keychain.") << Qt::endl;
        else
            ctx.err << tr("The password was not saved: %1 Set WRITEBACK_QUEUE_PASSWORD for each run instead.")
                           .arg(stored.error)
                    << Qt::endl;
    }
    ctx.out << tr("Next: writeback-cli queue test %1, then queue consume %1.").arg(q.name) << Qt::endl;
    return Ok;
}

int list(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Lists the message queues.\n\nwriteback-cli queue list [--json]"));
    const QCommandLineOption json(u"json"_s, tr("Print JSON."));
    p.addOption(json);
    if (int rc = ctx.parse(p, args, 0, 0); rc >= 0)
        return rc;
    if (!ctx.openWorkspace())
        return Failed;
    const QList<QueueConnection> all = QueueStore(ctx.workspace).list();
    if (p.isSet(json)) {
        QJsonArray arr;
        for (const QueueConnection &q : all)
            arr.append(QJsonObject{{u"name"_s, q.name}, {u"url"_s, q.url}, {u"user"_s, q.user},
                                   {u"queue"_s, q.address}, {u"ca_file"_s, orNull(q.caFile)}});
        ctx.out << QJsonDocument(arr).toJson(QJsonDocument::Indented);
        return Ok;
    }
    if (all.isEmpty()) {
        ctx.out << tr("No queues yet (see: writeback-cli queue add --help).") << Qt::endl;
        return Ok;
    }
    for (const QueueConnection &q : all)
        ctx.out << q.name << u'\t' << q.location() << u'\t' << q.user << u'\t'
                << (q.caFile.isEmpty() ? u"-"_s : q.caFile) << Qt::endl;
    return Ok;
}

int remove(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Removes a queue and its saved password; the messages taken from it stay.\n\n"
                                   "writeback-cli queue remove NAME"));
    p.addPositionalArgument(u"NAME"_s, tr("The queue."));
    if (int rc = ctx.parse(p, args, 1, 1); rc >= 0)
        return rc;
    if (!ctx.openWorkspace())
        return Failed;
    const QString name = p.positionalArguments().first();
    QString error;
    if (!QueueStore(ctx.workspace).remove(name, &error)) {
        ctx.err << error << Qt::endl;
        return Failed;
    }
    Secrets::removeSecret(queuePasswordKey(ctx.workspace.id(), name));
    ctx.out << tr("Removed queue %1.").arg(name) << Qt::endl;
    return Ok;
}

int test(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("The queue doctor: checks the queue step by step, without taking a message.\n\n"
                                   "writeback-cli queue test NAME [--json]\n\nExits 1 when a step fails."));
    p.addPositionalArgument(u"NAME"_s, tr("The queue."));
    const QCommandLineOption json(u"json"_s, tr("Print JSON."));
    p.addOption(json);
    if (int rc = ctx.parse(p, args, 1, 1); rc >= 0)
        return rc;
    const auto q = findQueue(ctx, p.positionalArguments().first());
    if (!q)
        return Failed;
    QueueDoctor doctor(*q);
    doctor.setPassword(findQueuePassword(*q));
    const bool asJson = p.isSet(json);
    if (!asJson)
        doctor.setStepCallback([&](const DoctorStep &s) {
            if (s.status == DoctorStep::Status::Running)
                ctx.err << u"... "_s << s.title << Qt::endl;
        });
    const QueueDoctorReport report = doctor.run();
    if (asJson)
        ctx.out << QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented);
    else
        ctx.out << report.toText();
    ctx.out.flush();
    return report.passed() ? Ok : Failed;
}

int consume(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Takes the waiting messages from a queue into the workspace, each exactly once.\n\n"
           "writeback-cli queue consume NAME [--max N] [--idle SECONDS] [--json]\n\n"
           "Stops after --idle seconds without a message (default 5) or after --max messages. A message is "
           "removed from the queue only once it is stored. Exits 1 when the broker failed or a message could "
           "not be read (it is kept: see queue replay)."));
    p.addPositionalArgument(u"NAME"_s, tr("The queue."));
    const QCommandLineOption max(u"max"_s, tr("Stop after this many messages."), u"N"_s);
    const QCommandLineOption idle(u"idle"_s, tr("Stop after this many seconds without a message."), u"SECONDS"_s, u"5"_s);
    const QCommandLineOption json(u"json"_s, tr("Print JSON."));
    p.addOptions({max, idle, json});
    if (int rc = ctx.parse(p, args, 1, 1); rc >= 0)
        return rc;
    AmqpReceiver::Options options;
    bool ok = true;
    if (p.isSet(max)) {
        options.maxMessages = p.value(max).toInt(&ok);
        if (!ok || options.maxMessages < 1) {
            ctx.err << tr("--max must be a positive number.") << Qt::endl;
            return Usage;
        }
    }
    const double idleSeconds = p.value(idle).toDouble(&ok);
    if (!ok || idleSeconds <= 0) {
        ctx.err << tr("--idle must be a positive number of seconds.") << Qt::endl;
        return Usage;
    }
    options.idleMs = int(idleSeconds * 1000);
    const auto q = findQueue(ctx, p.positionalArguments().first());
    if (!q)
        return Failed;
    const bool asJson = p.isSet(json);
    // Through the job runner, like a scheduled consume: the job's lock, a run in the history,
    // its report, and the failure e-mail.
    JobRunner runner(ctx.workspace.path());
    runner.setConsumeOptions(options);
    if (!asJson && ctx.stdinIsTerminal())
        runner.setConsumeProgress([&](const LedgerCounts &c) {
            ctx.err << u'\r' << tr("%1 messages, %2 rows").arg(c.messages).arg(c.rowsAdded + c.rowsUpdated) << Qt::flush;
        });
    const JobOutcome outcome = runner.run({JobId::Kind::Consume, q->name});
    if (!asJson && ctx.stdinIsTerminal())
        ctx.err << Qt::endl;
    const ConsumeReport &report = runner.lastConsumeReport();
    if (outcome.state == u"skipped"_s || (outcome.failed() && outcome.runId == 0)) {
        ctx.err << outcome.error << Qt::endl;
        return Failed;
    }
    const LedgerCounts &c = report.counts;
    for (const QString &problem : c.problems)
        ctx.err << tr("Kept unread: %1").arg(problem) << Qt::endl;
    if (report.error && report.error.kind != QueueError::Kind::Cancelled)
        ctx.err << report.error.message << Qt::endl;
    if (asJson) {
        QJsonObject o = countsJson(c);
        o.insert(u"queue"_s, q->name);
        o.insert(u"run"_s, runHandle(u"consume"_s, outcome.runId));
        o.insert(u"received"_s, report.received);
        if (report.error)
            o.insert(u"error"_s, QJsonObject{{u"kind"_s, report.error.kindName()},
                                             {u"condition"_s, orNull(report.error.condition)},
                                             {u"message"_s, report.error.message}});
        ctx.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else {
        ctx.out << tr("%1: %2 messages taken, %3 rows added, %4 updated; %5 already taken before, %6 kept as unreadable.")
                       .arg(q->name)
                       .arg(c.taken)
                       .arg(c.rowsAdded)
                       .arg(c.rowsUpdated)
                       .arg(c.duplicates)
                       .arg(c.unreadable)
                << Qt::endl;
    }
    return outcome.state == u"completed"_s ? Ok : Failed;
}

int replay(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Reads a queue's unreadable messages again (after an update that can read them) "
                                   "and takes in those that can be read now.\n\n"
                                   "writeback-cli queue replay NAME [--json]"));
    p.addPositionalArgument(u"NAME"_s, tr("The queue."));
    const QCommandLineOption json(u"json"_s, tr("Print JSON."));
    p.addOption(json);
    if (int rc = ctx.parse(p, args, 1, 1); rc >= 0)
        return rc;
    const auto q = findQueue(ctx, p.positionalArguments().first());
    if (!q)
        return Failed;
    LedgerCounts c;
    QString error;
    if (!replayKeptMessages(ctx.workspace.path(), *q, &c, &error)) {
        ctx.err << error << Qt::endl;
        return Failed;
    }
    for (const QString &problem : c.problems)
        ctx.err << tr("Still unreadable: %1").arg(problem) << Qt::endl;
    if (p.isSet(json)) {
        QJsonObject o = countsJson(c);
        o.insert(u"queue"_s, q->name);
        ctx.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else {
        ctx.out << tr("%1: %2 of %3 kept messages taken in now (%4 rows added, %5 updated); %6 still unreadable.")
                       .arg(q->name)
                       .arg(c.taken)
                       .arg(c.messages)
                       .arg(c.rowsAdded)
                       .arg(c.rowsUpdated)
                       .arg(c.unreadable)
                << Qt::endl;
    }
    return c.unreadable == 0 ? Ok : Failed;
}

} // namespace

int queueCommand(Context &ctx, const QStringList &args)
{
    return dispatchSubcommand(ctx, args, u"queue"_s,
                              {{"add", add}, {"list", list}, {"remove", remove}, {"test", test}, {"consume", consume},
                               {"replay", replay}},
                              tr("Usage: writeback-cli queue add|list|remove|test|consume|replay ...\n"
                                 "  add NAME --url amqps://HOST:5671 --user USER --queue QUEUE [--ca-file PEM]\n"
                                 "  list [--json]\n"
                                 "  remove NAME\n"
                                 "  test NAME [--json]\n"
                                 "  consume NAME [--max N] [--idle SECONDS] [--json]\n"
                                 "  replay NAME [--json]\n"
                                 "Each takes --help.\n"));
}

} // namespace wb::cli
