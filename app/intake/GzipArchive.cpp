// SPDX-License-Identifier: GPL-3.0-or-later
#include "intake/Archive.h"

#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QTimeZone>
#include <QtEndian>

#include <zlib.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wb {

namespace {

constexpr qint64 ChunkSize = 256 * 1024;

// RFC 1952 header flags.
constexpr quint8 FExtra = 4;
constexpr quint8 FName = 8;

// A .gz holds one file, perhaps as several members one after the other (RFC 1952 2.2), which
// gunzip joins: so do we.
class GzipArchive final : public Archive
{
    Q_DECLARE_TR_FUNCTIONS(wb::GzipArchive)

public:
    GzipArchive(const QString &path, qint64 size) : Archive(size), m_file(path) {}

    bool open(const QString &name, const QDateTime &modified, QString *error)
    {
        if (!m_file.open(QIODevice::ReadOnly)) {
            *error = tr("cannot read the file: %1").arg(m_file.errorString());
            return false;
        }
        const QByteArray head = m_file.peek(64 * 1024);
        if (head.size() < 10 || !head.startsWith("\x1f\x8b")) {
            *error = tr("not a gzip file: it does not start as one");
            return false;
        }
        if (head.at(2) != Z_DEFLATED) {
            *error = tr("not a gzip file this program can read: compression method %1")
                         .arg(int(head.at(2)));
            return false;
        }
        ArchiveEntry entry;
        // As gunzip names what it unpacks: the delivered name without ".gz"; the name stored in
        // the header only when the delivered name does not say.
        if (name.endsWith(u".gz"_s, Qt::CaseInsensitive) && name.size() > 3)
            entry.name = name.chopped(3);
        else
            entry.name = storedName(head);
        if (entry.name.isEmpty())
            entry.name = name;
        const quint32 mtime = qFromLittleEndian<quint32>(head.constData() + 4);
        entry.modified = mtime ? QDateTime::fromSecsSinceEpoch(mtime, QTimeZone::UTC) : modified;
        entry.packedSize = m_archiveSize;
        entry.problem = nameProblem(entry.name);
        m_entries << entry;
        return true;
    }

    bool unpack(int index, QIODevice *out, QString *error) override
    {
        Q_ASSERT(index == 0);
        if (!m_file.seek(0)) {
            *error = tr("cannot read the file: %1").arg(m_file.errorString());
            return false;
        }
        z_stream z{};
        if (inflateInit2(&z, 16 + MAX_WBITS) != Z_OK) {
            *error = tr("cannot start unpacking");
            return false;
        }
        const auto end = qScopeGuard([&] { inflateEnd(&z); });
        QByteArray in(ChunkSize, Qt::Uninitialized);
        QByteArray buffer(ChunkSize, Qt::Uninitialized);
        qint64 written = 0;
        bool streamEnded = false; // the member being read has its trailer
        bool outputFull = false;  // inflate may hold more output without more input
        for (;;) {
            if (z.avail_in == 0 && !outputFull) {
                const qint64 n = m_file.read(in.data(), in.size());
                if (n < 0) {
                    *error = tr("cannot read the file: %1").arg(m_file.errorString());
                    return false;
                }
                if (n == 0)
                    break;
                z.next_in = reinterpret_cast<Bytef *>(in.data());
                z.avail_in = uInt(n);
            }
            if (streamEnded) {
                // Another member follows, or the padding some writers leave: zeros to the end.
                if (z.next_in[0] == 0) {
                    if (!onlyZerosFollow(z)) {
                        *error = tr("damaged: unexpected bytes after the compressed data");
                        return false;
                    }
                    break;
                }
                if (inflateReset(&z) != Z_OK)
                    return false;
                streamEnded = false;
            }
            z.next_out = reinterpret_cast<Bytef *>(buffer.data());
            z.avail_out = uInt(buffer.size());
            const int status = inflate(&z, Z_NO_FLUSH);
            if (status != Z_OK && status != Z_STREAM_END && status != Z_BUF_ERROR) {
                *error = tr("damaged: %1").arg(QString::fromLatin1(z.msg ? z.msg : "invalid data"));
                return false;
            }
            const qint64 produced = buffer.size() - z.avail_out;
            written += produced;
            if (!writeUnpacked(out, buffer.constData(), produced, error) ||
                !expand(written, m_archiveSize, produced, error))
                return false;
            streamEnded = status == Z_STREAM_END;
            outputFull = z.avail_out == 0 && !streamEnded;
        }
        if (!streamEnded) {
            *error = tr("the gzip file ends early: it was cut off");
            return false;
        }
        return true;
    }

private:
    // FNAME, when the header has one: its last component, Latin-1 as RFC 1952 says.
    static QString storedName(const QByteArray &head)
    {
        const quint8 flags = quint8(head.at(3));
        qsizetype at = 10;
        if (flags & FExtra) {
            if (head.size() < at + 2)
                return {};
            at += 2 + qFromLittleEndian<quint16>(head.constData() + at);
        }
        if (!(flags & FName) || at >= head.size())
            return {};
        const qsizetype stop = head.indexOf('\0', at);
        if (stop < 0)
            return {};
        const QString stored = QString::fromLatin1(head.mid(at, stop - at));
        return stored.section(u'/', -1).section(u'\\', -1);
    }

    bool onlyZerosFollow(z_stream &z)
    {
        auto zeros = [](const char *p, qint64 n) {
            return std::all_of(p, p + n, [](char c) { return c == 0; });
        };
        if (!zeros(reinterpret_cast<const char *>(z.next_in), z.avail_in))
            return false;
        QByteArray rest(ChunkSize, Qt::Uninitialized);
        for (qint64 n; (n = m_file.read(rest.data(), rest.size())) > 0;)
            if (!zeros(rest.constData(), n))
                return false;
        return true;
    }

    QFile m_file;
};

} // namespace

std::unique_ptr<Archive> openGzipArchive(const QString &path, const QString &name,
                                         const QDateTime &modified, QString *error)
{
    auto archive = std::make_unique<GzipArchive>(path, QFileInfo(path).size());
    if (!archive->open(name, modified, error))
        return nullptr;
    return archive;
}

} // namespace wb
