// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/DatasetStore.h"

#include "core/Workspace.h"
#include "store/Sqlite.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace wb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wb::FileRecord", text);
}

} // namespace

QString FileRecord::shownName() const
{
    //: a file, and the .gz or .zip archive it was delivered in
    return archiveName.isEmpty() ? name : tr("%1 (in %2)").arg(name, archiveName);
}

QString FileRecord::errorName() const
{
    return archiveName.isEmpty() ? name : archiveName + u'/' + name;
}

QList<FieldSpec> DatasetStore::fieldsOf(qint64 datasetId) const
{
    QList<FieldSpec> out;
    QSqlQuery q(m_workspace.database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT name, header, type, multi_value FROM dataset_fields WHERE dataset_id = ? ORDER BY position"_s);
    q.addBindValue(datasetId);
    if (q.exec())
        while (q.next()) {
            FieldSpec f{q.value(0).toString(), q.value(1).toString(), FieldType::Text};
            fieldTypeFromName(q.value(2).toString(), &f.type);
            f.multiValue = q.value(3).toString();
            out << f;
        }
    return out;
}

QList<DatasetSummary> DatasetStore::datasets(RowCounts counts) const
{
    QList<DatasetSummary> out;
    QList<qint64> ids;
    {
        QSqlQuery q(m_workspace.database());
        q.setForwardOnly(true);
        if (!q.exec(u"SELECT id, name, vendor, title, table_name, natural_key FROM datasets ORDER BY name"_s))
            return out;
        while (q.next()) {
            ids << q.value(0).toLongLong();
            out << DatasetSummary{q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                                  q.value(4).toString(),
                                  q.value(5).toString().split(u',', Qt::SkipEmptyParts), {}, 0, {}};
        }
    }
    for (int i = 0; i < out.size(); ++i) {
        out[i].fields = fieldsOf(ids.at(i));
        if (counts == RowCounts::Skip)
            continue;
        QSqlQuery count(m_workspace.database());
        // max(_row) would be instant but counts deleted rows; count(*) walks the smallest index.
        if (count.exec(u"SELECT count(*) FROM %1"_s.arg(QString::fromUtf8(sql::quoteIdentifier(out[i].table))))
            && count.next())
            out[i].rows = count.value(0).toLongLong();
    }
    return out;
}

std::optional<DatasetSummary> DatasetStore::dataset(const QString &name) const
{
    for (const DatasetSummary &d : datasets())
        if (d.name == name)
            return d;
    return std::nullopt;
}

QList<FileRecord> DatasetStore::files() const
{
    QList<FileRecord> out;
    QSqlQuery q(m_workspace.database());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id, source, path, name, size, modified, sha256, dataset, state, rows_read, "
                "rows_inserted, rows_updated, error, error_line, error_column, attempts, first_seen_at, "
                "last_attempt_at, archive_name, archive_size, archive_modified FROM files ORDER BY last_attempt_at DESC, id DESC"_s))
        return out;
    while (q.next()) {
        FileRecord r;
        r.id = q.value(0).toLongLong();
        r.source = q.value(1).toString();
        r.path = q.value(2).toString();
        r.name = q.value(3).toString();
        r.size = q.value(4).toLongLong();
        r.modified = q.value(5).toString();
        r.sha256 = q.value(6).toString();
        r.dataset = q.value(7).toString();
        r.state = q.value(8).toString();
        r.rowsRead = q.value(9).toLongLong();
        r.rowsInserted = q.value(10).toLongLong();
        r.rowsUpdated = q.value(11).toLongLong();
        r.error = q.value(12).toString();
        r.errorLine = q.value(13).toLongLong();
        r.errorColumn = q.value(14).toLongLong();
        r.attempts = q.value(15).toInt();
        r.firstSeenAt = q.value(16).toString();
        r.lastAttemptAt = q.value(17).toString();
        r.archiveName = q.value(18).toString();
        r.archiveSize = q.value(19).toLongLong();
        r.archiveModified = q.value(20).toString();
        out << r;
    }
    return out;
}

} // namespace wb
