// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace wb {

// The SHA-256 of a file's content, lower-case hex; empty when it cannot be read. Files taken
// in and files delivered are both identified by it.
QString sha256OfFile(const QString &path);

} // namespace wb
