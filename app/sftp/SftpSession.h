// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Connection.h"
#include "sftp/KnownHosts.h"
#include "sftp/Socket.h"
#include "sftp/SshError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <functional>
#include <optional>

using LIBSSH2_SFTP = struct _LIBSSH2_SFTP;
using LIBSSH2_SFTP_HANDLE = struct _LIBSSH2_SFTP_HANDLE;

namespace wb {

struct RemoteEntry
{
    enum class Type { File, Directory, Link, Other };
    QString name;
    qint64 size = 0;
    QDateTime modified; // UTC
    Type type = Type::File;
};

// One SSH connection with its SFTP channel, used from one thread at a time. Calls block that
// thread (never the UI thread: see SftpWorker) but the socket is non-blocking underneath, so
// every wait honours the timeout and the cancel flag.
class SftpSession
{
    Q_DECLARE_TR_FUNCTIONS(wb::SftpSession)

public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    SftpSession(Connection connection, KnownHosts knownHosts);
    ~SftpSession();
    SftpSession(const SftpSession &) = delete;
    SftpSession &operator=(const SftpSession &) = delete;

    void setPassphrase(const QString &passphrase) { m_passphrase = passphrase; }
    // How long the server may stay silent before an operation fails (default 30 s).
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    // Accept and pin an unknown host key (never a changed one) during verifyHostKey().
    void setTrustUnknownHostKey(bool trust) { m_trustUnknown = trust; }
    // How a large file is downloaded: over up to `sessions` SSH connections at once, this one
    // included (1: only this one), when it has at least `threshold` bytes, in stripes of
    // `stripe` bytes. See RangedDownload for why.
    void setRangedDownload(int sessions, qint64 threshold = RangedThreshold, qint64 stripe = RangedStripe)
    {
        m_downloadSessions = std::max(1, sessions);
        m_rangedThreshold = std::max<qint64>(1, threshold);
        m_rangedStripe = std::max<qint64>(1, stripe);
    }

    // The steps of connect(), in order, for the connection doctor.
    bool resolve();
    bool connectSocket();
    bool handshake();
    bool verifyHostKey();
    QStringList authMethods();
    bool authenticate();
    bool startSftp();
    // All of the above.
    bool open();
    void close();
    bool isOpen() const { return m_sftp != nullptr; }

    std::optional<QList<RemoteEntry>> list(const QString &path);
    std::optional<RemoteEntry> stat(const QString &path);
    // Downloads into a temporary file beside `local`, renamed into place when complete. A file
    // of RangedThreshold bytes or more is fetched over several connections (setRangedDownload).
    bool download(const QString &remote, const QString &local, const Progress &progress = {});
    // Uploads to a temporary name beside `remote`, then renames it into place and confirms the
    // size on the server: no partial file is ever visible under the final name.
    // Without overwrite an existing file is refused (the default: two runs must never clobber
    // each other's files); with it, it is replaced atomically where the server allows.
    bool upload(const QString &local, const QString &remote, bool overwrite = false,
                const Progress &progress = {});
    bool uploadData(const QByteArray &data, const QString &remote, bool overwrite = false);
    // After a failed upload: whether the file may have reached its final name anyway. A
    // rename the server confirmed is Delivered (the size check after it failed, or the file
    // was taken away at once); a rename whose reply never came is Unknown. Exactly-once
    // delivery must not send such a file's rows again.
    enum class UploadOutcome { NotDelivered, Delivered, Unknown };
    UploadOutcome lastUploadOutcome() const { return m_uploadOutcome; }
    bool rename(const QString &from, const QString &to, bool overwrite = false);
    bool remove(const QString &path);
    bool mkdir(const QString &path);
    bool rmdir(const QString &path);

    const SshError &error() const { return m_error; }
    const Connection &connection() const { return m_connection; }
    QStringList resolvedAddresses() const { return m_addresses; }
    QString connectedAddress() const { return m_connectedAddress; }
    QString serverBanner() const { return m_banner; }
    QString negotiated() const { return m_negotiated; }
    const HostKey &hostKey() const { return m_hostKey; }
    KnownHosts::Result hostKeyStatus() const { return m_hostKeyStatus; }
    bool hostKeyNewlyTrusted() const { return m_newlyTrusted; }

    // Transfer buffer per libssh2 call: libssh2 splits into 30000-byte packets and reads
    // ahead four buffers, so ~1 MiB in a multiple of 30000 keeps the pipe full.
    static constexpr qsizetype TransferChunk = 35 * 30000;
    // Below this size a second connection costs more than it saves (connect and login take
    // about 0.15 s here, in which one connection moves some 40 MiB).
    static constexpr qint64 RangedThreshold = 64 * 1024 * 1024;
    // Each connection takes the next unclaimed stripe: a slow one holds back no more than its
    // last stripe, and each stripe costs one short stall while its read-ahead refills.
    static constexpr qint64 RangedStripe = 16 * 1024 * 1024;
    static int defaultDownloadSessions();

private:
    friend class RangedDownload;
    LIBSSH2_SFTP_HANDLE *openForRead(const QString &remote);
    // Reads [begin, end) of an open file, handing each piece to `sink` (which returns false to
    // stop); at the end of the file, also checks that nothing follows.
    bool readStripe(LIBSSH2_SFTP_HANDLE *handle, const QString &remote, qint64 size, qint64 begin, qint64 end,
                    const std::function<bool(qint64 offset, QByteArray &&data)> &sink);
    bool failChanged(const QString &remote, qint64 listed, qint64 read);
    template<typename F> int retry(F call);
    template<typename F> auto retryPtr(F call) -> decltype(call());
    bool waitSocket();
    void closeQuietly(LIBSSH2_SFTP_HANDLE *handle);
    bool fail(SshError::Kind kind, const QString &message, int code = 0);
    bool failFromSession(const QString &what);
    bool failFromSftp(const QString &what, const QString &path);
    bool uploadFrom(class QIODevice *source, qint64 size, const QString &remote, bool overwrite,
                    const Progress &progress);

    Connection m_connection;
    KnownHosts m_knownHosts;
    QString m_passphrase;
    std::chrono::milliseconds m_timeout{30000};
    const std::atomic_bool *m_cancel = nullptr;
    bool m_trustUnknown = false;
    int m_downloadSessions = defaultDownloadSessions();
    qint64 m_rangedThreshold = RangedThreshold;
    qint64 m_rangedStripe = RangedStripe;

    net::Handle m_socket = net::InvalidHandle;
    LIBSSH2_SESSION *m_session = nullptr;
    LIBSSH2_SFTP *m_sftp = nullptr;
    SshError m_error;
    QStringList m_addresses;
    QString m_connectedAddress;
    QString m_banner;
    QString m_negotiated;
    HostKey m_hostKey;
    KnownHosts::Result m_hostKeyStatus = KnownHosts::Result::Failure;
    bool m_newlyTrusted = false;
    UploadOutcome m_uploadOutcome = UploadOutcome::NotDelivered;
};

// Connects far enough to see the server's host key and pins it, but only if it is still the
// one the user was shown (expectedFingerprint), and never over a different pinned key.
bool trustHostKey(const Connection &connection, const QString &knownHostsPath,
                  const QString &expectedFingerprint, SshError *error);

// "1.11.1", for About boxes and support reports.
QString libssh2Version();

} // namespace wb
