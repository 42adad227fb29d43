// SPDX-License-Identifier: GPL-3.0-or-later
// One refresh of the Runs page (what the app's scheduler triggers every 30 s) on a workspace
// with 200,000 export runs and 20,000 fetch runs in the chart's 30 days, and what its chart
// costs: the per-day totals summed in SQL, against loading every run of the period as JobRun
// objects, which is how the chart was fed before. Usage: runs_bench [exports] (default 200000);
// runs on QT_QPA_PLATFORM=offscreen.
#include "MainWindow.h"
#include "RunsModel.h"
#include "RunsPage.h"
#include "core/Workspace.h"
#include "export/ExportStore.h"
#include "jobs/JobHistory.h"

#include <QApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace wb;

namespace {

double median(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    return ms.at(ms.size() / 2);
}

template<typename Work>
double medianMs(int rounds, Work work)
{
    QList<double> ms;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        ms << double(t.nsecsElapsed()) / 1e6;
    }
    return median(ms);
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int exports = argc > 1 ? QByteArray(argv[1]).toInt() : 200'000;
    const int fetches = exports / 10;
    QTemporaryDir dir;
    Workspace workspace;
    QString error;
    if (!workspace.open(dir.filePath(u"ws.sqlite"_s), &error))
        qFatal("%s", qPrintable(error));
    ExportDefinition d;
    d.name = u"opens"_s;
    d.dataset = u"fullmeasure.content_card_opens"_s;
    d.columns = {{u"contact_id"_s, u"ID"_s}};
    d.file.name = u"opens"_s;
    d.destination.path = dir.path();
    if (!ExportStore(workspace).save(d, &error))
        qFatal("%s", qPrintable(error));
    const QDateTime end = QDateTime::currentDateTimeUtc();
    const qint64 first = end.addDays(-29).addSecs(3 * 3600).toSecsSinceEpoch();
    const double step = double(end.toSecsSinceEpoch() - first) / exports;
    QSqlQuery q(workspace.database());
    for (const QString &insert :
         {u"WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
          "INSERT INTO export_runs (export_id, state, trigger, started_at, rows, file_name, location) "
          "SELECT 1, CASE WHEN i % 10 = 0 THEN 'failed' ELSE 'completed' END, 'schedule', "
          "strftime('%Y-%m-%dT%H:%M:%fZ', %2 + i * %3, 'unixepoch'), i % 7, 'opens_' || i || '.csv', '/srv/out' FROM n"_s
              .arg(exports - 1).arg(first).arg(step, 0, 'f', 6),
          u"WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
          "INSERT INTO fetch_runs (connection, state, started_at, rows) "
          "SELECT 'server', 'completed', strftime('%Y-%m-%dT%H:%M:%fZ', %2 + i * %3, 'unixepoch'), i % 5 FROM n"_s
              .arg(fetches - 1).arg(first).arg(step * exports / fetches, 0, 'f', 6)})
        if (!q.exec(insert))
            qFatal("%s", qPrintable(q.lastError().text()));

    ui::MainWindow window(workspace);
    window.resize(1100, 760);
    window.setPage(ui::MainWindow::Runs);
    window.show();
    ui::RunsPage *page = window.runsPage();
    QCoreApplication::processEvents();
    const double refresh = medianMs(5, [&] { page->reload(); });

    JobHistory history(workspace);
    const QDate to = QDate::currentDate(), from = to.addDays(-29);
    qint64 totalRuns = 0;
    const double totals = medianMs(5, [&] {
        totalRuns = 0;
        for (const JobHistory::DayTotal &t : history.dailyTotals(from, to))
            totalRuns += t.runs;
    });
    // The chart's input before: every run of the period, as objects.
    RunFilter all;
    all.from = from;
    all.to = to;
    all.limit = 1'000'000;
    qsizetype loaded = 0;
    const double objects = medianMs(3, [&] { loaded = history.runs(all).size(); });

    std::printf("Runs page on %d export runs + %d fetch runs in its 30 days (median of 5):\n", exports, fetches);
    std::printf("  one refresh now (table page of %d runs, chart from SQL totals)   %8.1f ms\n",
                page->model()->rowCount(), refresh);
    std::printf("  of which the chart's totals, JobHistory::dailyTotals (%lld runs)   %8.1f ms\n",
                totalRuns, totals);
    std::printf("  the chart's input before: runs() of the period as JobRun (%lld)   %8.1f ms\n",
                qint64(loaded), objects);
    std::printf("  one refresh before, estimated (now - totals + runs())             %8.1f ms   ratio %.1fx\n",
                refresh - totals + objects, (refresh - totals + objects) / refresh);
    return 0;
}
