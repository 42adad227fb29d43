// SPDX-License-Identifier: GPL-3.0-or-later
#include "DoctorRunner.h"

#include <QMutex>
#include <QMutexLocker>
#include <QtConcurrent/QtConcurrentRun>

namespace wb::ui {

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

void DoctorRunner::start(const Connection &connection, const QString &knownHostsPath, const QString &passphrase)
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
    // The passphrase only lives in this closure and the doctor, never in a log.
    (void)QtConcurrent::run([connection, knownHostsPath, passphrase, shared, post, run, timeout = m_timeoutMs] {
        ConnectionDoctor doctor(connection, knownHostsPath);
        doctor.setPassphrase(passphrase);
        doctor.setCancelFlag(&shared->cancel);
        doctor.setTimeoutMs(timeout);
        doctor.setStepCallback([&](const DoctorStep &step) {
            post([step, run](DoctorRunner *runner) { runner->deliverStep(step, run); });
        });
        const DoctorReport report = doctor.run();
        post([report, run](DoctorRunner *runner) { runner->deliverReport(report, run); });
    });
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

void DoctorRunner::deliverReport(const DoctorReport &report, quint64 run)
{
    if (run != m_run)
        return;
    m_running = false;
    m_shared.reset();
    Q_EMIT finished(report);
}

} // namespace wb::ui
