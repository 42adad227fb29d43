// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace wb {

// How a dataset column is stored: dates as ISO 8601 text ("2026-11-22"), date-times as ISO
// 8601 text without zone ("2026-11-22 14:05:00", as the platform wrote it: Full Measure's
// time_sent_est stays Eastern; a fraction of a second as ".250" or, to the microsecond,
// ".366848"), booleans as 0/1.
enum class FieldType { Text, Integer, Boolean, Date, DateTime };

QString fieldTypeName(FieldType type);               // "text", "integer", ...
bool fieldTypeFromName(const QString &name, FieldType *type);
const char *sqlTypeOf(FieldType type);               // "TEXT", "INTEGER"

// Parses one cell into its stored form, by slicing fixed layouts (a QDateTime::fromString
// per cell costs ~24 µs; this costs next to nothing). Empty input is NULL, not an error.
// On failure returns false and sets *expected to what the value should look like.
struct ParsedValue
{
    enum class Kind { Null, Integer, Text } kind = Kind::Null;
    qint64 integer = 0;
    QByteArray text; // ISO text for dates; unused for Text fields (the caller binds the input)
};

bool parseValue(FieldType type, QByteArrayView input, ParsedValue *out, const char **expected);

// Accepted layouts, for messages and docs.
inline constexpr const char *DateLayouts = "yyyy-MM-dd, M/d/yyyy or M/d/yy";
inline constexpr const char *DateTimeLayouts =
    "yyyy-MM-dd HH:mm[:ss[.ffffff]] (or with T, Z or an offset), M/d/yyyy h:mm[:ss] [AM|PM]";

// Source header to field name: "link/button_text" -> "link_button_text",
// "error messages" -> "error_messages", "Date of Birth" -> "date_of_birth",
// "interactionId" -> "interaction_id", "profile-firstName" -> "profile_first_name".
QString snakeCase(const QString &header);

} // namespace wb
