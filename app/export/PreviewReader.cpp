// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/PreviewReader.h"

#include "export/ExportQuery.h"
#include "export/ExportSource.h"
#include "store/DatasetStore.h"

#include <sqlite3.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wb {

namespace {

// What stops a preview is about the values: the dataset and its columns. validateDefinition
// also checks the destination, which for a local folder means a stat (on a network share,
// a wait); an SFTP destination with a connection named is checked without any I/O, so the
// definition is validated as if it had one.
QStringList valueProblems(const ExportDefinition &definition, const DatasetSummary *dataset)
{
    ExportDefinition values = definition;
    values.destination.type = Destination::Type::Sftp;
    values.destination.connection = u"preview"_s;
    return validateDefinition(values, dataset);
}

} // namespace

std::optional<DatasetSummary> PreviewReader::dataset(const QString &name, QString *error)
{
    // As DatasetStore::dataset, without its count(*) of every dataset table.
    sql::Statement q;
    if (!q.prepare(m_db, "SELECT id, name, vendor, title, table_name, natural_key FROM datasets WHERE name = ?",
                   error))
        return std::nullopt;
    q.bindText(1, name);
    if (q.step() != SQLITE_ROW)
        return std::nullopt;
    const qint64 id = q.columnInt(0);
    DatasetSummary d{q.columnText(1), q.columnText(2), q.columnText(3), q.columnText(4),
                     q.columnText(5).split(u',', Qt::SkipEmptyParts), {}, -1, {}};
    q.reset();
    sql::Statement f;
    if (!f.prepare(m_db, "SELECT name, header, type FROM dataset_fields WHERE dataset_id = ? ORDER BY position",
                   error))
        return std::nullopt;
    f.bindInt(1, id);
    while (f.step() == SQLITE_ROW) {
        FieldSpec field{f.columnText(0), f.columnText(1), FieldType::Text};
        fieldTypeFromName(f.columnText(2), &field.type);
        d.fields << field;
    }
    return d;
}

bool PreviewReader::read(const ExportDefinition &definition, int rows, ExportPreview &p, QString *error)
{
    std::optional<DatasetSummary> dataset = this->dataset(definition.dataset, error);
    if (dataset && definition.lookup)
        if (const std::optional<DatasetSummary> lookup = this->dataset(definition.lookup->dataset, error))
            dataset = withLookup(*dataset, *lookup);
    if (!error->isEmpty())
        return false;
    QStringList blocking;
    const QStringList problems = valueProblems(definition, dataset ? &*dataset : nullptr);
    if (!dataset || definition.columns.isEmpty())
        blocking = problems;
    for (const ExportColumn &c : definition.columns)
        if (dataset && !std::any_of(dataset->fields.cbegin(), dataset->fields.cend(),
                                    [&](const FieldSpec &f) { return f.name == c.field; }))
            blocking = problems;
    if (!blocking.isEmpty()) {
        p.error = blocking.join(u'\n');
        return true;
    }

    Cursor cursor;
    {
        sql::Statement q;
        if (!q.prepare(m_db, "SELECT last_row, last_seq FROM exports WHERE name = ?", error))
            return false;
        q.bindText(1, definition.name);
        if (q.step() == SQLITE_ROW) {
            cursor.fromRow = q.columnInt(0);
            cursor.fromSeq = q.columnInt(1);
            q.reset();
        }
    }
    if (!currentBounds(m_db, dataset->table, &cursor.toRow, &cursor.toSeq, error))
        return false;
    ExportQuery query;
    if (!query.prepare(m_db, definition, *dataset, cursor, error, rows))
        return false;
    const CountKey key{dataset->table, definition.increment, cursor.fromRow, cursor.toRow, cursor.fromSeq,
                       cursor.toSeq};
    if (m_countKey != key) {
        m_countKey.reset();
        if ((m_count = query.count(m_db, error)) < 0)
            return false;
        m_countKey = key;
    }
    p.pendingRows = m_count;
    p.pending = p.pendingRows > 0;
    if (!p.pending && !query.prepareLatest(m_db, definition, *dataset, rows, error))
        return false;
    formatPreview(p, query, definition, rows);
    return true;
}

ExportPreview PreviewReader::build(const ExportDefinition &definition, int rows)
{
    ExportPreview p;
    QString error;
    if (!m_db.handle()) {
        // query_only: whatever a preview runs, it cannot write to the workspace.
        if (!m_db.open(m_path, &error) || !m_db.exec("PRAGMA query_only=1", &error)) {
            m_db.close();
            p.error = error;
            return p;
        }
    }
    // One snapshot for the cursor, the bounds, the count and the rows, as a run takes them.
    if (!m_db.exec("BEGIN", &error)) {
        p.error = error;
        return p;
    }
    const bool ok = read(definition, rows, p, &error);
    m_db.exec(ok ? "COMMIT" : "ROLLBACK", nullptr);
    if (!ok)
        p.error = error;
    return p;
}

} // namespace wb
