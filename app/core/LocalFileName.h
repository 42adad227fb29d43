// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace wb {

// A server names the files it lists, and a hostile or broken one can name them "x\..\..\evil",
// "a:b" (an NTFS stream), "CON.csv" (the console) or "x." (which Windows quietly renames). Any
// name that came from a server is judged here before a local path is built from it. The rules
// of every OS apply on every OS, so a delivery is refused alike wherever the app runs and the
// Windows rules are tested on Linux (docs/architecture.md, "Names from a server").

// The longest name, in UTF-8 bytes, that Linux and macOS take. A name within it is also within
// Windows' 255 UTF-16 units.
inline constexpr qsizetype MaxFileNameBytes = 255;

// Empty when `name` can be one path component on Windows, macOS and Linux alike; otherwise why
// not, quoting the name with its control characters spelled out (translated, "LocalFileName").
QString remoteFileNameProblem(const QString &name);

// True for the names Windows opens a device for, whatever the case and the extension:
// CON, PRN, AUX, NUL, COM0-9, LPT0-9, COM¹²³, LPT¹²³, CONIN$, CONOUT$ ("nul.txt", "Com1 .csv").
bool isReservedDeviceName(const QString &name);

// The name under which a file the server calls `remoteName` may be written here: the remote
// name itself, its stem cut (its extension kept) to fit in maxBytes of UTF-8 so that a prefix
// and a temporary suffix still fit under MaxFileNameBytes. Empty, with *problem set, when the
// remote name is refused.
QString localFileName(const QString &remoteName, qsizetype maxBytes, QString *problem);

} // namespace wb
