// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csv/CsvDialect.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>

#include <array>
#include <span>
#include <vector>

class QIODevice;

namespace wb::csv {

struct CsvError
{
    enum class Kind : quint8 {
        None,
        UnterminatedQuote, // at the opening quote
        UnexpectedQuote,   // a quote inside an unquoted field
        TextAfterQuote,    // at the first character after the closing quote
        InvalidUtf8,       // at the offending byte
        BinaryData,        // a NUL byte
        RaggedRow,         // at the first extra field, or where the short row ends
        RowTooLong,        // at the row start
        ReadFailed,
    };

    QString file;
    qint64 line = 0;       // 1-based
    qint64 column = 0;     // 1-based, in characters of that line
    qint64 byteOffset = 0; // 0-based, in the file's own bytes (before any transcoding)
    QString message;       // translated
    Kind kind = Kind::None;

    // "opens.csv:12:7: unterminated quoted field (opened at line 12, column 7)"
    QString toString() const;
};

struct CsvReaderOptions
{
    qsizetype blockSize = 1 << 20;     // bytes asked of the device per read
    qsizetype maxRowBytes = 16 << 20;  // a longer row is an error: the file is likely not CSV
    bool checkFieldCount = true;       // every row must have as many fields as the first
};

// A streaming RFC 4180 reader built for bulk import: fields come out as UTF-8 views into its own
// buffers, without a copy unless a field holds doubled quotes, and memory stays at about two
// blocks whatever the file size. Blank lines are skipped, so a one-column file must quote an
// empty value ("").
class CsvReader
{
public:
    CsvReader(QIODevice *device, const QString &fileName, const CsvDialect &dialect,
              const CsvReaderOptions &options = {});
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    // Reads the header row if the dialect has one and it was not read yet; readRow() calls it.
    // False on an error or an empty file.
    bool readHeader();
    const QByteArrayList &header() const { return m_header; }

    // False at the end of the file or on an error (see hasError()); after an error, always false.
    bool readRow();

    // The current row's fields, valid until the next readRow().
    qsizetype fieldCount() const { return static_cast<qsizetype>(m_fields.size()); }
    QByteArrayView field(qsizetype i) const { return m_fields[static_cast<size_t>(i)]; }
    std::span<const QByteArrayView> fields() const { return m_fields; }

    qint64 line() const { return m_rowLine; }         // where the current row starts, 1-based
    qint64 byteOffset() const { return m_rowOffset; } // of the current row, in the file
    qint64 rowsRead() const { return m_rows; }        // data rows so far, header excluded

    bool hasError() const { return m_error.kind != CsvError::Kind::None; }
    const CsvError &error() const { return m_error; }

    Encoding encoding() const { return m_encoding; } // after byte-order mark detection
    qsizetype memoryUsed() const;

private:
    enum class Parse { Row, NeedMore, Failed };

    bool start();
    bool readRecord();
    bool skipBlankLines();
    Parse parseRow();
    bool finishRow();
    bool fill();
    qint64 readDevice(char *to, qint64 max);
    void append(const char *raw, qsizetype size);
    void reserve(qsizetype free);
    void checkNewData();
    bool badByteBefore(qsizetype index);
    void reportBadByte(qsizetype index, bool nul);

    qint64 sourceBytes(qsizetype from, qsizetype to) const;
    // seen: the m_buf index up to which the row had to be read to find the error
    Parse fail(CsvError::Kind kind, qsizetype index, qsizetype seen,
               const QString &message);
    bool failRowTooLong();
    void failAt(CsvError::Kind kind, qsizetype index, const QString &message);
    QString delimiterName() const;

    QIODevice *m_device;
    QString m_fileName;
    CsvDialect m_dialect;
    CsvReaderOptions m_options;
    Encoding m_encoding;
    std::array<bool, 256> m_special{};

    // Unread text is m_buf[m_pos, m_end), followed by a '\n' sentinel so the field scan needs
    // no bounds check. Text is always UTF-8 here: other encodings are converted as they arrive.
    QByteArray m_buf;
    qsizetype m_pos = 0;
    qsizetype m_end = 0;
    qsizetype m_checked = 0;  // m_buf index up to which NUL and UTF-8 checks ran
    qint64 m_base = 0;        // offset in the UTF-8 text of m_buf[0]
    qint64 m_badAt = -1;      // offset in the UTF-8 text of the first NUL or invalid byte
    bool m_badIsNul = false;
    qint64 m_posFileOffset = 0; // file offset of m_buf[m_pos]
    QByteArray m_raw;           // undecoded bytes for the transcoding paths
    QStringDecoder m_utf16;
    QString m_utf16Carry;

    std::vector<QByteArrayView> m_fields;
    std::vector<qsizetype> m_fieldStarts; // m_buf index of each field, to place ragged errors
    std::vector<size_t> m_escaped;        // fields holding doubled quotes
    QByteArray m_scratch;
    qsizetype m_rowEnd = 0;        // m_buf index after the row's line break
    qsizetype m_rowContentEnd = 0; // m_buf index of the row's line break
    qint64 m_rowBreaks = 0;        // line breaks inside quoted fields of the row

    QByteArrayList m_header;
    qsizetype m_expectedFields = -1;
    qint64 m_nextLine = 1;
    qint64 m_rowLine = 0;
    qint64 m_rowOffset = 0;
    qint64 m_rows = 0;
    bool m_started = false;
    bool m_eof = false;
    bool m_headerDone = false;
    CsvError m_error;
};

} // namespace wb::csv
