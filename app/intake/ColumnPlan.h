// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/Detect.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace wb {

struct ImportRequest;

// Where a CSV file's cells go: its dataset, whether its first row is a header, and the field
// each column fills.
struct ColumnPlan
{
    Detection detection;           // the format (none for a generic dataset); hasHeader
    QString dataset;               // empty when nothing fits: then `error` says why
    // A part of a split field ("Action | Device | Client | Country"), cut from its column's cells.
    struct Part
    {
        qsizetype column; // the split field's cell
        int index;
        int count;
        char separator;
    };
    // The file's fields: the format's it has, then its others as text, then the parts of its
    // split fields (the last parts.size() of them).
    QList<FieldSpec> fields;
    QList<qsizetype> sourceColumn; // for each of fields, the cell index in a row
    QList<Part> parts;
    QString error;
};

// From what the request says (the dataset, whether there is a header row, a header map), the
// file's own name and its first row. Without a header row, a known format's documented fields
// take their documented places unless the map moves them, and the other columns are named by
// the map or column_N; a known format lacking a documented field is refused, as it would put
// the rest in the wrong fields.
ColumnPlan planColumns(const ImportRequest &request, const QString &fileName, const QStringList &firstRow);

} // namespace wb
