// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedule/ScheduleRule.h"

#include <QString>

namespace wb {

class OsScheduler;

// A job's entry with the system's scheduler. It is registered under the job's key
// ("export#12"), which a rename leaves alone; versions before keys registered it under the
// job's name ("export:opens"). An entry left under the name would start the job a second
// time, so installing or removing a job's entry also removes one under its name.
struct JobEntry
{
    QString key;  // "export#12", "fetch#3"
    QString name; // "export:opens", "fetch:fm-prod": the job's name now
};

bool installJobEntry(OsScheduler &os, const JobEntry &job, const ScheduleRule &rule, const QString &cliPath,
                     const QString &workspacePath, QString *error);
// Removing what is not there succeeds.
bool removeJobEntry(OsScheduler &os, const JobEntry &job, QString *error);

} // namespace wb
