// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>

namespace wb::ui {

// Quitting never waits long for work. Once armed, the process ends with `exitCode` when the
// deadline passes, however far its clean-up got: a worker stuck in a network call or a slow
// keychain must not keep a closed app alive. Ending there loses nothing: an unfinished import
// or run rolls back with its transaction, a file being written is only a temporary name, and
// the lock of a process that is gone is taken over by the next run.
void armQuitDeadline(std::chrono::milliseconds deadline, int exitCode);

} // namespace wb::ui
