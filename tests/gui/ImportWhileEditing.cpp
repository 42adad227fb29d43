// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportWhileEditing.h"

#include "DataPage.h"
#include "ExportDesigner.h"
#include "ExportListModel.h"
#include "ExportsPage.h"
#include "MainWindow.h"
#include "MessageWidget.h"
#include "ScheduleEditor.h"
#include "WorkspaceWrite.h"
#include "core/BlockingCalls.h"
#include "designer/DefinitionEditor.h"
#include "designer/FileStep.h"
#include "export/ExportStore.h"
#include "intake/Importer.h"
#include "jobs/ScheduleStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wb::ui;

namespace wb::test {

namespace {

// The longest time the event loop went without running a 5 ms timer.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 gap = m_clock.restart();
            if (gap > 50) // where to look when it is long
                qInfo("stall of %lld ms ending at %lld ms", gap, m_since.elapsed());
            m_longest = qMax(m_longest, gap);
            ++m_ticks;
        });
        m_since.start();
        m_clock.start();
        m_timer.start();
    }
    qint64 longestMs() const { return m_longest; }
    int ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    QElapsedTimer m_since;
    qint64 m_longest = 0;
    int m_ticks = 0;
};

// A person does one thing at a time: between two of their clicks or keys the event loop runs.
// QTest's clicks and QTRY's first look do not return to it, so without this pause the test's
// own back-to-back actions would be measured as one stall.
void betweenActions()
{
    QTest::qWait(10);
}

constexpr int TypingDelayMs = 5;

} // namespace

bool ImportWhileEditing::writeFile(const QString &path, int rows)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write("contact_id,first_name,last_name,mobile_phone_number,liked,last_viewed,counts\n");
    QByteArray chunk;
    for (int i = 0; i < rows; ++i) {
        chunk += QByteArray::number(200000 + i) + ",Name" + QByteArray::number(i % 997) + ",Family"
                 + QByteArray::number(i % 89) + ",+1555" + QByteArray::number(1000000 + i) + ","
                 + (i % 3 ? "t" : "f") + ",2026-11-" + QByteArray::number(10 + i % 18) + " 10:"
                 + QByteArray::number(10 + i % 50) + ":00," + QByteArray::number(i % 40) + "\n";
        if (chunk.size() > (1 << 20)) {
            f.write(chunk);
            chunk.clear();
        }
    }
    f.write(chunk);
    return f.error() == QFile::NoError;
}

bool ImportWhileEditing::writeLockHeld() const
{
    const QString name = u"probe"_s;
    bool held = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(m_ws->path());
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=0"_s);
        if (db.open()) {
            QSqlQuery q(db);
            held = !q.exec(u"BEGIN IMMEDIATE"_s);
            if (!held)
                q.exec(u"ROLLBACK"_s);
        }
    }
    QSqlDatabase::removeDatabase(name);
    return held;
}

void ImportWhileEditing::setUp()
{
    QVERIFY(m_dir.isValid());
    m_ws = std::make_unique<Workspace>();
    QString error;
    QVERIFY2(m_ws->open(m_dir.filePath(u"ws/workspace.sqlite"_s), &error), qPrintable(error));
    // A first file, so the dataset and an export of it exist before the large one comes.
    const QString small = m_dir.filePath(u"content_card_opens_1.csv"_s);
    QVERIFY(writeFile(small, 50));
    ImportRequest first;
    first.localPath = small;
    QCOMPARE(Importer(m_ws->path()).importFile(first).state, ImportResult::State::Imported);
    ExportDefinition d;
    d.name = u"opens"_s;
    d.dataset = u"fullmeasure.content_card_opens"_s;
    d.columns = {{u"contact_id"_s, u"Student ID"_s}, {u"last_viewed"_s, u"Viewed"_s}};
    d.file.name = u"opens"_s;
    d.destination.path = m_dir.filePath(u"out"_s);
    QVERIFY(QDir().mkpath(d.destination.path));
    QVERIFY2(ExportStore(*m_ws).save(d, &error), qPrintable(error));
}

ImportWhileEditing::Result ImportWhileEditing::run(int rows)
{
    Result result;
    const QString large = m_dir.filePath(u"content_card_opens_2.csv"_s);
    [&] { QVERIFY(writeFile(large, rows)); }();

    MainWindow window(*m_ws);
    window.resize(1200, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return result;
    window.setPage(MainWindow::Exports);

    // The designer once before measuring: its first opening in a process loads fonts and
    // styles, a cost of starting the app, not of the import.
    ExportsPage *exports = window.exportsPage();
    const QPoint row = exports->view()->visualRect(exports->model()->index(0, 0)).center();
    ExportDesigner *designer = nullptr;
    auto openDesigner = [&] {
        QTest::mouseClick(exports->view()->viewport(), Qt::LeftButton, {}, row);
        betweenActions();
        QTest::mouseDClick(exports->view()->viewport(), Qt::LeftButton, {}, row);
        QTRY_VERIFY((designer = exports->findChild<ExportDesigner *>()) && designer->isVisible());
        // What it checks the definition against is read on a worker; then it can say what is wrong.
        QTRY_VERIFY(!designer->editor()->isBusy());
    };
    openDesigner();
    if (QTest::currentTestFailed())
        return result;
    designer->reject();
    [&] { QTRY_VERIFY_WITH_TIMEOUT(!exports->findChild<ExportDesigner *>(), 5000); }();
    betweenActions();

    StallMeter meter;
    auto watch = std::make_unique<BlockingCalls::Watch>(QThread::currentThread());
    const auto finish = [&] {
        result.longestGapMs = meter.longestMs();
        result.ticks = meter.ticks();
        if (watch) {
            result.guiWorkspaceSql = watch->calls(BlockingCalls::Kind::WorkspaceSql);
            result.guiFileReads = watch->calls(BlockingCalls::Kind::FileRead);
            watch.reset();
        }
        return result;
    };
    QSignalSpy imported(window.dataPage(), &DataPage::importFinished);
    if (!window.dataPage()->importFiles({large})) {
        QTest::qFail("the import did not start", __FILE__, __LINE__);
        return finish();
    }
    [&] { QTRY_VERIFY_WITH_TIMEOUT(writeLockHeld(), 20000); }();
    betweenActions();

    // The designer: a new file name, saved while the import writes.
    openDesigner();
    if (QTest::currentTestFailed())
        return finish();
    QSignalSpy designerSaved(designer, &ExportDesigner::saved);
    // Saved after the import, it closes: a file too small for this machine must fail, not crash.
    const QPointer<ExportDesigner> open = designer;
    [&] {
        designer->setStep(ExportDesigner::File);
        betweenActions();
        QLineEdit *fileName = designer->findChild<FileStep *>()->fileNameEdit();
        fileName->selectAll();
        QTest::keyClicks(fileName, u"opens_while_importing"_s, Qt::NoModifier, TypingDelayMs);
        betweenActions();
        designer->setStep(ExportDesigner::Summary);
        betweenActions();
        QTRY_VERIFY(!designer->editor()->isBusy());
        QVERIFY2(designer->problems().isEmpty(), qPrintable(designer->problems().join(u"; "_s)));
        QTest::mouseClick(designer->findChild<QPushButton *>(u"saveExportButton"_s), Qt::LeftButton);
        QVERIFY(designer->isSaving());
        QTRY_VERIFY2(!open || designer->message()->text() == waitingForWorkspaceText(),
                     "the import ended before the save: take in a larger file");
        QVERIFY2(open && designer->isVisible(), "the import ended before the save: take in a larger file");
        QCOMPARE(designerSaved.count(), 0);
    }();
    if (QTest::currentTestFailed())
        return finish();
    betweenActions();

    // The schedule editor: a daily schedule, saved while the import still writes.
    ScheduleEditor *schedule = ScheduleEditor::editSchedule(*m_ws, m_job, &window);
    QSignalSpy scheduleSaved(schedule, &ScheduleEditor::saved);
    [&] {
        QVERIFY(QTest::qWaitForWindowExposed(schedule));
        QTRY_VERIFY(!schedule->isBusy()); // it reads what is stored on a worker first
        QVERIFY(schedule->saveButton()->isEnabled());
        QTest::mouseClick(schedule->saveButton(), Qt::LeftButton);
        QVERIFY(schedule->isBusy());
        QTRY_COMPARE(schedule->message()->text(), waitingForWorkspaceText());
        QVERIFY(writeLockHeld()); // the import had the lock all along
    }();
    // Everything the GUI thread did while the import held the lock has been recorded.
    finish();
    if (QTest::currentTestFailed())
        return result;

    // Once the file is in, both land.
    [&] {
        QCOMPARE(scheduleSaved.count(), 0);
        QVERIFY(!ScheduleStore(*m_ws).find(m_job));
        QVERIFY(imported.wait(120000));
        QCOMPARE(imported.first().first().value<QList<ImportResult>>().first().state,
                 ImportResult::State::Imported);
        QTRY_COMPARE_WITH_TIMEOUT(designerSaved.count(), 1, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(scheduleSaved.count(), 1, 20000);
        QCOMPARE(ExportStore(*m_ws).find(u"opens"_s)->definition.file.name, u"opens_while_importing"_s);
        QVERIFY(ScheduleStore(*m_ws).find(m_job));
    }();
    // The whole scenario, the landing of the saves and the Data page's reload included.
    result.longestGapMs = meter.longestMs();
    result.ticks = meter.ticks();
    return result;
}

} // namespace wb::test
