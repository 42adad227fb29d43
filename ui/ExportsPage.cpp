// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportsPage.h"

#include "EmptyState.h"
#include "ExportDesigner.h"
#include "ExportListModel.h"
#include "ExportRunTask.h"
#include "FileChoosers.h"
#include "FileDialog.h"
#include "Icons.h"
#include "MessageBox.h"
#include "MessageWidget.h"
#include "WorkspaceWrite.h"
#include "ScheduleEditor.h"
#include "core/Workspace.h"
#include "designer/GeneralStep.h"
#include "export/ExportStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wb::ui {

namespace {

// Definitions are a few KiB; anything far larger is not one.
constexpr qint64 MaxDefinitionBytes = 4 * 1024 * 1024;

// Folders keep their beginning and their end when cut short; names read best cut at the end.
class MiddleElideDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->textElideMode = Qt::ElideMiddle;
    }
};

} // namespace

ExportsPage::ExportsPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new ExportListModel(workspace, this))
    , m_runTask(new ExportRunTask(workspace.path(), this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(Icons::page(Icons::Page::Exports, palette()), tr("No exports defined yet"),
                             tr("An export turns taken-in writebacks into the file your CRM or student "
                                "information system imports: the columns it expects, its date format and "
                                "separator, and where the file goes. Each run sends what is new since the last."),
                             m_stack))
    , m_view(new QTableView(m_stack))
    , m_message(new MessageWidget(this))
    , m_progressRow(new QWidget(this))
    , m_progressLabel(new QLabel(m_progressRow))
    , m_progress(new QProgressBar(m_progressRow))
    , m_cancel(new QPushButton(tr("&Cancel"), m_progressRow))
    , m_new(new QPushButton(tr("&New export…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_run(new QPushButton(tr("R&un now"), this))
    , m_schedule(new QPushButton(tr("Sc&hedule…"), this))
    , m_import(new QPushButton(tr("&Import definition…"), this))
    , m_export(new QPushButton(tr("E&xport definition…"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
{
    setObjectName(u"ExportsPage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);

    auto *title = new QLabel(tr("Exports"), this);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    title->setFont(f);
    auto *subtitle = new QLabel(tr("The files made from your datasets for Slate, Salesforce and other systems, "
                                   "and how their last runs went."),
                                this);
    subtitle->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(title);
    layout->addWidget(subtitle);

    auto *toolbar = new QHBoxLayout;
    toolbar->setSpacing(6);
    m_new->setObjectName(u"newExportButton"_s);
    m_edit->setObjectName(u"editExportButton"_s);
    m_run->setObjectName(u"runExportButton"_s);
    m_run->setToolTip(tr("Send what is new since the last run to the export's destination"));
    m_schedule->setObjectName(u"scheduleExportButton"_s);
    m_schedule->setToolTip(tr("Choose when the selected export runs by itself, even while the app is closed"));
    m_import->setObjectName(u"importDefinitionButton"_s);
    m_import->setToolTip(tr("Read an export definition from a JSON file, to check and save it here"));
    m_export->setObjectName(u"exportDefinitionButton"_s);
    m_export->setToolTip(tr("Write the selected export's definition to a JSON file"));
    m_remove->setObjectName(u"removeExportButton"_s);
    toolbar->addWidget(m_new);
    toolbar->addWidget(m_edit);
    toolbar->addWidget(m_run);
    toolbar->addWidget(m_schedule);
    toolbar->addSpacing(12);
    toolbar->addWidget(m_import);
    toolbar->addWidget(m_export);
    toolbar->addStretch(1);
    toolbar->addWidget(m_remove);
    layout->addLayout(toolbar);

    m_progressRow->setObjectName(u"exportProgressRow"_s);
    auto *progress = new QHBoxLayout(m_progressRow);
    progress->setContentsMargins(0, 0, 0, 0);
    m_progressLabel->setObjectName(u"exportProgressLabel"_s);
    m_progress->setObjectName(u"exportProgressBar"_s);
    m_progress->setTextVisible(false);
    m_cancel->setObjectName(u"exportCancelButton"_s);
    progress->addWidget(m_progressLabel, 1);
    progress->addWidget(m_progress, 1);
    progress->addWidget(m_cancel);
    m_progressRow->hide();
    layout->addWidget(m_progressRow);

    m_message->setObjectName(u"exportsMessage"_s);
    layout->addWidget(m_message);

    m_empty->setObjectName(u"exportsEmpty"_s);
    m_empty->setAction(tr("New export…"));
    m_view->setObjectName(u"exportsTable"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setStyleSheet(u"QTableView#exportsTable::item { padding: 0 14px 0 8px; }"
                          "QTableView#exportsTable QHeaderView::section { padding: 5px 14px 5px 8px; }"_s);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 14);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->horizontalHeader()->setHighlightSections(false);
    // Names, increments and run states are short; datasets and folders take what is left,
    // so that the last run's time is never scrolled out of view.
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ExportListModel::Dataset, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(ExportListModel::Destination, QHeaderView::Stretch);
    m_view->horizontalHeader()->setMinimumSectionSize(90);
    m_view->setItemDelegateForColumn(ExportListModel::Destination, new MiddleElideDelegate(m_view));
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_view);
    layout->addWidget(m_stack, 1);

    connect(m_new, &QPushButton::clicked, this, &ExportsPage::newExport);
    connect(m_empty->actionButton(), &QPushButton::clicked, this, &ExportsPage::newExport);
    connect(m_edit, &QPushButton::clicked, this, &ExportsPage::editSelected);
    connect(m_run, &QPushButton::clicked, this, &ExportsPage::runSelected);
    connect(m_schedule, &QPushButton::clicked, this, [this] {
        if (const int row = selectedRow(); row >= 0)
            ScheduleEditor::editSchedule(m_workspace, u"export:"_s + m_model->exportAt(row).definition.name, this);
    });
    connect(m_import, &QPushButton::clicked, this, &ExportsPage::importDefinition);
    connect(m_export, &QPushButton::clicked, this, &ExportsPage::exportSelected);
    connect(m_remove, &QPushButton::clicked, this, &ExportsPage::removeSelected);
    connect(m_view, &QTableView::doubleClicked, this, &ExportsPage::editSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ExportsPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ExportsPage::updateActions);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_progressLabel->setText(tr("Cancelling…"));
        m_runTask->cancel();
    });
    connect(m_runTask, &ExportRunTask::progress, this, [this](int percent, qint64 done, qint64 total) {
        if (percent < 0) {
            m_progress->setRange(0, 0);
            return;
        }
        m_progress->setRange(0, 100);
        m_progress->setValue(percent);
        m_progressLabel->setText(tr("Running “%1” — %2 of %3 rows")
                                     .arg(m_runTask->exportName(), QLocale().toString(done),
                                          QLocale().toString(total)));
    });
    connect(m_runTask, &ExportRunTask::finished, this, &ExportsPage::afterRun);
    updateActions();
}

ExportsPage::~ExportsPage() = default;

void ExportsPage::reload()
{
    const int row = selectedRow();
    const QString selected = row >= 0 ? m_model->exportAt(row).definition.name : QString();
    m_model->reload();
    selectExport(selected);
}

void ExportsPage::selectExport(const QString &name)
{
    const int row = m_model->rowOf(name);
    if (row >= 0)
        m_view->selectRow(row);
    updateActions();
}

int ExportsPage::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

ExportDesigner *ExportsPage::newExport()
{
    return openDesigner(nullptr, false);
}

ExportDesigner *ExportsPage::editSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return nullptr;
    const ExportDefinition d = m_model->exportAt(row).definition;
    return openDesigner(&d, true);
}

ExportDesigner *ExportsPage::openDesigner(const ExportDefinition *definition, bool existing)
{
    auto *designer = new ExportDesigner(m_workspace, this);
    designer->setAttribute(Qt::WA_DeleteOnClose);
    if (definition)
        designer->setDefinition(*definition, existing);
    connect(designer, &ExportDesigner::saved, this, [this](const QString &name, bool runNow) {
        m_message->clear();
        m_model->reload();
        selectExport(name);
        if (runNow)
            runExport(name);
    });
    designer->open();
    return designer;
}

ExportDesigner *ExportsPage::importDefinition()
{
    const QString path = FileDialog::getOpenFileName(this, tr("Import an export definition"), QString(),
                                                     tr("Export definitions (*.json);;All files (*)"));
    if (path.isEmpty())
        return nullptr;
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_message->showMessage(tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
                               Icons::Tone::Negative);
        return nullptr;
    }
    if (file.size() > MaxDefinitionBytes) {
        m_message->showMessage(tr("%1 is too large to be an export definition.").arg(name), Icons::Tone::Negative);
        return nullptr;
    }
    QStringList problems;
    const std::optional<ExportDefinition> definition = ExportDefinition::fromJson(file.readAll(), &problems);
    if (!definition) {
        if (problems.isEmpty())
            problems << tr("It is not an export definition.");
        QString text = tr("%1 cannot be imported:").arg(name);
        for (const QString &p : std::as_const(problems))
            text += u"\n• "_s + p;
        m_message->showMessage(text, Icons::Tone::Negative);
        return nullptr;
    }
    m_message->clear();
    // Checked in the designer before it is saved: its dataset, folder or connection may not
    // exist here, and its name may be taken.
    return openDesigner(&*definition, false);
}

void ExportsPage::exportSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const ExportDefinition d = m_model->exportAt(row).definition;
    const QString suggested = QDir::home().filePath(GeneralStep::fileNameFor(d.name) + u".json"_s);
    const QString path = FileChoosers::saveFileName(this, tr("Export the definition of “%1”").arg(d.name),
                                                    suggested, tr("Export definitions (*.json)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(d.toJson()) < 0 || !file.commit()) {
        m_message->showMessage(
            tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
            Icons::Tone::Negative);
        return;
    }
    m_message->showMessage(tr("The definition of “%1” is in %2.").arg(d.name, QDir::toNativeSeparators(path)),
                           Icons::Tone::Positive);
}

void ExportsPage::removeSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const QString name = m_model->exportAt(row).definition.name;
    const auto answer = MessageBox::question(
        this, tr("Remove export"),
        tr("Remove the export “%1”?\n\nFiles it has delivered stay where they are; the datasets are not touched.")
            .arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel, tr("Remove"));
    if (answer != QMessageBox::Yes)
        return;
    WorkspaceWrite::start(
        this, m_workspace.path(),
        [name](Workspace &ws, QString *error) { return ExportStore(ws).remove(name, error); }, m_message,
        [this](bool ok) {
            if (!ok)
                return;
            m_model->reload();
            updateActions();
        });
}

bool ExportsPage::runSelected()
{
    const int row = selectedRow();
    return row >= 0 && runExport(m_model->exportAt(row).definition.name);
}

bool ExportsPage::runExport(const QString &name)
{
    if (isBusy() || m_model->rowOf(name) < 0)
        return false;
    m_message->clear();
    m_runTask->start(name);
    m_progressLabel->setText(tr("Running “%1”…").arg(name));
    m_progress->setRange(0, 0);
    m_cancel->setEnabled(true);
    m_progressRow->show();
    updateActions();
    return true;
}

bool ExportsPage::isBusy() const
{
    return m_runTask->isRunning();
}

void ExportsPage::afterRun(const RunResult &result)
{
    m_progressRow->hide();
    const QString name = m_runTask->exportName();
    m_model->reload();
    selectExport(name);
    if (!result.ok()) {
        m_message->showMessage(tr("“%1” failed: %2").arg(name, result.error), Icons::Tone::Negative);
    } else if (result.fileName.isEmpty()) {
        m_message->showMessage(tr("“%1” had nothing new to send, so no file was written.").arg(name),
                               Icons::Tone::Info);
    } else {
        m_message->showMessage(tr("“%1” sent %Ln row(s) in %2 (%3) to %4.", nullptr, int(result.rows))
                                   .arg(name, result.fileName, QLocale().formattedDataSize(result.bytes),
                                        QDir::toNativeSeparators(result.location)),
                               Icons::Tone::Positive);
    }
    Q_EMIT runFinished(result);
}

void ExportsPage::updateActions()
{
    const bool any = m_model->rowCount() > 0;
    m_stack->setCurrentWidget(any ? static_cast<QWidget *>(m_view) : m_empty);
    const bool selected = selectedRow() >= 0;
    const bool busy = isBusy();
    m_edit->setEnabled(selected);
    m_run->setEnabled(selected && !busy);
    m_schedule->setEnabled(selected);
    m_export->setEnabled(selected);
    m_remove->setEnabled(selected && !busy);
    if (any && !selected)
        m_view->selectRow(0);
}

} // namespace wb::ui
