// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sftp/SftpSession.h"

namespace wb {

// Fetches one large file over several SSH connections at once, each on its own thread taking
// the next stripe of the file, all written into one temporary file that is renamed into place
// when complete.
//
// Why: libssh2 1.11 decrypts one 16-byte cipher block per OpenSSL call, which makes a single
// connection CPU-bound well below OpenSSH (whose sftp and ssh are two processes, so two
// cores). Each connection decrypts on its own core, and together they keep more requests in
// flight than one handle's read-ahead.
//
// The calling thread writes the file and reports progress; the given session, already open,
// serves one of the stripes from a worker thread and is handed back when all have finished.
// The others connect with the same connection, key, passphrase and pinned host keys; one
// that cannot connect leaves its share to the rest, but a host key that does not match fails
// the download.
class RangedDownload
{
public:
    RangedDownload(SftpSession &primary, int sessions, qint64 stripe);
    bool run(const QString &remote, qint64 size, const QString &local, const SftpSession::Progress &progress);

private:
    struct Shared;
    static void serve(Shared &shared, SftpSession &session);
    static void connectAndServe(Shared &shared, SftpSession &session);

    SftpSession &m_primary;
    int m_sessions;
    qint64 m_stripe;
};

} // namespace wb
