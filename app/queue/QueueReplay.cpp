// SPDX-License-Identifier: GPL-3.0-or-later
#include "queue/QueueReplay.h"

#include "core/Workspace.h"
#include "jobs/Job.h"
#include "jobs/JobKeys.h"
#include "jobs/JobLock.h"

namespace wb {

bool replayKeptMessages(const QString &workspacePath, const QueueConnection &queue, LedgerCounts *counts,
                        QString *error)
{
    Workspace workspace;
    if (!workspace.open(workspacePath, error))
        return false;
    JobLock lock(workspace, jobKey(workspace, JobId{JobId::Kind::Consume, queue.name}.toString()));
    if (!lock.acquire(error))
        return false;
    MessageLedger ledger(workspacePath, queue);
    const bool ok = ledger.replay(error);
    *counts = ledger.counts();
    return ok;
}

} // namespace wb
