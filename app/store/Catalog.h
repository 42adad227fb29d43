// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/FormatSpec.h"
#include "store/Sqlite.h"

#include <optional>

namespace wb {

// A dataset as stored: its table and its columns. Every dataset table also has bookkeeping
// columns, all starting with '_' so that no platform header can collide with them (Full
// Measure and Civitas both send a created_at of their own):
//   _row           row id, in the order rows were first taken in; rows are never deleted, so
//                  ids are not reused (no AUTOINCREMENT: its sqlite_sequence update per row
//                  costs a third of a bulk import). "Created since" cursors run over _row.
//   _file, _line   the file (files.id) and line the current values came from
//   _created_file  the file that first brought the row
//   _seq           NULL until a later file changes the row; then the workspace change counter
//                  of that file's transaction. "Updated since" cursors run over its partial
//                  index, which holds changed rows only and so costs inserts nothing.
//   _deleted_seq   only in datasets a deleted-records export marks: NULL until the record is
//                  marked deleted, then the change number of the file that marked it; the
//                  `deleted` increment's cursor runs over its partial index.
// When a row was first taken in and last changed are the files' times (see DatasetStore).
// The natural key is a unique index over the key columns (empty values equal), so a row
// delivered again finds its earlier self; rows whose key columns are all empty, and every
// row of a dataset without a key, are simply added.
struct DatasetInfo
{
    qint64 id = 0;
    QString name;
    QString vendor;
    QString title;
    QString table;
    QStringList naturalKey; // field names; {"*"}: every field (the whole row is the identity)
    QList<FieldSpec> fields;

    int indexOf(const QString &field) const;
    QStringList keyFields() const;
};

// How a dataset's key is matched. The writer's UPDATE repeats these expressions and the
// condition word for word, which is what lets SQLite use the unique index.
struct KeySql
{
    QList<QByteArray> expressions; // coalesce("field", '') for each key field, in key order
    QByteArray condition;          // ("a" IS NOT NULL OR "b" IS NOT NULL)
};
KeySql keySqlFor(const DatasetInfo &info);

// Datasets on the importer's own SQLite connection, inside its transaction.
class Catalog
{
public:
    explicit Catalog(sql::Database &db) : m_db(db) {}

    std::optional<DatasetInfo> find(const QString &name, QString *error);
    // Creates the dataset, or adds the fields it lacks (new form questions) as new columns.
    // `deletable`: a deleted-records export marks its records (FormatSpec::deletable); its
    // `deleted` field is then 0 unless marked, and the table has _deleted_seq.
    std::optional<DatasetInfo> ensure(const QString &name, const QString &vendor, const QString &title,
                                      const QList<FieldSpec> &fields, const QStringList &naturalKey,
                                      QString *error, bool deletable = false);
    // Says that `field` holds several values, written joined by `separator` (empty: one value),
    // and stores the values already there that way (joined by U+001F), or back.
    bool setMultiValue(const DatasetInfo &info, const QString &field, const QString &separator, QString *error);

private:
    bool addField(DatasetInfo &info, const FieldSpec &field, QString *error, const char *columnTail = "");
    bool ensureDeletedSeq(const DatasetInfo &info, QString *error);
    bool ensureKeyIndex(const DatasetInfo &info, bool rebuild, QString *error);

    sql::Database &m_db;
};

// "fullmeasure.content_card_opens" -> "ds_fullmeasure__content_card_opens".
QString tableNameFor(const QString &dataset);
// Dataset names: "vendor.kind" or a user's own name; letters, digits, '_' and one '.'.
bool isValidDatasetName(const QString &name);
// What a dataset's files may write between the values of a field: 1 to 8 characters, no line
// break, never the U+001F the store keeps between them.
bool isValidMultiValueSeparator(const QString &separator);

} // namespace wb
