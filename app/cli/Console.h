// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace wb::cli {

// While alive, the console (where there is one) reads and writes UTF-8: the CLI writes UTF-8,
// and a Windows console otherwise shows it in its OEM code page (é as Ã©). The code pages are
// restored on exit, because they belong to the console, not to this process.
class Utf8Console
{
public:
    Utf8Console();
    ~Utf8Console();
    Utf8Console(const Utf8Console &) = delete;
    Utf8Console &operator=(const Utf8Console &) = delete;

private:
    unsigned m_inputCodePage = 0;
    unsigned m_outputCodePage = 0;
};

// While alive, what is typed on the terminal is not echoed (a passphrase prompt).
class EchoOff
{
public:
    EchoOff();
    ~EchoOff();
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    bool m_changed = false;
    unsigned long m_saved = 0;
};

bool stdinIsTerminal();

} // namespace wb::cli
