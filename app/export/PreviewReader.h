// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/ExportPreview.h"
#include "store/Sqlite.h"

#include <optional>

namespace wb {

struct DatasetSummary;

// Builds previews on one read-only connection, opened on first use and kept: SQLite's page
// cache lives in the connection, so the second preview of a large dataset finds its pages
// already in memory. A connection belongs to the thread that uses it; the designer keeps
// one reader on its preview thread.
//
// A preview reads only what the file's first rows need: the dataset's fields, the export's
// saved cursor, the bounds (max(_row) and the change counter, both index lookups) and the
// rows themselves, LIMIT-bound in the run's own order. It never looks at the destination
// (a stat of a network folder can hang for seconds and proves nothing about the values).
// The count of rows the next run would send is the one step that grows with the dataset;
// it does not depend on columns or format, so it is kept until the cursor or bounds move.
class PreviewReader
{
public:
    explicit PreviewReader(const QString &workspacePath) : m_path(workspacePath) {}

    ExportPreview build(const ExportDefinition &definition, int rows = 10);
    // Closes the connection (it reopens on the next build).
    void close() { m_db.close(); }

private:
    struct CountKey
    {
        QString table;
        Increment increment = Increment::Created;
        qint64 fromRow = 0, toRow = 0, fromSeq = 0, toSeq = 0;
        bool operator==(const CountKey &) const = default;
    };

    bool read(const ExportDefinition &definition, int rows, ExportPreview &p, QString *error);
    std::optional<DatasetSummary> dataset(const QString &name, QString *error);

    QString m_path;
    sql::Database m_db;
    std::optional<CountKey> m_countKey;
    qint64 m_count = 0;
};

} // namespace wb
