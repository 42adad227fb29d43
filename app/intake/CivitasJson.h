// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/FormatSpec.h"
#include "intake/RowSource.h"

#include <QByteArray>
#include <QList>

namespace wb {

// Civitas outreach messages (one object, an array, or JSON lines) flattened into the rows of
// civitas.outreach (a message and one of its students), civitas.outreach_properties, and
// civitas.outreach_details (civitas.outreach's row with each property as columns of its own),
// in the field order of those formats. False with *error (line, column) on malformed input.
// Cells share `content`'s memory where they can: keep it alive while the rows are used.
struct CivitasRows
{
    QList<QList<QByteArray>> outreach;
    QList<QList<QByteArray>> properties;
    QList<QList<QByteArray>> details;
    QList<qint64> outreachLines; // the line each row's message starts on (1 for a whole document)
    QList<qint64> propertyLines;
    QList<qint64> detailLines;
    // The property columns these messages bring, after civitas.outreach_details' own fields;
    // every details row has a cell for each.
    QList<FieldSpec> detailColumns;
};

// A property's columns in civitas.outreach_details: "emailSubject" is email_subject, and its
// valueId email_subject_value_id. A pure function of the name, so that every file puts a
// property in the same column; names that would take a message field's column (or a value
// id's) get "_property" added. Empty when the name has no letter or digit.
QString civitasValueColumn(const QString &propertyName);
QString civitasValueIdColumn(const QString &propertyName);

bool flattenCivitas(const QByteArray &content, CivitasRows *rows, ImportError *error);

} // namespace wb
