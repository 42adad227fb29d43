// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sftp/KeyFile.h"

#include <QByteArray>
#include <QString>

// Internals of KeyFile.cpp, split out to keep the PuTTY conversion on its own.
namespace wb::keyfile {

// Fills key from the text of a .ppk file whose line endings are already plain LF. An
// unencrypted key is converted to an OpenSSH private key in key.data, because libssh2 cannot
// read PuTTY's format.
void parsePuttyKey(const QByteArray &text, const QString &name, PrivateKey &key);

// Why a key of this SSH algorithm cannot be used, or an empty string if it can.
QString algorithmProblem(const QString &algorithm, const QString &name);

} // namespace wb::keyfile
