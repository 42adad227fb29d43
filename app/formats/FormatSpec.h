// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/FieldType.h"

#include <QList>
#include <QRegularExpression>
#include <QStringList>

namespace wb {

struct FieldSpec
{
    QString name;   // snake_case, the column in the dataset
    QString header; // as the platform writes it
    FieldType type = FieldType::Text;
};

// One kind of file from one platform, as its documentation describes it.
struct FormatSpec
{
    enum class Kind { Csv, CivitasJson };

    QString dataset;          // "fullmeasure.content_card_opens"
    QString vendor;           // "Full Measure"
    QString title;            // "Content card opens"
    Kind kind = Kind::Csv;
    QRegularExpression fileName; // recognises the file by name (case-insensitive); may be empty
    QList<FieldSpec> fields;  // the documented columns, in the documented order
    QStringList naturalKey;   // field names identifying a row across deliveries; empty: the whole row
    int requiredFields = 0;   // how many of `fields` a header must contain to match (0: all)
    bool extraColumns = false;   // columns beyond `fields` are kept as text
    bool headerOptional = false; // may arrive without a header row (recognised by name and column count)
    // The order its documents write dates in; Unknown: the file shows it, or the user says it.
    DateOrder dateOrder = DateOrder::Unknown;

    const FieldSpec *field(const QString &name) const;
};

// Every format the app recognises, from the platforms' documents in docs/formats.md.
const QList<FormatSpec> &knownFormats();
const FormatSpec *findFormat(const QString &dataset);

// Header cells compared loosely: case, spaces, '-', '_', '/' and '?' do not count
// ("E-mail address" matches "email_address" and "EmailAddress").
QString looseName(QStringView header);

} // namespace wb
