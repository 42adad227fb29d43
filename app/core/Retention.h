// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace wb {

class Workspace;

// How long the copies kept under deliveries/ (for re-delivery) and the reports under reports/
// stay beside the workspace: they hold personal data, and would otherwise pile up. The run
// history in the workspace is kept whatever this says.
namespace Retention {

constexpr int DefaultDays = 90;
constexpr int MinDays = 1;
constexpr int MaxDays = 3650;

// The workspace's setting (settings.retention_days), DefaultDays when none is set.
int days(Workspace &workspace);
// Refuses a number outside MinDays..MaxDays with a sentence saying so.
bool setDays(Workspace &workspace, int days, QString *error);

struct Pruned
{
    int files = 0;
    qint64 bytes = 0;
    QStringList errors; // files that could not be removed, one sentence each
};

// Removes the kept delivered copies and reports last modified more than `days` days before
// `now`, and the folders that leaves empty.
Pruned prune(const QString &workspacePath, int days, const QDateTime &now = QDateTime::currentDateTimeUtc());

} // namespace Retention
} // namespace wb
