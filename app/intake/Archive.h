// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QIODevice>
#include <QList>
#include <QString>

#include <atomic>
#include <memory>

namespace wb {

// How far a member may expand before it is refused as a zip bomb: past `floor` bytes, no more
// than `ratio` times what it was compressed from, and a whole archive no more than `ratio`
// times its own size (entries that share their compressed data expand the archive, not one
// entry). Real exports compress 5 to 30 times; deflate cannot exceed about 1032.
struct ExpansionLimit
{
    qint64 floor = qint64(64) << 20;
    qint64 ratio = 100;
};

// One file inside an archive. Its name is the archive's and only ever used as a name: it is
// never part of a path written to.
struct ArchiveEntry
{
    QString name;       // as in the archive: "opens.csv", "2026/opens.csv"
    QDateTime modified; // the archive's own time for the entry, else the archive's
    qint64 size = -1;   // as declared; -1 when unknown until unpacked (gzip)
    qint64 packedSize = -1;
    QString problem; // why it cannot be unpacked (a path for a name, encrypted, ...)
};

// A .gz or .zip delivery, read as a stream: entries() lists what it holds, unpack() writes one
// entry's bytes to a device (a private temporary file) without holding them in memory.
class Archive
{
    Q_DECLARE_TR_FUNCTIONS(wb::Archive)

public:
    enum class Kind
    {
        None,
        Gzip,
        Zip
    };

    // What `name` (the delivered name) and `head` (the first bytes) say the file is: the name's
    // extension decides, so a damaged archive still reads as one; else the magic bytes.
    static Kind kindOf(const QString &name, QByteArrayView head);
    // The archive at `path`, delivered as `name` at `modified`; null with *error when it is
    // not a readable archive of its kind.
    static std::unique_ptr<Archive> open(Kind kind, const QString &path, const QString &name,
                                         const QDateTime &modified, QString *error);
    virtual ~Archive() = default;

    const QList<ArchiveEntry> &entries() const { return m_entries; }
    // Writes entry `index` to `out`, checking its CRC and size; false with *error when the entry
    // is damaged, expands too far, or the cancel flag was raised.
    virtual bool unpack(int index, QIODevice *out, QString *error) = 0;

    void setLimit(const ExpansionLimit &limit) { m_limit = limit; }
    // The archive as a whole expanded past the limit: none of its other entries is unpacked.
    bool exhausted() const { return m_exhausted; }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    // Why a name found in an archive is not one to take in as a file's name: empty, or the
    // reason (absolute, a drive, "..", a backslash, a control character).
    static QString nameProblem(const QString &name);
    // Folders, hidden files and the resource forks macOS adds ("__MACOSX/", "._x.csv").
    static bool isIgnored(const QString &name);

protected:
    explicit Archive(qint64 archiveSize) : m_archiveSize(archiveSize) {}

    // Before unpacking: false with *error when the entry declares more than the limit lets it
    // expand to. `packed`: what it is unpacked from (an entry's compressed data, a whole .gz).
    bool declaredWithinLimit(qint64 size, qint64 packed, QString *error) const;
    // Counts `bytes` more unpacked into an entry that now holds `entryBytes`; false with *error
    // once the entry or the archive has expanded past the limit.
    bool expand(qint64 entryBytes, qint64 packed, qint64 bytes, QString *error);
    bool cancelled() const { return m_cancel && m_cancel->load(); }

    QList<ArchiveEntry> m_entries;
    qint64 m_archiveSize = 0;

private:
    ExpansionLimit m_limit;
    const std::atomic_bool *m_cancel = nullptr;
    qint64 m_unpacked = 0; // all entries so far
    bool m_exhausted = false;
};

// Writes all of `data` or sets *error.
bool writeUnpacked(QIODevice *out, const char *data, qint64 size, QString *error);

// The two kinds, for Archive::open (intake/GzipArchive.cpp, intake/ZipArchive.cpp).
std::unique_ptr<Archive> openGzipArchive(const QString &path, const QString &name,
                                         const QDateTime &modified, QString *error);
std::unique_ptr<Archive> openZipArchive(const QString &path, const QDateTime &modified,
                                        QString *error);

} // namespace wb
