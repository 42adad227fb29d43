// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedule/JobEntry.h"
#include "schedule/OsScheduler.h"
#include "schedule/ScheduleRule.h"

#include <QDialog>
#include <QList>

#include <optional>
#include <utility>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTimeEdit;

namespace wb {
class Workspace;
}

namespace wb::ui {

class MessageWidget;

// Sets when one job (a fetch or an export) runs by itself: the rule, its time zone, paused or
// not, with the next five runs and the rule in words as it is edited. Saving stores the
// schedule in the workspace and registers it with the system's scheduler (so it runs while
// the app is closed), then says whether that registration is in place.
class ScheduleEditor : public QDialog
{
    Q_OBJECT

public:
    // The kinds in the order of the "Runs" combo.
    enum KindIndex { DailyIndex, EveryHoursIndex, WeeklyIndex, EveryDaysIndex };

    ScheduleEditor(Workspace &workspace, const QString &job, QWidget *parent = nullptr);
    ~ScheduleEditor() override;

    // The entry point for any page: opens the editor for `job` ("export:NAME",
    // "fetch:CONNECTION") without a modal loop and returns it; it deletes itself on close.
    static ScheduleEditor *editSchedule(Workspace &workspace, const QString &job, QWidget *parent);

    // The writeback-cli the OS scheduler is to start: WRITEBACK_CLI when set, else the one
    // beside this program (or in a build tree's app/cli), else on PATH; empty when none.
    static QString cliPath();
    // How the next-runs list shows a run: local time, and the rule's own when its zone differs.
    static QString runText(const QDateTime &utc, const ScheduleRule &rule);

    QString job() const { return m_job; }
    // The rule as the form says it now (it may be invalid: see problem()).
    ScheduleRule rule() const;
    bool paused() const;
    // Why Save is disabled; empty when the form is valid.
    QString problem() const { return m_problem; }
    // Whether the stored schedule is being read, or a save or a registration check is going on.
    bool isBusy() const { return m_busy; }

    QComboBox *kindCombo() const { return m_kind; }
    QSpinBox *intervalSpin() const { return m_interval; }
    QTimeEdit *timeEdit() const { return m_time; }
    QCheckBox *dayCheck(Qt::DayOfWeek day) const { return m_days.value(int(day) - 1); }
    QComboBox *zoneCombo() const { return m_zone; }
    QCheckBox *pausedCheck() const { return m_paused; }
    QListWidget *nextRunsList() const { return m_nextRuns; }
    QLabel *descriptionLabel() const { return m_description; }
    MessageWidget *message() const { return m_message; }
    MessageWidget *registrationMessage() const { return m_registration; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *removeButton() const { return m_remove; }

public Q_SLOTS:
    // Stores the schedule and starts registering it; false when the form is invalid or busy.
    bool save();
    // Asks, then removes the schedule and its registration and closes.
    void removeSchedule();

Q_SIGNALS:
    // The schedule was stored (before the OS registration finished).
    void saved(const QString &job);
    // The registration was installed or checked; `registration` says what is in place.
    void registrationChecked(const wb::Registration &registration, const QString &problem);
    void removed(const QString &job);

private:
    // Once the workspace has the change: register with (or remove from) the system's scheduler.
    void afterStored(const ScheduleRule &r);
    void afterRemoved();
    struct Stored;
    void load();
    void showStored(const Stored &stored);
    void kindChanged();
    void updatePreview();
    void checkRegistration();
    void showRegistration(const Registration &registration, const QString &problem);
    // The registration as last checked, or that the form has changes not saved yet.
    void renderRegistration();
    QByteArray zoneId(bool *ok) const;

    Workspace &m_workspace;
    QString m_job;
    JobEntry m_jobEntry;  // as the system's scheduler knows the job (by id, not by name)
    QString m_jobProblem; // the job names nothing that exists
    bool m_exists = false; // a schedule was stored when the editor opened (or since)
    QDate m_anchor;        // an every-N-days rule's anchor, kept when it is edited
    std::optional<std::pair<ScheduleRule, bool>> m_saved; // the stored rule and paused
    std::optional<std::pair<Registration, QString>> m_checked; // the last registration check
    QString m_problem;
    bool m_busy = false;

    QLabel *m_title;
    QFormLayout *m_form;
    QComboBox *m_kind;
    QLabel *m_intervalLabel;
    QSpinBox *m_interval;
    QLabel *m_timeLabel;
    QTimeEdit *m_time;
    QLabel *m_daysLabel;
    QWidget *m_daysRow;
    QList<QCheckBox *> m_days; // Monday first
    QComboBox *m_zone;
    QCheckBox *m_paused;
    QLabel *m_description;
    QLabel *m_nextTitle;
    QListWidget *m_nextRuns;
    MessageWidget *m_message;
    MessageWidget *m_registration;
    QDialogButtonBox *m_buttons;
    QPushButton *m_save;
    QPushButton *m_remove;
};

} // namespace wb::ui
