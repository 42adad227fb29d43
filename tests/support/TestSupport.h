// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HostProcess.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace wb::test {

// Runs a program to completion, on the Linux host when there is a broker (HostProcess.h);
// fails the calling test (returns false) with its output when it is missing or exits non-zero.
bool run(const QString &program, const QStringList &args, QByteArray *output = nullptr,
         const QByteArray &input = {}, int timeoutMs = 60000);
// Deterministic pseudo-random bytes, so a failed comparison can be reproduced.
QByteArray randomBytes(qsizetype size, quint32 seed);
QByteArray readAll(const QString &path);
// A 127.0.0.1 port nothing listens on at the moment of asking.
int freePort();
bool writeAll(const QString &path, const QByteArray &data);

} // namespace wb::test
