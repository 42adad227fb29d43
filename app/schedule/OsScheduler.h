// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedule/ScheduleRule.h"
#include "schedule/SchedulerFiles.h"

#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <memory>

namespace wb {

// What the OS has registered for one job.
struct Registration
{
    QString kind;      // OsScheduler::name()
    QStringList files; // registration files that exist (none for crontab)
    bool installed = false;
    QString detail;    // what the OS said, for the user and for support
};

// Registers `writeback-cli --workspace PATH run-due --job JOB` with the OS scheduler, so that
// schedules run while the app is closed: systemd user timers, else crontab, on Linux;
// launchd on macOS; Task Scheduler on Windows. One registration per job, named
// schedulerName(job); installing again replaces it.
//
// WRITEBACK_SCHEDULER_ROOT puts the files into that folder instead of the OS's own (the
// crontab becomes ROOT/crontab), and WRITEBACK_SCHEDULER_FILES_ONLY=1 writes and removes
// files without calling systemctl, crontab, launchctl or schtasks; tests use both.
class OsScheduler
{
public:
    enum class Backend { SystemdUser, Crontab, Launchd, TaskScheduler };

    virtual ~OsScheduler();

    // The scheduler this machine uses: launchd on macOS, Task Scheduler on Windows, systemd
    // user timers where a systemd user manager answers, crontab otherwise.
    static std::unique_ptr<OsScheduler> forThisMachine();
    static std::unique_ptr<OsScheduler> create(Backend backend);

    virtual Backend backend() const = 0;
    virtual QString name() const = 0; // "systemd user timer", "crontab", "launchd", "Task Scheduler"
    // Whether install() can work here; if not, *why says what is missing.
    virtual bool available(QString *why) const = 0;
    virtual bool install(const QString &job, const ScheduleRule &rule, const QString &cliPath,
                         const QString &workspacePath, QString *error) = 0;
    // Removing what is not there succeeds.
    virtual bool remove(const QString &job, QString *error) = 0;
    virtual Registration status(const QString &job) const = 0;

    // Where the files go: the OS's own folder unless set (or WRITEBACK_SCHEDULER_ROOT was, at creation).
    QString root() const;
    void setRoot(const QString &folder);
    bool filesOnly() const { return m_filesOnly; }
    void setFilesOnly(bool on) { m_filesOnly = on; }
    // The zone the OS schedules in (launchd, cron and Task Scheduler know only this one).
    QTimeZone machineZone() const { return m_machineZone; }
    void setMachineZone(const QTimeZone &zone) { m_machineZone = zone; }

protected:
    OsScheduler();
    virtual QString defaultRoot() const = 0;

private:
    QString m_root;
    bool m_filesOnly = false;
    QTimeZone m_machineZone;
};

} // namespace wb
