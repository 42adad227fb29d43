// SPDX-License-Identifier: GPL-3.0-or-later
#include "QuitDeadline.h"


#include <cstdio>
#include <cstdlib>
#include <thread>

namespace wb::ui {

void armQuitDeadline(std::chrono::milliseconds deadline, int exitCode)
{
    std::thread([deadline, exitCode] {
        std::this_thread::sleep_for(deadline);
        std::fputs("writeback-studio: work still running at quit was left to end with the process\n", stderr);
        std::fflush(stderr);
        // Not exit(): static destructors would wait for the very threads that are late.
        std::_Exit(exitCode);
    }).detach();
}

} // namespace wb::ui
