// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/FormatSpec.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace wb {

class Workspace;

struct DatasetSummary
{
    QString name;
    QString vendor;
    QString title;
    QString table;
    QStringList naturalKey;
    QList<FieldSpec> fields;
    qint64 rows = 0;
    // An export's source only (export/ExportSource.h): the table its lookup reads, whose
    // fields are among `fields` as "lookup.<field>"; empty otherwise.
    QString lookupTable;
};

// One line of the ledger of files taken in (or that failed to be).
struct FileRecord
{
    qint64 id = 0;
    QString source;
    QString path;
    QString name;
    qint64 size = 0;
    QString modified;
    QString sha256;
    QString dataset;
    QString state; // "imported" or "failed"
    qint64 rowsRead = 0;
    qint64 rowsInserted = 0;
    qint64 rowsUpdated = 0;
    QString error;
    qint64 errorLine = 0;
    qint64 errorColumn = 0;
    int attempts = 0;
    QString firstSeenAt;
    QString lastAttemptAt;
    // The .gz or .zip the file was delivered in; empty for a file delivered as is.
    QString archiveName;
    qint64 archiveSize = 0;
    QString archiveModified;

    // "opens.csv (in opens.zip)", for lists.
    QString shownName() const;
    // "opens.zip/opens.csv", for errors: "opens.zip/opens.csv:12:3: ...".
    QString errorName() const;
};

// Reading the datasets and the file ledger (the importer writes them, on its own connection).
class DatasetStore
{
public:
    explicit DatasetStore(Workspace &workspace) : m_workspace(workspace) {}

    // Counting walks each dataset table's smallest index: a million rows take tens of
    // milliseconds. Skipped, `rows` stays 0.
    enum class RowCounts { Count, Skip };
    QList<DatasetSummary> datasets(RowCounts counts = RowCounts::Count) const;
    std::optional<DatasetSummary> dataset(const QString &name) const;
    QList<FileRecord> files() const;

private:
    QList<FieldSpec> fieldsOf(qint64 datasetId) const;

    Workspace &m_workspace;
};

} // namespace wb
