// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/FieldType.h"

#include <QCoreApplication>
#include <QDate>

using namespace Qt::StringLiterals;

namespace wb {

QString fieldTypeName(FieldType type)
{
    switch (type) {
    case FieldType::Text: return u"text"_s;
    case FieldType::Integer: return u"integer"_s;
    case FieldType::Boolean: return u"boolean"_s;
    case FieldType::Date: return u"date"_s;
    case FieldType::DateTime: return u"datetime"_s;
    }
    return u"text"_s;
}

bool fieldTypeFromName(const QString &name, FieldType *type)
{
    for (FieldType t : {FieldType::Text, FieldType::Integer, FieldType::Boolean, FieldType::Date,
                        FieldType::DateTime})
        if (fieldTypeName(t) == name) {
            *type = t;
            return true;
        }
    return false;
}

const char *sqlTypeOf(FieldType type)
{
    return type == FieldType::Integer || type == FieldType::Boolean ? "INTEGER" : "TEXT";
}

namespace {

QByteArrayView trimmed(QByteArrayView v)
{
    while (!v.isEmpty() && (v.front() == ' ' || v.front() == '\t'))
        v = v.sliced(1);
    while (!v.isEmpty() && (v.back() == ' ' || v.back() == '\t'))
        v.chop(1);
    return v;
}

// Reads 1..maxDigits digits at *pos; false if none.
bool digits(QByteArrayView v, qsizetype *pos, int maxDigits, int *value, int *count = nullptr)
{
    int n = 0;
    int result = 0;
    while (*pos < v.size() && n < maxDigits && v[*pos] >= '0' && v[*pos] <= '9') {
        result = result * 10 + (v[*pos] - '0');
        ++*pos;
        ++n;
    }
    if (count)
        *count = n;
    *value = result;
    return n > 0;
}

bool expect(QByteArrayView v, qsizetype *pos, char c)
{
    if (*pos < v.size() && v[*pos] == c) {
        ++*pos;
        return true;
    }
    return false;
}

// Two-digit years never lie in the future: up to this year is this century, later the last
// (the dates that come this way are dates of birth: "10/10/96" is 1996, "1/2/36" is 1936).
int fullYear(int year, int digitCount)
{
    if (digitCount > 2)
        return year;
    static const int thisYear = QDate::currentDate().year() % 100;
    return year <= thisYear ? 2000 + year : 1900 + year;
}

void appendPadded(QByteArray &out, int value, int width)
{
    char buf[8];
    for (int i = width - 1; i >= 0; --i) {
        buf[i] = char('0' + value % 10);
        value /= 10;
    }
    out.append(buf, width);
}

void appendIsoDate(QByteArray &out, int y, int m, int d)
{
    appendPadded(out, y, 4);
    out.append('-');
    appendPadded(out, m, 2);
    out.append('-');
    appendPadded(out, d, 2);
}

// Parses the date part at *pos: year first with four digits (yyyy-MM-dd, yyyy/MM/dd,
// yyyy.MM.dd), else three parts separated alike by '/', '.' or '-', read in `order`.
bool parseDatePart(QByteArrayView v, qsizetype *pos, DateOrder order, int *y, int *m, int *d, DateEvidence *evidence)
{
    int a = 0, b = 0, c = 0;
    int na = 0, nc = 0;
    if (!digits(v, pos, 4, &a, &na) || *pos >= v.size())
        return false;
    const char sep = v[*pos];
    if (sep != '-' && sep != '/' && sep != '.')
        return false;
    ++*pos;
    if (!digits(v, pos, 2, &b) || !expect(v, pos, sep) || !digits(v, pos, 4, &c, &nc))
        return false;
    if (na == 4) {
        if (nc > 2)
            return false;
        *y = a;
        *m = b;
        *d = c;
        return QDate::isValid(*y, *m, *d);
    }
    if (na == 3)
        return false;
    if (order == DateOrder::YearFirst) {
        if (na != 2 || nc > 2)
            return false;
        *y = fullYear(a, na);
        *m = b;
        *d = c;
        return QDate::isValid(*y, *m, *d);
    }
    if (nc != 2 && nc != 4)
        return false;
    *y = fullYear(c, nc);
    bool dayFirst = order == DateOrder::DayFirst;
    if (order == DateOrder::Unknown) {
        if (a > 12 && b <= 12) {
            *evidence = DateEvidence::DayFirst;
        } else if (b > 12 && a <= 12) {
            *evidence = DateEvidence::MonthFirst;
        } else if (a != b && a > 0 && b > 0 && a <= 12 && b <= 12) {
            *evidence = DateEvidence::Ambiguous;
        }
        dayFirst = *evidence != DateEvidence::MonthFirst;
    }
    *d = dayFirst ? a : b;
    *m = dayFirst ? b : a;
    return QDate::isValid(*y, *m, *d);
}

bool parseDateTime(QByteArrayView v, DateOrder order, QByteArray *out, DateEvidence *evidence)
{
    qsizetype pos = 0;
    int y = 0, mo = 0, d = 0;
    if (!parseDatePart(v, &pos, order, &y, &mo, &d, evidence))
        return false;
    int h = 0, mi = 0, s = 0, frac = -1, fracDigits = 0;
    if (pos < v.size()) {
        if (v[pos] != ' ' && v[pos] != 'T')
            return false;
        while (pos < v.size() && (v[pos] == ' ' || v[pos] == 'T'))
            ++pos;
        if (!digits(v, &pos, 2, &h) || !expect(v, &pos, ':') || !digits(v, &pos, 2, &mi))
            return false;
        if (expect(v, &pos, ':') && !digits(v, &pos, 2, &s))
            return false;
        if (expect(v, &pos, '.') || expect(v, &pos, ',')) {
            // Civitas writes microseconds: they are kept, as 3 digits or 6, so that one moment
            // written ".5" or ".500" is one key. Digits past the microsecond are dropped.
            if (!digits(v, &pos, 6, &frac, &fracDigits))
                return false;
            for (const int width = fracDigits <= 3 ? 3 : 6; fracDigits < width; ++fracDigits)
                frac *= 10;
            while (pos < v.size() && v[pos] >= '0' && v[pos] <= '9')
                ++pos;
        }
        while (pos < v.size() && v[pos] == ' ')
            ++pos;
        if (pos + 1 < v.size() && (v[pos + 1] == 'M' || v[pos + 1] == 'm')) {
            const char ap = char(v[pos] | 0x20);
            if ((ap != 'a' && ap != 'p') || h < 1 || h > 12)
                return false;
            h = (h % 12) + (ap == 'p' ? 12 : 0);
            pos += 2;
        }
        // A zone designator is kept as written; the value stays the platform's wall time.
        QByteArrayView zone = v.sliced(pos);
        if (!zone.isEmpty() && zone != "Z") {
            // +hh:mm or +hhmm
            const bool colon = zone.size() == 6 && zone[3] == ':';
            if ((zone.size() != 5 && !colon) || (zone[0] != '+' && zone[0] != '-'))
                return false;
            for (qsizetype i = 1; i < zone.size(); ++i)
                if (!(colon && i == 3) && (zone[i] < '0' || zone[i] > '9'))
                    return false;
        }
        if (h > 23 || mi > 59 || s > 59)
            return false;
        out->reserve(32);
        appendIsoDate(*out, y, mo, d);
        out->append(' ');
        appendPadded(*out, h, 2);
        out->append(':');
        appendPadded(*out, mi, 2);
        out->append(':');
        appendPadded(*out, s, 2);
        if (frac >= 0) {
            out->append('.');
            appendPadded(*out, frac, fracDigits);
        }
        out->append(zone.data(), zone.size());
        return true;
    }
    // A bare date in a date-time column is midnight.
    appendIsoDate(*out, y, mo, d);
    out->append(" 00:00:00");
    return true;
}

bool equalsNoCase(QByteArrayView a, const char *b)
{
    return QByteArrayView(b).compare(a, Qt::CaseInsensitive) == 0;
}

const char *dateLayouts(FieldType type, DateOrder order)
{
    const bool date = type == FieldType::Date;
    switch (order) {
    case DateOrder::Unknown: return date ? DateLayouts : DateTimeLayouts;
    case DateOrder::DayFirst: return date ? DayFirstDateLayouts : DayFirstDateTimeLayouts;
    case DateOrder::MonthFirst: return date ? MonthFirstDateLayouts : MonthFirstDateTimeLayouts;
    case DateOrder::YearFirst: return date ? YearFirstDateLayouts : YearFirstDateTimeLayouts;
    }
    return DateLayouts;
}

} // namespace

QString dateOrderName(DateOrder order)
{
    switch (order) {
    case DateOrder::Unknown: return {};
    case DateOrder::DayFirst: return u"day-first"_s;
    case DateOrder::MonthFirst: return u"month-first"_s;
    case DateOrder::YearFirst: return u"year-first"_s;
    }
    return {};
}

bool dateOrderFromName(const QString &name, DateOrder *order)
{
    for (DateOrder o : {DateOrder::DayFirst, DateOrder::MonthFirst, DateOrder::YearFirst})
        if (dateOrderName(o) == name) {
            *order = o;
            return true;
        }
    return false;
}

bool parseValue(FieldType type, QByteArrayView input, DateOrder order, ParsedValue *out, const char **expected,
                DateEvidence *evidence)
{
    out->text.truncate(0); // keeps the buffer: one allocation per column, not per cell
    *evidence = DateEvidence::None;
    const QByteArrayView v = trimmed(input);
    if (v.isEmpty()) {
        out->kind = ParsedValue::Kind::Null;
        return true;
    }
    switch (type) {
    case FieldType::Text:
        out->kind = ParsedValue::Kind::Text;
        return true;
    case FieldType::Integer: {
        bool ok = false;
        out->integer = v.toLongLong(&ok);
        out->kind = ParsedValue::Kind::Integer;
        *expected = QT_TRANSLATE_NOOP("FieldType", "a whole number");
        return ok;
    }
    case FieldType::Boolean:
        out->kind = ParsedValue::Kind::Integer;
        *expected = QT_TRANSLATE_NOOP("FieldType", "a yes/no value (t/f, true/false, y/n, yes/no, 1/0)");
        for (const char *t : {"t", "true", "y", "yes", "1"})
            if (equalsNoCase(v, t)) {
                out->integer = 1;
                return true;
            }
        for (const char *f : {"f", "false", "n", "no", "0"})
            if (equalsNoCase(v, f)) {
                out->integer = 0;
                return true;
            }
        return false;
    case FieldType::Date: {
        out->kind = ParsedValue::Kind::Text;
        *expected = dateLayouts(type, order);
        qsizetype pos = 0;
        int y = 0, m = 0, d = 0;
        if (!parseDatePart(v, &pos, order, &y, &m, &d, evidence) || pos != v.size())
            return false;
        appendIsoDate(out->text, y, m, d);
        return true;
    }
    case FieldType::DateTime:
        out->kind = ParsedValue::Kind::Text;
        *expected = dateLayouts(type, order);
        return parseDateTime(v, order, &out->text, evidence);
    }
    return false;
}

QString snakeCase(const QString &header)
{
    QString out;
    out.reserve(header.size() + 4);
    bool pendingUnderscore = false;
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QChar c = header.at(i);
        if (c.isLetterOrNumber()) {
            // camelCase boundary: "interactionId" -> "interaction_id", but "URL" stays "url".
            const bool boundary = c.isUpper() && i > 0 && header.at(i - 1).isLower();
            if ((pendingUnderscore || boundary) && !out.isEmpty())
                out += u'_';
            pendingUnderscore = false;
            out += c.toLower();
        } else {
            pendingUnderscore = true;
        }
    }
    if (!out.isEmpty() && out.front().isDigit())
        out.prepend(u"f_"_s);
    return out;
}

} // namespace wb
