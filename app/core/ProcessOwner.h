// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace wb {

// Who holds a run or a lock: "pid@host#start". Written by the process that takes it, so
// another process can tell a live holder from one that crashed. A PID alone is not enough:
// after a crash or a power cut the number is soon another process's, and a lock it named
// would be held for ever. `start` tells that process from any later one with its number:
// the boot id and the start time in clock ticks on Linux, the creation time on Windows and
// macOS. Holders written before "#start" existed ("pid@host") are judged by the PID alone.
QString thisProcessOwner();

// "pid@host", for messages: the start part means nothing to a reader.
QString ownerForPeople(const QString &owner);

// The `start` part for a process on this machine, or an empty string when there is no such
// process or it cannot be read.
QString processStartIdentity(qint64 pid);

// True when the holder is certainly gone: it ran on this machine and its process no longer
// exists, or its number now belongs to a process started later. A holder on another machine
// sharing the workspace is never declared gone here; lock users add their own age rule for that.
bool ownerIsGone(const QString &owner);

// How long a holder on another machine keeps a lock or a run without news.
inline constexpr int StaleAfterHours = 12;
// A holder that is gone, or one on another machine that took hold more than StaleAfterHours
// ago (this machine cannot see that process).
bool holderIsStale(const QString &owner, const QDateTime &since);

} // namespace wb
