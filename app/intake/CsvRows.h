// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "intake/RowSource.h"

#include <QIODevice>

#include <memory>
#include <optional>

namespace wb {

// A CSV file as rows, its dialect sniffed from `head` (the file's first bytes). `encoding`
// is the user's choice ("windows-1252", ...) or empty: then the file must be UTF-8 (or UTF-16
// with a byte-order mark), as the platforms document, and a stray byte is an error that names
// its offset rather than a silent guess. `dialectText` receives a short description
// ("semicolon-separated, UTF-8"). Returns nullptr with *error for an unknown encoding name.
struct CsvOverrides
{
    QString encoding;
    char delimiter = 0;        // 0: sniffed
    std::optional<char> quote; // unset: '"'; '\0': no quoting
};

std::unique_ptr<RowSource> openCsvRows(QIODevice *device, QByteArrayView head, const QString &fileName,
                                       const CsvOverrides &overrides, QString *dialectText, QString *error);

} // namespace wb
