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
    bool optional = false; // the platform lets its user leave the column out
    // The separator the platform writes between the values of a multi-valued field (Actito
    // lets its user choose one per export); empty: one value. The values are stored joined by
    // U+001F, which an export writes with its own multi-value separator.
    QString multiValue{};
};

// A field whose text holds several parts, split into fields of their own beside it (which
// keeps the whole text): Higher Logic's open message "Action | Device | Client | Country".
struct SplitSpec
{
    QString field;
    char separator = '|';
    QList<FieldSpec> parts; // in order; the last takes the rest
};

// One kind of file from one platform, as its documentation describes it.
struct FormatSpec
{
    enum class Kind {
        Csv,
        CivitasJson,
        Derived, // never taken in: the workspace keeps it from other datasets (see derivedFormats)
    };

    QString dataset;          // "fullmeasure.content_card_opens"
    QString vendor;           // "Full Measure"
    QString title;            // "Content card opens"
    Kind kind = Kind::Csv;
    QRegularExpression fileName; // recognises the file by name (case-insensitive); may be empty
    QList<FieldSpec> fields;  // the documented columns, in the documented order
    QStringList naturalKey;   // field names identifying a row across deliveries; empty: the whole row
    bool extraColumns = false;   // columns beyond `fields` are kept as text
    bool headerOptional = false; // may arrive without a header row (recognised by name and column count)
    // The order its documents write dates in; Unknown: the file shows it, or the user says it.
    DateOrder dateOrder = DateOrder::Unknown;
    QList<SplitSpec> splits{};
    // Actito exports one table's records per export, and a licence may hold several tables of
    // a kind: "<dataset>_<table>" names one table's dataset, read with this format (a rule's or
    // import's --as says which), so that two tables' ids never meet in one dataset.
    bool perTable = false;
    // A "deleted records" export: each row marks the record of `deletes` (of the same table)
    // whose `deletesBy` field holds the row's value deleted. Records are never removed.
    QString deletes{};
    QString deletesBy{};
    // A dataset a deleted-records export marks: it has the fields `deleted` (yes/no) and
    // `deleted_at`, and a change number of its own for the `deleted` increment.
    bool deletable = false;

    const FieldSpec *field(const QString &name) const;
    // The fields the app fills itself: split parts, and a deletable dataset's marks.
    QList<FieldSpec> ownFields() const;
};

// The fields of a record marked deleted.
inline constexpr const char *DeletedField = "deleted";
inline constexpr const char *DeletedAtField = "deleted_at";

// Every format the app recognises, from the platforms' documents in docs/formats.md.
const QList<FormatSpec> &knownFormats();
// The format of a dataset: a known format's own, or one table's of a per-table format
// ("actito.linked_data_orders"). Derived datasets are not among them.
const FormatSpec *findFormat(const QString &dataset);
// The table a dataset of a per-table format holds ("orders"); empty for the format's own.
QString tableOf(const FormatSpec &spec, const QString &dataset);
// "Linked data records (orders)" for one table's dataset.
QString titleOf(const FormatSpec &spec, const QString &dataset);
// The dataset a deleted-records dataset marks, for the same table; empty when it marks none.
QString deletionTarget(const FormatSpec &deletions, const QString &dataset);
// The deleted-records dataset whose rows mark this deletable dataset's records.
QString deletionSource(const FormatSpec &target, const QString &dataset);

// Datasets the workspace derives from others as their files come in (Higher Logic's
// subscribers' current status). Exports read them like any dataset; nothing is imported into them.
const QList<FormatSpec> &derivedFormats();
const FormatSpec *findDerived(const QString &dataset);

// Header cells compared loosely: case, spaces, '-', '_', '/' and '?' do not count
// ("E-mail address" matches "email_address" and "EmailAddress").
QString looseName(QStringView header);

} // namespace wb
