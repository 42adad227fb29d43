// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "queue/AmqpReceiver.h"
#include "queue/MessageLedger.h"

#include <functional>

namespace wb {

struct ConsumeReport
{
    QueueError error;   // the broker or the workspace failed; what was stored before stays
    LedgerCounts counts;
    qint64 received = 0; // delivered by the broker, duplicates included
    bool ok() const { return !error; }
};

// Drains a queue into the workspace: the receiver hands batches to the ledger, which keeps
// each in one transaction before the broker is told the messages may go. Blocking.
class QueueConsumer
{
public:
    using Progress = std::function<void(const LedgerCounts &)>;

    QueueConsumer(QueueConnection queue, QString workspacePath);

    void setPassword(const QString &password) { m_password = password; }
    void setOptions(const AmqpReceiver::Options &options) { m_options = options; }
    void setProgress(Progress progress) { m_progress = std::move(progress); }

    ConsumeReport run();

private:
    QueueConnection m_queue;
    QString m_workspacePath;
    QString m_password;
    AmqpReceiver::Options m_options;
    Progress m_progress;
};

} // namespace wb
