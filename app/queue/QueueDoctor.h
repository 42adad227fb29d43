// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "queue/QueueConnection.h"
#include "sftp/ConnectionDoctor.h"

namespace wb {

struct QueueDoctorReport
{
    Q_DECLARE_TR_FUNCTIONS(wb::QueueDoctorReport)

public:
    QueueConnection queue;
    QDateTime started; // UTC
    QList<DoctorStep> steps;

    bool passed() const;
    // Plain text for a support ticket: one line per step, with details and advice.
    QString toText() const;
    QJsonObject toJson() const;
};

// Walks a queue step by step, as the connection doctor walks an SFTP server: resolve the
// broker, connect, the TLS handshake (naming the certificate), SASL login, opening the queue,
// and what the broker says is waiting. It never takes a message. Blocking: run it off the UI
// thread.
class QueueDoctor
{
public:
    using StepCallback = std::function<void(const DoctorStep &)>;

    explicit QueueDoctor(QueueConnection queue);

    void setPassword(const QString &password) { m_password = password; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    // Called as each step starts (Running) and ends; from the thread that calls run().
    void setStepCallback(StepCallback callback) { m_onStep = std::move(callback); }

    QueueDoctorReport run();
    static QList<DoctorStep> plannedSteps();

private:
    QueueConnection m_queue;
    QString m_password;
    int m_timeoutMs = 15000;
    const std::atomic_bool *m_cancel = nullptr;
    StepCallback m_onStep;
};

} // namespace wb
