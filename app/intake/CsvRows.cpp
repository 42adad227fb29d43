// SPDX-License-Identifier: GPL-3.0-or-later
#include "intake/CsvRows.h"

#include "csv/CsvReader.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace wb {

namespace {

class CsvRows final : public RowSource
{
public:
    CsvRows(QIODevice *device, const QString &fileName, const csv::CsvDialect &dialect)
        : m_reader(device, fileName, dialect)
    {
    }

    bool next() override { return m_reader.readRow(); }
    qsizetype cellCount() const override { return m_reader.fieldCount(); }
    QByteArrayView cell(qsizetype index) const override { return m_reader.field(index); }
    qint64 line() const override { return m_reader.line(); }
    qint64 position() const override { return m_reader.byteOffset(); }
    std::optional<ImportError> error() const override
    {
        if (!m_reader.hasError())
            return std::nullopt;
        const csv::CsvError &e = m_reader.error();
        return ImportError{e.line, e.column, e.message};
    }

private:
    csv::CsvReader m_reader;
};

QString delimiterText(char delimiter)
{
    switch (delimiter) {
    case ',': return QCoreApplication::translate("CsvRows", "comma-separated");
    case ';': return QCoreApplication::translate("CsvRows", "semicolon-separated");
    case '\t': return QCoreApplication::translate("CsvRows", "tab-separated");
    case '|': return QCoreApplication::translate("CsvRows", "pipe-separated");
    default: return QCoreApplication::translate("CsvRows", "separated by '%1'").arg(QLatin1Char(delimiter));
    }
}

} // namespace

std::unique_ptr<RowSource> openCsvRows(QIODevice *device, QByteArrayView head, const QString &fileName,
                                       const CsvOverrides &overrides, QString *dialectText, QString *error)
{
    csv::CsvDialect dialect = csv::sniff(head);
    const QString &encoding = overrides.encoding;
    if (overrides.delimiter)
        dialect.delimiter = overrides.delimiter;
    if (overrides.quote)
        dialect.quote = *overrides.quote;
    if (encoding.isEmpty()) {
        if (dialect.encoding == csv::Encoding::Windows1252 || dialect.encoding == csv::Encoding::Latin1)
            dialect.encoding = csv::Encoding::Utf8;
    } else {
        const auto chosen = csv::encodingFromName(encoding);
        if (!chosen) {
            *error = QCoreApplication::translate("CsvRows", "unknown encoding \"%1\": use UTF-8, UTF-16LE, "
                                                            "UTF-16BE, Windows-1252 or ISO-8859-1").arg(encoding);
            return nullptr;
        }
        dialect.encoding = *chosen;
    }
    if (dialectText)
        *dialectText = delimiterText(dialect.delimiter) + u", "_s + csv::encodingName(dialect.encoding);
    // The importer decides whether the first row is a header (a format may omit it), so the
    // reader hands every row over, and checks they all have the first row's field count.
    dialect.hasHeader = false;
    return std::make_unique<CsvRows>(device, fileName, dialect);
}

} // namespace wb
