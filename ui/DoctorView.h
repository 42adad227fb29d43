// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sftp/ConnectionDoctor.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace wb::ui {

class DoctorRunner;
class DoctorStepRow;
class MessageWidget;

// The connection doctor as a live checklist: one row per step with its status, time, what was
// found and, for a failed step, advice for support staff. Offers to trust an unknown host key
// (and then runs again); refuses a changed one.
class DoctorView : public QWidget
{
    Q_OBJECT

public:
    explicit DoctorView(QWidget *parent = nullptr);
    ~DoctorView() override;

    // Shows the planned steps for `connection`, all pending.
    void reset(const Connection &connection);
    void start(const Connection &connection, const QString &knownHostsPath, const QString &passphrase);
    void cancel();
    bool isRunning() const;
    const std::optional<DoctorReport> &report() const { return m_report; }

    // Test hook: how long the doctor waits on a silent server.
    void setTimeoutMs(int ms);

Q_SIGNALS:
    void runningChanged(bool running);
    void finished(const wb::DoctorReport &report);

private:
    void onStep(const DoctorStep &step);
    void onFinished(const DoctorReport &report);
    void setRunning(bool running);
    void showSummary(const DoctorReport &report);
    void reviewHostKey();
    void copyReport();

    DoctorRunner *m_runner;
    QLabel *m_summary;
    QPushButton *m_cancel;
    QPushButton *m_copy;
    MessageWidget *m_message;
    QVBoxLayout *m_rows;
    QList<DoctorStepRow *> m_steps;
    std::optional<DoctorReport> m_report;
    Connection m_connection;
    QString m_knownHostsPath;
    QString m_passphrase;
};

} // namespace wb::ui
