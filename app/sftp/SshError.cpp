// SPDX-License-Identifier: GPL-3.0-or-later
#include "sftp/SshError.h"

using namespace Qt::StringLiterals;

namespace wb {

QString SshError::detailed() const
{
    QString text = message;
    if (libssh2Code != 0)
        text += u" [libssh2 %1]"_s.arg(libssh2Code);
    if (sftpStatus != 0)
        text += u" [SFTP status %1]"_s.arg(sftpStatus);
    return text;
}

QString SshError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None: return u"none"_s;
    case Kind::Cancelled: return u"cancelled"_s;
    case Kind::Timeout: return u"timeout"_s;
    case Kind::HostNotFound: return u"host-not-found"_s;
    case Kind::HostUnreachable: return u"host-unreachable"_s;
    case Kind::ConnectionRefused: return u"connection-refused"_s;
    case Kind::HandshakeFailed: return u"handshake-failed"_s;
    case Kind::HostKeyUnknown: return u"host-key-unknown"_s;
    case Kind::HostKeyChanged: return u"host-key-changed"_s;
    case Kind::KeyFileProblem: return u"key-file"_s;
    case Kind::PassphraseNeeded: return u"passphrase-needed"_s;
    case Kind::PassphraseWrong: return u"passphrase-wrong"_s;
    case Kind::KeyNotAccepted: return u"key-not-accepted"_s;
    case Kind::SftpUnavailable: return u"sftp-unavailable"_s;
    case Kind::PathMissing: return u"path-missing"_s;
    case Kind::PermissionDenied: return u"permission-denied"_s;
    case Kind::AlreadyExists: return u"already-exists"_s;
    case Kind::ConnectionLost: return u"connection-lost"_s;
    case Kind::LocalFile: return u"local-file"_s;
    case Kind::Other: return u"other"_s;
    }
    return u"other"_s;
}

} // namespace wb
