// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ProcessOwner.h"

#include <QCoreApplication>
#include <QSysInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif
#ifdef Q_OS_WIN
#include <windows.h>
#endif

using namespace Qt::StringLiterals;

namespace wb {

QString thisProcessOwner()
{
    return u"%1@%2"_s.arg(QCoreApplication::applicationPid()).arg(QSysInfo::machineHostName());
}

bool ownerIsGone(const QString &owner)
{
    const qsizetype at = owner.indexOf(u'@');
    if (at < 0)
        return owner.isEmpty();
    if (owner.mid(at + 1) != QSysInfo::machineHostName())
        return false;
    const qint64 pid = owner.left(at).toLongLong();
    if (pid == QCoreApplication::applicationPid())
        return false;
#if defined(Q_OS_UNIX)
    return ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
#elif defined(Q_OS_WIN)
    HANDLE process = OpenProcess(SYNCHRONIZE, FALSE, DWORD(pid));
    if (!process)
        return GetLastError() == ERROR_INVALID_PARAMETER;
    const bool exited = WaitForSingleObject(process, 0) == WAIT_OBJECT_0;
    CloseHandle(process);
    return exited;
#else
    return false;
#endif
}

bool holderIsStale(const QString &owner, const QDateTime &since)
{
    if (ownerIsGone(owner))
        return true;
    const bool here = owner.section(u'@', 1) == QSysInfo::machineHostName();
    return !here && since.isValid() && since.secsTo(QDateTime::currentDateTimeUtc()) > StaleAfterHours * 3600;
}

} // namespace wb
