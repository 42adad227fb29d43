// SPDX-License-Identifier: GPL-3.0-or-later
// The Data page: importing by drop and by the button, the datasets and their rows (a million of
// them), the files ledger with failures, fetching from a real sshd, and cancelling.
#include "SshdFixture.h"
#include "TestSupport.h"

#include "DataPage.h"
#include "DatasetListModel.h"
#include "DatasetTableModel.h"
#include "FetchTask.h"
#include "FilesModel.h"
#include "MainWindow.h"
#include "MessageWidget.h"
#include "Prompts.h"
#include "RawFileView.h"
#include "core/ConnectionStore.h"
#include "core/Workspace.h"
#include "jobs/JobHistory.h"
#include "sftp/SftpSession.h"
#include "store/DatasetStore.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace wb;
using namespace wb::test;
using namespace wb::ui;
using Key = SshdFixture::Key;

namespace {

QString sample(const QString &name)
{
    return qEnvironmentVariable("WRITEBACK_TEST_DATA") + u"/writebacks/"_s + name;
}

// A content card opens file with a short row on line 3.
const QByteArray Broken = "contact_id,first_name,last_name,mobile_phone_number,liked,last_viewed,counts\n"
                          "900001,Ana,Silva,+15550000001,t,2026-11-20 10:00:00,1\n"
                          "900002,Bo\n";

} // namespace

class TestDataPage : public QObject
{
    Q_OBJECT

    SshdFixture m_sshd;
    QTemporaryDir m_dir;
    int m_next = 0;

    struct Setup
    {
        std::unique_ptr<Workspace> workspace = std::make_unique<Workspace>();
        std::unique_ptr<MainWindow> window;
        DataPage *page = nullptr;
    };

    // A fresh workspace and a shown main window on its Data page.
    bool setUp(Setup &s)
    {
        // Each workspace in its own folder: known_hosts lives beside it.
        const QString folder = m_dir.filePath(u"ws%1"_s.arg(++m_next));
        QString error;
        if (!QDir().mkpath(folder) || !s.workspace->open(folder + u"/ws.sqlite"_s, &error)) {
            qWarning() << "cannot open workspace:" << error;
            return false;
        }
        s.window = std::make_unique<MainWindow>(*s.workspace);
        s.window->resize(1100, 720);
        s.window->setPage(MainWindow::Data);
        s.window->show();
        s.page = s.window->dataPage();
        return QTest::qWaitForWindowExposed(s.window.get()) && s.page && s.page->isVisible();
    }

    template<typename T>
    static T *child(QWidget *w, const QString &name)
    {
        T *found = w->findChild<T *>(name);
        if (!found)
            qWarning() << "no" << name;
        return found;
    }

    // Drags local files over the page and drops them, as a file manager would.
    static bool drop(QWidget *page, const QStringList &paths)
    {
        QMimeData mime;
        QList<QUrl> urls;
        for (const QString &p : paths)
            urls << QUrl::fromLocalFile(p);
        mime.setUrls(urls);
        const QPointF at(page->width() / 2.0, page->height() / 2.0);
        QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(page, &enter);
        if (!enter.isAccepted())
            return false;
        QDropEvent dropped(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(page, &dropped);
        return dropped.isAccepted();
    }

    static QList<ImportResult> waitForImport(DataPage *page, int timeoutMs = 60000)
    {
        QSignalSpy spy(page, &DataPage::importFinished);
        if (!spy.wait(timeoutMs)) {
            qWarning() << "the import did not finish";
            return {};
        }
        return spy.first().first().value<QList<ImportResult>>();
    }

    static void clickRow(QTableView *view, int row, int column = 0)
    {
        const QModelIndex index = view->model()->index(row, column);
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    }

    static int columnOf(QAbstractItemModel *model, const QString &header)
    {
        for (int c = 0; c < model->columnCount(); ++c)
            if (model->headerData(c, Qt::Horizontal).toString() == header)
                return c;
        return -1;
    }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(u"in%1/"_s.arg(++m_next) + name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        return writeAll(path, content) ? path : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        QVERIFY(m_sshd.start());
    }

    // Keychain calls must not outlive the application object they use.
    void cleanupTestCase() { QThreadPool::globalInstance()->waitForDone(); }

    void droppedFilesAreTakenInAndFailuresExplained()
    {
        Setup s;
        QVERIFY(setUp(s));
        QVERIFY(child<QWidget>(s.page, u"dataEmpty"_s)->isVisible());
        const QString broken = writeFile(u"content_card_opens_broken.csv"_s, Broken);
        QVERIFY(!broken.isEmpty());

        // Text is not a file: the page does not take it.
        QMimeData text;
        text.setText(u"hello"_s);
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(s.page, &enter);
        QVERIFY(!enter.isAccepted());

        QVERIFY(drop(s.page, {sample(u"content_card_opens.csv"_s), sample(u"Delivery_stats.csv"_s), broken}));
        QVERIFY(s.page->isBusy());
        QVERIFY(!child<QPushButton>(s.page, u"importButton"_s)->isEnabled());
        const QList<ImportResult> results = waitForImport(s.page);
        QCOMPARE(results.size(), 3);
        QVERIFY(!s.page->isBusy());
        QVERIFY(!child<QWidget>(s.page, u"progressRow"_s)->isVisible());

        // The datasets, with their row counts.
        DatasetListModel *datasets = s.page->datasetModel();
        QCOMPARE(datasets->rowCount(), 2);
        const int opens = datasets->rowOf(u"fullmeasure.content_card_opens"_s);
        const int stats = datasets->rowOf(u"fullmeasure.delivery_stats"_s);
        QVERIFY(opens >= 0 && stats >= 0);
        QCOMPARE(datasets->index(opens, DatasetListModel::Rows).data().toString(), u"3"_s);
        QCOMPARE(datasets->index(stats, DatasetListModel::Rows).data().toString(), u"3"_s);
        QCOMPARE(datasets->index(opens, DatasetListModel::Title).data().toString(), u"Content card opens"_s);
        QCOMPARE(datasets->index(opens, DatasetListModel::Vendor).data().toString(), u"Full Measure"_s);
        QVERIFY(s.page->datasetView()->isVisible());

        // The summary: two in, one failed with where and why.
        MessageWidget *message = s.page->message();
        QVERIFY(message->isVisible());
        // Plural forms come from the translations, which tests do not load.
        const QRegularExpression twoIn(u"2 file(s|\\(s\\)) taken in"_s);
        QVERIFY2(message->text().contains(twoIn), qPrintable(message->text()));
        QVERIFY2(message->text().contains(u"1 failed"_s), qPrintable(message->text()));

        // The ledger: the failed file stands out and says where (name:line:column) and why.
        FilesModel *files = s.page->filesModel();
        QCOMPARE(files->rowCount(), 3);
        const int failed = files->rowOf(u"content_card_opens_broken.csv"_s);
        const int good = files->rowOf(u"content_card_opens.csv"_s);
        QCOMPARE(files->index(failed, FilesModel::State).data().toString(), u"Failed"_s);
        const QString reason = files->index(failed, FilesModel::Name).data(Qt::ToolTipRole).toString();
        QVERIFY2(QRegularExpression(u"^content_card_opens_broken\\.csv:3:[1-9]\\d*: expected 7 fields.*found 2$"_s)
                     .match(reason)
                     .hasMatch(),
                 qPrintable(reason));
        QVERIFY2(message->text().contains(reason), qPrintable(message->text()));
        QVERIFY(files->index(failed, FilesModel::Name).data(Qt::BackgroundRole).isValid());
        QVERIFY(!files->index(good, FilesModel::Name).data(Qt::BackgroundRole).isValid());
        QCOMPARE(files->index(good, FilesModel::Read).data().toString(), u"3"_s);
        QCOMPARE(files->index(good, FilesModel::Source).data().toString(), u"this computer"_s);
        QVERIFY(s.page->tabs()->tabText(DataPage::FilesTab).contains(u"1 failed"_s));

        // Selecting it shows the reason and the file itself, highlighted as CSV, at the line.
        s.page->tabs()->setCurrentIndex(DataPage::FilesTab);
        clickRow(s.page->filesView(), failed, FilesModel::Name);
        auto *detail = child<MessageWidget>(s.page, u"fileReason"_s);
        QVERIFY(detail->isVisible());
        QCOMPARE(detail->text(), reason);
        RawFileView *raw = s.page->rawFileView();
        QCOMPARE(raw->editor()->toPlainText(), QString::fromUtf8(Broken));
        QVERIFY(raw->editor()->isReadOnly());
#if WRITEBACK_HAVE_SYNTAX_HIGHLIGHTING
        QCOMPARE(raw->syntaxName(), u"CSV"_s);
#else
        QCOMPARE(raw->syntaxName(), QString());
#endif
        QCOMPARE(raw->editor()->textCursor().blockNumber(), 2);
        QCOMPARE(raw->editor()->textCursor().selectedText(), u"900002,Bo"_s);
        clickRow(s.page->filesView(), good, FilesModel::Name);
        QVERIFY(!detail->isVisible());
        QVERIFY(raw->editor()->toPlainText().contains(u"Renée"_s));

        // The same file again, through the button: skipped.
        Prompts::setNextFileNames({sample(u"content_card_opens.csv"_s)});
        QTest::mouseClick(child<QPushButton>(s.page, u"importButton"_s), Qt::LeftButton);
        const QList<ImportResult> again = waitForImport(s.page);
        QCOMPARE(again.size(), 1);
        QCOMPARE(again.first().state, ImportResult::State::Skipped);
        QVERIFY2(message->text().contains(u"1 skipped"_s), qPrintable(message->text()));
        QCOMPARE(files->rowCount(), 3);
        QCOMPARE(datasets->index(opens, DatasetListModel::Rows).data().toString(), u"3"_s);
    }

    void unrecognisedFilesCanBeImportedAsANewDataset()
    {
        Setup s;
        QVERIFY(setUp(s));
        const QString mystery = writeFile(u"signups.csv"_s, "Event,Attendee\nOpen day,Renée\n");
        QVERIFY(drop(s.page, {mystery}));
        QList<ImportResult> results = waitForImport(s.page);
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().state, ImportResult::State::Failed);
        QVERIFY2(s.page->message()->text().contains(u"matches no known format"_s), qPrintable(s.page->message()->text()));
        QPushButton *again = s.page->message()->actionButton();
        QVERIFY(again->isVisible());

        // "new dataset…" is the last choice; naming it selects it.
        auto *importAs = child<QComboBox>(s.page, u"importAsCombo"_s);
        Prompts::setNextText(u"event_signups"_s);
        importAs->setFocus();
        QTest::keyClick(importAs, Qt::Key_End);
        QCOMPARE(importAs->currentData().toString(), u"event_signups"_s);
        QVERIFY(Prompts::lastTextLabel().contains(u"Name of the dataset"_s));

        QTest::mouseClick(again, Qt::LeftButton);
        results = waitForImport(s.page);
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().state, ImportResult::State::Imported);
        QCOMPARE(s.page->datasetModel()->rowCount(), 1);
        QCOMPARE(s.page->datasetModel()->datasetAt(0).name, u"event_signups"_s);
        QCOMPARE(s.page->datasetModel()->index(0, DatasetListModel::Vendor).data().toString(), u"(own)"_s);
        QCOMPARE(s.page->filesModel()->failedCount(), 0);
        // The combo keeps it for the next files.
        QVERIFY(importAs->findData(u"event_signups"_s) >= 0);
    }

    void selectingADatasetShowsItsRows()
    {
        Setup s;
        QVERIFY(setUp(s));
        Prompts::setNextFileNames({sample(u"Delivery_stats.csv"_s), sample(u"content_card_opens.csv"_s)});
        QTest::mouseClick(child<QPushButton>(s.page, u"importButton"_s), Qt::LeftButton);
        QCOMPARE(waitForImport(s.page).size(), 2);

        DatasetListModel *datasets = s.page->datasetModel();
        clickRow(s.page->datasetView(), datasets->rowOf(u"fullmeasure.content_card_opens"_s));
        QAbstractItemModel *rows = s.page->rowsView()->model();
        QCOMPARE(s.page->rowsModel()->datasetName(), u"fullmeasure.content_card_opens"_s);
        QCOMPARE(rows->rowCount(), 3);
        // The source's headers, then the bookkeeping, greyed.
        const QStringList headers = {u"contact_id"_s, u"first_name"_s, u"last_name"_s, u"mobile_phone_number"_s,
                                     u"liked"_s, u"last_viewed"_s, u"counts"_s, u"File"_s, u"Line"_s,
                                     u"Taken in"_s, u"Updated"_s};
        QCOMPARE(rows->columnCount(), headers.size());
        for (int c = 0; c < headers.size(); ++c)
            QCOMPARE(rows->headerData(c, Qt::Horizontal).toString(), headers[c]);
        QCOMPARE(rows->headerData(6, Qt::Horizontal, Qt::ToolTipRole).toString(), u"Field counts, integer"_s);
        QVERIFY(!rows->headerData(0, Qt::Horizontal, Qt::ForegroundRole).isValid());
        QCOMPARE(rows->headerData(7, Qt::Horizontal, Qt::ForegroundRole).value<QBrush>(),
                 s.page->palette().brush(QPalette::PlaceholderText));

        QCOMPARE(rows->index(0, 1).data().toString(), u"Renée"_s);
        QCOMPARE(rows->index(1, 2).data().toString(), u"García, Jr."_s);
        QCOMPARE(rows->index(0, 4).data().toString(), u"true"_s);
        QCOMPARE(rows->index(0, 6).data().toString(), u"3"_s);
        QCOMPARE(rows->index(2, 5).data().toString(), QString()); // NULL
        QCOMPARE(rows->index(0, 7).data().toString(), u"content_card_opens.csv"_s);
        QCOMPARE(rows->index(0, 8).data().toString(), u"2"_s);
        QCOMPARE(rows->index(0, 7).data(Qt::ForegroundRole).value<QBrush>(),
                 s.page->palette().brush(QPalette::PlaceholderText));
        // Shown, not just in the model.
        QVERIFY(s.page->rowsView()->visualRect(rows->index(0, 1)).isValid());

        // The other dataset by keyboard.
        s.page->datasetView()->setFocus();
        QTest::keyClick(s.page->datasetView(), datasets->rowOf(u"fullmeasure.delivery_stats"_s) == 0 ? Qt::Key_Up : Qt::Key_Down);
        QCOMPARE(s.page->rowsModel()->datasetName(), u"fullmeasure.delivery_stats"_s);
        QCOMPARE(rows->headerData(7, Qt::Horizontal).toString(), u"error messages"_s);
        QCOMPARE(rows->index(1, 7).data().toString(), u"Carrier rejected: number unreachable"_s);
    }

    // The header's menu says a text field holds several values: the values already taken in
    // are stored apart, and shown as the files write them.
    void aFieldIsMadeMultiValuedFromItsHeader()
    {
        Setup s;
        QVERIFY(setUp(s));
        QVERIFY(s.page->importFiles({sample(u"content_card_opens.csv"_s)}));
        QCOMPARE(waitForImport(s.page).size(), 1);
        clickRow(s.page->datasetView(), s.page->datasetModel()->rowOf(u"fullmeasure.content_card_opens"_s));
        DatasetTableModel *rows = s.page->rowsModel();
        const int lastName = columnOf(rows, u"last_name"_s);
        QVERIFY(lastName >= 0);
        DatasetListModel *datasets = s.page->datasetModel();
        const QString table = datasets->datasetAt(datasets->rowOf(u"fullmeasure.content_card_opens"_s)).table;
        QVERIFY(!table.isEmpty());
        auto stored = [&] {
            QSqlQuery q(s.workspace->database());
            if (!q.exec(u"SELECT last_name FROM \"%1\" WHERE last_name LIKE 'Garc%%'"_s.arg(table)) || !q.next())
                return QString();
            return q.value(0).toString();
        };
        QCOMPARE(stored(), u"García, Jr."_s);

        // Right-click the column's header, choose the comma.
        auto choose = [&](const QString &text) {
            QHeaderView *header = s.page->rowsView()->horizontalHeader();
            const QPoint at(header->sectionViewportPosition(lastName) + header->sectionSize(lastName) / 2,
                            header->height() / 2);
            // A right-click, as the window system reports it: the click, then its context menu
            // event (QTest's click alone reaches the widget without the window's translation).
            QTest::mouseClick(header->viewport(), Qt::RightButton, {}, at);
            QContextMenuEvent event(QContextMenuEvent::Mouse, at, header->viewport()->mapToGlobal(at));
            QApplication::sendEvent(header->viewport(), &event);
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu) {
                qWarning() << "no menu on the header";
                return false;
            }
            for (QAction *a : menu->actions())
                if (a->text() == text) {
                    // By keyboard, as the offscreen platform gives a popup no pointer grab.
                    for (int i = 0; menu->activeAction() != a && i < menu->actions().size(); ++i)
                        QTest::keyClick(menu, Qt::Key_Down);
                    QTest::keyClick(menu, Qt::Key_Return);
                    return menu->activeAction() == nullptr || !menu->isVisible();
                }
            qWarning() << "no" << text << "in" << menu->actions();
            return false;
        };
        QVERIFY(choose(u"Holds several values, separated by “,”"_s));
        QTRY_COMPARE(rows->fieldAt(lastName).multiValue, u","_s);
        QCOMPARE(stored(), QString(u"García"_s + QChar(0x1f) + u" Jr."_s));
        QCOMPARE(rows->index(1, lastName).data().toString(), u"García, Jr."_s);
        QVERIFY(rows->headerData(lastName, Qt::Horizontal, Qt::ToolTipRole).toString().contains(u"“,”"_s));
        QVERIFY(s.page->message()->text().contains(u"several values"_s));

        // A separator of one's own, asked for.
        Prompts::setNextText(u"||"_s);
        QVERIFY(choose(u"Holds several values, separated by…"_s));
        QTRY_COMPARE(rows->fieldAt(lastName).multiValue, u"||"_s);
        // The values taken in are read again as the files would have written them with it: this
        // one holds no "||", so it is one value again.
        QCOMPARE(stored(), u"García, Jr."_s);
        QCOMPARE(rows->index(1, lastName).data().toString(), u"García, Jr."_s);
        QVERIFY(rows->headerData(lastName, Qt::Horizontal, Qt::ToolTipRole).toString().contains(u"“||”"_s));

        // And back to one value, from a comma: the text as it came.
        QVERIFY(choose(u"Holds several values, separated by “,”"_s));
        QTRY_COMPARE(rows->fieldAt(lastName).multiValue, u","_s);
        QCOMPARE(stored(), QString(u"García"_s + QChar(0x1f) + u" Jr."_s));
        QVERIFY(choose(u"Holds one value"_s));
        QTRY_VERIFY(rows->fieldAt(lastName).multiValue.isEmpty());
        QCOMPARE(stored(), u"García, Jr."_s);
        // Not a change of the platform's data: nothing to export again.
        QCOMPARE(rows->rowCount(), 3);
    }

    void aMillionRowsArePagedNotLoaded()
    {
        Setup s;
        QVERIFY(setUp(s));
        QVERIFY(s.page->importFiles({sample(u"content_card_opens.csv"_s)}));
        QCOMPARE(waitForImport(s.page).size(), 1);

        // A million rows beside the three imported, then the three go so the count is round.
        const QString table = u"ds_fullmeasure__content_card_opens"_s;
        QSqlQuery q(s.workspace->database());
        QElapsedTimer generate;
        generate.start();
        QVERIFY2(q.exec(u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000) "
                         "INSERT INTO %1 (_file, _line, _created_file, contact_id, first_name, last_name, counts) "
                         "SELECT 1, i + 1, 1, 1000000 + i, 'Name ' || i, 'Family ' || i, i FROM n"_s.arg(table)),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.exec(u"DELETE FROM %1 WHERE first_name NOT LIKE 'Name %%'"_s.arg(table).replace(u"%%"_s, u"%"_s)));
        qInfo() << "generated in" << generate.elapsed() << "ms";
        s.page->reload();

        DatasetListModel *datasets = s.page->datasetModel();
        QCOMPARE(datasets->index(0, DatasetListModel::Rows).data().toString(), QLocale().toString(1000000));
        QElapsedTimer open;
        open.start();
        s.page->datasetView()->clearSelection();
        clickRow(s.page->datasetView(), 0);
        QCoreApplication::processEvents();
        const qint64 openMs = open.elapsed();
        DatasetTableModel *model = s.page->rowsModel();
        QTableView *view = s.page->rowsView();
        QCOMPARE(model->rowCount(), 1000000);
        QCOMPARE(view->model()->index(0, 1).data().toString(), u"Name 1"_s);

        QElapsedTimer scroll;
        scroll.start();
        view->scrollToBottom();
        QCoreApplication::processEvents();
        const qint64 scrollMs = scroll.elapsed();
        qInfo() << "opened in" << openMs << "ms, scrolled to the end in" << scrollMs << "ms;" << model->pageLoads()
                << "pages read";
        const int lastVisible = view->rowAt(view->viewport()->height() - 2);
        QCOMPARE(lastVisible, 999999);
        QCOMPARE(view->model()->index(999999, 1).data().toString(), u"Name 1000000"_s);
        QVERIFY(view->visualRect(view->model()->index(999999, 1)).isValid());
        QCOMPARE(view->model()->headerData(999999, Qt::Vertical).toInt(), 1000000);
        // A screenful at the top and one at the end: a few pages, never the table.
        QVERIFY2(model->cachedPageCount() <= DatasetTableModel::MaxPages, qPrintable(QString::number(model->cachedPageCount())));
        QVERIFY2(model->pageLoads() <= 6, qPrintable(QString::number(model->pageLoads())));
        QVERIFY2(openMs < 3000 && scrollMs < 1000, "the table must stay responsive");

        // Paging up and down through the middle keeps the cache bounded.
        view->scrollTo(view->model()->index(500000, 0), QAbstractItemView::PositionAtTop);
        for (int i = 0; i < 40; ++i)
            QTest::keyClick(view, Qt::Key_PageDown);
        QCoreApplication::processEvents();
        QVERIFY(model->cachedPageCount() <= DatasetTableModel::MaxPages);
        const int top = view->rowAt(0);
        QCOMPARE(view->model()->index(top, 1).data().toString(), u"Name %1"_s.arg(top + 1));

        // With gaps in _row (rows removed) the pages come from an index of anchors.
        QVERIFY(q.exec(u"DELETE FROM %1 WHERE _row %% 3 = 0"_s.arg(table).replace(u"%%"_s, u"%"_s)));
        QElapsedTimer sparse;
        sparse.start();
        s.page->reload();
        QCoreApplication::processEvents();
        qInfo() << "reopened with gaps in" << sparse.elapsed() << "ms";
        QVERIFY(sparse.elapsed() < 5000);
        QCOMPARE(model->rowCount(), 666667);
        for (int row : {0, 255, 256, 300000, 666666}) {
            QVERIFY(q.exec(u"SELECT first_name FROM %1 ORDER BY _row LIMIT 1 OFFSET %2"_s.arg(table).arg(row)) && q.next());
            QCOMPARE(model->index(row, 1).data().toString(), q.value(0).toString());
        }
        QVERIFY(model->cachedPageCount() <= DatasetTableModel::MaxPages);
    }

    void fetchTakesInAConnectionsFiles()
    {
        Setup s;
        QVERIFY(setUp(s));
        Connection c = m_sshd.connection(Key::Ed25519, u"fixture"_s);
        QString error;
        QVERIFY2(ConnectionStore(*s.workspace).save(c, &error), qPrintable(error));
        SshError trustError;
        QVERIFY2(trustHostKey(c, s.workspace->knownHostsPath(), m_sshd.hostKeyFingerprint(), &trustError),
                 qPrintable(trustError.detailed()));
        const QString incoming = m_sshd.root() + u"/incoming/"_s;
        for (const QString &name : {u"email_clicks_20261122.csv"_s, u"mailing_activity.csv"_s}) {
            QFile::remove(incoming + name);
            QVERIFY(QFile::copy(sample(name), incoming + name));
        }

        // The page picks up the connection when it shows again.
        s.window->setPage(MainWindow::Connections);
        s.window->setPage(MainWindow::Data);
        auto *combo = child<QComboBox>(s.page, u"connectionCombo"_s);
        QCOMPARE(combo->currentText(), u"fixture"_s);
        auto *fetch = child<QPushButton>(s.page, u"fetchButton"_s);
        QVERIFY(fetch->isEnabled());

        auto *task = s.page->findChild<FetchTask *>();
        QVERIFY(task);
        auto *label = child<QLabel>(s.page, u"progressLabel"_s);
        QStringList shown;
        connect(task, &FetchTask::progress, label, [&] { shown << label->text(); });
        QSignalSpy finished(s.page, &DataPage::fetchFinished);
        QTest::mouseClick(fetch, Qt::LeftButton);
        QVERIFY(child<QWidget>(s.page, u"progressRow"_s)->isVisible());
        QVERIFY(child<QPushButton>(s.page, u"cancelButton"_s)->isEnabled());
        QVERIFY(!fetch->isEnabled());
        QVERIFY(finished.wait(60000));
        const auto report = finished.first().first().value<FetchReport>();
        QVERIFY2(report.ok(), qPrintable(report.error.detailed() + s.page->message()->text()));
        QVERIFY(!child<QWidget>(s.page, u"progressRow"_s)->isVisible());
        QVERIFY(fetch->isEnabled());
        // A fetch by hand is a run like a scheduled one: in the history, with what it took in.
        const QList<JobRun> history = JobHistory(*s.workspace).runs();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().kind, u"fetch"_s);
        QCOMPARE(history.first().state, u"completed"_s);
        QCOMPARE(history.first().trigger, u"manual"_s);
        const QRegularExpression progressText(u"^File [12] of \\d+: (email_clicks_20261122|mailing_activity)\\.csv — \\d+%$"_s);
        QVERIFY2(std::any_of(shown.begin(), shown.end(), [&](const QString &t) { return progressText.match(t).hasMatch(); }),
                 qPrintable(shown.join(u" | "_s)));

        FilesModel *files = s.page->filesModel();
        for (const QString &name : {u"email_clicks_20261122.csv"_s, u"mailing_activity.csv"_s}) {
            const int row = files->rowOf(name);
            QVERIFY2(row >= 0, qPrintable(name));
            QCOMPARE(files->index(row, FilesModel::Source).data().toString(), u"fixture"_s);
            QCOMPARE(files->index(row, FilesModel::State).data().toString(), u"Taken in"_s);
        }
        QVERIFY2(s.page->message()->text().startsWith(u"fixture: 2 file"_s), qPrintable(s.page->message()->text()));
        QVERIFY2(s.page->message()->text().contains(QRegularExpression(u"2 file(s|\\(s\\)) taken in"_s)),
                 qPrintable(s.page->message()->text()));
        QVERIFY(s.page->datasetModel()->rowCount() >= 2);

        // A fetched file lives on the server: the raw view says so.
        s.page->tabs()->setCurrentIndex(DataPage::FilesTab);
        clickRow(s.page->filesView(), files->rowOf(u"mailing_activity.csv"_s), FilesModel::Name);
        QVERIFY(s.page->rawFileView()->editor()->toPlainText().isEmpty());
        QVERIFY2(s.page->rawFileView()->editor()->placeholderText().contains(u"server"_s),
                 qPrintable(s.page->rawFileView()->editor()->placeholderText()));

        // Again: nothing new.
        finished.clear();
        QTest::mouseClick(fetch, Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        QVERIFY2(s.page->message()->text().contains(u"skipped"_s), qPrintable(s.page->message()->text()));
    }

    void fetchAsksForAPassphraseItCannotFind()
    {
        Setup s;
        QVERIFY(setUp(s));
        qunsetenv("WRITEBACK_KEY_PASSPHRASE");
        Connection c = m_sshd.connection(Key::Ed25519Passphrase, u"locked"_s);
        QString error;
        QVERIFY2(ConnectionStore(*s.workspace).save(c, &error), qPrintable(error));
        SshError trustError;
        QVERIFY(trustHostKey(c, s.workspace->knownHostsPath(), m_sshd.hostKeyFingerprint(), &trustError));
        s.window->setPage(MainWindow::Connections);
        s.window->setPage(MainWindow::Data);
        auto *fetch = child<QPushButton>(s.page, u"fetchButton"_s);

        // Declined: nothing runs.
        Prompts::setNextText({}, false);
        QTest::mouseClick(fetch, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!s.page->isBusy(), 30000);
        QVERIFY2(Prompts::lastTextLabel().contains(u"passphrase"_s), qPrintable(Prompts::lastTextLabel()));
        QVERIFY2(s.page->message()->text().contains(u"passphrase was not given"_s), qPrintable(s.page->message()->text()));

        // Given: the key opens and the fetch runs.
        Prompts::setNextText(SshdFixture::passphrase());
        QSignalSpy finished(s.page, &DataPage::fetchFinished);
        QTest::mouseClick(fetch, Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        const auto report = finished.first().first().value<FetchReport>();
        QVERIFY2(!report.error.isError(), qPrintable(report.error.detailed()));
        QVERIFY(report.listed > 0);
    }

    void cancellingALongImportLeavesNoRows()
    {
        Setup s;
        QVERIFY(setUp(s));
        QByteArray content = "contact_id,first_name,last_name,mobile_phone_number,liked,last_viewed,counts\n";
        content.reserve(300000 * 60);
        for (int i = 0; i < 300000; ++i)
            content += "C" + QByteArray::number(i) + ",First" + QByteArray::number(i) + ",Last,+1555"
                       + QByteArray::number(1000000 + i) + ",t,2026-11-20 14:05:33," + QByteArray::number(i % 50) + "\n";
        const QString path = writeFile(u"content_card_opens_big.csv"_s, content);
        QVERIFY(!path.isEmpty());

        QSignalSpy finished(s.page, &DataPage::importFinished);
        QVERIFY(s.page->importFiles({path}));
        auto *bar = child<QProgressBar>(s.page, u"progressBar"_s);
        QTRY_VERIFY_WITH_TIMEOUT(bar->value() > 0 || !finished.isEmpty(), 60000);
        QVERIFY2(finished.isEmpty(), "the import ended before it could be cancelled");
        QVERIFY2(child<QLabel>(s.page, u"progressLabel"_s)->text().contains(u"content_card_opens_big.csv"_s),
                 qPrintable(child<QLabel>(s.page, u"progressLabel"_s)->text()));
        QTest::mouseClick(child<QPushButton>(s.page, u"cancelButton"_s), Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        const auto results = finished.first().first().value<QList<ImportResult>>();
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().state, ImportResult::State::Cancelled);
        QVERIFY2(s.page->message()->text().contains(u"cancelled"_s, Qt::CaseInsensitive), qPrintable(s.page->message()->text()));

        const auto dataset = DatasetStore(*s.workspace).dataset(u"fullmeasure.content_card_opens"_s);
        QVERIFY(!dataset || dataset->rows == 0);
        QCOMPARE(DatasetStore(*s.workspace).files().size(), 0);
        QCOMPARE(s.page->datasetModel()->rowCount(), dataset ? 1 : 0);
    }
};

QTEST_MAIN(TestDataPage)
#include "tst_datapage.moc"
