// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/ExportDefinition.h"

#include <QList>
#include <QStringList>

namespace wb {

class Workspace;

// The first rows of the file the next run would write, exactly as written.
struct ExportPreview
{
    QStringList headers;
    QList<QStringList> rows; // formatted values, before quoting
    QByteArray text;         // the file's first bytes: BOM, header row and the rows, quoted
    bool pending = true;     // true: rows the next run would send; false: none are new, these
                             // are the dataset's latest rows
    qint64 pendingRows = 0;  // how many rows the next run would send
    // Per preview row and column: the value starts with = + - @ (and the guard is off).
    QList<QList<bool>> formulaCells;
    QStringList warnings;    // what Excel would mangle, formulas
    QString error;           // the definition cannot be previewed (problems listed)
};

// Reads at most `rows` rows through the export's cursor: instant on a million-row dataset.
// Opens a connection of its own for the one call; the designer keeps one open instead
// (PreviewReader).
ExportPreview buildPreview(Workspace &workspace, const ExportDefinition &definition, int rows = 10);

class ExportQuery;
// Formats at most `rows` rows of a prepared query into `p` (headers, text, cells, warnings):
// the part of a preview that is the file's own bytes.
void formatPreview(ExportPreview &p, ExportQuery &query, const ExportDefinition &definition, int rows);

} // namespace wb
