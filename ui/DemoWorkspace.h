// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace wb {
class Workspace;
}

namespace wb::ui::DemoWorkspace {

// QStandardPaths::AppDataLocation/demo.sqlite
QString defaultPath();
// Opens (creating if needed) a workspace at `path`; when it has no connections adds two
// examples, and when nothing was taken in yet two sample files, so that a new user sees what a
// populated window looks like.
bool open(Workspace &workspace, const QString &path, QString *error);

} // namespace wb::ui::DemoWorkspace
