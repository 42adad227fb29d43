// SPDX-License-Identifier: GPL-3.0-or-later
#include "intake/Archive.h"

#include "core/ZipRecords.h"

#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QTimeZone>

#include <zlib.h>

using namespace Qt::StringLiterals;

namespace wb {

namespace {

using namespace zip;

constexpr qint64 ChunkSize = 256 * 1024;
// A central directory is about 100 bytes an entry: this is a million entries.
constexpr qint64 MaxDirectorySize = qint64(128) << 20;

// Where an entry's data is and what it must unpack to, from the central directory (which,
// unlike the local headers, has the sizes even when a data descriptor follows the data).
struct Record
{
    quint16 method = 0;
    quint32 crc = 0;
    quint64 packed = 0;
    quint64 size = 0;
    quint64 localOffset = 0;
};

// A zip's time is the local time of the machine that wrote it, without a zone: it is kept as
// written (read as UTC) so that an entry's identity does not depend on this machine's zone.
QDateTime fromDosTime(quint16 time, quint16 date)
{
    const QDate d((date >> 9) + 1980, (date >> 5) & 0x0F, date & 0x1F);
    const QTime t(time >> 11, (time >> 5) & 0x3F, (time & 0x1F) * 2);
    return d.isValid() && t.isValid() ? QDateTime(d, t, QTimeZone::UTC) : QDateTime();
}

class ZipArchive final : public Archive
{
    Q_DECLARE_TR_FUNCTIONS(wb::ZipArchive)

public:
    ZipArchive(const QString &path, qint64 size) : Archive(size), m_file(path) {}

    bool open(const QDateTime &modified, QString *error)
    {
        if (!m_file.open(QIODevice::ReadOnly)) {
            *error = tr("cannot read the file: %1").arg(m_file.errorString());
            return false;
        }
        quint64 count = 0, directorySize = 0, directoryOffset = 0;
        if (!findDirectory(&count, &directorySize, &directoryOffset, error))
            return false;
        if (directorySize > quint64(MaxDirectorySize)) {
            *error =
                tr("not a zip archive this program takes in: its directory is larger than %1 bytes")
                    .arg(MaxDirectorySize);
            return false;
        }
        const QByteArray directory = readAt(directoryOffset, qint64(directorySize));
        if (directory.size() != qint64(directorySize)) {
            *error = damaged();
            return false;
        }
        qsizetype at = 0;
        for (quint64 i = 0; i < count; ++i) {
            if (at + CentralHeaderSize > directory.size() ||
                get32(directory, at) != CentralHeader) {
                *error = damaged();
                return false;
            }
            const quint16 flags = get16(directory, at + 8);
            Record r;
            r.method = get16(directory, at + 10);
            const quint16 dosTime = get16(directory, at + 12);
            const quint16 dosDate = get16(directory, at + 14);
            r.crc = get32(directory, at + 16);
            r.packed = get32(directory, at + 20);
            r.size = get32(directory, at + 24);
            const qsizetype nameSize = get16(directory, at + 28);
            const qsizetype extraSize = get16(directory, at + 30);
            const qsizetype commentSize = get16(directory, at + 32);
            r.localOffset = get32(directory, at + 42);
            const qsizetype next = at + CentralHeaderSize + nameSize + extraSize + commentSize;
            if (next > directory.size()) {
                *error = damaged();
                return false;
            }
            const QByteArray rawName = directory.mid(at + CentralHeaderSize, nameSize);
            const QByteArrayView extra(directory.constData() + at + CentralHeaderSize + nameSize,
                                       extraSize);
            at = next;

            ArchiveEntry entry;
            entry.name = decodeName(rawName, flags);
            if (isIgnored(entry.name))
                continue;
            entry.modified = fromDosTime(dosTime, dosDate);
            if (!readExtra(extra, &r, &entry.modified)) {
                *error = damaged();
                return false;
            }
            if (!entry.modified.isValid())
                entry.modified = modified;
            entry.size = qint64(qMin<quint64>(r.size, quint64(std::numeric_limits<qint64>::max())));
            entry.packedSize =
                qint64(qMin<quint64>(r.packed, quint64(std::numeric_limits<qint64>::max())));
            entry.problem = nameProblem(entry.name);
            if (entry.problem.isEmpty() && (flags & FlagEncrypted))
                entry.problem =
                    tr("the entry is encrypted; only archives without a password can be taken in");
            if (entry.problem.isEmpty() && r.method != MethodStored && r.method != MethodDeflate)
                entry.problem =
                    tr("the entry is compressed with method %1; only stored and deflated entries "
                       "can be read")
                        .arg(r.method);
            m_entries << entry;
            m_records << r;
        }
        return true;
    }

    bool unpack(int index, QIODevice *out, QString *error) override
    {
        const Record &r = m_records.at(index);
        if (!declaredWithinLimit(m_entries.at(index).size, m_entries.at(index).packedSize, error))
            return false;
        const QByteArray local = readAt(r.localOffset, LocalHeaderSize);
        if (local.size() != LocalHeaderSize || get32(local, 0) != LocalHeader) {
            *error = damaged();
            return false;
        }
        const quint64 start = r.localOffset + LocalHeaderSize + get16(local, 26) + get16(local, 28);
        if (start > quint64(m_archiveSize) || r.packed > quint64(m_archiveSize) - start ||
            !m_file.seek(qint64(start))) {
            *error = damaged();
            return false;
        }
        const qint64 packed = qint64(r.packed);
        QByteArray in(ChunkSize, Qt::Uninitialized);
        QByteArray buffer(ChunkSize, Qt::Uninitialized);
        uLong crc = crc32_z(0, nullptr, 0);
        qint64 written = 0;
        qint64 left = packed;
        // Every byte written is checked against the size the directory declared, so a lying
        // directory is found out as soon as it is exceeded.
        auto take = [&](const char *data, qint64 n) {
            written += n;
            if (quint64(written) > r.size) {
                *error = tr("damaged: the entry is larger than the archive says");
                return false;
            }
            crc = crc32_z(crc, reinterpret_cast<const Bytef *>(data), size_t(n));
            return writeUnpacked(out, data, n, error) && expand(written, packed, n, error);
        };
        auto readSome = [&]() -> qint64 {
            const qint64 n = m_file.read(in.data(), qMin<qint64>(left, in.size()));
            if (n <= 0)
                *error =
                    n < 0 ? tr("cannot read the file: %1").arg(m_file.errorString()) : damaged();
            else
                left -= n;
            return n;
        };
        if (r.method == MethodStored) {
            while (left > 0) {
                const qint64 n = readSome();
                if (n <= 0 || !take(in.constData(), n))
                    return false;
            }
        } else {
            z_stream z{};
            if (inflateInit2(&z, -MAX_WBITS) != Z_OK) {
                *error = tr("cannot start unpacking");
                return false;
            }
            const auto end = qScopeGuard([&] { inflateEnd(&z); });
            int status = Z_OK;
            while (status != Z_STREAM_END) {
                if (z.avail_in == 0 && z.avail_out != 0) {
                    if (left == 0) {
                        *error = tr("damaged: the entry's compressed data ends early");
                        return false;
                    }
                    const qint64 n = readSome();
                    if (n <= 0)
                        return false;
                    z.next_in = reinterpret_cast<Bytef *>(in.data());
                    z.avail_in = uInt(n);
                }
                z.next_out = reinterpret_cast<Bytef *>(buffer.data());
                z.avail_out = uInt(buffer.size());
                status = inflate(&z, Z_NO_FLUSH);
                if (status != Z_OK && status != Z_STREAM_END && status != Z_BUF_ERROR) {
                    *error =
                        tr("damaged: %1").arg(QString::fromLatin1(z.msg ? z.msg : "invalid data"));
                    return false;
                }
                if (!take(buffer.constData(), buffer.size() - z.avail_out))
                    return false;
            }
        }
        if (quint64(written) != r.size || crc != r.crc) {
            *error =
                tr("damaged: the entry's size or checksum does not match the archive's directory");
            return false;
        }
        return true;
    }

private:
    QString damaged() const
    {
        return tr("not a complete zip archive: its directory is damaged or cut off");
    }

    QByteArray readAt(quint64 offset, qint64 size)
    {
        if (offset > quint64(m_archiveSize) || !m_file.seek(qint64(offset)))
            return {};
        return m_file.read(size);
    }

    // The end record (APPNOTE 4.3.16), behind which only its comment may follow, and the zip64
    // end record when the counts or offsets do not fit in it.
    bool findDirectory(quint64 *count, quint64 *size, quint64 *offset, QString *error)
    {
        const qint64 tailSize = qMin<qint64>(m_archiveSize, EndSize + 0xFFFF + Zip64LocatorSize);
        const QByteArray tail = readAt(quint64(m_archiveSize - tailSize), tailSize);
        qsizetype end = -1;
        for (qsizetype at = tail.size() - EndSize; at >= 0; --at) {
            if (get32(tail, at) == End && at + EndSize + get16(tail, at + 20) <= tail.size()) {
                end = at;
                break;
            }
        }
        if (end < 0) {
            *error = tail.startsWith("PK") || m_archiveSize == 0
                         ? damaged()
                         : tr("not a zip archive: it has no zip directory at its end");
            return false;
        }
        if (get16(tail, end + 4) != 0 || get16(tail, end + 6) != 0) {
            *error = tr(
                "the archive is split over several files; only single-file archives can be read");
            return false;
        }
        *count = get16(tail, end + 10);
        *size = get32(tail, end + 12);
        *offset = get32(tail, end + 16);
        if (*count != Max16 && *size != Max32 && *offset != Max32)
            return true;
        const qsizetype locator = end - Zip64LocatorSize;
        if (locator < 0 || get32(tail, locator) != Zip64Locator) {
            *error = damaged();
            return false;
        }
        const QByteArray record = readAt(get64(tail, locator + 8), Zip64EndSize);
        if (record.size() != Zip64EndSize || get32(record, 0) != Zip64End) {
            *error = damaged();
            return false;
        }
        *count = get64(record, 32);
        *size = get64(record, 40);
        *offset = get64(record, 48);
        return true;
    }

    // The zip64 sizes and offset (APPNOTE 4.5.3: only those whose 32-bit field is all ones, in
    // this order) and Info-ZIP's UTC modification time.
    static bool readExtra(QByteArrayView extra, Record *r, QDateTime *modified)
    {
        for (qsizetype at = 0; at + 4 <= extra.size();) {
            const quint16 id = get16(extra, at);
            const qsizetype size = get16(extra, at + 2);
            const qsizetype data = at + 4;
            if (data + size > extra.size())
                return false;
            if (id == Zip64Extra) {
                qsizetype field = data;
                for (quint64 *value : {&r->size, &r->packed, &r->localOffset}) {
                    if (*value != Max32)
                        continue;
                    if (field + 8 > data + size)
                        return false;
                    *value = get64(extra, field);
                    field += 8;
                }
            } else if (id == UnixTimeExtra && size >= 5 && (extra.at(data) & 1)) {
                *modified =
                    QDateTime::fromSecsSinceEpoch(qint32(get32(extra, data + 1)), QTimeZone::UTC);
            }
            at = data + size;
        }
        return true;
    }

    static QString decodeName(const QByteArray &raw, quint16 flags)
    {
        // Without the UTF-8 flag the name is CP437 in principle; in practice tools write UTF-8
        // or plain ASCII, so UTF-8 when it is valid, else Latin-1 rather than nothing.
        if (flags & FlagUtf8Name || QUtf8StringView(raw).isValidUtf8())
            return QString::fromUtf8(raw);
        return QString::fromLatin1(raw);
    }

    QFile m_file;
    QList<Record> m_records; // beside m_entries
};

} // namespace

std::unique_ptr<Archive> openZipArchive(const QString &path, const QDateTime &modified,
                                        QString *error)
{
    auto archive = std::make_unique<ZipArchive>(path, QFileInfo(path).size());
    if (!archive->open(modified, error))
        return nullptr;
    return archive;
}

} // namespace wb
