// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/FormatSpec.h"
#include "store/Sqlite.h"

#include <QByteArrayView>

namespace wb {

struct DatasetInfo;

// Part `index` (0-based) of a value made of `count` parts joined by `separator`, without the
// spaces around it; the last part takes the rest. Empty for a value without the separator
// (Higher Logic's "Mailing was sent" is no open message).
QByteArrayView splitPart(QByteArrayView value, char separator, int index, int count);

// Fills a split's part fields for the rows taken in before the dataset had them; not a change
// of the platform's data, so no change number.
bool fillSplitParts(sql::Database &db, const DatasetInfo &info, const SplitSpec &split, QString *error);

} // namespace wb
