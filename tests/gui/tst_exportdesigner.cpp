// SPDX-License-Identifier: GPL-3.0-or-later
// The export designer and the Exports page, driven as a user would: a real workspace with a
// sample taken in, the five steps filled in by mouse and keyboard, the live preview's exact
// text checked after each change and after undo, then saved, listed, run and removed.
#include "EmptyState.h"
#include "ExportDesigner.h"
#include "ExportListModel.h"
#include "ExportsPage.h"
#include "FileChoosers.h"
#include "FileDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "MessageWidget.h"
#include "ScheduleEditor.h"
#include "RawFileView.h"
#include "core/Workspace.h"
#include "designer/AvailableFieldsModel.h"
#include "designer/ChooseDataStep.h"
#include "designer/ChosenColumnsModel.h"
#include "designer/DefinitionEditor.h"
#include "designer/FileStep.h"
#include "designer/GeneralStep.h"
#include "designer/PreviewBuilder.h"
#include "designer/PreviewPane.h"
#include "designer/SummaryStep.h"
#include "designer/ValuesStep.h"
#include "export/ExportPreview.h"
#include "export/ExportStore.h"
#include "intake/Importer.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QUndoStack>
#include <QCheckBox>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace wb;
using namespace wb::ui;

namespace {

QString sample(const QString &name)
{
    return qEnvironmentVariable("WRITEBACK_TEST_DATA") + u"/writebacks/"_s + name;
}

const QString ExportName = u"card_opens_slate"_s;

// content_card_opens.csv with contact_id, first_name and liked (renamed "Liked it"), Y/N, ';'.
const QByteArray Chosen = "contact_id;first_name;Liked it\r\n"
                          "100234;Ren\xc3\xa9" "e;Y\r\n"
                          "100235;Jos\xc3\xa9;N\r\n"
                          "100236;Zo\xc3\xab;N\r\n";
// The same with "Liked it" moved up one place.
const QByteArray Reordered = "contact_id;Liked it;first_name\r\n"
                             "100234;Y;Ren\xc3\xa9" "e\r\n"
                             "100235;N;Jos\xc3\xa9\r\n"
                             "100236;N;Zo\xc3\xab\r\n";

// Matches "3 row(s)" as written, and "3 rows" once the English plural forms are translated.
QRegularExpression plural(QString text)
{
    text = QRegularExpression::escape(text);
    text.replace(u"\\(s\\)"_s, u"(s|\\(s\\))"_s);
    return QRegularExpression(text);
}

QString shown(const QByteArray &text)
{
    // QPlainTextEdit keeps lines, not their endings.
    return QString::fromUtf8(text).replace(u"\r\n"_s, u"\n"_s);
}

} // namespace

class TestExportDesigner : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    ExportsPage *m_page = nullptr;
    QString m_out;

    template<typename T>
    static T *child(QObject *parent, const QString &name)
    {
        T *found = parent->findChild<T *>(name);
        if (!found)
            qWarning() << "no" << name;
        return found;
    }

    static void click(QWidget *parent, const QString &button)
    {
        auto *b = child<QPushButton>(parent, button);
        QVERIFY(b);
        QVERIFY2(b->isVisible() && b->isEnabled(), qPrintable(button));
        QTest::mouseClick(b, Qt::LeftButton);
    }

    static QModelIndex rowOf(QAbstractItemModel *model, const QString &text, int column = 0)
    {
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, column).data().toString() == text)
                return model->index(r, column);
        }
        return {};
    }

    // As a mouse does it: a click, then the double-click (which QTest sends alone).
    static void doubleClick(QAbstractItemView *view, const QPoint &at)
    {
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
    }

    static QRect cellRect(QAbstractItemView *view, const QModelIndex &index)
    {
        view->scrollTo(index);
        return view->visualRect(index);
    }

    // The preview after the pending debounce, i.e. as it is now.
    static QByteArray previewText(ExportDesigner *d)
    {
        QSignalSpy spy(d, &ExportDesigner::previewUpdated);
        if (!spy.wait(5000))
            qWarning() << "the preview did not update";
        return d->previewPane()->preview().text;
    }

    ExportDesigner *openDesigner()
    {
        ExportDesigner *d = nullptr;
        [&] { QTRY_VERIFY((d = m_page->findChild<ExportDesigner *>()) && d->isVisible()); }();
        if (d)
            (void)QTest::qWaitForWindowExposed(d);
        return d && loaded(d) ? d : nullptr;
    }

    // What the definition is checked against (datasets, exports, the folder) is read on a
    // worker; until it is in, the designer says so instead of what is wrong.
    static bool loaded(ExportDesigner *d)
    {
        return QTest::qWaitFor([d] { return !d->editor()->isBusy(); }, 5000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir().mkpath(m_dir.filePath(u"ws"_s)));
        m_out = m_dir.filePath(u"out"_s);
        QVERIFY(QDir().mkpath(m_out));
        m_workspace = std::make_unique<Workspace>();
        QString error;
        QVERIFY2(m_workspace->open(m_dir.filePath(u"ws/ws.sqlite"_s), &error), qPrintable(error));
        {
            Importer importer(m_workspace->path());
            ImportRequest request;
            request.localPath = sample(u"content_card_opens.csv"_s);
            const ImportResult result = importer.importFile(request);
            QVERIFY2(result.state == ImportResult::State::Imported, qPrintable(result.error.toString(result.name)));
            QCOMPARE(result.inserted, 3);
        }
        m_window = std::make_unique<MainWindow>(*m_workspace);
        m_window->resize(1100, 700);
        m_window->setPage(MainWindow::Exports);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_page = m_window->exportsPage();
        QVERIFY(m_page && m_page->isVisible());
    }

    void cleanupTestCase()
    {
        m_window.reset();
        QThreadPool::globalInstance()->waitForDone();
    }

    void designPreviewUndoAndSave()
    {
        // Nothing yet: the page explains exports and offers the first step.
        QVERIFY(m_page->emptyState()->isVisible());
        QVERIFY(!m_page->view()->isVisible());
        click(m_page->emptyState(), u"emptyAction"_s);
        ExportDesigner *d = openDesigner();
        QVERIFY(d);
        QCOMPARE(d->step(), ExportDesigner::General);
        QCOMPARE(d->size(), QSize(1100, 700));
        QVERIFY(d->previewPane()->statusLabel()->text().contains(u"dataset"_s));
        auto *schedule = child<QPushButton>(d, u"scheduleButton"_s);
        QVERIFY(schedule->isEnabled()); // shown on the Summary step: save, then schedule
        QVERIFY(schedule->toolTip().contains(u"runs by itself"_s));

        // From the step list, Tab goes to the step's first field; Alt+M (its label's buddy) too.
        QLineEdit *name = d->generalStep()->nameEdit();
        d->stepList()->setFocus();
        QTest::keyClick(d->stepList(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), name);
        d->stepList()->setFocus();
        QTest::keyClick(d, Qt::Key_M, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), name);

        // Step 1: the name, which the file name follows, and the dataset.
        QTest::mouseClick(name, Qt::LeftButton);
        QTest::keyClicks(name, u"card opens"_s);
        QVERIFY(!child<QLabel>(d, u"nameProblem"_s)->isHidden()); // no spaces in export names
        QTest::keyClick(name, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(name, ExportName);
        QVERIFY(child<QLabel>(d, u"nameProblem"_s)->isHidden());
        QCOMPARE(d->definition().name, ExportName);
        QCOMPARE(d->definition().file.name, ExportName);
        QCOMPARE(d->fileStep()->fileNameEdit()->text(), ExportName);
        QComboBox *dataset = d->generalStep()->datasetCombo();
        QCOMPARE(dataset->count(), 1);
        QVERIFY(dataset->itemText(0).contains(u"3 row"_s));
        dataset->setFocus();
        QTest::keyClick(dataset, Qt::Key_Down);
        QCOMPARE(d->definition().dataset, u"fullmeasure.content_card_opens"_s);
        QVERIFY(child<QRadioButton>(d, u"increment_created"_s)->isChecked());
        QCOMPARE(child<QLabel>(d, u"incrementSentence_created"_s)->text(), u"Only rows taken in since the last run."_s);
        // Nothing marks this dataset's rows deleted.
        QVERIFY(!child<QRadioButton>(d, u"increment_deleted"_s)->isEnabled());
        QVERIFY(child<QRadioButton>(d, u"increment_deleted"_s)->toolTip().contains(u"no deleted records"_s));

        // Step 2: three columns, added three ways, and a header renamed in place.
        click(d, u"nextButton"_s);
        QCOMPARE(d->step(), ExportDesigner::ChooseData);
        QListView *available = d->chooseDataStep()->availableView();
        QTableView *columns = d->chooseDataStep()->columnsView();
        QCOMPARE(available->model()->rowCount(), 7);
        doubleClick(available, cellRect(available, rowOf(available->model(), u"contact_id"_s)).center());
        QCOMPARE(columns->model()->rowCount(), 1);
        QTest::mouseClick(available->viewport(), Qt::LeftButton, {},
                          cellRect(available, rowOf(available->model(), u"first_name"_s)).center());
        click(d, u"addColumnButton"_s);
        QTest::mouseClick(available->viewport(), Qt::LeftButton, {},
                          cellRect(available, rowOf(available->model(), u"liked"_s)).center());
        QTest::keyClick(available, Qt::Key_Return);
        QCOMPARE(available->model()->rowCount(), 4);
        QCOMPARE(columns->model()->rowCount(), 3);
        QCOMPARE(rowOf(columns->model(), u"liked"_s).row(), 2);

        // F2 on a selected row edits its header, wherever the row was clicked.
        QTest::mouseClick(columns->viewport(), Qt::LeftButton, {},
                          cellRect(columns, columns->model()->index(2, ChosenColumnsModel::Field)).center());
        QTest::keyClick(columns, Qt::Key_F2);
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor && columns->isAncestorOf(editor));
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(editor, u"Liked it"_s);
        QTest::keyClick(editor, Qt::Key_Return);
        // The delegate commits on its next event loop turn.
        QTRY_COMPARE(columns->model()->index(2, ChosenColumnsModel::Header).data().toString(), u"Liked it"_s);
        QCOMPARE(d->definition().columns.at(2).header, u"Liked it"_s);

        // Step 3: Y/N.
        click(d, u"nextButton"_s);
        QComboBox *booleans = d->valuesStep()->booleanCombo();
        booleans->setFocus();
        QTest::keyClick(booleans, Qt::Key_Down);
        QCOMPARE(booleans->currentText(), u"Y/N"_s);
        QVERIFY(child<QLabel>(d, u"booleanFields"_s)->text().contains(u"liked"_s));

        // Step 4: semicolons, and a folder chosen with Browse.
        click(d, u"nextButton"_s);
        QComboBox *separator = d->fileStep()->separatorCombo();
        separator->setFocus();
        QTest::keyClick(separator, Qt::Key_Down);
        QCOMPARE(d->definition().format.separator, ';');
        FileChoosers::setNextDirectory(m_out);
        click(d, u"folderBrowseButton"_s);
        QCOMPARE(QDir(d->definition().destination.path), QDir(m_out));
        const QString today = QDate::currentDate().toString(u"yyyyMMdd"_s);
        QVERIFY2(d->fileStep()->fileNameExample()->text().contains(ExportName + u'_' + today + u".csv"_s),
                 qPrintable(d->fileStep()->fileNameExample()->text()));

        // The preview is the exact file, in both tabs.
        PreviewPane *pane = d->previewPane();
        QCOMPARE(previewText(d), Chosen);
        QCOMPARE(pane->rawView()->editor()->toPlainText(), shown(Chosen));
        QVERIFY(plural(u"Next run: 3 row(s), all shown."_s).match(pane->statusLabel()->text()).hasMatch());
        QCOMPARE(pane->tableView()->model()->headerData(2, Qt::Horizontal).toString(), u"Liked it"_s);
        QCOMPARE(pane->tableView()->model()->index(1, 1).data().toString(), u"Jos\u00e9"_s);
        // Accents without a byte-order mark: Excel would garble them, and the preview says so.
        QVERIFY(pane->warnings()->isVisible());
        QVERIFY(pane->warnings()->text().contains(u"byte-order mark"_s));

        // Reordered from the keyboard's buttons, back on step 2.
        QTest::mouseClick(d->stepList()->viewport(), Qt::LeftButton, {},
                          d->stepList()->visualItemRect(d->stepList()->item(ExportDesigner::ChooseData)).center());
        QCOMPARE(d->step(), ExportDesigner::ChooseData);
        QTest::mouseClick(columns->viewport(), Qt::LeftButton, {},
                          cellRect(columns, columns->model()->index(2, ChosenColumnsModel::Field)).center());
        click(d, u"moveUpButton"_s);
        QCOMPARE(previewText(d), Reordered);
        QCOMPARE(pane->rawView()->editor()->toPlainText(), shown(Reordered));
        // The moved column stays selected, ready to move again.
        QCOMPARE(columns->selectionModel()->selectedRows().value(0).row(), 1);

        // Undo takes the move back, redo (Ctrl+Shift+Z) does it again, the Undo button undoes it.
        QVERIFY2(d->undoStack()->undoText().startsWith(u"Move 1 column"_s), qPrintable(d->undoStack()->undoText()));
        QTest::keyClick(d, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(previewText(d), Chosen);
        QTest::keyClick(d, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(previewText(d), Reordered);
        click(d, u"undoButton"_s);
        QCOMPARE(previewText(d), Chosen);
        QCOMPARE(pane->rawView()->editor()->toPlainText(), shown(Chosen));
        // Ctrl+Z in a text field is the designer's undo too, not the field's own.
        click(d, u"redoButton"_s);
        QCOMPARE(previewText(d), Reordered);
        d->setStep(ExportDesigner::File);
        QLineEdit *fileName = d->fileStep()->fileNameEdit();
        fileName->setFocus();
        QTest::keyClick(fileName, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(previewText(d), Chosen);
        QCOMPARE(fileName->text(), ExportName);

        // Typing is one undo step per field, not one per letter.
        QTest::keyClick(fileName, Qt::Key_End);
        QTest::keyClicks(fileName, u"_x"_s);
        QCOMPARE(d->definition().file.name, ExportName + u"_x"_s);
        QTest::keyClick(d, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(d->definition().file.name, ExportName);
        QCOMPARE(fileName->text(), ExportName);
        QCOMPARE(previewText(d), Chosen);

        // Step 5: the summary in sentences, nothing left to fix, saved.
        d->setStep(ExportDesigner::Summary);
        const QString summary = d->summaryStep()->summaryLabel()->text();
        QVERIFY2(summary.contains(u"Only rows taken in since the last run."_s), qPrintable(summary));
        QVERIFY(summary.contains(u"“Liked it”"_s));
        QVERIFY(summary.contains(u"semicolon"_s));
        QCOMPARE(d->summaryStep()->problemsMessage()->tone(), Icons::Tone::Positive);
        QVERIFY(d->problems().isEmpty());
        QSignalSpy saved(d, &ExportDesigner::saved);
        click(d, u"saveExportButton"_s);
        QTRY_COMPARE(saved.count(), 1); // stored on a worker
        QTRY_VERIFY(!m_page->findChild<ExportDesigner *>());

        const auto record = ExportStore(*m_workspace).find(ExportName);
        QVERIFY(record);
        QCOMPARE(record->definition.dataset, u"fullmeasure.content_card_opens"_s);
        QCOMPARE(record->definition.columns.size(), 3);
        QCOMPARE(record->definition.columns.at(2).header, u"Liked it"_s);
        QCOMPARE(record->definition.format.boolean, BooleanStyle::YesNo);
        QCOMPARE(record->definition.format.separator, ';');

        // The page lists it.
        QVERIFY(m_page->view()->isVisible());
        QCOMPARE(m_page->model()->rowCount(), 1);
        QCOMPARE(m_page->model()->index(0, ExportListModel::Name).data().toString(), ExportName);
        QCOMPARE(m_page->model()->index(0, ExportListModel::Rows).data().toString(), u"New rows"_s);
        QCOMPARE(m_page->model()->index(0, ExportListModel::LastRun).data().toString(), u"Never run"_s);
    }

    void runNowWritesTheFile()
    {
        QCOMPARE(m_page->model()->rowCount(), 1);
        QTest::mouseClick(m_page->view()->viewport(), Qt::LeftButton, {},
                          m_page->view()->visualRect(m_page->model()->index(0, 0)).center());
        QSignalSpy finished(m_page, &ExportsPage::runFinished);
        click(m_page, u"runExportButton"_s);
        // Under way until the UI thread hears back: progress and Cancel show, Run now waits.
        QVERIFY(child<QWidget>(m_page, u"exportProgressRow"_s)->isVisible());
        QVERIFY(child<QPushButton>(m_page, u"exportCancelButton"_s)->isVisible());
        QVERIFY(!child<QPushButton>(m_page, u"runExportButton"_s)->isEnabled());
        QVERIFY(!m_page->runExport(ExportName));
        QVERIFY(finished.count() == 1 || finished.wait(30000));
        const RunResult result = finished.first().first().value<RunResult>();
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.rows, 3);
        QVERIFY(result.fileName.startsWith(ExportName + u'_'));
        QFile written(QDir(m_out).filePath(result.fileName));
        QVERIFY2(written.open(QIODevice::ReadOnly), qPrintable(written.fileName()));
        QCOMPARE(written.readAll(), Chosen);

        MessageWidget *banner = m_page->message();
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->tone(), Icons::Tone::Positive);
        QVERIFY2(plural(u"sent 3 row(s) in "_s).match(banner->text()).hasMatch(), qPrintable(banner->text()));
        QVERIFY(banner->text().contains(result.fileName));
        QVERIFY(!child<QWidget>(m_page, u"exportProgressRow"_s)->isVisible());
        QCOMPARE(plural(u"3 row(s) sent"_s)
                     .match(m_page->model()->index(0, ExportListModel::LastRun).data().toString())
                     .capturedStart(),
                 0);

        // Again: nothing is new, no file, and the banner says so.
        finished.clear();
        click(m_page, u"runExportButton"_s);
        QVERIFY(finished.count() == 1 || finished.wait(30000));
        QVERIFY(finished.first().first().value<RunResult>().fileName.isEmpty());
        QVERIFY2(banner->text().contains(u"nothing new"_s), qPrintable(banner->text()));
        QCOMPARE(QDir(m_out).entryList(QDir::Files).size(), 1);
    }

    void editingLoadsTheExportAndShowsLatestRows()
    {
        doubleClick(m_page->view(), m_page->view()->visualRect(m_page->model()->index(0, 0)).center());
        ExportDesigner *d = openDesigner();
        QVERIFY(d);
        const auto saved = ExportStore(*m_workspace).find(ExportName);
        QVERIFY(saved);
        QCOMPARE(d->definition(), saved->definition);
        QVERIFY(!d->generalStep()->nameEdit()->isReadOnly()); // renaming keeps its history
        QVERIFY(d->windowTitle().contains(ExportName));
        QVERIFY(d->undoStack()->count() == 0);
        // Everything was sent: the preview shows the latest rows and says so (once built, off
        // the GUI thread).
        QTRY_VERIFY(!d->previewPane()->isUpdating());
        QVERIFY(!d->previewPane()->preview().pending);
        QVERIFY2(d->previewPane()->statusLabel()->text().startsWith(u"Nothing new for the next run"_s),
                 qPrintable(d->previewPane()->statusLabel()->text()));
        QCOMPARE(d->previewPane()->preview().rows.size(), 3);
        QVERIFY(d->problems().isEmpty());
        // Unchanged, it closes without asking.
        MessageBox::setNextAnswer(QMessageBox::NoButton);
        d->reject();
        QTRY_VERIFY(!m_page->findChild<ExportDesigner *>());
    }

    // The file step's manifest option, clicked on, is saved with the export; clicked off again,
    // it is gone from the stored definition.
    void manifestOptionIsSaved()
    {
        for (const bool on : {true, false}) {
            doubleClick(m_page->view(), m_page->view()->visualRect(m_page->model()->index(0, 0)).center());
            ExportDesigner *d = openDesigner();
            QVERIFY(d);
            d->setStep(ExportDesigner::File);
            QCheckBox *manifest = d->fileStep()->manifestCheck();
            QVERIFY(manifest);
            QVERIFY(manifest->isVisible());
            QCOMPARE(manifest->isChecked(), !on);
            QTest::mouseClick(manifest, Qt::LeftButton, {}, manifest->rect().center());
            QCOMPARE(manifest->isChecked(), on);
            QCOMPARE(d->definition().file.manifest, on);
            d->setStep(ExportDesigner::Summary);
            QSignalSpy saved(d, &ExportDesigner::saved);
            click(d, u"saveExportButton"_s);
            QTRY_COMPARE(saved.count(), 1); // stored on a worker
            QTRY_VERIFY(!m_page->findChild<ExportDesigner *>());
            const auto record = ExportStore(*m_workspace).find(ExportName);
            QVERIFY(record);
            QCOMPARE(record->definition.file.manifest, on);
            QCOMPARE(record->definition.toJson().contains("\"manifest\": true"), on);
        }
    }

    void newExportCannotTakeAnExistingName()
    {
        ExportDesigner *d = m_page->newExport();
        QVERIFY(d);
        QVERIFY(loaded(d));
        QTest::keyClicks(d->generalStep()->nameEdit(), ExportName.toUpper());
        auto *problem = child<QLabel>(d, u"nameProblem"_s);
        QVERIFY(!problem->isHidden());
        QVERIFY(problem->text().contains(ExportName));
        QVERIFY(d->problems().contains(problem->text()));
        d->setStep(ExportDesigner::Summary);
        QVERIFY(!child<QPushButton>(d, u"saveExportButton"_s)->isEnabled());
        // Edited, so closing asks first; cancelling the question keeps the designer open.
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        d->reject();
        QVERIFY(d->isVisible());
        MessageBox::setNextAnswer(QMessageBox::Discard);
        d->reject();
        QTRY_VERIFY(!m_page->findChild<ExportDesigner *>());
        QCOMPARE(ExportStore(*m_workspace).list().size(), 1);
    }

    void dragAndDropMovesAddsAndRemovesColumns()
    {
        ExportDesigner d(*m_workspace);
        QVERIFY(loaded(&d));
        ExportDefinition def;
        def.name = u"dnd"_s;
        def.dataset = u"fullmeasure.content_card_opens"_s;
        def.columns = {{u"contact_id"_s, u"contact_id"_s},
                       {u"first_name"_s, u"first_name"_s},
                       {u"liked"_s, u"liked"_s}};
        d.setDefinition(def, false);
        ChosenColumnsModel *columns = d.chooseDataStep()->columnsModel();
        AvailableFieldsModel *available = d.chooseDataStep()->availableModel();
        auto fields = [&] {
            QStringList out;
            for (const ExportColumn &c : d.definition().columns)
                out << c.field;
            return out;
        };
        QCOMPARE(fields(), (QStringList{u"contact_id"_s, u"first_name"_s, u"liked"_s}));

        // The first column dropped below the last.
        std::unique_ptr<QMimeData> rows(columns->mimeData({columns->index(0, 0), columns->index(0, 1)}));
        QVERIFY(columns->canDropMimeData(rows.get(), Qt::MoveAction, 3, 0, {}));
        QVERIFY(columns->dropMimeData(rows.get(), Qt::MoveAction, 3, 0, {}));
        QCOMPARE(fields(), (QStringList{u"first_name"_s, u"liked"_s, u"contact_id"_s}));

        // A field dragged in from the available list lands where it is dropped.
        const QModelIndex counts = rowOf(available, u"counts"_s);
        QVERIFY(counts.isValid());
        std::unique_ptr<QMimeData> field(available->mimeData({counts}));
        QVERIFY(columns->dropMimeData(field.get(), Qt::MoveAction, 1, 0, {}));
        QCOMPARE(fields(), (QStringList{u"first_name"_s, u"counts"_s, u"liked"_s, u"contact_id"_s}));
        QVERIFY(!rowOf(available, u"counts"_s).isValid());

        // A column dragged back to the available fields is removed.
        std::unique_ptr<QMimeData> back(columns->mimeData({columns->index(2, 0)}));
        QVERIFY(available->dropMimeData(back.get(), Qt::MoveAction, -1, -1, {}));
        QCOMPARE(fields(), (QStringList{u"first_name"_s, u"counts"_s, u"contact_id"_s}));
        QVERIFY(rowOf(available, u"liked"_s).isValid());

        // Each drop is one undo step.
        QCOMPARE(d.undoStack()->count(), 3);
        d.undoStack()->undo();
        d.undoStack()->undo();
        d.undoStack()->undo();
        QCOMPARE(fields(), (QStringList{u"contact_id"_s, u"first_name"_s, u"liked"_s}));
    }

    void definitionsGoOutAndComeBackAsJson()
    {
        QTest::mouseClick(m_page->view()->viewport(), Qt::LeftButton, {},
                          m_page->view()->visualRect(m_page->model()->index(0, 0)).center());
        const QString path = m_dir.filePath(u"definition.json"_s);
        FileChoosers::setNextSaveFileName(path);
        click(m_page, u"exportDefinitionButton"_s);
        QCOMPARE(m_page->message()->tone(), Icons::Tone::Positive);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QStringList problems;
        const auto read = ExportDefinition::fromJson(file.readAll(), &problems);
        QVERIFY2(read, qPrintable(problems.join(u'\n')));
        const auto saved = ExportStore(*m_workspace).find(ExportName);
        QVERIFY(saved);
        QCOMPARE(*read, saved->definition);

        // Imported, it opens in the designer, which sees that the name is taken.
        FileDialog::setNextFileName(path);
        click(m_page, u"importDefinitionButton"_s);
        ExportDesigner *d = openDesigner();
        QVERIFY(d);
        QCOMPARE(d->definition(), *read);
        QVERIFY(!d->generalStep()->nameEdit()->isReadOnly());
        QVERIFY(!child<QLabel>(d, u"nameProblem"_s)->isHidden());
        QTest::keyClicks(d->generalStep()->nameEdit(), u"_copy"_s);
        QVERIFY(d->problems().isEmpty());
        QVERIFY(d->save());
        QTRY_VERIFY(!m_page->findChild<ExportDesigner *>());
        QCOMPARE(m_page->model()->rowCount(), 2);

        // A broken file is refused with each of its problems listed.
        const QString broken = m_dir.filePath(u"broken.json"_s);
        QFile out(broken);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(R"({"name": "x y", "dataset": "d", "increment": "sometimes", "columns": []})");
        out.close();
        FileDialog::setNextFileName(broken);
        click(m_page, u"importDefinitionButton"_s);
        QVERIFY(!m_page->findChild<ExportDesigner *>());
        QCOMPARE(m_page->message()->tone(), Icons::Tone::Negative);
        const QString text = m_page->message()->text();
        QVERIFY2(text.startsWith(u"broken.json cannot be imported:"_s), qPrintable(text));
        QVERIFY(text.count(u'•') >= 2);
        QVERIFY(text.contains(u"sometimes"_s));
    }

    // The page's Schedule… opens the schedule editor on the selected export's job.
    void scheduleOpensTheEditorForTheExport()
    {
        m_page->selectExport(ExportName);
        click(m_page, u"scheduleExportButton"_s);
        ScheduleEditor *editor = m_page->findChild<ScheduleEditor *>();
        QVERIFY(editor);
        QCOMPARE(editor->job(), u"export:"_s + ExportName);
        editor->close();
    }

    // The preview is built off the GUI thread: an edit says "Updating…" at once and the rows
    // follow; of a burst of requests only the newest is shown; and previewing neither creates
    // nor writes the destination folder.
    void previewFollowsEditsWithoutTouchingTheDestination()
    {
        const QString missing = m_dir.filePath(u"not/yet/there"_s);
        const QString existing = m_dir.filePath(u"untouched"_s);
        QVERIFY(QDir().mkpath(existing));
        const QDateTime existingModified = QFileInfo(existing).lastModified();
        ExportDefinition def;
        def.name = u"preview_only"_s;
        def.dataset = u"fullmeasure.content_card_opens"_s;
        def.increment = Increment::Full;
        def.columns = {{u"contact_id"_s, u"contact_id"_s}, {u"liked"_s, u"liked"_s},
                       {u"last_viewed"_s, u"last_viewed"_s}};
        def.file.name = u"preview_only"_s;
        def.destination.path = missing;

        ExportDesigner d(*m_workspace);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QVERIFY(loaded(&d));
        PreviewPane *pane = d.previewPane();
        QSignalSpy updated(&d, &ExportDesigner::previewUpdated);
        d.setDefinition(def, false);
        QVERIFY(pane->isUpdating());
        QVERIFY(pane->updatingLabel()->isVisible());
        QVERIFY(updated.wait(5000));
        QVERIFY(!pane->isUpdating());
        QVERIFY(!pane->updatingLabel()->isVisible());
        const QByteArray first = pane->preview().text;
        QVERIFY2(first.startsWith("contact_id,liked,last_viewed"), first.constData());
        QCOMPARE(pane->preview().rows.size(), 3);

        // The separator, from the keyboard on step 4.
        d.setStep(ExportDesigner::File);
        QComboBox *separator = d.fileStep()->separatorCombo();
        separator->setFocus();
        updated.clear();
        QTest::keyClick(separator, Qt::Key_Down);
        QCOMPARE(d.definition().format.separator, ';');
        QVERIFY(pane->isUpdating());
        QVERIFY(updated.wait(5000));
        QVERIFY2(pane->preview().text.startsWith("contact_id;liked;last_viewed"), pane->preview().text.constData());

        // A date-time format typed character by character: one preview, of the last one.
        QTest::mouseClick(d.stepList()->viewport(), Qt::LeftButton, {},
                          d.stepList()->visualItemRect(d.stepList()->item(ExportDesigner::Values)).center());
        QLineEdit *dateTime = d.valuesStep()->dateTimeEdit();
        // The default keeps a fraction of a second, to the microsecond (Civitas), and the
        // example is written by the export's own formatter.
        auto *example = d.valuesStep()->findChild<QLabel *>(u"dateTimeExample"_s);
        QVERIFY(example);
        QCOMPARE(dateTime->text(), u"yyyy-MM-dd HH:mm:ss.FFFFFF"_s);
        QCOMPARE(example->text(), u"e.g. 2026-11-22 14:05:33.366848"_s);
        QTest::mouseClick(dateTime, Qt::LeftButton);
        dateTime->selectAll();
        updated.clear();
        QTest::keyClicks(dateTime, u"dd.MM.yyyy"_s);
        QCOMPARE(d.definition().format.dateTime, u"dd.MM.yyyy"_s);
        QVERIFY(updated.wait(5000));
        QTest::qWait(400); // any preview still to come would land now
        QCOMPARE(updated.size(), 1);
        QVERIFY(!pane->isUpdating());
        QCOMPARE(pane->preview().text, buildPreview(*m_workspace, d.definition(), 10).text);
        QVERIFY2(pane->preview().text.contains(";20.11.2026"), pane->preview().text.constData());
        QCOMPARE(example->text(), u"e.g. 22.11.2026"_s);

        // An existing folder typed in: previewing leaves it as it was.
        d.setStep(ExportDesigner::File);
        QLineEdit *folder = d.fileStep()->folderEdit();
        QTest::mouseClick(folder, Qt::LeftButton);
        folder->selectAll();
        updated.clear();
        QTest::keyClicks(folder, QDir::toNativeSeparators(existing));
        QCOMPARE(QDir(d.definition().destination.path), QDir(existing));
        QTRY_VERIFY(updated.size() > 0 && !pane->isUpdating());
        QVERIFY(!QFileInfo::exists(missing));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"not"_s)));
        QCOMPARE(QDir(existing).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
        QCOMPARE(QFileInfo(existing).lastModified(), existingModified);

        // A burst of requests straight to the builder: one result, the newest's.
        PreviewBuilder builder(m_workspace->path());
        QList<char> shown;
        connect(&builder, &PreviewBuilder::ready, this,
                [&](const ExportPreview &, const ExportDefinition &definition) { shown << definition.format.separator; });
        for (const char sep : {',', ';', '\t'}) {
            ExportDefinition next = def;
            next.format.separator = sep;
            builder.request(next);
        }
        QVERIFY(builder.isBusy());
        QTRY_VERIFY(!builder.isBusy());
        QTest::qWait(200);
        QCOMPARE(shown, QList<char>{'\t'});
        {
            // Closing with a preview under way waits for it and shows nothing.
            PreviewBuilder closing(m_workspace->path());
            connect(&closing, &PreviewBuilder::ready, this, [] { QFAIL("a preview after closing"); });
            closing.request(def);
        }
        QTest::qWait(100);
    }

    // Actito's profiles, one of them deleted since: "Deleted records" is offered, chosen with
    // the mouse, and the preview shows the deletion; another dataset cannot keep the choice.
    void deletedIncrementForDatasetsWithDeletions()
    {
        for (const char *file : {"actito/profiles_20261204.csv", "actito/deleted_profiles_20261205.csv"}) {
            Importer importer(m_workspace->path());
            ImportRequest request;
            request.localPath = sample(QString::fromLatin1(file));
            const ImportResult result = importer.importFile(request);
            QVERIFY2(result.state == ImportResult::State::Imported, qPrintable(result.error.toString(result.name)));
        }
        ExportDesigner d(*m_workspace);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QVERIFY(loaded(&d));
        QComboBox *dataset = d.generalStep()->datasetCombo();
        dataset->setFocus();
        for (int i = 0; i < dataset->count() && dataset->currentData().toString() != u"actito.profiles"_s; ++i)
            QTest::keyClick(dataset, Qt::Key_Down);
        QCOMPARE(d.definition().dataset, u"actito.profiles"_s);
        auto *deleted = child<QRadioButton>(&d, u"increment_deleted"_s);
        QVERIFY(deleted->isEnabled());
        QCOMPARE(deleted->text(), u"Dele&ted records"_s);
        QTest::mouseClick(deleted, Qt::LeftButton, {}, QPoint(8, deleted->height() / 2));
        QCOMPARE(d.definition().increment, Increment::Deleted);
        QCOMPARE(child<QLabel>(&d, u"incrementSentence_deleted"_s)->text(),
                 u"Only records a deleted-records export marked deleted since the last run, each once."_s);

        QSignalSpy updated(&d, &ExportDesigner::previewUpdated);
        ExportDefinition def = d.definition();
        def.name = u"profiles_gone"_s;
        def.columns = {{u"profile_id"_s, u"Profile"_s}, {u"deleted_at"_s, u"Deleted at"_s}};
        d.setDefinition(def, false);
        QVERIFY(updated.wait(5000));
        QCOMPARE(d.previewPane()->preview().pendingRows, 1);
        QCOMPARE(d.previewPane()->preview().rows,
                 QList<QStringList>{(QStringList{u"88121"_s, u"2026-12-04 15:00:02"_s})});

        // Pointed at a dataset without deletions, the choice stays in view with its problem.
        dataset->setFocus();
        for (int i = 0; i < dataset->count() && dataset->currentData().toString() != u"fullmeasure.content_card_opens"_s;
             ++i)
            QTest::keyClick(dataset, Qt::Key_Down);
        QCOMPARE(d.definition().dataset, u"fullmeasure.content_card_opens"_s);
        QVERIFY(deleted->isChecked() && deleted->isEnabled());
        QTRY_VERIFY(d.problems().join(u'\n').contains(u"has no deleted records"_s));
        QTest::mouseClick(child<QRadioButton>(&d, u"increment_full"_s), Qt::LeftButton, {}, QPoint(8, 8));
        QVERIFY(!deleted->isEnabled());
    }

    // "Add columns from": a CRM extract keyed by contact id, chosen from the keyboard; its
    // student id becomes a column, matched rows show it in the preview, the rest stay empty.
    void lookupAddsColumnsFromAnotherDataset()
    {
        const QString extract = m_dir.filePath(u"crm_students.csv"_s);
        {
            QFile f(extract);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("Contact ID,Student ID\n100234,S-0234\n100236,S-0236\n");
        }
        {
            ImportRequest request;
            request.localPath = extract;
            request.dataset = u"crm_students"_s;
            const ImportResult result = Importer(m_workspace->path()).importFile(request);
            QVERIFY2(result.state == ImportResult::State::Imported, qPrintable(result.error.toString(result.name)));
        }
        ExportDefinition def;
        def.name = u"with_students"_s;
        def.dataset = u"fullmeasure.content_card_opens"_s;
        def.increment = Increment::Full;
        def.columns = {{u"contact_id"_s, u"contact_id"_s}};
        def.format.crlf = false;
        def.file.name = def.name;
        def.destination.path = m_out;

        ExportDesigner d(*m_workspace);
        d.resize(1100, 700);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QVERIFY(loaded(&d));
        QSignalSpy updated(&d, &ExportDesigner::previewUpdated);
        d.setDefinition(def, false);
        QVERIFY(updated.wait(5000));
        d.setStep(ExportDesigner::ChooseData);
        auto *lookup = child<QComboBox>(&d, u"lookupDataset"_s);
        auto *theirs = child<QComboBox>(&d, u"lookupTheirField"_s);
        QVERIFY(lookup && theirs);
        QVERIFY(!theirs->isVisible());
        QCOMPARE(lookup->itemData(0).toString(), QString()); // no other dataset
        lookup->setFocus();
        while (lookup->currentData().toString() != u"crm_students"_s && lookup->currentIndex() < lookup->count() - 1)
            QTest::keyClick(lookup, Qt::Key_Down);
        QVERIFY(d.definition().lookup);
        QCOMPARE(d.definition().lookup->dataset, u"crm_students"_s);
        // Matched on the field both have.
        QCOMPARE(d.definition().lookup->fields, QStringList{u"contact_id"_s});
        QCOMPARE(d.definition().lookup->lookupFields, QStringList{u"contact_id"_s});
        QVERIFY(theirs->isVisible());
        QCOMPARE(theirs->currentData().toString(), u"contact_id"_s);

        QListView *available = d.chooseDataStep()->availableView();
        const QModelIndex student = rowOf(available->model(), u"lookup.student_id"_s);
        QVERIFY2(student.isValid(), "the extract's fields are not offered");
        updated.clear();
        doubleClick(available, cellRect(available, student).center());
        QCOMPARE(d.definition().columns.last().field, u"lookup.student_id"_s);
        QCOMPARE(d.definition().columns.last().header, u"student_id"_s);
        QVERIFY(updated.wait(5000));
        QCOMPARE(d.previewPane()->preview().text,
                 QByteArray("contact_id,student_id\n100234,S-0234\n100235,\n100236,S-0236\n"));

        // No other dataset again: the lookup and its column go, in one undoable step.
        QTest::keyClick(lookup, Qt::Key_Home);
        QVERIFY(!d.definition().lookup);
        QCOMPARE(d.definition().columns.size(), 1);
        QTest::keyClick(&d, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(d.definition().lookup);
        QCOMPARE(d.definition().columns.size(), 2);
    }

    void removeAsksFirst()
    {
        const int before = m_page->model()->rowCount();
        m_page->selectExport(ExportName);
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        click(m_page, u"removeExportButton"_s);
        QCOMPARE(m_page->model()->rowCount(), before);
        QVERIFY(MessageBox::lastQuestion().contains(ExportName));
        for (int i = 0; i < before; ++i) {
            MessageBox::setNextAnswer(QMessageBox::Yes);
            click(m_page, u"removeExportButton"_s);
            QTRY_COMPARE(m_page->model()->rowCount(), before - i - 1); // removed on a worker
        }
        QVERIFY(!ExportStore(*m_workspace).find(ExportName));
        QVERIFY(m_page->emptyState()->isVisible());
    }
};

QTEST_MAIN(TestExportDesigner)
#include "tst_exportdesigner.moc"
