// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sftp/ConnectionDoctor.h"

#include <QFrame>

class QLabel;

namespace wb::ui {

// One step of the doctor's checklist. Its objectName is "step-<id>" (e.g. "step-host-key") and
// its "status" property the status name, so tests and stylesheets can find it.
class DoctorStepRow : public QFrame
{
    Q_OBJECT

public:
    explicit DoctorStepRow(const DoctorStep &step, int number, QWidget *parent = nullptr);

    void setStep(const DoctorStep &step);
    const DoctorStep &step() const { return m_step; }
    // Hides the detail: after a failure, eight times "not run" hides the one line that matters.
    void setQuiet(bool quiet);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    DoctorStep m_step;
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_elapsed;
    QLabel *m_detail;
    QLabel *m_advice;
    bool m_quiet = false;
};

} // namespace wb::ui
