// SPDX-License-Identifier: GPL-3.0-or-later
#include "sftp/RangedDownload.h"

#include "core/Log.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>
#include <QScopeGuard>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

using namespace std::chrono;

namespace wb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wb::RangedDownload", text);
}

struct Piece
{
    qint64 offset = 0;
    QByteArray data;
};

} // namespace

// What the workers and the writing thread share: the atomics freely, the rest under `mutex`.
struct RangedDownload::Shared
{
    QString remote;
    qint64 size = 0;
    qint64 stripe = 0;
    qsizetype maxQueued = 0; // bounds the memory held by pieces not yet written
    std::atomic<qint64> nextStripe{0};
    std::atomic_bool stop{false}; // every worker's cancel flag

    std::mutex mutex;
    std::condition_variable arrived; // a piece was queued, or a worker ended
    std::condition_variable room;    // pieces were taken, or stop
    std::deque<Piece> pieces;
    int running = 0;
    SshError firstError;

    // The first error given is the one reported: the others are the workers it stopped.
    void halt(const SshError &error)
    {
        const std::lock_guard lock(mutex);
        if (!firstError.isError())
            firstError = error;
        stop = true;
        room.notify_all();
        arrived.notify_all();
    }

    bool queue(qint64 offset, QByteArray &&data)
    {
        std::unique_lock lock(mutex);
        room.wait(lock, [&] { return stop || qsizetype(pieces.size()) < maxQueued; });
        if (stop)
            return false;
        pieces.push_back({offset, std::move(data)});
        arrived.notify_one();
        return true;
    }

    void ended()
    {
        const std::lock_guard lock(mutex);
        --running;
        arrived.notify_all();
    }
};

RangedDownload::RangedDownload(SftpSession &primary, int sessions, qint64 stripe)
    : m_primary(primary)
    , m_sessions(std::max(1, sessions))
    , m_stripe(std::max<qint64>(1, stripe))
{
}

void RangedDownload::serve(Shared &shared, SftpSession &session)
{
    LIBSSH2_SFTP_HANDLE *handle = session.openForRead(shared.remote);
    if (!handle) {
        shared.halt(session.error());
        return;
    }
    const auto sink = [&](qint64 offset, QByteArray &&data) { return shared.queue(offset, std::move(data)); };
    while (!shared.stop) {
        const qint64 begin = shared.nextStripe.fetch_add(shared.stripe);
        if (begin >= shared.size)
            break;
        if (!session.readStripe(handle, shared.remote, shared.size, begin, std::min(begin + shared.stripe, shared.size),
                                sink)) {
            if (session.error().isError())
                shared.halt(session.error());
            break;
        }
    }
    session.closeQuietly(handle);
}

void RangedDownload::connectAndServe(Shared &shared, SftpSession &session)
{
    // A connection still logging in when every stripe is claimed finishes its login all the
    // same: OpenSSH (9.8 and later) counts a client that leaves before authenticating against
    // its address, and after a few such a server refuses new connections from it for a while.
    session.setCancelFlag(&shared.stop);
    const bool opened = session.open();
    if (!opened) {
        const SshError::Kind kind = session.error().kind;
        // The first connection checked the host key: any other answer now is a warning sign.
        if (kind == SshError::Kind::HostKeyChanged || kind == SshError::Kind::HostKeyUnknown)
            shared.halt(session.error());
        else if (kind != SshError::Kind::Cancelled)
            qCInfo(lcSftp).noquote() << "An extra connection for" << shared.remote
                                     << "failed; the others fetch its share:" << session.error().detailed();
        return;
    }
    serve(shared, session);
}

bool RangedDownload::run(const QString &remote, qint64 size, const QString &local,
                         const SftpSession::Progress &progress)
{
    SftpSession &primary = m_primary;
    QSaveFile file(local);
    if (!file.open(QIODevice::WriteOnly))
        return primary.fail(SshError::Kind::LocalFile,
                            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(local), file.errorString()));
    Shared shared;
    shared.remote = remote;
    shared.size = size;
    shared.stripe = m_stripe;
    shared.maxQueued = 4 * m_sessions;
    shared.running = m_sessions;

    // The extra sessions copy the primary's settings here: once the threads start, the primary
    // belongs to its worker until they are joined.
    std::vector<std::unique_ptr<SftpSession>> extra;
    for (int i = 1; i < m_sessions; ++i) {
        extra.push_back(std::make_unique<SftpSession>(primary.m_connection,
                                                      KnownHosts(primary.m_knownHosts.filePath())));
        extra.back()->setPassphrase(primary.m_passphrase);
        extra.back()->setTimeout(primary.m_timeout);
    }
    const std::atomic_bool *userCancel = std::exchange(primary.m_cancel, &shared.stop);
    auto cancelRequested = [&] {
        if (userCancel && userCancel->load() && !shared.stop) {
            // The same words as a cancelled wait on the socket.
            shared.halt({SshError::Kind::Cancelled, QCoreApplication::translate("wb::net", "Cancelled.")});
        }
        return bool(shared.stop);
    };
    std::vector<std::thread> threads;
    // Every way out joins the threads first, an exception included: they use `shared`, the
    // primary session and the extra ones, and a std::thread still running when destroyed ends
    // the process.
    auto joinAll = qScopeGuard([&] {
        if (std::any_of(threads.begin(), threads.end(), [](const std::thread &t) { return t.joinable(); })) {
            {
                const std::lock_guard lock(shared.mutex);
                shared.stop = true;
                shared.room.notify_all();
            }
            for (std::thread &t : threads)
                if (t.joinable())
                    t.join();
        }
        primary.m_cancel = userCancel;
    });
    threads.emplace_back([&] {
        serve(shared, primary);
        shared.ended();
    });
    for (const auto &session : extra)
        threads.emplace_back([&shared, &session] {
            connectAndServe(shared, *session);
            shared.ended();
        });

    qint64 done = 0;
    for (;;) {
        std::deque<Piece> batch;
        bool allEnded = false;
        {
            std::unique_lock lock(shared.mutex);
            // The timeout only bounds how late a cancel is noticed.
            shared.arrived.wait_for(lock, milliseconds(50),
                                    [&] { return !shared.pieces.empty() || shared.running == 0; });
            batch.swap(shared.pieces);
            allEnded = shared.running == 0;
            shared.room.notify_all();
        }
        for (Piece &piece : batch) {
            if (cancelRequested())
                break;
            if (!file.seek(piece.offset) || file.write(piece.data) != piece.data.size()) {
                shared.halt({SshError::Kind::LocalFile,
                             tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(local), file.errorString())});
                break;
            }
            done += piece.data.size();
            if (progress)
                progress(done, size);
        }
        if (allEnded)
            break;
        cancelRequested();
    }
    for (std::thread &t : threads)
        t.join(); // joinAll now only hands the user's cancel flag back to the primary

    if (shared.firstError.isError()) {
        primary.m_error = shared.firstError;
        if (shared.firstError.kind == SshError::Kind::LocalFile)
            qCWarning(lcSftp).noquote() << primary.m_connection.name << primary.m_error.detailed();
        file.cancelWriting();
        return false;
    }
    if (done != size) { // every stripe was claimed and read, so only if a piece went missing
        file.cancelWriting();
        return primary.failChanged(remote, size, done);
    }
    if (!file.commit())
        return primary.fail(SshError::Kind::LocalFile,
                            tr("Cannot save %1: %2").arg(QDir::toNativeSeparators(local), file.errorString()));
    return true;
}

} // namespace wb
