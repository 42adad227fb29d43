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

// Our value as the lookup stores its field: integers are stored as numbers and text as text,
// which never compare equal, so an id kept as text in one dataset and as a number in the other
// is converted on our side (leaving the lookup's index usable). Text that is not exactly an
// integer's digits matches no number.
QByteArray lookupMatchValue(const QByteArray &ours, FieldType ourType, FieldType theirType)
{
    if (ourType == theirType)
        return ours;
    if (theirType == FieldType::Text)
        return "CAST(" + ours + " AS TEXT)";
    return "(CASE WHEN CAST(CAST(" + ours + " AS INTEGER) AS TEXT) = " + ours + " THEN CAST(" + ours
           + " AS INTEGER) END)";
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

bool ExportQuery::prepareStatements(sql::Database &db, const Source &source, const QList<QByteArray> &conditions,
                                    QString *error)
{
    m_statements.clear();
    m_countSql.clear();
    m_current = 0;
    for (const QByteArray &condition : conditions) {
        sql::Statement s;
        if (!s.prepare(db, source.select + source.from + source.join + condition, error))
            return false;
        m_statements.push_back(std::move(s));
        // The count needs neither the lookup (at most one match a row) nor the ORDER BY.
        const qsizetype order = condition.indexOf(" ORDER BY");
        m_countSql << source.from + (order < 0 ? condition : condition.left(order));
    }
    m_cells.resize(types.size());
    return true;
}

// The dataset is "m"; its lookup, "l", is the lookup dataset's latest row (the highest _row)
// with the match fields' values, so that a row never goes out twice for two matches.
ExportQuery::Source ExportQuery::source(const ExportDefinition &definition, const DatasetSummary &dataset)
{
    Source out;
    types.clear();
    const bool lookup = definition.lookup && !dataset.lookupTable.isEmpty();
    for (const ExportColumn &c : definition.columns) {
        FieldType type = FieldType::Text;
        for (const FieldSpec &f : dataset.fields)
            if (f.name == c.field)
                type = f.type;
        types << type;
        const QString theirs = lookupFieldOf(c.field);
        const QByteArray column = theirs.isEmpty() ? "m." + sql::quoteIdentifier(c.field)
                                                   : "l." + sql::quoteIdentifier(theirs);
        out.columns += (out.columns.isEmpty() ? "" : ", ") + column;
    }
    out.select = "SELECT " + out.columns;
    out.from = " FROM " + sql::quoteIdentifier(dataset.table) + " AS m";
    if (lookup) {
        const QByteArray table = sql::quoteIdentifier(dataset.lookupTable);
        QByteArray match;
        const ExportLookup &l = *definition.lookup;
        auto typeOf = [&dataset](const QString &name) {
            for (const FieldSpec &f : dataset.fields)
                if (f.name == name)
                    return f.type;
            return FieldType::Text;
        };
        for (qsizetype i = 0; i < l.fields.size(); ++i) {
            const QByteArray ours = "m." + sql::quoteIdentifier(l.fields.at(i));
            match += QByteArray(i ? " AND " : "") + "x." + sql::quoteIdentifier(l.lookupFields.value(i)) + " = "
                     + lookupMatchValue(ours, typeOf(l.fields.at(i)), typeOf(lookupColumn(l.lookupFields.value(i))));
        }
        out.join = " LEFT JOIN " + table + " AS l ON l._row = (SELECT max(x._row) FROM " + table + " AS x WHERE "
                   + match + ")";
    }
    return out;
}

bool ExportQuery::prepare(sql::Database &db, const ExportDefinition &definition, const DatasetSummary &dataset,
                          const Cursor &cursor, QString *error, int limit)
{
    const Source from = source(definition, dataset);
    auto n = [](qint64 v) { return QByteArray::number(v); };
    const QByteArray created = " WHERE m._row > " + n(cursor.fromRow) + " AND m._row <= " + n(cursor.toRow)
                               + " ORDER BY m._row";
    // Only rows a later file changed carry a change number: the partial index holds just them.
    const QByteArray changed = " WHERE m._seq > " + n(cursor.fromSeq) + " AND m._seq <= " + n(cursor.toSeq);
    QList<QByteArray> conditions;
    switch (definition.increment) {
    case Increment::Full:
        conditions << " WHERE m._row <= " + n(cursor.toRow) + " ORDER BY m._row";
        break;
    case Increment::Created:
        conditions << created;
        break;
    case Increment::Updated:
        // Rows the previous runs could have seen: one created since is not an update.
        conditions << changed + " AND m._row <= " + n(cursor.fromRow) + " ORDER BY m._seq, m._row";
        break;
    case Increment::CreatedOrUpdated:
        // A row created in this range goes once, as created, however often it changed since.
        conditions << created << changed + " AND m._row <= " + n(cursor.fromRow) + " ORDER BY m._seq, m._row";
        break;
    case Increment::Deleted:
        // A record is marked once, with the change number of the file that marked it.
        conditions << " WHERE m._deleted_seq > " + n(cursor.fromSeq) + " AND m._deleted_seq <= " + n(cursor.toSeq)
                          + " ORDER BY m._deleted_seq, m._row";
        break;
    }
    if (limit > 0)
        for (QByteArray &condition : conditions)
            condition += " LIMIT " + n(limit);
    return prepareStatements(db, from, conditions, error);
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
    const Source from = source(definition, dataset);
    // For the deleted increment, the records marked deleted last.
    const bool deleted = definition.increment == Increment::Deleted;
    const QByteArray sqlText = from.select + " FROM (SELECT * FROM " + sql::quoteIdentifier(dataset.table)
                               + (deleted ? " WHERE _deleted_seq IS NOT NULL ORDER BY _deleted_seq DESC, _row DESC"
                                          : " ORDER BY _row DESC")
                               + " LIMIT " + QByteArray::number(limit) + ") AS m" + from.join + " ORDER BY "
                               + (deleted ? "m._deleted_seq, m._row" : "m._row");
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
