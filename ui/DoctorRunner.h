// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sftp/ConnectionDoctor.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace wb::ui {

// Runs the connection doctor on the thread pool and reports each step on the UI thread.
// Destroying the runner cancels the run without waiting for it: the worker keeps what it
// shares with us alive and simply stops delivering.
class DoctorRunner : public QObject
{
    Q_OBJECT

public:
    explicit DoctorRunner(QObject *parent = nullptr);
    ~DoctorRunner() override;

    void start(const Connection &connection, const QString &knownHostsPath, const QString &passphrase);
    void cancel();
    bool isRunning() const { return m_running; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

Q_SIGNALS:
    void stepChanged(const wb::DoctorStep &step);
    void finished(const wb::DoctorReport &report);

private:
    struct Shared;
    void deliverStep(const DoctorStep &step, quint64 run);
    void deliverReport(const DoctorReport &report, quint64 run);

    std::shared_ptr<Shared> m_shared;
    quint64 m_run = 0;
    bool m_running = false;
    int m_timeoutMs = 20000;
};

} // namespace wb::ui
