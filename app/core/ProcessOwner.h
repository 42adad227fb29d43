// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace wb {

// Who holds a run or a lock: "pid@host". Written by the process that takes it, so another
// process can tell a live holder from one that crashed.
QString thisProcessOwner();

// True when the holder is certainly gone: it ran on this machine and its process no longer
// exists. A holder on another machine sharing the workspace is never declared gone here;
// lock users add their own age rule for that.
bool ownerIsGone(const QString &owner);

// How long a holder on another machine keeps a lock or a run without news.
inline constexpr int StaleAfterHours = 12;
// A holder that is gone, or one on another machine that took hold more than StaleAfterHours
// ago (this machine cannot see that process).
bool holderIsStale(const QString &owner, const QDateTime &since);

} // namespace wb
