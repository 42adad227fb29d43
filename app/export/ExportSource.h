// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/ExportDefinition.h"
#include "store/DatasetStore.h"
#include "store/Sqlite.h"

#include <optional>

namespace wb {

// What an export reads: its dataset and, with a lookup, the lookup dataset's fields as
// "lookup.<field>" (headers "<its title>: <header>") and its table. Everything that checks,
// previews or runs a definition takes this, so that a lookup column is a field like another.
// Without a lookup (or with a lookup dataset that does not exist yet) it is the dataset itself.
DatasetSummary withLookup(DatasetSummary dataset, const DatasetSummary &lookup);
std::optional<DatasetSummary> exportSource(const DatasetStore &store, const ExportDefinition &definition);

// Makes the lookup dataset's match fields an index, so that finding each row's match is a
// seek, not a scan of the lookup dataset. Nothing to do without a lookup or its dataset.
bool ensureLookupIndex(sql::Database &db, const ExportDefinition &definition, const DatasetSummary &source,
                       QString *error);
// The statement that does it for the lookup dataset's `table`; empty without a lookup.
QString lookupIndexSql(const ExportDefinition &definition, const QString &table);

} // namespace wb
