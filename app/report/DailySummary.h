// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/JobRun.h"
#include "report/ReportStyle.h"

#include <QByteArray>
#include <QDate>
#include <QList>

namespace wb {

// A day's runs per job: how many, how many failed, rows and bytes, and the failures.
struct DailySummary
{
    struct Totals
    {
        QString job; // empty in the grand total
        int runs = 0;
        int failures = 0;
        qint64 rows = 0;
        qint64 bytes = 0;
    };

    QDate day;
    QTimeZone zone;
    QList<Totals> jobs; // by job id
    Totals total;
    QList<JobRun> failures; // oldest first
};

// The runs that started on `day` in the style's time zone; the others are left out.
DailySummary summarizeDay(const QList<JobRun> &runs, const QDate &day,
                          const ReportStyle &style = {});

QString dailySummaryTitle(const DailySummary &summary);
QString dailySummaryText(const DailySummary &summary, const ReportStyle &style = {});
QByteArray dailySummaryJson(const DailySummary &summary);

// <workspace folder>/reports/<yyyy-MM-dd>/daily-summary.txt and .json, like writeRunReport.
bool writeDailySummary(const QString &workspaceFolder, const DailySummary &summary,
                       QStringList *written, QString *error, const ReportStyle &style = {});

} // namespace wb
