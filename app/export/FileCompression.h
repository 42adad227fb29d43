// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/ExportDefinition.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>

#include <memory>

namespace wb {

// Streams an export file's bytes into `device`, compressed as the definition says: as is,
// gzip (RFC 1952), or a one-entry zip archive (deflate, with a data descriptor so nothing
// has to be known before the end) whose entry is `entryName` (the .csv name).
class CompressedWriter
{
public:
    static std::unique_ptr<CompressedWriter> create(Compression compression, QIODevice *device,
                                                    const QString &entryName);
    virtual ~CompressedWriter() = default;
    virtual bool write(QByteArrayView bytes) = 0;
    virtual bool finish() = 0; // trailers; false on a write error
    QString errorString() const { return m_error; }

protected:
    QString m_error;
};

} // namespace wb
