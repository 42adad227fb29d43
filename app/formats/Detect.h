// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/FormatSpec.h"

#include <QByteArrayView>

namespace wb {

struct Detection
{
    const FormatSpec *spec = nullptr;
    bool hasHeader = true;
    // Header cell index for each of spec->fields, -1 where the file lacks that column.
    QList<int> columnOf;
    // Why nothing (or nothing single) matched, for the user; empty on success.
    QString error;
    QStringList candidates; // dataset names that tied, when ambiguous
};

// Recognises a CSV file from its name and first row. Known formats must have all their
// documented columns (the header may hold more); the most specific match wins, and the file
// name breaks ties between formats with the same columns (Actito's openings and sent files).
Detection detectCsv(const QString &fileName, const QStringList &firstRow);

// Matches the first row against one format chosen by the user (--as); `error` when it lacks columns.
Detection matchCsv(const FormatSpec &spec, const QString &fileName, const QStringList &firstRow);

// The same, for a file said to have a header row (a rule's --header yes): never taken as
// headerless.
Detection detectCsvHeader(const QString &fileName, const QStringList &header);
Detection matchCsvHeader(const FormatSpec &spec, const QString &fileName, const QStringList &header);
// A file said to have no header row, `columns` wide: a format that may come without one,
// recognised by name, with its columns in their documented order.
Detection detectHeaderless(const QString &fileName, qsizetype columns);

// A Civitas outreach document (one message, an array of them, or JSON lines).
bool looksLikeCivitasJson(QByteArrayView head);

} // namespace wb
