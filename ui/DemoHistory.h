// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace wb {
class Workspace;
}

namespace wb::ui::DemoWorkspace {

// An export of the demo, in the order of the times its schedule runs at.
struct DemoExport
{
    QString name;
    QTime at; // every day
    // For an export to an SFTP server the demo cannot reach: where its files go
    // ("sftp://connection/folder"), and what the server says the day it refuses the login.
    QString remoteLocation;
    QString refusedLogin;

    bool remote() const { return !remoteLocation.isEmpty(); }
};

// Takes in the demo's files day by day as they arrived, and after each day's files runs the
// exports whose slots have come, as their schedules would have: real imports, real runs and
// real files, each run then moved to the day it stands for (see ExportStore::restateRun) and
// reported. A remote export runs into `standIn` (a local folder) and is restated to its
// server; on one day it fails to log in, and is retried by hand. Returns false with *error on
// the first thing that does not work.
bool makeHistory(Workspace &workspace, const QString &folder, const QList<DemoExport> &exports,
                 const QString &standIn, const QDateTime &now, QString *error);

} // namespace wb::ui::DemoWorkspace
