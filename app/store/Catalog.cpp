// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Catalog.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace wb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wb::Catalog", text);
}

} // namespace

int DatasetInfo::indexOf(const QString &field) const
{
    for (int i = 0; i < fields.size(); ++i)
        if (fields.at(i).name == field)
            return i;
    return -1;
}

QStringList DatasetInfo::keyFields() const
{
    if (naturalKey != QStringList{u"*"_s})
        return naturalKey;
    QStringList all;
    for (const FieldSpec &f : fields)
        all << f.name;
    return all;
}

KeySql keySqlFor(const DatasetInfo &info)
{
    KeySql out;
    for (const QString &field : info.keyFields()) {
        const QByteArray c = sql::quoteIdentifier(field);
        out.expressions << "coalesce(" + c + ", '')";
        out.condition += (out.condition.isEmpty() ? "(" : " OR ") + c + " IS NOT NULL";
    }
    if (!out.condition.isEmpty())
        out.condition += ')';
    return out;
}

QString tableNameFor(const QString &dataset)
{
    QString t = dataset.toLower();
    t.replace(u'.', u"__"_s);
    return u"ds_"_s + t;
}

bool isValidMultiValueSeparator(const QString &separator)
{
    return !separator.isEmpty() && separator.size() <= 8 && !separator.contains(QChar(0x1f))
        && !separator.contains(u'\n') && !separator.contains(u'\r');
}

bool isValidDatasetName(const QString &name)
{
    static const QRegularExpression rx(u"^[a-z][a-z0-9_]{0,40}(\\.[a-z][a-z0-9_]{0,60})?$"_s);
    // "__" stands for the '.' in table names: "a__b" and "a.b" would share one table.
    return rx.match(name).hasMatch() && !name.contains(u"__"_s);
}

std::optional<DatasetInfo> Catalog::find(const QString &name, QString *error)
{
    sql::Statement q;
    if (!q.prepare(m_db, "SELECT id, vendor, title, table_name, natural_key FROM datasets WHERE name = ?", error))
        return std::nullopt;
    q.bindText(1, name);
    if (q.step() != SQLITE_ROW)
        return std::nullopt;
    DatasetInfo info;
    info.id = q.columnInt(0);
    info.name = name;
    info.vendor = q.columnText(1);
    info.title = q.columnText(2);
    info.table = q.columnText(3);
    info.naturalKey = q.columnText(4).split(u',', Qt::SkipEmptyParts);
    q.reset();

    sql::Statement f;
    if (!f.prepare(m_db, "SELECT name, header, type, multi_value FROM dataset_fields WHERE dataset_id = ? ORDER BY position",
                   error))
        return std::nullopt;
    f.bindInt(1, info.id);
    while (f.step() == SQLITE_ROW) {
        FieldSpec field{f.columnText(0), f.columnText(1), FieldType::Text};
        fieldTypeFromName(f.columnText(2), &field.type);
        field.multiValue = f.columnText(3);
        info.fields << field;
    }
    return info;
}

bool Catalog::addField(DatasetInfo &info, const FieldSpec &field, QString *error, const char *columnTail)
{
    const QByteArray alter = "ALTER TABLE " + sql::quoteIdentifier(info.table) + " ADD COLUMN "
                             + sql::quoteIdentifier(field.name) + ' ' + sqlTypeOf(field.type) + columnTail;
    if (!m_db.exec(alter.constData(), error))
        return false;
    sql::Statement ins;
    if (!ins.prepare(m_db, "INSERT INTO dataset_fields (dataset_id, position, name, header, type) VALUES (?, ?, ?, ?, ?)", error))
        return false;
    ins.bindInt(1, info.id);
    ins.bindInt(2, info.fields.size());
    ins.bindText(3, field.name);
    ins.bindText(4, field.header);
    ins.bindText(5, fieldTypeName(field.type));
    if (ins.step() != SQLITE_DONE) {
        *error = m_db.lastError();
        return false;
    }
    info.fields << field;
    return true;
}

bool Catalog::ensureKeyIndex(const DatasetInfo &info, bool rebuild, QString *error)
{
    const QStringList key = info.keyFields();
    if (key.isEmpty())
        return true;
    for (const QString &field : key) {
        if (info.indexOf(field) < 0) {
            *error = tr("the key field \"%1\" of %2 is not among its fields").arg(field, info.name);
            return false;
        }
    }
    const KeySql k = keySqlFor(info);
    const QByteArray index = sql::quoteIdentifier(info.table + u"_key"_s);
    QByteArray ddl;
    if (rebuild)
        ddl = "DROP INDEX IF EXISTS " + index + ';';
    QByteArray expressions;
    for (const QByteArray &e : k.expressions)
        expressions += (expressions.isEmpty() ? "" : ", ") + e;
    ddl += "CREATE UNIQUE INDEX IF NOT EXISTS " + index + " ON " + sql::quoteIdentifier(info.table) + " ("
           + expressions + ") WHERE " + k.condition;
    return m_db.exec(ddl.constData(), error);
}

bool Catalog::ensureDeletedSeq(const DatasetInfo &info, QString *error)
{
    const QByteArray t = sql::quoteIdentifier(info.table);
    sql::Statement probe;
    if (probe.prepare(m_db, "SELECT _deleted_seq FROM " + t + " LIMIT 0", nullptr))
        return true;
    const QByteArray ddl = "ALTER TABLE " + t + " ADD COLUMN _deleted_seq INTEGER;"
                           "CREATE INDEX " + sql::quoteIdentifier(info.table + u"__deleted_seq"_s) + " ON " + t
                           + " (_deleted_seq) WHERE _deleted_seq IS NOT NULL;";
    return m_db.exec(ddl.constData(), error);
}

bool Catalog::setMultiValue(const DatasetInfo &info, const QString &field, const QString &separator, QString *error)
{
    const int at = info.indexOf(field);
    if (at < 0) {
        *error = tr("%1 has no field \"%2\".").arg(info.name, field);
        return false;
    }
    const QString before = info.fields.at(at).multiValue;
    if (before == separator)
        return true;
    sql::Statement set;
    if (!set.prepare(m_db, "UPDATE dataset_fields SET multi_value = ? WHERE dataset_id = ? AND name = ?", error))
        return false;
    set.bindText(1, separator);
    set.bindInt(2, info.id);
    set.bindText(3, field);
    if (set.step() != SQLITE_DONE) {
        *error = m_db.lastError();
        return false;
    }
    // The values already taken in, as they would have been stored. Not a change of the
    // platform's data: no change number, so no export sends the rows again for it.
    const QByteArray c = sql::quoteIdentifier(field);
    const QByteArray t = sql::quoteIdentifier(info.table);
    auto rewrite = [&](const QString &from, const QString &to) {
        sql::Statement q;
        if (!q.prepare(m_db, "UPDATE " + t + " SET " + c + " = replace(" + c + ", ?1, ?2) WHERE instr(" + c + ", ?1) > 0",
                       error))
            return false;
        q.bindText(1, from);
        q.bindText(2, to);
        if (q.step() != SQLITE_DONE) {
            *error = m_db.lastError();
            return false;
        }
        return true;
    };
    const QString unit(QChar(0x1f));
    if (!before.isEmpty() && !rewrite(unit, before))
        return false;
    return separator.isEmpty() || rewrite(separator, unit);
}

std::optional<DatasetInfo> Catalog::ensure(const QString &name, const QString &vendor, const QString &title,
                                           const QList<FieldSpec> &fields, const QStringList &naturalKey,
                                           QString *error, bool deletable)
{
    if (!isValidDatasetName(name)) {
        *error = tr("\"%1\" is not a valid dataset name: use lower-case letters, digits and single "
                    "'_', optionally as vendor.kind.").arg(name);
        return std::nullopt;
    }
    std::optional<DatasetInfo> info = find(name, error);
    if (!info) {
        const QString table = tableNameFor(name);
        sql::Statement ins;
        if (!ins.prepare(m_db, "INSERT INTO datasets (name, vendor, title, table_name, natural_key) VALUES (?, ?, ?, ?, ?)", error))
            return std::nullopt;
        ins.bindText(1, name);
        ins.bindText(2, vendor);
        ins.bindText(3, title);
        ins.bindText(4, table);
        ins.bindText(5, naturalKey.join(u','));
        if (ins.step() != SQLITE_DONE) {
            *error = m_db.lastError();
            return std::nullopt;
        }
        const qint64 id = sqlite3_last_insert_rowid(m_db.handle());
        const QByteArray t = sql::quoteIdentifier(table);
        const QByteArray create =
            "CREATE TABLE " + t + " (_row INTEGER PRIMARY KEY, _file INTEGER NOT NULL, _line INTEGER NOT NULL, "
            "_created_file INTEGER NOT NULL, _seq INTEGER);"
            "CREATE INDEX " + sql::quoteIdentifier(table + u"_changed"_s) + " ON " + t + " (_seq) WHERE _seq IS NOT NULL;";
        if (!m_db.exec(create.constData(), error))
            return std::nullopt;
        info = DatasetInfo{id, name, vendor, title, table, naturalKey, {}};
    }
    bool added = false;
    for (const FieldSpec &field : fields) {
        if (info->indexOf(field.name) >= 0)
            continue;
        // Not marked is 0, so that an export writes it as "no" rather than nothing.
        const bool flag = deletable && field.name == QLatin1StringView(DeletedField);
        if (!addField(*info, field, error, flag ? " NOT NULL DEFAULT 0" : ""))
            return std::nullopt;
        added = true;
    }
    if (deletable && !ensureDeletedSeq(*info, error))
        return std::nullopt;
    // A whole-row key grows with the fields.
    if (!ensureKeyIndex(*info, added && info->naturalKey == QStringList{u"*"_s}, error))
        return std::nullopt;
    return info;
}

} // namespace wb
