// SPDX-License-Identifier: GPL-3.0-or-later
#include "queue/QueueConsumer.h"

namespace wb {

QueueConsumer::QueueConsumer(QueueConnection queue, QString workspacePath)
    : m_queue(std::move(queue)), m_workspacePath(std::move(workspacePath))
{}

ConsumeReport QueueConsumer::run()
{
    ConsumeReport report;
    MessageLedger ledger(m_workspacePath, m_queue);
    const AmqpReceiver::Result r =
        AmqpReceiver::run(m_queue, m_password, m_options, [&](const QList<ReceivedMessage> &batch, QString *error) {
            if (!ledger.store(batch, error))
                return false;
            if (m_progress)
                m_progress(ledger.counts());
            return true;
        });
    report.error = r.error;
    report.received = r.received;
    report.counts = ledger.counts();
    return report;
}

} // namespace wb
