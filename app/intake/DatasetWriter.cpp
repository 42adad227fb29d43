// SPDX-License-Identifier: GPL-3.0-or-later
#include "intake/DatasetWriter.h"

#include "store/Catalog.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wb::DatasetWriter", text);
}

} // namespace

bool DatasetWriter::prepare(sql::Database &db, const DatasetInfo &info, const QList<int> &present, qint64 fileId, qint64 seq,
             const QList<DateOrder> &dateOrders, QString *error)
{
    m_db = &db;
    m_info = &info;
    m_present = present;
    m_fileId = fileId;
    m_seq = seq;
    m_parsed.resize(present.size());
    m_orders = dateOrders;
    m_orders.resize(present.size(), DateOrder::Unknown);
    m_dates.fill(DateWatch{}, present.size());
    m_multi.fill(QByteArray(), present.size());
    for (int i = 0; i < present.size(); ++i) {
        const FieldSpec &field = info.fields.at(present.at(i));
        m_dates[i].date = field.type == FieldType::Date || field.type == FieldType::DateTime;
        if (field.type == FieldType::Text)
            m_multi[i] = field.multiValue.toUtf8();
    }
    m_rerun = false;
    m_rows.clear();
    m_values.clear();
    m_arena.truncate(0);
    const int width = int(present.size()) + BookkeepingColumns;
    // SQLite allows 32766 parameters a statement.
    m_batchRows = std::clamp(30000 / width, 1, 64);
    QByteArray columns = "_file, _line, _created_file";
    // A change by a later file stamps the row with this file's change number; a key seen
    // twice in one file is still a row created by that file.
    QByteArray set = "_file = ?1, _line = ?2, _seq = CASE WHEN _created_file = ?1 THEN _seq ELSE ?3 END";
    QByteArray changed;
    for (int i = 0; i < present.size(); ++i) {
        const QByteArray c = sql::quoteIdentifier(info.fields.at(present.at(i)).name);
        const QByteArray param = "?" + QByteArray::number(i + 4);
        columns += ", " + c;
        set += ", " + c + " = " + param;
        changed += (changed.isEmpty() ? "" : " OR ") + c + " IS NOT " + param;
    }
    m_table = sql::quoteIdentifier(info.table);
    m_insertHead = "INSERT OR IGNORE INTO " + m_table + " (" + columns + ") VALUES ";
    if (!prepareInsert(m_batchInsert, m_batchRows, error) || !prepareInsert(m_singleInsert, 1, error))
        return false;
    const QStringList key = info.keyFields();
    m_keyed = !key.isEmpty();
    if (!m_keyed)
        return true;
    const KeySql keySql = keySqlFor(info);
    QByteArray where;
    for (int k = 0; k < key.size(); ++k) {
        const int at = present.indexOf(info.indexOf(key.at(k)));
        // A key field this file lacks is empty in every one of its rows.
        const QByteArray value = at < 0 ? QByteArray("''") : "coalesce(?" + QByteArray::number(at + 4) + ", '')";
        where += keySql.expressions.at(k) + " = " + value + " AND ";
    }
    return m_update.prepare(db, "UPDATE OR FAIL " + m_table + " SET " + set + " WHERE " + where + keySql.condition
                                    + " AND (" + changed + ")", error);
}

bool DatasetWriter::add(qint64 line, const Cells &cells, const QList<qsizetype> &sourceColumns,
         Counts *counts, ImportError *error)
{
    for (int i = 0; i < m_present.size(); ++i) {
        const char *expected = "";
        DateEvidence evidence;
        if (!parseValue(m_info->fields.at(m_present.at(i)).type, cells[i], m_orders.at(i), &m_parsed[i], &expected,
                        &evidence)) {
            error->line = line;
            error->column = sourceColumns.value(i, i) + 1;
            error->message = tr("column %1 (%2): \"%3\" is not %4")
                                 .arg(error->column)
                                 .arg(m_info->fields.at(m_present.at(i)).header,
                                      QString::fromUtf8(cells[i]).left(80), QCoreApplication::translate("FieldType", expected));
            if (m_dates.at(i).learned)
                error->message += tr(" (line %1 showed this column's dates %2)")
                                      .arg(m_dates.at(i).learnedAt)
                                      .arg(m_orders.at(i) == DateOrder::DayFirst ? tr("day first") : tr("month first"));
            return false;
        }
        if (evidence != DateEvidence::None && !learnOrder(i, evidence, line, cells[i], sourceColumns.value(i, i) + 1))
            return false;
    }
    // Typed values, so that "9/22/2022 2:39 AM" and "2022-09-22 02:39:00" (or "007" and
    // "7") are one key.
    m_rows.append(Row{line, m_values.size()});
    for (int i = 0; i < m_present.size(); ++i) {
        const ParsedValue &v = m_parsed.at(i);
        Value value{v.kind, v.integer, m_arena.size(), 0};
        if (v.kind == ParsedValue::Kind::Text) {
            if (!m_multi.at(i).isEmpty())
                appendValues(cells[i], m_multi.at(i));
            else
                m_arena.append(v.text.isEmpty() ? cells[i] : QByteArrayView(v.text));
            value.length = m_arena.size() - value.offset;
        }
        m_values.append(value);
    }
    return m_rows.size() < m_batchRows || flush(counts, error);
}

// A multi-valued field's values as the workspace stores them: joined by the unit separator.
void DatasetWriter::appendValues(QByteArrayView cell, QByteArrayView separator)
{
    for (qsizetype at; (at = cell.indexOf(separator)) >= 0; cell = cell.sliced(at + separator.size())) {
        m_arena.append(cell.first(at));
        m_arena.append('\x1f');
    }
    m_arena.append(cell);
}

// Only called while the field's order is unknown: an ambiguous value is taken day first for
// now; a value that shows the order fixes it, and redoes the file if it is month first after
// an ambiguous value went in.
bool DatasetWriter::learnOrder(int i, DateEvidence evidence, qint64 line, QByteArrayView cell, qsizetype column)
{
    DateWatch &w = m_dates[i];
    if (evidence == DateEvidence::Ambiguous) {
        if (w.ambiguousLine == 0) {
            w.ambiguousLine = line;
            w.ambiguousColumn = column;
            w.ambiguousValue = QString::fromUtf8(cell).left(80);
        }
        return true;
    }
    m_orders[i] = evidence == DateEvidence::DayFirst ? DateOrder::DayFirst : DateOrder::MonthFirst;
    w.learned = true;
    w.learnedAt = line;
    if (m_orders.at(i) == DateOrder::MonthFirst && w.ambiguousLine > 0) {
        m_rerun = true;
        return false;
    }
    w.ambiguousLine = 0;
    return true;
}

bool DatasetWriter::checkDates(ImportError *error) const
{
    for (int i = 0; i < m_dates.size(); ++i) {
        const DateWatch &w = m_dates.at(i);
        if (m_orders.at(i) != DateOrder::Unknown || w.ambiguousLine == 0)
            continue;
        error->line = w.ambiguousLine;
        error->column = w.ambiguousColumn;
        error->dateOrderNeeded = true;
        error->message = tr("column %1 (%2): \"%3\" could be day first or month first, and no date in this "
                            "column shows which: set the date order of files like this one")
                             .arg(w.ambiguousColumn)
                             .arg(m_info->fields.at(m_present.at(i)).header, w.ambiguousValue);
        return false;
    }
    return true;
}

bool DatasetWriter::flush(Counts *counts, ImportError *error)
{
    if (m_rows.isEmpty())
        return true;
    const int n = int(m_rows.size());
    sql::Statement &insert = n == m_batchRows ? m_batchInsert : m_singleInsert;
    qint64 inserted = 0;
    if (n == m_batchRows) {
        for (int r = 0; r < n; ++r)
            bindRow(insert, r, r * (int(m_present.size()) + BookkeepingColumns));
        if (insert.step() != SQLITE_DONE)
            return failed(m_rows.first().line, error);
        inserted = sqlite3_changes64(m_db->handle());
    }
    if (inserted != n) {
        // Some rows were there already (or this is a short last batch): row by row.
        for (int r = 0; r < n; ++r) {
            if (n != m_batchRows) {
                bindRow(m_singleInsert, r, 0);
                if (m_singleInsert.step() != SQLITE_DONE)
                    return failed(m_rows.at(r).line, error);
                if (sqlite3_changes64(m_db->handle()) > 0) {
                    ++inserted;
                    continue;
                }
            }
            if (!m_keyed)
                continue;
            bindRow(m_update, r, -1);
            if (m_update.step() != SQLITE_DONE)
                return failed(m_rows.at(r).line, error);
            counts->updated += sqlite3_changes64(m_db->handle());
        }
    }
    counts->inserted += inserted;
    counts->read += n;
    m_rows.clear();
    m_values.clear();
    m_arena.truncate(0);
    return true;
}

bool DatasetWriter::prepareInsert(sql::Statement &s, int rows, QString *error)
{
    const int width = int(m_present.size()) + BookkeepingColumns;
    QByteArray sqlText = m_insertHead;
    for (int r = 0; r < rows; ++r) {
        sqlText += r ? ",(" : "(";
        for (int c = 0; c < width; ++c)
            sqlText += (c ? ",?" : "?");
        sqlText += ')';
    }
    return s.prepare(*m_db, sqlText, error);
}

void DatasetWriter::bindRow(sql::Statement &s, int r, int base)
{
    const Row &row = m_rows.at(r);
    int p = base < 0 ? 1 : base + 1;
    s.bindInt(p++, m_fileId);
    s.bindInt(p++, row.line);
    s.bindInt(p++, base < 0 ? m_seq : m_fileId); // the UPDATE's ?3, the insert's _created_file
    for (int i = 0; i < m_present.size(); ++i, ++p) {
        const Value &v = m_values.at(row.firstValue + i);
        switch (v.kind) {
        case ParsedValue::Kind::Null: s.bindNull(p); break;
        case ParsedValue::Kind::Integer: s.bindInt(p, v.integer); break;
        case ParsedValue::Kind::Text: s.bindText(p, QByteArrayView(m_arena).sliced(v.offset, v.length)); break;
        }
    }
}

bool DatasetWriter::failed(qint64 line, ImportError *error)
{
    error->line = line;
    error->message = tr("the workspace refused the row: %1").arg(m_db->lastError());
    return false;
}

} // namespace wb
