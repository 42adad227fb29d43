// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "queue/AmqpReceiver.h"
#include "queue/QueueConnection.h"

#include <QStringList>

#include <memory>

namespace wb {

// What storing (or replaying) messages did, summed over the calls.
struct LedgerCounts
{
    qint64 messages = 0;    // handed to the ledger, duplicates included
    qint64 taken = 0;       // stored with their rows
    qint64 duplicates = 0;  // taken before (a delivery given again after a crash)
    qint64 unreadable = 0;  // kept with the reason, without rows
    qint64 rowsAdded = 0;
    qint64 rowsUpdated = 0;
    qint64 bytes = 0;       // of the bodies stored
    QStringList problems;   // "message ID: line:column: reason", the first few
};

// The workspace's record of every message taken from a queue: its raw body, stored in the
// same transaction as its rows and keyed on its message id, so that a message the broker
// gives again (the process died before accepting it) is recognised and adds nothing. A body
// that cannot be read is kept with the reason (JSON line and column) and its rows are left
// out; replay() reads such messages again once a newer version can.
class MessageLedger
{
public:
    MessageLedger(QString workspacePath, QueueConnection queue);
    ~MessageLedger();

    // One transaction for the whole batch; false (nothing kept) with *error.
    bool store(const QList<ReceivedMessage> &batch, QString *error);
    // The queue's unreadable messages, read again; those that can be read now get their rows.
    bool replay(QString *error);
    const LedgerCounts &counts() const { return m_counts; }

private:
    struct Impl;
    std::unique_ptr<Impl> d;
    LedgerCounts m_counts;
};

} // namespace wb
