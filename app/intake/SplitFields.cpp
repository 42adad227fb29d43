// SPDX-License-Identifier: GPL-3.0-or-later
#include "intake/SplitFields.h"

#include "store/Catalog.h"

#include <sqlite3.h>

namespace wb {

namespace {

QByteArrayView trimmed(QByteArrayView v)
{
    while (!v.isEmpty() && (v.front() == ' ' || v.front() == '\t'))
        v = v.sliced(1);
    while (!v.isEmpty() && (v.back() == ' ' || v.back() == '\t'))
        v.chop(1);
    return v;
}

} // namespace

QByteArrayView splitPart(QByteArrayView value, char separator, int index, int count)
{
    if (!value.contains(separator))
        return {};
    for (int i = 0; i < index; ++i) {
        const qsizetype at = value.indexOf(separator);
        if (at < 0)
            return {};
        value = value.sliced(at + 1);
    }
    if (index < count - 1)
        if (const qsizetype at = value.indexOf(separator); at >= 0)
            value = value.first(at);
    return trimmed(value);
}

bool fillSplitParts(sql::Database &db, const DatasetInfo &info, const SplitSpec &split, QString *error)
{
    const QByteArray t = sql::quoteIdentifier(info.table);
    const QByteArray source = sql::quoteIdentifier(split.field);
    QByteArray set;
    for (int i = 0; i < split.parts.size(); ++i)
        set += (i ? ", " : "") + sql::quoteIdentifier(split.parts.at(i).name) + " = ?" + QByteArray::number(i + 2);
    sql::Statement read, write;
    if (!read.prepare(db, "SELECT _row, " + source + " FROM " + t + " WHERE instr(" + source + ", ?) > 0", error)
        || !write.prepare(db, "UPDATE " + t + " SET " + set + " WHERE _row = ?1", error))
        return false;
    const char separator[2] = {split.separator, 0};
    read.bindText(1, QByteArrayView(separator, 1));
    for (int rc; (rc = read.step()) != SQLITE_DONE;) {
        if (rc != SQLITE_ROW) {
            *error = db.lastError();
            return false;
        }
        const QByteArray value = read.columnBytes(1);
        write.bindInt(1, read.columnInt(0));
        const int count = int(split.parts.size());
        for (int i = 0; i < count; ++i) {
            const QByteArrayView part = splitPart(value, split.separator, i, count);
            if (part.isEmpty())
                write.bindNull(i + 2);
            else
                write.bindText(i + 2, part);
        }
        if (write.step() != SQLITE_DONE) {
            *error = db.lastError();
            return false;
        }
    }
    return true;
}

} // namespace wb
