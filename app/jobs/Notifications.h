// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/JobRun.h"
#include "report/MailSettings.h"

#include <QDate>

#include <optional>

namespace wb {

class Workspace;

// The workspace's mail settings (the `settings` table, key "mail"; never the password).
std::optional<MailSettings> loadMailSettings(Workspace &workspace);
bool saveMailSettings(Workspace &workspace, const MailSettings &settings, QString *error);
bool removeMailSettings(Workspace &workspace, QString *error);

// What follows every recorded run: its report (text and JSON) under reports/ beside the
// workspace, and an e-mail when it failed and the settings ask for one. A report or an
// e-mail that cannot be written or sent is logged; it never fails the run.
void afterRun(Workspace &workspace, const JobRun &run);

// Yesterday's summary, once: written under reports/ and, when the settings ask for it,
// sent. Returns true when it did something.
bool dailySummaryIfDue(Workspace &workspace, const QDate &today);

} // namespace wb
