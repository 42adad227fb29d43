// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "queue/MessageLedger.h"

namespace wb {

// Reads a queue's messages kept as unreadable again (after an update that can read them),
// under the queue's job lock: a consume storing messages meanwhile must not interleave.
// False with *error when the workspace, the lock or the ledger fails; messages still
// unreadable are counted in *counts, not an error. Blocking: run it off the GUI thread.
bool replayKeptMessages(const QString &workspacePath, const QueueConnection &queue, LedgerCounts *counts,
                        QString *error);

} // namespace wb
