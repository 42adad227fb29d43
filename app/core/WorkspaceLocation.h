// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace wb {

// Qt's application data folder is <data>/<organization>/<application>: with both named
// "Writeback Studio" it names the folder twice. The app's folder is the first of the two.
QString appDataFolder(const QString &appDataLocation, const QString &organization, const QString &application);

// The default workspace, <folder>/workspace.sqlite. Older versions kept it in the doubled
// folder; one found only there is moved into `folder` with what lives beside it (its -wal
// and -shm files, known_hosts, deliveries/, reports/, staging/, demo/), each by a rename.
// It stays where it is, and that path is returned, when moving is unsafe: a name is taken
// in `folder`, a rename fails (those done are undone), or it has schedules, whose system
// scheduler entries start writeback-cli with the old path.
QString defaultWorkspacePath(const QString &appDataLocation, const QString &organization,
                             const QString &application);

} // namespace wb
