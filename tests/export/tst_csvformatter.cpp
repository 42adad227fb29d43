// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/CsvFormatter.h"
#include "export/FileCompression.h"

#include "TestSupport.h"

#include <QBuffer>
#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <cstdlib>
#include <cstring>

using namespace Qt::StringLiterals;
using namespace wb;

Q_DECLARE_METATYPE(wb::ValueFormat)
Q_DECLARE_METATYPE(wb::BooleanStyle)
Q_DECLARE_METATYPE(wb::Compression)
Q_DECLARE_METATYPE(wb::FieldType)
Q_DECLARE_METATYPE(wb::StoredValue)

// Counts heap allocations (Qt's containers allocate with malloc, not operator new) so that the
// test can show the formatter's steady state allocates nothing. Not under AddressSanitizer,
// which replaces malloc itself.
#if !defined(__SANITIZE_ADDRESS__) && defined(__GLIBC__)
#define WB_COUNT_ALLOCATIONS 1
namespace {
std::atomic<qint64> g_allocations{0};
}
extern "C" {
void *__libc_malloc(size_t size);
void *__libc_realloc(void *pointer, size_t size);
void __libc_free(void *pointer);
void *malloc(size_t size)
{
    g_allocations.fetch_add(1, std::memory_order_relaxed);
    return __libc_malloc(size);
}
void *calloc(size_t count, size_t size)
{
    g_allocations.fetch_add(1, std::memory_order_relaxed);
    if (size && count > SIZE_MAX / size)
        return nullptr;
    void *p = __libc_malloc(count * size);
    if (p)
        std::memset(p, 0, count * size);
    return p;
}
void *realloc(void *pointer, size_t size)
{
    g_allocations.fetch_add(1, std::memory_order_relaxed);
    return __libc_realloc(pointer, size);
}
void free(void *pointer)
{
    __libc_free(pointer);
}
}
#endif

namespace {

const QList<FieldType> sampleTypes{FieldType::Integer, FieldType::Text, FieldType::Boolean,
                                   FieldType::Date, FieldType::DateTime, FieldType::Text,
                                   FieldType::Text};

StoredValue null()
{
    return {};
}

StoredValue integer(qint64 value)
{
    return {StoredValue::Kind::Integer, value, {}};
}

StoredValue text(const char *value)
{
    return {StoredValue::Kind::Text, 0, QByteArrayView(value)};
}

// Columns: id, name, liked, birth, seen, tags, note. Row by row: plain values; a negative
// number, a comma, a tab, quotes and a zone; NULLs, an empty text, a date in another layout
// and a line feed; spaces, an impossible date, a broken date-time and a formula; a value
// starting with @, a multi-value starting with + and a carriage return.
QList<QList<StoredValue>> sampleRows()
{
    return {
        {integer(1), text("Ana"), integer(1), text("1996-10-10"), text("2026-11-22 14:05:09"),
         text("a\x1f" "b\x1f" "c"), text("plain")},
        {integer(-5), text("Müller, José"), integer(0), text("2001-02-03"),
         text("2026-01-02 00:30:00.250Z"), text("so\tlo"), text("said \"hi\"")},
        {null(), text(""), null(), text("10/10/96"), text("2026-07-04 12:00:00+02:00"), null(),
         text("line1\nline2")},
        {integer(7), text(" padded "), integer(2), text("2024-02-30"), text("garbage"), text("x;y"),
         text("=SUM(A1,B1)")},
        {integer(42), text("@handle"), integer(1), text("2000-12-31"),
         text("2000-12-31 23:59:59.999-05:00"), text("+1\x1f+2"), text("cr\rhere")},
    };
}

const QStringList sampleHeaders{u"id"_s, u"name"_s, u"liked"_s, u"birth"_s, u"seen"_s, u"tags"_s, u"note"_s};

QByteArray writeFile(const ValueFormat &format, const QStringList &headers)
{
    const CsvFormatter formatter(format, sampleTypes);
    QByteArray out = formatter.bom();
    formatter.appendHeader(out, headers);
    for (const QList<StoredValue> &row : sampleRows())
        formatter.appendRow(out, row.constData());
    return out;
}

QByteArray expectedFile(const QString &name)
{
    const QByteArray dir = qgetenv("WRITEBACK_TEST_DATA");
    if (dir.isEmpty())
        qFatal("WRITEBACK_TEST_DATA is not set");
    return test::readAll(QString::fromLocal8Bit(dir) + u"/export/"_s + name);
}

// One value of one type through a whole row, so that quoting is included.
QByteArray oneCell(const ValueFormat &format, FieldType type, const StoredValue &cell)
{
    const CsvFormatter formatter(format, {type});
    QByteArray out;
    formatter.appendRow(out, &cell);
    out.chop(format.crlf ? 2 : 1);
    return out;
}

ValueFormat withDateTime(const QString &pattern)
{
    ValueFormat f;
    f.dateTime = pattern;
    return f;
}

} // namespace

class TestCsvFormatter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void files_data()
    {
        QTest::addColumn<ValueFormat>("format");
        QTest::addColumn<QStringList>("headers");
        QTest::addColumn<QString>("expected");

        QTest::newRow("defaults") << ValueFormat() << sampleHeaders << u"default.csv"_s;

        ValueFormat european;
        european.boolean = BooleanStyle::YesNo;
        european.date = u"dd/MM/yyyy"_s;
        european.dateTime = u"dd/MM/yyyy HH:mm"_s;
        european.multiValueSeparator = u","_s;
        european.separator = ';';
        european.crlf = false;
        QTest::newRow("semicolon, Y/N, European, LF")
            << european << sampleHeaders << u"semicolon-yn-european-lf.csv"_s;

        ValueFormat us;
        us.boolean = BooleanStyle::TrueFalse;
        us.date = u"M/d/yyyy"_s;
        us.dateTime = u"M/d/yyyy h:mm AP"_s;
        us.separator = '\t';
        us.bom = true;
        QTest::newRow("tab, BOM, TRUE/FALSE, US, renamed headers")
            << us
            << QStringList{u"Student ID"_s, u"Name, full"_s, u"Liked?"_s, u"Born"_s,
                           u"Seen \"at\""_s, u"Tags"_s, u"Note"_s}
            << u"tab-bom-truefalse-us-renamed.csv"_s;

        ValueFormat guarded;
        guarded.dateTime = u"yyyy-MM-dd'T'HH:mm:ss"_s;
        guarded.headerRow = false;
        guarded.formulaGuard = true;
        QTest::newRow("formula guard, ISO with T, no header")
            << guarded << sampleHeaders << u"guard-iso-noheader.csv"_s;
    }

    void files()
    {
        QFETCH(ValueFormat, format);
        QFETCH(QStringList, headers);
        QFETCH(QString, expected);
        const QByteArray want = expectedFile(expected);
        QVERIFY(!want.isEmpty());
        QCOMPARE(writeFile(format, headers), want);
    }

    void quoting_data()
    {
        QTest::addColumn<char>("separator");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QByteArray>("written");

        QTest::newRow("plain") << ',' << QByteArray("abc") << QByteArray("abc");
        QTest::newRow("spaces kept unquoted") << ',' << QByteArray("  a b  ") << QByteArray("  a b  ");
        QTest::newRow("separator") << ',' << QByteArray("a,b") << QByteArray("\"a,b\"");
        QTest::newRow("other separator not quoted") << ';' << QByteArray("a,b") << QByteArray("a,b");
        QTest::newRow("semicolon") << ';' << QByteArray("a;b") << QByteArray("\"a;b\"");
        QTest::newRow("tab in tab file") << '\t' << QByteArray("a\tb") << QByteArray("\"a\tb\"");
        QTest::newRow("tab in comma file") << ',' << QByteArray("a\tb") << QByteArray("a\tb");
        QTest::newRow("quote") << ',' << QByteArray("a\"b") << QByteArray("\"a\"\"b\"");
        QTest::newRow("only quotes") << ',' << QByteArray("\"\"") << QByteArray("\"\"\"\"\"\"");
        QTest::newRow("LF") << ',' << QByteArray("a\nb") << QByteArray("\"a\nb\"");
        QTest::newRow("CR") << ',' << QByteArray("a\rb") << QByteArray("\"a\rb\"");
        QTest::newRow("CRLF at the end") << ',' << QByteArray("a\r\n") << QByteArray("\"a\r\n\"");
        QTest::newRow("single quote") << ',' << QByteArray("it's") << QByteArray("it's");
        QTest::newRow("non-ASCII") << ',' << QByteArray("Ñandú") << QByteArray("Ñandú");
        QTest::newRow("empty") << ',' << QByteArray("") << QByteArray("");
    }

    void quoting()
    {
        QFETCH(char, separator);
        QFETCH(QByteArray, value);
        QFETCH(QByteArray, written);
        ValueFormat f;
        f.separator = separator;
        QCOMPARE(oneCell(f, FieldType::Text, {StoredValue::Kind::Text, 0, value}), written);
        // formatValue is the value before quoting.
        QCOMPARE(CsvFormatter(f, {FieldType::Text}).formatValue(0, {StoredValue::Kind::Text, 0, value}), value);
    }

    void emptyAndNullAreBothEmpty()
    {
        const CsvFormatter formatter(ValueFormat(), {FieldType::Text, FieldType::Integer, FieldType::Text});
        const StoredValue cells[] = {text(""), null(), null()};
        QByteArray out;
        formatter.appendRow(out, cells);
        QCOMPARE(out, QByteArray(",,\r\n"));
    }

    void booleans_data()
    {
        QTest::addColumn<BooleanStyle>("style");
        QTest::addColumn<QByteArray>("yes");
        QTest::addColumn<QByteArray>("no");
        QTest::newRow("1/0") << BooleanStyle::OneZero << QByteArray("1") << QByteArray("0");
        QTest::newRow("Y/N") << BooleanStyle::YesNo << QByteArray("Y") << QByteArray("N");
        QTest::newRow("TRUE/FALSE") << BooleanStyle::TrueFalse << QByteArray("TRUE") << QByteArray("FALSE");
    }

    void booleans()
    {
        QFETCH(BooleanStyle, style);
        QFETCH(QByteArray, yes);
        QFETCH(QByteArray, no);
        ValueFormat f;
        f.boolean = style;
        QCOMPARE(oneCell(f, FieldType::Boolean, integer(1)), yes);
        QCOMPARE(oneCell(f, FieldType::Boolean, integer(0)), no);
        QCOMPARE(oneCell(f, FieldType::Boolean, null()), QByteArray());
        // Not a boolean after all: kept as stored.
        QCOMPARE(oneCell(f, FieldType::Boolean, integer(5)), QByteArray("5"));
        QCOMPARE(oneCell(f, FieldType::Boolean, text("maybe")), QByteArray("maybe"));
        // An integer column is not a boolean one.
        QCOMPARE(oneCell(f, FieldType::Integer, integer(1)), QByteArray("1"));
    }

    void integers()
    {
        const ValueFormat f;
        QCOMPARE(oneCell(f, FieldType::Integer, integer(0)), QByteArray("0"));
        QCOMPARE(oneCell(f, FieldType::Integer, integer(-9223372036854775807LL - 1)),
                 QByteArray("-9223372036854775808"));
        QCOMPARE(oneCell(f, FieldType::Integer, integer(9223372036854775807LL)),
                 QByteArray("9223372036854775807"));
        QCOMPARE(oneCell(f, FieldType::Integer, text("12a")), QByteArray("12a"));
    }

    void datePatterns_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QByteArray>("stored");
        QTest::addColumn<QByteArray>("written");

        const QByteArray t = "2026-03-07 14:05:09.045";
        QTest::newRow("ISO preset") << u"yyyy-MM-dd'T'HH:mm:ss"_s << t << QByteArray("2026-03-07T14:05:09");
        QTest::newRow("US preset") << u"M/d/yyyy h:mm AP"_s << t << QByteArray("3/7/2026 2:05 PM");
        QTest::newRow("European preset") << u"dd/MM/yyyy HH:mm"_s << t << QByteArray("07/03/2026 14:05");
        QTest::newRow("lower-case am/pm") << u"h:mm ap"_s << QByteArray("2026-03-07 00:01:00")
                                          << QByteArray("12:01 am");
        QTest::newRow("A and a") << u"hA ha"_s << QByteArray("2026-03-07 12:00:00") << QByteArray("12PM 12pm");
        QTest::newRow("hh with AP") << u"hh:mm AP"_s << QByteArray("2026-03-07 09:30:00")
                                    << QByteArray("09:30 AM");
        QTest::newRow("h without AP is 24 h") << u"h:m:s"_s << t << QByteArray("14:5:9");
        QTest::newRow("month names") << u"d MMM yy, MMMM"_s << t << QByteArray("7 Mar 26, March");
        QTest::newRow("day names") << u"ddd dddd"_s << t << QByteArray("Sat Saturday");
        QTest::newRow("milliseconds") << u"ss.zzz|ss.z"_s << t << QByteArray("09.045|09.045");
        QTest::newRow("trimmed milliseconds") << u"s.z"_s << QByteArray("2026-03-07 14:05:09.250")
                                              << QByteArray("9.25");
        QTest::newRow("no fraction stored") << u"ss.zzz"_s << QByteArray("2026-03-07 14:05:09")
                                            << QByteArray("09.000");
        QTest::newRow("quoted literal") << u"'Day' d 'of' MMMM"_s << t << QByteArray("Day 7 of March");
        QTest::newRow("quote in literal") << u"'o''clock' H"_s << t << QByteArray("o'clock 14");
        QTest::newRow("lone quote pair") << u"HH''mm"_s << t << QByteArray("14'05");
        QTest::newRow("non-ASCII literal") << u"d·M·yyyy"_s << t << QByteArray("7·3·2026");
        QTest::newRow("zone Z kept") << u"yyyy-MM-dd HH:mm:ss.zzzt"_s
                                     << QByteArray("2026-01-02 00:30:00.250Z")
                                     << QByteArray("2026-01-02 00:30:00.250Z");
        QTest::newRow("zone offset kept") << u"HH:mm t"_s << QByteArray("2026-01-02 00:30:00+02:00")
                                          << QByteArray("00:30 +02:00");
        QTest::newRow("zone without colon kept") << u"HH:mm t"_s << QByteArray("2026-01-02 00:30:00-0500")
                                                 << QByteArray("00:30 -0500");
        QTest::newRow("no zone stored") << u"HH:mm[t]"_s << QByteArray("2026-01-02 00:30:00")
                                        << QByteArray("00:30[]");
        QTest::newRow("microseconds stored") << u"ss.zzz"_s << QByteArray("2026-01-02 00:30:07.123456")
                                             << QByteArray("07.123");
        // f and F (as .NET's): the fraction to the microsecond, F without trailing zeros.
        const ValueFormat defaults;
        QTest::newRow("default, Civitas microseconds") << defaults.dateTime << QByteArray("2018-06-11 19:35:15.366848")
                                                       << QByteArray("2018-06-11 19:35:15.366848");
        QTest::newRow("default, whole second") << defaults.dateTime << QByteArray("2026-03-07 14:05:09")
                                               << QByteArray("2026-03-07 14:05:09");
        QTest::newRow("default, milliseconds") << defaults.dateTime << t << QByteArray("2026-03-07 14:05:09.045");
        QTest::newRow("default, zero fraction") << defaults.dateTime << QByteArray("2026-03-07 14:05:09.000000")
                                                << QByteArray("2026-03-07 14:05:09");
        QTest::newRow("ffffff") << u"ss.ffffff"_s << QByteArray("2026-03-07 14:05:09.045") << QByteArray("09.045000");
        QTest::newRow("fff of microseconds") << u"ss,fff"_s << QByteArray("2018-06-11 19:35:15.366848")
                                             << QByteArray("15,366");
        QTest::newRow("FFFF trims") << u"ss.FFFF"_s << QByteArray("2026-03-07 14:05:09.250")
                                    << QByteArray("09.25");
        QTest::newRow("F keeps a literal without a point") << u"ss'+'F"_s << QByteArray("2026-03-07 14:05:09")
                                                           << QByteArray("09+");
        QTest::newRow("user pattern drops them") << u"yyyy-MM-dd HH:mm:ss"_s
                                                 << QByteArray("2018-06-11 19:35:15.366848")
                                                 << QByteArray("2018-06-11 19:35:15");
        QTest::newRow("year before 1000") << u"yyyy yy"_s << QByteArray("0099-01-01 00:00:00")
                                          << QByteArray("0099 99");
        QTest::newRow("leap day") << u"dddd d MMMM"_s << QByteArray("2024-02-29 00:00:00")
                                  << QByteArray("Thursday 29 February");
        QTest::newRow("invalid: month 13") << u"dd/MM/yyyy"_s << QByteArray("2026-13-01 00:00:00")
                                           << QByteArray("2026-13-01 00:00:00");
        QTest::newRow("invalid: 25 o'clock") << u"dd/MM/yyyy"_s << QByteArray("2026-01-01 25:00:00")
                                             << QByteArray("2026-01-01 25:00:00");
        QTest::newRow("invalid: T instead of space") << u"dd/MM/yyyy"_s << QByteArray("2026-01-01T10:00:00")
                                                     << QByteArray("2026-01-01T10:00:00");
        QTest::newRow("invalid: bare date") << u"dd/MM/yyyy"_s << QByteArray("2026-01-01")
                                            << QByteArray("2026-01-01");
        QTest::newRow("invalid: odd zone") << u"dd/MM/yyyy"_s << QByteArray("2026-01-01 10:00:00 EST")
                                           << QByteArray("2026-01-01 10:00:00 EST");
        QTest::newRow("invalid: empty fraction") << u"dd/MM/yyyy"_s << QByteArray("2026-01-01 10:00:00.")
                                                 << QByteArray("2026-01-01 10:00:00.");
    }

    void datePatterns()
    {
        QFETCH(QString, pattern);
        QFETCH(QByteArray, stored);
        QFETCH(QByteArray, written);
        QString reason;
        QVERIFY2(isValidDatePattern(pattern, &reason), qPrintable(reason));
        const CsvFormatter formatter(withDateTime(pattern), {FieldType::DateTime});
        QCOMPARE(formatter.formatValue(0, {StoredValue::Kind::Text, 0, stored}), written);
    }

    void dates()
    {
        ValueFormat f;
        f.date = u"ddd d MMM yyyy"_s;
        const CsvFormatter formatter(f, {FieldType::Date});
        QCOMPARE(formatter.formatValue(0, text("2026-11-22")), QByteArray("Sun 22 Nov 2026"));
        // Time fields in a date format print midnight.
        f.date = u"dd.MM.yy HH:mm"_s;
        QCOMPARE(CsvFormatter(f, {FieldType::Date}).formatValue(0, text("2026-11-22")),
                 QByteArray("22.11.26 00:00"));
        // A date-time in a date column is not a stored date: written as stored.
        QCOMPARE(formatter.formatValue(0, text("2026-11-22 10:00:00")), QByteArray("2026-11-22 10:00:00"));
        QCOMPARE(formatter.formatValue(0, text("2026-02-29")), QByteArray("2026-02-29"));
        QCOMPARE(formatter.formatValue(0, text("20261122")), QByteArray("20261122"));
        QCOMPARE(formatter.formatValue(0, integer(20261122)), QByteArray("20261122"));
    }

    // Qt is the reference for what a pattern means: every supported field, on many instants.
    void agreesWithQt()
    {
        const QStringList patterns{
            u"yyyy-MM-dd HH:mm:ss.zzz"_s, u"yy/M/d H:m:s.z"_s, u"MMM MMMM ddd dddd"_s,
            u"h:mm:ss AP"_s, u"hh:mm ap"_s, u"h A, h a"_s, u"'week' d 'of' MMMM, yyyy"_s,
            u"dd.MM.yyyy hh:mm"_s, u"HH''mm"_s,
        };
        QDateTime instant(QDate(1999, 12, 31), QTime(0, 0));
        for (int i = 0; i < 400; ++i) {
            // Steps that visit every hour, minute, weekday and month over the loop.
            instant = instant.addSecs(3600 * 23 + 60 * 7 + 13).addMSecs(i % 3 == 0 ? 0 : 37 * i);
            const QByteArray stored = instant.toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s).toUtf8();
            for (const QString &pattern : patterns) {
                const CsvFormatter formatter(withDateTime(pattern), {FieldType::DateTime});
                const QByteArray mine = formatter.formatValue(0, {StoredValue::Kind::Text, 0, stored});
                const QByteArray qt = instant.toString(pattern).toUtf8();
                if (mine != qt)
                    QFAIL(qPrintable(u"%1 with %2: %3, Qt says %4"_s.arg(QString::fromUtf8(stored), pattern,
                                                                     QString::fromUtf8(mine),
                                                                     QString::fromUtf8(qt))));
            }
        }
    }

    void patternValidity_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("reason"); // empty: valid
        QTest::newRow("ISO") << u"yyyy-MM-dd'T'HH:mm:ss"_s << QString();
        QTest::newRow("US") << u"M/d/yyyy h:mm AP"_s << QString();
        QTest::newRow("zone") << u"HH:mm t"_s << QString();
        QTest::newRow("empty") << QString() << u"the pattern is empty"_s;
        QTest::newRow("unclosed quote") << u"yyyy 'at"_s << u"a quote is not closed"_s;
        QTest::newRow("YYYY") << u"YYYY-MM-DD"_s
                              << u"\"Y\" is not a date or time field; put literal text in single quotes"_s;
        QTest::newRow("unquoted T") << u"yyyy-MM-ddTHH"_s
                                    << u"\"T\" is not a date or time field; put literal text in single quotes"_s;
        QTest::newRow("lone y") << u"d/M/y"_s << u"write the year as yy or yyyy"_s;
        QTest::newRow("yyy") << u"yyy"_s << u"write the year as yy or yyyy"_s;
        QTest::newRow("ddddd") << u"ddddd"_s << u"\"d\" is repeated more than 4 times"_s;
        QTest::newRow("HHH") << u"HHH"_s << u"\"H\" is repeated more than 2 times"_s;
        QTest::newRow("tt") << u"HH tt"_s << u"only t (the zone as stored) is supported, not tt, ttt or tttt"_s;
        QTest::newRow("AA") << u"h AA"_s << u"write the AM/PM marker as AP, ap, A or a"_s;
        QTest::newRow("no field") << u"'today'"_s << u"the pattern has no date or time field"_s;
        QTest::newRow("only punctuation") << u"--"_s << u"the pattern has no date or time field"_s;
        QTest::newRow("microseconds") << u"HH:mm:ss.ffffff"_s << QString();
        QTest::newRow("fffffff") << u"ss.fffffff"_s << u"\"f\" is repeated more than 6 times"_s;
    }

    void patternValidity()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, reason);
        QString got = u"unchanged"_s;
        QCOMPARE(isValidDatePattern(pattern, &got), reason.isEmpty());
        QCOMPARE(got, reason);
    }

    void invalidPatternWritesAsStored()
    {
        ValueFormat f;
        f.date = u"YYYY"_s;
        f.dateTime = u"'open"_s;
        const CsvFormatter formatter(f, {FieldType::Date, FieldType::DateTime});
        QCOMPARE(formatter.formatValue(0, text("2026-11-22")), QByteArray("2026-11-22"));
        QCOMPARE(formatter.formatValue(1, text("2026-11-22 10:00:00")), QByteArray("2026-11-22 10:00:00"));
    }

    void formulaGuard_data()
    {
        QTest::addColumn<bool>("guard");
        QTest::addColumn<FieldType>("type");
        QTest::addColumn<StoredValue>("cell");
        QTest::addColumn<QByteArray>("written");

        const struct { const char *value, *guarded; } texts[] = {
            {"=1+2", "'=1+2"}, {"+31 6 12", "'+31 6 12"}, {"-x", "'-x"}, {"@SUM(A1)", "'@SUM(A1)"},
            {"=A1,B1", "\"'=A1,B1\""}, {"=\"x\"", "\"'=\"\"x\"\"\""}, {"a=b", "a=b"},
            {" =x", " =x"}, {"'=x", "'=x"}, {"", ""},
        };
        for (const auto &t : texts) {
            QTest::addRow("on: %s", t.value) << true << FieldType::Text << text(t.value) << QByteArray(t.guarded);
            QByteArray plain(t.value);
            if (plain.contains(',') || plain.contains('"'))
                plain = '"' + plain.replace("\"", "\"\"") + '"';
            QTest::addRow("off: %s", t.value) << false << FieldType::Text << text(t.value) << plain;
        }
        // Numbers stay numbers.
        QTest::newRow("on: negative integer") << true << FieldType::Integer << integer(-5) << QByteArray("-5");
        QTest::newRow("on: multi-value") << true << FieldType::Text << text("-a\x1f" "b") << QByteArray("'-a|b");
        QTest::newRow("on: text in an integer column") << true << FieldType::Integer << text("-x")
                                                       << QByteArray("'-x");
        // A leading tab or carriage return also starts a formula in spreadsheets.
        QTest::newRow("on: leading tab") << true << FieldType::Text << text("\t=1+2") << QByteArray("'\t=1+2");
        QTest::newRow("on: leading CR") << true << FieldType::Text << text("\r=1+2")
                                        << QByteArray("\"'\r=1+2\"");
        QTest::newRow("off: leading tab") << false << FieldType::Text << text("\tx") << QByteArray("\tx");
        // A number column's decimals, stored as text, stay numbers; text that looks like a
        // phone number is text and is guarded.
        QTest::newRow("on: decimal in a number column") << true << FieldType::Integer << text("-12.5")
                                                        << QByteArray("-12.5");
        QTest::newRow("on: signed number") << true << FieldType::Integer << text("+3") << QByteArray("+3");
        QTest::newRow("on: exponent") << true << FieldType::Integer << text("-1e-3") << QByteArray("-1e-3");
        QTest::newRow("on: sign only") << true << FieldType::Integer << text("-") << QByteArray("'-");
        QTest::newRow("on: phone number text") << true << FieldType::Text << text("+33 6 12")
                                               << QByteArray("'+33 6 12");
        QTest::newRow("on: decimal as text") << true << FieldType::Text << text("-12.5") << QByteArray("'-12.5");
    }

    void formulaGuard()
    {
        QFETCH(bool, guard);
        QFETCH(FieldType, type);
        QFETCH(StoredValue, cell);
        QFETCH(QByteArray, written);
        ValueFormat f;
        f.formulaGuard = guard;
        QCOMPARE(oneCell(f, type, cell), written);
    }

    void multiValues()
    {
        ValueFormat f;
        f.multiValueSeparator = u" · "_s;
        QCOMPARE(oneCell(f, FieldType::Text, text("a\x1f" "b")), QByteArray("a · b"));
        QCOMPARE(oneCell(f, FieldType::Text, text("\x1f")), QByteArray(" · "));
        f.multiValueSeparator = u","_s;
        // The separator joins first; the joined value is then quoted like any other.
        QCOMPARE(oneCell(f, FieldType::Text, text("a\x1f" "b")), QByteArray("\"a,b\""));
        // Only text fields are multi-valued.
        f.multiValueSeparator = u"|"_s;
        QCOMPARE(oneCell(f, FieldType::Integer, text("1\x1f" "2")), QByteArray("1\x1f" "2"));
    }

    void bomAndLineEndings()
    {
        ValueFormat f;
        QCOMPARE(CsvFormatter(f, {}).bom(), QByteArray());
        f.bom = true;
        QCOMPARE(CsvFormatter(f, {}).bom(), QByteArray("\xEF\xBB\xBF"));

        f.crlf = true;
        QByteArray out;
        const StoredValue cells[] = {integer(1), text("a")};
        CsvFormatter(f, {FieldType::Integer, FieldType::Text}).appendRow(out, cells);
        CsvFormatter(f, {FieldType::Integer, FieldType::Text}).appendRow(out, cells);
        QCOMPARE(out, QByteArray("1,a\r\n1,a\r\n"));
        f.crlf = false;
        out.clear();
        CsvFormatter(f, {FieldType::Integer, FieldType::Text}).appendRow(out, cells);
        QCOMPARE(out, QByteArray("1,a\n"));
    }

    void header()
    {
        ValueFormat f;
        f.separator = ';';
        QByteArray out;
        CsvFormatter(f, {}).appendHeader(out, {u"Student ID"_s, u"a;b"_s, u"say \"x\""_s, u"Ñ"_s, u"=x"_s});
        QCOMPARE(out, QByteArray("Student ID;\"a;b\";\"say \"\"x\"\"\";Ñ;=x\r\n"));
        f.headerRow = false;
        out.clear();
        CsvFormatter(f, {}).appendHeader(out, {u"a"_s});
        QCOMPARE(out, QByteArray());
    }

    void excelWarnings()
    {
        QVERIFY(CsvFormatter::looksLikeFormula("=1"));
        QVERIFY(CsvFormatter::looksLikeFormula("+1"));
        QVERIFY(CsvFormatter::looksLikeFormula("-1"));
        QVERIFY(CsvFormatter::looksLikeFormula("@a"));
        QVERIFY(CsvFormatter::looksLikeFormula("\t=1"));
        QVERIFY(CsvFormatter::looksLikeFormula("\r=1"));
        QVERIFY(!CsvFormatter::looksLikeFormula("a=1"));
        QVERIFY(!CsvFormatter::looksLikeFormula(""));
        QVERIFY(CsvFormatter::hasLeadingZero("007"));
        QVERIFY(CsvFormatter::hasLeadingZero("00"));
        QVERIFY(!CsvFormatter::hasLeadingZero("0"));
        QVERIFY(!CsvFormatter::hasLeadingZero("0.5"));
        QVERIFY(!CsvFormatter::hasLeadingZero("07a"));
        QVERIFY(!CsvFormatter::hasLeadingZero("70"));
        QVERIFY(CsvFormatter::isNonAscii("José"));
        QVERIFY(!CsvFormatter::isNonAscii("Jose"));
    }

    void steadyStateDoesNotAllocate()
    {
#ifdef WB_COUNT_ALLOCATIONS
        ValueFormat f;
        f.dateTime = u"ddd d MMM yyyy h:mm:ss.zzz AP t"_s;
        f.formulaGuard = true;
        const CsvFormatter formatter(f, sampleTypes);
        const QList<QList<StoredValue>> rows = sampleRows();
        QByteArray out;
        out.reserve(1 << 20);
        for (const QList<StoredValue> &row : rows) // warm up
            formatter.appendRow(out, row.constData());
        const char *buffer = out.constData();
        const qint64 before = g_allocations.load();
        for (int i = 0; i < 2000; ++i) {
            out.resize(0);
            for (const QList<StoredValue> &row : rows)
                formatter.appendRow(out, row.constData());
        }
        const qint64 allocations = g_allocations.load() - before;
        QCOMPARE(allocations, qint64(0));
        QCOMPARE(out.constData(), buffer);
        // The counter counts: one copy allocates.
        const qint64 check = g_allocations.load();
        QByteArray copy(out.constData(), out.size());
        QVERIFY(g_allocations.load() > check);
        QCOMPARE(copy, out);
#else
        QSKIP("allocations are counted only without a sanitizer, with glibc");
#endif
    }

    void compressed_data()
    {
        QTest::addColumn<Compression>("compression");
        QTest::newRow("none") << Compression::None;
        QTest::newRow("gzip") << Compression::Gzip;
        QTest::newRow("zip") << Compression::Zip;
    }

    // The formatter's bytes through the compressed writer, and back with the usual tools.
    void compressed()
    {
        QFETCH(Compression, compression);
        const QByteArray csv = writeFile(ValueFormat(), sampleHeaders);
        QCOMPARE(csv, expectedFile(u"default.csv"_s));
        // Big enough for several deflate output chunks, and not compressible to nothing.
        QByteArray big = csv;
        big += test::randomBytes(600 * 1024, 7).toBase64();
        for (int i = 0; i < 2000; ++i)
            big += csv;

        for (const QByteArray &data : {csv, big, QByteArray()}) {
            QTemporaryDir dir;
            QVERIFY(dir.isValid());
            const QString entry = u"opens_20261122 é.csv"_s;
            const QString path = dir.filePath(u"out.bin"_s);
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            std::unique_ptr<CompressedWriter> writer = CompressedWriter::create(compression, &file, entry);
            QVERIFY(writer);
            // Uneven pieces, as rows come.
            for (qsizetype at = 0; at < data.size();) {
                const qsizetype n = std::min<qsizetype>(data.size() - at, 1 + (at * 7919) % 70000);
                QVERIFY2(writer->write(QByteArrayView(data).sliced(at, n)), qPrintable(writer->errorString()));
                at += n;
            }
            QVERIFY2(writer->finish(), qPrintable(writer->errorString()));
            file.close();

            QByteArray back;
            switch (compression) {
            case Compression::None:
                back = test::readAll(path);
                break;
            case Compression::Gzip:
                QVERIFY(test::run(u"gzip"_s, {u"-dc"_s, path}, &back));
                break;
            case Compression::Zip: {
                // zipfile checks the CRC; print the entry's name, flags and sizes as well.
                const QString script = uR"(import sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
assert z.testzip() is None
[i] = z.infolist()
sys.stdout.buffer.write(("%s|%d|%d|%d|%d\n" % (i.filename, i.flag_bits, i.compress_type, i.file_size, i.create_system)).encode())
sys.stdout.buffer.write(z.read(i))
)"_s;
                QVERIFY(test::run(u"python3"_s, {u"-c"_s, script, path}, &back));
                const qsizetype eol = back.indexOf('\n');
                QVERIFY(eol > 0);
                QCOMPARE(QString::fromUtf8(back.first(eol)),
                         u"%1|%2|8|%3|3"_s.arg(entry).arg(0x0808).arg(data.size()));
                back.remove(0, eol + 1);
                break;
            }
            }
            QCOMPARE(back.size(), data.size());
            QVERIFY(back == data);
            if (compression != Compression::None && data.size() > 100000)
                QVERIFY(QFileInfo(path).size() < data.size());
        }
    }

    void writeErrorIsReported()
    {
        QBuffer readOnly;
        QVERIFY(readOnly.open(QIODevice::ReadOnly));
        for (Compression c : {Compression::None, Compression::Gzip, Compression::Zip}) {
            std::unique_ptr<CompressedWriter> writer = CompressedWriter::create(c, &readOnly, u"a.csv"_s);
            const QByteArray data = test::randomBytes(1 << 20, 3);
            const bool wrote = writer->write(data);
            const bool finished = writer->finish();
            QVERIFY(!(wrote && finished));
            QVERIFY(!writer->errorString().isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestCsvFormatter)
#include "tst_csvformatter.moc"
