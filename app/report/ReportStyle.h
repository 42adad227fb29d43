// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <utility>

namespace wb {

// How reports show times and numbers. The defaults are the user's; tests fix both.
struct ReportStyle
{
    QTimeZone zone = QTimeZone::systemTimeZone();
    QLocale locale;
};

namespace reportformat {

// "1,234,567": grouped even in the C locale, which omits separators by default.
QString number(qint64 value, const QLocale &locale);
// "98,765,432 (94.2 MiB)"; below 1 KiB just the number.
QString bytes(qint64 value, const QLocale &locale);
// "0.4 s", "12.3 s", "4 min 05 s", "2 h 03 min".
QString duration(qint64 ms, const QLocale &locale);
// "2026-11-22 09:30:00 +01:00 (2026-11-22 08:30:00 UTC)".
QString localAndUtc(const QDateTime &utc, const QTimeZone &zone);
// "2026-11-22T08:30:00.000Z"
QString isoUtc(const QDateTime &utc);
// "label:  value" lines, the values aligned after the longest (translated) label.
QString aligned(const QList<std::pair<QString, QString>> &rows);
// Words wrapped at `width` columns, every line starting with `indent`.
QString wrapped(const QString &text, const QString &indent, int width = 78);
// Every line of text starting with `indent`.
QString indented(const QString &text, const QString &indent);
// Safe in a file name on every system: letters, digits, '.', '_' and '-' stay.
QString fileNamePart(const QString &text);

} // namespace reportformat
} // namespace wb
