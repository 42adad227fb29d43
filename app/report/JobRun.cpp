// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/JobRun.h"

#include "export/ExportStore.h"

#include <QCoreApplication>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace wb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wb", text);
}

QDateTime utcFrom(const QString &iso)
{
    QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    // The workspace writes UTC with a Z; a time without an offset is read as UTC too.
    if (t.isValid() && t.timeSpec() == Qt::LocalTime)
        t.setTimeZone(QTimeZone::UTC);
    return t.isValid() ? t.toUTC() : QDateTime();
}

} // namespace

QString JobRun::name() const
{
    const qsizetype colon = job.indexOf(u':');
    return colon < 0 ? job : job.mid(colon + 1);
}

qint64 JobRun::durationMs() const
{
    return startedAt.isValid() && finishedAt.isValid() ? startedAt.msecsTo(finishedAt) : 0;
}

QString redeliveryDetail(qint64 exportRunId)
{
    return tr("Sends the rows of run %1 again.").arg(u"E"_s + QString::number(exportRunId));
}

JobRun jobRunFrom(const RunRecord &record)
{
    JobRun run;
    run.job = u"export:"_s + record.exportName;
    run.kind = u"export"_s;
    run.runId = record.id;
    run.state = record.state;
    run.trigger = record.trigger;
    run.redeliveryOf = record.redeliveryOf;
    run.startedAt = utcFrom(record.startedAt);
    run.finishedAt = utcFrom(record.finishedAt);
    run.rows = record.rows;
    run.bytes = record.bytes;
    if (!record.fileName.isEmpty())
        run.files << record.fileName;
    run.location = record.location;
    run.error = record.error;
    if (record.redeliveryOf > 0)
        run.details << redeliveryDetail(record.redeliveryOf);
    // The cursor ranges say exactly which rows a run covered, for redelivery or support.
    if (record.toRow > record.fromRow)
        run.details
            << tr("New rows after row %1 up to row %2.").arg(record.fromRow).arg(record.toRow);
    if (record.toSeq > record.fromSeq)
        run.details
            << tr("Changes after change %1 up to change %2.").arg(record.fromSeq).arg(record.toSeq);
    if (!record.sha256.isEmpty())
        run.details << tr("SHA-256 of the file: %1").arg(record.sha256);
    return run;
}

} // namespace wb
