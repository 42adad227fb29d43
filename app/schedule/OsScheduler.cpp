// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/OsScheduler.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace wb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wb", text);
}

constexpr int toolTimeoutMs = 30000;

struct Ran
{
    Q_DECLARE_TR_FUNCTIONS(wb::Ran)

public:
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString what; // the command line, for messages

    bool ok() const { return finished && exitCode == 0; }
    QString message() const
    {
        QString said = QString::fromLocal8Bit(err.trimmed());
        if (said.isEmpty())
            said = QString::fromLocal8Bit(out.trimmed());
        if (!finished)
            return tr("%1 could not run: %2").arg(what, said);
        return said.isEmpty() ? tr("%1 failed (exit code %2)").arg(what).arg(exitCode)
                              : tr("%1 failed: %2").arg(what, said);
    }
};

Ran runTool(const QString &program, const QStringList &args, const QByteArray &input = {})
{
    Ran r;
    r.what = QStringList(QStringList{program} + args).join(u' ');
    const QString path = QStandardPaths::findExecutable(program);
    if (path.isEmpty()) {
        r.err = tr("%1 is not installed (not found in PATH)").arg(program).toLocal8Bit();
        return r;
    }
    QProcess p;
    p.start(path, args);
    if (!p.waitForStarted(toolTimeoutMs)) {
        r.err = p.errorString().toLocal8Bit();
        return r;
    }
    if (!input.isNull())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(toolTimeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = tr("no answer within %1 seconds").arg(toolTimeoutMs / 1000).toLocal8Bit();
        return r;
    }
    r.finished = p.exitStatus() == QProcess::NormalExit;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

bool fail(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return false;
}

bool writeFile(const QString &path, const QByteArray &data, QString *error)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return fail(error, tr("Cannot create the folder %1.").arg(QFileInfo(path).absolutePath()));
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit())
        return fail(error, tr("Cannot write %1: %2").arg(path, f.errorString()));
    return true;
}

bool removeFile(const QString &path, QString *error)
{
    if (QFile::exists(path) && !QFile::remove(path))
        return fail(error, tr("Cannot delete %1.").arg(path));
    return true;
}

QStringList existing(const QStringList &paths)
{
    QStringList out;
    for (const QString &p : paths)
        if (QFile::exists(p))
            out << p;
    return out;
}

bool checkInput(const ScheduleRule &rule, const QString &cliPath, QString *error)
{
    const QString problem = rule.validate();
    if (!problem.isEmpty())
        return fail(error, problem);
    if (!QFileInfo(cliPath).isAbsolute())
        return fail(error, tr("The scheduler needs the full path of writeback-cli, not \"%1\".").arg(cliPath));
    return true;
}

// The OS starts run-due in another folder, where a relative path would point nowhere.
QString fromAnywhere(const QString &path)
{
    return QFileInfo(path).absoluteFilePath();
}

QDate today(const QTimeZone &zone)
{
    return QDateTime::currentDateTime().toTimeZone(zone).date();
}

// ---- systemd user timers ---------------------------------------------------------------

class SystemdScheduler final : public OsScheduler
{
    Q_DECLARE_TR_FUNCTIONS(wb::SystemdScheduler)

public:
    Backend backend() const override { return Backend::SystemdUser; }
    QString name() const override { return u"systemd user timer"_s; }

    static bool userManagerAnswers(QString *why)
    {
        const Ran r = runTool(u"systemctl"_s, {u"--user"_s, u"show-environment"_s});
        if (r.ok())
            return true;
        return fail(why, tr("no systemd user manager: %1").arg(r.message()));
    }

    bool available(QString *why) const override { return filesOnly() || userManagerAnswers(why); }

    bool install(const QString &job, const ScheduleRule &rule, const QString &cliPath,
                 const QString &workspace, QString *error) override
    {
        if (!checkInput(rule, cliPath, error))
            return false;
        const QString workspacePath = fromAnywhere(workspace);
        const QString unit = schedulerName(job);
        if (!writeFile(servicePath(job), systemdService(job, cliPath, workspacePath), error)
            || !writeFile(timerPath(job), systemdTimer(job, rule, machineZone(), today(machineZone())), error))
            return false;
        if (filesOnly())
            return true;
        // restart, not just enable --now: a timer that runs already keeps its old calendar.
        for (const QStringList &args : {QStringList{u"daemon-reload"_s}, QStringList{u"enable"_s, unit + u".timer"_s},
                                        QStringList{u"restart"_s, unit + u".timer"_s}}) {
            const Ran r = systemctl(args);
            if (!r.ok()) {
                QFile::remove(servicePath(job));
                QFile::remove(timerPath(job));
                systemctl({u"daemon-reload"_s});
                return fail(error, r.message());
            }
        }
        return true;
    }

    bool remove(const QString &job, QString *error) override
    {
        if (existing({servicePath(job), timerPath(job)}).isEmpty())
            return true;
        QString problem;
        if (!filesOnly()) {
            const Ran r = systemctl({u"disable"_s, u"--now"_s, schedulerName(job) + u".timer"_s});
            if (!r.ok())
                problem = r.message();
        }
        if (!removeFile(timerPath(job), error) || !removeFile(servicePath(job), error))
            return false;
        if (!filesOnly()) {
            const Ran r = systemctl({u"daemon-reload"_s});
            if (!r.ok() && problem.isEmpty())
                problem = r.message();
        }
        return problem.isEmpty() || fail(error, problem);
    }

    Registration status(const QString &job) const override
    {
        Registration reg;
        reg.kind = name();
        reg.files = existing({servicePath(job), timerPath(job)});
        const bool complete = reg.files.size() == 2;
        if (filesOnly()) {
            reg.installed = complete;
            reg.detail = tr("files only, systemctl not asked");
            return reg;
        }
        const Ran r = systemctl({u"is-enabled"_s, schedulerName(job) + u".timer"_s});
        const QString state = QString::fromLocal8Bit(r.out.trimmed());
        reg.installed = complete && state == u"enabled"_s;
        reg.detail = state.isEmpty() ? r.message() : state;
        return reg;
    }

protected:
    QString defaultRoot() const override
    {
        QString config = qEnvironmentVariable("XDG_CONFIG_HOME");
        if (config.isEmpty() || !QDir::isAbsolutePath(config))
            config = QDir::homePath() + u"/.config"_s;
        return config + u"/systemd/user"_s;
    }

private:
    QString servicePath(const QString &job) const { return root() + u'/' + schedulerName(job) + u".service"_s; }
    QString timerPath(const QString &job) const { return root() + u'/' + schedulerName(job) + u".timer"_s; }
    static Ran systemctl(const QStringList &args) { return runTool(u"systemctl"_s, QStringList{u"--user"_s} + args); }
};

// ---- crontab -------------------------------------------------------------------------

class CronScheduler final : public OsScheduler
{
    Q_DECLARE_TR_FUNCTIONS(wb::CronScheduler)

public:
    Backend backend() const override { return Backend::Crontab; }
    QString name() const override { return u"crontab"_s; }

    bool available(QString *why) const override
    {
        if (filesOnly())
            return true;
        QString problem;
        if (!read(&problem))
            return fail(why, problem);
        return true;
    }

    bool install(const QString &job, const ScheduleRule &rule, const QString &cliPath,
                 const QString &workspace, QString *error) override
    {
        if (!checkInput(rule, cliPath, error))
            return false;
        const QString workspacePath = fromAnywhere(workspace);
        const std::optional<QByteArray> current = read(error);
        if (!current)
            return false;
        const QByteArray lines = crontabLine(job, rule, cliPath, workspacePath, machineZone(), today(machineZone()));
        return write(mergeCrontab(*current, schedulerName(job), lines), error);
    }

    bool remove(const QString &job, QString *error) override
    {
        const std::optional<QByteArray> current = read(error);
        if (!current)
            return false;
        if (!crontabHas(*current, schedulerName(job)))
            return true;
        return write(mergeCrontab(*current, schedulerName(job), {}), error);
    }

    Registration status(const QString &job) const override
    {
        Registration reg;
        reg.kind = name();
        if (filesOnly())
            reg.files = existing({crontabFile()});
        QString problem;
        const std::optional<QByteArray> current = read(&problem);
        if (!current) {
            reg.detail = problem;
            return reg;
        }
        reg.installed = crontabHas(*current, schedulerName(job));
        const QByteArray tag = "# writeback-studio:" + schedulerName(job).toUtf8();
        for (const QByteArray &line : current->split('\n'))
            if (line.contains(tag) && !line.startsWith('#'))
                reg.detail += QString::fromUtf8(line) + u'\n';
        return reg;
    }

protected:
    QString defaultRoot() const override
    {
        return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/Writeback Studio/schedules"_s;
    }

private:
    QString crontabFile() const { return root() + u"/crontab"_s; }

    std::optional<QByteArray> read(QString *error) const
    {
        if (filesOnly()) {
            QFile f(crontabFile());
            if (!f.exists())
                return QByteArray();
            if (!f.open(QIODevice::ReadOnly)) {
                fail(error, tr("Cannot read %1: %2").arg(f.fileName(), f.errorString()));
                return std::nullopt;
            }
            return f.readAll();
        }
        const Ran r = runTool(u"crontab"_s, {u"-l"_s});
        if (r.ok())
            return r.out;
        // "no crontab for USER": an empty crontab, not a failure.
        if (r.finished && r.err.contains("no crontab"))
            return QByteArray();
        fail(error, r.message());
        return std::nullopt;
    }

    bool write(const QByteArray &crontab, QString *error) const
    {
        if (filesOnly())
            return writeFile(crontabFile(), crontab, error);
        const Ran r = runTool(u"crontab"_s, {u"-"_s}, crontab.isNull() ? QByteArray("") : crontab);
        return r.ok() || fail(error, r.message());
    }
};

// ---- launchd ---------------------------------------------------------------------------

class LaunchdScheduler final : public OsScheduler
{
    Q_DECLARE_TR_FUNCTIONS(wb::LaunchdScheduler)

public:
    Backend backend() const override { return Backend::Launchd; }
    QString name() const override { return u"launchd"_s; }

    bool available(QString *why) const override
    {
        if (filesOnly())
            return true;
#ifdef Q_OS_MACOS
        if (!QStandardPaths::findExecutable(u"launchctl"_s).isEmpty())
            return true;
        return fail(why, tr("launchctl is not in PATH"));
#else
        return fail(why, tr("launchd runs on macOS only"));
#endif
    }

    bool install(const QString &job, const ScheduleRule &rule, const QString &cliPath,
                 const QString &workspace, QString *error) override
    {
        if (!checkInput(rule, cliPath, error))
            return false;
        const QString workspacePath = fromAnywhere(workspace);
        const QByteArray plist = launchdPlist(job, rule, cliPath, workspacePath, logDirectory(), machineZone(),
                                              today(machineZone()));
        if (!writeFile(plistPath(job), plist, error))
            return false;
        if (filesOnly())
            return true;
        QDir().mkpath(logDirectory()); // launchd does not create the log's folder
        runTool(u"launchctl"_s, {u"bootout"_s, service(job)}); // an earlier version, if loaded
        const Ran r = runTool(u"launchctl"_s, {u"bootstrap"_s, domain(), plistPath(job)});
        if (!r.ok()) {
            QFile::remove(plistPath(job));
            return fail(error, r.message());
        }
        return true;
    }

    bool remove(const QString &job, QString *error) override
    {
        if (!QFile::exists(plistPath(job)))
            return true;
        if (!filesOnly())
            runTool(u"launchctl"_s, {u"bootout"_s, service(job)}); // fails when not loaded: fine
        return removeFile(plistPath(job), error);
    }

    Registration status(const QString &job) const override
    {
        Registration reg;
        reg.kind = name();
        reg.files = existing({plistPath(job)});
        if (filesOnly()) {
            reg.installed = !reg.files.isEmpty();
            reg.detail = tr("files only, launchctl not asked");
            return reg;
        }
        const Ran r = runTool(u"launchctl"_s, {u"print"_s, service(job)});
        reg.installed = !reg.files.isEmpty() && r.ok();
        reg.detail = r.ok() ? tr("loaded") : r.message();
        return reg;
    }

protected:
    QString defaultRoot() const override { return QDir::homePath() + u"/Library/LaunchAgents"_s; }

private:
    QString plistPath(const QString &job) const { return root() + u'/' + schedulerName(job) + u".plist"_s; }
    static QString logDirectory() { return QDir::homePath() + u"/Library/Logs/Writeback Studio"_s; }
    static QString domain()
    {
#ifdef Q_OS_UNIX
        return u"gui/"_s + QString::number(::getuid());
#else
        return u"gui/0"_s;
#endif
    }
    static QString service(const QString &job) { return domain() + u'/' + schedulerName(job); }
};

// ---- Windows Task Scheduler --------------------------------------------------------------

class TaskScheduler final : public OsScheduler
{
    Q_DECLARE_TR_FUNCTIONS(wb::TaskScheduler)

public:
    Backend backend() const override { return Backend::TaskScheduler; }
    QString name() const override { return u"Task Scheduler"_s; }

    bool available(QString *why) const override
    {
        if (filesOnly() || !QStandardPaths::findExecutable(u"schtasks"_s).isEmpty())
            return true;
        return fail(why, tr("schtasks is not in PATH"));
    }

    bool install(const QString &job, const ScheduleRule &rule, const QString &cliPath,
                 const QString &workspace, QString *error) override
    {
        if (!checkInput(rule, cliPath, error))
            return false;
        const QString workspacePath = fromAnywhere(workspace);
        const QByteArray xml = taskSchedulerXml(job, rule, QDir::toNativeSeparators(cliPath),
                                                QDir::toNativeSeparators(workspacePath), machineZone(),
                                                today(machineZone()));
        // The file stays after /Create: it shows what was registered.
        if (!writeFile(xmlPath(job), xml, error))
            return false;
        if (filesOnly())
            return true;
        const Ran r = runTool(u"schtasks"_s, {u"/Create"_s, u"/XML"_s, QDir::toNativeSeparators(xmlPath(job)),
                                              u"/TN"_s, taskName(job), u"/F"_s});
        if (!r.ok()) {
            QFile::remove(xmlPath(job));
            return fail(error, r.message());
        }
        return true;
    }

    bool remove(const QString &job, QString *error) override
    {
        if (!filesOnly() && runTool(u"schtasks"_s, {u"/Query"_s, u"/TN"_s, taskName(job)}).ok()) {
            const Ran r = runTool(u"schtasks"_s, {u"/Delete"_s, u"/TN"_s, taskName(job), u"/F"_s});
            if (!r.ok())
                return fail(error, r.message());
        }
        return removeFile(xmlPath(job), error);
    }

    Registration status(const QString &job) const override
    {
        Registration reg;
        reg.kind = name();
        reg.files = existing({xmlPath(job)});
        if (filesOnly()) {
            reg.installed = !reg.files.isEmpty();
            reg.detail = tr("files only, schtasks not asked");
            return reg;
        }
        const Ran r = runTool(u"schtasks"_s, {u"/Query"_s, u"/TN"_s, taskName(job)});
        reg.installed = r.ok();
        reg.detail = r.ok() ? QString::fromLocal8Bit(r.out.trimmed()) : r.message();
        return reg;
    }

protected:
    QString defaultRoot() const override
    {
        return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/Writeback Studio/schedules"_s;
    }

private:
    QString xmlPath(const QString &job) const { return root() + u'/' + schedulerName(job) + u".xml"_s; }
    static QString taskName(const QString &job) { return u"Writeback Studio\\"_s + schedulerName(job); }
};

} // namespace

OsScheduler::OsScheduler()
    : m_root(qEnvironmentVariable("WRITEBACK_SCHEDULER_ROOT"))
    , m_filesOnly(qEnvironmentVariable("WRITEBACK_SCHEDULER_FILES_ONLY") == u"1"_s)
    , m_machineZone(QTimeZone::systemTimeZone())
{
}

OsScheduler::~OsScheduler() = default;

QString OsScheduler::root() const
{
    return m_root.isEmpty() ? defaultRoot() : m_root;
}

void OsScheduler::setRoot(const QString &folder)
{
    m_root = folder;
}

std::unique_ptr<OsScheduler> OsScheduler::create(Backend backend)
{
    switch (backend) {
    case Backend::SystemdUser: return std::make_unique<SystemdScheduler>();
    case Backend::Crontab: return std::make_unique<CronScheduler>();
    case Backend::Launchd: return std::make_unique<LaunchdScheduler>();
    case Backend::TaskScheduler: return std::make_unique<TaskScheduler>();
    }
    return nullptr;
}

std::unique_ptr<OsScheduler> OsScheduler::forThisMachine()
{
    // WRITEBACK_SCHEDULER=systemd|crontab|launchd|taskscheduler chooses for tests and support.
    const QString forced = qEnvironmentVariable("WRITEBACK_SCHEDULER").toLower();
    if (forced == u"systemd"_s)
        return create(Backend::SystemdUser);
    if (forced == u"crontab"_s || forced == u"cron"_s)
        return create(Backend::Crontab);
    if (forced == u"launchd"_s)
        return create(Backend::Launchd);
    if (forced == u"taskscheduler"_s)
        return create(Backend::TaskScheduler);
#if defined(Q_OS_MACOS)
    return create(Backend::Launchd);
#elif defined(Q_OS_WIN)
    return create(Backend::TaskScheduler);
#else
    // Asked even in files-only mode: which scheduler this is does not depend on it.
    if (QFileInfo(u"/run/systemd/system"_s).isDir() && SystemdScheduler::userManagerAnswers(nullptr))
        return create(Backend::SystemdUser);
    return create(Backend::Crontab);
#endif
}

} // namespace wb
