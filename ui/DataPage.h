// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "intake/Fetcher.h"
#include "intake/Importer.h"
#include "store/DatasetStore.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace wb {
class Workspace;
}

namespace wb::ui {

class DatasetListModel;
class DatasetTableModel;
class EmptyState;
class FetchTask;
class FilesModel;
class FilesPanel;
class ImportTask;
class MessageWidget;
class RawFileView;

// What has been taken in: the datasets and their rows, and the ledger of files with the
// failed ones and why. Files come in by "Import files…", by dropping them on the page, or by
// fetching a connection; all of it runs off the UI thread and can be cancelled.
class DataPage : public QWidget
{
    Q_OBJECT

public:
    enum Tab { DatasetsTab, FilesTab };

    explicit DataPage(Workspace &workspace, QWidget *parent = nullptr);
    ~DataPage() override;

    // Starts taking in local files (as the "Import as" choice says); false when busy.
    bool importFiles(const QStringList &paths);
    // Starts fetching the connection chosen in the combo; false when busy or there is none.
    bool fetchSelected();
    void reload();
    bool isBusy() const;
    void selectDataset(const QString &name);
    void selectFile(const QString &name);

    DatasetListModel *datasetModel() const { return m_datasets; }
    DatasetTableModel *rowsModel() const { return m_rows; }
    FilesModel *filesModel() const { return m_files; }
    QTableView *datasetView() const { return m_datasetView; }
    QTableView *rowsView() const { return m_rowsView; }
    QTableView *filesView() const;
    QTabWidget *tabs() const { return m_tabs; }
    RawFileView *rawFileView() const;
    MessageWidget *message() const { return m_message; }

Q_SIGNALS:
    void importFinished(const QList<wb::ImportResult> &results);
    void fetchFinished(const wb::FetchReport &report);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createDatasetsTab();
    void reloadImportAs();
    void reloadConnections();
    void importAsChosen(int index);
    void chooseFiles();
    void showDataset();
    // The dataset column header's menu: whether a text field holds several values.
    void showFieldMenu(const QPoint &pos);
    void setMultiValue(const QString &dataset, const QString &field, const QString &separator);
    void setBusy(const QString &text);
    void showProgress(const QString &text, int percent);
    void done();
    void afterImport(const QList<ImportResult> &results);
    void afterFetch(const FetchReport &report);
    void reportResults(const QList<ImportResult> &results, const QString &lead);
    void reimportFailed();
    // "Make a rule for files like this one…", then the offer to fetch again.
    void makeRule(const FileRecord &file);
    void afterRuleSaved(const QString &connection, const QString &file);
    // Opens the preview for each file, then takes them in as it says; false when cancelled.
    bool previewAndImport(const QStringList &paths, const QString &dataset);
    void startImport(const QList<ImportRequest> &requests);
    void updateState();

    Workspace &m_workspace;
    DatasetListModel *m_datasets;
    DatasetTableModel *m_rows;
    FilesModel *m_files;
    ImportTask *m_importTask;
    FetchTask *m_fetchTask;

    QPushButton *m_import;
    QComboBox *m_importAs;
    QComboBox *m_connection;
    QPushButton *m_fetch;
    QWidget *m_progressRow;
    QLabel *m_progressLabel;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    MessageWidget *m_message;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QTabWidget *m_tabs;
    QTableView *m_datasetView;
    QTableView *m_rowsView;
    QLabel *m_rowsTitle;
    FilesPanel *m_filesPanel;
    QPushButton *m_previewImport; // in the message, beside "Import again"

    QStringList m_importing;   // the files of the import under way, in order
    QStringList m_failedPaths; // local files that failed, to take in again as another format
    QStringList m_unknownPaths; // of those, the ones whose format was unknown or ambiguous
    QString m_newDataset;       // named by "new dataset…" and not taken in yet
};

} // namespace wb::ui
