// SPDX-License-Identifier: GPL-3.0-or-later
// Intake rules in the GUI: edited on the connection (add, edit, reorder, remove, by clicks and
// keys, saved with the connection), and made from a failed file on the Data page, fetched
// again from a real sshd on 127.0.0.1.
#include "SshdFixture.h"
#include "TestSupport.h"

#include "ConnectionEditor.h"
#include "DataPage.h"
#include "FilesModel.h"
#include "IntakeRuleDialog.h"
#include "IntakeRuleList.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "MessageWidget.h"
#include "Prompts.h"
#include "core/ConnectionStore.h"
#include "core/IntakeRule.h"
#include "core/Workspace.h"
#include "sftp/SftpSession.h"
#include "store/DatasetStore.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabBar>
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

// Actito's sent, openings and unsubscribes exports have these columns alike; every day is 12
// or less, so the date order cannot be told either (tests/data/writebacks/dayfirst).
QByteArray neutralExport()
{
    return readAll(qEnvironmentVariable("WRITEBACK_TEST_DATA") + u"/writebacks/dayfirst/export.csv"_s);
}

} // namespace

class TestRuleEditor : public QObject
{
    Q_OBJECT

    SshdFixture m_sshd;
    QTemporaryDir m_dir;
    int m_next = 0;

    struct Setup
    {
        std::unique_ptr<Workspace> workspace = std::make_unique<Workspace>();
        Connection connection;
    };

    // A fresh workspace (in a folder of its own: known_hosts lives beside it) with a saved,
    // trusted connection to the fixture, whose read path holds only `files`.
    bool setUp(Setup &s, const QString &name, const QMap<QString, QByteArray> &files = {})
    {
        const QString folder = m_dir.filePath(u"ws%1"_s.arg(++m_next));
        QString error;
        if (!QDir().mkpath(folder) || !s.workspace->open(folder + u"/ws.sqlite"_s, &error)) {
            qWarning() << "cannot open workspace:" << error;
            return false;
        }
        s.connection = m_sshd.connection(Key::Ed25519, name);
        SshError trustError;
        if (!ConnectionStore(*s.workspace).save(s.connection, &error)
            || !trustHostKey(s.connection, s.workspace->knownHostsPath(), m_sshd.hostKeyFingerprint(), &trustError)) {
            qWarning() << error << trustError.detailed();
            return false;
        }
        QDir incoming(m_sshd.root() + u"/incoming"_s);
        for (const QString &old : incoming.entryList(QDir::Files))
            incoming.remove(old);
        for (auto it = files.begin(); it != files.end(); ++it)
            if (!writeAll(incoming.filePath(it.key()), it.value()))
                return false;
        return true;
    }

    static QStringList patterns(Workspace &ws, qint64 connection)
    {
        QStringList out;
        for (const IntakeRule &r : IntakeRuleStore(ws).list(connection))
            out << r.pattern;
        return out;
    }

    // The rule editor that is open now (each closes and goes when done).
    static IntakeRuleDialog *openDialog(QWidget *root)
    {
        IntakeRuleDialog *found = nullptr;
        (void)QTest::qWaitFor([&] {
            for (IntakeRuleDialog *d : root->findChildren<IntakeRuleDialog *>())
                if (d->isVisible())
                    return (found = d) != nullptr;
            return false;
        }, 5000);
        if (!found)
            qWarning() << "no rule editor opened";
        return found;
    }

    static void noDialogOpen(QWidget *root)
    {
        const auto open = [root] {
            const QList<IntakeRuleDialog *> dialogs = root->findChildren<IntakeRuleDialog *>();
            return std::any_of(dialogs.begin(), dialogs.end(), [](IntakeRuleDialog *d) { return d->isVisible(); });
        };
        QTRY_VERIFY(!open());
    }

    template<typename T>
    static T *child(QWidget *w, const QString &name)
    {
        T *found = w->findChild<T *>(name);
        if (!found)
            qWarning() << "no" << name;
        return found;
    }

    static void clickRow(QListWidget *view, int row)
    {
        QListWidgetItem *item = view->item(row);
        QVERIFY(item);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualItemRect(item).center());
        QCOMPARE(view->currentRow(), row);
    }

    // Opens the combo's list (F4) and clicks its entry `row`.
    static void clickEntry(QComboBox *combo, int row)
    {
        // Opened from the keyboard: a click that opens the list is not taken as a choice in it.
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_F4);
        QAbstractItemView *list = combo->view();
        QTRY_VERIFY(list->isVisible());
        const QModelIndex index = combo->model()->index(row, 0);
        list->scrollTo(index);
        const QRect rect = list->visualRect(index);
        // Near the end of a list longer than the screen, the popup's scroll arrows cover the
        // last rows: there a user (and this test) goes by keyboard.
        if (row < combo->count() - 3 && list->viewport()->rect().contains(rect)) {
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
        } else {
            list->setCurrentIndex(index); // as the arrow keys would leave it
            QTest::keyClick(list, Qt::Key_Return);
        }
        QTRY_VERIFY(!list->isVisible());
    }

    static void pick(QComboBox *combo, const QString &data)
    {
        const int row = combo->findData(data);
        QVERIFY2(row >= 0, qPrintable(data));
        clickEntry(combo, row);
        QCOMPARE(combo->currentData().toString(), data);
    }

    static QPushButton *okButton(QWidget *dialog) { return child<QPushButton>(dialog, u"okButton"_s); }

    // The rule editor's problems are shown once the user has typed, and keep OK disabled.
    static QString problemsShown(QWidget *dialog)
    {
        auto *message = child<MessageWidget>(dialog, u"messageWidget"_s);
        return message->isVisible() ? message->text() : QString();
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

    void rulesAreEditedOnTheConnection()
    {
        Setup s;
        QVERIFY(setUp(s, u"actito"_s));
        ConnectionEditor editor(*s.workspace);
        editor.setConnection(*ConnectionStore(*s.workspace).find(u"actito"_s));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));

        auto *tabs = child<QTabWidget>(&editor, u"formTabs"_s);
        QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(1).center());
        QCOMPARE(tabs->currentIndex(), 1);
        QCOMPARE(tabs->tabText(1), u"&Intake rules"_s);
        auto *list = child<IntakeRuleList>(&editor, u"ruleList"_s);
        auto *view = list->view();
        QCOMPARE(view->count(), 0);
        auto *add = child<QPushButton>(&editor, u"addRuleButton"_s);
        QVERIFY(!child<QPushButton>(&editor, u"editRuleButton"_s)->isEnabled());

        // A neutrally named Actito export, day first, archived after intake. Enter saves.
        QTest::mouseClick(add, Qt::LeftButton);
        IntakeRuleDialog *dialog = openDialog(&editor);
        QVERIFY(dialog);
        QCOMPARE(dialog->focusWidget(), child<QLineEdit>(dialog, u"patternEdit"_s));
        QVERIFY(!okButton(dialog)->isEnabled()); // nothing typed yet, and nothing said yet
        QVERIFY(problemsShown(dialog).isEmpty());
        QTest::keyClicks(child<QLineEdit>(dialog, u"patternEdit"_s), u"export_*.csv"_s);
        pick(child<QComboBox>(dialog, u"datasetCombo"_s), u"actito.email_openings"_s);
        auto *dates = child<QComboBox>(dialog, u"dateOrderCombo"_s);
        dates->setFocus();
        QTest::keyClick(dates, Qt::Key_Down);
        QCOMPARE(dates->currentData().toInt(), int(DateOrder::DayFirst));
        auto *archive = child<QRadioButton>(dialog, u"archiveRadio"_s);
        auto *archiveEdit = child<QLineEdit>(dialog, u"archiveEdit"_s);
        QVERIFY(!archiveEdit->isEnabled());
        QTest::mouseClick(archive, Qt::LeftButton, {}, QPoint(8, archive->height() / 2));
        QVERIFY(archiveEdit->isEnabled());
        // The folder is needed: said, and OK waits for it.
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY2(problemsShown(dialog).contains(u"Enter the folder on the server"_s), qPrintable(problemsShown(dialog)));
        QTest::keyClicks(archiveEdit, u"done/"_s);
        QVERIFY(okButton(dialog)->isEnabled());
        QVERIFY(problemsShown(dialog).isEmpty());
        QTest::keyClick(archiveEdit, Qt::Key_Return);
        noDialogOpen(&editor);
        QCOMPARE(view->count(), 1);
        QVERIFY2(view->item(0)->text().contains(u"export_*.csv"_s), qPrintable(view->item(0)->text()));
        QCOMPARE(tabs->tabText(1), u"&Intake rules (1)"_s);

        // A bad pattern is refused with the reason; Escape leaves the list as it was.
        QTest::mouseClick(add, Qt::LeftButton);
        dialog = openDialog(&editor);
        QVERIFY(dialog);
        QTest::keyClicks(child<QLineEdit>(dialog, u"patternEdit"_s), u"opens[.csv"_s);
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY2(problemsShown(dialog).contains(u"no closing ']'"_s), qPrintable(problemsShown(dialog)));
        QTest::keyClick(child<QLineEdit>(dialog, u"patternEdit"_s), Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        QTest::keyClick(dialog, Qt::Key_Escape);
        noDialogOpen(&editor);
        QCOMPARE(view->count(), 1);

        // A pattern with a folder raises the depth to reach it.
        QTest::mouseClick(add, Qt::LeftButton);
        dialog = openDialog(&editor);
        QVERIFY(dialog);
        QTest::keyClicks(child<QLineEdit>(dialog, u"patternEdit"_s), u"sms/*.csv"_s);
        QCOMPARE(child<QSpinBox>(dialog, u"subfoldersSpin"_s)->value(), 1);
        // Into a dataset of the user's own: a name that cannot be one is kept, and said why.
        auto *datasets = child<QComboBox>(dialog, u"datasetCombo"_s);
        Prompts::setNextText(u"SMS log"_s);
        clickEntry(datasets, datasets->count() - 1); // "A dataset of your own…"
        QCOMPARE(datasets->currentText(), u"SMS log"_s);
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY2(problemsShown(dialog).contains(u"is not a valid dataset name"_s), qPrintable(problemsShown(dialog)));
        Prompts::setNextText(u"sms_log"_s);
        clickEntry(datasets, datasets->count() - 1);
        QCOMPARE(datasets->currentData().toString(), u"sms_log"_s);
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        noDialogOpen(&editor);

        QTest::mouseClick(add, Qt::LeftButton);
        dialog = openDialog(&editor);
        QVERIFY(dialog);
        QTest::keyClicks(child<QLineEdit>(dialog, u"patternEdit"_s), u"*.csv"_s);
        auto *remove = child<QRadioButton>(dialog, u"deleteRadio"_s);
        QTest::mouseClick(remove, Qt::LeftButton, {}, QPoint(8, remove->height() / 2));
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        noDialogOpen(&editor);
        QCOMPARE(view->count(), 3);
        QCOMPARE(view->currentRow(), 2); // the new rule, selected

        // Reorder: the button, then Alt+Up on the list.
        auto *up = child<QPushButton>(&editor, u"moveRuleUpButton"_s);
        auto *down = child<QPushButton>(&editor, u"moveRuleDownButton"_s);
        QVERIFY(!down->isEnabled());
        QTest::mouseClick(up, Qt::LeftButton);
        QCOMPARE(view->currentRow(), 1);
        QTest::keyClick(view, Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(view->currentRow(), 0);
        QVERIFY(!up->isEnabled());
        auto shown = [&] {
            QStringList out;
            for (const IntakeRule &r : list->rules())
                out << r.pattern;
            return out;
        };
        QCOMPARE(shown(), (QStringList{u"*.csv"_s, u"export_*.csv"_s, u"sms/*.csv"_s}));

        // Edit by Enter on the list (not the connection's Save), then Enter in the dialog.
        clickRow(view, 1);
        QTest::keyClick(view, Qt::Key_Return);
        QVERIFY(editor.isVisible());
        dialog = openDialog(&editor);
        QVERIFY(dialog);
        auto *pattern = child<QLineEdit>(dialog, u"patternEdit"_s);
        QCOMPARE(pattern->text(), u"export_*.csv"_s);
        QVERIFY(child<QRadioButton>(dialog, u"archiveRadio"_s)->isChecked());
        QCOMPARE(child<QLineEdit>(dialog, u"archiveEdit"_s)->text(), u"done"_s);
        pattern->selectAll();
        QTest::keyClicks(pattern, u"actito_export_*.csv"_s);
        QTest::keyClick(pattern, Qt::Key_Return);
        noDialogOpen(&editor);
        QCOMPARE(shown(), (QStringList{u"*.csv"_s, u"actito_export_*.csv"_s, u"sms/*.csv"_s}));

        // Remove by the Delete key.
        clickRow(view, 0);
        QTest::keyClick(view, Qt::Key_Delete);
        QCOMPARE(shown(), (QStringList{u"actito_export_*.csv"_s, u"sms/*.csv"_s}));
        QCOMPARE(view->currentRow(), 0);

        // Nothing is in the workspace before the connection is saved; then all of it is.
        QVERIFY(patterns(*s.workspace, s.connection.id).isEmpty());
        QSignalSpy saved(&editor, &ConnectionEditor::saved);
        auto *save = child<QPushButton>(&editor, u"saveButton"_s);
        QVERIFY2(save->isEnabled(), qPrintable(editor.problems().join(u'\n')));
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_COMPARE(saved.size(), 1);
        const QList<IntakeRule> stored = IntakeRuleStore(*s.workspace).list(s.connection.id);
        QCOMPARE(stored.size(), 2);
        QCOMPARE(stored.at(0).pattern, u"actito_export_*.csv"_s);
        QCOMPARE(stored.at(0).dataset, u"actito.email_openings"_s);
        QCOMPARE(stored.at(0).dateOrder, DateOrder::DayFirst);
        QCOMPARE(stored.at(0).after, IntakeRule::After::Archive);
        QCOMPARE(stored.at(0).archiveDir, u"done"_s);
        QCOMPARE(stored.at(1).pattern, u"sms/*.csv"_s);
        QCOMPARE(stored.at(1).subfolders, 1);
        QCOMPARE(stored.at(1).dataset, u"sms_log"_s);
        QCOMPARE(stored.at(1).after, IntakeRule::After::Keep);
    }

    // Cancel forgets the changes to the rules with the rest.
    void cancelKeepsTheStoredRules()
    {
        Setup s;
        QVERIFY(setUp(s, u"fullmeasure"_s));
        QString error;
        QList<IntakeRule> rules(2);
        rules[0].pattern = u"a_*.csv"_s;
        rules[1].pattern = u"b_*.csv"_s;
        QVERIFY2(IntakeRuleStore(*s.workspace).replace(s.connection.id, rules, &error), qPrintable(error));
        ConnectionEditor editor(*s.workspace);
        editor.setConnection(*ConnectionStore(*s.workspace).find(u"fullmeasure"_s));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto *tabs = child<QTabWidget>(&editor, u"formTabs"_s);
        QCOMPARE(tabs->tabText(1), u"&Intake rules (2)"_s);
        tabs->setCurrentIndex(1);
        auto *view = child<IntakeRuleList>(&editor, u"ruleList"_s)->view();
        QCOMPARE(view->count(), 2);
        clickRow(view, 1);
        QTest::mouseClick(child<QPushButton>(&editor, u"removeRuleButton"_s), Qt::LeftButton);
        QCOMPARE(view->count(), 1);
        QTest::mouseClick(child<QPushButton>(&editor, u"cancelButton"_s), Qt::LeftButton);
        QVERIFY(!editor.isVisible());
        QCOMPARE(patterns(*s.workspace, s.connection.id), (QStringList{u"a_*.csv"_s, u"b_*.csv"_s}));
    }

    // A neutrally named export fails on every fetch: its rule is made from the failed file,
    // goes before the rule that let it through, and the fetch it offers takes the file in.
    void ruleFromAnAmbiguousFile()
    {
        Setup s;
        QVERIFY(setUp(s, u"actito"_s, {{u"export_20261201.csv"_s, neutralExport()}}));
        QString error;
        QList<IntakeRule> rules(1);
        rules[0].pattern = u"*.csv"_s;
        QVERIFY2(IntakeRuleStore(*s.workspace).replace(s.connection.id, rules, &error), qPrintable(error));
        MainWindow window(*s.workspace);
        window.resize(1100, 720);
        window.setPage(MainWindow::Data);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        DataPage *page = window.dataPage();
        QSignalSpy fetched(page, &DataPage::fetchFinished);
        QTest::mouseClick(child<QPushButton>(page, u"fetchButton"_s), Qt::LeftButton);
        QVERIFY(fetched.wait(60000));
        FilesModel *files = page->filesModel();
        const int row = files->rowOf(u"export_20261201.csv"_s);
        QVERIFY(row >= 0);
        QCOMPARE(files->fileAt(row).state, u"failed"_s);

        page->tabs()->setCurrentIndex(DataPage::FilesTab);
        const QModelIndex index = files->index(row, FilesModel::Name);
        QTest::mouseClick(page->filesView()->viewport(), Qt::LeftButton, {}, page->filesView()->visualRect(index).center());
        auto *make = child<QPushButton>(page, u"makeRuleButton"_s);
        QVERIFY(make->isVisible());
        QTest::mouseClick(make, Qt::LeftButton);
        IntakeRuleDialog *dialog = openDialog(&window);
        QVERIFY(dialog);
        auto *dataset = child<QComboBox>(dialog, u"datasetCombo"_s);
        QCOMPARE(child<QLineEdit>(dialog, u"patternEdit"_s)->text(), u"export_*.csv"_s);
        QCOMPARE(child<QSpinBox>(dialog, u"subfoldersSpin"_s)->value(), 0);
        QVERIFY2(dataset->currentData().toString().startsWith(u"actito.email_"_s),
                 qPrintable(dataset->currentData().toString()));
        QCOMPARE(dialog->focusWidget(), dataset);
        const QString context = child<MessageWidget>(dialog, u"contextMessage"_s)->text();
        for (const QString &candidate : {u"actito.email_sent"_s, u"actito.email_openings"_s, u"actito.email_unsubscribes"_s})
            QVERIFY2(context.contains(candidate), qPrintable(context));
        QVERIFY2(context.contains(u"before rule 1 (*.csv)"_s), qPrintable(context));
        QVERIFY2(child<QLabel>(dialog, u"patternHint"_s)->text().contains(u"It matches export_20261201.csv"_s),
                 qPrintable(child<QLabel>(dialog, u"patternHint"_s)->text()));

        // Its days are all 12 or less as well: the user says both.
        pick(dataset, u"actito.email_openings"_s);
        auto *dates = child<QComboBox>(dialog, u"dateOrderCombo"_s);
        dates->setFocus();
        QTest::keyClick(dates, Qt::Key_Down);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        fetched.clear();
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        noDialogOpen(&window);
        QCOMPARE(patterns(*s.workspace, s.connection.id), (QStringList{u"export_*.csv"_s, u"*.csv"_s}));
        const IntakeRule made = IntakeRuleStore(*s.workspace).list(s.connection.id).first();
        QCOMPARE(made.dataset, u"actito.email_openings"_s);
        QCOMPARE(made.dateOrder, DateOrder::DayFirst);

        // Asked, once the editor has gone, whether to fetch again (yes): the file goes in by the rule.
        QTRY_VERIFY2(MessageBox::lastQuestion().contains(u"Fetch from actito now"_s), qPrintable(MessageBox::lastQuestion()));
        QTRY_COMPARE_WITH_TIMEOUT(fetched.size(), 1, 60000); // it may be over already
        const auto taken = DatasetStore(*s.workspace).dataset(u"actito.email_openings"_s);
        QVERIFY(taken);
        QCOMPARE(taken->rows, 3);
        QCOMPARE(files->fileAt(files->rowOf(u"export_20261201.csv"_s)).state, u"imported"_s);
        QSqlQuery q(s.workspace->database());
        QVERIFY(q.exec(u"SELECT min(event_time) FROM ds_actito__email_openings"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"2026-12-05 08:15:00"_s);
    }

    // Recognised by its name, refused for its dates: the dataset is kept, day first is chosen,
    // and a later fetch (not offered now) takes the file in.
    void ruleFromAFileRefusedForItsDates()
    {
        Setup s;
        QVERIFY(setUp(s, u"actito"_s, {{u"email_openings_20261201.csv"_s, neutralExport()}}));
        MainWindow window(*s.workspace);
        window.resize(1100, 720);
        window.setPage(MainWindow::Data);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        DataPage *page = window.dataPage();
        QSignalSpy fetched(page, &DataPage::fetchFinished);
        auto *fetch = child<QPushButton>(page, u"fetchButton"_s);
        QTest::mouseClick(fetch, Qt::LeftButton);
        QVERIFY(fetched.wait(60000));
        page->tabs()->setCurrentIndex(DataPage::FilesTab);
        page->selectFile(u"email_openings_20261201.csv"_s);
        QTest::mouseClick(child<QPushButton>(page, u"makeRuleButton"_s), Qt::LeftButton);
        IntakeRuleDialog *dialog = openDialog(&window);
        QVERIFY(dialog);
        auto *dates = child<QComboBox>(dialog, u"dateOrderCombo"_s);
        QCOMPARE(child<QLineEdit>(dialog, u"patternEdit"_s)->text(), u"email_openings_*.csv"_s);
        QCOMPARE(child<QComboBox>(dialog, u"datasetCombo"_s)->currentData().toString(), u"actito.email_openings"_s);
        QCOMPARE(dates->currentData().toInt(), int(DateOrder::DayFirst));
        QCOMPARE(dialog->focusWidget(), dates);
        QVERIFY2(child<MessageWidget>(dialog, u"contextMessage"_s)->text().contains(u"05/12/2026 08:15:00"_s),
                 qPrintable(child<MessageWidget>(dialog, u"contextMessage"_s)->text()));

        MessageBox::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        noDialogOpen(&window);
        QTRY_VERIFY2(page->message()->text().contains(u"the next fetch from it takes email_openings_20261201.csv in"_s),
                     qPrintable(page->message()->text()));
        QCOMPARE(patterns(*s.workspace, s.connection.id), QStringList{u"email_openings_*.csv"_s});
        QVERIFY(fetch->isEnabled());
        fetched.clear();
        QTest::mouseClick(fetch, Qt::LeftButton);
        QVERIFY(fetched.wait(60000));
        const auto taken = DatasetStore(*s.workspace).dataset(u"actito.email_openings"_s);
        QVERIFY(taken);
        QCOMPARE(taken->rows, 3);
    }

    // Only a failed file a connection delivered offers a rule: not one from this computer.
    void noRuleForALocalFile()
    {
        Setup s;
        QVERIFY(setUp(s, u"actito"_s));
        const QString path = m_dir.filePath(u"export_20261201.csv"_s);
        QVERIFY(writeAll(path, neutralExport()));
        MainWindow window(*s.workspace);
        window.setPage(MainWindow::Data);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        DataPage *page = window.dataPage();
        QSignalSpy imported(page, &DataPage::importFinished);
        QVERIFY(page->importFiles({path}));
        QVERIFY(imported.wait(60000));
        page->tabs()->setCurrentIndex(DataPage::FilesTab);
        page->selectFile(u"export_20261201.csv"_s);
        QVERIFY(child<MessageWidget>(page, u"fileReason"_s)->isVisible());
        QVERIFY(!child<QPushButton>(page, u"makeRuleButton"_s)->isVisible());
    }
};

QTEST_MAIN(TestRuleEditor)
#include "tst_ruleeditor.moc"
