// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Connection.h"
#include "intake/Importer.h"
#include "sftp/SftpSession.h"
#include "sftp/SshError.h"

#include <atomic>
#include <functional>

namespace wb {

struct FetchReport
{
    SshError error;             // the connection or listing failed: nothing was taken in
    int listed = 0;             // files in the read path
    QList<ImportResult> files;  // one per file looked at (or inside an archive), skipped ones included
    // What a rule said to do with a file on the server after it went in, and could not: the
    // data is in, so the fetch still succeeds; the file stays where it was and is tried again.
    QStringList afterProblems;

    bool ok() const;            // no connection error and no failed file
};

// Takes in the new files of a connection's read path: lists it, skips files already taken
// in (by name, size and mtime, before downloading; by SHA-256 after), downloads the others to
// a private temporary folder and imports each in its own transaction. A file whose name is not
// a plain file name on every OS (core/LocalFileName.h) is refused before it is downloaded and
// reported failed, with the reason. A .gz or .zip is taken in as the files inside it, and is
// not downloaded again once all of them went in. The connection's intake rules (core/IntakeRule.h)
// decide, per file, how deep to look, the dataset, the date order, how it is read (separator,
// encoding, header row, header map) and what to do with the file on the server afterwards. Blocking: run it off the UI thread.
class Fetcher
{
public:
    // file: index among the files to take in, their count, the name, and bytes done/total.
    using Progress = std::function<void(int file, int files, const QString &name, qint64 done, qint64 total)>;

    Fetcher(Connection connection, QString knownHostsPath, QString workspacePath);

    void setPassphrase(const QString &passphrase) { m_passphrase = passphrase; }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    void setProgress(Progress progress) { m_progress = std::move(progress); }

    FetchReport run();

private:
    struct Candidate
    {
        RemoteEntry entry;
        QString path;             // under the read path: "opens.csv", "2026/opens.csv"
        const IntakeRule *rule = nullptr;
    };
    bool listTree(SftpSession &session, const QString &dir, FetchReport *report, QList<Candidate> *out);
    void afterIntake(SftpSession &session, const Candidate &c, const QString &remote, FetchReport *report);
    QString remoteDir(const QString &path) const;

    Connection m_connection;
    QString m_knownHostsPath;
    QString m_workspacePath;
    QString m_passphrase;
    const std::atomic_bool *m_cancel = nullptr;
    Progress m_progress;
};

} // namespace wb
