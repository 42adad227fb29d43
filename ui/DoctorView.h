// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DoctorRunner.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace wb::ui {

class DoctorStepRow;
class MessageWidget;

// A doctor as a live checklist: one row per step with its status, time, what was found and,
// for a failed step, advice for support staff. For an SFTP connection it offers to trust an
// unknown host key (and then runs again) and refuses a changed one; for a queue it runs the
// queue doctor, which never takes a message.
class DoctorView : public QWidget
{
    Q_OBJECT

public:
    explicit DoctorView(QWidget *parent = nullptr);
    ~DoctorView() override;

    // Shows the planned steps for `connection`, all pending.
    void reset(const Connection &connection);
    void start(const Connection &connection, const QString &knownHostsPath, const QString &passphrase);
    // The queue doctor's steps; an empty password is the keychain's (read on the worker).
    void reset(const QueueConnection &queue);
    void start(const QueueConnection &queue, const QString &password);
    void cancel();
    bool isRunning() const;
    const std::optional<DoctorResult> &report() const { return m_report; }

    // Test hook: how long the doctor waits on a silent server.
    void setTimeoutMs(int ms);

Q_SIGNALS:
    void runningChanged(bool running);
    void finished(const wb::ui::DoctorResult &report);

private:
    enum class Subject { Connection, Queue };

    // The generic part: any doctor's planned steps, and its run.
    void resetSteps(Subject subject, const QList<DoctorStep> &planned, const QString &intro);
    void run(const QString &target, DoctorRunner::Work work);
    DoctorStepRow *rowOf(DoctorStep::Id id) const;
    void onStep(const DoctorStep &step);
    void onFinished(const DoctorResult &report);
    void setRunning(bool running);
    void showSummary(const DoctorResult &report);
    void reviewHostKey();
    void copyReport();

    DoctorRunner *m_runner;
    QLabel *m_summary;
    QPushButton *m_cancel;
    QPushButton *m_copy;
    MessageWidget *m_message;
    QVBoxLayout *m_rows;
    QList<DoctorStepRow *> m_steps;
    std::optional<DoctorResult> m_report;
    Subject m_subject = Subject::Connection;
    Connection m_connection;
    QString m_knownHostsPath;
    QString m_passphrase;
};

} // namespace wb::ui
