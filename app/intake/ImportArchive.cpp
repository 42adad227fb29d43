// SPDX-License-Identifier: GPL-3.0-or-later
// Importer: a .gz or .zip delivery, each file inside it taken in as if delivered alone.
#include "intake/Importer.h"

#include "core/PrivateFiles.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace wb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wb::Importer", text);
}

} // namespace

QList<ImportResult> Importer::importDelivery(const ImportRequest &request)
{
    QFile file(request.localPath);
    const QByteArray head = file.open(QIODevice::ReadOnly) ? file.read(4) : QByteArray();
    file.close();
    const QString name =
        request.name.isEmpty() ? QFileInfo(request.localPath).fileName() : request.name;
    if (const Archive::Kind kind = Archive::kindOf(name, head); kind != Archive::Kind::None)
        return importArchive(request, kind);
    return {importFile(request)};
}

QList<ImportResult> Importer::importArchive(const ImportRequest &request, Archive::Kind kind)
{
    const QFileInfo info(request.localPath);
    ImportRequest archive = request;
    archive.name = request.name.isEmpty() ? info.fileName() : request.name;
    archive.modified = request.modified.isValid() ? request.modified : info.lastModified();
    if (archive.origin.isEmpty())
        archive.origin = info.absoluteFilePath();
    const qint64 size = info.size();

    QList<ImportResult> results;
    // A file that could not be unpacked has no content to hash: it goes in the ledger like a
    // file that could not be downloaded, under the name and size the archive gives it.
    auto fail = [&](const ImportRequest &what, qint64 declaredSize, const QString &message) {
        ImportResult r;
        r.name = what.name;
        r.archive = what.archiveName;
        r.error.message = message;
        results << r;
        recordUnreadable(what, qMax<qint64>(declaredSize, 0), message);
    };
    QString error;
    const std::unique_ptr<Archive> unpacker =
        Archive::open(kind, request.localPath, archive.name, archive.modified, &error);
    if (!unpacker) {
        fail(archive, size, error);
        return results;
    }
    if (unpacker->entries().isEmpty()) {
        fail(archive, size, tr("the archive holds no files to take in"));
        return results;
    }
    unpacker->setLimit(m_limit);
    unpacker->setCancelFlag(m_cancel);
    // Owner-only, like a fetch's scratch folder: the unpacked files are personal data. They
    // are named by their index; a name from the archive never makes part of a path.
    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        fail(archive, size, tr("cannot create a temporary folder: %1").arg(scratch.errorString()));
        return results;
    }
    bool complete = true;
    const QList<ArchiveEntry> &entries = unpacker->entries();
    for (int i = 0; i < entries.size(); ++i) {
        const ArchiveEntry &entry = entries.at(i);
        ImportRequest member = archive;
        member.name = entry.name;
        member.modified = entry.modified;
        member.archiveName = archive.name;
        member.archiveSize = size;
        member.archiveModified = archive.modified;
        if (m_cancel && m_cancel->load()) {
            complete = false;
            break;
        }
        if (!entry.problem.isEmpty()) {
            fail(member, entry.size, tr("%1, so it was not unpacked").arg(entry.problem));
            complete = false;
            continue;
        }
        member.localPath = scratch.filePath(u"file-%1"_s.arg(i));
        QFile out(member.localPath);
        const auto removeCopy = qScopeGuard([&] { QFile::remove(member.localPath); });
        bool unpacked = false;
        if (!out.open(QIODevice::WriteOnly) || !PrivateFiles::restrict(out))
            error = tr("cannot write the unpacked file: %1").arg(out.errorString());
        else if (unpacker->unpack(i, &out, &error)) {
            unpacked = out.flush();
            if (!unpacked)
                error = tr("cannot write the unpacked file: %1").arg(out.errorString());
        }
        out.close();
        if (!unpacked) {
            complete = false;
            if (m_cancel && m_cancel->load()) {
                ImportResult r;
                r.name = member.name;
                r.archive = member.archiveName;
                r.state = ImportResult::State::Cancelled;
                r.error.message = tr("cancelled");
                results << r;
                break;
            }
            fail(member, entry.size, error);
            if (unpacker->exhausted())
                break;
            continue;
        }
        const ImportResult r = importFile(member);
        complete = complete && (r.state == ImportResult::State::Imported ||
                                r.state == ImportResult::State::Skipped);
        results << r;
    }
    if (complete)
        recordArchive(archive, size, int(results.size()));
    return results;
}

} // namespace wb
