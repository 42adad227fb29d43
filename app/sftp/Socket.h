// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sftp/SshError.h"

#include <QStringList>

#include <atomic>
#include <chrono>
#include <optional>

namespace wb::net {

#ifdef _WIN32
using Handle = unsigned long long;
inline constexpr Handle InvalidHandle = ~Handle(0);
#else
using Handle = int;
inline constexpr Handle InvalidHandle = -1;
#endif

struct Resolved
{
    QStringList addresses; // numeric, in the order they will be tried
};

// Looks the host up; an empty result comes with error set (HostNotFound).
Resolved resolve(const QString &host, int port, SshError *error);

// Connects to the first address that answers within the timeout. The socket is left in
// non-blocking mode, which is how the SSH session drives it.
Handle connectTcp(const QString &host, int port, std::chrono::milliseconds timeout,
                  const std::atomic_bool *cancel, QString *connectedAddress, SshError *error);

void close(Handle socket);

// Waits until the socket is ready in the given directions, in short slices so that a
// cancellation is noticed quickly. Returns false on timeout or cancellation (error set).
bool wait(Handle socket, bool forRead, bool forWrite, std::chrono::milliseconds timeout,
          const std::atomic_bool *cancel, SshError *error);

} // namespace wb::net
