// SPDX-License-Identifier: GPL-3.0-or-later
// The main window: sidebar pages, the Connections page and its confirmations.
#include "ConnectionEditor.h"
#include "ConnectionTableModel.h"
#include "ConnectionsPage.h"
#include "EmptyState.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "WorkspaceSettingsDialog.h"
#include "core/Retention.h"
#include "core/ConnectionStore.h"
#include "core/Workspace.h"

#include <QLabel>
#include <QListWidget>
#include <QAction>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wb;
using namespace wb::ui;

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_next = 0;

    // A fresh workspace holding `names`.
    std::unique_ptr<Workspace> workspace(const QStringList &names)
    {
        auto ws = std::make_unique<Workspace>();
        QString error;
        if (!ws->open(m_dir.filePath(u"ws%1.sqlite"_s.arg(++m_next)), &error))
            qFatal("cannot open workspace: %s", qPrintable(error));
        for (const QString &name : names) {
            Connection c;
            c.name = name;
            c.host = name + u".example"_s;
            c.user = u"admin"_s;
            c.port = 2222;
            c.keyFile = u"/keys/"_s + name;
            c.readPath = u"incoming"_s;
            if (!ConnectionStore(*ws).save(c, &error))
                qFatal("cannot save: %s", qPrintable(error));
        }
        return ws;
    }

    static void clickSidebar(MainWindow &w, int row)
    {
        auto *sidebar = w.findChild<QListWidget *>(u"sidebar"_s);
        QVERIFY(sidebar);
        const QRect r = sidebar->visualItemRect(sidebar->item(row));
        QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {}, r.center());
    }

    static QWidget *currentPage(MainWindow &w)
    {
        return w.findChild<QStackedWidget *>(u"pages"_s)->currentWidget();
    }

private Q_SLOTS:
    // Keychain calls must not outlive the application object they use.
    void cleanupTestCase() { QThreadPool::globalInstance()->waitForDone(); }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QSettings().clear();
    }

    void sidebarSwitchesPagesAndIsRemembered()
    {
        auto ws = workspace({});
        {
            MainWindow w(*ws);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QCOMPARE(currentPage(w)->objectName(), u"ConnectionsPage"_s);
            const QStringList expected = {u"ConnectionsPage"_s, u"DataPage"_s, u"ExportsPage"_s, u"RunsPage"_s};
            for (int row : {1, 2, 3, 0, 2}) {
                clickSidebar(w, row);
                QCOMPARE(currentPage(w)->objectName(), expected[row]);
                QCOMPARE(int(w.page()), row);
            }
            // The empty pages say what will appear there.
            QVERIFY(!currentPage(w)->findChild<QLabel *>(u"emptyText"_s)->text().isEmpty());
            QVERIFY(w.statusBar()->findChild<QLabel *>(u"workspacePath"_s)->text().contains(u"ws"_s));
            w.close();
        }
        MainWindow again(*ws);
        QCOMPARE(again.page(), MainWindow::Exports);
    }

    // File > Workspace Settings: the days kept files stay, saved in the workspace.
    void workspaceSettingsKeepTheRetention()
    {
        auto ws = workspace({});
        MainWindow w(*ws);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(Retention::days(*ws), Retention::DefaultDays);
        auto *action = w.findChild<QAction *>(u"actionWorkspaceSettings"_s);
        QVERIFY(action);
        action->trigger();
        auto *dialog = w.findChild<WorkspaceSettingsDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QSpinBox *spin = dialog->retentionSpin();
        QCOMPARE(spin->value(), 90);
        QCOMPARE(spin->minimum(), 1);
        spin->selectAll();
        QTest::keyClicks(spin, u"30"_s);
        QCOMPARE(spin->value(), 30);
        auto *save = dialog->findChild<QPushButton *>(u"saveSettingsButton"_s);
        QVERIFY(save);
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY(!w.findChild<WorkspaceSettingsDialog *>());
        QCOMPARE(Retention::days(*ws), 30);
        // Shown again with the saved value.
        w.showWorkspaceSettings();
        dialog = w.findChild<WorkspaceSettingsDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->retentionSpin()->value(), 30);
        dialog->reject();
    }

    void connectionsPageListsTheWorkspace()
    {
        auto ws = workspace({u"deployteq"_s, u"fullmeasure"_s});
        MainWindow w(*ws);
        w.setPage(MainWindow::Connections);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *table = w.findChild<QTableView *>(u"connectionsTable"_s);
        QVERIFY(table->isVisible());
        QCOMPARE(table->model()->rowCount(), 2);
        QCOMPARE(table->model()->columnCount(), int(ConnectionTableModel::ColumnCount));
        QCOMPARE(table->model()->index(0, ConnectionTableModel::Name).data().toString(), u"deployteq"_s);
        QCOMPARE(table->model()->index(1, ConnectionTableModel::Endpoint).data().toString(),
                 u"admin@fullmeasure.example:2222"_s);
        QCOMPARE(table->model()->index(1, ConnectionTableModel::ReadPath).data().toString(), u"incoming"_s);
        QCOMPARE(table->model()->headerData(ConnectionTableModel::WritePath, Qt::Horizontal).toString(), u"Write path"_s);
        QVERIFY(!w.findChild<EmptyState *>(u"connectionsEmpty"_s)->isVisible());

        // Double-clicking a row opens the editor on that connection.
        const QRect cell = table->visualRect(table->model()->index(1, 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        ConnectionEditor *editor = nullptr;
        QTRY_VERIFY((editor = w.findChild<ConnectionEditor *>()) && editor->isVisible());
        QCOMPARE(editor->connection().name, u"fullmeasure"_s);
        QCOMPARE(editor->connection().port, 2222);
        editor->reject();
    }

    void removeAsksFirst()
    {
        auto ws = workspace({u"alpha"_s, u"beta"_s});
        MainWindow w(*ws);
        w.setPage(MainWindow::Connections);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *table = w.findChild<QTableView *>(u"connectionsTable"_s);
        auto *remove = w.findChild<QPushButton *>(u"removeButton"_s);
        table->selectRow(1);

        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY2(MessageBox::lastQuestion().contains(u"beta"_s), qPrintable(MessageBox::lastQuestion()));
        QCOMPARE(table->model()->rowCount(), 2);
        QCOMPARE(ConnectionStore(*ws).list().size(), 2);

        table->selectRow(1);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(remove, Qt::LeftButton);
        QTRY_COMPARE(table->model()->rowCount(), 1); // removed on a worker
        QVERIFY(!ConnectionStore(*ws).find(u"beta"_s));
        QVERIFY(ConnectionStore(*ws).find(u"alpha"_s));

        // Removing the last one brings back the call to action.
        table->selectRow(0);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(remove, Qt::LeftButton);
        QTRY_COMPARE(table->model()->rowCount(), 0);
        auto *empty = w.findChild<EmptyState *>(u"connectionsEmpty"_s);
        QVERIFY(empty->isVisible());
        QVERIFY(!remove->isEnabled());
        QTest::mouseClick(empty->actionButton(), Qt::LeftButton);
        ConnectionEditor *editor = nullptr;
        QTRY_VERIFY((editor = w.findChild<ConnectionEditor *>()) && editor->isVisible());
        QVERIFY(editor->connection().name.isEmpty());
        editor->reject();
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
