// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace wb {

// Where in a file something went wrong, and what.
struct ImportError
{
    qint64 line = 0;   // 1-based; 0 when not tied to a line
    qint64 column = 0; // 1-based field number (CSV) or character (JSON); 0 when unknown
    QString message;
    // The file could not be read without knowing its date order (--dates, or a rule's).
    bool dateOrderNeeded = false;

    // "opens.csv:12:3: message"
    QString toString(const QString &fileName) const;
};

// The rows of one file as UTF-8 cells, whatever the file's syntax.
class RowSource
{
public:
    virtual ~RowSource() = default;
    // Moves to the next row; false at the end or on an error (then error() says what).
    virtual bool next() = 0;
    virtual qsizetype cellCount() const = 0;
    // Valid until the next call to next().
    virtual QByteArrayView cell(qsizetype index) const = 0;
    virtual qint64 line() const = 0;     // where the current row starts
    virtual qint64 position() const = 0; // bytes consumed, for progress
    virtual std::optional<ImportError> error() const = 0;
};

} // namespace wb
