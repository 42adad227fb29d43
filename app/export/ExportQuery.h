// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/CsvFormatter.h"
#include "export/ExportDefinition.h"
#include "store/Sqlite.h"

#include <QList>

#include <vector>

namespace wb {

struct DatasetSummary;

// The rows one run takes: (fromRow, toRow] of _row for created rows, (fromSeq, toSeq] of
// _seq for changed ones. The upper bounds are fixed when the run starts, so rows taken in
// while it runs wait for the next one; a file's changes are committed at once, so no bound
// splits them.
struct Cursor
{
    qint64 fromRow = 0, toRow = 0;
    qint64 fromSeq = 0, toSeq = 0;
};

// Where the cursor can go now: the dataset's last row and the workspace's change counter.
bool currentBounds(sql::Database &db, const QString &table, qint64 *toRow, qint64 *toSeq, QString *error);

// Streams the selected rows of one export through a CsvFormatter, on the C API (a million
// rows: QtSql's per-cell QVariant would be most of the time).
class ExportQuery
{
public:
    // The statements in the order their rows go in the file: created rows by _row, then
    // (created_or_updated) older rows changed since, by change number. limit > 0 caps each
    // statement, so that a preview's plan stops after its rows even if stepped further.
    bool prepare(sql::Database &db, const ExportDefinition &definition, const DatasetSummary &dataset,
                 const Cursor &cursor, QString *error, int limit = 0);
    // The dataset's last `limit` rows, oldest first: the preview when nothing is new.
    bool prepareLatest(sql::Database &db, const ExportDefinition &definition, const DatasetSummary &dataset,
                       int limit, QString *error);
    qint64 count(sql::Database &db, QString *error);

    // Steps to the next row; false at the end or on an error (see error()).
    bool next();
    const StoredValue *cells() const { return m_cells.constData(); }
    const QString &error() const { return m_error; }

    QList<FieldType> types;

private:
    // The parts of every statement: "SELECT <columns>", " FROM <dataset> AS m", the lookup's join.
    struct Source
    {
        QByteArray columns, select, from, join;
    };
    Source source(const ExportDefinition &definition, const DatasetSummary &dataset);
    bool prepareStatements(sql::Database &db, const Source &source, const QList<QByteArray> &conditions,
                           QString *error);

    std::vector<sql::Statement> m_statements;
    QList<QByteArray> m_countSql;
    int m_current = 0;
    QList<StoredValue> m_cells;
    QString m_error;
};

} // namespace wb
