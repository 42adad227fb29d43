// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/JobHistory.h"

#include <QChartView>
#include <QDate>
#include <QHash>
#include <QList>

class QBarSet;
class QCategoryAxis;
class QStackedBarSeries;
class QValueAxis;

namespace wb::ui {

// Rows moved per day by each job, as stacked bars: one bar set (and legend entry) per job.
// Long periods are shown per week or per month so that the bars stay readable; hovering a
// bar says the job, the day, its rows and runs.
class RunsChart : public QChartView
{
    Q_OBJECT

public:
    enum class Bucket { Day, Week, Month };

    explicit RunsChart(QWidget *parent = nullptr);

    // Per-day totals of the runs started in [from, to] (local days; JobHistory::dailyTotals):
    // the chart never needs the runs themselves, of which there may be a million.
    void setTotals(const QList<JobHistory::DayTotal> &totals, const QDate &from, const QDate &to);

    Bucket bucket() const { return m_bucket; }
    QStringList categories() const { return m_labels; }
    // The bar of `day`, or -1 outside the period.
    int bucketOf(const QDate &day) const;
    QStackedBarSeries *series() const { return m_series; }
    // The job's bar set ("export:opens"), or null when it has no runs in the period.
    QBarSet *barSet(const QString &job) const { return m_sets.value(job); }
    // The rows the bar shows, unscaled (the axis may count in thousands).
    qint64 rowsOf(const QString &job, int bucket) const;
    int runsOf(const QString &job, int bucket) const;
    // What hovering a bar shows.
    QString toolTip(const QString &job, int bucket) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Cell
    {
        qint64 rows = 0;
        int runs = 0;
        int failed = 0;
        bool operator==(const Cell &) const = default;
    };

    QDate bucketStart(const QDate &day) const;
    QDate nextBucket(const QDate &start) const;
    QString bucketLabel(const QDate &start) const;
    QString bucketTitle(int bucket) const;
    void applyPalette();
    void rebuild();

    QCategoryAxis *m_x;
    QValueAxis *m_y;
    Bucket m_bucket = Bucket::Day;
    QDate m_from, m_to;
    QList<QDate> m_starts; // first day of each bar
    QStringList m_labels;
    QStringList m_jobs;                 // in legend order
    QHash<QString, QList<Cell>> m_cells; // job -> per bucket
    QHash<QString, QBarSet *> m_sets;
    QStackedBarSeries *m_series = nullptr;
};

} // namespace wb::ui
