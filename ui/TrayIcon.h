// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/JobRunner.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QSystemTrayIcon;
class QWidget;

namespace wb {
class Workspace;
}

namespace wb::ui {

class AppScheduler;

// The app in the system tray, where there is one: its tooltip says the next scheduled run and
// the last failure; its menu opens the window, runs due jobs now, or quits; a scheduled run
// that fails pops up a desktop notification with the job and the reason. The menu and the
// texts exist without a tray too, for tests and screenshots.
class TrayIcon : public QObject
{
    Q_OBJECT

public:
    TrayIcon(Workspace &workspace, AppScheduler *scheduler, QWidget *window, QObject *parent = nullptr);
    ~TrayIcon() override;

    // Null where the desktop has no system tray.
    QSystemTrayIcon *icon() const { return m_icon; }
    QMenu *menu() const { return m_menu; }
    QAction *openAction() const { return m_open; }
    QAction *runDueAction() const { return m_runDue; }
    QAction *quitAction() const { return m_quit; }
    QString toolTip() const { return m_toolTip; }
    // The title and text of the last notification, shown or (without a tray) not.
    QString lastNotification() const { return m_lastNotification; }

    // "today at 07:30", "tomorrow at 06:00", "Thu 26 Nov at 07:30".
    static QString whenText(const QDateTime &utc, const QDateTime &now);

public Q_SLOTS:
    // Reads the schedules and the last failure again.
    void refresh();
    void showWindow();
    void notifyFailures(const QList<wb::JobOutcome> &outcomes);

Q_SIGNALS:
    // The notification was clicked: the Runs page should be shown.
    void runsRequested();

private:
    Workspace &m_workspace;
    QPointer<AppScheduler> m_scheduler;
    QPointer<QWidget> m_window;
    QMenu *m_menu;
    QAction *m_open;
    QAction *m_runDue;
    QAction *m_quit;
    QSystemTrayIcon *m_icon = nullptr;
    QString m_toolTip;
    QString m_lastNotification;
};

} // namespace wb::ui
