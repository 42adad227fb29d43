// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/DailySummary.h"

#include "report/ReportFiles.h"
#include "report/RunReport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

using namespace Qt::StringLiterals;

namespace wb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wb", text);
}

void add(DailySummary::Totals &t, const JobRun &run)
{
    ++t.runs;
    if (run.failed())
        ++t.failures;
    t.rows += run.rows;
    t.bytes += run.bytes;
}

QJsonObject toJson(const DailySummary::Totals &t)
{
    QJsonObject o;
    if (!t.job.isEmpty())
        o[u"job"_s] = t.job;
    o[u"runs"_s] = t.runs;
    o[u"failures"_s] = t.failures;
    o[u"rows"_s] = t.rows;
    o[u"bytes"_s] = t.bytes;
    return o;
}

} // namespace

DailySummary summarizeDay(const QList<JobRun> &runs, const QDate &day, const ReportStyle &style)
{
    DailySummary s;
    s.day = day;
    s.zone = style.zone;
    QMap<QString, DailySummary::Totals> perJob;
    QList<JobRun> failures;
    for (const JobRun &run : runs) {
        if (!run.startedAt.isValid() || run.startedAt.toTimeZone(style.zone).date() != day)
            continue;
        DailySummary::Totals &t = perJob[run.job];
        t.job = run.job;
        add(t, run);
        add(s.total, run);
        if (run.failed())
            failures << run;
    }
    s.jobs = perJob.values();
    std::stable_sort(failures.begin(), failures.end(),
                     [](const JobRun &a, const JobRun &b) { return a.startedAt < b.startedAt; });
    s.failures = failures;
    return s;
}

QString dailySummaryTitle(const DailySummary &summary)
{
    const QString day = summary.day.toString(u"yyyy-MM-dd"_s);
    if (summary.total.failures > 0)
        return QCoreApplication::translate("DailySummary", "Writeback Studio: %1, %n failed run(s)",
                                           nullptr, summary.total.failures)
            .arg(day);
    return tr("Writeback Studio: %1, all runs completed").arg(day);
}

QString dailySummaryText(const DailySummary &summary, const ReportStyle &style)
{
    using namespace reportformat;
    const QLocale &l = style.locale;
    // Columns sized to their widest cell; numbers right-aligned so that digits line up.
    QList<QStringList> table;
    table << QStringList{tr("Job"), tr("Runs"), tr("Failed"), tr("Rows"), tr("Bytes")};
    for (const DailySummary::Totals &t : summary.jobs)
        table << QStringList{t.job, number(t.runs, l), number(t.failures, l), number(t.rows, l),
                             number(t.bytes, l)};
    table << QStringList{tr("Total"), number(summary.total.runs, l),
                         number(summary.total.failures, l), number(summary.total.rows, l),
                         number(summary.total.bytes, l)};
    QList<qsizetype> widths(5, 0);
    for (const QStringList &row : std::as_const(table))
        for (int c = 0; c < 5; ++c)
            widths[c] = qMax(widths[c], row[c].size());

    QString text = dailySummaryTitle(summary) + u"\n\n"_s;
    text += tr("Runs that started on %1 (time zone %2).")
                .arg(summary.day.toString(u"yyyy-MM-dd"_s), QString::fromUtf8(summary.zone.id())) +
            u"\n\n"_s;
    if (summary.jobs.isEmpty())
        return text + tr("No job ran that day.") + u'\n';
    for (qsizetype r = 0; r < table.size(); ++r) {
        const QStringList &row = table[r];
        QString line = row[0].leftJustified(widths[0]);
        for (int c = 1; c < 5; ++c)
            line += u"  "_s + row[c].rightJustified(widths[c]);
        text += line + u'\n';
    }
    if (!summary.failures.isEmpty()) {
        text += u'\n' + tr("Failures:") + u'\n';
        for (const JobRun &run : summary.failures) {
            const QString when = run.startedAt.toTimeZone(summary.zone).toString(u"HH:mm"_s);
            const QString what = run.runId > 0
                                     ? tr("%1 run %2 at %3").arg(run.job).arg(run.runId).arg(when)
                                     : tr("%1 at %2").arg(run.job, when);
            text += u"    "_s + what + u": "_s + run.error.section(u'\n', 0, 0) + u'\n';
        }
    }
    return text;
}

QByteArray dailySummaryJson(const DailySummary &summary)
{
    QJsonObject o;
    o[u"format"_s] = u"writeback-daily-summary"_s;
    o[u"version"_s] = 1;
    o[u"date"_s] = summary.day.toString(u"yyyy-MM-dd"_s);
    o[u"time_zone"_s] = QString::fromUtf8(summary.zone.id());
    QJsonArray jobs;
    for (const DailySummary::Totals &t : summary.jobs)
        jobs.append(toJson(t));
    o[u"jobs"_s] = jobs;
    o[u"total"_s] = toJson(summary.total);
    QJsonArray failures;
    for (const JobRun &run : summary.failures) {
        QJsonObject f;
        f[u"job"_s] = run.job;
        f[u"run_id"_s] = run.runId;
        f[u"started_at"_s] = reportformat::isoUtc(run.startedAt);
        f[u"error"_s] = run.error;
        failures.append(f);
    }
    o[u"failures"_s] = failures;
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

bool writeDailySummary(const QString &workspaceFolder, const DailySummary &summary,
                       QStringList *written, QString *error, const ReportStyle &style)
{
    const QString base = reportFolder(workspaceFolder, summary.day) + u"/daily-summary"_s;
    return writeReportPair(base, dailySummaryText(summary, style).toUtf8(),
                           dailySummaryJson(summary), written, error);
}

} // namespace wb
