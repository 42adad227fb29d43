// SPDX-License-Identifier: GPL-3.0-or-later
#include "Console.h"

#include <cstdio>

#ifdef _WIN32
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace wb::cli {

#ifdef _WIN32

Utf8Console::Utf8Console()
{
    // Zero when there is no console (output redirected from a GUI parent): nothing to change.
    m_inputCodePage = GetConsoleCP();
    m_outputCodePage = GetConsoleOutputCP();
    if (m_outputCodePage)
        SetConsoleOutputCP(CP_UTF8);
    if (m_inputCodePage)
        SetConsoleCP(CP_UTF8);
}

Utf8Console::~Utf8Console()
{
    if (m_outputCodePage)
        SetConsoleOutputCP(m_outputCodePage);
    if (m_inputCodePage)
        SetConsoleCP(m_inputCodePage);
}

EchoOff::EchoOff()
{
    const HANDLE in = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    if (in != INVALID_HANDLE_VALUE && GetConsoleMode(in, &mode)) {
        m_saved = mode;
        m_changed = SetConsoleMode(in, mode & ~DWORD(ENABLE_ECHO_INPUT));
    }
}

EchoOff::~EchoOff()
{
    if (m_changed)
        SetConsoleMode(GetStdHandle(STD_INPUT_HANDLE), DWORD(m_saved));
}

bool stdinIsTerminal()
{
    return _isatty(_fileno(stdin));
}

#else

// A terminal already speaks the locale's encoding, UTF-8 wherever Qt 6 runs.
Utf8Console::Utf8Console() = default;
Utf8Console::~Utf8Console() = default;

namespace {
termios savedTerminal;
}

EchoOff::EchoOff()
{
    termios quiet{};
    if (tcgetattr(STDIN_FILENO, &quiet) != 0)
        return;
    savedTerminal = quiet;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    m_changed = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
}

EchoOff::~EchoOff()
{
    if (m_changed)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &savedTerminal);
}

bool stdinIsTerminal()
{
    return isatty(STDIN_FILENO);
}

#endif

} // namespace wb::cli
