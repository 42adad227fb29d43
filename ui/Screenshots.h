// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace wb {
class Workspace;
}

namespace wb::ui::Screenshots {

// Renders every page of the main window and each dialog to PNG files in `dir`, for reviewing
// the UI (also headless, on the offscreen platform). Returns the process exit code.
int render(Workspace &workspace, const QString &dir);

} // namespace wb::ui::Screenshots
