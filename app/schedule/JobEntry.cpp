// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/JobEntry.h"

#include "schedule/OsScheduler.h"

#include <QCoreApplication>

namespace wb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wb", text);
}

// The entry an older version made under the job's name, if the name is not the key itself.
bool removeByName(OsScheduler &os, const JobEntry &job, QString *error)
{
    if (job.name.isEmpty() || job.name == job.key)
        return true;
    QString why;
    if (os.remove(job.name, &why))
        return true;
    if (error)
        *error = tr("The entry an older version registered for %1 could not be removed: %2").arg(job.name, why);
    return false;
}

} // namespace

bool installJobEntry(OsScheduler &os, const JobEntry &job, const ScheduleRule &rule, const QString &cliPath,
                     const QString &workspacePath, QString *error)
{
    // The old entry first: while both were there, the job would run twice.
    return removeByName(os, job, error) && os.install(job.key, rule, cliPath, workspacePath, error);
}

bool removeJobEntry(OsScheduler &os, const JobEntry &job, QString *error)
{
    const bool byKey = job.key.isEmpty() || os.remove(job.key, error);
    const bool byName = removeByName(os, job, byKey ? error : nullptr);
    return byKey && byName;
}

} // namespace wb
