// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv/CsvDialect.h"
#include "csv/CsvText.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <algorithm>
#include <map>
#include <set>
#include <vector>

using namespace Qt::StringLiterals;

namespace wb::csv {

namespace {

// Each encoding's name for people and its key for options and rules.
struct EncodingNames
{
    Encoding encoding;
    const char16_t *name;
    const char16_t *key;
};

constexpr EncodingNames Encodings[] = {
    {Encoding::Utf8, u"UTF-8", u"utf-8"},
    {Encoding::Utf16LE, u"UTF-16 LE", u"utf-16le"},
    {Encoding::Utf16BE, u"UTF-16 BE", u"utf-16be"},
    {Encoding::Windows1252, u"Windows-1252", u"windows-1252"},
    {Encoding::Latin1, u"ISO-8859-1", u"iso-8859-1"},
};

const EncodingNames *namesOf(Encoding encoding)
{
    for (const EncodingNames &e : Encodings)
        if (e.encoding == encoding)
            return &e;
    return nullptr;
}

} // namespace

QString encodingName(Encoding encoding)
{
    const EncodingNames *e = namesOf(encoding);
    return e ? QString::fromUtf16(e->name) : QString();
}

QString encodingKey(Encoding encoding)
{
    const EncodingNames *e = namesOf(encoding);
    return e ? QString::fromUtf16(e->key) : QString();
}

std::optional<Encoding> encodingFromName(const QString &name)
{
    const auto loose = [](const QString &text) {
        QString out;
        for (QChar c : text)
            if (c.isLetterOrNumber())
                out += c.toLower();
        if (out == u"cp1252"_s)
            return u"windows1252"_s;
        if (out == u"latin1"_s)
            return u"iso88591"_s;
        return out;
    };
    const QString wanted = loose(name);
    for (const EncodingNames &e : Encodings)
        if (loose(QString::fromUtf16(e.key)) == wanted)
            return e.encoding;
    return std::nullopt;
}

namespace {

using Record = std::vector<QByteArrayView>;

// Like the reader, but never fails: the sample may be cut anywhere, and a wrong delimiter
// guess meets odd quoting. Quoted values keep their doubled quotes, which no test here minds.
std::vector<Record> splitRecords(QByteArrayView text, char delimiter, char quote, size_t max)
{
    std::vector<Record> records;
    const qsizetype n = text.size();
    qsizetype i = 0;
    bool lastEnded = true;
    const auto endOfField = [&](qsizetype k) {
        return k >= n || text[k] == delimiter || text[k] == '\n' || text[k] == '\r';
    };
    while (i < n && records.size() < max) {
        if (text[i] == '\n' || text[i] == '\r') {
            ++i;
            continue;
        }
        Record record;
        lastEnded = false;
        for (;;) {
            const qsizetype start = i;
            if (i < n && text[i] == quote) {
                ++i;
                while (i < n && (text[i] != quote || (i + 1 < n && text[i + 1] == quote)))
                    i += text[i] == quote ? 2 : 1;
                record.push_back(text.sliced(start + 1, std::min(i, n) - start - 1));
                i = std::min(i + 1, n);
                while (!endOfField(i))
                    ++i;
            } else {
                while (!endOfField(i))
                    ++i;
                record.push_back(text.sliced(start, i - start));
            }
            if (i >= n)
                break;
            if (text[i++] == delimiter)
                continue;
            if (text[i - 1] == '\r' && i < n && text[i] == '\n')
                ++i;
            lastEnded = true;
            break;
        }
        records.push_back(std::move(record));
    }
    if (!lastEnded && records.size() > 1)
        records.pop_back();
    return records;
}

QByteArrayView trimmed(QByteArrayView v)
{
    return v.trimmed();
}

// Numbers, amounts, dates, times and phone numbers: mostly digits and a few separators.
bool looksNumeric(QByteArrayView value)
{
    value = trimmed(value);
    if (value.isEmpty())
        return false;
    qsizetype digits = 0;
    for (const char c : value) {
        if (c >= '0' && c <= '9')
            ++digits;
        else if (!QByteArrayView("+-.,:/ TZ%").contains(c))
            return false;
    }
    return digits > 0 && 2 * digits >= value.size();
}

struct DelimiterScore
{
    char delimiter = ',';
    qsizetype fields = 0;
    double consistency = 0;
    size_t rows = 0;
};

DelimiterScore scoreDelimiter(QByteArrayView text, char delimiter)
{
    const std::vector<Record> records = splitRecords(text, delimiter, '"', 200);
    DelimiterScore score{delimiter, 0, 0, records.size()};
    std::map<qsizetype, size_t> histogram;
    for (const Record &r : records)
        ++histogram[static_cast<qsizetype>(r.size())];
    size_t best = 0;
    for (const auto &[fields, count] : histogram) {
        if (count >= best) { // ties go to more fields
            best = count;
            score.fields = fields;
        }
    }
    if (!records.empty() && score.fields >= 2)
        score.consistency = static_cast<double>(best) / static_cast<double>(records.size());
    return score;
}

QString delimiterLabel(char c)
{
    if (c == '\t')
        return QCoreApplication::translate("CsvReader", "a tab");
    return u"'%1'"_s.arg(QLatin1Char(c));
}

struct Verdict
{
    bool yes = true;
    int confidence = 0;
    QString reason;
};

Verdict detectHeader(const std::vector<Record> &records)
{
    if (records.empty())
        return {true, 0, QCoreApplication::translate("CsvReader", "The sample is empty.")};
    const Record &first = records.front();
    for (size_t c = 0; c < first.size(); ++c) {
        if (looksNumeric(first[c])) {
            const QString why = QCoreApplication::translate(
                "CsvReader", "The first row has a number or date in column %1 (“%2”): no header.");
            return {false, 90, why.arg(c + 1).arg(QString::fromUtf8(trimmed(first[c])))};
        }
    }
    if (records.size() < 2) {
        return {true, 20, QCoreApplication::translate(
                              "CsvReader", "Only one row in the sample: taken as a header.")};
    }
    std::set<QByteArrayView> seen;
    for (const QByteArrayView cell : first) {
        if (trimmed(cell).isEmpty()) {
            return {false, 60, QCoreApplication::translate(
                                   "CsvReader", "The first row has an empty value: no header.")};
        }
        if (!seen.insert(cell).second) {
            const QString why =
                QCoreApplication::translate("CsvReader", "The first row repeats “%1”: no header.");
            return {false, 60, why.arg(QString::fromUtf8(cell))};
        }
    }
    Verdict weak{true, 40,
                 QCoreApplication::translate(
                     "CsvReader", "The first row is text like the rest: taken as a header.")};
    for (size_t c = 0; c < first.size(); ++c) {
        std::vector<QByteArrayView> below;
        for (size_t r = 1; r < records.size(); ++r) {
            if (c < records[r].size() && !trimmed(records[r][c]).isEmpty())
                below.push_back(records[r][c]);
        }
        if (below.empty())
            continue;
        const auto count = [&](auto pred) {
            return static_cast<size_t>(std::count_if(below.begin(), below.end(), pred));
        };
        const QString name = QString::fromUtf8(trimmed(first[c]));
        const auto column = static_cast<qulonglong>(c + 1);
        if (2 * count(looksNumeric) >= below.size()) {
            const QString why = QCoreApplication::translate(
                "CsvReader", "Column %1 holds numbers or dates under the text “%2”: a header.");
            return {true, 90, why.arg(column).arg(name)};
        }
        const auto email = [](QByteArrayView v) { return v.contains('@'); };
        if (!first[c].contains('@') && 2 * count(email) >= below.size()) {
            const QString why = QCoreApplication::translate(
                "CsvReader", "Column %1 holds e-mail addresses under “%2”: a header.");
            return {true, 85, why.arg(column).arg(name)};
        }
        if (count([&](QByteArrayView v) { return v == first[c]; }) > 0) {
            const QString why = QCoreApplication::translate(
                "CsvReader", "“%1” in the first row comes back in column %2 below: no header.");
            return {false, 60, why.arg(name).arg(column)};
        }
        const qsizetype length = below.front().size();
        if (below.size() >= 2 && first[c].size() != length
            && count([&](QByteArrayView v) { return v.size() == length; }) == below.size()) {
            const QString why = QCoreApplication::translate(
                "CsvReader", "Column %1 has values of one length, unlike “%2”: a header.");
            weak = {true, 70, why.arg(column).arg(name)};
        }
    }
    return weak;
}

// UTF-16 without a byte-order mark: ASCII text leaves every other byte zero.
int utf16Parity(QByteArrayView sample)
{
    const qsizetype n = std::min<qsizetype>(sample.size() & ~qsizetype(1), 4096);
    if (n < 4)
        return -1;
    qsizetype zeros[2] = {0, 0};
    for (qsizetype i = 0; i < n; ++i)
        zeros[i & 1] += sample[i] == '\0' ? 1 : 0;
    const qsizetype half = n / 2;
    for (int parity = 0; parity < 2; ++parity) {
        if (zeros[parity] * 10 >= half * 4 && zeros[1 - parity] * 20 < half)
            return parity;
    }
    return -1;
}

QByteArray utf16ToUtf8(QByteArrayView data, Encoding encoding)
{
    QStringDecoder decoder(encoding == Encoding::Utf16LE ? QStringDecoder::Utf16LE
                                                         : QStringDecoder::Utf16BE,
                           QStringDecoder::Flag::Stateless);
    return QString(decoder.decode(data)).toUtf8();
}


// Returns the sample as UTF-8 text (in *decoded when it had to be converted).
QByteArrayView detectEncoding(QByteArrayView sample, CsvDialect &dialect, SniffReport &r,
                              QByteArray *decoded)
{
    const auto tr = [](const char *s) { return QCoreApplication::translate("CsvReader", s); };
    if (sample.startsWith("\xEF\xBB\xBF")) {
        r.hasBom = true;
        r.encodingConfidence = 100;
        r.reasons << tr(QT_TRANSLATE_NOOP("CsvReader", "UTF-8, from its byte-order mark."));
        return sample.sliced(3);
    }
    if (sample.startsWith("\xFF\xFE") || sample.startsWith("\xFE\xFF")) {
        r.hasBom = true;
        dialect.encoding = sample[0] == '\xFF' ? Encoding::Utf16LE : Encoding::Utf16BE;
        r.encodingConfidence = 100;
        r.reasons << tr(QT_TRANSLATE_NOOP("CsvReader", "%1, from its byte-order mark."))
                         .arg(encodingName(dialect.encoding));
        *decoded = utf16ToUtf8(sample.sliced(2), dialect.encoding);
        return *decoded;
    }
    if (const int parity = utf16Parity(sample); parity >= 0) {
        dialect.encoding = parity == 1 ? Encoding::Utf16LE : Encoding::Utf16BE;
        r.encodingConfidence = 80;
        r.reasons << tr(QT_TRANSLATE_NOOP("CsvReader", "%1 without a byte-order mark: every "
                                                       "other byte is zero."))
                         .arg(encodingName(dialect.encoding));
        *decoded = utf16ToUtf8(sample, dialect.encoding);
        return *decoded;
    }
    const text::Utf8Check check = text::checkUtf8(sample.data(), sample.size(), false, false);
    if (check.bad >= 0) {
        dialect.encoding = Encoding::Windows1252;
        r.encodingConfidence = 70;
        const auto byte = static_cast<uchar>(sample[check.bad]);
        r.reasons << tr(QT_TRANSLATE_NOOP("CsvReader", "Not UTF-8 (byte 0x%1 at offset %2): "
                                                       "probably Windows-1252."))
                         .arg(QString::number(byte, 16).toUpper())
                         .arg(check.bad);
    } else if (std::any_of(sample.begin(), sample.end(), [](char c) { return c & 0x80; })) {
        r.encodingConfidence = 95;
        r.reasons << tr(QT_TRANSLATE_NOOP(
            "CsvReader", "UTF-8: the accented letters in the sample are valid UTF-8."));
    } else {
        r.encodingConfidence = 80;
        r.reasons << tr(
            QT_TRANSLATE_NOOP("CsvReader", "Plain ASCII in the sample: read as UTF-8."));
    }
    return sample;
}

void detectDelimiter(QByteArrayView text, CsvDialect &dialect, SniffReport &r)
{
    const auto tr = [](const char *s) { return QCoreApplication::translate("CsvReader", s); };
    std::vector<DelimiterScore> scores;
    for (const char c : {'\t', ';', '|', ','})
        scores.push_back(scoreDelimiter(text, c));
    // Stable: at equal scores the order above decides, tab and semicolon first because their
    // files often carry decimal commas that give commas a consistent count too.
    std::stable_sort(scores.begin(), scores.end(), [](const auto &a, const auto &b) {
        const int ca = qRound(a.consistency * 100);
        const int cb = qRound(b.consistency * 100);
        return ca != cb ? ca > cb : a.fields > b.fields;
    });
    const DelimiterScore &best = scores.front();
    if (best.consistency <= 0) {
        r.delimiterConfidence = 30;
        r.reasons << tr(QT_TRANSLATE_NOOP(
            "CsvReader", "No delimiter splits the rows: one column, comma assumed."));
        return;
    }
    dialect.delimiter = best.delimiter;
    int confidence = qRound(best.consistency * 100);
    QString reason = tr(QT_TRANSLATE_NOOP("CsvReader", "%1 splits %2 of %3 rows into %4 fields."))
                         .arg(delimiterLabel(best.delimiter))
                         .arg(qRound(best.consistency * static_cast<double>(best.rows)))
                         .arg(best.rows)
                         .arg(best.fields);
    if (best.rows < 3)
        confidence = std::min(confidence, 60);
    const DelimiterScore &next = scores[1];
    if (next.consistency > 0 && next.consistency >= best.consistency - 0.05) {
        confidence = std::min(confidence, 60);
        reason += u' '
            + tr(QT_TRANSLATE_NOOP("CsvReader", "%1 would also fit (%2 fields)."))
                  .arg(delimiterLabel(next.delimiter))
                  .arg(next.fields);
    }
    r.delimiterConfidence = confidence;
    r.reasons << reason;
}

} // namespace

CsvDialect sniff(QByteArrayView sample, SniffReport *report)
{
    CsvDialect dialect;
    SniffReport r;
    QByteArray decoded;
    const QByteArrayView text = detectEncoding(
        sample.first(std::min(sample.size(), sniffSampleSize)), dialect, r, &decoded);
    detectDelimiter(text, dialect, r);
    const Verdict header = detectHeader(splitRecords(text, dialect.delimiter, '"', 50));
    dialect.hasHeader = header.yes;
    r.headerConfidence = header.confidence;
    r.reasons << header.reason;
    if (report)
        *report = r;
    return dialect;
}

} // namespace wb::csv
