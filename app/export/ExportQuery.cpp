// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/ExportQuery.h"

#include "store/DatasetStore.h"

#include <sqlite3.h>

#include <limits>

using namespace Qt::StringLiterals;

namespace wb {

namespace {

qint64 scalar(sql::Database &db, const QByteArray &sqlText, QString *error, bool *ok)
{
    sql::Statement q;
    *ok = q.prepare(db, sqlText, error);
    if (!*ok)
        return 0;
    const int rc = q.step();
    if (rc != SQLITE_ROW) {
        *ok = false;
        *error = db.lastError();
        return 0;
    }
    return q.columnInt(0);
}

} // namespace

bool currentBounds(sql::Database &db, const QString &table, qint64 *toRow, qint64 *toSeq, QString *error)
{
    bool ok = false;
    *toRow = scalar(db, "SELECT coalesce(max(_row), 0) FROM " + sql::quoteIdentifier(table), error, &ok);
    if (!ok)
        return false;
    *toSeq = scalar(db, "SELECT value FROM change_counter WHERE id = 1", error, &ok);
    return ok;
}

bool ExportQuery::prepareStatements(sql::Database &db, const QByteArray &select, const QList<QByteArray> &tails,
                                    QString *error)
{
    m_statements.clear();
    m_countSql.clear();
    m_current = 0;
    for (const QByteArray &tail : tails) {
        sql::Statement s;
        if (!s.prepare(db, select + tail, error))
            return false;
        m_statements.push_back(std::move(s));
        // The count needs no ORDER BY; cut it off.
        const qsizetype order = tail.indexOf(" ORDER BY");
        m_countSql << (order < 0 ? tail : tail.left(order));
    }
    m_cells.resize(types.size());
    return true;
}

bool ExportQuery::prepare(sql::Database &db, const ExportDefinition &definition, const DatasetSummary &dataset,
                          const Cursor &cursor, QString *error, int limit)
{
    types.clear();
    QByteArray columns;
    for (const ExportColumn &c : definition.columns) {
        FieldType type = FieldType::Text;
        for (const FieldSpec &f : dataset.fields)
            if (f.name == c.field)
                type = f.type;
        types << type;
        columns += (columns.isEmpty() ? "" : ", ") + sql::quoteIdentifier(c.field);
    }
    const QByteArray from = " FROM " + sql::quoteIdentifier(dataset.table);
    const QByteArray select = "SELECT " + columns;
    auto n = [](qint64 v) { return QByteArray::number(v); };
    const QByteArray created = from + " WHERE _row > " + n(cursor.fromRow) + " AND _row <= " + n(cursor.toRow)
                               + " ORDER BY _row";
    // Only rows a later file changed carry a change number: the partial index holds just them.
    const QByteArray changed = from + " WHERE _seq > " + n(cursor.fromSeq) + " AND _seq <= " + n(cursor.toSeq);
    QList<QByteArray> tails;
    switch (definition.increment) {
    case Increment::Full:
        tails << from + " WHERE _row <= " + n(cursor.toRow) + " ORDER BY _row";
        break;
    case Increment::Created:
        tails << created;
        break;
    case Increment::Updated:
        // Rows the previous runs could have seen: one created since is not an update.
        tails << changed + " AND _row <= " + n(cursor.fromRow) + " ORDER BY _seq, _row";
        break;
    case Increment::CreatedOrUpdated:
        // A row created in this range goes once, as created, however often it changed since.
        tails << created << changed + " AND _row <= " + n(cursor.fromRow) + " ORDER BY _seq, _row";
        break;
    case Increment::Deleted:
        // A record is marked once, with the change number of the file that marked it.
        tails << from + " WHERE _deleted_seq > " + n(cursor.fromSeq) + " AND _deleted_seq <= " + n(cursor.toSeq)
                     + " ORDER BY _deleted_seq, _row";
        break;
    }
    if (limit > 0)
        for (QByteArray &tail : tails)
            tail += " LIMIT " + n(limit);
    return prepareStatements(db, select, tails, error);
}

bool ExportQuery::prepareLatest(sql::Database &db, const ExportDefinition &definition, const DatasetSummary &dataset,
                                int limit, QString *error)
{
    Cursor all;
    all.toRow = std::numeric_limits<qint64>::max();
    ExportDefinition full = definition;
    full.increment = Increment::Full;
    if (!prepare(db, full, dataset, all, error))
        return false;
    QByteArray columns;
    for (const ExportColumn &c : definition.columns)
        columns += (columns.isEmpty() ? "" : ", ") + sql::quoteIdentifier(c.field);
    // For the deleted increment, the records marked deleted last.
    const bool deleted = definition.increment == Increment::Deleted;
    const QByteArray keys = deleted ? "_deleted_seq, _row" : "_row";
    const QByteArray sqlText = "SELECT " + columns + " FROM (SELECT " + keys + ", " + columns + " FROM "
                               + sql::quoteIdentifier(dataset.table)
                               + (deleted ? " WHERE _deleted_seq IS NOT NULL ORDER BY _deleted_seq DESC, _row DESC"
                                          : " ORDER BY _row DESC")
                               + " LIMIT " + QByteArray::number(limit) + ") ORDER BY " + keys;
    m_statements.clear();
    sql::Statement s;
    if (!s.prepare(db, sqlText, error))
        return false;
    m_statements.push_back(std::move(s));
    m_countSql.clear();
    return true;
}

qint64 ExportQuery::count(sql::Database &db, QString *error)
{
    qint64 total = 0;
    for (const QByteArray &tail : std::as_const(m_countSql)) {
        bool ok = false;
        total += scalar(db, "SELECT count(*)" + tail, error, &ok);
        if (!ok)
            return -1;
    }
    return total;
}

bool ExportQuery::next()
{
    while (m_current < int(m_statements.size())) {
        sqlite3_stmt *s = m_statements.at(m_current).get();
        const int rc = sqlite3_step(s);
        if (rc == SQLITE_ROW) {
            for (int i = 0; i < m_cells.size(); ++i) {
                StoredValue &v = m_cells[i];
                switch (sqlite3_column_type(s, i)) {
                case SQLITE_NULL:
                    v.kind = StoredValue::Kind::Null;
                    break;
                case SQLITE_INTEGER:
                    v.kind = StoredValue::Kind::Integer;
                    v.integer = sqlite3_column_int64(s, i);
                    break;
                default: {
                    v.kind = StoredValue::Kind::Text;
                    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(s, i));
                    v.text = QByteArrayView(text, sqlite3_column_bytes(s, i));
                    break;
                }
                }
            }
            return true;
        }
        if (rc != SQLITE_DONE) {
            m_error = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(s)));
            return false;
        }
        ++m_current;
    }
    return false;
}

} // namespace wb
