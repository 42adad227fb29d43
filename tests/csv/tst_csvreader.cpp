// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv/CsvReader.h"

#include <QBuffer>
#include <QStringEncoder>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wb::csv;

Q_DECLARE_METATYPE(wb::csv::CsvDialect)
Q_DECLARE_METATYPE(wb::csv::CsvError::Kind)
Q_DECLARE_METATYPE(wb::csv::Encoding)

namespace {

using Rows = QList<QByteArrayList>;

// Hands out the data in pieces that end at the given offsets, so that fields, quotes, line
// breaks and multi-byte characters straddle the reader's reads.
class SplitDevice : public QIODevice
{
public:
    SplitDevice(const QByteArray &data, QList<qsizetype> cuts) : m_data(data), m_cuts(cuts)
    {
        m_cuts.append(data.size());
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos; }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        while (!m_cuts.isEmpty() && m_cuts.front() <= m_pos)
            m_cuts.removeFirst();
        if (m_cuts.isEmpty())
            return -1;
        const qint64 n = std::min<qint64>(max, m_cuts.front() - m_pos);
        std::memcpy(out, m_data.constData() + m_pos, static_cast<size_t>(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    QList<qsizetype> m_cuts;
    qsizetype m_pos = 0;
};

// Makes rows as they come, so a large file never exists in memory.
class RowGenerator : public QIODevice
{
public:
    explicit RowGenerator(int rows) : m_rows(rows) { open(QIODevice::ReadOnly); }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override
    {
        return m_pending.size() + QIODevice::bytesAvailable();
    }
    static QByteArray row(int i)
    {
        return QByteArray::number(i) + ",\"Müller, José " + QByteArray::number(i % 97)
            + "\",jose." + QByteArray::number(i) + "@example.es,\"said \"\"hi\"\"\ntwice\","
            + "2026-11-22 10:15:00,OPEN,12.50,Ñandú\r\n";
    }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        while (m_pending.size() < max && m_next < m_rows)
            m_pending += row(m_next++);
        if (m_pending.isEmpty())
            return -1;
        const qint64 n = std::min<qint64>(max, std::min<qint64>(m_pending.size(), 65536));
        std::memcpy(out, m_pending.constData(), static_cast<size_t>(n));
        m_pending.remove(0, n);
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    int m_rows;
    int m_next = 0;
    QByteArray m_pending;
};

struct Outcome
{
    QByteArrayList header;
    Rows rows;
    QList<qint64> lines;
    QList<qint64> offsets;
    CsvError error;

    QString describe() const
    {
        QString s = u"header=%1 rows=%2"_s.arg(QString::fromUtf8(header.join('|')))
                        .arg(rows.size());
        for (qsizetype i = 0; i < rows.size(); ++i) {
            s += u"\n  line %1 @%2: %3"_s.arg(lines[i]).arg(offsets[i])
                     .arg(QString::fromUtf8(rows[i].join('|')));
        }
        if (error.kind != CsvError::Kind::None)
            s += u"\n  error %1 @%2: %3"_s.arg(int(error.kind)).arg(error.byteOffset)
                     .arg(error.toString());
        return s;
    }
    bool operator==(const Outcome &o) const
    {
        return header == o.header && rows == o.rows && lines == o.lines && offsets == o.offsets
            && error.kind == o.error.kind && error.line == o.error.line
            && error.column == o.error.column && error.byteOffset == o.error.byteOffset
            && error.message == o.error.message;
    }
};

Outcome readWith(QIODevice *device, const CsvDialect &dialect, const CsvReaderOptions &options)
{
    CsvReader reader(device, u"test.csv"_s, dialect, options);
    Outcome out;
    while (reader.readRow()) {
        QByteArrayList row;
        for (const QByteArrayView f : reader.fields())
            row << f.toByteArray();
        out.rows << row;
        out.lines << reader.line();
        out.offsets << reader.byteOffset();
    }
    if (reader.rowsRead() != out.rows.size())
        out.header << "rowsRead() disagrees";
    out.header += reader.header();
    out.error = reader.error();
    return out;
}

// Reads in one block, then split at every offset, then in tiny blocks; all must agree.
Outcome readAllWays(const QByteArray &data, const CsvDialect &dialect,
                    CsvReaderOptions options, QString *mismatch)
{
    QBuffer whole;
    whole.setData(data);
    whole.open(QIODevice::ReadOnly);
    const Outcome expected = readWith(&whole, dialect, options);
    const auto check = [&](QIODevice *device, const CsvReaderOptions &o, const QString &how) {
        const Outcome got = readWith(device, dialect, o);
        if (mismatch->isEmpty() && !(got == expected)) {
            *mismatch = u"%1 differs from one block.\nexpected: %2\ngot: %3"_s
                            .arg(how, expected.describe(), got.describe());
        }
    };
    for (qsizetype cut = 1; cut < data.size(); ++cut) {
        SplitDevice device(data, {cut});
        check(&device, options, u"split at %1"_s.arg(cut));
    }
    for (const qsizetype piece : {1, 2, 3, 5}) {
        QList<qsizetype> cuts;
        for (qsizetype at = piece; at < data.size(); at += piece)
            cuts << at;
        SplitDevice device(data, cuts);
        check(&device, options, u"pieces of %1 bytes"_s.arg(piece));
        QBuffer buffer;
        buffer.setData(data);
        buffer.open(QIODevice::ReadOnly);
        CsvReaderOptions small = options;
        small.blockSize = piece;
        check(&buffer, small, u"blockSize %1"_s.arg(piece));
    }
    return expected;
}

CsvDialect dialect(char delimiter = ',', bool header = true, Encoding encoding = Encoding::Utf8,
                   char quote = '"')
{
    return CsvDialect{delimiter, quote, header, encoding};
}

QByteArray utf16(const QString &text, bool littleEndian)
{
    QStringEncoder encoder(littleEndian ? QStringEncoder::Utf16LE : QStringEncoder::Utf16BE,
                           QStringEncoder::Flag::WriteBom);
    return encoder.encode(text);
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rows_data();
    void rows();
    void errors_data();
    void errors();
    void errorToString();
    void raggedAllowed();
    void headerApi();
    void sniff_data();
    void sniff();
    void largeFile();
};

void TestCsvReader::rows_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<CsvDialect>("dialect");
    QTest::addColumn<QByteArrayList>("header");
    QTest::addColumn<Rows>("rows");
    QTest::addColumn<QList<qint64>>("lines");
    QTest::addColumn<QList<qint64>>("offsets");

    QByteArray in = "name,city\nJosé Müller,Köln\nÑandú Straße,Málaga\n";
    QTest::newRow("accents") << in << dialect() << QByteArrayList{"name", "city"}
                             << Rows{{"José Müller", "Köln"}, {"Ñandú Straße", "Málaga"}}
                             << QList<qint64>{2, 3}
                             << QList<qint64>{in.indexOf("José"), in.indexOf("Ñandú")};
    in = "id,answer\n1,\"Hello, world\"\n2,\"a,b,c\"\n";
    QTest::newRow("quoted commas") << in << dialect() << QByteArrayList{"id", "answer"}
                                   << Rows{{"1", "Hello, world"}, {"2", "a,b,c"}}
                                   << QList<qint64>{2, 3}
                                   << QList<qint64>{10, in.indexOf("2,")};
    in = "id,comment,score\n1,\"Great service.\nWould buy again!\",9\n"
         "2,\"Line one\r\nLine two\r\nLine three\",7\n3,ok,8\n";
    QTest::newRow("quoted newlines")
        << in << dialect() << QByteArrayList{"id", "comment", "score"}
        << Rows{{"1", "Great service.\nWould buy again!", "9"},
                {"2", "Line one\r\nLine two\r\nLine three", "7"},
                {"3", "ok", "8"}}
        << QList<qint64>{2, 4, 7}
        << QList<qint64>{17, in.indexOf("2,\"Line"), in.indexOf("3,ok")};
    in = "id,quote\n1,\"She said \"\"hi\"\"\"\n2,\"\"\"\"\n3,\"a\"\"b\"\"c\"\n";
    QTest::newRow("doubled quotes")
        << in << dialect() << QByteArrayList{"id", "quote"}
        << Rows{{"1", "She said \"hi\""}, {"2", "\""}, {"3", "a\"b\"c"}} << QList<qint64>{2, 3, 4}
        << QList<qint64>{9, in.indexOf("2,"), in.indexOf("3,")};
    QTest::newRow("empty values") << QByteArray("a,,c\n,,\n\"\",x,\"\"\n") << dialect(',', false)
                                  << QByteArrayList{}
                                  << Rows{{"a", "", "c"}, {"", "", ""}, {"", "x", ""}}
                                  << QList<qint64>{1, 2, 3} << QList<qint64>{0, 5, 8};
    QTest::newRow("trailing empty field")
        << QByteArray("a,b,\nc,d,\ne,f,") << dialect(',', false) << QByteArrayList{}
        << Rows{{"a", "b", ""}, {"c", "d", ""}, {"e", "f", ""}} << QList<qint64>{1, 2, 3}
        << QList<qint64>{0, 5, 10};
    QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBFid,name\n1,Zoë\n") << dialect()
                               << QByteArrayList{"id", "name"} << Rows{{"1", "Zoë"}}
                               << QList<qint64>{2} << QList<qint64>{11};
    QTest::newRow("crlf") << QByteArray("id,name\r\n1,x\r\n2,\"y\"\r\n") << dialect()
                          << QByteArrayList{"id", "name"} << Rows{{"1", "x"}, {"2", "y"}}
                          << QList<qint64>{2, 3} << QList<qint64>{9, 14};
    QTest::newRow("lone cr") << QByteArray("id,name\r1,x\r2,\"y\r\rz\"\r3,w") << dialect()
                             << QByteArrayList{"id", "name"}
                             << Rows{{"1", "x"}, {"2", "y\r\rz"}, {"3", "w"}}
                             << QList<qint64>{2, 3, 6} << QList<qint64>{8, 12, 21};
    QTest::newRow("no final newline") << QByteArray("id,name\n1,\"x\"") << dialect()
                                      << QByteArrayList{"id", "name"} << Rows{{"1", "x"}}
                                      << QList<qint64>{2} << QList<qint64>{8};
    QTest::newRow("empty trailing lines") << QByteArray("id,name\n1,x\n\n\r\n\r\r\n\n")
                                          << dialect() << QByteArrayList{"id", "name"}
                                          << Rows{{"1", "x"}} << QList<qint64>{2}
                                          << QList<qint64>{8};
    QTest::newRow("blank line inside") << QByteArray("\nid,name\n1,x\n\r\n2,y\n") << dialect()
                                       << QByteArrayList{"id", "name"}
                                       << Rows{{"1", "x"}, {"2", "y"}} << QList<qint64>{3, 5}
                                       << QList<qint64>{9, 15};
    in = "id;name;amount\n1;\"Doe; John\";12,50\n2;Ñuñez;7,95\n";
    QTest::newRow("semicolon") << in << dialect(';') << QByteArrayList{"id", "name", "amount"}
                               << Rows{{"1", "Doe; John", "12,50"}, {"2", "Ñuñez", "7,95"}}
                               << QList<qint64>{2, 3} << QList<qint64>{15, in.indexOf("2;")};
    QTest::newRow("tab") << QByteArray("id\tname\n1\t\"a\tb\"\n2\tc d\n") << dialect('\t')
                         << QByteArrayList{"id", "name"} << Rows{{"1", "a\tb"}, {"2", "c d"}}
                         << QList<qint64>{2, 3} << QList<qint64>{8, 16};
    QTest::newRow("pipe") << QByteArray("id|name\n1|\"x|y\"\n") << dialect('|')
                          << QByteArrayList{"id", "name"} << Rows{{"1", "x|y"}}
                          << QList<qint64>{2} << QList<qint64>{8};
    in = "1234567;anna.muller@example.nl;OPEN;22-11-2026 08:14:03\n"
         "1234568;jan.de.vries@example.nl;CLICK;22-11-2026 08:15:41\n";
    QTest::newRow("headerless deployteq")
        << in << dialect(';', false) << QByteArrayList{}
        << Rows{{"1234567", "anna.muller@example.nl", "OPEN", "22-11-2026 08:14:03"},
                {"1234568", "jan.de.vries@example.nl", "CLICK", "22-11-2026 08:15:41"}}
        << QList<qint64>{1, 2} << QList<qint64>{0, in.indexOf("1234568")};
    // Offsets count the file's UTF-16 bytes: 2 for the mark, 2 per unit, 4 for the emoji.
    const QString head = u"id,naam\r\n"_s;
    const QString row1 = u"1,\"Ærø,\r\nDänemark\"\r\n"_s;
    const QString text16 = head + row1 + u"2,😀\r\n3,x"_s;
    for (const bool le : {true, false}) {
        QTest::newRow(le ? "utf-16 le" : "utf-16 be")
            << utf16(text16, le) << dialect() << QByteArrayList{"id", "naam"}
            << Rows{{"1", "Ærø,\r\nDänemark"}, {"2", "😀"}, {"3", "x"}} << QList<qint64>{2, 4, 5}
            << QList<qint64>{2 + 2 * head.size(), 2 + 2 * (head.size() + row1.size()),
                             2 + 2 * (head.size() + row1.size() + 6)};
    }
    in = "naam;stad\nJos\xE9 M\xFCller;K\xF6ln\n\x80 5;\x93quoted\x94\n";
    QTest::newRow("windows-1252") << in << dialect(';', true, Encoding::Windows1252)
                                  << QByteArrayList{"naam", "stad"}
                                  << Rows{{"José Müller", "Köln"}, {"€ 5", "“quoted”"}}
                                  << QList<qint64>{2, 3} << QList<qint64>{10, 27};
    QTest::newRow("latin-1") << QByteArray("x\n\xE9\x80\n") << dialect(',', true, Encoding::Latin1)
                             << QByteArrayList{"x"} << Rows{{"é\xC2\x80"}} << QList<qint64>{2}
                             << QList<qint64>{2};
    QTest::newRow("bom beats chosen encoding")
        << QByteArray("\xEF\xBB\xBF" "a\nü\n") << dialect(',', true, Encoding::Windows1252)
        << QByteArrayList{"a"} << Rows{{"ü"}} << QList<qint64>{2} << QList<qint64>{5};
    QTest::newRow("no quoting") << QByteArray("a,\"b\n\"c,d\"\n")
                                << dialect(',', false, Encoding::Utf8, '\0') << QByteArrayList{}
                                << Rows{{"a", "\"b"}, {"\"c", "d\""}} << QList<qint64>{1, 2}
                                << QList<qint64>{0, 5};
    QTest::newRow("emoji and newline in last quoted field")
        << QByteArray("a,b\n1,\"😀\n\"") << dialect() << QByteArrayList{"a", "b"}
        << Rows{{"1", "😀\n"}} << QList<qint64>{2} << QList<qint64>{4};
    QTest::newRow("header only") << QByteArray("id,name\r\n") << dialect()
                                 << QByteArrayList{"id", "name"} << Rows{} << QList<qint64>{}
                                 << QList<qint64>{};
    QTest::newRow("empty file") << QByteArray() << dialect() << QByteArrayList{} << Rows{}
                                << QList<qint64>{} << QList<qint64>{};
}

void TestCsvReader::rows()
{
    QFETCH(QByteArray, input);
    QFETCH(CsvDialect, dialect);
    QString mismatch;
    const Outcome got = readAllWays(input, dialect, {}, &mismatch);
    QVERIFY2(got.error.kind == CsvError::Kind::None, qPrintable(got.error.toString()));
    QTEST(got.header, "header");
    QTEST(got.rows, "rows");
    QTEST(got.lines, "lines");
    QTEST(got.offsets, "offsets");
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
}

void TestCsvReader::errors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<CsvDialect>("dialect");
    QTest::addColumn<qsizetype>("maxRowBytes");
    QTest::addColumn<int>("rowsBefore");
    QTest::addColumn<CsvError::Kind>("kind");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<qint64>("column");
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<QStringList>("words");
    using K = CsvError::Kind;
    const qsizetype noLimit = 16 << 20;

    QTest::newRow("unterminated quote")
        << QByteArray("id,comment\n1,\"abc\ndef\n") << dialect() << noLimit << 0
        << K::UnterminatedQuote << 2LL << 3LL << 13LL
        << QStringList{u"unterminated quoted field"_s, u"line 2, column 3"_s};
    QTest::newRow("unterminated after a multi-line row")
        << QByteArray("id,c\n1,\"a\nb\"\n2,\"x\n") << dialect() << noLimit << 1
        << K::UnterminatedQuote << 4LL << 3LL << 15LL << QStringList{u"line 4, column 3"_s};
    QTest::newRow("unterminated after crlf")
        << QByteArray("a,b\r\n1,2\r\n3,\"x\r\ny") << dialect() << noLimit << 1
        << K::UnterminatedQuote << 3LL << 3LL << 12LL << QStringList{u"unterminated"_s};
    QTest::newRow("quote in unquoted field")
        << QByteArray("id,name\n1,ab\"c\n") << dialect() << noLimit << 0 << K::UnexpectedQuote
        << 2LL << 5LL << 12LL
        << QStringList{u"quote inside an unquoted field"_s, u"delimiter (',')"_s,
                       u"end of the line"_s};
    QTest::newRow("text after closing quote")
        << QByteArray("id,name\n1,\"ab\"c\n") << dialect() << noLimit << 0 << K::TextAfterQuote
        << 2LL << 7LL << 14LL
        << QStringList{u"after a closing quote"_s, u"delimiter (',')"_s, u"end of the line"_s};
    QByteArray in = "id;note\n1;\"Zoë\nsaid \"\"no\"\"\"x\n";
    QTest::newRow("text after quote on a later line")
        << in << dialect(';') << noLimit << 0 << K::TextAfterQuote << 3LL << 13LL
        << qint64(in.indexOf("x\n")) << QStringList{u"delimiter (';')"_s};
    QTest::newRow("text after quote, tab")
        << QByteArray("a\tb\n\"x\" \ty\n") << dialect('\t') << noLimit << 0
        << K::TextAfterQuote << 2LL << 4LL << 7LL << QStringList{u"delimiter (a tab)"_s};
    QTest::newRow("invalid utf-8")
        << QByteArray("id,name\n1,Jos\xE9 M\xFCller\n") << dialect() << noLimit << 0
        << K::InvalidUtf8 << 2LL << 6LL << 13LL
        << QStringList{u"invalid UTF-8 at byte 13 (0xE9)"_s, u"Windows-1252"_s};
    QTest::newRow("invalid utf-8 after accents")
        << QByteArray("id,name\n1,\"Zoë \xFF\"\n") << dialect() << noLimit << 0
        << K::InvalidUtf8 << 2LL << 8LL << 16LL << QStringList{u"0xFF"_s};
    QTest::newRow("invalid utf-8 in a later row")
        << QByteArray("id,name\n1,ok\n2,\"multi\nline \xC3(\"\n") << dialect() << noLimit << 1
        << K::InvalidUtf8 << 4LL << 6LL << 27LL << QStringList{u"0xC3"_s};
    QTest::newRow("truncated utf-8 at the end")
        << QByteArray("a,b\n1,\xC3") << dialect() << noLimit << 0 << K::InvalidUtf8 << 2LL
        << 3LL << 6LL << QStringList{u"byte 6"_s};
    QTest::newRow("utf-8 surrogate")
        << QByteArray("a\n\xED\xA0\x80\n") << dialect() << noLimit << 0 << K::InvalidUtf8
        << 2LL << 1LL << 2LL << QStringList{u"0xED"_s};
    QTest::newRow("nul byte")
        << QByteArray("id,name\n1,x\n\0\0\0\0", 16) << dialect() << noLimit << 1
        << K::BinaryData << 3LL << 1LL << 12LL << QStringList{u"NUL"_s, u"binary"_s};
    QTest::newRow("utf-16 without bom")
        << QByteArray("i\0d\0\n\0", 6) << dialect() << noLimit << 0 << K::BinaryData << 1LL
        << 2LL << 1LL << QStringList{u"UTF-16"_s};
    QTest::newRow("ragged: extra field")
        << QByteArray("a,b,c\n1,2,3\n4,5,6,7\n") << dialect() << noLimit << 1 << K::RaggedRow
        << 3LL << 7LL << 18LL << QStringList{u"expected 3 fields as in the header, found 4"_s};
    QTest::newRow("ragged: missing field")
        << QByteArray("a,b,c\n1,2\n") << dialect() << noLimit << 0 << K::RaggedRow << 2LL
        << 4LL << 9LL << QStringList{u"expected 3 fields"_s, u"found 2"_s};
    QTest::newRow("ragged: headerless")
        << QByteArray("1,2\n3,4,5\n") << dialect(',', false) << noLimit << 1 << K::RaggedRow
        << 2LL << 5LL << 8LL << QStringList{u"as in the first row"_s};
    QTest::newRow("ragged: windows-1252")
        << QByteArray("a;b\nJos\xE9;x;y\n") << dialect(';', true, Encoding::Windows1252)
        << noLimit << 0 << K::RaggedRow << 2LL << 8LL << 11LL << QStringList{u"found 3"_s};
    QTest::newRow("row too long")
        << (QByteArray("id,x\n1,") + QByteArray(100, 'a') + '\n') << dialect()
        << qsizetype(32) << 0 << K::RowTooLong << 2LL << 1LL << 5LL
        << QStringList{u"row too long"_s, u"not be CSV"_s};
    QTest::newRow("unterminated quote, utf-16")
        << utf16(u"id,x\n1,\"abc"_s, true) << dialect() << noLimit << 0
        << K::UnterminatedQuote << 2LL << 3LL << 16LL << QStringList{u"column 3"_s};
}

void TestCsvReader::errors()
{
    QFETCH(QByteArray, input);
    QFETCH(CsvDialect, dialect);
    QFETCH(qsizetype, maxRowBytes);
    QFETCH(int, rowsBefore);
    QFETCH(QStringList, words);
    CsvReaderOptions options;
    options.maxRowBytes = maxRowBytes;
    QString mismatch;
    const Outcome got = readAllWays(input, dialect, options, &mismatch);
    QCOMPARE(got.rows.size(), rowsBefore);
    QTEST(got.error.kind, "kind");
    QTEST(got.error.line, "line");
    QTEST(got.error.column, "column");
    QTEST(got.error.byteOffset, "offset");
    QCOMPARE(got.error.file, u"test.csv"_s);
    for (const QString &word : words)
        QVERIFY2(got.error.message.contains(word), qPrintable(got.error.toString()));
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
}

void TestCsvReader::errorToString()
{
    QByteArray in = "a,b,c\n";
    for (int i = 2; i < 12; ++i)
        in += "1,2,3\n";
    in += "1,234,\"never closed\n4,5,6\n";
    QBuffer buffer(&in);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, u"opens.csv"_s, dialect());
    int rows = 0;
    while (reader.readRow())
        ++rows;
    QCOMPARE(rows, 10);
    QVERIFY(reader.hasError());
    QCOMPARE(reader.error().toString(),
             u"opens.csv:12:7: unterminated quoted field (opened at line 12, column 7)"_s);
}

void TestCsvReader::raggedAllowed()
{
    CsvReaderOptions options;
    options.checkFieldCount = false;
    QString mismatch;
    const Outcome got = readAllWays("a,b\n1,2,3\n4\n", dialect(), options, &mismatch);
    QCOMPARE(got.error.kind, CsvError::Kind::None);
    QCOMPARE(got.rows, (Rows{{"1", "2", "3"}, {"4"}}));
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
}

void TestCsvReader::headerApi()
{
    QByteArray in = "id,name\n1,x\n";
    QBuffer buffer(&in);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, u"h.csv"_s, dialect());
    QVERIFY(reader.readHeader());
    QCOMPARE(reader.header(), (QByteArrayList{"id", "name"}));
    QCOMPARE(reader.line(), 1);
    QVERIFY(reader.readHeader()); // idempotent
    QVERIFY(reader.readRow());
    QCOMPARE(reader.fieldCount(), 2);
    QCOMPARE(reader.field(1), "x");
    QCOMPARE(reader.rowsRead(), 1);
    QVERIFY(!reader.readRow());
    QVERIFY(!reader.hasError());
    QCOMPARE(reader.fieldCount(), 0);

    QByteArray empty;
    QBuffer none(&empty);
    none.open(QIODevice::ReadOnly);
    CsvReader emptyReader(&none, u"e.csv"_s, dialect());
    QVERIFY(!emptyReader.readHeader());
    QVERIFY(!emptyReader.hasError());
    QVERIFY(!emptyReader.readRow());
}

void TestCsvReader::sniff_data()
{
    QTest::addColumn<QByteArray>("sample");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<bool>("header");
    QTest::addColumn<Encoding>("encoding");
    QTest::addColumn<int>("minConfidence"); // for the delimiter

    // activity_BRAND_20261122.csv: Deployteq writes no header.
    QTest::newRow("deployteq activity")
        << QByteArray("1234567;anna.muller@example.nl;OPEN;22-11-2026 08:14:03;98765;"
                      "Nieuwsbrief november\n"
                      "1234568;jan.de.vries@example.nl;CLICK;22-11-2026 08:15:41;98765;"
                      "Nieuwsbrief november\n"
                      "1234569;zoë.peeters@example.be;OPEN;22-11-2026 09:01:12;98766;"
                      "\"Actie; 2 + 1 gratis\"\n"
                      "1234570;piet@example.nl;BOUNCE;22-11-2026 09:02:00;98766;"
                      "\"Actie; 2 + 1 gratis\"\n")
        << ';' << false << Encoding::Utf8 << 90;
    QTest::newRow("actito tab")
        << QByteArray("profileId\temailAddress\tcampaignName\teventType\teventDate\n"
                      "12\tmarie.dupont@example.fr\tSoldes d'été\tOPEN\t2026-11-22T08:14:03Z\n"
                      "13\tluc.martin@example.fr\tSoldes d'été\tCLICK\t2026-11-22T08:20:11Z\n"
                      "14\tines@example.fr\tNoël, enfin\tOPEN\t2026-11-22T09:00:00Z\n")
        << '\t' << true << Encoding::Utf8 << 90;
    QTest::newRow("full measure quoted newlines")
        << QByteArray("Response ID,Submitted At,Email,How did we do?,Comments\n"
                      "R_1,2026-11-22 10:01,ana@example.org,5,\"Great show!\nLoved the "
                      "second act; truly.\"\n"
                      "R_2,2026-11-22 10:07,bob@example.org,3,\"I'd like more \"\"matinee\"\" "
                      "times,\nand cheaper parking.\n\nThanks\"\n"
                      "R_3,2026-11-22 11:30,chloé@example.org,4,\n"
                      "R_4,2026-11-22 11:31,dan@example.org,5,\"Perfect; \nno notes.\"\n")
        << ',' << true << Encoding::Utf8 << 90;
    QTest::newRow("semicolon with decimal commas")
        << QByteArray("id;bedrag;datum\n1;12,50;2026-11-22\n2;7,95;2026-11-23\n"
                      "3;100,00;2026-11-24\n")
        << ';' << true << Encoding::Utf8 << 90;
    QTest::newRow("headerless decimal commas")
        << QByteArray("1;12,50;2026-11-22\n2;7,95;2026-11-23\n3;100,00;2026-11-24\n")
        << ';' << false << Encoding::Utf8 << 50;
    QTest::newRow("headerless comma with a semicolon in every row")
        << QByteArray("1,Ann,news;promo,ann@example.com\n2,Bob,news;sale,bob@example.com\n"
                      "3,Cem,sale;promo,cem@example.com\n")
        << ',' << false << Encoding::Utf8 << 50;
    QTest::newRow("pipe") << QByteArray("id|email|status\n1|a@example.com|open\n"
                                        "2|b@example.com|click\n3|c@example.com|open\n")
                          << '|' << true << Encoding::Utf8 << 90;
    QTest::newRow("utf-16 le tab")
        << utf16(u"contact\tville\nCécile\tLiège\nJosé\tMálaga\nAnna\tKöln\n"_s, true) << '\t'
        << true << Encoding::Utf16LE << 90;
    QTest::newRow("utf-16 be comma")
        << utf16(u"id,naam\n1,Zoë\n2,Daan\n3,Eva\n"_s, false) << ',' << true
        << Encoding::Utf16BE << 90;
    QTest::newRow("windows-1252")
        << QByteArray("naam;stad\nJos\xE9;K\xF6ln\nRen\xE9;Li\xE8ge\nAnne;Gen\xE8ve\n") << ';'
        << true << Encoding::Windows1252 << 90;
    QTest::newRow("utf-8 bom, e-mail column")
        << QByteArray("\xEF\xBB\xBF" "contact,email\nAnna,anna@example.com\nBen,ben@example.com\n"
                      "Cem,cem@example.com\n")
        << ',' << true << Encoding::Utf8 << 90;
    QByteArray cut = "id,comment\n";
    for (int i = 0; cut.size() < 70000; ++i)
        cut += QByteArray::number(i) + ",\"a comment; with, stuff\nover two lines\"\n";
    QTest::newRow("sample cut inside a quoted field") << cut.left(sniffSampleSize) << ','
                                                      << true << Encoding::Utf8 << 90;
}

void TestCsvReader::sniff()
{
    QFETCH(QByteArray, sample);
    QFETCH(int, minConfidence);
    SniffReport report;
    const CsvDialect d = wb::csv::sniff(sample, &report);
    const QString why = report.reasons.join(u" | "_s);
    QTEST(d.delimiter, "delimiter");
    QVERIFY2(report.delimiterConfidence >= minConfidence, qPrintable(why));
    QTEST(d.encoding, "encoding");
    QTEST(d.hasHeader, "header");
    QCOMPARE(report.reasons.size(), 3);
    QCOMPARE(d.quote, '"');
}

void TestCsvReader::largeFile()
{
    const int count = 200000;
    RowGenerator device(count);
    CsvReader reader(&device, u"big.csv"_s, dialect(',', false));
    qsizetype peak = 0;
    int bad = 0;
    while (reader.readRow()) {
        peak = std::max(peak, reader.memoryUsed());
        const int i = static_cast<int>(reader.rowsRead() - 1);
        if (reader.fieldCount() != 8 || reader.field(0) != QByteArray::number(i)
            || reader.field(3) != "said \"hi\"\ntwice" || reader.line() != 1 + 2LL * i)
            ++bad;
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.error().toString()));
    QCOMPARE(reader.rowsRead(), count);
    QCOMPARE(bad, 0);
    QVERIFY2(peak < 4 << 20, qPrintable(QString::number(peak)));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
