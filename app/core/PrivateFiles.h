// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QFileDevice;

namespace wb {

// The workspace, its staging folder, the kept delivered copies and the reports hold personal
// data: they are created for their owner only (folders 0700, files 0600), whatever the umask.
// On Windows nothing is changed: the files live under the user's profile (%LOCALAPPDATA%),
// whose inherited ACL is already private, and setting POSIX-style permissions there would
// replace that ACL with an explicit one.
namespace PrivateFiles {

// Creates `path` and any missing parents owner-only. Folders that exist already are left as
// they are: the workspace may sit in a folder the user chose and shares.
bool makeFolders(const QString &path, QString *error);
// makeFolders, and then `path` itself is made owner-only even when it existed (a folder of
// the app's own, such as deliveries/, that an older version created with the umask's mode).
bool makePrivateFolder(const QString &path, QString *error);
// Creates an empty file owner-only if none is there (so that SQLite's -wal, -shm and
// -journal siblings, which take the database file's mode, are private too); restricts an
// existing one to its owner.
bool makePrivateFile(const QString &path, QString *error);
// Restricts an open file (a QFile or the temporary file behind a QSaveFile) to its owner,
// before any byte is written.
bool restrict(QFileDevice &file);
// Restricts an existing file to its owner; true when there is nothing to restrict.
bool restrictFile(const QString &path);

} // namespace PrivateFiles
} // namespace wb
