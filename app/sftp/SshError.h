// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace wb {

// A failure in terms a user can act on. The libssh2 and SFTP codes are kept for support
// staff, who need them to match a failure with the server's own logs.
struct SshError
{
    enum class Kind {
        None,
        Cancelled,
        Timeout,
        HostNotFound,
        HostUnreachable,
        ConnectionRefused,
        HandshakeFailed,
        HostKeyUnknown,
        HostKeyChanged,
        KeyFileProblem,
        PassphraseNeeded,
        PassphraseWrong,
        KeyNotAccepted,
        SftpUnavailable,
        PathMissing,
        PermissionDenied,
        AlreadyExists,
        ConnectionLost,
        LocalFile,
        Other,
    };

    Kind kind = Kind::None;
    QString message;      // one or two sentences: what happened and what to do
    int libssh2Code = 0;  // LIBSSH2_ERROR_*, 0 if none
    unsigned long sftpStatus = 0; // LIBSSH2_FX_*, 0 if none

    bool isError() const { return kind != Kind::None; }
    // The message followed by the codes, for logs, the doctor and support tickets.
    QString detailed() const;
    static QString kindName(Kind kind);
};

} // namespace wb
