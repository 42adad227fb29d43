// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace wb {

// Who holds a run or a lock: "pid@host". Written by the process that takes it, so another
// process can tell a live holder from one that crashed.
QString thisProcessOwner();

// True when the holder is certainly gone: it ran on this machine and its process no longer
// exists. A holder on another machine sharing the workspace is never declared gone here;
// lock users add their own age rule for that.
bool ownerIsGone(const QString &owner);

} // namespace wb
