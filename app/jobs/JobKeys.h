// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/Job.h"

#include <QString>

namespace wb {

class Workspace;

// Schedules, the job lock and the system schedulers' entries refer to a job by a key that a
// rename leaves alone: "export#12", "fetch#3", "consume#2", the row id of the export, the
// connection or the queue. People, messages and the CLI use names: "export:NAME", "fetch:NAME",
// "consume:NAME". These turn one into
// the other, against the workspace as it is now.

bool isJobKey(const QString &text);
// Either form in; the key out, or an empty string when it names nothing in the workspace.
QString jobKey(Workspace &workspace, const QString &job);
// Either form in; "kind:NAME" out, by the current name. A key whose export or connection is
// gone comes back as it is.
QString jobName(Workspace &workspace, const QString &job);

// Why `job` cannot run in the workspace as it is now ("There is no queue named ..."), or an
// empty string when the export, connection or queue it names exists.
QString missingJobTarget(Workspace &workspace, const JobId &job);

} // namespace wb
