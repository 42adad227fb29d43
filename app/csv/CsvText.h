// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

// Byte-level helpers shared by the reader and the sniffer; not a public API.
namespace wb::csv::text {

struct Utf8Check
{
    qsizetype bad = -1;     // index of the first NUL or invalid byte, -1 if none
    qsizetype checked = 0;  // everything before this index was checked
    bool nul = false;       // bad is a NUL byte rather than invalid UTF-8
};

// Stops at an incomplete sequence at the end unless final, so that a block boundary inside a
// character is not mistaken for an error; the caller resumes from `checked`.
Utf8Check checkUtf8(const char *data, qsizetype size, bool final, bool nulIsBad = true);

// Appends the UTF-8 form of single-byte text. Windows-1252 maps its five unassigned bytes to the
// C1 controls, as browsers do, so that every byte decodes. Returns the bytes written; dst must
// have room for 3 * size.
qsizetype windows1252ToUtf8(const char *src, qsizetype size, char *dst);
qsizetype latin1ToUtf8(const char *src, qsizetype size, char *dst);

inline bool isContinuation(char c) { return (static_cast<uchar>(c) & 0xC0) == 0x80; }

} // namespace wb::csv::text
