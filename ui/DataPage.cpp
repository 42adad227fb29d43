// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataPage.h"

#include "DatasetListModel.h"
#include "DatasetTableModel.h"
#include "EmptyState.h"
#include "FetchTask.h"
#include "FieldMenu.h"
#include "FilesModel.h"
#include "FilesPanel.h"
#include "Icons.h"
#include "ImportPreviewDialog.h"
#include "ImportTask.h"
#include "IntakeRuleDialog.h"
#include "MessageBox.h"
#include "MessageWidget.h"
#include "Prompts.h"
#include "RuleFromFile.h"
#include "WorkspaceWrite.h"
#include "core/ConnectionStore.h"
#include "core/Workspace.h"
#include "formats/FormatSpec.h"
#include "store/Catalog.h"

#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wb::ui {

namespace {

// The "Import as" entry that asks for a new dataset's name.
const auto NewDataset = u"\x01new"_s;

QStringList localFiles(const QMimeData *mime)
{
    QStringList out;
    if (!mime || !mime->hasUrls())
        return out;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            out << url.toLocalFile();
    }
    return out;
}

void setUpTable(QTableView *view, int rowPadding)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + rowPadding);
    // Fixed heights: a view that measured each row would read every page of a large table.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    view->horizontalHeader()->setHighlightSections(false);
}

} // namespace

DataPage::DataPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_datasets(new DatasetListModel(workspace, this))
    , m_rows(new DatasetTableModel(workspace, this))
    , m_files(new FilesModel(workspace, this))
    , m_importTask(new ImportTask(workspace.path(), this))
    , m_fetchTask(new FetchTask(workspace.knownHostsPath(), workspace.path(), this))
    , m_import(new QPushButton(tr("&Import files…"), this))
    , m_importAs(new QComboBox(this))
    , m_connection(new QComboBox(this))
    , m_fetch(new QPushButton(tr("&Fetch"), this))
    , m_progressRow(new QWidget(this))
    , m_progressLabel(new QLabel(m_progressRow))
    , m_progress(new QProgressBar(m_progressRow))
    , m_cancel(new QPushButton(tr("&Cancel"), m_progressRow))
    , m_message(new MessageWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(Icons::page(Icons::Page::Data, palette()), tr("No data taken in yet"),
                             tr("Import the writeback files a platform sent you, drop them here, or fetch "
                                "them from a connection. Each file's rows go into the dataset of its "
                                "format, and the files are listed with where they came from."),
                             m_stack))
    , m_tabs(new QTabWidget(m_stack))
    , m_datasetView(new QTableView(this))
    , m_rowsView(new QTableView(this))
    , m_rowsTitle(new QLabel(this))
    , m_filesPanel(new FilesPanel(m_files, this))
    , m_previewImport(new QPushButton(tr("&Preview and import…"), m_message))
{
    setObjectName(u"DataPage"_s);
    setAcceptDrops(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);

    auto *title = new QLabel(tr("Data"), this);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    title->setFont(f);
    auto *subtitle = new QLabel(tr("The writeback files taken in, and the datasets their rows went into. "
                                   "Drop files here to take them in."),
                                this);
    subtitle->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(title);
    layout->addWidget(subtitle);

    auto *toolbar = new QHBoxLayout;
    toolbar->setSpacing(6);
    m_import->setObjectName(u"importButton"_s);
    m_importAs->setObjectName(u"importAsCombo"_s);
    // Wide enough for most format names without stretching to the longest of them.
    m_importAs->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_importAs->setMinimumContentsLength(26);
    m_importAs->setToolTip(tr("Which dataset the files go into: recognised from their name and header, "
                              "or one you choose when a file's format is not recognised"));
    auto *importAsLabel = new QLabel(tr("&as"), this);
    importAsLabel->setBuddy(m_importAs);
    m_connection->setObjectName(u"connectionCombo"_s);
    m_connection->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_connection->setMinimumContentsLength(14);
    m_fetch->setObjectName(u"fetchButton"_s);
    m_fetch->setToolTip(tr("Take in the new files of the connection's read path"));
    auto *fetchLabel = new QLabel(tr("F&rom connection"), this);
    fetchLabel->setBuddy(m_connection);
    toolbar->addWidget(m_import);
    toolbar->addWidget(importAsLabel);
    toolbar->addWidget(m_importAs);
    toolbar->addStretch(1);
    toolbar->addWidget(fetchLabel);
    toolbar->addWidget(m_connection);
    toolbar->addWidget(m_fetch);
    layout->addLayout(toolbar);

    m_progressRow->setObjectName(u"progressRow"_s);
    auto *progress = new QHBoxLayout(m_progressRow);
    progress->setContentsMargins(0, 0, 0, 0);
    m_progressLabel->setObjectName(u"progressLabel"_s);
    m_progress->setObjectName(u"progressBar"_s);
    m_progress->setRange(0, 100);
    m_progress->setTextVisible(false);
    m_cancel->setObjectName(u"cancelButton"_s);
    progress->addWidget(m_progressLabel, 1);
    progress->addWidget(m_progress, 1);
    progress->addWidget(m_cancel);
    m_progressRow->hide();
    layout->addWidget(m_progressRow);

    m_message->setObjectName(u"dataMessage"_s);
    m_previewImport->setObjectName(u"previewImportButton"_s);
    m_previewImport->setToolTip(tr("Check how the files are read and take them in as a dataset you name"));
    m_previewImport->hide();
    if (auto *row = qobject_cast<QBoxLayout *>(m_message->layout()))
        row->insertWidget(row->indexOf(m_message->actionButton()), m_previewImport, 0, Qt::AlignVCenter);
    layout->addWidget(m_message);

    m_empty->setObjectName(u"dataEmpty"_s);
    m_empty->setAction(tr("Import files…"));
    m_tabs->setObjectName(u"dataTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(createDatasetsTab(), tr("Datasets"));
    m_tabs->addTab(m_filesPanel, tr("Files"));
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_tabs);
    layout->addWidget(m_stack, 1);

    connect(m_import, &QPushButton::clicked, this, &DataPage::chooseFiles);
    connect(m_empty->actionButton(), &QPushButton::clicked, this, &DataPage::chooseFiles);
    connect(m_importAs, &QComboBox::activated, this, &DataPage::importAsChosen);
    connect(m_fetch, &QPushButton::clicked, this, &DataPage::fetchSelected);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_progressLabel->setText(tr("Cancelling…"));
        m_importTask->cancel();
        m_fetchTask->cancel();
    });
    connect(m_message->actionButton(), &QPushButton::clicked, this, &DataPage::reimportFailed);
    connect(m_filesPanel, &FilesPanel::makeRuleRequested, this, &DataPage::makeRule);
    connect(m_previewImport, &QPushButton::clicked, this, [this] {
        const QString dataset = m_importAs->currentData().toString();
        previewAndImport(m_unknownPaths, findFormat(dataset) ? QString() : dataset);
    });
    connect(m_importTask, &ImportTask::progress, this, [this](int file, int files, const QString &name, int percent) {
        showProgress(files > 1 ? tr("Taking in file %1 of %2: %3 — %4%").arg(file + 1).arg(files).arg(name).arg(percent)
                               : tr("Taking in %1 — %2%").arg(name).arg(percent),
                     percent);
    });
    connect(m_importTask, &ImportTask::finished, this, &DataPage::afterImport);
    connect(m_fetchTask, &FetchTask::progress, this, [this](int file, int files, const QString &name, int percent) {
        if (files == 0)
            return showProgress(tr("Connecting to %1…").arg(m_connection->currentText()), -1);
        showProgress(tr("File %1 of %2: %3 — %4%").arg(file + 1).arg(files).arg(name).arg(percent), percent);
    });
    connect(m_fetchTask, &FetchTask::finished, this, &DataPage::afterFetch);
    connect(m_fetchTask, &FetchTask::abandoned, this, [this](const QString &why) {
        done();
        m_message->showMessage(why, Icons::Tone::Info);
    });

    reloadConnections();
    reload();
}

DataPage::~DataPage() = default;

QTableView *DataPage::filesView() const
{
    return m_filesPanel->view();
}

RawFileView *DataPage::rawFileView() const
{
    return m_filesPanel->rawFileView();
}

QWidget *DataPage::createDatasetsTab()
{
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"datasetsSplitter"_s);
    splitter->setChildrenCollapsible(false);

    m_datasetView->setObjectName(u"datasetsTable"_s);
    m_datasetView->setModel(m_datasets);
    setUpTable(m_datasetView, 12);
    m_datasetView->verticalHeader()->hide();
    m_datasetView->horizontalHeader()->setSectionResizeMode(DatasetListModel::Title, QHeaderView::Stretch);
    m_datasetView->horizontalHeader()->setSectionResizeMode(DatasetListModel::Vendor, QHeaderView::ResizeToContents);
    m_datasetView->horizontalHeader()->setSectionResizeMode(DatasetListModel::Rows, QHeaderView::ResizeToContents);
    m_datasetView->setMinimumWidth(260);

    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(6);
    m_rowsTitle->setObjectName(u"rowsTitle"_s);
    m_rowsTitle->setForegroundRole(QPalette::PlaceholderText);
    m_rowsTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rowsView->setObjectName(u"rowsTable"_s);
    m_rowsView->setModel(m_rows);
    setUpTable(m_rowsView, 8);
    m_rowsView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_rowsView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_rowsView->setAlternatingRowColors(true);
    m_rowsView->setShowGrid(true);
    m_rowsView->verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // Fitting columns to their contents looks at this many rows, not at the whole table.
    m_rowsView->horizontalHeader()->setResizeContentsPrecision(64);
    m_rowsView->horizontalHeader()->setMaximumSectionSize(360);
    m_rowsView->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_rowsView->horizontalHeader(), &QWidget::customContextMenuRequested, this, &DataPage::showFieldMenu);
    rightLayout->addWidget(m_rowsTitle);
    rightLayout->addWidget(m_rowsView, 1);

    splitter->addWidget(m_datasetView);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({340, 600});

    connect(m_datasetView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DataPage::showDataset);
    return splitter;
}

void DataPage::showEvent(QShowEvent *event)
{
    // Connections are added on their own page: pick up new ones whenever this page shows.
    reloadConnections();
    QWidget::showEvent(event);
}

void DataPage::reloadImportAs()
{
    const QString current = m_importAs->currentData().toString();
    m_importAs->clear();
    m_importAs->addItem(tr("recognised format"), QString());
    m_importAs->insertSeparator(m_importAs->count());
    QStringList known;
    for (const FormatSpec &spec : knownFormats()) {
        m_importAs->addItem(tr("%1: %2").arg(spec.vendor, spec.title), spec.dataset);
        m_importAs->setItemData(m_importAs->count() - 1, spec.dataset, Qt::ToolTipRole);
        known << spec.dataset;
    }
    // Datasets the user named before, so that later files can join them.
    bool own = false;
    for (int r = 0; r < m_datasets->rowCount(); ++r) {
        const QString name = m_datasets->datasetAt(r).name;
        if (known.contains(name) || findDerived(name)) // nothing is taken into a derived dataset
            continue;
        if (!own)
            m_importAs->insertSeparator(m_importAs->count());
        own = true;
        m_importAs->addItem(name, name);
    }
    if (!current.isEmpty() && m_importAs->findData(current) < 0)
        m_importAs->addItem(current, current);
    m_importAs->insertSeparator(m_importAs->count());
    m_importAs->addItem(tr("new dataset…"), NewDataset);
    m_importAs->setCurrentIndex(qMax(0, m_importAs->findData(current)));
}

void DataPage::importAsChosen(int index)
{
    if (m_importAs->itemData(index).toString() != NewDataset)
        return;
    bool ok = false;
    const QString name = Prompts::text(this, tr("New dataset"),
                                       tr("Name of the dataset the files go into (letters, digits and _, "
                                          "e.g. “event_signups”):"),
                                       QLineEdit::Normal, &ok)
                             .trimmed();
    if (!ok || name.isEmpty()) {
        m_importAs->setCurrentIndex(0);
        return;
    }
    if (!isValidDatasetName(name)) {
        m_importAs->setCurrentIndex(0);
        m_message->showMessage(tr("“%1” cannot name a dataset: use letters, digits and _ (and at most one dot).")
                                   .arg(name),
                               Icons::Tone::Negative);
        return;
    }
    int at = m_importAs->findData(name);
    if (at < 0) {
        at = m_importAs->count() - 2; // before the separator and "new dataset…"
        m_importAs->insertItem(at, name, name);
    }
    m_importAs->setCurrentIndex(at);
    m_newDataset = name;
}

void DataPage::reloadConnections()
{
    const QString current = m_connection->currentText();
    m_connection->clear();
    for (const Connection &c : ConnectionStore(m_workspace).list())
        m_connection->addItem(c.name);
    if (m_connection->count() == 0)
        m_connection->setPlaceholderText(tr("(no connections)"));
    m_connection->setCurrentIndex(qMax(0, m_connection->findText(current)));
    updateState();
}

void DataPage::chooseFiles()
{
    const QStringList paths = Prompts::openFileNames(this, tr("Import writeback files"), QString(),
                                                     tr("Writeback files (*.csv *.txt *.json *.gz *.zip);;All files (*)"));
    if (paths.isEmpty())
        return;
    // Files for a dataset just named under "as" are previewed first.
    const QString dataset = m_importAs->currentData().toString();
    if (!dataset.isEmpty() && dataset == m_newDataset && m_datasets->rowOf(dataset) < 0)
        previewAndImport(paths, dataset);
    else
        importFiles(paths);
}

bool DataPage::previewAndImport(const QStringList &paths, const QString &dataset)
{
    if (isBusy() || paths.isEmpty())
        return false;
    QList<ImportRequest> requests;
    for (const QString &path : paths) {
        ImportPreviewDialog preview(path, dataset, this);
        if (preview.exec() != QDialog::Accepted)
            return false;
        requests << preview.overrides();
    }
    m_importing = paths;
    startImport(requests);
    return true;
}

bool DataPage::importFiles(const QStringList &paths)
{
    if (isBusy() || paths.isEmpty())
        return false;
    const QString dataset = m_importAs->currentData().toString();
    QList<ImportRequest> requests;
    for (const QString &path : paths) {
        ImportRequest r;
        r.localPath = QFileInfo(path).absoluteFilePath();
        r.dataset = dataset;
        requests << r;
    }
    m_importing = paths;
    startImport(requests);
    return true;
}

void DataPage::startImport(const QList<ImportRequest> &requests)
{
    m_importTask->start(requests);
    setBusy(tr("Taking in %n file(s)…", nullptr, int(requests.size())));
}

bool DataPage::fetchSelected()
{
    if (isBusy())
        return false;
    const auto connection = ConnectionStore(m_workspace).find(m_connection->currentText());
    if (!connection)
        return false;
    m_fetchTask->start(*connection, this);
    // The passphrase question may already have ended the run.
    if (m_fetchTask->isRunning())
        setBusy(tr("Connecting to %1…").arg(connection->name));
    return true;
}

bool DataPage::isBusy() const
{
    return m_importTask->isRunning() || m_fetchTask->isRunning();
}

void DataPage::setBusy(const QString &text)
{
    m_message->clear();
    m_previewImport->hide();
    m_progressRow->show();
    m_cancel->setEnabled(true);
    showProgress(text, -1);
    updateState();
}

void DataPage::showProgress(const QString &text, int percent)
{
    m_progressLabel->setText(text);
    // Busy (an indefinite bar) until there is something to count.
    if (percent < 0) {
        m_progress->setRange(0, 0);
    } else {
        m_progress->setRange(0, 100);
        m_progress->setValue(percent);
    }
}

void DataPage::done()
{
    m_progressRow->hide();
    reload();
}

void DataPage::afterImport(const QList<ImportResult> &results)
{
    m_failedPaths.clear();
    m_unknownPaths.clear();
    for (int i = 0; i < results.size(); ++i) {
        const int request = m_importTask->requestOf(i);
        if (results[i].state != ImportResult::State::Failed || request < 0 || request >= m_importing.size())
            continue;
        const QString &path = m_importing[request];
        if (!m_failedPaths.contains(path))
            m_failedPaths << path;
        // Recognising the format fails at line 1 without a column (CSV errors have one). The
        // preview reads a file as it is, so not an archive.
        if (results[i].error.line == 1 && results[i].error.column == 0 && results[i].archive.isEmpty()
            && !m_unknownPaths.contains(path))
            m_unknownPaths << path;
    }
    done();
    reportResults(results, QString());
    if (!m_failedPaths.isEmpty()) {
        m_message->actionButton()->setText(tr("Import &again"));
        m_message->actionButton()->setToolTip(
            tr("Take in the failed files again, as the format chosen under “as”"));
        m_message->actionButton()->show();
    }
    m_previewImport->setVisible(!m_unknownPaths.isEmpty());
    Q_EMIT importFinished(results);
}

void DataPage::afterFetch(const FetchReport &report)
{
    m_failedPaths.clear();
    m_unknownPaths.clear();
    m_previewImport->hide();
    done();
    if (report.error.isError() && report.files.isEmpty()) {
        m_message->showMessage(report.error.kind == SshError::Kind::Cancelled
                                   ? tr("Fetch cancelled: nothing was taken in.")
                                   : tr("Fetching from %1 failed: %2").arg(m_connection->currentText(), report.error.message),
                               report.error.kind == SshError::Kind::Cancelled ? Icons::Tone::Info
                                                                               : Icons::Tone::Negative);
    } else if (report.listed == 0) {
        m_message->showMessage(tr("%1 has no files in its read path.").arg(m_connection->currentText()),
                               Icons::Tone::Info);
    } else {
        reportResults(report.files, tr("%1: %n file(s) on the server.", nullptr, report.listed)
                                        .arg(m_connection->currentText()));
        if (report.error.isError())
            m_message->showMessage(m_message->text() + u'\n' + report.error.message, Icons::Tone::Negative);
    }
    Q_EMIT fetchFinished(report);
}

void DataPage::reportResults(const QList<ImportResult> &results, const QString &lead)
{
    int imported = 0, skipped = 0, failed = 0, cancelled = 0;
    qint64 inserted = 0, updated = 0;
    QString firstReason;
    for (const ImportResult &r : results) {
        switch (r.state) {
        case ImportResult::State::Imported:
            ++imported;
            inserted += r.inserted;
            updated += r.updated;
            break;
        case ImportResult::State::Skipped: ++skipped; break;
        case ImportResult::State::Cancelled: ++cancelled; break;
        case ImportResult::State::Failed:
            if (failed++ == 0)
                firstReason = r.error.toString(r.shownName());
            break;
        }
    }
    QStringList parts;
    if (imported > 0)
        parts << tr("%n file(s) taken in", nullptr, imported)
                     + tr(" (%1 new rows, %2 changed)").arg(QLocale().toString(inserted), QLocale().toString(updated));
    if (skipped > 0)
        parts << tr("%n skipped as already taken in", nullptr, skipped);
    if (cancelled > 0 || results.isEmpty())
        parts << tr("cancelled: the file being read left no rows behind");
    if (failed > 0)
        parts << tr("%n failed", nullptr, failed);
    QString text = parts.join(u", "_s) + u'.';
    text[0] = text[0].toUpper();
    if (!lead.isEmpty())
        text = lead + u' ' + text;
    if (failed > 0) {
        text += u'\n' + firstReason;
        if (failed > 1)
            text += u'\n' + tr("The Files tab lists every failed file with its reason.");
    }
    const Icons::Tone tone = failed > 0 ? (imported > 0 ? Icons::Tone::Warning : Icons::Tone::Negative)
                             : imported > 0 ? Icons::Tone::Positive
                                            : Icons::Tone::Info;
    m_message->showMessage(text, tone);
}

void DataPage::reimportFailed()
{
    const QStringList paths = m_failedPaths;
    importFiles(paths);
}

void DataPage::makeRule(const FileRecord &file)
{
    QStringList own;
    for (int r = 0; r < m_datasets->rowCount(); ++r)
        own << m_datasets->datasetAt(r).name;
    QString error;
    IntakeRuleDialog *dialog = RuleFromFile::open(m_workspace, file, own, this, &error);
    if (!dialog)
        return m_message->showMessage(error, Icons::Tone::Negative);
    connect(dialog, &IntakeRuleDialog::saved, this, [this, connection = file.source, name = file.shownName()] {
        // Once the editor has closed: the question is not asked over it.
        QMetaObject::invokeMethod(this, [this, connection, name] { afterRuleSaved(connection, name); },
                                  Qt::QueuedConnection);
    });
}

void DataPage::afterRuleSaved(const QString &connection, const QString &file)
{
    const QString later = tr("The rule is saved on %1; the next fetch from it takes %2 in by the rule.")
                              .arg(connection, file);
    if (isBusy() || m_connection->findText(connection) < 0)
        return m_message->showMessage(later, Icons::Tone::Positive);
    const auto answer = MessageBox::question(this, tr("Fetch again"),
                                             tr("The rule is saved on %1. Fetch from %1 now, so that %2 is taken "
                                                "in by the rule?")
                                                 .arg(connection, file),
                                             QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes, tr("Fetch now"));
    if (answer != QMessageBox::Yes)
        return m_message->showMessage(later, Icons::Tone::Positive);
    m_connection->setCurrentIndex(m_connection->findText(connection));
    fetchSelected();
}

void DataPage::reload()
{
    const QString dataset = m_rows->datasetName();
    m_datasets->reload();
    m_files->reload();
    reloadImportAs();
    const int files = m_files->rowCount();
    const int failed = m_files->failedCount();
    m_tabs->setTabText(FilesTab, failed > 0 ? tr("Files (%1, %2 failed)").arg(files).arg(failed)
                                            : tr("Files (%1)").arg(files));
    m_tabs->setTabText(DatasetsTab, tr("Datasets (%1)").arg(m_datasets->rowCount()));

    // The same dataset stays selected, its rows counted again (an import may have added some).
    const int row = m_datasets->rowOf(dataset);
    if (row >= 0) {
        {
            const QSignalBlocker block(m_datasetView->selectionModel());
            m_datasetView->selectRow(row);
        }
        // From the list just read: refresh() would count every dataset table once more.
        m_rows->setDataset(m_datasets->datasetAt(row));
        showDataset();
    } else if (m_datasets->rowCount() > 0) {
        m_datasetView->selectRow(0);
    } else {
        showDataset();
    }
    updateState();
}

void DataPage::selectDataset(const QString &name)
{
    const int row = m_datasets->rowOf(name);
    if (row >= 0)
        m_datasetView->selectRow(row);
}

void DataPage::selectFile(const QString &name)
{
    m_filesPanel->selectFile(name);
}

void DataPage::showDataset()
{
    const QModelIndexList rows = m_datasetView->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        m_rows->clear();
        m_rowsTitle->clear();
        return;
    }
    const DatasetSummary d = m_datasets->datasetAt(rows.first().row());
    if (d.name != m_rows->datasetName() || m_rows->rowCount() != d.rows)
        m_rows->setDataset(d);
    m_rowsTitle->setText(tr("%1 — %n row(s), table %2", nullptr, int(d.rows))
                             .arg(d.name, d.table));
    m_rowsView->resizeColumnsToContents();
}

void DataPage::showFieldMenu(const QPoint &pos)
{
    QHeaderView *header = m_rowsView->horizontalHeader();
    const int column = header->logicalIndexAt(pos);
    const QString dataset = m_rows->datasetName();
    // Derived datasets are computed from others: their fields follow their sources'.
    if (column < 0 || column >= m_rows->fieldCount() || findDerived(dataset))
        return;
    const FieldSpec field = m_rows->fieldAt(column);
    QMenu *menu = fieldMenu(field, this, [this, dataset, name = field.name](const QString &separator) {
        setMultiValue(dataset, name, separator);
    });
    if (menu)
        menu->popup(header->viewport()->mapToGlobal(pos));
}

void DataPage::setMultiValue(const QString &dataset, const QString &field, const QString &separator)
{
    WorkspaceWrite::startOnStore(
        this, m_workspace.path(),
        [dataset, field, separator](sql::Database &db, QString *error) {
            Catalog catalog(db);
            const auto info = catalog.find(dataset, error);
            if (!info) {
                if (error->isEmpty())
                    *error = tr("There is no dataset “%1” any more.").arg(dataset);
                return false;
            }
            return catalog.setMultiValue(*info, field, separator, error);
        },
        m_message,
        [this, dataset, field, separator](bool ok) {
            if (!ok)
                return;
            reload();
            m_message->showMessage(
                separator.isEmpty()
                    ? tr("%1 holds one value in %2.").arg(field, dataset)
                    : tr("%1 holds several values in %2, separated by “%3” in its files; exports join them with "
                         "their own multi-value separator.")
                          .arg(field, dataset, separator),
                Icons::Tone::Positive);
        },
        [field](const QString &error) { return tr("Could not change the field %1: %2").arg(field, error); });
}

void DataPage::updateState()
{
    const bool busy = isBusy();
    m_import->setEnabled(!busy);
    m_importAs->setEnabled(!busy);
    m_empty->actionButton()->setEnabled(!busy);
    m_fetch->setEnabled(!busy && m_connection->count() > 0);
    m_connection->setEnabled(!busy && m_connection->count() > 0);
    const bool any = m_datasets->rowCount() > 0 || m_files->rowCount() > 0;
    m_stack->setCurrentWidget(any ? static_cast<QWidget *>(m_tabs) : m_empty);
}

void DataPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (!isBusy() && !localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void DataPage::dropEvent(QDropEvent *event)
{
    const QStringList paths = localFiles(event->mimeData());
    if (paths.isEmpty() || !importFiles(paths))
        return;
    event->acceptProposedAction();
}

} // namespace wb::ui
