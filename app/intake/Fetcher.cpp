// SPDX-License-Identifier: GPL-3.0-or-later
#include "intake/Fetcher.h"

#include "core/LocalFileName.h"
#include "core/PrivateFiles.h"
#include "sftp/SftpSession.h"

#include <QCoreApplication>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace wb {

namespace {

// Room in a scratch file's name for the "N-" in front and a temporary suffix behind.
constexpr qsizetype ScratchRoom = 24;

} // namespace

bool FetchReport::ok() const
{
    return !error.isError()
           && std::none_of(files.begin(), files.end(),
                           [](const ImportResult &r) { return r.state == ImportResult::State::Failed; });
}

Fetcher::Fetcher(Connection connection, QString knownHostsPath, QString workspacePath)
    : m_connection(std::move(connection))
    , m_knownHostsPath(std::move(knownHostsPath))
    , m_workspacePath(std::move(workspacePath))
{
}

FetchReport Fetcher::run()
{
    FetchReport report;
    SftpSession session(m_connection, KnownHosts(m_knownHostsPath));
    session.setPassphrase(m_passphrase);
    session.setCancelFlag(m_cancel);
    const QString dir = m_connection.readPath.isEmpty() ? u"."_s : m_connection.readPath;
    if (!session.open()) {
        report.error = session.error();
        return report;
    }
    const auto entries = session.list(dir);
    if (!entries) {
        report.error = session.error();
        return report;
    }
    // Oldest first, so that a later delivery of the same rows wins.
    QList<RemoteEntry> files;
    for (const RemoteEntry &e : *entries)
        if (e.type == RemoteEntry::Type::File && !e.name.startsWith(u'.'))
            files << e;
    std::sort(files.begin(), files.end(), [](const RemoteEntry &a, const RemoteEntry &b) {
        return a.modified != b.modified ? a.modified < b.modified : a.name < b.name;
    });
    report.listed = int(files.size());

    // Owner-only (QTemporaryDir makes its folder 0700), and the files in it are made so too:
    // they are personal data.
    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        report.error = {SshError::Kind::LocalFile,
                        QCoreApplication::translate("Fetcher", "Cannot create a temporary folder: %1")
                            .arg(scratch.errorString())};
        return report;
    }
    Importer importer(m_workspacePath);
    importer.setCancelFlag(m_cancel);
    for (int i = 0; i < files.size(); ++i) {
        const RemoteEntry &e = files.at(i);
        if (m_cancel && m_cancel->load())
            break;
        if (importer.alreadyImported(e.name, e.size, e.modified)) {
            ImportResult skipped;
            skipped.state = ImportResult::State::Skipped;
            skipped.name = e.name;
            report.files << skipped;
            continue;
        }
        const QString remote = (dir.endsWith(u'/') ? dir : dir + u'/') + e.name;
        auto recordFailure = [&](const QString &message) {
            ImportResult failed;
            failed.name = e.name;
            failed.error.message = message;
            report.files << failed;
            ImportRequest unread;
            unread.name = e.name;
            unread.source = m_connection.name;
            unread.origin = remote;
            unread.modified = e.modified;
            importer.recordUnreadable(unread, e.size, message);
        };
        // The server's name must not choose where the file lands: a name that is not one plain
        // file name on every OS is hostile or broken, so the file is refused without being
        // downloaded, and stays failed until it is renamed on the server. The index keeps
        // names apart that differ only in case, for the file systems that ignore case.
        QString unsafe;
        const QString localName = localFileName(e.name, MaxFileNameBytes - ScratchRoom, &unsafe);
        if (localName.isEmpty()) {
            recordFailure(QCoreApplication::translate("Fetcher", "%1, so the file was not downloaded").arg(unsafe));
            continue;
        }
        const QString local = scratch.filePath(u"%1-%2"_s.arg(i).arg(localName));
        auto progress = [&](qint64 done, qint64 total) {
            if (m_progress)
                m_progress(i, int(files.size()), e.name, done, total);
        };
        if (!session.download(remote, local, progress)) {
            if (session.error().kind == SshError::Kind::Cancelled)
                break;
            recordFailure(session.error().detailed());
            if (session.error().kind == SshError::Kind::ConnectionLost
                || session.error().kind == SshError::Kind::Timeout) {
                report.error = session.error();
                break;
            }
            continue;
        }
        PrivateFiles::restrictFile(local);
        importer.setProgress(progress);
        ImportRequest request;
        request.localPath = local;
        request.name = e.name;
        request.source = m_connection.name;
        request.origin = remote;
        request.modified = e.modified;
        report.files << importer.importDelivery(request);
        QFile::remove(local);
    }
    return report;
}

} // namespace wb
