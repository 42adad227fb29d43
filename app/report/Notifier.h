// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/DailySummary.h"
#include "report/JobRun.h"
#include "report/MailMessage.h"
#include "report/MailSettings.h"

#include <atomic>

namespace wb {

// The e-mail about one run: its text report as the body, its JSON report attached.
MailMessage runMessage(const MailSettings &settings, const JobRun &run,
                       const ReportStyle &style = {});
MailMessage dailySummaryMessage(const MailSettings &settings, const DailySummary &summary,
                                const ReportStyle &style = {});

// Sends runMessage() through the settings' server, with the password from
// findSmtpPassword(). Blocking (SmtpClient): call it from a worker thread or the CLI.
// "Writeback Studio: export opens failed"; false with *error saying which step failed.
bool notifyFailure(const MailSettings &settings, const JobRun &run, QString *error,
                   const std::atomic_bool *cancel = nullptr);
bool sendDailySummary(const MailSettings &settings, const DailySummary &summary, QString *error,
                      const std::atomic_bool *cancel = nullptr);

} // namespace wb
