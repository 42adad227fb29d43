// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Connection.h"
#include "sftp/SshError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include <atomic>
#include <functional>

namespace wb {

struct DoctorStep
{
    // The SFTP doctor's steps, then the queue doctor's own (queue/QueueDoctor.h), which also
    // starts with Resolve and Connect.
    enum class Id {
        Resolve, Connect, Banner, HostKey, AuthMethods, Authenticate, Sftp, ReadPath, WritePath,
        Tls, QueueLogin, OpenQueue, Waiting
    };
    enum class Status { Pending, Running, Passed, Warning, Failed, Skipped };

    Id id = Id::Resolve;
    Status status = Status::Pending;
    QString title;   // "Resolve the domain"
    QString detail;  // what was found, or what went wrong
    QString advice;  // for support staff: where to look next; empty when passed
    qint64 elapsedMs = 0;
    SshError error;

    static QString statusName(Status status); // "passed", "failed", ...
    static QString idName(Id id);              // "resolve", "connect", ...
};

// The steps as every doctor's report prints them (a line each, with details, codes and
// advice) and as JSON; passed when none failed.
bool doctorStepsPassed(const QList<DoctorStep> &steps);
QString doctorStepsText(const QList<DoctorStep> &steps);
QJsonArray doctorStepsJson(const QList<DoctorStep> &steps);

struct DoctorReport
{
    Q_DECLARE_TR_FUNCTIONS(wb::DoctorReport)

public:
    Connection connection;
    QDateTime started; // UTC
    QList<DoctorStep> steps;

    bool passed() const;
    // Plain text for a support ticket: one line per step, with details and advice.
    QString toText() const;
    QJsonObject toJson() const;
};

// Walks a connection step by step, from DNS to writing a probe file, so that support staff
// can see exactly where it fails and why. Blocking: run it off the UI thread.
class ConnectionDoctor
{
public:
    using StepCallback = std::function<void(const DoctorStep &)>;

    ConnectionDoctor(Connection connection, QString knownHostsPath);

    void setPassphrase(const QString &passphrase) { m_passphrase = passphrase; }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // Called as each step starts (Running) and ends; from the thread that calls run().
    void setStepCallback(StepCallback callback) { m_onStep = std::move(callback); }

    DoctorReport run();

    static QList<DoctorStep> plannedSteps();

private:
    Connection m_connection;
    QString m_knownHostsPath;
    QString m_passphrase;
    const std::atomic_bool *m_cancel = nullptr;
    int m_timeoutMs = 20000;
    StepCallback m_onStep;
};

} // namespace wb
