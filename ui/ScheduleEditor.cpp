// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScheduleEditor.h"

#include "AsyncTask.h"
#include "MessageBox.h"
#include "MessageWidget.h"
#include "RunsModel.h"
#include "WorkspaceWrite.h"
#include "core/Workspace.h"
#include "jobs/Job.h"
#include "jobs/JobKeys.h"
#include "jobs/ScheduleStore.h"
#include "schedule/JobEntry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTimeEdit>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wb::ui {

namespace {

struct RegistrationResult
{
    Registration registration;
    QString problem; // why installing failed; empty when it worked or was not tried
};

constexpr int RunRole = Qt::UserRole + 1;

QString executableName(const QString &base)
{
#ifdef Q_OS_WIN
    return base + u".exe"_s;
#else
    return base;
#endif
}

} // namespace

ScheduleEditor::ScheduleEditor(Workspace &workspace, const QString &job, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_job(job)
    , m_title(new QLabel(this))
    , m_form(new QFormLayout)
    , m_kind(new QComboBox(this))
    , m_intervalLabel(new QLabel(this))
    , m_interval(new QSpinBox(this))
    , m_timeLabel(new QLabel(this))
    , m_time(new QTimeEdit(this))
    , m_daysLabel(new QLabel(tr("O&n"), this))
    , m_daysRow(new QWidget(this))
    , m_zone(new QComboBox(this))
    , m_paused(new QCheckBox(tr("&Paused: keep the schedule, but do not run it"), this))
    , m_description(new QLabel(this))
    , m_nextTitle(new QLabel(tr("Next runs"), this))
    , m_nextRuns(new QListWidget(this))
    , m_message(new MessageWidget(this))
    , m_registration(new MessageWidget(this))
    , m_buttons(new QDialogButtonBox(this))
    , m_save(m_buttons->addButton(tr("&Save"), QDialogButtonBox::ApplyRole))
    , m_remove(m_buttons->addButton(tr("&Remove schedule"), QDialogButtonBox::DestructiveRole))
{
    setObjectName(u"ScheduleEditor"_s);
    setWindowTitle(tr("Schedule of %1").arg(RunsModel::jobTitle(job)));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);

    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setText(tr("When %1 runs").arg(RunsModel::jobTitle(job)));
    auto *intro = new QLabel(tr("It runs by itself at these times, whether or not Writeback Studio is open. "
                                "Times are wall-clock times in the schedule's time zone, summer and winter."),
                             this);
    intro->setWordWrap(true);
    intro->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_title);
    layout->addWidget(intro);

    QFormLayout *form = m_form;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_kind->setObjectName(u"kindCombo"_s);
    m_kind->addItems({tr("Every day"), tr("Every few hours"), tr("On some days of the week"), tr("Every few days")});
    auto *kindLabel = new QLabel(tr("R&uns"), this);
    kindLabel->setBuddy(m_kind);
    form->addRow(kindLabel, m_kind);

    m_interval->setObjectName(u"intervalSpin"_s);
    m_intervalLabel->setBuddy(m_interval);
    form->addRow(m_intervalLabel, m_interval);

    m_time->setObjectName(u"timeEdit"_s);
    m_time->setDisplayFormat(u"HH:mm"_s);
    m_time->setTime(QTime(6, 0));
    m_timeLabel->setBuddy(m_time);
    form->addRow(m_timeLabel, m_time);

    m_daysRow->setObjectName(u"daysRow"_s);
    auto *days = new QHBoxLayout(m_daysRow);
    days->setContentsMargins(0, 0, 0, 0);
    const QLocale locale;
    for (int d = Qt::Monday; d <= Qt::Sunday; ++d) {
        auto *check = new QCheckBox(locale.dayName(d, QLocale::ShortFormat), m_daysRow);
        check->setObjectName(u"day%1"_s.arg(d));
        check->setToolTip(locale.dayName(d));
        days->addWidget(check);
        m_days << check;
        connect(check, &QCheckBox::toggled, this, &ScheduleEditor::updatePreview);
    }
    days->addStretch(1);
    m_daysLabel->setBuddy(m_days.first());
    form->addRow(m_daysLabel, m_daysRow);

    // Six hundred zones: typing any part of a name ("brussels", "New_York") finds it.
    m_zone->setObjectName(u"zoneCombo"_s);
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    m_zone->setMaxVisibleItems(16);
    m_zone->addItem(tr("This computer's time zone (%1)").arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())),
                    QByteArray());
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromUtf8(id), id);
    m_zone->completer()->setFilterMode(Qt::MatchContains);
    m_zone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_zone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_zone->setToolTip(tr("The zone whose wall-clock times the schedule keeps. This computer's zone follows the "
                          "computer when it moves; a named zone stays put."));
    auto *zoneLabel = new QLabel(tr("Time &zone"), this);
    zoneLabel->setBuddy(m_zone);
    form->addRow(zoneLabel, m_zone);

    m_paused->setObjectName(u"pausedCheck"_s);
    form->addRow(QString(), m_paused);
    layout->addLayout(form);

    m_description->setObjectName(u"descriptionLabel"_s);
    m_description->setWordWrap(true);
    QFont bold = font();
    bold.setBold(true);
    m_description->setFont(bold);
    layout->addWidget(m_description);

    m_nextTitle->setObjectName(u"nextRunsTitle"_s);
    m_nextRuns->setObjectName(u"nextRunsList"_s);
    m_nextRuns->setSelectionMode(QAbstractItemView::NoSelection);
    m_nextRuns->setFocusPolicy(Qt::NoFocus);
    m_nextRuns->setFixedHeight(m_nextRuns->fontMetrics().height() * 5 + 24);
    layout->addWidget(m_nextTitle);
    layout->addWidget(m_nextRuns);

    m_message->setObjectName(u"scheduleMessage"_s);
    m_registration->setObjectName(u"registrationMessage"_s);
    layout->addWidget(m_message);
    layout->addWidget(m_registration);
    layout->addStretch(1);

    m_save->setObjectName(u"saveButton"_s);
    m_save->setDefault(true);
    m_remove->setObjectName(u"removeButton"_s);
    QPushButton *close = m_buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(u"closeButton"_s);
    layout->addWidget(m_buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ScheduleEditor::kindChanged);
    connect(m_interval, &QSpinBox::valueChanged, this, &ScheduleEditor::updatePreview);
    connect(m_time, &QTimeEdit::timeChanged, this, &ScheduleEditor::updatePreview);
    connect(m_zone, &QComboBox::currentTextChanged, this, &ScheduleEditor::updatePreview);
    connect(m_paused, &QCheckBox::toggled, this, &ScheduleEditor::updatePreview);
    connect(m_save, &QPushButton::clicked, this, &ScheduleEditor::save);
    connect(m_remove, &QPushButton::clicked, this, &ScheduleEditor::removeSchedule);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);

    setMinimumWidth(qMax(560, fontMetrics().averageCharWidth() * 80));
    load();
}

ScheduleEditor::~ScheduleEditor() = default;

ScheduleEditor *ScheduleEditor::editSchedule(Workspace &workspace, const QString &job, QWidget *parent)
{
    auto *editor = new ScheduleEditor(workspace, job, parent);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->open();
    return editor;
}

QString ScheduleEditor::cliPath()
{
    if (const QString forced = qEnvironmentVariable("WRITEBACK_CLI"); !forced.isEmpty())
        return QFileInfo(forced).isFile() ? QFileInfo(forced).absoluteFilePath() : QString();
    const QString name = executableName(u"writeback-cli"_s);
    const QDir here(QCoreApplication::applicationDirPath());
    // Installed, the two programs share a folder; in a build tree the CLI is in app/cli.
    for (const QString &candidate : {here.filePath(name), here.filePath(u"../app/cli/"_s + name)}) {
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    }
    return QStandardPaths::findExecutable(name);
}

QString ScheduleEditor::runText(const QDateTime &utc, const ScheduleRule &rule)
{
    const QLocale locale;
    const QDateTime local = utc.toLocalTime();
    QString text = locale.toString(local, u"dddd d MMMM yyyy, HH:mm"_s);
    const QTimeZone zone = rule.zone();
    // Only a named zone other than this computer's adds its own wall time.
    if (!rule.zoneId.isEmpty() && rule.zoneId != QTimeZone::systemTimeZoneId()) {
        const QDateTime there = utc.toTimeZone(zone);
        const QString wall = there.date() == local.date() ? locale.toString(there, u"HH:mm"_s)
                                                          : locale.toString(there, u"ddd HH:mm"_s);
        text = tr("%1 (%2 in %3)").arg(text, wall, QString::fromUtf8(rule.zoneId));
    }
    return text;
}

// What the editor shows, read on a worker: an import may be writing to the workspace.
struct ScheduleEditor::Stored
{
    QString jobProblem;
    JobEntry jobEntry;
    std::optional<Schedule> schedule;
};

void ScheduleEditor::load()
{
    QString error;
    const std::optional<JobId> id = JobId::parse(m_job, &error);
    if (!id)
        m_jobProblem = error;
    m_busy = true;
    updatePreview();
    runAsync(
        readers(), this,
        [path = m_workspace.path(), job = m_job, id] {
            Stored out;
            Workspace workspace;
            if (!workspace.open(path, &out.jobProblem))
                return out;
            if (id)
                out.jobProblem = missingJobTarget(workspace, *id);
            out.jobEntry = JobEntry{jobKey(workspace, job), jobName(workspace, job)};
            out.schedule = ScheduleStore(workspace).find(job);
            return out;
        },
        [this](const Stored &stored) {
            m_busy = false;
            showStored(stored);
        });
}

void ScheduleEditor::showStored(const Stored &stored)
{
    if (m_jobProblem.isEmpty())
        m_jobProblem = stored.jobProblem;
    m_jobEntry = stored.jobEntry;
    const std::optional<Schedule> &schedule = stored.schedule;
    m_exists = schedule.has_value();
    if (schedule) {
        const ScheduleRule &r = schedule->rule;
        const int kind = r.kind == ScheduleRule::Kind::Daily        ? DailyIndex
                         : r.kind == ScheduleRule::Kind::EveryHours ? EveryHoursIndex
                         : r.kind == ScheduleRule::Kind::Weekly     ? WeeklyIndex
                                                                    : EveryDaysIndex;
        m_kind->setCurrentIndex(kind);
        m_time->setTime(r.at);
        for (Qt::DayOfWeek d : r.days)
            m_days.value(int(d) - 1)->setChecked(true);
        m_anchor = r.anchor;
        const int zone = m_zone->findData(r.zoneId);
        if (zone >= 0)
            m_zone->setCurrentIndex(zone);
        else
            m_zone->setEditText(QString::fromUtf8(r.zoneId)); // a zone this system does not know: said so
        m_paused->setChecked(schedule->paused);
        kindChanged();
        m_interval->setValue(r.interval);
        m_saved = std::make_pair(r, schedule->paused);
    } else {
        kindChanged();
    }
    updatePreview();
    if (m_exists)
        checkRegistration();
}

void ScheduleEditor::kindChanged()
{
    const int kind = m_kind->currentIndex();
    QSignalBlocker block(m_interval);
    if (kind == EveryHoursIndex) {
        m_interval->setRange(1, 23);
        m_intervalLabel->setText(tr("E&very"));
        m_timeLabel->setText(tr("&First run of the day"));
        m_interval->setToolTip(tr("The runs of a day start at the first run and stop at midnight."));
    } else if (kind == EveryDaysIndex) {
        m_interval->setRange(1, 365);
        m_intervalLabel->setText(tr("E&very"));
        m_timeLabel->setText(tr("&At"));
        m_interval->setToolTip(tr("Counted from the day the schedule was made."));
    } else {
        m_timeLabel->setText(tr("&At"));
    }
    m_form->setRowVisible(m_interval, kind == EveryHoursIndex || kind == EveryDaysIndex);
    m_form->setRowVisible(m_daysRow, kind == WeeklyIndex);
    updatePreview();
}

QByteArray ScheduleEditor::zoneId(bool *ok) const
{
    // The typed text must name a zone in the list; the first entry is this computer's.
    const int index = m_zone->findText(m_zone->currentText(), Qt::MatchFixedString);
    *ok = index >= 0;
    return index >= 0 ? m_zone->itemData(index).toByteArray() : m_zone->currentText().trimmed().toUtf8();
}

ScheduleRule ScheduleEditor::rule() const
{
    ScheduleRule r;
    switch (m_kind->currentIndex()) {
    case EveryHoursIndex: r.kind = ScheduleRule::Kind::EveryHours; break;
    case WeeklyIndex: r.kind = ScheduleRule::Kind::Weekly; break;
    case EveryDaysIndex: r.kind = ScheduleRule::Kind::EveryDays; break;
    default: r.kind = ScheduleRule::Kind::Daily; break;
    }
    const QTime t = m_time->time();
    r.at = QTime(t.hour(), t.minute());
    if (r.kind == ScheduleRule::Kind::EveryHours || r.kind == ScheduleRule::Kind::EveryDays)
        r.interval = m_interval->value();
    if (r.kind == ScheduleRule::Kind::Weekly) {
        for (int d = 0; d < m_days.size(); ++d) {
            if (m_days[d]->isChecked())
                r.days << Qt::DayOfWeek(d + 1);
        }
    }
    bool known = false;
    r.zoneId = zoneId(&known);
    if (r.kind == ScheduleRule::Kind::EveryDays) {
        // As the CLI does: a new every-N-days rule counts from today in its zone.
        const QTimeZone zone = r.zone();
        r.anchor = m_anchor.isValid() ? m_anchor
                                      : QDateTime::currentDateTimeUtc().toTimeZone(zone.isValid() ? zone : QTimeZone::systemTimeZone()).date();
    }
    return r;
}

bool ScheduleEditor::paused() const
{
    return m_paused->isChecked();
}

void ScheduleEditor::updatePreview()
{
    if (m_kind->currentIndex() == EveryHoursIndex)
        m_interval->setSuffix(tr(" hour(s)", nullptr, m_interval->value()));
    else
        m_interval->setSuffix(tr(" day(s)", nullptr, m_interval->value()));

    const ScheduleRule r = rule();
    bool known = false;
    zoneId(&known);
    m_problem = !m_jobProblem.isEmpty() ? m_jobProblem
                : !known                ? tr("Choose a time zone from the list (type part of its name to find it).")
                                        : r.validate();

    m_nextRuns->clear();
    if (m_problem.isEmpty()) {
        m_description->setText(r.describe());
        for (const QDateTime &t : r.nextRuns(QDateTime::currentDateTimeUtc(), 5)) {
            auto *item = new QListWidgetItem(runText(t, r), m_nextRuns);
            item->setData(RunRole, t);
            if (paused())
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        }
        m_nextTitle->setText(paused() ? tr("Next runs, once it is resumed") : tr("Next runs"));
        m_message->clear();
    } else {
        m_description->setText(QString());
        m_nextTitle->setText(tr("Next runs"));
        m_message->showMessage(m_problem, Icons::Tone::Warning);
    }
    m_save->setEnabled(m_problem.isEmpty() && !m_busy);
    m_remove->setEnabled(m_exists && !m_busy);
    if (!m_busy)
        renderRegistration();
}

void ScheduleEditor::renderRegistration()
{
    if (m_saved && (m_saved->first != rule() || m_saved->second != paused())) {
        // What is registered is the saved schedule, not the form: say so rather than show
        // "registered" beside times that are not.
        m_registration->showMessage(tr("Not saved yet: %1 still runs as saved (%2).")
                                        .arg(RunsModel::jobTitle(m_job),
                                             m_saved->second ? tr("paused") : m_saved->first.describe()),
                                    Icons::Tone::Info);
        return;
    }
    if (!m_checked) {
        m_registration->clear();
        return;
    }
    const Registration &registration = m_checked->first;
    const QString &problem = m_checked->second;
    if (registration.installed && problem.isEmpty()) {
        m_registration->showMessage(
            paused() ? tr("Registered with the %1. While paused, the runs it starts do nothing.").arg(registration.kind)
                     : tr("Registered with the %1: it runs at these times whether or not Writeback Studio is open.")
                           .arg(registration.kind),
            Icons::Tone::Positive);
        return;
    }
    QString reason = problem;
    if (reason.isEmpty())
        reason = registration.detail.trimmed();
    if (reason.isEmpty())
        reason = tr("it is not registered with the %1.").arg(registration.kind);
    m_registration->showMessage(tr("Runs only while Writeback Studio is open: %1").arg(reason), Icons::Tone::Warning);
}

bool ScheduleEditor::save()
{
    if (m_busy || !m_problem.isEmpty())
        return false;
    const ScheduleRule r = rule();
    m_busy = true;
    updatePreview();
    WorkspaceWrite::start(
        this, m_workspace.path(),
        [job = m_job, r, paused = paused()](Workspace &ws, QString *error) {
            ScheduleStore store(ws);
            return store.set(job, r, error) && store.setPaused(job, paused, error);
        },
        m_message, [this, r](bool ok) {
            m_busy = false;
            if (ok)
                return afterStored(r);
            updatePreview();
        });
    return true;
}

void ScheduleEditor::afterStored(const ScheduleRule &r)
{
    m_exists = true;
    m_anchor = r.anchor;
    m_saved = std::make_pair(r, paused());
    m_checked.reset();
    Q_EMIT saved(m_job);

    // Registering runs systemctl, crontab, launchctl or schtasks: not on the UI thread.
    m_busy = true;
    updatePreview();
    m_registration->showMessage(tr("Saved. Registering with the system's scheduler…"), Icons::Tone::Info);
    runAsync(
        this,
        [job = m_jobEntry, r, cli = cliPath(), workspace = m_workspace.path()] {
            RegistrationResult out;
            const std::unique_ptr<OsScheduler> os = OsScheduler::forThisMachine();
            QString why;
            if (cli.isEmpty())
                out.problem = tr("writeback-cli, which the system's scheduler would start, was not found beside "
                                 "Writeback Studio.");
            else if (!os->available(&why) || !installJobEntry(*os, job, r, cli, workspace, &why))
                out.problem = why;
            out.registration = os->status(job.key);
            return out;
        },
        [this](const RegistrationResult &result) {
            m_busy = false;
            updatePreview();
            showRegistration(result.registration, result.problem);
        });
}

void ScheduleEditor::checkRegistration()
{
    m_busy = true;
    updatePreview();
    m_registration->showMessage(tr("Checking the system's scheduler…"), Icons::Tone::Info);
    runAsync(
        this,
        [job = m_jobEntry] {
            RegistrationResult out;
            out.registration = OsScheduler::forThisMachine()->status(job.key);
            return out;
        },
        [this](const RegistrationResult &result) {
            m_busy = false;
            updatePreview();
            showRegistration(result.registration, result.problem);
        });
}

void ScheduleEditor::showRegistration(const Registration &registration, const QString &problem)
{
    m_checked = std::make_pair(registration, problem);
    renderRegistration();
    Q_EMIT registrationChecked(registration, problem);
}

void ScheduleEditor::removeSchedule()
{
    if (!m_exists || m_busy)
        return;
    if (MessageBox::question(this, tr("Remove schedule"),
                             tr("Remove the schedule of %1? It will no longer run by itself; you can still run it "
                                "by hand.")
                                 .arg(RunsModel::jobTitle(m_job)),
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel, tr("Remove"))
        != QMessageBox::Yes)
        return;
    m_busy = true;
    updatePreview();
    WorkspaceWrite::start(
        this, m_workspace.path(),
        [job = m_job](Workspace &ws, QString *error) { return ScheduleStore(ws).remove(job, error); }, m_message,
        [this](bool ok) {
            m_busy = false;
            if (ok)
                return afterRemoved();
            updatePreview();
        });
}

void ScheduleEditor::afterRemoved()
{
    m_exists = false;
    m_saved.reset();
    m_checked.reset();
    m_busy = true;
    updatePreview();
    m_registration->showMessage(tr("Removing the registration…"), Icons::Tone::Info);
    runAsync(
        this,
        [job = m_jobEntry] {
            QString why;
            removeJobEntry(*OsScheduler::forThisMachine(), job, &why);
            return why;
        },
        [this](const QString &why) {
            m_busy = false;
            Q_EMIT removed(m_job);
            if (!why.isEmpty()) {
                // The schedule is gone; a registration left behind wakes run-due, which finds
                // nothing due. Still worth saying.
                updatePreview();
                m_registration->showMessage(
                    tr("The schedule was removed, but its system registration could not be: %1").arg(why),
                    Icons::Tone::Warning);
                return;
            }
            accept();
        });
}

} // namespace wb::ui
