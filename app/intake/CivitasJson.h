// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "intake/RowSource.h"

#include <QByteArray>
#include <QList>

namespace wb {

// Civitas outreach messages (one object, an array, or JSON lines) flattened into the rows of
// civitas.outreach (a message and one of its students) and civitas.outreach_properties, in
// the field order of those formats. False with *error (line, column) on malformed input.
struct CivitasRows
{
    QList<QList<QByteArray>> outreach;
    QList<QList<QByteArray>> properties;
    QList<qint64> outreachLines; // the line each row's message starts on (1 for a whole document)
    QList<qint64> propertyLines;
};

bool flattenCivitas(const QByteArray &content, CivitasRows *rows, ImportError *error);

} // namespace wb
