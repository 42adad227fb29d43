// SPDX-License-Identifier: GPL-3.0-or-later
// The Runs page on a real workspace: runs made by JobRunner are listed with their states,
// filtered, retried and re-delivered from the page (off the UI thread), charted per day, and
// their files opened through the test hook; the app's own scheduler runs a due job and the
// tray says what runs next and tells of a failed scheduled run.
#include "TestSupport.h"

#include "AppScheduler.h"
#include "EmptyState.h"
#include "MainWindow.h"
#include "MessageWidget.h"
#if WRITEBACK_HAVE_CHARTS
#include "RunsChart.h"
#endif
#include "RunsModel.h"
#include "RunsPage.h"
#include "ScheduleEditor.h"
#include "TrayIcon.h"
#include "core/Workspace.h"
#include "export/ExportStore.h"
#include "intake/Importer.h"
#include "jobs/JobHistory.h"
#include "jobs/JobRunner.h"
#include "jobs/ScheduleStore.h"

#if WRITEBACK_HAVE_CHARTS
#include <QBarSet>
#include <QLegendMarker>
#include <QStackedBarSeries>
#endif
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTimeZone>
#include <QtTest>

#include <memory>
#include <tuple>

using namespace Qt::StringLiterals;
using namespace wb;
using namespace wb::test;
using namespace wb::ui;

namespace {

const QByteArray Header = "contact_id,first_name,last_name,mobile_phone_number,liked,last_viewed,counts\n";

} // namespace

class TestRunsPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_next = 0;

    struct Setup
    {
        QString folder;
        std::unique_ptr<Workspace> workspace = std::make_unique<Workspace>();
        std::unique_ptr<MainWindow> window;
        RunsPage *page = nullptr;
        QString out() const { return folder + u"/out"_s; }
    };

    // A workspace in a folder of its own with the content card opens export to `out`.
    bool openWorkspace(Setup &s)
    {
        s.folder = m_dir.filePath(u"ws%1"_s.arg(++m_next));
        QString error;
        if (!QDir().mkpath(s.out()) || !s.workspace->open(s.folder + u"/ws.sqlite"_s, &error)) {
            qWarning() << "cannot open workspace:" << error;
            return false;
        }
        ExportDefinition d;
        d.name = u"opens"_s;
        d.dataset = u"fullmeasure.content_card_opens"_s;
        d.columns = {{u"contact_id"_s, u"Student ID"_s}, {u"first_name"_s, u"First"_s}};
        d.file.name = u"opens"_s;
        d.file.suffix = u"_yyyyMMdd_HHmmss_zzz"_s;
        d.destination.path = s.out();
        return takeIn(s, "1,Ana,Silva,,t,2026-11-20 10:00:00,1\n2,Bo,Berg,,f,2026-11-20 11:00:00,2\n")
               && ExportStore(*s.workspace).save(d, &error);
    }

    bool takeIn(Setup &s, const QByteArray &rows)
    {
        const QString path = s.folder + u"/content_card_opens_%1.csv"_s.arg(++m_next);
        if (!writeAll(path, Header + rows))
            return false;
        ImportRequest r;
        r.localPath = path;
        return Importer(s.workspace->path()).importFile(r).state == ImportResult::State::Imported;
    }

    bool showPage(Setup &s)
    {
        s.window = std::make_unique<MainWindow>(*s.workspace);
        s.window->resize(1100, 760);
        s.window->setPage(MainWindow::Runs);
        s.window->show();
        s.page = s.window->runsPage();
        return QTest::qWaitForWindowExposed(s.window.get()) && s.page->isVisible();
    }

    // One completed run of two rows, then one that fails because its folder is gone.
    bool makeRuns(Setup &s, JobOutcome *completed, JobOutcome *failed)
    {
        JobRunner runner(s.workspace->path());
        *completed = runner.run({JobId::Kind::Export, u"opens"_s});
        if (!takeIn(s, "3,Cy,Dahl,,t,2026-11-21 09:00:00,3\n") || !QDir(s.out()).removeRecursively())
            return false;
        *failed = runner.run({JobId::Kind::Export, u"opens"_s});
        return completed->state == u"completed"_s && failed->failed();
    }

    static void clickRow(QTableView *view, int row)
    {
        const QModelIndex index = view->model()->index(row, RunsModel::Job);
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    }

    static int rowOfTrigger(RunsModel *model, const QString &trigger)
    {
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->runAt(r).trigger == trigger)
                return r;
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    void cleanupTestCase() { QThreadPool::globalInstance()->waitForDone(); }
    void cleanup() { RunsPage::setUrlOpener({}); }

    void aWorkspaceWithoutRunsSaysSo()
    {
        Setup s;
        QVERIFY(openWorkspace(s));
        QVERIFY(showPage(s));
        QVERIFY(s.page->emptyState()->isVisible());
#if WRITEBACK_HAVE_CHARTS
        QVERIFY(!s.page->chart()->isVisible());
#endif
        QVERIFY(!s.page->jobCombo()->isVisible());
        // Runs made elsewhere appear on Refresh.
        QVERIFY(JobRunner(s.workspace->path()).run({JobId::Kind::Export, u"opens"_s}).state == u"completed"_s);
        QTest::mouseClick(s.page->refreshButton(), Qt::LeftButton);
        QVERIFY(!s.page->emptyState()->isVisible());
        QVERIFY(s.page->view()->isVisible());
        QCOMPARE(s.page->model()->rowCount(), 1);
    }

    void runsAreListedFilteredRetriedAndRedelivered()
    {
        Setup s;
        QVERIFY(openWorkspace(s));
        JobOutcome completed, failed;
        QVERIFY(makeRuns(s, &completed, &failed));
        QVERIFY(showPage(s));
        RunsModel *model = s.page->model();

        // Newest first, with their states; the failed one stands out and says why.
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->index(0, RunsModel::State).data().toString(), u"Failed"_s);
        QCOMPARE(model->index(1, RunsModel::State).data().toString(), u"Completed"_s);
        QCOMPARE(model->index(0, RunsModel::Job).data().toString(), u"Export opens"_s);
        QCOMPARE(model->index(0, RunsModel::Run).data().toString(), u"E%1"_s.arg(failed.runId));
        QCOMPARE(model->index(0, RunsModel::Trigger).data().toString(), u"By hand"_s);
        QCOMPARE(model->index(1, RunsModel::Rows).data().toString(), u"2"_s);
        QCOMPARE(model->index(1, RunsModel::Files).data().toString(), completed.files.first());
        QCOMPARE(model->index(1, RunsModel::Destination).data().toString(), QDir::toNativeSeparators(s.out()));
        QVERIFY(model->index(0, RunsModel::Job).data(Qt::BackgroundRole).isValid());
        QVERIFY(!model->index(1, RunsModel::Job).data(Qt::BackgroundRole).isValid());
        QVERIFY(model->index(0, RunsModel::Error).data().toString().contains(u"does not exist"_s));

        // The details pane: the selected run's whole report.
        clickRow(s.page->view(), 0);
        QVERIFY2(s.page->details()->toPlainText().contains(failed.error), qPrintable(s.page->details()->toPlainText()));
        QVERIFY(s.page->detailsTitle()->text().contains(u"Failed"_s));
        QVERIFY(s.page->detailsError()->isVisible());
        QCOMPARE(s.page->detailsError()->text(), failed.error);
        QVERIFY(s.page->retryButton()->isEnabled());
        QVERIFY(!s.page->redeliverButton()->isEnabled());
        QTest::mouseClick(s.page->copyReportButton(), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), s.page->details()->toPlainText());

        // Only the failed runs: chosen with the keyboard in the state filter.
        QComboBox *state = s.page->stateCombo();
        state->setFocus();
        while (state->currentData().toString() != u"failed"_s) {
            const int before = state->currentIndex();
            QTest::keyClick(state, Qt::Key_Down);
            QVERIFY(state->currentIndex() != before);
        }
        QCOMPARE(model->rowCount(), 1);
        QVERIFY(model->runAt(0).failed());

        // Retry, once the folder is back: a new completed run, listed although the filter said
        // failed only (the page widens it to show the run it made).
        QVERIFY(QDir().mkpath(s.out()));
        clickRow(s.page->view(), 0);
        QSignalSpy retried(s.page, &RunsPage::retryFinished);
        QTest::mouseClick(s.page->retryButton(), Qt::LeftButton);
        QVERIFY(s.page->isBusy());
        QVERIFY(!s.page->retryButton()->isEnabled());
        QVERIFY(retried.wait(30000));
        const JobOutcome retry = retried.first().first().value<JobOutcome>();
        QVERIFY2(retry.state == u"completed"_s, qPrintable(retry.error));
        QCOMPARE(retry.rows, 1); // the row the failed run did not deliver
        QCOMPARE(model->rowCount(), 3);
        const int retryRow = rowOfTrigger(model, u"retry"_s);
        QVERIFY(retryRow >= 0);
        QCOMPARE(model->index(retryRow, RunsModel::State).data().toString(), u"Completed"_s);
        QCOMPARE(model->index(retryRow, RunsModel::Trigger).data().toString(), u"Retry"_s);
        QCOMPARE(s.page->selectedRun().runId, retry.runId);
        QCOMPARE(s.page->message()->tone(), Icons::Tone::Positive);

        // Re-deliver the first run: a new run sends its two rows again as a new file.
        clickRow(s.page->view(), model->rowOf(u"E%1"_s.arg(completed.runId)));
        QVERIFY(s.page->redeliverButton()->isEnabled());
        QSignalSpy redelivered(s.page, &RunsPage::redeliveryFinished);
        QTest::mouseClick(s.page->redeliverButton(), Qt::LeftButton);
        QVERIFY(redelivered.wait(30000));
        const RunResult again = redelivered.first().first().value<RunResult>();
        QVERIFY2(again.ok(), qPrintable(again.error));
        QCOMPARE(again.rows, 2);
        QVERIFY(QFileInfo::exists(s.out() + u'/' + again.fileName));
        QCOMPARE(model->rowCount(), 4);
        QCOMPARE(model->runAt(rowOfTrigger(model, u"redelivery"_s)).runId, again.runId);
        QCOMPARE(s.page->selectedRun().runId, again.runId);

#if WRITEBACK_HAVE_CHARTS
        // The chart: one bar set for the job; today's bar has the rows delivered today (a failed
        // export's rows are not counted: the retry delivered them).
        RunsChart *chart = s.page->chart();
        QVERIFY(chart->isVisible());
        QCOMPARE(chart->categories().size(), 30);
        QCOMPARE(chart->series()->barSets().size(), 1);
        QBarSet *set = chart->barSet(u"export:opens"_s);
        QVERIFY(set);
        QCOMPARE(set->label(), u"Export opens"_s);
        const int today = chart->bucketOf(QDate::currentDate());
        QCOMPARE(today, 29);
        QCOMPARE(set->at(today), double(completed.rows + retry.rows + again.rows));
        QCOMPARE(set->at(today - 1), 0.0);
        QVERIFY(chart->chart()->legend()->isVisible());
        QCOMPARE(chart->chart()->legend()->markers(chart->series()).size(), 1);
        QVERIFY(chart->toolTip(u"export:opens"_s, today).contains(u"5 rows in 4 run"_s));

        // The chart follows the date filter: 120 days are shown per week, with axes of their own.
        s.page->setDateRange(QDate::currentDate().addDays(-119), QDate::currentDate());
        QCOMPARE(chart->bucket(), RunsChart::Bucket::Week);
        QCOMPARE(chart->chart()->axes().size(), 2);
        QCOMPARE(chart->barSet(u"export:opens"_s)->at(chart->bucketOf(QDate::currentDate())), 5.0);
#else
        s.page->setDateRange(QDate::currentDate().addDays(-119), QDate::currentDate());
#endif
        QCOMPARE(model->rowCount(), 4);
        // A week without today: no bars, no rows.
        s.page->setDateRange(QDate::currentDate().addDays(-10), QDate::currentDate().addDays(-4));
#if WRITEBACK_HAVE_CHARTS
        QCOMPARE(chart->categories().size(), 7);
        QCOMPARE(chart->bucketOf(QDate::currentDate()), -1);
        QVERIFY(!chart->barSet(u"export:opens"_s));
#endif
        QCOMPARE(model->rowCount(), 0);
        QCOMPARE(s.page->detailsTitle()->text(), u"No runs match these filters."_s);
    }

    void filesAndFoldersOpenThroughTheDesktop()
    {
        Setup s;
        QVERIFY(openWorkspace(s));
        const JobOutcome done = JobRunner(s.workspace->path()).run({JobId::Kind::Export, u"opens"_s});
        QVERIFY(done.state == u"completed"_s);
        QVERIFY(showPage(s));
        QList<QUrl> opened;
        RunsPage::setUrlOpener([&opened](const QUrl &url) {
            opened << url;
            return true;
        });
        clickRow(s.page->view(), 0);
        QTest::mouseClick(s.page->openFolderButton(), Qt::LeftButton);
        QCOMPARE(opened, QList<QUrl>{QUrl::fromLocalFile(s.out())});
        QTest::mouseClick(s.page->openFileButton(), Qt::LeftButton);
        QCOMPARE(opened.size(), 2);
        QCOMPARE(opened.last(), QUrl::fromLocalFile(s.out() + u'/' + done.files.first()));

        // A file taken away by whatever imports it: said so, nothing opened.
        QVERIFY(QFile::remove(s.out() + u'/' + done.files.first()));
        QTest::mouseClick(s.page->openFileButton(), Qt::LeftButton);
        QCOMPARE(opened.size(), 2);
        QVERIFY(s.page->message()->text().contains(u"no longer in"_s));

        // The schedule editor opens for the selected run's job.
        QTest::mouseClick(s.page->scheduleButton(), Qt::LeftButton);
        auto *editor = s.page->findChild<ScheduleEditor *>();
        QVERIFY(editor);
        QCOMPARE(editor->job(), u"export:opens"_s);
        QVERIFY(editor->isVisible());
        editor->close();
    }

#if WRITEBACK_HAVE_CHARTS
    // 200,000 runs in the period: the chart's per-day totals are complete and exact, while the
    // page reads only its table's page of runs.
    void aLargeHistoryIsChartedFromTotals()
    {
        Setup s;
        QVERIFY(openWorkspace(s));
        constexpr int Exports = 200'000, Fetches = 20'000;
        const QDateTime end = QDateTime::currentDateTimeUtc();
        // From 29 days ago (plus a margin for a DST change in between) to now: all in the period.
        const qint64 first = end.addDays(-29).addSecs(3 * 3600).toSecsSinceEpoch();
        const double step = double(end.toSecsSinceEpoch() - first) / Exports;
        QSqlQuery q(s.workspace->database());
        // One statement, one transaction; every tenth export failed (its rows do not count).
        QVERIFY2(q.exec(u"WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                        "INSERT INTO export_runs (export_id, state, trigger, started_at, rows) "
                        "SELECT (SELECT id FROM exports WHERE name = 'opens'), "
                        "CASE WHEN i % 10 = 0 THEN 'failed' ELSE 'completed' END, 'schedule', "
                        "strftime('%Y-%m-%dT%H:%M:%fZ', %2 + i * %3, 'unixepoch'), i % 7 FROM n"_s
                            .arg(Exports - 1).arg(first).arg(step, 0, 'f', 6)),
                 qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(u"WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                        "INSERT INTO fetch_runs (connection, state, started_at, rows) "
                        "SELECT 'server', CASE WHEN i % 4 = 0 THEN 'failed' ELSE 'completed' END, "
                        "strftime('%Y-%m-%dT%H:%M:%fZ', %2 + i * %3, 'unixepoch'), i % 5 FROM n"_s
                            .arg(Fetches - 1).arg(first).arg(step * Exports / Fetches, 0, 'f', 6)),
                 qPrintable(q.lastError().text()));
        QVERIFY(showPage(s));
        RunsChart *chart = s.page->chart();
        QCOMPARE(chart->categories().size(), 30);

        // The table holds its page, not the period.
        QCOMPARE(s.page->model()->rowCount(), RunFilter().limit);

        // Each day's bar against a count of the table itself, over that local day's UTC range.
        auto dayStart = [](const QDate &day) {
            return QDateTime(day, QTime(0, 0), QTimeZone::LocalTime).toUTC().toString(Qt::ISODateWithMs);
        };
        qint64 charted = 0;
        for (QDate day = s.page->fromEdit()->date(); day <= s.page->toEdit()->date(); day = day.addDays(1)) {
            const int bucket = chart->bucketOf(day);
            QVERIFY(bucket >= 0);
            for (const auto &[job, table, exportRows] :
                 {std::tuple{u"export:opens"_s, u"export_runs"_s, true}, std::tuple{u"fetch:server"_s, u"fetch_runs"_s, false}}) {
                QVERIFY(q.exec(u"SELECT count(*), coalesce(sum(CASE WHEN %1 THEN 0 ELSE rows END), 0) FROM %2 "
                               "WHERE started_at >= '%3' AND started_at < '%4'"_s
                                   .arg(exportRows ? u"state = 'failed'"_s : u"0"_s, table, dayStart(day),
                                        dayStart(day.addDays(1))))
                        && q.next());
                QCOMPARE(chart->runsOf(job, bucket), q.value(0).toInt());
                QCOMPARE(chart->rowsOf(job, bucket), q.value(1).toLongLong());
                charted += chart->runsOf(job, bucket);
            }
        }
        QCOMPARE(charted, qint64(Exports + Fetches));
        QCOMPARE(s.page->model()->rowCount(), RunFilter().limit);
    }
#endif

    // While the app is open it runs a due schedule itself, off the UI thread; the page lists
    // the run and the tray tells of a failed one.
    void theAppRunsDueSchedules()
    {
        Setup s;
        QVERIFY(openWorkspace(s));
        ScheduleRule rule;
        rule.at = QTime(6, 0);
        QString error;
        QVERIFY2(ScheduleStore(*s.workspace).set(u"export:opens"_s, rule, &error), qPrintable(error));
        // Made two days ago: today's (or yesterday's) 06:00 slot is due now.
        QSqlQuery q(s.workspace->database());
        QVERIFY(q.exec(u"UPDATE schedules SET created_at = '%1'"_s.arg(
            QDateTime::currentDateTimeUtc().addDays(-2).toString(Qt::ISODateWithMs))));
        QVERIFY(showPage(s));

        AppScheduler scheduler(s.workspace->path());
        TrayIcon tray(*s.workspace, &scheduler, s.window.get());
        connect(&scheduler, &AppScheduler::checked, s.page, &RunsPage::reload);
        QVERIFY2(tray.toolTip().contains(u"Next run: Export opens, "_s), qPrintable(tray.toolTip()));
        QVERIFY(tray.menu()->actions().contains(tray.runDueAction()));

        QVERIFY(QDir(s.out()).removeRecursively()); // so that the scheduled run fails
        QSignalSpy finished(&scheduler, &AppScheduler::runsFinished);
        scheduler.start();
        QVERIFY(scheduler.isBusy());
        QVERIFY(!tray.runDueAction()->isEnabled());
        QVERIFY(!scheduler.runDueNow()); // one check at a time
        QVERIFY(finished.wait(30000));
        const auto outcomes = finished.first().first().value<QList<JobOutcome>>();
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.first().trigger, u"schedule"_s);
        QVERIFY(outcomes.first().failed());
        QVERIFY(tray.runDueAction()->isEnabled());

        QCOMPARE(s.page->model()->rowCount(), 1);
        QCOMPARE(s.page->model()->index(0, RunsModel::Trigger).data().toString(), u"Scheduled"_s);
        QCOMPARE(s.page->model()->index(0, RunsModel::State).data().toString(), u"Failed"_s);
        QVERIFY2(tray.lastNotification().startsWith(u"Export opens failed\n"_s), qPrintable(tray.lastNotification()));
        QVERIFY(tray.lastNotification().contains(u"does not exist"_s));
        QVERIFY2(tray.toolTip().contains(u"Last failure: Export opens, today at"_s), qPrintable(tray.toolTip()));

        // The slot ran: the next check runs nothing, and says so.
        QSignalSpy checked(&scheduler, &AppScheduler::checked);
        QVERIFY(tray.runDueAction()->isEnabled());
        tray.runDueAction()->trigger();
        QVERIFY(checked.wait(30000));
        QVERIFY(checked.first().first().value<QList<JobOutcome>>().isEmpty());
        QCOMPARE(finished.size(), 1);
        QVERIFY(scheduler.shutdown(1000));
        QVERIFY(!scheduler.runDueNow());
    }
};

QTEST_MAIN(TestRunsPage)
#include "tst_runspage.moc"
