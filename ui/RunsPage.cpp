// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunsPage.h"

#include "AsyncTask.h"
#include "EmptyState.h"
#include "Icons.h"
#include "MessageWidget.h"
#if WRITEBACK_HAVE_CHARTS
#include "RunsChart.h"
#endif
#include "RunsModel.h"
#include "ScheduleEditor.h"
#include "core/ConnectionStore.h"
#include "core/Workspace.h"
#include "export/ExportStore.h"
#include "jobs/JobHistory.h"
#include "queue/QueueStore.h"
#include "report/RunReport.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wb::ui {

namespace {

// The chart and the table open on the last 30 days, today included.
constexpr int DefaultDays = 30;

RunsPage::UrlOpener &urlOpener()
{
    static RunsPage::UrlOpener opener;
    return opener;
}

} // namespace

RunsPage::RunsPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new RunsModel(this))
    , m_cancel(std::make_shared<std::atomic_bool>(false))
    , m_filters(new QWidget(this))
    , m_job(new QComboBox(m_filters))
    , m_state(new QComboBox(m_filters))
    , m_from(new QDateEdit(m_filters))
    , m_to(new QDateEdit(m_filters))
    , m_message(new MessageWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(Icons::page(Icons::Page::Runs, palette()), tr("Nothing has run yet"),
                             tr("Every fetch, consume and export run is recorded here: when it ran, what it moved and, "
                                "when something failed, why. Run an export on the Exports page, or give it a "
                                "schedule so it runs by itself."),
                             m_stack))
    , m_view(new QTableView(this))
    , m_detailsTitle(new QLabel(this))
    , m_detailsError(new MessageWidget(this))
    , m_details(new QPlainTextEdit(this))
    , m_refresh(new QAction(tr("&Refresh"), this))
    , m_retry(new QAction(tr("Re&try"), this))
    , m_redeliver(new QAction(tr("Re-&deliver"), this))
    , m_openFile(new QAction(tr("Open &file"), this))
    , m_openFolder(new QAction(tr("Open f&older"), this))
    , m_copy(new QAction(tr("&Copy report"), this))
    , m_schedule(new QAction(tr("&Schedule…"), this))
{
    setObjectName(u"RunsPage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(10);

    auto *title = new QLabel(tr("Runs"), this);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    title->setFont(f);
    auto *subtitle = new QLabel(tr("Every fetch, consume and export run, newest first: by hand, on a schedule or retried."),
                                this);
    subtitle->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(title);
    layout->addWidget(subtitle);

    m_refresh->setObjectName(u"actionRefresh"_s);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_refresh->setToolTip(tr("Read the runs again, including those the system's scheduler started"));
    addAction(m_refresh);
    m_retry->setObjectName(u"actionRetry"_s);
    m_retry->setToolTip(tr("Run the job of this failed run again: an export sends the rows the failed run did "
                           "not, a fetch takes in the files still new, a consume the messages still waiting"));
    m_redeliver->setObjectName(u"actionRedeliver"_s);
    m_redeliver->setToolTip(tr("Send this run's file again, under a new name, without moving the export on"));
    m_openFile->setObjectName(u"actionOpenFile"_s);
    m_openFile->setToolTip(tr("Open the delivered file"));
    m_openFolder->setObjectName(u"actionOpenFolder"_s);
    m_openFolder->setToolTip(tr("Open the folder the file was delivered to"));
    m_copy->setObjectName(u"actionCopyReport"_s);
    m_copy->setToolTip(tr("Copy the run's report, e.g. into a support ticket"));
    m_schedule->setObjectName(u"actionSchedule"_s);

    auto *filters = new QHBoxLayout(m_filters);
    filters->setContentsMargins(0, 0, 0, 0);
    filters->setSpacing(6);
    m_filters->setObjectName(u"runFilters"_s);
    m_job->setObjectName(u"jobFilter"_s);
    // Not as wide as the longest job name: that would widen the window; the popup shows them whole.
    m_job->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_job->setMinimumContentsLength(18);
    m_state->setObjectName(u"stateFilter"_s);
    m_state->addItem(tr("All states"), QString());
    for (const QString &state : {u"completed"_s, u"failed"_s, u"running"_s, u"pending"_s})
        m_state->addItem(RunsModel::stateText(state), state);
    const QDate today = QDate::currentDate();
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        edit->setMaximumDate(today.addYears(1));
    }
    m_from->setObjectName(u"fromDate"_s);
    m_to->setObjectName(u"toDate"_s);
    m_from->setDate(today.addDays(1 - DefaultDays));
    m_to->setDate(today);
    auto *jobLabel = new QLabel(tr("&Job"), m_filters);
    jobLabel->setBuddy(m_job);
    auto *stateLabel = new QLabel(tr("S&tate"), m_filters);
    stateLabel->setBuddy(m_state);
    auto *fromLabel = new QLabel(tr("Fro&m"), m_filters);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("t&o"), m_filters);
    toLabel->setBuddy(m_to);
    filters->addWidget(jobLabel);
    filters->addWidget(m_job);
    filters->addSpacing(8);
    filters->addWidget(stateLabel);
    filters->addWidget(m_state);
    filters->addSpacing(8);
    filters->addWidget(fromLabel);
    filters->addWidget(m_from);
    filters->addWidget(toLabel);
    filters->addWidget(m_to);
    filters->addStretch(1);
    m_refreshButton = addButton(m_refresh);
    m_refreshButton->setObjectName(u"refreshButton"_s);
    filters->addWidget(m_refreshButton);
    layout->addWidget(m_filters);

    m_message->setObjectName(u"runsMessage"_s);
    layout->addWidget(m_message);

    m_empty->setObjectName(u"runsEmpty"_s);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(createContent());
    layout->addWidget(m_stack, 1);

    connect(m_refresh, &QAction::triggered, this, &RunsPage::reload);
    connect(m_retry, &QAction::triggered, this, &RunsPage::retrySelected);
    connect(m_redeliver, &QAction::triggered, this, &RunsPage::redeliverSelected);
    connect(m_openFile, &QAction::triggered, this, &RunsPage::openSelectedFile);
    connect(m_openFolder, &QAction::triggered, this, &RunsPage::openSelectedFolder);
    connect(m_copy, &QAction::triggered, this, &RunsPage::copySelectedReport);
    connect(m_schedule, &QAction::triggered, this, &RunsPage::scheduleSelected);
    connect(m_job, &QComboBox::activated, this, &RunsPage::reload);
    connect(m_state, &QComboBox::activated, this, &RunsPage::reload);
    connect(m_from, &QDateEdit::dateChanged, this, &RunsPage::datesEdited);
    connect(m_to, &QDateEdit::dateChanged, this, &RunsPage::datesEdited);

    reload();
}

RunsPage::~RunsPage()
{
    // A retry still going stops before delivering; its result has nowhere to go.
    m_cancel->store(true);
}

QPushButton *RunsPage::addButton(QAction *action)
{
    // Buttons for the page, the same actions in the table's context menu.
    auto *button = new QPushButton(action->text(), this);
    button->setToolTip(action->toolTip());
    button->setEnabled(action->isEnabled());
    connect(button, &QPushButton::clicked, action, &QAction::trigger);
    connect(action, &QAction::changed, button, [button, action] { button->setEnabled(action->isEnabled()); });
    return button;
}

QWidget *RunsPage::createContent()
{
    auto *splitter = new QSplitter(Qt::Vertical, m_stack);
    splitter->setObjectName(u"runsSplitter"_s);
    splitter->setChildrenCollapsible(false);

#if WRITEBACK_HAVE_CHARTS
    m_chart = new RunsChart(splitter);
    m_chart->setMinimumHeight(140);
    splitter->addWidget(m_chart);
#endif

    auto *runs = new QWidget(splitter);
    auto *runsLayout = new QVBoxLayout(runs);
    runsLayout->setContentsMargins(0, 6, 0, 0);
    runsLayout->setSpacing(6);
    auto *actions = new QHBoxLayout;
    actions->setSpacing(6);
    m_retryButton = addButton(m_retry);
    m_retryButton->setObjectName(u"retryButton"_s);
    m_redeliverButton = addButton(m_redeliver);
    m_redeliverButton->setObjectName(u"redeliverButton"_s);
    m_openFileButton = addButton(m_openFile);
    m_openFileButton->setObjectName(u"openFileButton"_s);
    m_openFolderButton = addButton(m_openFolder);
    m_openFolderButton->setObjectName(u"openFolderButton"_s);
    m_copyButton = addButton(m_copy);
    m_copyButton->setObjectName(u"copyReportButton"_s);
    m_scheduleButton = addButton(m_schedule);
    m_scheduleButton->setObjectName(u"scheduleButton"_s);
    for (QPushButton *b : {m_retryButton, m_redeliverButton, m_openFileButton, m_openFolderButton, m_copyButton})
        actions->addWidget(b);
    actions->addStretch(1);
    actions->addWidget(m_scheduleButton);
    runsLayout->addLayout(actions);

    m_view->setObjectName(u"runsTable"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView *header = m_view->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setMaximumSectionSize(320);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    runsLayout->addWidget(m_view, 1);
    splitter->addWidget(runs);

    auto *details = new QWidget(splitter);
    details->setObjectName(u"runDetails"_s);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 6, 0, 0);
    detailsLayout->setSpacing(4);
    m_detailsTitle->setObjectName(u"detailsTitle"_s);
    QFont bold = font();
    bold.setBold(true);
    m_detailsTitle->setFont(bold);
    m_detailsTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setObjectName(u"detailsText"_s);
    m_details->setReadOnly(true);
    // The report lines its values up in columns: a fixed-pitch font keeps them lined up.
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_details->setMinimumHeight(60);
    // A failed run's error above its report, where it is read first; the report has it at the end.
    m_detailsError->setObjectName(u"detailsError"_s);
    detailsLayout->addWidget(m_detailsTitle);
    detailsLayout->addWidget(m_detailsError);
    detailsLayout->addWidget(m_details, 1);
    splitter->addWidget(details);

    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 0);
    // The table is what the page is for: the chart and the report take what they need at 660 px.
    splitter->setSizes({170, 320, 120});

    // On the selection, not the current row: a click makes the row current before it selects it.
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RunsPage::showSelected);
    connect(m_view, &QTableView::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (!m_view->indexAt(pos).isValid())
            return;
        QMenu menu(this);
        menu.addActions({m_retry, m_redeliver});
        menu.addSeparator();
        menu.addActions({m_openFile, m_openFolder, m_copy});
        menu.addSeparator();
        menu.addAction(m_schedule);
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    return splitter;
}

void RunsPage::showEvent(QShowEvent *event)
{
    // Runs start elsewhere too (Run now on the Exports page, the system's scheduler).
    reload();
    QWidget::showEvent(event);
}

void RunsPage::reloadJobs()
{
    const QString current = m_job->currentData().toString();
    QStringList jobs;
    for (const ExportRecord &e : ExportStore(m_workspace).list())
        jobs << u"export:"_s + e.definition.name;
    for (const Connection &c : ConnectionStore(m_workspace).list())
        jobs << u"fetch:"_s + c.name;
    for (const QueueConnection &q : QueueStore(m_workspace).list())
        jobs << u"consume:"_s + q.name;
    // Jobs whose export or connection is gone still have their history.
    for (const JobRun &run : m_model->runs()) {
        if (!jobs.contains(run.job))
            jobs << run.job;
    }
    if (!current.isEmpty() && !jobs.contains(current))
        jobs << current;
    std::sort(jobs.begin(), jobs.end(), [](const QString &a, const QString &b) {
        return RunsModel::jobTitle(a).localeAwareCompare(RunsModel::jobTitle(b)) < 0;
    });
    QStringList listed;
    for (int i = 1; i < m_job->count(); ++i)
        listed << m_job->itemData(i).toString();
    if (listed == jobs && m_job->count() > 0)
        return; // rebuilding would close an open popup every time the scheduler checks
    QSignalBlocker block(m_job);
    m_job->clear();
    m_job->addItem(tr("All jobs"), QString());
    for (const QString &job : std::as_const(jobs))
        m_job->addItem(RunsModel::jobTitle(job), job);
    m_job->setCurrentIndex(qMax(0, m_job->findData(current)));
}

void RunsPage::reload()
{
    // While "to" is today it stays today: a page left open overnight shows the new day's runs.
    const QDate today = QDate::currentDate();
    if (m_toFollowsToday && m_to->date() != today) {
        const qint64 shift = m_to->date().daysTo(today);
        QSignalBlocker blockFrom(m_from);
        QSignalBlocker blockTo(m_to);
        m_to->setDate(today);
        m_from->setDate(m_from->date().addDays(shift));
    }

    JobHistory history(m_workspace);
    const bool hasRuns = history.hasRuns();
    m_stack->setCurrentIndex(hasRuns ? 1 : 0);
    m_filters->setVisible(hasRuns);

    RunFilter filter;
    filter.job = m_job->currentData().toString();
    filter.state = m_state->currentData().toString();
    filter.from = m_from->date();
    filter.to = m_to->date();
    const QString selected = m_selected;
    if (m_model->setRuns(hasRuns ? history.runs(filter) : QList<JobRun>())) {
        if (!selectRun(selected) && m_model->rowCount() > 0)
            m_view->selectRow(0);
        // Fitted once, to the first runs; after that the widths are the user's.
        if (!m_sized && m_model->rowCount() > 0) {
            m_view->resizeColumnsToContents();
            m_sized = true;
        }
    }
    reloadJobs();
    // The chart shows every state (a failed run's day still counts its runs) but the chosen job
    // only. Its totals are summed in SQL: the period may hold a million runs, and this runs on
    // every check of the app's scheduler.
#if WRITEBACK_HAVE_CHARTS
    m_chart->setTotals(hasRuns ? history.dailyTotals(filter.from, filter.to, filter.job)
                               : QList<JobHistory::DayTotal>(),
                       filter.from, filter.to);
#endif
    showSelected();
}

void RunsPage::datesEdited()
{
    // Keep the range the right way round: moving one end past the other moves both.
    QSignalBlocker blockFrom(m_from);
    QSignalBlocker blockTo(m_to);
    if (sender() == m_from && m_from->date() > m_to->date())
        m_to->setDate(m_from->date());
    else if (sender() == m_to && m_to->date() < m_from->date())
        m_from->setDate(m_to->date());
    m_toFollowsToday = m_to->date() == QDate::currentDate();
    reload();
}

void RunsPage::setJobFilter(const QString &job)
{
    int index = m_job->findData(job);
    if (index < 0) {
        m_job->addItem(RunsModel::jobTitle(job), job);
        index = m_job->count() - 1;
    }
    m_job->setCurrentIndex(index);
    reload();
}

void RunsPage::setStateFilter(const QString &state)
{
    m_state->setCurrentIndex(qMax(0, m_state->findData(state)));
    reload();
}

void RunsPage::setDateRange(const QDate &from, const QDate &to)
{
    {
        QSignalBlocker blockFrom(m_from);
        QSignalBlocker blockTo(m_to);
        m_from->setDate(std::min(from, to));
        m_to->setDate(std::max(from, to));
    }
    m_toFollowsToday = m_to->date() == QDate::currentDate();
    reload();
}

bool RunsPage::selectRun(const QString &handle)
{
    const int row = handle.isEmpty() ? -1 : m_model->rowOf(handle);
    if (row < 0)
        return false;
    m_view->selectRow(row);
    m_view->scrollTo(m_model->index(row, 0));
    return true;
}

JobRun RunsPage::selectedRun() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? JobRun() : m_model->runAt(rows.first().row());
}

QString RunsPage::reportText(const JobRun &run)
{
    return runReportText(run);
}

void RunsPage::showSelected()
{
    const JobRun run = selectedRun();
    if (run.runId == 0) {
        m_selected.clear();
        m_detailsTitle->setText(m_model->rowCount() > 0 ? tr("Select a run to see its report.")
                                                       : tr("No runs match these filters."));
        m_details->clear();
        m_detailsError->clear();
    } else {
        m_selected = runHandle(run);
        m_detailsTitle->setText(tr("%1 — %2, run %3").arg(RunsModel::stateText(run.state),
                                                          RunsModel::jobTitle(run.job), m_selected));
        if (run.failed() && !run.error.isEmpty())
            m_detailsError->showMessage(run.error, Icons::Tone::Negative);
        else
            m_detailsError->clear();
        const QString text = reportText(run);
        if (m_details->toPlainText() != text)
            m_details->setPlainText(text);
    }
    updateActions();
}

QString RunsPage::localFolder(const JobRun &run) const
{
    if (run.location.isEmpty() || run.location.startsWith(u"sftp://"_s))
        return {};
    const QString folder = QDir::fromNativeSeparators(run.location);
    return QDir::isAbsolutePath(folder) ? QDir::cleanPath(folder) : QString();
}

void RunsPage::updateActions()
{
    const JobRun run = selectedRun();
    const bool selected = run.runId > 0;
    const bool local = selected && !localFolder(run).isEmpty();
    m_retry->setEnabled(selected && !m_busy && run.failed());
    m_redeliver->setEnabled(selected && !m_busy && run.kind == u"export"_s && run.state == u"completed"_s
                            && !run.files.isEmpty());
    m_openFile->setEnabled(local && run.kind == u"export"_s && !run.files.isEmpty());
    m_openFolder->setEnabled(local);
    m_copy->setEnabled(selected);
    const QString job = selected ? run.job : m_job->currentData().toString();
    m_schedule->setEnabled(!job.isEmpty());
    m_scheduleButton->setToolTip(job.isEmpty() ? tr("Select a run or a job to set when it runs by itself")
                                               : tr("Set when %1 runs by itself").arg(RunsModel::jobTitle(job)));
}

void RunsPage::setBusy(const QString &text)
{
    m_busy = true;
    m_message->showMessage(text, Icons::Tone::Info);
    updateActions();
}

void RunsPage::afterAction(const QString &handle, const QString &text, bool ok)
{
    m_busy = false;
    m_message->showMessage(text, ok ? Icons::Tone::Positive : Icons::Tone::Negative);
    m_selected = handle;
    reload();
    // The new run may be outside the filters (a failed-only view, an older date range).
    if (!handle.isEmpty() && !selectRun(handle)) {
        QSignalBlocker block(m_state);
        m_state->setCurrentIndex(0);
        setDateRange(std::min(m_from->date(), QDate::currentDate()), QDate::currentDate());
        selectRun(handle);
    }
    updateActions();
}

bool RunsPage::retrySelected()
{
    const JobRun run = selectedRun();
    if (m_busy || run.runId == 0 || !run.failed())
        return false;
    setBusy(tr("Running %1 again…").arg(RunsModel::jobTitle(run.job)));
    // A runner of its own on the worker thread: it opens its own connection to the workspace.
    runAsync(
        this,
        [path = m_workspace.path(), kind = run.kind, id = run.runId, cancel = m_cancel] {
            JobRunner runner(path);
            runner.setCancelFlag(cancel.get());
            return runner.retry(kind, id);
        },
        [this, run](const JobOutcome &outcome) {
            const QString title = RunsModel::jobTitle(run.job);
            QString text;
            if (outcome.state == u"completed"_s && run.kind == u"consume"_s)
                text = tr("%1 ran again: %n row(s) taken in.", nullptr, int(outcome.rows)).arg(title);
            else if (outcome.state == u"completed"_s)
                text = outcome.files.isEmpty()
                           ? tr("%1 ran again: there was nothing new to deliver.").arg(title)
                           : tr("%1 ran again: %n row(s) in %2.", nullptr, int(outcome.rows))
                                 .arg(title, outcome.files.join(u", "_s));
            else if (outcome.state == u"skipped"_s)
                text = tr("%1 is running already, so it was not started again: %2").arg(title, outcome.error);
            else
                text = tr("%1 failed again: %2").arg(title, outcome.error);
            afterAction(outcome.runId > 0 ? runHandle(run.kind, outcome.runId) : QString(), text,
                        outcome.state == u"completed"_s);
            Q_EMIT retryFinished(outcome);
        });
    return true;
}

bool RunsPage::redeliverSelected()
{
    const JobRun run = selectedRun();
    if (m_busy || run.runId == 0 || run.kind != u"export"_s || run.state != u"completed"_s || run.files.isEmpty())
        return false;
    setBusy(tr("Sending %1 again…").arg(run.files.first()));
    runAsync(
        this,
        [path = m_workspace.path(), id = run.runId, cancel = m_cancel] {
            JobRunner runner(path);
            runner.setCancelFlag(cancel.get());
            return runner.redeliver(id).exportResult();
        },
        [this, run](const RunResult &result) {
            const QString text = result.ok() ? tr("Sent the rows of run %1 again as %2.").arg(runHandle(run), result.fileName)
                                             : tr("Run %1 could not be sent again: %2").arg(runHandle(run), result.error);
            afterAction(result.runId > 0 ? runHandle(u"export"_s, result.runId) : QString(), text, result.ok());
            Q_EMIT redeliveryFinished(result);
        });
    return true;
}

bool RunsPage::openUrl(const QUrl &url, const QString &what)
{
    const bool opened = urlOpener() ? urlOpener()(url) : QDesktopServices::openUrl(url);
    if (!opened)
        m_message->showMessage(tr("No program could open %1.").arg(what), Icons::Tone::Warning);
    return opened;
}

bool RunsPage::openSelectedFile()
{
    const JobRun run = selectedRun();
    const QString folder = localFolder(run);
    if (folder.isEmpty() || run.files.isEmpty())
        return false;
    const QString path = QDir(folder).filePath(run.files.first());
    if (!QFileInfo(path).isFile()) {
        // Whatever imports the files often moves them away once done.
        m_message->showMessage(tr("%1 is no longer in %2; whatever picks the files up may have taken it.")
                                   .arg(run.files.first(), QDir::toNativeSeparators(folder)),
                               Icons::Tone::Warning);
        return false;
    }
    return openUrl(QUrl::fromLocalFile(path), QDir::toNativeSeparators(path));
}

bool RunsPage::openSelectedFolder()
{
    const QString folder = localFolder(selectedRun());
    if (folder.isEmpty())
        return false;
    if (!QFileInfo(folder).isDir()) {
        m_message->showMessage(tr("The folder %1 does not exist any more.").arg(QDir::toNativeSeparators(folder)),
                               Icons::Tone::Warning);
        return false;
    }
    return openUrl(QUrl::fromLocalFile(folder), QDir::toNativeSeparators(folder));
}

bool RunsPage::copySelectedReport()
{
    const JobRun run = selectedRun();
    if (run.runId == 0)
        return false;
    QApplication::clipboard()->setText(reportText(run));
    m_message->showMessage(tr("Copied the report of run %1.").arg(runHandle(run)), Icons::Tone::Info);
    return true;
}

ScheduleEditor *RunsPage::scheduleSelected()
{
    const JobRun run = selectedRun();
    const QString job = run.runId > 0 ? run.job : m_job->currentData().toString();
    if (job.isEmpty())
        return nullptr;
    return ScheduleEditor::editSchedule(m_workspace, job, this);
}

void RunsPage::setUrlOpener(UrlOpener opener)
{
    urlOpener() = std::move(opener);
}

} // namespace wb::ui
