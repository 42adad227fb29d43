// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/JobRun.h"
#include "report/ReportStyle.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace wb {

// A run's trigger ("manual", "schedule", "retry", "redelivery") in the reader's language.
QString triggerText(const QString &trigger);

// "Writeback Studio: export opens failed": the report's first line and the e-mail's subject.
QString runTitle(const JobRun &run);

// What ran, when (local time and UTC), how long, the result, rows and bytes, the files and
// where they went, and for a failed run the error and what to do next. Fixed layout, so
// that people and scripts find things in the same place every time.
QString runReportText(const JobRun &run, const ReportStyle &style = {});

// The same as JSON, with stable keys (docs/notifications.md); every key is always present.
QByteArray runReportJson(const JobRun &run);

// "<folder>/reports/2026-11-22": the day is the run's start in the style's time zone.
QString reportFolder(const QString &workspaceFolder, const QDate &day);
// "export-opens-42"; a run without an id is named by its UTC start time instead.
QString runReportBaseName(const JobRun &run);

// Writes <workspace folder>/reports/<yyyy-MM-dd>/<job>-<run id>.txt and .json, each to a
// temporary file first and then renamed, so a reader never sees half a report. `written`
// gets the two paths.
bool writeRunReport(const QString &workspaceFolder, const JobRun &run, QStringList *written,
                    QString *error, const ReportStyle &style = {});

} // namespace wb
