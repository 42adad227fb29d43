// SPDX-License-Identifier: GPL-3.0-or-later
// The import preview: sniffed choices the user overrides with the keyboard, the preview read
// with them, reading errors and dataset names that keep OK disabled, and the request it makes
// taken in for real.
#include "TestSupport.h"

#include "DataPage.h"
#include "ImportPreviewDialog.h"
#include "MessageWidget.h"
#include "core/Workspace.h"
#include "intake/Importer.h"
#include "store/DatasetStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wb;
using namespace wb::test;
using namespace wb::ui;

class TestImportPreview : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString writeFile(const QString &name, const QByteArray &data)
    {
        const QString path = m_dir.filePath(name);
        if (!writeAll(path, data))
            qWarning() << "cannot write" << path;
        return path;
    }

    template<typename T>
    static T *child(QWidget *w, const QString &name)
    {
        T *found = w->findChild<T *>(name);
        if (!found)
            qWarning() << "no" << name;
        return found;
    }

    static QStringList headers(QTableView *view)
    {
        QStringList out;
        for (int c = 0; c < view->model()->columnCount(); ++c)
            out << view->model()->headerData(c, Qt::Horizontal).toString();
        return out;
    }

    static QString cell(QTableView *view, int row, int column)
    {
        return view->model()->index(row, column).data().toString();
    }

    static QPushButton *okButton(QDialog *dialog)
    {
        return child<QDialogButtonBox>(dialog, u"buttonBox"_s)->button(QDialogButtonBox::Ok);
    }

    static QString shots()
    {
        const QString dir = QCoreApplication::applicationDirPath() + u"/../../shots"_s;
        QDir().mkpath(dir);
        return dir;
    }

    static bool show(QDialog &dialog)
    {
        dialog.show();
        return QTest::qWaitForWindowExposed(&dialog);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
    }

    void proposesASnakeCaseName()
    {
        QCOMPARE(ImportPreviewDialog::proposedDatasetName(u"/x/Slate Export (2).csv"_s), u"local.slate_export_2"_s);
        QCOMPARE(ImportPreviewDialog::proposedDatasetName(u"/x/slate.export.csv"_s), u"local.slate_export"_s);
        QCOMPARE(ImportPreviewDialog::proposedDatasetName(u"/x/Inscrições Renée.csv"_s), u"local.inscricoes_renee"_s);
        QCOMPARE(ImportPreviewDialog::proposedDatasetName(u"/x/2026 signups.csv"_s), u"local.f_2026_signups"_s);
    }

    void semicolonFileWithAHeader()
    {
        const QString path = writeFile(u"Event Signups.csv"_s,
                                       "event;attendee;city\n"
                                       "Open day;Renée;Lisboa\n"
                                       "Career fair;Bo;Porto\n"
                                       "Alumni night;Chloé;Braga\n");
        ImportPreviewDialog dialog(path);
        QVERIFY(show(dialog));
        QCOMPARE(child<QLabel>(&dialog, u"fileLabel"_s)->text(), u"Event Signups.csv"_s);
        QCOMPARE(child<QComboBox>(&dialog, u"separatorCombo"_s)->currentData().toInt(), int(';'));
        QVERIFY(child<QCheckBox>(&dialog, u"headerCheck"_s)->isChecked());
        QCOMPARE(child<QComboBox>(&dialog, u"encodingCombo"_s)->currentText(), u"UTF-8"_s);
        // The sniffer's reasons beside the choices.
        const QString why = child<QLabel>(&dialog, u"separatorReason"_s)->text();
        QVERIFY2(why.contains(u"';'"_s), qPrintable(why));
        QVERIFY(!child<QLabel>(&dialog, u"headerReason"_s)->text().isEmpty());
        QCOMPARE(child<QLineEdit>(&dialog, u"datasetEdit"_s)->text(), u"local.event_signups"_s);

        auto *table = child<QTableView>(&dialog, u"previewTable"_s);
        QCOMPARE(headers(table), (QStringList{u"event"_s, u"attendee"_s, u"city"_s}));
        QCOMPARE(table->model()->rowCount(), 3);
        QCOMPARE(cell(table, 0, 1), u"Renée"_s);
        QCOMPARE(cell(table, 2, 1), u"Chloé"_s);
        QVERIFY(!child<QLabel>(&dialog, u"errorLabel"_s)->isVisible());
        QVERIFY(okButton(&dialog)->isEnabled());

        const ImportRequest r = dialog.overrides();
        QCOMPARE(r.delimiter, ';');
        QCOMPARE(r.hasHeader, std::optional<bool>(true));
        QCOMPARE(r.encoding, u"UTF-8"_s);
        QCOMPARE(r.dataset, u"local.event_signups"_s);
    }

    void headerlessPipeFileWithQuotesAsData()
    {
        // Commas split every row more often than pipes do, so the sniffer guesses comma; the
        // quote characters are inch marks and nicknames, not CSV quoting.
        const QByteArray data = "1001|Ana \"Nina\" Silva, Lisboa, PT, EU|5\" tablet, blue, new\n"
                                "1002|Bo \"Bobby\" Li, Porto, PT, EU|7\" tablet, red, used\n"
                                "1003|Chloé Martin, Braga, PT, EU|10\" tablet, grey, new\n";
        const QString path = writeFile(u"orders.txt"_s, data);
        ImportPreviewDialog dialog(path);
        QVERIFY(show(dialog));
        auto *separator = child<QComboBox>(&dialog, u"separatorCombo"_s);
        auto *quote = child<QComboBox>(&dialog, u"quoteCombo"_s);
        auto *header = child<QCheckBox>(&dialog, u"headerCheck"_s);
        auto *table = child<QTableView>(&dialog, u"previewTable"_s);
        auto *error = child<QLabel>(&dialog, u"errorLabel"_s);
        QVERIFY2(separator->currentData().toInt() != int('|'), qPrintable(separator->currentText()));
        QCOMPARE(quote->currentData().toInt(), int('"'));
        // Read with '"' as a quote, the nicknames are an error.
        QVERIFY(error->isVisible());
        QVERIFY(!okButton(&dialog)->isEnabled());

        separator->setFocus();
        QTest::keyClick(separator, Qt::Key_End);
        QCOMPARE(separator->currentData().toInt(), int('|'));
        quote->setFocus();
        QTest::keyClick(quote, Qt::Key_End);
        QCOMPARE(quote->currentData().toInt(), 0);
        if (header->isChecked()) {
            header->setFocus();
            QTest::keyClick(header, Qt::Key_Space);
        }
        QVERIFY(!header->isChecked());

        QVERIFY2(!error->isVisible(), qPrintable(error->text()));
        QCOMPARE(headers(table), (QStringList{u"column_1"_s, u"column_2"_s, u"column_3"_s}));
        QCOMPARE(table->model()->rowCount(), 3);
        QCOMPARE(cell(table, 0, 0), u"1001"_s);
        QCOMPARE(cell(table, 0, 1), u"Ana \"Nina\" Silva, Lisboa, PT, EU"_s);
        QCOMPARE(cell(table, 2, 2), u"10\" tablet, grey, new"_s);

        QVERIFY(okButton(&dialog)->isEnabled());
        QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        ImportRequest request = dialog.overrides();
        QCOMPARE(request.delimiter, '|');
        QCOMPARE(request.quote, std::optional<char>('\0'));
        QCOMPARE(request.hasHeader, std::optional<bool>(false));
        QCOMPARE(request.dataset, u"local.orders"_s);
        QCOMPARE(request.localPath, QFileInfo(path).absoluteFilePath());

        // Taken in for real with that request.
        Workspace workspace;
        QString why;
        QVERIFY2(workspace.open(m_dir.filePath(u"pipe.sqlite"_s), &why), qPrintable(why));
        {
            Importer importer(workspace.path());
            const ImportResult result = importer.importFile(request);
            QVERIFY2(result.state == ImportResult::State::Imported, qPrintable(result.error.toString(result.name)));
            QCOMPARE(result.rowsRead, 3);
        }
        const auto ds = DatasetStore(workspace).dataset(u"local.orders"_s);
        QVERIFY(ds);
        QCOMPARE(ds->rows, 3);
        QSqlQuery q(workspace.database());
        QVERIFY(q.exec(u"SELECT column_1, column_2, column_3 FROM %1 ORDER BY _line"_s.arg(ds->table)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"1001"_s);
        QCOMPARE(q.value(1).toString(), u"Ana \"Nina\" Silva, Lisboa, PT, EU"_s);
        QCOMPARE(q.value(2).toString(), u"5\" tablet, blue, new"_s);
        QVERIFY(q.next());
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toString(), u"Chloé Martin, Braga, PT, EU"_s);
        QVERIFY(!q.next());
    }

    void windows1252FileShowsTheErrorUntilChosen()
    {
        // Plain ASCII for the sniffer's first 64 KiB, so it guesses UTF-8; the preview reads
        // further and finds the Windows-1252 "é" on line 20.
        QByteArray data = "id,name,notes\n";
        const QByteArray filler(4000, 'x');
        for (int i = 1; i <= 18; ++i)
            data += QByteArray::number(i) + ",Ana," + filler + '\n';
        data += "19,Ren\xE9" "e,ok\n";
        data += "20,Bo,ok\n";
        QVERIFY(data.indexOf('\xE9') > csv::sniffSampleSize);
        const QString path = writeFile(u"cp1252.csv"_s, data);
        ImportPreviewDialog dialog(path);
        QVERIFY(show(dialog));
        auto *encoding = child<QComboBox>(&dialog, u"encodingCombo"_s);
        auto *error = child<QLabel>(&dialog, u"errorLabel"_s);
        auto *table = child<QTableView>(&dialog, u"previewTable"_s);
        QCOMPARE(encoding->currentText(), u"UTF-8"_s);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(u"Line 20, column 7"_s), qPrintable(error->text()));
        QVERIFY2(error->text().contains(u"Windows-1252"_s), qPrintable(error->text()));
        QVERIFY(!okButton(&dialog)->isEnabled());
        QVERIFY(dialog.grab().save(shots() + u"/import-preview-error.png"_s));

        encoding->setFocus();
        QTest::keyClicks(encoding, u"Windows"_s);
        QCOMPARE(encoding->currentText(), u"Windows-1252"_s);
        QVERIFY2(!error->isVisible(), qPrintable(error->text()));
        QVERIFY(okButton(&dialog)->isEnabled());
        QCOMPARE(table->model()->rowCount(), 20);
        QCOMPARE(cell(table, 18, 1), u"Renée"_s);
        QCOMPARE(dialog.overrides().encoding, u"Windows-1252"_s);
    }

    void smallWindows1252FileIsSniffed()
    {
        const QString path = writeFile(u"small1252.csv"_s, "id,name\n1,Ren\xE9" "e\n2,Bo\n");
        ImportPreviewDialog dialog(path);
        QVERIFY(show(dialog));
        QCOMPARE(child<QComboBox>(&dialog, u"encodingCombo"_s)->currentText(), u"Windows-1252"_s);
        QVERIFY(child<QLabel>(&dialog, u"encodingReason"_s)->text().contains(u"0xE9"_s));
        QCOMPARE(cell(child<QTableView>(&dialog, u"previewTable"_s), 0, 1), u"Renée"_s);
        QVERIFY(okButton(&dialog)->isEnabled());
    }

    void invalidNameDisablesOk()
    {
        const QString path = writeFile(u"names.csv"_s, "a,b\n1,2\n3,4\n");
        ImportPreviewDialog dialog(path, u"event_signups"_s);
        QVERIFY(show(dialog));
        auto *name = child<QLineEdit>(&dialog, u"datasetEdit"_s);
        auto *rule = child<QLabel>(&dialog, u"datasetRule"_s);
        QCOMPARE(name->text(), u"event_signups"_s);
        QVERIFY(okButton(&dialog)->isEnabled());
        QVERIFY(rule->text().isEmpty());

        name->setFocus();
        name->selectAll();
        QTest::keyClicks(name, u"Event Signups"_s);
        QCOMPARE(name->text(), u"Event Signups"_s);
        QVERIFY(!okButton(&dialog)->isEnabled());
        QVERIFY(rule->isVisible());
        QVERIFY2(rule->text().contains(u"lower-case letters, digits and _"_s), qPrintable(rule->text()));
        QTest::keyClick(name, Qt::Key_Return);
        QVERIFY(dialog.isVisible()); // Return does not accept with OK disabled

        name->selectAll();
        QTest::keyClicks(name, u"events.signups"_s);
        QVERIFY(okButton(&dialog)->isEnabled());
        QVERIFY(rule->text().isEmpty());
        QCOMPARE(dialog.overrides().dataset, u"events.signups"_s);
    }

    void screenshot()
    {
        const QString path = writeFile(u"Slate Export.csv"_s,
                                       "Event;Attendee;City;Signed up\n"
                                       "Open day;Renée;Lisboa;2026-11-20\n"
                                       "Career fair;Bo;Porto;2026-11-21\n"
                                       "\"Alumni \"\"night\"\"\";Chloé;Braga;2026-11-22\n");
        ImportPreviewDialog dialog(path);
        QVERIFY(show(dialog));
        QVERIFY(dialog.grab().save(shots() + u"/import-preview.png"_s));
    }

    void dataPageOffersThePreviewForUnknownFiles()
    {
        Workspace workspace;
        QString why;
        QVERIFY2(workspace.open(m_dir.filePath(u"page.sqlite"_s), &why), qPrintable(why));
        DataPage page(workspace);
        page.resize(1000, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const QString mystery = writeFile(u"Event Signups Export.csv"_s, "Event;Attendee\nOpen day;Renée\nFair;Bo\n");
        QSignalSpy finished(&page, &DataPage::importFinished);
        QVERIFY(page.importFiles({mystery}));
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.takeFirst().first().value<QList<ImportResult>>().first().state, ImportResult::State::Failed);
        auto *preview = child<QPushButton>(&page, u"previewImportButton"_s);
        QVERIFY(preview->isVisible());
        QVERIFY(page.message()->actionButton()->isVisible()); // "Import again" stays

        // The dialog is modal: answer it from inside its event loop, always closing it.
        QString proposed;
        char delimiter = 0;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<ImportPreviewDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            proposed = child<QLineEdit>(dialog, u"datasetEdit"_s)->text();
            delimiter = dialog->dialect().delimiter;
            QTest::mouseClick(okButton(dialog), Qt::LeftButton);
            if (dialog->isVisible())
                dialog->reject();
        });
        QTest::mouseClick(preview, Qt::LeftButton);
        QCOMPARE(proposed, u"local.event_signups_export"_s);
        QCOMPARE(delimiter, ';');
        QVERIFY(finished.wait(30000));
        const auto results = finished.takeFirst().first().value<QList<ImportResult>>();
        QCOMPARE(results.size(), 1);
        QVERIFY2(results.first().state == ImportResult::State::Imported, qPrintable(results.first().error.message));
        QVERIFY(!preview->isVisible());
        const auto ds = DatasetStore(workspace).dataset(u"local.event_signups_export"_s);
        QVERIFY(ds);
        QCOMPARE(ds->rows, 2);
    }
};

QTEST_MAIN(TestImportPreview)
#include "tst_importpreview.moc"
