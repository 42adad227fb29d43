// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv/CsvReader.h"
#include "csv/CsvText.h"

#include <QCoreApplication>
#include <QIODevice>

#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;

namespace wb::csv {

using Kind = CsvError::Kind;

QString CsvError::toString() const
{
    return u"%1:%2:%3: %4"_s.arg(file, QString::number(line), QString::number(column), message);
}

CsvReader::CsvReader(QIODevice *device, const QString &fileName, const CsvDialect &dialect,
                     const CsvReaderOptions &options)
    : m_device(device), m_fileName(fileName), m_dialect(dialect), m_options(options),
      m_encoding(dialect.encoding)
{
    // Nonsense dialects (possible from a settings file or the fuzzer) degrade to sane ones
    // rather than to undefined parsing.
    const char d = m_dialect.delimiter;
    if (d == '\0' || d == '\n' || d == '\r')
        m_dialect.delimiter = ',';
    const char q = m_dialect.quote;
    if (q == m_dialect.delimiter || q == '\n' || q == '\r')
        m_dialect.quote = '\0';
    m_options.blockSize = std::max<qsizetype>(1, m_options.blockSize);
    m_options.maxRowBytes = std::max<qsizetype>(1, m_options.maxRowBytes);
    m_special[static_cast<uchar>(m_dialect.delimiter)] = true;
    m_special['\n'] = true;
    m_special['\r'] = true;
    if (m_dialect.quote != '\0')
        m_special[static_cast<uchar>(m_dialect.quote)] = true;
}

qsizetype CsvReader::memoryUsed() const
{
    return m_buf.capacity() + m_scratch.capacity() + m_raw.capacity()
        + static_cast<qsizetype>(m_fields.capacity() * sizeof(QByteArrayView)
                                 + m_fieldStarts.capacity() * sizeof(qsizetype)
                                 + m_escaped.capacity() * sizeof(size_t));
}

bool CsvReader::readHeader()
{
    if (hasError())
        return false;
    if (!m_started && !start())
        return false;
    if (m_headerDone)
        return true;
    m_headerDone = true;
    if (!m_dialect.hasHeader)
        return true;
    if (!readRecord())
        return false;
    m_header.reserve(fieldCount());
    for (const QByteArrayView f : m_fields)
        m_header.append(f.toByteArray());
    m_fields.clear();
    return true;
}

bool CsvReader::readRow()
{
    if (!readHeader() || !readRecord()) {
        m_fields.clear();
        return false;
    }
    ++m_rows;
    return true;
}

bool CsvReader::start()
{
    m_started = true;
    char head[3];
    qsizetype have = 0;
    while (have < 3 && !m_eof) {
        const qint64 n = readDevice(head + have, 3 - have);
        if (n < 0)
            return false;
        have += n;
    }
    qsizetype bom = 0;
    const auto byte = [&](int i) { return static_cast<uchar>(head[i]); };
    if (have == 3 && byte(0) == 0xEF && byte(1) == 0xBB && byte(2) == 0xBF) {
        m_encoding = Encoding::Utf8;
        bom = 3;
    } else if (have >= 2 && byte(0) == 0xFF && byte(1) == 0xFE) {
        m_encoding = Encoding::Utf16LE;
        bom = 2;
    } else if (have >= 2 && byte(0) == 0xFE && byte(1) == 0xFF) {
        m_encoding = Encoding::Utf16BE;
        bom = 2;
    }
    if (m_encoding == Encoding::Utf16LE || m_encoding == Encoding::Utf16BE) {
        // A second byte-order mark must come out as text, or the byte offsets would drift.
        m_utf16 = QStringDecoder(m_encoding == Encoding::Utf16LE ? QStringDecoder::Utf16LE
                                                                 : QStringDecoder::Utf16BE,
                                 QStringDecoder::Flag::ConvertInitialBom);
    }
    m_posFileOffset = bom;
    reserve(m_options.blockSize);
    append(head + bom, have - bom);
    checkNewData();
    return true;
}

qint64 CsvReader::readDevice(char *to, qint64 max)
{
    for (;;) {
        const qint64 n = m_device->read(to, max);
        if (n > 0)
            return n;
        if (n < 0 && !m_device->isSequential()) {
            failAt(Kind::ReadFailed, m_end,
                   QCoreApplication::translate("CsvReader", "cannot read the file: %1")
                       .arg(m_device->errorString()));
            return -1;
        }
        // A pipe or socket may simply have nothing yet.
        if (n == 0 && m_device->isSequential() && m_device->waitForReadyRead(-1))
            continue;
        m_eof = true;
        return 0;
    }
}

void CsvReader::reserve(qsizetype free)
{
    const qsizetype need = m_end + free + 1; // + the sentinel
    if (m_buf.size() < need)
        m_buf.resize(std::max(need, m_buf.size() + m_buf.size() / 2));
}

void CsvReader::append(const char *raw, qsizetype size)
{
    switch (m_encoding) {
    case Encoding::Utf8:
        reserve(size);
        std::memcpy(m_buf.data() + m_end, raw, static_cast<size_t>(size));
        m_end += size;
        break;
    case Encoding::Windows1252:
        reserve(3 * size);
        m_end += text::windows1252ToUtf8(raw, size, m_buf.data() + m_end);
        break;
    case Encoding::Latin1:
        reserve(3 * size);
        m_end += text::latin1ToUtf8(raw, size, m_buf.data() + m_end);
        break;
    case Encoding::Utf16LE:
    case Encoding::Utf16BE: {
        // The decoder keeps an odd byte for the next block, but not half a surrogate pair.
        QString text = m_utf16.decode(QByteArrayView(raw, size)); // once: it is stateful
        text.prepend(m_utf16Carry);
        m_utf16Carry.clear();
        if (!m_eof && !text.isEmpty() && text.back().isHighSurrogate()) {
            m_utf16Carry = text.back();
            text.chop(1);
        }
        const QByteArray utf8 = text.toUtf8();
        reserve(utf8.size());
        std::memcpy(m_buf.data() + m_end, utf8.constData(), static_cast<size_t>(utf8.size()));
        m_end += utf8.size();
        break;
    }
    }
    m_buf.data()[m_end] = '\n';
}

bool CsvReader::fill()
{
    if (m_eof)
        return true;
    if (m_pos > 0) {
        const qsizetype keep = m_end - m_pos;
        std::memmove(m_buf.data(), m_buf.constData() + m_pos, static_cast<size_t>(keep));
        m_base += m_pos;
        m_checked -= m_pos;
        m_end = keep;
        m_pos = 0;
        // Give back what one huge row took.
        const qsizetype normal = m_options.blockSize + 1;
        if (m_buf.size() > 4 * normal && m_end < normal) {
            m_buf.resize(normal);
            m_buf.squeeze();
            m_scratch = QByteArray();
        }
    }
    const qsizetype block = m_options.blockSize;
    if (m_encoding == Encoding::Utf8) {
        reserve(block);
        const qint64 n = readDevice(m_buf.data() + m_end, block);
        if (n < 0)
            return false;
        m_end += n;
    } else {
        m_raw.resize(block);
        const qint64 n = readDevice(m_raw.data(), block);
        if (n < 0)
            return false;
        if (n > 0 || !m_utf16Carry.isEmpty())
            append(m_raw.constData(), n);
    }
    m_buf.data()[m_end] = '\n'; // the sentinel moved with the compaction
    checkNewData();
    return true;
}

void CsvReader::checkNewData()
{
    if (m_badAt >= 0 || m_checked >= m_end)
        return;
    const text::Utf8Check r =
        text::checkUtf8(m_buf.constData() + m_checked, m_end - m_checked, m_eof);
    if (r.bad >= 0) {
        m_badAt = m_base + m_checked + r.bad;
        m_badIsNul = r.nul;
        m_checked = m_end;
    } else {
        m_checked += r.checked;
    }
}

bool CsvReader::skipBlankLines()
{
    for (;;) {
        if (m_pos == m_end) {
            if (m_eof || !fill())
                return false;
            continue;
        }
        const qsizetype from = m_pos;
        const char c = m_buf.at(m_pos);
        if (c == '\n') {
            ++m_pos;
        } else if (c == '\r') {
            if (m_pos + 1 == m_end && !m_eof) {
                if (!fill())
                    return false;
                continue;
            }
            m_pos += m_pos + 1 < m_end && m_buf.at(m_pos + 1) == '\n' ? 2 : 1;
        } else {
            return true;
        }
        ++m_nextLine;
        m_posFileOffset += sourceBytes(from, m_pos);
    }
}

bool CsvReader::readRecord()
{
    if (hasError() || !skipBlankLines())
        return false;
    m_rowLine = m_nextLine;
    m_rowOffset = m_posFileOffset;
    for (;;) {
        switch (parseRow()) {
        case Parse::Row:
            return finishRow();
        case Parse::Failed:
            return false;
        case Parse::NeedMore:
            break;
        }
        if (m_end - m_pos > m_options.maxRowBytes)
            return failRowTooLong();
        // The row runs past everything read so far, so a bad byte in there is in this row.
        if (badByteBefore(m_end))
            return false;
        if (!fill())
            return false;
    }
}

namespace {

qint64 countLineBreaks(const char *from, const char *to)
{
    qint64 n = 0;
    for (const char *p = from; p < to; ++p) {
        if (*p == '\n' || (*p == '\r' && (p + 1 == to || p[1] != '\n')))
            ++n;
    }
    return n;
}

} // namespace

CsvReader::Parse CsvReader::parseRow()
{
    const char *const buf = m_buf.constData();
    const char *const end = buf + m_end;
    const char delimiter = m_dialect.delimiter;
    const char quote = m_dialect.quote;
    const bool eof = m_eof;
    const bool *const special = m_special.data();
    m_fields.clear();
    m_fieldStarts.clear();
    m_escaped.clear();
    m_rowBreaks = 0;
    const char *p = buf + m_pos;
    for (;;) {
        const char *const start = p;
        m_fieldStarts.push_back(start - buf);
        if (p == end) {
            if (!eof)
                return Parse::NeedMore;
            m_fields.emplace_back(p, 0); // after a delimiter that ends the file
            break;
        }
        if (quote != '\0' && *p == quote) {
            const char *c = p + 1;
            bool doubled = false;
            for (;;) {
                c = static_cast<const char *>(std::memchr(c, quote, static_cast<size_t>(end - c)));
                if (!c) {
                    if (!eof)
                        return Parse::NeedMore;
                    return fail(Kind::UnterminatedQuote, start - buf, m_end, {});
                }
                if (c + 1 == end) {
                    if (!eof) // the next block may start with the second quote of a pair
                        return Parse::NeedMore;
                    break;
                }
                if (c[1] != quote)
                    break;
                doubled = true;
                c += 2;
            }
            if (doubled)
                m_escaped.push_back(m_fields.size());
            const auto length = static_cast<size_t>(c - p - 1);
            m_fields.emplace_back(p + 1, c - p - 1);
            if (std::memchr(p + 1, '\n', length) || std::memchr(p + 1, '\r', length))
                m_rowBreaks += countLineBreaks(p + 1, c);
            p = c + 1;
            if (p != end && *p != delimiter && *p != '\n' && *p != '\r') {
                return fail(Kind::TextAfterQuote, p - buf, p - buf,
                            QCoreApplication::translate(
                                "CsvReader",
                                "unexpected text after a closing quote: expected the "
                                "delimiter (%1) or the end of the line")
                                .arg(delimiterName()));
            }
        } else {
            while (!special[static_cast<uchar>(*p)]) // stops at the '\n' sentinel at worst
                ++p;
            if (p == end) {
                if (!eof)
                    return Parse::NeedMore;
            } else if (quote != '\0' && *p == quote) {
                return fail(Kind::UnexpectedQuote, p - buf, p - buf,
                            QCoreApplication::translate(
                                "CsvReader",
                                "quote inside an unquoted field: expected the delimiter (%1) or "
                                "the end of the line; a field holding quotes must be quoted "
                                "whole, with each quote doubled")
                                .arg(delimiterName()));
            }
            m_fields.emplace_back(start, p - start);
        }
        if (p == end) {
            break;
        }
        if (*p == delimiter) {
            ++p;
            continue;
        }
        m_rowContentEnd = p - buf;
        if (*p == '\n') {
            m_rowEnd = p - buf + 1;
        } else if (p + 1 == end) { // a '\r': is a '\n' next?
            if (!eof)
                return Parse::NeedMore;
            m_rowEnd = m_end;
        } else {
            m_rowEnd = p - buf + (p[1] == '\n' ? 2 : 1);
        }
        return Parse::Row;
    }
    m_rowContentEnd = m_end;
    m_rowEnd = m_end;
    return Parse::Row;
}

bool CsvReader::finishRow()
{
    // Checked here too, not only while reading, so that the block size cannot change the outcome.
    if (m_rowEnd - m_pos > m_options.maxRowBytes)
        return failRowTooLong();
    if (badByteBefore(m_rowEnd))
        return false;
    const qsizetype count = fieldCount();
    if (m_expectedFields < 0) {
        m_expectedFields = count;
    } else if (m_options.checkFieldCount && count != m_expectedFields) {
        const qsizetype at = count > m_expectedFields
            ? m_fieldStarts[static_cast<size_t>(m_expectedFields)]
            : m_rowContentEnd;
        const QString message = m_dialect.hasHeader
            ? QCoreApplication::translate("CsvReader",
                                          "expected %1 fields as in the header, found %2")
            : QCoreApplication::translate("CsvReader",
                                          "expected %1 fields as in the first row, found %2");
        failAt(Kind::RaggedRow, at, message.arg(m_expectedFields).arg(count));
        return false;
    }
    if (!m_escaped.empty()) {
        qsizetype need = 0;
        for (const size_t i : m_escaped)
            need += m_fields[i].size();
        if (m_scratch.size() < need)
            m_scratch.resize(need); // before any view points into it
        char *out = m_scratch.data();
        const char quote = m_dialect.quote;
        for (const size_t i : m_escaped) {
            const QByteArrayView in = m_fields[i];
            char *const first = out;
            for (qsizetype k = 0; k < in.size(); ++k) {
                *out++ = in[k];
                if (in[k] == quote)
                    ++k; // quotes come in pairs here: the parser checked
            }
            m_fields[i] = QByteArrayView(first, out - first);
        }
    }
    m_nextLine = m_rowLine + 1 + m_rowBreaks;
    m_posFileOffset += sourceBytes(m_pos, m_rowEnd);
    m_pos = m_rowEnd;
    return true;
}

bool CsvReader::failRowTooLong()
{
    // Only the bytes within the limit count, checked here rather than by the block-wise check
    // (which may not have seen the end of a character yet), so the outcome is the same however
    // the file arrives.
    const qsizetype limit = std::min(m_options.maxRowBytes + 1, m_end - m_pos);
    const text::Utf8Check check = text::checkUtf8(m_buf.constData() + m_pos, limit, false);
    if (check.bad >= 0) {
        reportBadByte(m_pos + check.bad, check.nul);
        return false;
    }
    const qsizetype mib = m_options.maxRowBytes >> 20;
    failAt(Kind::RowTooLong, m_pos,
           mib > 0 ? QCoreApplication::translate(
                         "CsvReader", "row too long (over %1 MiB), the file may not be CSV")
                         .arg(mib)
                   : QCoreApplication::translate(
                         "CsvReader", "row too long (over %1 bytes), the file may not be CSV")
                         .arg(m_options.maxRowBytes));
    return false;
}

qint64 CsvReader::sourceBytes(qsizetype from, qsizetype to) const
{
    const char *p = m_buf.constData() + from;
    const char *const end = m_buf.constData() + to;
    qint64 n = 0;
    switch (m_encoding) {
    case Encoding::Utf8:
        return to - from;
    case Encoding::Windows1252:
    case Encoding::Latin1:
        for (; p < end; ++p)
            n += text::isContinuation(*p) ? 0 : 1;
        return n;
    case Encoding::Utf16LE:
    case Encoding::Utf16BE:
        for (; p < end; ++p) {
            if (!text::isContinuation(*p))
                n += static_cast<uchar>(*p) >= 0xF0 ? 4 : 2; // a surrogate pair, or one unit
        }
        return n;
    }
    return n;
}

bool CsvReader::badByteBefore(qsizetype index)
{
    if (m_badAt < 0 || m_badAt >= m_base + index)
        return false;
    reportBadByte(static_cast<qsizetype>(m_badAt - m_base), m_badIsNul);
    return true;
}

void CsvReader::reportBadByte(qsizetype at, bool nul)
{
    failAt(nul ? Kind::BinaryData : Kind::InvalidUtf8, at, {});
    if (nul) {
        m_error.message = QCoreApplication::translate(
                              "CsvReader",
                              "NUL byte at byte %1: this is a binary file, or UTF-16 text "
                              "without a byte-order mark")
                              .arg(m_error.byteOffset);
    } else {
        const auto value = static_cast<uchar>(m_buf.at(at));
        m_error.message = QCoreApplication::translate(
                              "CsvReader",
                              "invalid UTF-8 at byte %1 (0x%2): the file may be Windows-1252; "
                              "choose that encoding")
                              .arg(m_error.byteOffset)
                              .arg(QString::number(value, 16).toUpper());
    }
}

CsvReader::Parse CsvReader::fail(Kind kind, qsizetype index, qsizetype seen,
                                 const QString &message)
{
    // Reading in blocks would have stopped at the row limit before getting this far.
    if (seen - m_pos > m_options.maxRowBytes) {
        failRowTooLong();
        return Parse::Failed;
    }
    if (badByteBefore(kind == Kind::UnterminatedQuote ? m_end : index))
        return Parse::Failed;
    failAt(kind, index, message);
    if (kind == Kind::UnterminatedQuote) {
        const QString text = QCoreApplication::translate(
            "CsvReader", "unterminated quoted field (opened at line %1, column %2)");
        m_error.message = text.arg(m_error.line).arg(m_error.column);
    }
    return Parse::Failed;
}

void CsvReader::failAt(Kind kind, qsizetype index, const QString &message)
{
    // Errors are rare: working out where they are can afford a second look at the row.
    const char *const buf = m_buf.constData();
    qint64 line = m_nextLine;
    qsizetype lineStart = m_pos;
    for (qsizetype i = m_pos; i < index; ++i) {
        if (buf[i] == '\n' || (buf[i] == '\r' && (i + 1 >= m_end || buf[i + 1] != '\n'))) {
            ++line;
            lineStart = i + 1;
        }
    }
    qint64 column = 1;
    for (qsizetype i = lineStart; i < index; ++i)
        column += text::isContinuation(buf[i]) ? 0 : 1;
    m_error.file = m_fileName;
    m_error.line = line;
    m_error.column = column;
    m_error.byteOffset = m_posFileOffset + sourceBytes(m_pos, index);
    m_error.message = message;
    m_error.kind = kind;
}

QString CsvReader::delimiterName() const
{
    if (m_dialect.delimiter == '\t')
        return QCoreApplication::translate("CsvReader", "a tab");
    return u"'%1'"_s.arg(QLatin1Char(m_dialect.delimiter));
}

} // namespace wb::csv
