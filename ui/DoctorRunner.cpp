// SPDX-License-Identifier: GPL-3.0-or-later
#include "DoctorRunner.h"

#include "queue/QueueDoctor.h"

#include <QMutex>
#include <QMutexLocker>
#include <QtConcurrent/QtConcurrentRun>

namespace wb::ui {

bool DoctorResult::passed() const
{
    return !steps.isEmpty() && std::none_of(steps.begin(), steps.end(), [](const DoctorStep &s) {
        return s.status == DoctorStep::Status::Failed;
    });
}

// What a worker and the runner share. The mutex makes "is the runner still there?" and
// "post to it" one step, so a worker never posts to a runner being destroyed.
struct DoctorRunner::Shared
{
    QMutex mutex;
    DoctorRunner *runner = nullptr;
    std::atomic_bool cancel{false};
};

DoctorRunner::DoctorRunner(QObject *parent)
    : QObject(parent)
{
}

DoctorRunner::~DoctorRunner()
{
    cancel();
}

void DoctorRunner::start(Work work)
{
    cancel();
    m_shared = std::make_shared<Shared>();
    m_shared->runner = this;
    m_running = true;
    const quint64 run = ++m_run;
    std::shared_ptr<Shared> shared = m_shared;
    auto post = [shared](auto deliver) {
        QMutexLocker lock(&shared->mutex);
        if (DoctorRunner *runner = shared->runner)
            QMetaObject::invokeMethod(runner, [runner, deliver] { deliver(runner); }, Qt::QueuedConnection);
    };
    (void)QtConcurrent::run([work = std::move(work), shared, post, run, timeout = m_timeoutMs] {
        const DoctorResult result = work(&shared->cancel, timeout, [&](const DoctorStep &step) {
            post([step, run](DoctorRunner *runner) { runner->deliverStep(step, run); });
        });
        post([result, run](DoctorRunner *runner) { runner->deliverResult(result, run); });
    });
}

DoctorRunner::Work DoctorRunner::connectionDoctor(const Connection &connection, const QString &knownHostsPath,
                                                  const QString &passphrase)
{
    return [connection, knownHostsPath, passphrase](const std::atomic_bool *cancel, int timeoutMs,
                                                    const StepCallback &onStep) {
        ConnectionDoctor doctor(connection, knownHostsPath);
        doctor.setPassphrase(passphrase);
        doctor.setCancelFlag(cancel);
        doctor.setTimeoutMs(timeoutMs);
        doctor.setStepCallback(onStep);
        const DoctorReport report = doctor.run();
        return DoctorResult{report.started, report.steps, report.connection.endpoint(), report.toText()};
    };
}

DoctorRunner::Work DoctorRunner::queueDoctor(const QueueConnection &queue, const QString &password)
{
    return [queue, password](const std::atomic_bool *cancel, int timeoutMs, const StepCallback &onStep) {
        QueueDoctor doctor(queue);
        doctor.setPassword(password.isEmpty() ? findQueuePassword(queue) : password);
        doctor.setCancelFlag(cancel);
        doctor.setTimeoutMs(timeoutMs);
        doctor.setStepCallback(onStep);
        const QueueDoctorReport report = doctor.run();
        return DoctorResult{report.started, report.steps, report.queue.location(), report.toText()};
    };
}

void DoctorRunner::cancel()
{
    if (!m_shared)
        return;
    m_shared->cancel = true;
    QMutexLocker lock(&m_shared->mutex);
    m_shared->runner = nullptr;
    lock.unlock();
    m_shared.reset();
    m_running = false;
}

void DoctorRunner::deliverStep(const DoctorStep &step, quint64 run)
{
    if (run == m_run)
        Q_EMIT stepChanged(step);
}

void DoctorRunner::deliverResult(const DoctorResult &result, quint64 run)
{
    if (run != m_run)
        return;
    m_running = false;
    m_shared.reset();
    Q_EMIT finished(result);
}

} // namespace wb::ui
