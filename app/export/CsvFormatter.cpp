// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/CsvFormatter.h"

#include <QCoreApplication>
#include <QDate>

#include <algorithm>
#include <charconv>
#include <cstring>

using namespace Qt::StringLiterals;

namespace wb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wb", text);
}

// What a date or date-time pattern is compiled into: fields to print from the stored digits,
// and literal text between them.
enum class Tok : quint8 {
    Literal, Year4, Year2, Month1, Month2, MonthShort, MonthLong, Day1, Day2, DayShort, DayLong,
    Hour1, Hour2, Hour12_1, Hour12_2, Minute1, Minute2, Second1, Second2, MsTrimmed, Ms3,
    Fraction, FractionIfAny, AmPmUpper, AmPmLower, Zone
};

struct Token
{
    Tok kind = Tok::Literal;
    QByteArray literal;
    int width = 0; // digits of a Fraction or FractionIfAny
};

struct Compiled
{
    QList<Token> tokens;
    QString error;
};

// Qt's rule: 'h' is a 12-hour clock when the pattern has an AM/PM marker anywhere.
bool hasAmPm(QStringView pattern)
{
    bool quoted = false;
    for (QChar c : pattern) {
        if (c == u'\'')
            quoted = !quoted;
        else if (!quoted && (c == u'a' || c == u'A'))
            return true;
    }
    return false;
}

void addLiteral(QList<Token> &tokens, const QString &text)
{
    if (!tokens.isEmpty() && tokens.back().kind == Tok::Literal)
        tokens.back().literal += text.toUtf8();
    else
        tokens.append({Tok::Literal, text.toUtf8()});
}

// Follows QDateTime::toString's reading of a pattern, but refuses what is most likely a typo
// there (an unknown letter such as 'Y' or 'D', a lone 'y') instead of printing it as is.
//
// Qt's patterns stop at the millisecond; Civitas writes microseconds. So, as in .NET's
// patterns, f to ffffff write that many digits of the second's fraction, and F to FFFFFF the
// same without trailing zeros: nothing at all for a whole second, and then not the '.' or ','
// just before them either ("ss.FFFFFF": "05" or "05.366848").
Compiled compile(const QString &pattern, bool fractions = true)
{
    Compiled out;
    if (pattern.isEmpty()) {
        out.error = tr("the pattern is empty");
        return out;
    }
    const bool twelveHour = hasAmPm(pattern);
    bool anyField = false;
    const qsizetype n = pattern.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = pattern.at(i);
        if (c == u'\'') {
            QString text;
            qsizetype j = i + 1;
            if (j < n && pattern.at(j) == u'\'') { // '' outside quotes is one quote
                addLiteral(out.tokens, u"'"_s);
                i = j + 1;
                continue;
            }
            bool closed = false;
            while (j < n) {
                if (pattern.at(j) == u'\'') {
                    if (j + 1 < n && pattern.at(j + 1) == u'\'') {
                        text += u'\'';
                        j += 2;
                        continue;
                    }
                    closed = true;
                    break;
                }
                text += pattern.at(j++);
            }
            if (!closed) {
                out.error = tr("a quote is not closed");
                return out;
            }
            addLiteral(out.tokens, text);
            i = j + 1;
            continue;
        }
        qsizetype run = 1;
        while (i + run < n && pattern.at(i + run) == c)
            ++run;
        const auto field = [&](std::initializer_list<Tok> byCount) {
            if (run > qsizetype(byCount.size())) {
                out.error = tr("\"%1\" is repeated more than %2 times").arg(c).arg(byCount.size());
                return;
            }
            out.tokens.append({*(byCount.begin() + (run - 1)), {}});
            anyField = true;
        };
        switch (c.unicode()) {
        case 'y':
            if (run != 2 && run != 4)
                out.error = tr("write the year as yy or yyyy");
            else
                field({Tok::Year2, Tok::Year2, Tok::Year2, Tok::Year4});
            break;
        case 'M': field({Tok::Month1, Tok::Month2, Tok::MonthShort, Tok::MonthLong}); break;
        case 'd': field({Tok::Day1, Tok::Day2, Tok::DayShort, Tok::DayLong}); break;
        case 'H': field({Tok::Hour1, Tok::Hour2}); break;
        case 'h':
            field(twelveHour ? std::initializer_list<Tok>{Tok::Hour12_1, Tok::Hour12_2}
                             : std::initializer_list<Tok>{Tok::Hour1, Tok::Hour2});
            break;
        case 'm': field({Tok::Minute1, Tok::Minute2}); break;
        case 's': field({Tok::Second1, Tok::Second2}); break;
        case 'z': field({Tok::MsTrimmed, Tok::MsTrimmed, Tok::Ms3}); break;
        case 'f':
        case 'F':
            if (!fractions) {
                out.error = tr("f and F (fractions of a second) are for values, not file names");
            } else if (run > 6) {
                out.error = tr("\"%1\" is repeated more than %2 times").arg(c).arg(6);
            } else {
                out.tokens.append({c == u'f' ? Tok::Fraction : Tok::FractionIfAny, {}, int(run)});
                anyField = true;
            }
            break;
        case 't':
            if (run != 1)
                out.error = tr("only t (the zone as stored) is supported, not tt, ttt or tttt");
            else
                field({Tok::Zone});
            break;
        case 'a':
        case 'A': {
            if (run != 1) {
                out.error = tr("write the AM/PM marker as AP, ap, A or a");
                break;
            }
            const bool withP = i + 1 < n && (pattern.at(i + 1) == u'p' || pattern.at(i + 1) == u'P');
            // Lower case only when the whole marker is ("ap", "a"); "Ap" is the C locale's "AM".
            const bool lower = c == u'a' && (!withP || pattern.at(i + 1) == u'p');
            out.tokens.append({lower ? Tok::AmPmLower : Tok::AmPmUpper, {}});
            anyField = true;
            run = withP ? 2 : 1;
            break;
        }
        default:
            if (c.unicode() < 0x80 && c.isLetter())
                out.error = tr("\"%1\" is not a date or time field; put literal text in single quotes").arg(c);
            else
                addLiteral(out.tokens, pattern.sliced(i, run));
        }
        if (!out.error.isEmpty())
            return out;
        i += run;
    }
    if (!anyField)
        out.error = tr("the pattern has no date or time field");
    return out;
}

struct Parts
{
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, ms = 0;
    int micro = 0; // the whole fraction, to the microsecond
    QByteArrayView zone;
};

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Fixed-width digits at `pos`; false unless they are all digits.
bool number(QByteArrayView v, qsizetype pos, int width, int *out)
{
    int value = 0;
    for (int k = 0; k < width; ++k) {
        const char c = v[pos + k];
        if (!isDigit(c))
            return false;
        value = value * 10 + (c - '0');
    }
    *out = value;
    return true;
}

bool isZone(QByteArrayView zone)
{
    if (zone.isEmpty() || zone == "Z")
        return true;
    if (zone.size() != 5 && zone.size() != 6)
        return false;
    if (zone[0] != '+' && zone[0] != '-')
        return false;
    const bool colon = zone.size() == 6;
    if (colon && zone[3] != ':')
        return false;
    for (qsizetype k = 1; k < zone.size(); ++k)
        if (!(colon && k == 3) && !isDigit(zone[k]))
            return false;
    return true;
}

// Reads the stored layouts: "yyyy-MM-dd" and "yyyy-MM-dd HH:mm:ss[.zzz[zzz]][Z|+hh:mm]".
bool parseStored(QByteArrayView v, bool withTime, Parts *p)
{
    if (v.size() < 10 || v[4] != '-' || v[7] != '-' || !number(v, 0, 4, &p->year)
        || !number(v, 5, 2, &p->month) || !number(v, 8, 2, &p->day)
        || !QDate::isValid(p->year, p->month, p->day))
        return false;
    if (!withTime)
        return v.size() == 10;
    if (v.size() < 19 || v[10] != ' ' || v[13] != ':' || v[16] != ':' || !number(v, 11, 2, &p->hour)
        || !number(v, 14, 2, &p->minute) || !number(v, 17, 2, &p->second) || p->hour > 23
        || p->minute > 59 || p->second > 59)
        return false;
    qsizetype pos = 19;
    if (pos < v.size() && v[pos] == '.') {
        ++pos;
        int digitCount = 0;
        for (; pos < v.size() && isDigit(v[pos]); ++pos, ++digitCount)
            if (digitCount < 6)
                p->micro = p->micro * 10 + (v[pos] - '0');
        if (digitCount == 0)
            return false;
        for (; digitCount < 6; ++digitCount)
            p->micro *= 10;
        p->ms = p->micro / 1000;
    }
    p->zone = v.sliced(pos);
    return isZone(p->zone);
}

void appendDigits(QByteArray &out, int value, int width)
{
    char buf[12];
    char *end = buf + sizeof buf;
    char *at = end;
    do {
        *--at = char('0' + value % 10);
        value /= 10;
    } while (value > 0 || end - at < width);
    out.append(at, end - at);
}

constexpr const char *monthNames[] = {"January", "February", "March", "April", "May", "June", "July",
                                      "August", "September", "October", "November", "December"};
constexpr const char *dayNames[] = {"Monday", "Tuesday", "Wednesday", "Thursday",
                                    "Friday", "Saturday", "Sunday"};

void appendFraction(QByteArray &out, const QList<Token> &tokens, qsizetype at, const Parts &p)
{
    const Token &t = tokens.at(at);
    int digits = p.micro;
    for (int k = t.width; k < 6; ++k)
        digits /= 10;
    int width = t.width;
    if (t.kind == Tok::FractionIfAny) {
        if (digits == 0) {
            const QByteArray &before = at > 0 ? tokens.at(at - 1).literal : QByteArray();
            if (before.endsWith('.') || before.endsWith(','))
                out.chop(1);
            return;
        }
        for (; digits % 10 == 0; --width)
            digits /= 10;
    }
    appendDigits(out, digits, width);
}

void appendPattern(QByteArray &out, const QList<Token> &tokens, const Parts &p)
{
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const Token &t = tokens.at(i);
        switch (t.kind) {
        case Tok::Literal: out.append(t.literal); break;
        case Tok::Year4: appendDigits(out, p.year, 4); break;
        case Tok::Year2: appendDigits(out, p.year % 100, 2); break;
        case Tok::Month1: appendDigits(out, p.month, 1); break;
        case Tok::Month2: appendDigits(out, p.month, 2); break;
        case Tok::MonthShort: out.append(monthNames[p.month - 1], 3); break;
        case Tok::MonthLong: out.append(monthNames[p.month - 1]); break;
        case Tok::Day1: appendDigits(out, p.day, 1); break;
        case Tok::Day2: appendDigits(out, p.day, 2); break;
        case Tok::DayShort:
        case Tok::DayLong: {
            const char *name = dayNames[QDate(p.year, p.month, p.day).dayOfWeek() - 1];
            out.append(name, t.kind == Tok::DayShort ? 3 : qsizetype(std::strlen(name)));
            break;
        }
        case Tok::Hour1: appendDigits(out, p.hour, 1); break;
        case Tok::Hour2: appendDigits(out, p.hour, 2); break;
        case Tok::Hour12_1:
        case Tok::Hour12_2:
            appendDigits(out, p.hour % 12 == 0 ? 12 : p.hour % 12, t.kind == Tok::Hour12_2 ? 2 : 1);
            break;
        case Tok::Minute1: appendDigits(out, p.minute, 1); break;
        case Tok::Minute2: appendDigits(out, p.minute, 2); break;
        case Tok::Second1: appendDigits(out, p.second, 1); break;
        case Tok::Second2: appendDigits(out, p.second, 2); break;
        case Tok::Ms3: appendDigits(out, p.ms, 3); break;
        case Tok::MsTrimmed: {
            // The fraction without trailing zeros: 250 ms is "25", 0 ms is "0".
            int ms = p.ms;
            int width = 3;
            while (width > 1 && ms % 10 == 0) {
                ms /= 10;
                --width;
            }
            appendDigits(out, ms, width);
            break;
        }
        case Tok::Fraction:
        case Tok::FractionIfAny: appendFraction(out, tokens, i, p); break;
        case Tok::AmPmUpper: out.append(p.hour < 12 ? "AM" : "PM", 2); break;
        case Tok::AmPmLower: out.append(p.hour < 12 ? "am" : "pm", 2); break;
        case Tok::Zone: out.append(p.zone); break;
        }
    }
}

bool needsQuotes(const char *begin, const char *end, char separator)
{
    for (const char *c = begin; c != end; ++c)
        if (*c == separator || *c == '"' || *c == '\n' || *c == '\r')
            return true;
    return false;
}

// Quotes out[start..] in place when RFC 4180 asks for it, doubling the quotes inside.
void quoteFrom(QByteArray &out, qsizetype start, char separator)
{
    const qsizetype end = out.size();
    if (!needsQuotes(out.constData() + start, out.constData() + end, separator))
        return;
    const qsizetype quotes = std::count(out.constData() + start, out.constData() + end, '"');
    out.resize(end + quotes + 2);
    char *data = out.data();
    qsizetype to = end + quotes + 1;
    data[to--] = '"';
    for (qsizetype from = end - 1; from >= start; --from) {
        data[to--] = data[from];
        if (data[from] == '"')
            data[to--] = '"';
    }
    data[to] = '"';
}

// Spreadsheets also run a formula behind a leading tab or carriage return (OWASP's list).
bool startsFormula(char c)
{
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

// "-12.5", "+3", "1e-3": what a number column may hold as text when a vendor's file had a
// decimal in it. Such a value is a number to the spreadsheet, never a formula.
bool isPlainNumber(QByteArrayView v)
{
    qsizetype i = 0;
    if (i < v.size() && (v[i] == '-' || v[i] == '+'))
        ++i;
    qsizetype digits = 0;
    while (i < v.size() && v[i] >= '0' && v[i] <= '9')
        ++i, ++digits;
    if (i < v.size() && v[i] == '.') {
        ++i;
        while (i < v.size() && v[i] >= '0' && v[i] <= '9')
            ++i, ++digits;
    }
    if (digits == 0)
        return false;
    if (i < v.size() && (v[i] == 'e' || v[i] == 'E')) {
        ++i;
        if (i < v.size() && (v[i] == '-' || v[i] == '+'))
            ++i;
        const qsizetype exponentStart = i;
        while (i < v.size() && v[i] >= '0' && v[i] <= '9')
            ++i;
        if (i == exponentStart)
            return false;
    }
    return i == v.size();
}

} // namespace

struct CsvFormatter::Impl
{
    ValueFormat format;
    QList<FieldType> types;
    QList<Token> date;      // empty when the pattern is invalid: values are written as stored
    QList<Token> dateTime;
    QByteArray yes, no;
    QByteArray multiValueSeparator;
    QByteArray lineEnd;

    void appendFormatted(QByteArray &out, int column, const StoredValue &cell) const;
    void appendCell(QByteArray &out, int column, const StoredValue &cell) const;
};

void CsvFormatter::Impl::appendFormatted(QByteArray &out, int column, const StoredValue &cell) const
{
    const FieldType type = types.at(column);
    switch (cell.kind) {
    case StoredValue::Kind::Null:
        return;
    case StoredValue::Kind::Integer:
        if (type == FieldType::Boolean && (cell.integer == 0 || cell.integer == 1)) {
            out.append(cell.integer ? yes : no);
        } else {
            char buf[24];
            const auto result = std::to_chars(buf, buf + sizeof buf, cell.integer);
            out.append(buf, result.ptr - buf);
        }
        return;
    case StoredValue::Kind::Text:
        break;
    }
    const QByteArrayView text = cell.text;
    const qsizetype start = out.size();
    Parts parts;
    if (type == FieldType::Date && !date.isEmpty() && parseStored(text, false, &parts)) {
        appendPattern(out, date, parts);
    } else if (type == FieldType::DateTime && !dateTime.isEmpty() && parseStored(text, true, &parts)) {
        appendPattern(out, dateTime, parts);
    } else if (type == FieldType::Text) {
        // Values of a multi-valued field are stored joined by the unit separator.
        const char *from = text.data();
        const char *end = from + text.size();
        while (const void *hit = std::memchr(from, '\x1f', size_t(end - from))) {
            const char *at = static_cast<const char *>(hit);
            out.append(from, at - from);
            out.append(multiValueSeparator);
            from = at + 1;
        }
        out.append(from, end - from);
    } else {
        out.append(text); // not in the expected layout: kept as stored rather than lost
    }
    // Numbers are left alone: a guard would turn "-5" into text. A number column's value is
    // a number when it reads as one, whatever SQLite stored it as.
    if (format.formulaGuard && out.size() > start && startsFormula(out.at(start))
        && !(type == FieldType::Integer && isPlainNumber(QByteArrayView(out).sliced(start))))
        out.insert(start, '\'');
}

void CsvFormatter::Impl::appendCell(QByteArray &out, int column, const StoredValue &cell) const
{
    const qsizetype start = out.size();
    appendFormatted(out, column, cell);
    quoteFrom(out, start, format.separator);
}

CsvFormatter::CsvFormatter(const ValueFormat &format, const QList<FieldType> &types)
{
    auto impl = std::make_shared<Impl>();
    impl->format = format;
    impl->types = types;
    if (const Compiled date = compile(format.date); date.error.isEmpty())
        impl->date = date.tokens;
    if (const Compiled dateTime = compile(format.dateTime); dateTime.error.isEmpty())
        impl->dateTime = dateTime.tokens;
    switch (format.boolean) {
    case BooleanStyle::OneZero: impl->yes = "1"; impl->no = "0"; break;
    case BooleanStyle::YesNo: impl->yes = "Y"; impl->no = "N"; break;
    case BooleanStyle::TrueFalse: impl->yes = "TRUE"; impl->no = "FALSE"; break;
    }
    impl->multiValueSeparator = format.multiValueSeparator.toUtf8();
    impl->lineEnd = format.crlf ? "\r\n" : "\n";
    d = std::move(impl);
}

QByteArray CsvFormatter::bom() const
{
    return d->format.bom ? QByteArray("\xEF\xBB\xBF") : QByteArray();
}

void CsvFormatter::appendHeader(QByteArray &out, const QStringList &headers) const
{
    if (!d->format.headerRow)
        return;
    for (qsizetype i = 0; i < headers.size(); ++i) {
        if (i > 0)
            out.append(d->format.separator);
        const qsizetype start = out.size();
        out.append(headers.at(i).toUtf8());
        quoteFrom(out, start, d->format.separator);
    }
    out.append(d->lineEnd);
}

void CsvFormatter::appendRow(QByteArray &out, const StoredValue *cells) const
{
    const int columns = int(d->types.size());
    for (int i = 0; i < columns; ++i) {
        if (i > 0)
            out.append(d->format.separator);
        d->appendCell(out, i, cells[i]);
    }
    out.append(d->lineEnd);
}

QByteArray CsvFormatter::formatValue(int column, const StoredValue &cell) const
{
    QByteArray out;
    d->appendFormatted(out, column, cell);
    return out;
}

bool CsvFormatter::looksLikeFormula(QByteArrayView value)
{
    return !value.isEmpty() && startsFormula(value.front());
}

bool CsvFormatter::hasLeadingZero(QByteArrayView value)
{
    if (value.size() < 2 || value.front() != '0')
        return false;
    for (char c : value)
        if (!isDigit(c))
            return false;
    return true;
}

bool CsvFormatter::isNonAscii(QByteArrayView value)
{
    for (char c : value)
        if (static_cast<unsigned char>(c) >= 0x80)
            return true;
    return false;
}

bool isValidDatePattern(const QString &pattern, QString *reason, PatternUse use)
{
    const Compiled compiled = compile(pattern, use == PatternUse::Values);
    if (reason)
        *reason = compiled.error;
    return compiled.error.isEmpty();
}

} // namespace wb
