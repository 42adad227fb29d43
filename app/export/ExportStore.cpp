// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/ExportStore.h"

#include "export/ExportSource.h"
#include "store/DatasetStore.h"

#include "core/Log.h"
#include "core/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace wb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wb::ExportStore", text);
}

constexpr auto RunColumns = "r.id, r.export_id, e.name, r.state, r.trigger, coalesce(r.redelivery_of, 0), r.started_at, "
                            "r.finished_at, r.from_row, r.to_row, r.from_seq, r.to_seq, r.rows, r.bytes, r.file_name, "
                            "r.location, r.sha256, r.error";

RunRecord runFrom(const QSqlQuery &q)
{
    RunRecord r;
    int c = 0;
    r.id = q.value(c++).toLongLong();
    r.exportId = q.value(c++).toLongLong();
    r.exportName = q.value(c++).toString();
    r.state = q.value(c++).toString();
    r.trigger = q.value(c++).toString();
    r.redeliveryOf = q.value(c++).toLongLong();
    r.startedAt = q.value(c++).toString();
    r.finishedAt = q.value(c++).toString();
    r.fromRow = q.value(c++).toLongLong();
    r.toRow = q.value(c++).toLongLong();
    r.fromSeq = q.value(c++).toLongLong();
    r.toSeq = q.value(c++).toLongLong();
    r.rows = q.value(c++).toLongLong();
    r.bytes = q.value(c++).toLongLong();
    r.fileName = q.value(c++).toString();
    r.location = q.value(c++).toString();
    r.sha256 = q.value(c++).toString();
    r.error = q.value(c++).toString();
    return r;
}

const QString ExportColumns =
    u"SELECT e.id, e.name, e.definition, e.last_row, e.last_seq, e.created_at, e.updated_at, COALESCE(c.name, '') "
    "FROM exports AS e LEFT JOIN connections AS c ON c.id = e.connection_id"_s;

std::optional<ExportRecord> recordFrom(const QSqlQuery &q)
{
    QStringList problems;
    auto definition = ExportDefinition::fromJson(q.value(2).toByteArray(), &problems);
    if (!definition) {
        qCWarning(lcStore).noquote() << "export" << q.value(1).toString() << "is unreadable:" << problems.join(u"; "_s);
        return std::nullopt;
    }
    ExportRecord r;
    r.id = q.value(0).toLongLong();
    r.definition = *definition;
    r.lastRow = q.value(3).toLongLong();
    r.lastSeq = q.value(4).toLongLong();
    r.createdAt = q.value(5).toString();
    r.updatedAt = q.value(6).toString();
    // The destination's connection is kept by id: renamed, it is still the one.
    if (const QString connection = q.value(7).toString(); !connection.isEmpty())
        r.definition.destination.connection = connection;
    return r;
}

} // namespace

qint64 RunRecord::durationMs() const
{
    const QDateTime start = QDateTime::fromString(startedAt, Qt::ISODateWithMs);
    const QDateTime end = QDateTime::fromString(finishedAt, Qt::ISODateWithMs);
    return start.isValid() && end.isValid() ? start.msecsTo(end) : 0;
}

bool ExportStore::save(const ExportDefinition &definition, QString *error)
{
    // The watermark counts rows of one dataset: pointed at another, the export starts over
    // (else every row of the new one up to the old numbers would be skipped).
    const auto before = find(definition.name);
    const bool otherDataset = before && before->definition.dataset != definition.dataset;
    QSqlQuery q(m_workspace.database());
    q.prepare(u"INSERT INTO exports (name, definition, connection_id) "
              "VALUES (?, ?, COALESCE((SELECT id FROM connections WHERE name = ?), 0)) ON CONFLICT (name) DO UPDATE SET "
              "definition = excluded.definition, connection_id = excluded.connection_id, "
              "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now'), "
              "last_row = CASE WHEN ? THEN 0 ELSE last_row END, last_seq = CASE WHEN ? THEN 0 ELSE last_seq END"_s);
    q.addBindValue(definition.name);
    q.addBindValue(QString::fromUtf8(definition.toJson()));
    q.addBindValue(definition.destination.type == Destination::Type::Sftp ? definition.destination.connection : QString());
    q.addBindValue(otherDataset ? 1 : 0);
    q.addBindValue(otherDataset ? 1 : 0);
    if (!q.exec()) {
        *error = tr("Cannot save the export %1: %2").arg(definition.name, q.lastError().text());
        return false;
    }
    // The lookup's index now, so that a preview finds its matches by seeking; a lookup dataset
    // that comes later gets it when the export first runs.
    if (definition.lookup)
        for (const DatasetSummary &d : DatasetStore(m_workspace).datasets(DatasetStore::RowCounts::Skip))
            if (d.name == definition.lookup->dataset && !q.exec(lookupIndexSql(definition, d.table))) {
                *error = tr("Cannot index the lookup dataset %1: %2").arg(d.name, q.lastError().text());
                return false;
            }
    return true;
}

bool ExportStore::rename(const QString &from, const QString &to, QString *error)
{
    if (from == to)
        return true;
    if (find(to)) {
        *error = tr("Another export is named \"%1\" already.").arg(to);
        return false;
    }
    // Its id stays: runs, watermark, schedule and the system scheduler's entry go with it.
    QSqlQuery q(m_workspace.database());
    q.prepare(u"UPDATE exports SET name = ?, definition = json_set(definition, '$.name', ?), "
              "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE name = ?"_s);
    q.addBindValue(to);
    q.addBindValue(to);
    q.addBindValue(from);
    if (!q.exec()) {
        *error = tr("Cannot rename the export %1: %2").arg(from, q.lastError().text());
        return false;
    }
    if (q.numRowsAffected() == 0) {
        *error = tr("There is no export named \"%1\".").arg(from);
        return false;
    }
    return true;
}

bool ExportStore::remove(const QString &name, QString *error)
{
    QSqlQuery q(m_workspace.database());
    q.prepare(u"DELETE FROM exports WHERE name = ?"_s);
    q.addBindValue(name);
    if (!q.exec()) {
        *error = tr("Cannot remove the export %1: %2").arg(name, q.lastError().text());
        return false;
    }
    if (q.numRowsAffected() == 0) {
        *error = tr("There is no export named \"%1\".").arg(name);
        return false;
    }
    return true;
}

std::optional<ExportRecord> ExportStore::find(const QString &name) const
{
    QSqlQuery q(m_workspace.database());
    q.setForwardOnly(true);
    q.prepare(ExportColumns + u" WHERE e.name = ?"_s);
    q.addBindValue(name);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return recordFrom(q);
}

QList<ExportRecord> ExportStore::list() const
{
    QList<ExportRecord> out;
    QSqlQuery q(m_workspace.database());
    q.setForwardOnly(true);
    if (!q.exec(ExportColumns + u" ORDER BY e.name"_s))
        return out;
    while (q.next())
        if (auto r = recordFrom(q))
            out << *r;
    return out;
}

QList<RunRecord> ExportStore::runs(const QString &exportName) const
{
    QList<RunRecord> out;
    QSqlQuery q(m_workspace.database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT %1 FROM export_runs AS r JOIN exports AS e ON e.id = r.export_id "
              "WHERE ? = '' OR e.name = ? ORDER BY r.id DESC"_s.arg(QLatin1StringView(RunColumns)));
    // A null QString binds as NULL, which equals nothing.
    const QString name = exportName.isEmpty() ? u""_s : exportName;
    q.addBindValue(name);
    q.addBindValue(name);
    if (!q.exec())
        return out;
    while (q.next())
        out << runFrom(q);
    return out;
}

std::optional<RunRecord> ExportStore::run(qint64 id) const
{
    QSqlQuery q(m_workspace.database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT %1 FROM export_runs AS r JOIN exports AS e ON e.id = r.export_id WHERE r.id = ?"_s.arg(
        QLatin1StringView(RunColumns)));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return runFrom(q);
}

bool ExportStore::restateRun(const RunRecord &run, QString *error)
{
    QSqlQuery q(m_workspace.database());
    q.prepare(u"UPDATE export_runs SET started_at = ?, finished_at = ?, file_name = ?, location = ?, error = ? "
              "WHERE id = ?"_s);
    // A null QString binds as NULL, which the NOT NULL text columns refuse.
    const auto text = [](const QString &s) { return s.isNull() ? u""_s : s; };
    for (const QVariant &v : QVariantList{text(run.startedAt), text(run.finishedAt), text(run.fileName),
                                          text(run.location), text(run.error), run.id})
        q.addBindValue(v);
    if (!q.exec() || q.numRowsAffected() != 1) {
        *error = tr("Cannot change run %1: %2").arg(run.id).arg(q.lastError().text());
        return false;
    }
    return true;
}

} // namespace wb
