// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/Notifications.h"

#include "core/Log.h"
#include "core/Workspace.h"
#include "jobs/JobHistory.h"
#include "report/DailySummary.h"
#include "report/Notifier.h"
#include "report/RunReport.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace wb {

namespace {

QString setting(Workspace &workspace, const QString &key)
{
    QSqlQuery q(workspace.database());
    q.prepare(u"SELECT value FROM settings WHERE key = ?"_s);
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

bool setSetting(Workspace &workspace, const QString &key, const QString &value, QString *error)
{
    QSqlQuery q(workspace.database());
    q.prepare(u"INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

QString workspaceFolder(Workspace &workspace)
{
    return QFileInfo(workspace.path()).absolutePath();
}

} // namespace

std::optional<MailSettings> loadMailSettings(Workspace &workspace)
{
    const QString json = setting(workspace, u"mail"_s);
    if (json.isEmpty())
        return std::nullopt;
    QStringList problems;
    auto settings = MailSettings::fromJson(QJsonDocument::fromJson(json.toUtf8()).object(), &problems);
    if (!settings)
        qCWarning(lcStore).noquote() << "the mail settings are unreadable:" << problems.join(u"; "_s);
    return settings;
}

bool saveMailSettings(Workspace &workspace, const MailSettings &settings, QString *error)
{
    if (const QStringList problems = settings.problems(); !problems.isEmpty()) {
        *error = problems.join(u'\n');
        return false;
    }
    return setSetting(workspace, u"mail"_s,
                      QString::fromUtf8(QJsonDocument(settings.toJson()).toJson(QJsonDocument::Compact)), error);
}

bool removeMailSettings(Workspace &workspace, QString *error)
{
    QSqlQuery q(workspace.database());
    q.prepare(u"DELETE FROM settings WHERE key = 'mail'"_s);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

void afterRun(Workspace &workspace, const JobRun &run)
{
    QStringList written;
    QString error;
    if (!writeRunReport(workspaceFolder(workspace), run, &written, &error))
        qCWarning(lcStore).noquote() << "cannot write the report of" << run.job << run.runId << error;
    if (!run.failed())
        return;
    const auto settings = loadMailSettings(workspace);
    if (!settings || !settings->isConfigured() || !settings->notifyOnFailure)
        return;
    if (!notifyFailure(*settings, run, &error))
        qCWarning(lcStore).noquote() << "cannot send the failure notice of" << run.job << run.runId << error;
}

bool dailySummaryIfDue(Workspace &workspace, const QDate &today)
{
    const QDate day = today.addDays(-1);
    if (setting(workspace, u"daily_summary_done"_s) >= day.toString(Qt::ISODate))
        return false;
    RunFilter filter;
    filter.from = day;
    filter.to = day;
    filter.limit = 100000;
    const DailySummary summary = summarizeDay(JobHistory(workspace).runs(filter), day);
    QStringList written;
    QString error;
    const auto settings = loadMailSettings(workspace);
    const bool mail = settings && settings->isConfigured() && settings->dailySummary;
    // A day without runs gets a summary only when someone is waiting for the e-mail.
    if (summary.total.runs == 0 && !mail)
        return setSetting(workspace, u"daily_summary_done"_s, day.toString(Qt::ISODate), &error) && false;
    if (!writeDailySummary(workspaceFolder(workspace), summary, &written, &error))
        qCWarning(lcStore).noquote() << "cannot write the daily summary:" << error;
    if (mail && !sendDailySummary(*settings, summary, &error)) {
        // Not marked done: the next run-due tries again.
        qCWarning(lcStore).noquote() << "cannot send the daily summary:" << error;
        return false;
    }
    return setSetting(workspace, u"daily_summary_done"_s, day.toString(Qt::ISODate), &error);
}

} // namespace wb
