// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/ExportDefinition.h"

#include <QDialog>

#include <functional>

class QLabel;
class QListWidget;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTimer;
class QUndoStack;

namespace wb {
class Workspace;
}

namespace wb::ui {

class ChooseDataStep;
class DefinitionEditor;
class FileStep;
class GeneralStep;
class MessageWidget;
class PreviewBuilder;
class PreviewPane;
class SummaryStep;
class ValuesStep;

// Designs an export in five steps (after Actito's export wizard: general data, choose data,
// format of values, format of file, summary), listed on the left so that any step is one
// click away, beside a live preview of the file the next run would write. Every edit can be
// undone.
class ExportDesigner : public QDialog
{
    Q_OBJECT

public:
    enum Step { General, ChooseData, Values, File, Summary, StepCount };

    explicit ExportDesigner(Workspace &workspace, QWidget *parent = nullptr);
    ~ExportDesigner() override;

    // Edits a saved export (`existing`), or starts a new one from a definition, e.g. an
    // imported one. The undo history starts here.
    void setDefinition(const ExportDefinition &definition, bool existing);
    const ExportDefinition &definition() const;
    QStringList problems() const;

    void setStep(Step step);
    Step step() const;

    // Starts saving; once the export is in the workspace, emits saved(), calls `then` and
    // closes. False when it cannot start (the problems are shown); a failure to store is
    // shown in the dialog, which stays open.
    bool save(bool runNow = false, std::function<void()> then = {});
    bool isSaving() const { return m_saving; }
    MessageWidget *message() const { return m_message; }

    DefinitionEditor *editor() const { return m_editor; }
    QUndoStack *undoStack() const;
    PreviewPane *previewPane() const { return m_preview; }
    GeneralStep *generalStep() const { return m_general; }
    ChooseDataStep *chooseDataStep() const { return m_chooseData; }
    ValuesStep *valuesStep() const { return m_values; }
    FileStep *fileStep() const { return m_file; }
    SummaryStep *summaryStep() const { return m_summary; }
    QListWidget *stepList() const { return m_steps; }

Q_SIGNALS:
    void saved(const QString &name, bool runNow);
    // The preview shows the definition as it is now (it is built off the GUI thread, so this
    // comes after the change that asked for it).
    void previewUpdated();

public Q_SLOTS:
    void reject() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setSaving(bool saving);
    QWidget *createButtons();
    void updatePreview();
    void updateState();
    void updateTitle();

    Workspace &m_workspace;
    DefinitionEditor *m_editor;
    QListWidget *m_steps;
    QStackedWidget *m_pages;
    QSplitter *m_splitter;
    GeneralStep *m_general;
    ChooseDataStep *m_chooseData;
    ValuesStep *m_values;
    FileStep *m_file;
    SummaryStep *m_summary;
    PreviewPane *m_preview;
    PreviewBuilder *m_previewBuilder;
    MessageWidget *m_message;
    bool m_saving = false;
    QTimer *m_previewTimer;

    QPushButton *m_undo;
    QPushButton *m_redo;
    QLabel *m_problems;
    QPushButton *m_back;
    QPushButton *m_next;
    QPushButton *m_schedule;
    QPushButton *m_saveAndRun;
    QPushButton *m_save;
};

} // namespace wb::ui
