// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/FormatSpec.h"
#include "store/Sqlite.h"

namespace wb {

// Actito's deleted-records exports mark records deleted; nothing is ever removed. A record is
// marked once (`deleted` 1, `deleted_at` the deletion's time, _deleted_seq the change number of
// the file that marked it), which is what the `deleted` increment sends, once. Both orders of
// arrival end the same: the deletion file marks the records there, and a later records file
// finds its records' deletions already known. Both run inside the file's transaction.

// After a deleted-records file (`fileId`) went into `dataset` (of format `deletions`).
bool markDeletedRecords(sql::Database &db, const FormatSpec &deletions, const QString &dataset, qint64 fileId,
                        qint64 seq, qint64 *marked, QString *error);
// After a file went into `dataset`, whose format is deletable.
bool markKnownDeletions(sql::Database &db, const FormatSpec &records, const QString &dataset, qint64 fileId,
                        qint64 seq, qint64 *marked, QString *error);

} // namespace wb
