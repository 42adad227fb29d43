// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrayIcon.h"

#include "AppScheduler.h"
#include "Icons.h"
#include "RunsModel.h"
#include "jobs/JobHistory.h"
#include "jobs/ScheduleStore.h"

#include <QAction>
#include <QCoreApplication>
#include <QLocale>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QWidget>

#include <optional>

using namespace Qt::StringLiterals;

namespace wb::ui {

namespace {

// Windows cuts tray tooltips at 127 characters; keep each line short.
QString shortened(const QString &text, int length = 70)
{
    const QString line = text.section(u'\n', 0, 0).simplified();
    return line.size() <= length ? line : line.left(length - 1) + u'…';
}

} // namespace

TrayIcon::TrayIcon(Workspace &workspace, AppScheduler *scheduler, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_scheduler(scheduler)
    , m_window(window)
    , m_menu(new QMenu)
{
    m_menu->setObjectName(u"trayMenu"_s);
    m_open = m_menu->addAction(tr("&Open Writeback Studio"), this, &TrayIcon::showWindow);
    m_open->setObjectName(u"actionTrayOpen"_s);
    m_runDue = m_menu->addAction(tr("&Run due jobs now"));
    m_runDue->setObjectName(u"actionTrayRunDue"_s);
    m_runDue->setToolTip(tr("Run the scheduled jobs whose time has come, without waiting for the next check"));
    m_menu->addSeparator();
    m_quit = m_menu->addAction(tr("&Quit"));
    m_quit->setObjectName(u"actionTrayQuit"_s);
    m_quit->setMenuRole(QAction::NoRole); // the window's File menu has the Quit of macOS's app menu

    if (m_scheduler) {
        connect(m_runDue, &QAction::triggered, m_scheduler, &AppScheduler::runDueNow);
        connect(m_scheduler, &AppScheduler::checkStarted, this, [this] { m_runDue->setEnabled(false); });
        connect(m_scheduler, &AppScheduler::checked, this, [this] {
            m_runDue->setEnabled(true);
            refresh();
        });
        connect(m_scheduler, &AppScheduler::runsFinished, this, &TrayIcon::notifyFailures);
    } else {
        m_runDue->setEnabled(false);
    }
    connect(m_quit, &QAction::triggered, this, [this] {
        // Through the window, so that it saves its state as on any close; closing the last
        // window quits.
        if (!m_window || m_window->close())
            QCoreApplication::quit();
    });

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_icon = new QSystemTrayIcon(Icons::app(), this);
        m_icon->setContextMenu(m_menu);
        connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                showWindow();
        });
        connect(m_icon, &QSystemTrayIcon::messageClicked, this, [this] {
            showWindow();
            Q_EMIT runsRequested();
        });
        m_icon->show();
    }
    refresh();
}

TrayIcon::~TrayIcon()
{
    // The icon first: it still refers to the menu while it leaves the tray.
    delete m_icon;
    delete m_menu;
}

QString TrayIcon::whenText(const QDateTime &utc, const QDateTime &now)
{
    const QLocale locale;
    const QDateTime local = utc.toLocalTime();
    const QDate today = now.toLocalTime().date();
    const QString time = locale.toString(local.time(), u"HH:mm"_s); // as schedules are written
    if (local.date() == today)
        return tr("today at %1").arg(time);
    if (local.date() == today.addDays(1))
        return tr("tomorrow at %1").arg(time);
    if (local.date() == today.addDays(-1))
        return tr("yesterday at %1").arg(time);
    return tr("%1 at %2").arg(locale.toString(local.date(), u"ddd d MMM"_s), time);
}

void TrayIcon::refresh()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    std::optional<std::pair<QDateTime, QString>> next;
    for (const Schedule &s : ScheduleStore(m_workspace).list()) {
        if (s.paused)
            continue;
        const std::optional<QDateTime> t = s.rule.nextAfter(now);
        if (t && (!next || *t < next->first))
            next = std::make_pair(*t, s.job);
    }
    QStringList lines{tr("Writeback Studio")};
    lines << (next ? tr("Next run: %1, %2").arg(RunsModel::jobTitle(next->second), whenText(next->first, now))
                   : tr("No scheduled runs"));
    RunFilter failed;
    failed.state = u"failed"_s;
    failed.limit = 1;
    const QList<JobRun> last = JobHistory(m_workspace).runs(failed);
    if (!last.isEmpty()) {
        const JobRun &run = last.first();
        lines << tr("Last failure: %1, %2").arg(RunsModel::jobTitle(run.job), whenText(run.startedAt, now));
        if (!run.error.isEmpty())
            lines << shortened(run.error);
    }
    m_toolTip = lines.join(u'\n');
    if (m_icon)
        m_icon->setToolTip(m_toolTip);
}

void TrayIcon::showWindow()
{
    if (!m_window)
        return;
    m_window->show();
    m_window->setWindowState((m_window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    m_window->raise();
    m_window->activateWindow();
}

void TrayIcon::notifyFailures(const QList<JobOutcome> &outcomes)
{
    QList<JobOutcome> failures;
    for (const JobOutcome &o : outcomes) {
        if (o.failed())
            failures << o;
    }
    if (failures.isEmpty())
        return;
    QString title;
    QString text;
    if (failures.size() == 1) {
        const JobOutcome &o = failures.first();
        title = tr("%1 failed").arg(RunsModel::jobTitle(o.job));
        text = o.error.isEmpty() ? tr("No reason was recorded; see the Runs page.") : shortened(o.error, 200);
    } else {
        title = tr("%n scheduled run(s) failed", nullptr, int(failures.size()));
        QStringList lines;
        for (const JobOutcome &o : std::as_const(failures))
            lines << tr("%1: %2").arg(RunsModel::jobTitle(o.job), shortened(o.error, 90));
        text = lines.join(u'\n');
    }
    m_lastNotification = title + u'\n' + text;
    if (m_icon)
        m_icon->showMessage(title, text, QSystemTrayIcon::Critical);
    refresh();
}

} // namespace wb::ui
