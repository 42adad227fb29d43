// SPDX-License-Identifier: GPL-3.0-or-later
#include "intake/Deletions.h"

#include "store/Catalog.h"

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace wb {

namespace {

// Marks the records of `target` that rows of `source` name by `by`; `onlyFile` limits it to
// the rows one side's file brought (the source's, or the target's).
bool mark(sql::Database &db, const QString &source, const QString &target, const QString &by, qint64 fileId,
          bool sourceFile, qint64 seq, qint64 *marked, QString *error)
{
    Catalog catalog(db);
    const auto from = catalog.find(source, error);
    auto to = catalog.find(target, error);
    if (!error->isEmpty())
        return false;
    // Nothing to mark yet, or nothing known to be deleted: the other file's turn will do it.
    if (!from || !to || from->indexOf(by) < 0 || to->indexOf(by) < 0)
        return true;
    // Records taken in before their format could be marked (as a dataset of one's own name)
    // get the marks' fields now.
    if (to->indexOf(QString::fromLatin1(DeletedField)) < 0) {
        const FormatSpec *spec = findFormat(target);
        to = catalog.ensure(target, to->vendor, to->title, spec ? spec->ownFields() : QList<FieldSpec>(),
                            to->naturalKey, error, true);
        if (!to)
            return false;
    }
    const QByteArray key = sql::quoteIdentifier(by);
    const QByteArray t = sql::quoteIdentifier(to->table);
    // The target's key expression word for word, so that its unique index finds each record.
    const KeySql keySql = keySqlFor(*to);
    const bool keyed = to->keyFields() == QStringList{by};
    const QByteArray match = keyed ? QByteArray(keySql.expressions.first() + " = d.k AND " + keySql.condition)
                                   : QByteArray(t + '.' + key + " = d.k");
    const QByteArray sqlText =
        "UPDATE " + t + " SET deleted = 1, deleted_at = d.at, _deleted_seq = ?2 FROM (SELECT coalesce(" + key
        + ", '') AS k, max(event_time) AS at FROM " + sql::quoteIdentifier(from->table) + " WHERE " + key
        + " IS NOT NULL" + (sourceFile ? " AND _file = ?1" : "") + " GROUP BY 1) AS d WHERE " + match
        + " AND " + t + ".deleted = 0" + (sourceFile ? QByteArray() : QByteArray(" AND " + t + "._file = ?1"));
    sql::Statement q;
    if (!q.prepare(db, sqlText, error))
        return false;
    q.bindInt(1, fileId);
    q.bindInt(2, seq);
    if (q.step() != SQLITE_DONE) {
        *error = db.lastError();
        return false;
    }
    *marked += sqlite3_changes64(db.handle());
    return true;
}

} // namespace

bool markDeletedRecords(sql::Database &db, const FormatSpec &deletions, const QString &dataset, qint64 fileId,
                        qint64 seq, qint64 *marked, QString *error)
{
    return mark(db, dataset, deletionTarget(deletions, dataset), deletions.deletesBy, fileId, true, seq, marked,
                error);
}

bool markKnownDeletions(sql::Database &db, const FormatSpec &records, const QString &dataset, qint64 fileId,
                        qint64 seq, qint64 *marked, QString *error)
{
    const QString source = deletionSource(records, dataset);
    const FormatSpec *deletions = findFormat(source);
    if (!deletions)
        return true;
    return mark(db, source, dataset, deletions->deletesBy, fileId, false, seq, marked, error);
}

} // namespace wb
