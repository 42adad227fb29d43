// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/RunReport.h"

#include "report/ReportFiles.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace wb {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("wb", text, disambiguation, n);
}

QString resultText(const QString &state)
{
    if (state == u"completed"_s)
        return tr("completed");
    if (state == u"failed"_s)
        return tr("FAILED");
    if (state == u"running"_s)
        return tr("still running");
    if (state == u"pending"_s)
        return tr("pending");
    if (state == u"skipped"_s)
        return tr("skipped (another run of this job was in progress)");
    return state;
}

QString nextSteps(const JobRun &run)
{
    if (run.kind == u"export"_s && run.trigger == u"redelivery"_s)
        return tr("Fix the cause above, then send the rows again: writeback-cli export redeliver "
                  "RUN_ID, with "
                  "the id of the run to send again (writeback-cli runs --export %1 lists them). A "
                  "redelivery "
                  "never moves the export's watermark.")
            .arg(run.name());
    if (run.kind == u"export"_s)
        return tr("Fix the cause above, then run the export again: writeback-cli export run %1 (or "
                  "Run now on "
                  "the Exports page). A failed run leaves the export's watermark where it was, so "
                  "the next run "
                  "delivers these rows: none are lost and none are sent twice.")
            .arg(run.name());
    if (run.kind == u"fetch"_s)
        return tr("Fix the cause above, then fetch again: writeback-cli fetch %1. Files that were "
                  "not taken in "
                  "are tried again on the next fetch; files already taken in are never taken in "
                  "twice.")
            .arg(run.name());
    if (run.kind == u"consume"_s)
        return tr("Fix the cause above, then consume again: writeback-cli queue consume %1. Messages "
                  "that were not stored stay on the queue and are taken next time; messages already "
                  "stored are recognised and never taken in twice.")
            .arg(run.name());
    return tr("Fix the cause above, then run the job again.");
}

QString jobText(const JobRun &run)
{
    return run.runId > 0 ? tr("%1 (run %2)").arg(run.job).arg(run.runId) : run.job;
}

} // namespace

QString triggerText(const QString &trigger)
{
    // The English words are the stored ones: reports read the same as before in English.
    if (trigger == u"manual"_s)
        return tr("manual", "how a run was started");
    if (trigger == u"schedule"_s)
        return tr("schedule", "how a run was started");
    if (trigger == u"retry"_s)
        return tr("retry", "how a run was started");
    if (trigger == u"redelivery"_s)
        return tr("redelivery", "how a run was started");
    return trigger;
}

QString runTitle(const JobRun &run)
{
    const QString name = run.name();
    if (run.failed()) {
        if (run.kind == u"export"_s)
            return tr("Writeback Studio: export %1 failed").arg(name);
        if (run.kind == u"fetch"_s)
            return tr("Writeback Studio: fetch %1 failed").arg(name);
        if (run.kind == u"consume"_s)
            return tr("Writeback Studio: consume %1 failed").arg(name);
        return tr("Writeback Studio: %1 failed").arg(run.job);
    }
    if (run.state == u"completed"_s) {
        if (run.kind == u"export"_s)
            return tr("Writeback Studio: export %1 completed").arg(name);
        if (run.kind == u"fetch"_s)
            return tr("Writeback Studio: fetch %1 completed").arg(name);
        if (run.kind == u"consume"_s)
            return tr("Writeback Studio: consume %1 completed").arg(name);
    }
    return tr("Writeback Studio: %1 %2").arg(run.job, resultText(run.state));
}

QString runReportText(const JobRun &run, const ReportStyle &style)
{
    using namespace reportformat;
    QList<std::pair<QString, QString>> rows;
    rows.append({tr("Job"), jobText(run)});
    rows.append({tr("Result"), run.warnings.isEmpty() || run.failed()
                                   ? resultText(run.state)
                                   : resultText(run.state) + u", "_s
                                         + tr("with %n warning(s)", nullptr, int(run.warnings.size()))});
    if (!run.trigger.isEmpty())
        rows.append({tr("Trigger"), triggerText(run.trigger)});
    if (run.startedAt.isValid())
        rows.append({tr("Started"), localAndUtc(run.startedAt, style.zone)});
    if (run.finishedAt.isValid()) {
        rows.append({tr("Finished"), localAndUtc(run.finishedAt, style.zone)});
        rows.append({tr("Duration"), duration(run.durationMs(), style.locale)});
    }
    rows.append({tr("Rows"), number(run.rows, style.locale)});
    rows.append({tr("Bytes"), bytes(run.bytes, style.locale)});
    rows.append({run.files.size() == 1 ? tr("File") : tr("Files"),
                 run.files.isEmpty() ? tr("(none)") : run.files.join(u'\n')});
    if (!run.location.isEmpty())
        rows.append({tr("Location"), run.location});

    QString text = runTitle(run) + u"\n\n"_s + aligned(rows);
    if (run.failed() || !run.error.isEmpty()) {
        text += u'\n' + tr("Error:") + u'\n';
        text +=
            indented(run.error.isEmpty() ? tr("(no message was recorded)") : run.error, u"    "_s);
    }
    if (!run.warnings.isEmpty()) {
        text += u'\n' + tr("Warnings:") + u'\n';
        for (const QString &w : run.warnings)
            text += indented(w, u"    "_s);
    }
    if (run.failed())
        text += u'\n' + tr("What to do next:") + u'\n' + wrapped(nextSteps(run), u"    "_s);
    if (!run.details.isEmpty()) {
        text += u'\n' + tr("Details:") + u'\n';
        for (const QString &d : run.details)
            text += indented(d, u"    "_s);
    }
    return text;
}

QByteArray runReportJson(const JobRun &run)
{
    using namespace reportformat;
    QJsonObject o;
    o[u"format"_s] = u"writeback-run-report"_s;
    o[u"version"_s] = 1;
    o[u"job"_s] = run.job;
    o[u"kind"_s] = run.kind;
    o[u"name"_s] = run.name();
    o[u"run_id"_s] = run.runId;
    o[u"state"_s] = run.state;
    o[u"trigger"_s] = run.trigger;
    o[u"started_at"_s] = run.startedAt.isValid() ? QJsonValue(isoUtc(run.startedAt)) : QJsonValue();
    o[u"finished_at"_s] =
        run.finishedAt.isValid() ? QJsonValue(isoUtc(run.finishedAt)) : QJsonValue();
    o[u"duration_ms"_s] = run.durationMs();
    o[u"rows"_s] = run.rows;
    o[u"bytes"_s] = run.bytes;
    o[u"files"_s] = QJsonArray::fromStringList(run.files);
    o[u"location"_s] = run.location;
    o[u"error"_s] = run.error;
    o[u"warnings"_s] = QJsonArray::fromStringList(run.warnings);
    o[u"next_steps"_s] = run.failed() ? nextSteps(run) : QString();
    o[u"details"_s] = QJsonArray::fromStringList(run.details);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

QString reportFolder(const QString &workspaceFolder, const QDate &day)
{
    return workspaceFolder + u"/reports/"_s + day.toString(u"yyyy-MM-dd"_s);
}

QString runReportBaseName(const JobRun &run)
{
    using reportformat::fileNamePart;
    const QString job = run.kind.isEmpty() || !run.job.startsWith(run.kind + u':')
                            ? fileNamePart(run.job)
                            : fileNamePart(run.kind) + u'-' + fileNamePart(run.name());
    if (run.runId > 0)
        return job + u'-' + QString::number(run.runId);
    return job + u'-' + run.startedAt.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
}

bool writeRunReport(const QString &workspaceFolder, const JobRun &run, QStringList *written,
                    QString *error, const ReportStyle &style)
{
    const QDateTime when =
        run.startedAt.isValid() ? run.startedAt : QDateTime::currentDateTimeUtc();
    const QString base = reportFolder(workspaceFolder, when.toTimeZone(style.zone).date()) + u'/' +
                         runReportBaseName(run);
    return writeReportPair(base, runReportText(run, style).toUtf8(), runReportJson(run), written,
                           error);
}

} // namespace wb
