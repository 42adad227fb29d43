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

// The order of a date's parts where they are not in ISO's yyyy-MM-dd: a file's dates are
// read in one order (a rule's or --dates, a format's documented one, or what the file shows).
// Unknown: day and month are told apart by the value itself (a part above 12 is the day).
enum class DateOrder { Unknown, DayFirst, MonthFirst, YearFirst };

QString dateOrderName(DateOrder order); // "day-first", ...; "" for Unknown
bool dateOrderFromName(const QString &name, DateOrder *order);

// What one date value says about its column's order, when parsed with DateOrder::Unknown.
enum class DateEvidence {
    None,       // not day/month ordered (ISO, or day equal to month), or not a date
    Ambiguous,  // both parts 12 or less and different: parsed day first, tentatively
    DayFirst,   // the first part is above 12
    MonthFirst, // the second part is above 12
};

// Dates and date-times are read in `order`; with DateOrder::Unknown, *evidence says what the
// value showed (an ambiguous one is read day first, for the caller to confirm or redo).
bool parseValue(FieldType type, QByteArrayView input, DateOrder order, ParsedValue *out, const char **expected,
                DateEvidence *evidence);

// Accepted layouts, for messages and docs. Parts may be separated by '/', '.' or '-'.
inline constexpr const char *DateLayouts = "yyyy-MM-dd, M/d/yyyy, d/M/yyyy or with yy (or '.' or '-')";
inline constexpr const char *DateTimeLayouts =
    "yyyy-MM-dd HH:mm[:ss[.ffffff]] (or with T, Z or an offset), M/d/yyyy or d/M/yyyy h:mm[:ss] [AM|PM]";
inline constexpr const char *MonthFirstDateLayouts = "M/d/yyyy, M.d.yyyy, M-d-yyyy (or yy), or yyyy-MM-dd";
inline constexpr const char *MonthFirstDateTimeLayouts =
    "M/d/yyyy h:mm[:ss] [AM|PM] (or with '.' or '-'), or yyyy-MM-dd HH:mm[:ss[.ffffff]]";
inline constexpr const char *DayFirstDateLayouts = "d/M/yyyy, d.M.yyyy, d-M-yyyy (or yy), or yyyy-MM-dd";
inline constexpr const char *DayFirstDateTimeLayouts =
    "d/M/yyyy HH:mm[:ss] (or with '.' or '-'), or yyyy-MM-dd HH:mm[:ss[.ffffff]]";
inline constexpr const char *YearFirstDateLayouts = "yy/M/d, yyyy/M/d (or with '.' or '-')";
inline constexpr const char *YearFirstDateTimeLayouts = "yy/M/d HH:mm[:ss], yyyy-MM-dd HH:mm[:ss[.ffffff]]";

// Source header to field name: "link/button_text" -> "link_button_text",
// "error messages" -> "error_messages", "Date of Birth" -> "date_of_birth",
// "interactionId" -> "interaction_id", "profile-firstName" -> "profile_first_name".
QString snakeCase(const QString &header);

} // namespace wb
