// SPDX-License-Identifier: GPL-3.0-or-later
#include "intake/Fetcher.h"

#include "core/LocalFileName.h"
#include "core/PrivateFiles.h"
#include "sftp/SftpSession.h"

#include <QCoreApplication>
#include <QDir>
#include <QSet>
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
    QList<Candidate> files;
    if (!listTree(session, dir, &report, &files))
        return report;
    // Oldest first, so that a later delivery of the same rows wins.
    std::sort(files.begin(), files.end(), [](const Candidate &a, const Candidate &b) {
        return a.entry.modified != b.entry.modified ? a.entry.modified < b.entry.modified : a.path < b.path;
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
        const Candidate &candidate = files.at(i);
        // In a subfolder the file is known by its path under the read path ("2026/opens.csv").
        RemoteEntry e = candidate.entry;
        e.name = candidate.path;
        if (m_cancel && m_cancel->load())
            break;
        const QString remote = (dir.endsWith(u'/') ? dir : dir + u'/') + e.name;
        if (importer.alreadyImported(e.name, e.size, e.modified)) {
            ImportResult skipped;
            skipped.state = ImportResult::State::Skipped;
            skipped.name = e.name;
            report.files << skipped;
            afterIntake(session, candidate, remote, &report);
            continue;
        }
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
        const QString localName = localFileName(candidate.entry.name, MaxFileNameBytes - ScratchRoom, &unsafe);
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
        if (const IntakeRule *rule = candidate.rule) {
            request.dataset = rule->dataset;
            request.dateOrder = rule->dateOrder;
            request.delimiter = rule->separator;
            request.encoding = rule->encoding;
            request.hasHeader = rule->hasHeader;
            request.headerMap = rule->headerMap;
        }
        const QList<ImportResult> results = importer.importDelivery(request);
        report.files << results;
        QFile::remove(local);
        if (std::all_of(results.begin(), results.end(), [](const ImportResult &r) {
                return r.state == ImportResult::State::Imported || r.state == ImportResult::State::Skipped;
            }))
            afterIntake(session, candidate, remote, &report);
    }
    return report;
}

QString Fetcher::remoteDir(const QString &path) const
{
    if (path.startsWith(u'/'))
        return path;
    const QString base = m_connection.readPath.isEmpty() ? u"."_s : m_connection.readPath;
    return (base.endsWith(u'/') ? base : base + u'/') + path;
}

// The read path's files, and those of its subfolders as deep as some rule looks; a file in a
// subfolder is only taken when a rule that looks that deep matches it. Hidden files (partial
// uploads) and the rules' archive folders are passed over.
bool Fetcher::listTree(SftpSession &session, const QString &dir, FetchReport *report, QList<Candidate> *out)
{
    int depth = 0;
    QSet<QString> archives;
    for (const IntakeRule &r : std::as_const(m_connection.rules)) {
        depth = std::max(depth, r.subfolders);
        if (r.after == IntakeRule::After::Archive)
            archives.insert(QDir::cleanPath(remoteDir(r.archiveDir)));
    }
    QList<std::pair<QString, int>> pending{{QString(), 0}};
    while (!pending.isEmpty()) {
        const auto [folder, level] = pending.takeFirst();
        const QString path = folder.isEmpty() ? dir : (dir.endsWith(u'/') ? dir : dir + u'/') + folder;
        const auto entries = session.list(path);
        if (!entries) {
            if (folder.isEmpty()) {
                report->error = session.error();
                return false;
            }
            ImportResult failed;
            failed.name = folder + u'/';
            failed.error.message = QCoreApplication::translate("Fetcher", "The folder could not be listed: %1")
                                       .arg(session.error().detailed());
            report->files << failed;
            continue;
        }
        for (const RemoteEntry &e : *entries) {
            if (e.name.startsWith(u'.'))
                continue;
            const QString relative = folder.isEmpty() ? e.name : folder + u'/' + e.name;
            if (e.type == RemoteEntry::Type::Directory) {
                if (level < depth && !archives.contains(QDir::cleanPath(remoteDir(relative))))
                    pending.append({relative, level + 1});
                continue;
            }
            if (e.type != RemoteEntry::Type::File)
                continue;
            const IntakeRule *rule = nullptr;
            for (const IntakeRule &r : std::as_const(m_connection.rules))
                if (r.matches(relative)) {
                    rule = &r;
                    break;
                }
            if (rule || level == 0)
                out->append({e, relative, rule});
        }
    }
    return true;
}

// After a file went in: what its rule says to do with it on the server. A failure is reported
// beside the fetch, not as one: its rows are in, and the next fetch skips it and tries again.
void Fetcher::afterIntake(SftpSession &session, const Candidate &c, const QString &remote, FetchReport *report)
{
    if (!c.rule || c.rule->after == IntakeRule::After::Keep)
        return;
    if (c.rule->after == IntakeRule::After::Delete) {
        if (!session.remove(remote))
            report->afterProblems << QCoreApplication::translate("Fetcher", "%1: taken in, but not deleted from the server: %2")
                                         .arg(c.path, session.error().detailed());
        return;
    }
    const QString archive = QDir::cleanPath(remoteDir(c.rule->archiveDir));
    // The archive folder is made where missing, one level at a time.
    QString made = archive.startsWith(u'/') ? u"/"_s : QString();
    for (const QString &part : archive.split(u'/', Qt::SkipEmptyParts)) {
        made += (made.isEmpty() || made.endsWith(u'/') ? QString() : u"/"_s) + part;
        if (part == u"."_s || session.stat(made))
            continue;
        if (!session.mkdir(made) && !session.stat(made)) {
            report->afterProblems << QCoreApplication::translate("Fetcher", "%1: taken in, but the archive folder %2 "
                                                                            "could not be made: %3")
                                         .arg(c.path, archive, session.error().detailed());
            return;
        }
    }
    const QString target = archive + u'/' + c.entry.name;
    if (!session.rename(remote, target, true))
        report->afterProblems << QCoreApplication::translate("Fetcher", "%1: taken in, but not moved to %2: %3")
                                     .arg(c.path, archive, session.error().detailed());
}

} // namespace wb
