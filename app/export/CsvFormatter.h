// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/ExportDefinition.h"
#include "formats/FieldType.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <memory>

namespace wb {

// A stored cell as read from a dataset table: NULL, an integer (booleans are 1/0), or UTF-8
// text. Dates are stored as "yyyy-MM-dd", date-times as "yyyy-MM-dd HH:mm:ss[.zzz[zzz]][Z|+hh:mm]".
struct StoredValue
{
    enum class Kind { Null, Integer, Text } kind = Kind::Null;
    qint64 integer = 0;
    QByteArrayView text;
};

// Writes CSV records exactly as an export file holds them: values formatted by type, RFC 4180
// quoting (quote when a value holds the separator, a quote, CR or LF), the chosen separator
// and line ending. Fast enough for a million rows: date patterns are compiled once and applied
// by slicing the stored text, never through QDateTime::fromString per cell.
class CsvFormatter
{
public:
    CsvFormatter(const ValueFormat &format, const QList<FieldType> &types);

    // The byte-order mark when the format asks for one, else empty.
    QByteArray bom() const;
    // Nothing when the format has no header row.
    void appendHeader(QByteArray &out, const QStringList &headers) const;
    // cells[i] is column i's value; there are as many as types. Appends in place: reuse `out`
    // with out.resize(0), as clear() gives its memory back.
    void appendRow(QByteArray &out, const StoredValue *cells) const;
    // One value as it appears in the file, before quoting (for the preview's table).
    QByteArray formatValue(int column, const StoredValue &cell) const;

    // What Excel would do to a formatted value, for the preview's warnings.
    static bool looksLikeFormula(QByteArrayView value); // starts with = + - @ tab or CR
    static bool hasLeadingZero(QByteArrayView value);   // "007": Excel drops the zeros
    static bool isNonAscii(QByteArrayView value);

private:
    struct Impl;
    std::shared_ptr<const Impl> d;
};

// A Qt date-time pattern ("dd/MM/yyyy HH:mm", "M/d/yyyy h:mm AP") checked once: false and a
// reason when it holds something this formatter cannot write. Values may also use f and F
// (fractions of a second to the microsecond); a file name's suffix, which QDateTime writes,
// may not.
enum class PatternUse { Values, FileName };
bool isValidDatePattern(const QString &pattern, QString *reason, PatternUse use = PatternUse::Values);

} // namespace wb
