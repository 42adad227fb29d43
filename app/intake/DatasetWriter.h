// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/FieldType.h"
#include "intake/RowSource.h"
#include "store/Sqlite.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QVarLengthArray>

namespace wb {

struct DatasetInfo;

// Writes one file's rows into one dataset. Rows are matched on the dataset's key and sent to
// SQLite in batches of multi-row INSERT OR IGNOREs, which take most new rows at a fraction of
// a statement each; a batch where some key was there already gets a per-row UPDATE pass.
//
// Not an UPSERT: SQLite runs DO UPDATE with OR ABORT, which makes it keep a statement journal
// (a copy of every page the statement touches) and took a million-row file six times longer.
// Failures still roll back the whole file's transaction.
class DatasetWriter
{
public:
    struct Counts
    {
        qint64 read = 0;
        qint64 inserted = 0;
        qint64 updated = 0;
    };
    using Cells = QVarLengthArray<QByteArrayView, 64>;

    // `present`: the dataset's field index of each cell a row brings; `fileId` the ledger entry
    // the rows come from; `seq` its change number; `dateOrders` the order of each present
    // field's dates (empty, or Unknown for a field: learned from its values).
    bool prepare(sql::Database &db, const DatasetInfo &info, const QList<int> &present, qint64 fileId, qint64 seq,
                 const QList<DateOrder> &dateOrders, QString *error);
    // Parses and queues one row; sends a full batch. cells[i] is the raw value of present field i.
    // False with needsRerun() when a column turned out month first after an ambiguous date
    // was taken day first: the caller rolls the rows back and runs again with dateOrders().
    bool add(qint64 line, const Cells &cells, const QList<qsizetype> &sourceColumns, Counts *counts,
             ImportError *error);
    bool flush(Counts *counts, ImportError *error);
    // After the last row: fails on a date that could be read day or month first in a column
    // whose order nothing fixed and no value showed.
    bool checkDates(ImportError *error) const;
    bool needsRerun() const { return m_rerun; }
    const QList<DateOrder> &dateOrders() const { return m_orders; }

private:
    struct Row
    {
        qint64 line = 0;
        qsizetype firstValue = 0;
    };
    struct Value
    {
        ParsedValue::Kind kind;
        qint64 integer;
        qsizetype offset;
        qsizetype length;
    };
    static constexpr int BookkeepingColumns = 3; // _file, _line, _created_file

    bool prepareInsert(sql::Statement &s, int rows, QString *error);
    // base < 0: the UPDATE's numbered parameters; else the insert's positional ones from base.
    void bindRow(sql::Statement &s, int r, int base);
    bool failed(qint64 line, ImportError *error);
    bool learnOrder(int i, DateEvidence evidence, qint64 line, QByteArrayView cell, qsizetype column);
    void appendValues(QByteArrayView cell, QByteArrayView separator);

    // Per present field, while its date order is being learned from the file.
    struct DateWatch
    {
        bool date = false;      // a Date or DateTime field
        bool learned = false;   // its order came from the file (shown when a later value disagrees)
        qint64 learnedAt = 0;   // the line that showed it
        qint64 ambiguousLine = 0; // the first value read either way, taken day first meanwhile
        qsizetype ambiguousColumn = 0;
        QString ambiguousValue;
    };

    sql::Database *m_db = nullptr;
    const DatasetInfo *m_info = nullptr;
    QList<int> m_present;
    QList<ParsedValue> m_parsed;
    QList<DateOrder> m_orders;
    QList<DateWatch> m_dates;
    QList<QByteArray> m_multi; // per present field: the separator of its values, or empty
    bool m_rerun = false;
    qint64 m_fileId = 0;
    qint64 m_seq = 0;
    bool m_keyed = false;
    int m_batchRows = 1;
    QByteArray m_table;
    QByteArray m_insertHead;
    QByteArray m_arena;
    QList<Row> m_rows;
    QList<Value> m_values;
    sql::Statement m_batchInsert;
    sql::Statement m_singleInsert;
    sql::Statement m_update;
};

} // namespace wb
