// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace wb {
class Workspace;
}

namespace wb::ui::DemoWorkspace {

// <application data>/demo: a folder of its own holding the workspace, the files the platforms
// "sent", the folders the exports deliver to and the run reports.
QString defaultFolder();
// defaultFolder()/workspace.sqlite
QString defaultPath();

// True when the demo at `path` was made completely (a second start reuses it).
bool isReady(const QString &path);
// Makes the demo at `path` unless it is ready: a fictional university whose five platforms'
// files were taken in over the last two weeks, three exports with their schedules, and the
// runs those schedules made, one of them failed. What a half-made demo left is made again.
// Works on any thread: it opens its own connections.
bool prepare(const QString &path, QString *error, const QDateTime &now = QDateTime::currentDateTime());
// prepare(), then opens the workspace.
bool open(Workspace &workspace, const QString &path, QString *error);

} // namespace wb::ui::DemoWorkspace
