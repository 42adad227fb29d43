// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunsChart.h"

#include "RunsModel.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QEvent>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLegendMarker>
#include <QLocale>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace wb::ui {

namespace {

// Beyond about two months of days the bars get thinner than their labels; beyond two years
// of weeks likewise.
constexpr qint64 MaxDays = 62;
constexpr qint64 MaxWeeks = 104;

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace

RunsChart::RunsChart(QWidget *parent)
    : QChartView(new QChart, parent)
    , m_x(new QCategoryAxis(this))
    , m_y(new QValueAxis(this))
{
    setObjectName(u"runsChart"_s);
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
    chart()->legend()->setAlignment(Qt::AlignRight);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    chart()->layout()->setContentsMargins(0, 0, 0, 0);
    chart()->setBackgroundRoundness(0);
    // Bars stand at 0..n-1 on a value axis whose labels name every k-th bar, the latest
    // included: thirty day labels do not fit side by side, and upright ones get cut short.
    m_x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_x->setGridLineVisible(false);
    chart()->addAxis(m_x, Qt::AlignBottom);
    chart()->addAxis(m_y, Qt::AlignLeft);
    applyPalette();
}

void RunsChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        applyPalette();
        rebuild();
    }
}

void RunsChart::applyPalette()
{
    // The chart's own themes, but on the page's colours so that it sits in the page rather
    // than on a white card in a dark theme.
    const QPalette p = palette();
    chart()->setTheme(isDark(p) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart()->setBackgroundBrush(p.color(QPalette::Base));
    chart()->setBackgroundPen(Qt::NoPen);
    chart()->setTitleBrush(p.color(QPalette::Text));
    chart()->legend()->setLabelColor(p.color(QPalette::Text));
    QFont title = font();
    title.setBold(true);
    chart()->setTitleFont(title);
    chart()->legend()->setFont(font());
    QFont axisTitle = font();
    axisTitle.setBold(false);
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(m_x), static_cast<QAbstractAxis *>(m_y)}) {
        axis->setLabelsColor(p.color(QPalette::Text));
        axis->setTitleBrush(p.color(QPalette::Text));
        axis->setLabelsFont(font());
        axis->setTitleFont(axisTitle);
    }
    setBackgroundBrush(p.color(QPalette::Base));
}

QDate RunsChart::bucketStart(const QDate &day) const
{
    switch (m_bucket) {
    case Bucket::Day: return day;
    case Bucket::Week: return day.addDays(1 - day.dayOfWeek()); // weeks start on Monday (ISO 8601)
    case Bucket::Month: return QDate(day.year(), day.month(), 1);
    }
    return day;
}

QDate RunsChart::nextBucket(const QDate &start) const
{
    switch (m_bucket) {
    case Bucket::Day: return start.addDays(1);
    case Bucket::Week: return start.addDays(7);
    case Bucket::Month: return start.addMonths(1);
    }
    return start.addDays(1);
}

QString RunsChart::bucketLabel(const QDate &start) const
{
    const QLocale locale;
    switch (m_bucket) {
    case Bucket::Day: return locale.toString(start, u"d MMM"_s);
    // A period over two years could repeat a day and month.
    case Bucket::Week:
        return locale.toString(start, m_from.year() == m_to.year() ? u"d MMM"_s : u"d MMM yy"_s);
    case Bucket::Month: return locale.toString(start, u"MMM yyyy"_s);
    }
    return {};
}

QString RunsChart::bucketTitle(int bucket) const
{
    const QLocale locale;
    const QDate start = m_starts.value(bucket);
    switch (m_bucket) {
    case Bucket::Day: return locale.toString(start, QLocale::LongFormat);
    case Bucket::Week:
        return tr("Week of %1").arg(locale.toString(std::max(start, m_from), QLocale::ShortFormat));
    case Bucket::Month: return locale.toString(start, u"MMMM yyyy"_s);
    }
    return {};
}

int RunsChart::bucketOf(const QDate &day) const
{
    if (!day.isValid() || day < m_from || day > m_to)
        return -1;
    return int(m_starts.indexOf(bucketStart(day)));
}

qint64 RunsChart::rowsOf(const QString &job, int bucket) const
{
    return m_cells.value(job).value(bucket).rows;
}

int RunsChart::runsOf(const QString &job, int bucket) const
{
    return m_cells.value(job).value(bucket).runs;
}

QString RunsChart::toolTip(const QString &job, int bucket) const
{
    const Cell cell = m_cells.value(job).value(bucket);
    const QLocale locale;
    QString text = u"<b>%1</b><br>%2<br>"_s.arg(RunsModel::jobTitle(job).toHtmlEscaped(),
                                                 bucketTitle(bucket).toHtmlEscaped());
    text += tr("%1 rows in %n run(s)", nullptr, cell.runs).arg(locale.toString(cell.rows));
    if (cell.failed > 0)
        text += u"<br>"_s + tr("%n failed", nullptr, cell.failed);
    return text;
}

void RunsChart::setTotals(const QList<JobHistory::DayTotal> &totals, const QDate &from, const QDate &to)
{
    const QDate oldFrom = m_from, oldTo = m_to;
    const QHash<QString, QList<Cell>> oldCells = m_cells;
    m_from = from;
    m_to = to;
    const qint64 days = from.daysTo(to) + 1;
    m_bucket = days <= MaxDays ? Bucket::Day : days <= MaxWeeks * 7 ? Bucket::Week : Bucket::Month;
    m_starts.clear();
    m_labels.clear();
    for (QDate d = bucketStart(from); d.isValid() && d <= to; d = nextBucket(d)) {
        m_starts << d;
        m_labels << bucketLabel(d);
    }

    m_cells.clear();
    for (const JobHistory::DayTotal &total : totals) {
        const int bucket = bucketOf(total.day);
        if (bucket < 0)
            continue;
        QList<Cell> &cells = m_cells[total.job];
        cells.resize(m_starts.size());
        Cell &cell = cells[bucket];
        cell.rows += total.rows;
        cell.runs += total.runs;
        cell.failed += total.failed;
    }
    m_jobs = m_cells.keys();
    std::sort(m_jobs.begin(), m_jobs.end(), [](const QString &a, const QString &b) {
        return RunsModel::jobTitle(a).localeAwareCompare(RunsModel::jobTitle(b)) < 0;
    });
    // The page reloads on every check of the app's scheduler: redraw only what changed, so a
    // tooltip stays put.
    if (m_series && from == oldFrom && to == oldTo && m_cells == oldCells)
        return;
    rebuild();
}

void RunsChart::rebuild()
{
    QChart *c = chart();
    // The axes stay and are set up again: axes removed from a chart and deleted were still
    // drawn under the new ones (Qt 6.8).
    c->removeAllSeries();
    m_sets.clear();
    m_series = nullptr;
    for (const QString &label : m_x->categoriesLabels())
        m_x->remove(label);
    m_x->hide();
    m_y->hide();
    if (!m_from.isValid())
        return;

    const QLocale locale;
    const QString period = tr("%1 to %2").arg(locale.toString(m_from, QLocale::ShortFormat),
                                               locale.toString(m_to, QLocale::ShortFormat));
    if (m_jobs.isEmpty()) {
        c->setTitle(tr("No runs from %1").arg(period));
        c->legend()->hide();
        return;
    }
    c->setTitle(m_bucket == Bucket::Day    ? tr("Rows per day, %1").arg(period)
                : m_bucket == Bucket::Week ? tr("Rows per week, %1").arg(period)
                                           : tr("Rows per month, %1").arg(period));

    qint64 highest = 0;
    for (int b = 0; b < m_starts.size(); ++b) {
        qint64 stacked = 0;
        for (const QString &job : std::as_const(m_jobs))
            stacked += rowsOf(job, b);
        highest = std::max(highest, stacked);
    }
    // Axis labels in thousands or millions rather than "1.2e+06"; the tooltips say exact counts.
    double scale = 1;
    QString axisTitle = tr("Rows");
    if (highest >= 10'000'000) {
        scale = 1'000'000;
        axisTitle = tr("Rows (millions)");
    } else if (highest >= 10'000) {
        scale = 1'000;
        axisTitle = tr("Rows (thousands)");
    }

    m_series = new QStackedBarSeries;
    m_series->setBarWidth(0.75);
    for (const QString &job : std::as_const(m_jobs)) {
        auto *set = new QBarSet(RunsModel::jobTitle(job));
        const QList<Cell> &cells = m_cells[job];
        for (int b = 0; b < m_starts.size(); ++b)
            set->append(double(cells.value(b).rows) / scale);
        set->setBorderColor(Qt::transparent);
        m_series->append(set);
        m_sets.insert(job, set);
    }
    c->addSeries(m_series);

    // Bars stand at 0..n-1 on a value axis whose labels name every k-th bar, the latest
    // included: thirty day labels do not fit side by side, and upright ones get cut short.
    const int count = int(m_labels.size());
    const int every = std::max(1, (count + 7) / 8);
    m_x->setStartValue(-0.5);
    for (int i = (count - 1) % every; i < count; i += every)
        m_x->append(m_labels[i], i);
    m_x->setRange(-0.5, count - 0.5);

    if (scale == 1 && highest < 5) {
        // Whole rows only: with few rows Qt would otherwise label 0.5, 1.5, ...
        m_y->setRange(0, double(std::max<qint64>(highest, 1)));
        m_y->setTickCount(int(std::max<qint64>(highest, 1)) + 1);
    } else {
        m_y->setTickCount(6);
        m_y->setRange(0, double(highest) / scale);
        m_y->applyNiceNumbers();
    }
    m_y->setLabelFormat(highest / scale < 5 && scale > 1 ? u"%.1f"_s : u"%.0f"_s);
    m_y->setTitleText(axisTitle);
    m_series->attachAxis(m_x);
    m_series->attachAxis(m_y);
    m_x->show();
    m_y->show();

    c->legend()->setVisible(true);

    connect(m_series, &QStackedBarSeries::hovered, this, [this](bool status, int index, QBarSet *set) {
        if (!status) {
            QToolTip::hideText();
            return;
        }
        const QString job = m_sets.key(set);
        QToolTip::showText(QCursor::pos(), toolTip(job, index), this);
    });
}

} // namespace wb::ui
