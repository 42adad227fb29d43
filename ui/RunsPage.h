// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/ExportRunner.h"
#include "jobs/JobRunner.h"
#include "report/JobRun.h"

#include <QDate>
#include <QUrl>
#include <QWidget>

#include <atomic>
#include <functional>
#include <memory>

class QAction;
class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace wb {
class Workspace;
}

namespace wb::ui {

class EmptyState;
class MessageWidget;
class RunsChart;
class RunsModel;
class ScheduleEditor;

// Every run of every job, newest first, with a chart of the rows moved per day above it:
// filtered by job, state and days; a failed run can be retried, a completed export sent
// again, its file or folder opened and its report copied; and a job's schedule edited.
// Retries and redeliveries run off the UI thread.
class RunsPage : public QWidget
{
    Q_OBJECT

public:
    // Opens a file or folder in the desktop's program for it.
    using UrlOpener = std::function<bool(const QUrl &url)>;

    explicit RunsPage(Workspace &workspace, QWidget *parent = nullptr);
    ~RunsPage() override;

    // Reads the runs again, keeping the selection; cheap when nothing changed (the model is
    // not reset), so it is called on every check of the app's scheduler.
    void reload();
    void setJobFilter(const QString &job);     // "" for all
    void setStateFilter(const QString &state); // "" for all
    void setDateRange(const QDate &from, const QDate &to);
    // Selects the run with this handle ("E12", "F3"); false when it is not listed.
    bool selectRun(const QString &handle);
    // The selected run; runId 0 when there is none.
    JobRun selectedRun() const;

    // The actions on the selected run; false when they do not apply or one is under way.
    bool retrySelected();
    bool redeliverSelected();
    bool openSelectedFile();
    bool openSelectedFolder();
    bool copySelectedReport();
    // The schedule editor for the selected run's job (or the job filter's).
    ScheduleEditor *scheduleSelected();
    bool isBusy() const { return m_busy; }

    // The text "Copy report" copies and the details pane shows.
    static QString reportText(const JobRun &run);
    // Test hook: open URLs through `opener` instead of QDesktopServices; null restores it.
    static void setUrlOpener(UrlOpener opener);

    RunsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // Null in a build without Qt Charts (WRITEBACK_WITH_CHARTS=OFF).
    RunsChart *chart() const { return m_chart; }
    QComboBox *jobCombo() const { return m_job; }
    QComboBox *stateCombo() const { return m_state; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QPlainTextEdit *details() const { return m_details; }
    QLabel *detailsTitle() const { return m_detailsTitle; }
    MessageWidget *detailsError() const { return m_detailsError; }
    MessageWidget *message() const { return m_message; }
    EmptyState *emptyState() const { return m_empty; }
    QPushButton *retryButton() const { return m_retryButton; }
    QPushButton *redeliverButton() const { return m_redeliverButton; }
    QPushButton *openFileButton() const { return m_openFileButton; }
    QPushButton *openFolderButton() const { return m_openFolderButton; }
    QPushButton *copyReportButton() const { return m_copyButton; }
    QPushButton *scheduleButton() const { return m_scheduleButton; }
    QPushButton *refreshButton() const { return m_refreshButton; }

Q_SIGNALS:
    void retryFinished(const wb::JobOutcome &outcome);
    void redeliveryFinished(const wb::RunResult &result);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createContent();
    QPushButton *addButton(QAction *action);
    void reloadJobs();
    void showSelected();
    void updateActions();
    void datesEdited();
    // The selected run's local folder (or file) when it was delivered to this computer.
    QString localFolder(const JobRun &run) const;
    bool openUrl(const QUrl &url, const QString &what);
    void setBusy(const QString &text);
    void afterAction(const QString &handle, const QString &text, bool ok);

    Workspace &m_workspace;
    RunsModel *m_model;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_busy = false;
    bool m_sized = false;
    bool m_toFollowsToday = true; // "to" moves on at midnight while it is today
    QString m_selected;           // kept across reloads

    QWidget *m_filters;
    QComboBox *m_job;
    QComboBox *m_state;
    QDateEdit *m_from;
    QDateEdit *m_to;
    MessageWidget *m_message;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    RunsChart *m_chart = nullptr;
    QTableView *m_view;
    QLabel *m_detailsTitle;
    MessageWidget *m_detailsError;
    QPlainTextEdit *m_details;

    QAction *m_refresh;
    QAction *m_retry;
    QAction *m_redeliver;
    QAction *m_openFile;
    QAction *m_openFolder;
    QAction *m_copy;
    QAction *m_schedule;
    QPushButton *m_refreshButton = nullptr;
    QPushButton *m_retryButton = nullptr;
    QPushButton *m_redeliverButton = nullptr;
    QPushButton *m_openFileButton = nullptr;
    QPushButton *m_openFolderButton = nullptr;
    QPushButton *m_copyButton = nullptr;
    QPushButton *m_scheduleButton = nullptr;
};

} // namespace wb::ui
