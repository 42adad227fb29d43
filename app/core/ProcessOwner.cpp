// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ProcessOwner.h"

#include <QCoreApplication>
#include <QFile>
#include <QSysInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif
#ifdef Q_OS_MACOS
#include <sys/sysctl.h>
#include <sys/types.h>
#endif
#ifdef Q_OS_WIN
#include <windows.h>
#endif

using namespace Qt::StringLiterals;

namespace wb {

namespace {

struct Owner
{
    qint64 pid = 0;
    QString host;
    QString start; // empty in holders written before it was recorded
};

Owner parse(const QString &text)
{
    Owner o;
    const qsizetype at = text.indexOf(u'@');
    if (at < 0)
        return o;
    o.pid = text.left(at).toLongLong();
    const qsizetype hash = text.indexOf(u'#', at + 1);
    o.host = text.mid(at + 1, hash < 0 ? -1 : hash - at - 1);
    if (hash >= 0)
        o.start = text.mid(hash + 1);
    return o;
}

#if defined(Q_OS_LINUX)
QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
#endif

// Whether a process with this number exists at all (whoever started it).
bool processExists(qint64 pid)
{
#if defined(Q_OS_UNIX)
    return ::kill(pid_t(pid), 0) == 0 || errno != ESRCH;
#elif defined(Q_OS_WIN)
    HANDLE process = OpenProcess(SYNCHRONIZE, FALSE, DWORD(pid));
    if (!process)
        return GetLastError() != ERROR_INVALID_PARAMETER;
    const bool exited = WaitForSingleObject(process, 0) == WAIT_OBJECT_0;
    CloseHandle(process);
    return !exited;
#else
    Q_UNUSED(pid);
    return true;
#endif
}

} // namespace

QString processStartIdentity(qint64 pid)
{
#if defined(Q_OS_LINUX)
    // /proc/PID/stat: the command name is in parentheses and may hold spaces or ')', so the
    // fields are counted from the last ')', after which field 3 comes. Field 22, starttime,
    // counts clock ticks since boot, so the boot id makes it unique across reboots.
    const QByteArray stat = readAll(u"/proc/%1/stat"_s.arg(pid));
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0)
        return {};
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    if (fields.size() < 20)
        return {};
    const QByteArray boot = readAll(u"/proc/sys/kernel/random/boot_id"_s).trimmed();
    return QString::fromLatin1(boot + ':' + fields.at(19));
#elif defined(Q_OS_MACOS)
    int mib[4] = {CTL_KERN, KERN_PROC, KERN_PROC_PID, int(pid)};
    struct kinfo_proc info = {};
    size_t size = sizeof info;
    if (sysctl(mib, 4, &info, &size, nullptr, 0) != 0 || size == 0)
        return {};
    const timeval started = info.kp_proc.p_starttime;
    return u"%1.%2"_s.arg(qint64(started.tv_sec)).arg(qint64(started.tv_usec), 6, 10, QChar(u'0'));
#elif defined(Q_OS_WIN)
    HANDLE process = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION | SYNCHRONIZE, FALSE, DWORD(pid));
    if (!process)
        return {};
    FILETIME created, exited, kernel, user;
    QString identity;
    // An exited process whose handle someone still holds keeps its number: it is gone all the same.
    if (WaitForSingleObject(process, 0) != WAIT_OBJECT_0 && GetProcessTimes(process, &created, &exited, &kernel, &user))
        identity = QString::number((quint64(created.dwHighDateTime) << 32) | created.dwLowDateTime);
    CloseHandle(process);
    return identity;
#else
    Q_UNUSED(pid);
    return {};
#endif
}

QString thisProcessOwner()
{
    static const QString owner = [] {
        const qint64 pid = QCoreApplication::applicationPid();
        const QString start = processStartIdentity(pid);
        QString text = u"%1@%2"_s.arg(pid).arg(QSysInfo::machineHostName());
        if (!start.isEmpty())
            text += u'#' + start;
        return text;
    }();
    return owner;
}

QString ownerForPeople(const QString &owner)
{
    return owner.section(u'#', 0, 0);
}

bool ownerIsGone(const QString &text)
{
    const Owner owner = parse(text);
    if (owner.pid <= 0)
        return text.isEmpty() || !text.contains(u'@');
    if (owner.host != QSysInfo::machineHostName())
        return false;
    if (owner.start.isEmpty()) // an older holder: its number is all there is to go by
        return owner.pid != QCoreApplication::applicationPid() && !processExists(owner.pid);
    const QString now = processStartIdentity(owner.pid);
    if (!now.isEmpty())
        return now != owner.start;
    return !processExists(owner.pid);
}

bool holderIsStale(const QString &owner, const QDateTime &since)
{
    if (ownerIsGone(owner))
        return true;
    const bool here = parse(owner).host == QSysInfo::machineHostName();
    return !here && since.isValid() && since.secsTo(QDateTime::currentDateTimeUtc()) > StaleAfterHours * 3600;
}

} // namespace wb
