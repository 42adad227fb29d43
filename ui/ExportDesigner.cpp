// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportDesigner.h"


#include "MessageBox.h"
#include "MessageWidget.h"
#include "ScheduleEditor.h"
#include "WorkspaceWrite.h"
#include "core/Workspace.h"
#include "designer/ChooseDataStep.h"
#include "designer/DefinitionEditor.h"
#include "designer/FileStep.h"
#include "designer/GeneralStep.h"
#include "designer/PreviewBuilder.h"
#include "designer/PreviewPane.h"
#include "designer/SummaryStep.h"
#include "designer/ValuesStep.h"
#include "export/ExportStore.h"

#include <QAction>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wb::ui {

namespace {

// Long enough for a burst of typing to make one preview, short enough to feel immediate.
constexpr int PreviewDelayMs = 150;

QKeySequence redoAlternative()
{
    return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
}

QScrollArea *scrolled(QWidget *page, QWidget *parent)
{
    auto *scroll = new QScrollArea(parent);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(page);
    return scroll;
}

} // namespace

ExportDesigner::ExportDesigner(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_editor(new DefinitionEditor(workspace, this))
    , m_steps(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_general(new GeneralStep(m_editor))
    , m_chooseData(new ChooseDataStep(m_editor))
    , m_values(new ValuesStep(m_editor))
    , m_file(new FileStep(m_editor))
    , m_summary(new SummaryStep(m_editor))
    , m_preview(new PreviewPane(this))
    , m_previewBuilder(new PreviewBuilder(workspace.path(), this))
    , m_message(new MessageWidget(this))
    , m_previewTimer(new QTimer(this))
{
    setObjectName(u"ExportDesigner"_s);
    setSizeGripEnabled(true);
    resize(1100, 700);
    setMinimumSize(900, 560);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 12);
    layout->setSpacing(0);

    auto *content = new QHBoxLayout;
    content->setContentsMargins(0, 0, 0, 0);
    content->setSpacing(0);

    m_steps->setObjectName(u"stepList"_s);
    m_steps->setFrameShape(QFrame::NoFrame);
    m_steps->setFixedWidth(168);
    m_steps->setSpacing(2);
    m_steps->viewport()->setBackgroundRole(QPalette::Window);
    m_steps->setAccessibleName(tr("Steps"));
    // As the main window's sidebar, so the two read as one app.
    m_steps->setStyleSheet(u"QListWidget#stepList { padding: 16px 8px; outline: 0; }"
                           "QListWidget#stepList::item { padding: 7px 6px; border-radius: 5px; color: palette(window-text); }"
                           "QListWidget#stepList::item:hover { background: palette(midlight); }"
                           "QListWidget#stepList::item:selected { background: palette(highlight); color: palette(highlighted-text); }"_s);
    StepPage *pages[] = {m_general, m_chooseData, m_values, m_file, m_summary};
    for (int i = 0; i < StepCount; ++i) {
        new QListWidgetItem(tr("%1   %2").arg(i + 1).arg(pages[i]->title()), m_steps);
        m_pages->addWidget(scrolled(pages[i], m_pages));
    }
    auto *separator = new QFrame(this);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Plain);
    separator->setForegroundRole(QPalette::Mid);

    auto *formSide = new QWidget(m_splitter);
    auto *formLayout = new QVBoxLayout(formSide);
    formLayout->setContentsMargins(20, 16, 12, 0);
    formLayout->setSpacing(10);
    m_message->setObjectName(u"designerMessage"_s);
    formLayout->addWidget(m_message);
    formLayout->addWidget(m_pages, 1);
    auto *previewSide = new QWidget(m_splitter);
    auto *previewLayout = new QVBoxLayout(previewSide);
    previewLayout->setContentsMargins(12, 16, 20, 0);
    previewLayout->addWidget(m_preview);
    m_splitter->setObjectName(u"designerSplitter"_s);
    m_splitter->addWidget(formSide);
    m_splitter->addWidget(previewSide);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({470, 460});

    auto *steps = new QWidget(this);
    steps->setBackgroundRole(QPalette::Window);
    steps->setAutoFillBackground(true);
    auto *stepsLayout = new QVBoxLayout(steps);
    stepsLayout->setContentsMargins(0, 0, 0, 0);
    stepsLayout->addWidget(m_steps);
    content->addWidget(steps);
    content->addWidget(separator);
    content->addWidget(m_splitter, 1);
    layout->addLayout(content, 1);

    auto *rule = new QFrame(this);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Plain);
    rule->setForegroundRole(QPalette::Mid);
    layout->addWidget(rule);
    layout->addSpacing(12);
    layout->addWidget(createButtons());

    m_previewTimer->setObjectName(u"previewTimer"_s);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(PreviewDelayMs);
    connect(m_previewTimer, &QTimer::timeout, this, &ExportDesigner::updatePreview);
    connect(m_editor, &DefinitionEditor::changed, this, [this] {
        m_preview->setUpdating(true);
        m_previewTimer->start();
        updateState();
    });
    connect(m_previewBuilder, &PreviewBuilder::ready, this,
            [this](const ExportPreview &preview, const ExportDefinition &definition) {
                m_preview->showPreview(preview, definition);
                // A change made since keeps the timer running: that preview is still to come.
                m_preview->setUpdating(m_previewTimer->isActive());
                Q_EMIT previewUpdated();
            });
    connect(m_editor, &DefinitionEditor::contextChanged, this, &ExportDesigner::updateState);
    connect(m_editor->undoStack(), &QUndoStack::cleanChanged, this, &ExportDesigner::updateTitle);
    connect(m_steps, &QListWidget::currentRowChanged, this, [this](int row) {
        m_pages->setCurrentIndex(row);
        updateState();
    });

    // Ctrl+Z belongs to the designer's history, not to the one line edit that has focus:
    // its own undo would only be an edit of its own, out of step with everything else.
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        edit->installEventFilter(this);

    m_steps->setCurrentRow(General);
    setTabOrder(m_steps, m_general->nameEdit());
    setDefinition(ExportDefinition(), false);
}

ExportDesigner::~ExportDesigner()
{
    // The editor is deleted with the dialog's children, after this class is gone; its undo
    // stack still signals as it goes.
    disconnect(m_editor->undoStack(), nullptr, this, nullptr);
    disconnect(m_editor, nullptr, this, nullptr);
}

QWidget *ExportDesigner::createButtons()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(20, 0, 20, 0);
    row->setSpacing(6);

    QAction *undo = m_editor->undoStack()->createUndoAction(this, tr("Undo"));
    undo->setObjectName(u"actionUndo"_s);
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_editor->undoStack()->createRedoAction(this, tr("Redo"));
    redo->setObjectName(u"actionRedo"_s);
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(redoAlternative()))
        redoKeys << redoAlternative();
    redo->setShortcuts(redoKeys);
    addAction(undo);
    addAction(redo);

    m_undo = new QPushButton(tr("Undo"), bar);
    m_undo->setObjectName(u"undoButton"_s);
    m_undo->setAutoDefault(false);
    m_redo = new QPushButton(tr("Redo"), bar);
    m_redo->setObjectName(u"redoButton"_s);
    m_redo->setAutoDefault(false);
    connect(m_undo, &QPushButton::clicked, undo, &QAction::trigger);
    connect(m_redo, &QPushButton::clicked, redo, &QAction::trigger);
    auto follow = [](QPushButton *button, QAction *action, const QString &keys) {
        button->setEnabled(action->isEnabled());
        button->setToolTip(tr("%1 (%2)").arg(action->text(), keys));
    };
    const QString undoKeys = QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText);
    const QString redoKeysText = redoAlternative().toString(QKeySequence::NativeText);
    connect(undo, &QAction::changed, m_undo, [=, this] { follow(m_undo, undo, undoKeys); });
    connect(redo, &QAction::changed, m_redo, [=, this] { follow(m_redo, redo, redoKeysText); });
    follow(m_undo, undo, undoKeys);
    follow(m_redo, redo, redoKeysText);

    m_problems = new QLabel(bar);
    m_problems->setObjectName(u"problemsLabel"_s);
    m_problems->setForegroundRole(QPalette::PlaceholderText);
    m_problems->setTextFormat(Qt::RichText);
    connect(m_problems, &QLabel::linkActivated, this, [this] { setStep(Summary); });

    auto *cancel = new QPushButton(tr("Cancel"), bar);
    cancel->setObjectName(u"designerCancelButton"_s);
    cancel->setAutoDefault(false);
    m_back = new QPushButton(tr("< &Back"), bar);
    m_back->setObjectName(u"backButton"_s);
    m_back->setAutoDefault(false);
    m_next = new QPushButton(tr("&Next >"), bar);
    m_next->setObjectName(u"nextButton"_s);
    m_schedule = new QPushButton(tr("Sc&hedule…"), bar);
    m_schedule->setObjectName(u"scheduleButton"_s);
    m_schedule->setAutoDefault(false);
    m_schedule->setToolTip(tr("Save, then choose when this export runs by itself"));
    m_saveAndRun = new QPushButton(tr("Save and &run now"), bar);
    m_saveAndRun->setObjectName(u"saveAndRunButton"_s);
    m_saveAndRun->setAutoDefault(false);
    m_save = new QPushButton(tr("&Save"), bar);
    m_save->setObjectName(u"saveExportButton"_s);

    row->addWidget(m_undo);
    row->addWidget(m_redo);
    row->addSpacing(12);
    row->addWidget(m_problems, 1);
    row->addWidget(cancel);
    row->addSpacing(12);
    row->addWidget(m_back);
    row->addWidget(m_next);
    row->addWidget(m_schedule);
    row->addWidget(m_saveAndRun);
    row->addWidget(m_save);

    connect(cancel, &QPushButton::clicked, this, &ExportDesigner::reject);
    connect(m_back, &QPushButton::clicked, this, [this] { setStep(Step(qMax(0, int(step()) - 1))); });
    connect(m_next, &QPushButton::clicked, this, [this] { setStep(Step(qMin(int(Summary), int(step()) + 1))); });
    connect(m_save, &QPushButton::clicked, this, [this] { save(false); });
    connect(m_saveAndRun, &QPushButton::clicked, this, [this] { save(true); });
    connect(m_schedule, &QPushButton::clicked, this, [this] {
        // The schedule belongs to a saved export; the editor outlives this dialog.
        QPointer<QWidget> owner = parentWidget();
        Workspace &workspace = m_workspace;
        const QString name = m_editor->definition().name.trimmed();
        save(false, [owner, &workspace, name] {
            if (owner)
                ScheduleEditor::editSchedule(workspace, u"export:"_s + name, owner);
        });
    });
    return bar;
}

void ExportDesigner::setDefinition(const ExportDefinition &definition, bool existing)
{
    ExportDefinition d = definition;
    // A new export starts with a dated file name, the way Actito names each day's increment.
    if (!existing && d.file.name.isEmpty() && d.file.suffix.isEmpty())
        d.file.suffix = u"_yyyyMMdd"_s;
    m_editor->reset(d, existing);
    m_message->clear();
    updateTitle();
    // The first preview is not worth waiting for.
    m_previewTimer->stop();
    updatePreview();
}

const ExportDefinition &ExportDesigner::definition() const
{
    return m_editor->definition();
}

QStringList ExportDesigner::problems() const
{
    return m_editor->problems();
}

QUndoStack *ExportDesigner::undoStack() const
{
    return m_editor->undoStack();
}

void ExportDesigner::setStep(Step s)
{
    m_steps->setCurrentRow(int(s));
}

ExportDesigner::Step ExportDesigner::step() const
{
    return Step(m_pages->currentIndex());
}

void ExportDesigner::updatePreview()
{
    const ExportDefinition &d = m_editor->definition();
    if (d.dataset.isEmpty() || d.columns.isEmpty()) {
        // Nothing to read: the pane says what is missing, now.
        m_previewBuilder->cancel();
        m_preview->showPreview(ExportPreview(), d);
        m_preview->setUpdating(false);
        Q_EMIT previewUpdated();
        return;
    }
    m_preview->setUpdating(true);
    m_previewBuilder->request(d, 10);
}

void ExportDesigner::updateState()
{
    const Step s = step();
    const bool last = s == Summary;
    m_back->setEnabled(s != General);
    m_next->setVisible(!last);
    m_schedule->setVisible(last);
    m_saveAndRun->setVisible(last);
    m_save->setVisible(last);
    (last ? m_save : m_next)->setDefault(true);
    (last ? m_next : m_save)->setDefault(false);

    const QStringList problems = m_editor->problems();
    m_save->setEnabled(problems.isEmpty());
    m_saveAndRun->setEnabled(problems.isEmpty());
    const QString why = problems.isEmpty() ? QString() : problems.join(u'\n');
    m_save->setToolTip(why);
    m_saveAndRun->setToolTip(why);
    // On the summary, its own list says it all.
    if (last)
        m_problems->clear();
    else if (problems.isEmpty())
        m_problems->setText(tr("Ready to save."));
    else
        m_problems->setText(tr("%n problem(s) to fix before saving — <a href=\"summary\">see the summary</a>.",
                               nullptr, int(problems.size())));
}

void ExportDesigner::updateTitle()
{
    const ExportDefinition &d = m_editor->definition();
    setWindowTitle(m_editor->isExisting() ? tr("Edit export “%1”[*]").arg(d.name) : tr("New export[*]"));
    setWindowModified(!m_editor->undoStack()->isClean());
}

bool ExportDesigner::save(bool runNow, std::function<void()> then)
{
    if (m_saving)
        return false;
    const QStringList problems = m_editor->problems();
    if (!problems.isEmpty()) {
        setStep(Summary);
        return false;
    }
    auto d = std::make_shared<ExportDefinition>(m_editor->definition());
    d->name = d->name.trimmed();
    setSaving(true);
    WorkspaceWrite::start(
        this, m_workspace.path(),
        [d, from = m_editor->savedName()](Workspace &ws, QString *error) {
            // One transaction: renamed and changed together, or neither.
            ExportStore store(ws);
            return (from.isEmpty() || store.rename(from, d->name, error)) && store.save(*d, error);
        },
        m_message,
        [this, d, runNow, then](bool ok) {
            setSaving(false);
            if (!ok)
                return;
            m_editor->undoStack()->setClean();
            Q_EMIT saved(d->name, runNow);
            if (then)
                then();
            accept();
        },
        [](const QString &error) { return tr("The export could not be saved: %1").arg(error); });
    return true;
}

void ExportDesigner::setSaving(bool saving)
{
    m_saving = saving;
    for (QPushButton *button : {m_save, m_saveAndRun, m_schedule})
        button->setEnabled(!saving);
}

void ExportDesigner::reject()
{
    if (!m_editor->undoStack()->isClean()) {
        const auto answer = MessageBox::question(this, tr("Discard changes"),
                                                 m_editor->isExisting()
                                                     ? tr("Close without saving the changes to “%1”?")
                                                           .arg(m_editor->definition().name)
                                                     : tr("Close without saving this new export?"),
                                                 QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}

bool ExportDesigner::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        const QKeySequence pressed(key->keyCombination());
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo) || pressed == redoAlternative()) {
            // Not accepted: the key goes on to the designer's shortcuts.
            event->ignore();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace wb::ui
