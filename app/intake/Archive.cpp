// SPDX-License-Identifier: GPL-3.0-or-later
#include "intake/Archive.h"

using namespace Qt::StringLiterals;

namespace wb {

Archive::Kind Archive::kindOf(const QString &name, QByteArrayView head)
{
    if (name.endsWith(u".gz"_s, Qt::CaseInsensitive))
        return Kind::Gzip;
    if (name.endsWith(u".zip"_s, Qt::CaseInsensitive))
        return Kind::Zip;
    if (head.startsWith("\x1f\x8b"))
        return Kind::Gzip;
    // A local header, or the end record of an empty archive.
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06"))
        return Kind::Zip;
    return Kind::None;
}

std::unique_ptr<Archive> Archive::open(Kind kind, const QString &path, const QString &name,
                                       const QDateTime &modified, QString *error)
{
    switch (kind) {
    case Kind::Gzip:
        return openGzipArchive(path, name, modified, error);
    case Kind::Zip:
        return openZipArchive(path, modified, error);
    case Kind::None:
        break;
    }
    return nullptr;
}

QString Archive::nameProblem(const QString &name)
{
    if (name.isEmpty())
        return tr("the entry has no name");
    for (const QChar c : name)
        if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            return tr("the name holds a control character (U+%1)")
                .arg(QString::number(c.unicode(), 16).toUpper().rightJustified(4, u'0'));
    if (name.contains(u'\\'))
        return tr("the name holds \"\\\", which separates folders on Windows");
    if (name.startsWith(u'/'))
        return tr("the name is an absolute path");
    if (name.size() >= 2 && name.at(1) == u':' && name.at(0).isLetter())
        return tr("the name starts with a drive (\"%1\")").arg(name.left(2));
    const QStringList parts = name.split(u'/');
    if (parts.contains(u".."_s))
        return tr("the name climbs out of the archive with \"..\"");
    if (parts.last().isEmpty() || parts.last() == u"."_s)
        return tr("the name is not a file's");
    return {};
}

bool Archive::isIgnored(const QString &name)
{
    if (name.endsWith(u'/'))
        return true; // a folder
    const QStringList parts = name.split(u'/');
    return parts.first() == u"__MACOSX"_s ||
           std::any_of(parts.begin(), parts.end(),
                       [](const QString &p) { return p.startsWith(u'.') && p != u".."_s; });
}

bool Archive::declaredWithinLimit(qint64 size, qint64 packed, QString *error) const
{
    if (size <= m_limit.floor || size / qMax<qint64>(packed, 1) <= m_limit.ratio)
        return true;
    *error = tr("its header says it expands from %1 to %2 bytes, more than %3 times; refused as a "
                "possible zip bomb")
                 .arg(packed)
                 .arg(size)
                 .arg(m_limit.ratio);
    return false;
}

bool Archive::expand(qint64 entryBytes, qint64 packed, qint64 bytes, QString *error)
{
    m_unpacked += bytes;
    if (entryBytes > m_limit.floor && entryBytes / qMax<qint64>(packed, 1) >= m_limit.ratio) {
        *error = tr("it expanded past %1 bytes, more than %2 times its %3 compressed bytes; "
                    "refused as a "
                    "possible zip bomb")
                     .arg(entryBytes)
                     .arg(m_limit.ratio)
                     .arg(packed);
        return false;
    }
    if (m_unpacked > m_limit.floor &&
        m_unpacked / qMax<qint64>(m_archiveSize, 1) >= m_limit.ratio) {
        m_exhausted = true;
        *error =
            tr("the archive expanded past %1 bytes, more than %2 times its %3 bytes; refused as a "
               "possible zip bomb")
                .arg(m_unpacked)
                .arg(m_limit.ratio)
                .arg(m_archiveSize);
        return false;
    }
    if (cancelled()) {
        *error = tr("cancelled");
        return false;
    }
    return true;
}

bool writeUnpacked(QIODevice *out, const char *data, qint64 size, QString *error)
{
    while (size > 0) {
        const qint64 n = out->write(data, size);
        if (n <= 0) {
            *error = Archive::tr("cannot write the unpacked file: %1").arg(out->errorString());
            return false;
        }
        data += n;
        size -= n;
    }
    return true;
}

} // namespace wb
