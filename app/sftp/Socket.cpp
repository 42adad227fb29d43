// SPDX-License-Identifier: GPL-3.0-or-later
#include "sftp/Socket.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#ifdef _WIN32
#include <winsock2.h>
#include <ws2tcpip.h>
#else
#include <arpa/inet.h>
#include <cerrno>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

#include <cstring>

using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace wb::net {

namespace {

constexpr milliseconds Slice{100};

QString tr(const char *text)
{
    return QCoreApplication::translate("wb::net", text);
}

void setError(SshError *error, SshError::Kind kind, const QString &message)
{
    if (error) {
        error->kind = kind;
        error->message = message;
    }
}

int lastSocketError()
{
#ifdef _WIN32
    return WSAGetLastError();
#else
    return errno;
#endif
}

bool setNonBlocking(Handle s)
{
#ifdef _WIN32
    u_long on = 1;
    return ioctlsocket(s, FIONBIO, &on) == 0;
#else
    const int flags = fcntl(s, F_GETFL, 0);
    return flags >= 0 && fcntl(s, F_SETFL, flags | O_NONBLOCK) == 0;
#endif
}

int pollOne(Handle s, short events, int timeoutMs)
{
#ifdef _WIN32
    WSAPOLLFD p{s, events, 0};
    return WSAPoll(&p, 1, timeoutMs);
#else
    pollfd p{s, events, 0};
    int rc;
    do {
        rc = ::poll(&p, 1, timeoutMs);
    } while (rc < 0 && errno == EINTR);
    return rc;
#endif
}

bool cancelled(const std::atomic_bool *cancel, SshError *error)
{
    if (cancel && cancel->load()) {
        setError(error, SshError::Kind::Cancelled, tr("Cancelled."));
        return true;
    }
    return false;
}

QString addressText(const sockaddr *sa)
{
    char buf[INET6_ADDRSTRLEN] = {};
    const void *src = sa->sa_family == AF_INET6
                          ? static_cast<const void *>(&reinterpret_cast<const sockaddr_in6 *>(sa)->sin6_addr)
                          : static_cast<const void *>(&reinterpret_cast<const sockaddr_in *>(sa)->sin_addr);
    inet_ntop(sa->sa_family, src, buf, sizeof buf);
    return QString::fromLatin1(buf);
}

struct AddrInfo
{
    addrinfo *list = nullptr;
    ~AddrInfo()
    {
        if (list)
            freeaddrinfo(list);
    }
};

// Winsock must be started once per process before the first socket call; Qt starts it only
// for its own sockets, and libssh2 leaves it to the application.
void startSockets()
{
#ifdef _WIN32
    static const bool started = [] {
        WSADATA data;
        return WSAStartup(MAKEWORD(2, 2), &data) == 0;
    }();
    Q_UNUSED(started);
#endif
}

QString lookupErrorText(int rc)
{
#ifdef _WIN32
    return QString::fromWCharArray(gai_strerrorW(rc));
#else
    return QString::fromLocal8Bit(gai_strerror(rc));
#endif
}

int lookup(const QString &host, int port, AddrInfo *out)
{
    startSockets();
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_ADDRCONFIG;
    const QByteArray service = QByteArray::number(port);
    return getaddrinfo(host.toUtf8().constData(), service.constData(), &hints, &out->list);
}

} // namespace

Resolved resolve(const QString &host, int port, SshError *error)
{
    Resolved out;
    AddrInfo info;
    const int rc = lookup(host, port, &info);
    if (rc != 0) {
        setError(error, SshError::Kind::HostNotFound,
                 tr("The domain \"%1\" could not be found (%2). Check its spelling, and that "
                    "this computer can reach a DNS server.")
                     .arg(host, lookupErrorText(rc)));
        return out;
    }
    for (addrinfo *ai = info.list; ai; ai = ai->ai_next) {
        const QString text = addressText(ai->ai_addr);
        if (!out.addresses.contains(text))
            out.addresses << text;
    }
    return out;
}

Handle connectTcp(const QString &host, int port, milliseconds timeout, const std::atomic_bool *cancel,
                  QString *connectedAddress, SshError *error)
{
    AddrInfo info;
    const int rc = lookup(host, port, &info);
    if (rc != 0) {
        resolve(host, port, error);
        return InvalidHandle;
    }
    int lastError = 0;
    bool timedOut = false;
    for (addrinfo *ai = info.list; ai; ai = ai->ai_next) {
        Handle s = ::socket(ai->ai_family, ai->ai_socktype, ai->ai_protocol);
        if (s == InvalidHandle) {
            lastError = lastSocketError();
            continue;
        }
        if (!setNonBlocking(s)) {
            lastError = lastSocketError();
            close(s);
            continue;
        }
        int one = 1;
        setsockopt(s, IPPROTO_TCP, TCP_NODELAY, reinterpret_cast<const char *>(&one), sizeof one);
        if (::connect(s, ai->ai_addr, static_cast<int>(ai->ai_addrlen)) == 0) {
            if (connectedAddress)
                *connectedAddress = addressText(ai->ai_addr);
            return s;
        }
        lastError = lastSocketError();
#ifdef _WIN32
        const bool inProgress = lastError == WSAEWOULDBLOCK;
#else
        const bool inProgress = lastError == EINPROGRESS;
#endif
        if (inProgress) {
            QElapsedTimer timer;
            timer.start();
            int ready = 0;
            while (!cancelled(cancel, error) && timer.elapsed() < timeout.count()) {
                ready = pollOne(s, POLLOUT, int(std::min<qint64>(Slice.count(), timeout.count() - timer.elapsed())));
                if (ready != 0)
                    break;
            }
            if (error && error->kind == SshError::Kind::Cancelled) {
                close(s);
                return InvalidHandle;
            }
            if (ready > 0) {
                int soError = 0;
                socklen_t len = sizeof soError;
                getsockopt(s, SOL_SOCKET, SO_ERROR, reinterpret_cast<char *>(&soError), &len);
                if (soError == 0) {
                    if (connectedAddress)
                        *connectedAddress = addressText(ai->ai_addr);
                    return s;
                }
                lastError = soError;
            } else if (ready == 0) {
                timedOut = true;
            }
        }
        close(s);
    }

#ifdef _WIN32
    const bool refused = lastError == WSAECONNREFUSED;
    const bool unreachable = lastError == WSAEHOSTUNREACH || lastError == WSAENETUNREACH;
#else
    const bool refused = lastError == ECONNREFUSED;
    const bool unreachable = lastError == EHOSTUNREACH || lastError == ENETUNREACH;
#endif
    if (refused)
        setError(error, SshError::Kind::ConnectionRefused,
                 tr("%1 refused the connection on port %2: no SSH server listens there, or a "
                    "firewall rejects it. Check the port with the platform.")
                     .arg(host).arg(port));
    else if (timedOut)
        setError(error, SshError::Kind::Timeout,
                 tr("%1 did not answer on port %2 within %3 s. A firewall may be dropping the "
                    "connection, or the server may only accept known IP addresses: ask the "
                    "platform to allow this computer's public address.")
                     .arg(host).arg(port).arg(timeout.count() / 1000.0));
    else if (unreachable)
        setError(error, SshError::Kind::HostUnreachable,
                 tr("%1 cannot be reached from this computer (no route to the host). Check the "
                    "network connection, VPN or proxy.")
                     .arg(host));
    else
        setError(error, SshError::Kind::HostUnreachable,
                 tr("Could not connect to %1 on port %2: %3.")
                     .arg(host).arg(port).arg(QString::fromLocal8Bit(std::strerror(lastError))));
    return InvalidHandle;
}

void close(Handle socket)
{
    if (socket == InvalidHandle)
        return;
#ifdef _WIN32
    closesocket(socket);
#else
    ::close(socket);
#endif
}

bool wait(Handle socket, bool forRead, bool forWrite, milliseconds timeout,
          const std::atomic_bool *cancel, SshError *error)
{
    short events = 0;
    if (forRead)
        events |= POLLIN;
    if (forWrite)
        events |= POLLOUT;
    if (!events)
        events = POLLIN;
    QElapsedTimer timer;
    timer.start();
    while (!cancelled(cancel, error)) {
        const qint64 left = timeout.count() - timer.elapsed();
        if (left <= 0) {
            setError(error, SshError::Kind::Timeout,
                     tr("The server stopped answering for %1 s.").arg(timeout.count() / 1000.0));
            return false;
        }
        const int rc = pollOne(socket, events, int(std::min<qint64>(Slice.count(), left)));
        if (rc != 0)
            return true; // ready, or an error that the next libssh2 call will report
    }
    return false;
}

} // namespace wb::net
