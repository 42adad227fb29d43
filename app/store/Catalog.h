// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/FormatSpec.h"
#include "store/Sqlite.h"

#include <optional>

namespace wb {

// A dataset as stored: its table and its columns. Every dataset table also has bookkeeping
// columns, all starting with '_' so that no platform header can collide with them (Full
// Measure and Civitas both send a created_at of their own):
//   _row          row id; rows are never deleted, so ids are not reused (no AUTOINCREMENT,
//                 whose sqlite_sequence update per row costs a third of a bulk import)
//   _key          the row's identity across deliveries (natural key, or a hash of the row)
//   _file, _line  the file (files.id) and line the current values came from
//   _created_at   first taken in, UTC ISO 8601
//   _updated_at   last changed, UTC ISO 8601 (equal to _created_at until a change)
//   _created_seq  the workspace change counter when the row was inserted. Not indexed: rows
//                 are inserted in counter order, so "created after" ranges run over _row.
//   _seq          the change counter when the row last changed: a cursor without ties
struct DatasetInfo
{
    qint64 id = 0;
    QString name;
    QString vendor;
    QString title;
    QString table;
    QStringList naturalKey;
    QList<FieldSpec> fields;

    int indexOf(const QString &field) const;
};

// Datasets on the importer's own SQLite connection, inside its transaction.
class Catalog
{
public:
    explicit Catalog(sql::Database &db) : m_db(db) {}

    std::optional<DatasetInfo> find(const QString &name, QString *error);
    // Creates the dataset, or adds the fields it lacks (new form questions) as new columns.
    std::optional<DatasetInfo> ensure(const QString &name, const QString &vendor, const QString &title,
                                      const QList<FieldSpec> &fields, const QStringList &naturalKey,
                                      QString *error);

private:
    bool addField(DatasetInfo &info, const FieldSpec &field, QString *error);

    sql::Database &m_db;
};

// "fullmeasure.content_card_opens" -> "ds_fullmeasure__content_card_opens".
QString tableNameFor(const QString &dataset);
// Dataset names: "vendor.kind" or a user's own name; letters, digits, '_' and one '.'.
bool isValidDatasetName(const QString &name);

} // namespace wb
