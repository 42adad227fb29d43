// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace wb {

// Installs the app's and Qt's own translations for the user's UI language (embedded under
// :/i18n). Call once, right after the application object exists.
void installTranslations();

} // namespace wb
