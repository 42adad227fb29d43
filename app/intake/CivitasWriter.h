// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "intake/CivitasJson.h"
#include "intake/DatasetWriter.h"
#include "store/Catalog.h"

#include <QStringList>

#include <memory>

namespace wb {

// Writes flattened Civitas outreach (CivitasRows) into its datasets, inside the caller's
// transaction: a file taken in, or a batch of messages taken from a queue, adds its messages
// one by one and finishes once, so the statements are prepared once per file or batch.
// civitas.outreach_details gains a column for each property name it has not seen; its
// statements are prepared again only when an add brings one.
class CivitasWriter
{
public:
    CivitasWriter();
    ~CivitasWriter();

    // `fileId`: the ledger entry the rows come from; `seq` its change number.
    bool prepare(sql::Database &db, qint64 fileId, qint64 seq, QString *error);
    // `line` > 0 stamps every row with it (a queue message's ledger row); 0 keeps the rows' own lines.
    bool add(const CivitasRows &rows, qint64 line, ImportError *error);
    bool finish(ImportError *error);

    const DatasetWriter::Counts &counts() const { return m_counts; }
    // The datasets it writes into.
    QStringList datasets() const;

private:
    struct Part;
    struct Details;
    bool addDetails(const CivitasRows &rows, qint64 line, ImportError *error);

    std::vector<std::unique_ptr<Part>> m_parts;
    std::unique_ptr<Details> m_details;
    DatasetWriter::Counts m_counts;
};

} // namespace wb
