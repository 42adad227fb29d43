// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/FileCompression.h"

#include "core/ZipRecords.h"

#include <QCoreApplication>
#include <QDateTime>

#include <zlib.h>

#include <algorithm>

namespace wb {

namespace {

using namespace zip;

QString tr(const char *text)
{
    return QCoreApplication::translate("wb", text);
}

constexpr qsizetype ChunkSize = 256 * 1024;

// Writes everything or sets *error: QIODevice::write may take less than it was given.
bool writeAll(QIODevice *device, const char *data, qint64 size, QString *error)
{
    while (size > 0) {
        const qint64 n = device->write(data, size);
        if (n <= 0) {
            *error = tr("Cannot write the export file: %1").arg(device->errorString());
            return false;
        }
        data += n;
        size -= n;
    }
    return true;
}

class PlainWriter final : public CompressedWriter
{
public:
    explicit PlainWriter(QIODevice *device) : m_device(device) {}
    bool write(QByteArrayView bytes) override
    {
        return writeAll(m_device, bytes.data(), bytes.size(), &m_error);
    }
    bool finish() override { return m_error.isEmpty(); }

private:
    QIODevice *m_device;
};

// A deflate stream whose output goes to the device as it fills; windowBits picks the framing
// (31: gzip header and trailer, -15: raw, for zip).
class Deflater
{
    Q_DECLARE_TR_FUNCTIONS(wb::Deflater)

public:
    Deflater(QIODevice *device, int windowBits) : m_device(device), m_buffer(ChunkSize, Qt::Uninitialized)
    {
        m_ok = deflateInit2(&m_stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, windowBits, 8,
                            Z_DEFAULT_STRATEGY) == Z_OK;
    }
    ~Deflater()
    {
        if (m_ok)
            deflateEnd(&m_stream);
    }
    Deflater(const Deflater &) = delete;
    Deflater &operator=(const Deflater &) = delete;

    bool run(QByteArrayView bytes, bool last, QString *error)
    {
        if (!m_ok) {
            *error = tr("Cannot start compressing the export file.");
            return false;
        }
        // zlib takes a non-const pointer but does not write through it.
        m_stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(bytes.data()));
        qsizetype remaining = bytes.size();
        int status = Z_OK;
        do {
            // avail_in is 32 bits wide: feed huge blocks in slices.
            const uInt slice = uInt(std::min<qsizetype>(remaining, 1 << 30));
            m_stream.avail_in = slice;
            const bool lastSlice = remaining == slice;
            do {
                m_stream.next_out = reinterpret_cast<Bytef *>(m_buffer.data());
                m_stream.avail_out = uInt(m_buffer.size());
                status = deflate(&m_stream, last && lastSlice ? Z_FINISH : Z_NO_FLUSH);
                if (status == Z_STREAM_ERROR) {
                    *error = tr("Compressing the export file failed.");
                    return false;
                }
                const qint64 produced = m_buffer.size() - m_stream.avail_out;
                m_written += quint64(produced);
                if (!writeAll(m_device, m_buffer.constData(), produced, error))
                    return false;
            } while (m_stream.avail_out == 0);
            remaining -= slice;
        } while (remaining > 0);
        return !last || status == Z_STREAM_END;
    }

    quint64 written() const { return m_written; }

private:
    QIODevice *m_device;
    QByteArray m_buffer;
    z_stream m_stream{};
    bool m_ok = false;
    quint64 m_written = 0;
};

class GzipWriter final : public CompressedWriter
{
public:
    explicit GzipWriter(QIODevice *device) : m_deflater(device, 31) {}
    bool write(QByteArrayView bytes) override
    {
        return !m_done && m_deflater.run(bytes, false, &m_error);
    }
    bool finish() override
    {
        if (m_done)
            return m_error.isEmpty();
        m_done = true;
        return m_deflater.run({}, true, &m_error);
    }

private:
    Deflater m_deflater;
    bool m_done = false;
};

// A one-entry zip archive written as a stream: the local header says "sizes and CRC follow
// the data" (flag bit 3), the data descriptor gives them, the central directory repeats them.
// Zip64 records are added only when a size or offset does not fit in 32 bits.
class ZipWriter final : public CompressedWriter
{
public:
    ZipWriter(QIODevice *device, const QString &entryName)
        : m_device(device), m_deflater(device, -15), m_name(entryName.toUtf8())
    {
        const QDateTime now = QDateTime::currentDateTime();
        const QDate date = now.date();
        const QTime time = now.time();
        const int year = std::clamp(date.year(), 1980, 2107);
        m_dosDate = quint32(((year - 1980) << 9) | (date.month() << 5) | date.day());
        m_dosTime = quint32((time.hour() << 11) | (time.minute() << 5) | (time.second() / 2));

        QByteArray header;
        put32(header, LocalHeader);
        put16(header, 20); // version needed: deflate
        put16(header, Flags);
        put16(header, MethodDeflate);
        put16(header, m_dosTime);
        put16(header, m_dosDate);
        put32(header, 0); // CRC and sizes: in the data descriptor
        put32(header, 0);
        put32(header, 0);
        put16(header, quint32(m_name.size()));
        put16(header, 0);
        header.append(m_name);
        m_headerOk = writeAll(m_device, header.constData(), header.size(), &m_error);
        m_offset = quint64(header.size());
    }

    bool write(QByteArrayView bytes) override
    {
        if (m_done || !m_headerOk)
            return false;
        m_crc = crc32_z(m_crc, reinterpret_cast<const Bytef *>(bytes.data()), size_t(bytes.size()));
        m_size += quint64(bytes.size());
        return m_deflater.run(bytes, false, &m_error);
    }

    bool finish() override
    {
        if (m_done)
            return m_error.isEmpty();
        m_done = true;
        if (!m_headerOk || !m_deflater.run({}, true, &m_error))
            return false;
        const quint64 compressed = m_deflater.written();
        const bool zip64 = compressed >= Max32 || m_size >= Max32;

        QByteArray tail;
        put32(tail, DataDescriptor);
        put32(tail, quint32(m_crc));
        if (zip64) { // APPNOTE 4.3.9.2: 8-byte sizes once they no longer fit
            put64(tail, compressed);
            put64(tail, m_size);
        } else {
            put32(tail, quint32(compressed));
            put32(tail, quint32(m_size));
        }
        const quint64 directoryOffset = m_offset + compressed + quint64(tail.size());
        const bool zip64Offset = directoryOffset >= Max32;

        const qsizetype directoryStart = tail.size();
        QByteArray extra;
        if (zip64) {
            put16(extra, Zip64Extra);
            put16(extra, 16);
            put64(extra, m_size);
            put64(extra, compressed);
        }
        put32(tail, CentralHeader);
        put16(tail, (3 << 8) | 45); // made by: Unix (for the permissions below), APPNOTE 4.5
        put16(tail, zip64 ? 45 : 20);
        put16(tail, Flags);
        put16(tail, MethodDeflate);
        put16(tail, m_dosTime);
        put16(tail, m_dosDate);
        put32(tail, quint32(m_crc));
        put32(tail, zip64 ? quint32(Max32) : quint32(compressed));
        put32(tail, zip64 ? quint32(Max32) : quint32(m_size));
        put16(tail, quint32(m_name.size()));
        put16(tail, quint32(extra.size()));
        put16(tail, 0); // comment
        put16(tail, 0); // disk
        put16(tail, 0); // internal attributes
        put32(tail, 0100644u << 16); // rw-r--r--
        put32(tail, 0); // the local header's offset
        tail.append(m_name).append(extra);
        const quint64 directorySize = quint64(tail.size() - directoryStart);

        if (zip64Offset) {
            const quint64 recordOffset = directoryOffset + directorySize;
            put32(tail, Zip64End);
            put64(tail, 44);
            put16(tail, (3 << 8) | 45);
            put16(tail, 45);
            put32(tail, 0);
            put32(tail, 0);
            put64(tail, 1);
            put64(tail, 1);
            put64(tail, directorySize);
            put64(tail, directoryOffset);
            put32(tail, Zip64Locator);
            put32(tail, 0);
            put64(tail, recordOffset);
            put32(tail, 1);
        }
        put32(tail, End);
        put16(tail, 0);
        put16(tail, 0);
        put16(tail, 1);
        put16(tail, 1);
        put32(tail, quint32(directorySize));
        put32(tail, zip64Offset ? quint32(Max32) : quint32(directoryOffset));
        put16(tail, 0);
        return writeAll(m_device, tail.constData(), tail.size(), &m_error);
    }

private:
    static constexpr quint32 Flags = FlagDataDescriptor | FlagUtf8Name;

    QIODevice *m_device;
    Deflater m_deflater;
    QByteArray m_name;
    quint32 m_dosDate = 0;
    quint32 m_dosTime = 0;
    bool m_headerOk = false;
    bool m_done = false;
    quint64 m_offset = 0; // where the data starts
    quint64 m_size = 0;
    uLong m_crc = crc32_z(0, nullptr, 0);
};

} // namespace

std::unique_ptr<CompressedWriter> CompressedWriter::create(Compression compression, QIODevice *device,
                                                           const QString &entryName)
{
    switch (compression) {
    case Compression::None: return std::make_unique<PlainWriter>(device);
    case Compression::Gzip: return std::make_unique<GzipWriter>(device);
    case Compression::Zip: return std::make_unique<ZipWriter>(device, entryName);
    }
    return nullptr;
}

} // namespace wb
