// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "queue/QueueConnection.h"
#include "sftp/ConnectionDoctor.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

namespace wb::ui {

// What a doctor found, the SFTP one or the queue one: what the view shows and copies.
struct DoctorResult
{
    QDateTime started; // UTC
    QList<DoctorStep> steps;
    QString target; // what was tested, as the summary names it: "user@host:22", "amqps://host:5671/q"
    QString text;   // the doctor's own report, for a support ticket

    bool passed() const;
    QString toText() const { return text; }
};

// Runs a doctor on the thread pool and reports each step on the UI thread.
// Destroying the runner cancels the run without waiting for it: the worker keeps what it
// shares with us alive and simply stops delivering.
class DoctorRunner : public QObject
{
    Q_OBJECT

public:
    using StepCallback = std::function<void(const DoctorStep &)>;
    // The doctor's whole run, on a worker thread: it reports each step through `onStep` and
    // stops early once `cancel` is set.
    using Work = std::function<DoctorResult(const std::atomic_bool *cancel, int timeoutMs, const StepCallback &onStep)>;

    explicit DoctorRunner(QObject *parent = nullptr);
    ~DoctorRunner() override;

    void start(Work work);
    void cancel();
    bool isRunning() const { return m_running; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    // The SFTP doctor. The passphrase only lives in the closure and the doctor, never in a log.
    static Work connectionDoctor(const Connection &connection, const QString &knownHostsPath,
                                 const QString &passphrase);
    // The queue doctor. An empty password is looked up on the worker (the keychain blocks).
    static Work queueDoctor(const QueueConnection &queue, const QString &password);

Q_SIGNALS:
    void stepChanged(const wb::DoctorStep &step);
    void finished(const wb::ui::DoctorResult &result);

private:
    struct Shared;
    void deliverStep(const DoctorStep &step, quint64 run);
    void deliverResult(const DoctorResult &result, quint64 run);

    std::shared_ptr<Shared> m_shared;
    quint64 m_run = 0;
    bool m_running = false;
    int m_timeoutMs = 20000;
};

} // namespace wb::ui
