// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/Notifier.h"

#include "report/RunReport.h"
#include "report/SmtpClient.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace wb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wb", text);
}

bool deliver(const MailSettings &settings, const MailMessage &message, QString *error,
             const std::atomic_bool *cancel)
{
    if (const QStringList problems = settings.problems(); !problems.isEmpty()) {
        *error = tr("The mail settings are incomplete: %1").arg(problems.join(u' '));
        return false;
    }
    SmtpClient client(settings);
    client.setCancelFlag(cancel);
    if (!settings.user.isEmpty()) {
        const Secrets::Result password = findSmtpPassword(settings);
        if (password.value.isEmpty()) {
            *error = tr("No SMTP password for %1 on %2: store it in the keychain or set "
                        "WRITEBACK_SMTP_PASSWORD.")
                         .arg(settings.user, settings.host);
            if (!password.error.isEmpty())
                *error += u' ' + password.error;
            return false;
        }
        client.setPassword(password.value);
    }
    return client.send(message, error);
}

} // namespace

MailMessage runMessage(const MailSettings &settings, const JobRun &run, const ReportStyle &style)
{
    MailMessage m;
    m.from = settings.from;
    m.to = settings.to;
    m.subject = runTitle(run);
    m.body = runReportText(run, style);
    m.attachments.append(
        {runReportBaseName(run) + u".json"_s, "application/json", runReportJson(run)});
    return m;
}

MailMessage dailySummaryMessage(const MailSettings &settings, const DailySummary &summary,
                                const ReportStyle &style)
{
    MailMessage m;
    m.from = settings.from;
    m.to = settings.to;
    m.subject = dailySummaryTitle(summary);
    m.body = dailySummaryText(summary, style);
    m.attachments.append({u"daily-summary-%1.json"_s.arg(summary.day.toString(u"yyyy-MM-dd"_s)),
                          "application/json", dailySummaryJson(summary)});
    return m;
}

bool notifyFailure(const MailSettings &settings, const JobRun &run, QString *error,
                   const std::atomic_bool *cancel)
{
    return deliver(settings, runMessage(settings, run), error, cancel);
}

bool sendDailySummary(const MailSettings &settings, const DailySummary &summary, QString *error,
                      const std::atomic_bool *cancel)
{
    return deliver(settings, dailySummaryMessage(settings, summary), error, cancel);
}

} // namespace wb
