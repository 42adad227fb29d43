// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/ExportRunner.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace wb {
class Workspace;
}

namespace wb::ui {

class EmptyState;
class ExportDesigner;
class ExportListModel;
class ExportRunTask;
class MessageWidget;

// The saved exports: design new ones, edit, run, remove, and move definitions in and out as
// JSON files. A run goes on off the UI thread, with progress and Cancel.
class ExportsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ExportsPage(Workspace &workspace, QWidget *parent = nullptr);
    ~ExportsPage() override;

    ExportListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    MessageWidget *message() const { return m_message; }
    EmptyState *emptyState() const { return m_empty; }

    // Open the designer without a modal loop of their own, so tests and screenshots can drive it.
    ExportDesigner *newExport();
    ExportDesigner *editSelected();
    // Reads a JSON definition and opens it in the designer to be checked and saved.
    ExportDesigner *importDefinition();
    void exportSelected();
    void removeSelected();
    // Starts a run; false when one is going on already or there is no such export.
    bool runSelected();
    bool runExport(const QString &name);
    bool isBusy() const;

    void reload();
    void selectExport(const QString &name);

Q_SIGNALS:
    void runFinished(const wb::RunResult &result);

private:
    ExportDesigner *openDesigner(const ExportDefinition *definition, bool existing);
    int selectedRow() const;
    void afterRun(const RunResult &result);
    void updateActions();

    Workspace &m_workspace;
    ExportListModel *m_model;
    ExportRunTask *m_runTask;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QTableView *m_view;
    MessageWidget *m_message;
    QWidget *m_progressRow;
    QLabel *m_progressLabel;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_run;
    QPushButton *m_schedule;
    QPushButton *m_import;
    QPushButton *m_export;
    QPushButton *m_remove;
};

} // namespace wb::ui
