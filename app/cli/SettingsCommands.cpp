// SPDX-License-Identifier: GPL-3.0-or-later
// writeback-cli settings show|set: the workspace's own settings (how long kept files stay)
#include "Cli.h"

#include "core/Retention.h"

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

int settingsShow(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Shows the workspace's settings.\n\nwriteback-cli settings show [--json]"));
    const QCommandLineOption json(u"json"_s, tr("One JSON document on stdout."));
    p.addOption(json);
    if (const int rc = ctx.parse(p, args, 0, 0); rc >= 0)
        return rc;
    if (!ctx.openWorkspace())
        return Failed;
    const int days = Retention::days(ctx.workspace);
    if (p.isSet(json)) {
        ctx.out << QJsonDocument(QJsonObject{{u"retention_days"_s, days}}).toJson(QJsonDocument::Indented);
        return Ok;
    }
    ctx.out << tr("retention-days  %1  (delivered copies and reports older than this are removed by "
                  "run-due; the run history stays)").arg(days)
            << Qt::endl;
    return Ok;
}

int settingsSet(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Changes a setting of the workspace.\n\n"
           "writeback-cli settings set retention-days N\n\n"
           "retention-days: how many days the copies kept for re-delivery (deliveries/) and the run "
           "reports (reports/) stay beside the workspace, %1 to %2 (default %3). run-due removes older "
           "ones; the run history stays.")
            .arg(Retention::MinDays)
            .arg(Retention::MaxDays)
            .arg(Retention::DefaultDays));
    p.addPositionalArgument(u"name"_s, tr("The setting: retention-days."));
    p.addPositionalArgument(u"value"_s, tr("Its new value."));
    if (const int rc = ctx.parse(p, args, 2, 2); rc >= 0)
        return rc;
    const QString name = p.positionalArguments().at(0);
    const QString value = p.positionalArguments().at(1);
    if (name != u"retention-days"_s) {
        ctx.err << tr("There is no setting \"%1\"; the settings are: retention-days.").arg(name) << Qt::endl;
        return Usage;
    }
    bool ok = false;
    const int days = value.toInt(&ok);
    if (!ok) {
        ctx.err << tr("retention-days is a whole number of days, not \"%1\".").arg(value) << Qt::endl;
        return Usage;
    }
    if (days < Retention::MinDays || days > Retention::MaxDays) {
        ctx.err << tr("retention-days is %1 to %2 days, not %3.").arg(Retention::MinDays).arg(Retention::MaxDays).arg(days)
                << Qt::endl;
        return Usage;
    }
    if (!ctx.openWorkspace())
        return Failed;
    QString error;
    if (!Retention::setDays(ctx.workspace, days, &error)) {
        ctx.err << error << Qt::endl;
        return Failed;
    }
    ctx.out << tr("Delivered copies and reports are kept for %1 days.").arg(days) << Qt::endl;
    return Ok;
}

} // namespace

int settingsCommand(Context &ctx, const QStringList &args)
{
    return dispatchSubcommand(ctx, args, u"settings"_s, {{"show", settingsShow}, {"set", settingsSet}},
                              tr("Usage: writeback-cli settings show|set ...\n"
                                 "  show [--json]\n"
                                 "  set retention-days N\n"
                                 "Each takes --help.\n"));
}

} // namespace wb::cli
