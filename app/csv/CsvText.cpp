// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv/CsvText.h"

#include <cstdint>
#include <cstring>

namespace wb::csv::text {

Utf8Check checkUtf8(const char *data, qsizetype size, bool final, bool nulIsBad)
{
    const auto *s = reinterpret_cast<const uchar *>(data);
    constexpr std::uint64_t high = 0x8080808080808080ULL;
    constexpr std::uint64_t ones = 0x0101010101010101ULL;
    qsizetype i = 0;
    Utf8Check result;
    while (i < size) {
        // Writeback files are mostly ASCII: skip eight bytes at a time while they are plain.
        while (i + 8 <= size) {
            std::uint64_t w;
            std::memcpy(&w, s + i, 8);
            if ((w & high) != 0 || (nulIsBad && ((w - ones) & ~w & high) != 0))
                break;
            i += 8;
        }
        if (i >= size)
            break;
        const uchar c = s[i];
        if (c < 0x80) {
            if (c == 0 && nulIsBad) {
                result.bad = i;
                result.nul = true;
                result.checked = i;
                return result;
            }
            ++i;
            continue;
        }
        int length = 0;
        uchar low = 0x80;
        uchar top = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c == 0xE0) {
            length = 3;
            low = 0xA0; // overlong
        } else if (c == 0xED) {
            length = 3;
            top = 0x9F; // surrogates
        } else if (c >= 0xE1 && c <= 0xEF) {
            length = 3;
        } else if (c == 0xF0) {
            length = 4;
            low = 0x90; // overlong
        } else if (c >= 0xF1 && c <= 0xF3) {
            length = 4;
        } else if (c == 0xF4) {
            length = 4;
            top = 0x8F; // beyond U+10FFFF
        } else {
            result.bad = i;
            result.checked = i;
            return result;
        }
        for (int k = 1; k < length; ++k) {
            if (i + k >= size) {
                if (final)
                    result.bad = i;
                result.checked = i;
                return result;
            }
            const uchar cc = s[i + k];
            const bool ok = k == 1 ? (cc >= low && cc <= top) : (cc & 0xC0) == 0x80;
            if (!ok) {
                result.bad = i;
                result.checked = i;
                return result;
            }
        }
        i += length;
    }
    result.checked = size;
    return result;
}

namespace {

char *putUtf8(char32_t cp, char *out)
{
    if (cp < 0x80) {
        *out++ = static_cast<char>(cp);
    } else if (cp < 0x800) {
        *out++ = static_cast<char>(0xC0 | (cp >> 6));
        *out++ = static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        *out++ = static_cast<char>(0xE0 | (cp >> 12));
        *out++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        *out++ = static_cast<char>(0x80 | (cp & 0x3F));
    }
    return out;
}

constexpr char16_t cp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

} // namespace

qsizetype windows1252ToUtf8(const char *src, qsizetype size, char *dst)
{
    char *out = dst;
    for (qsizetype i = 0; i < size; ++i) {
        const uchar c = static_cast<uchar>(src[i]);
        if (c >= 0x80 && c < 0xA0)
            out = putUtf8(cp1252High[c - 0x80], out);
        else
            out = putUtf8(c, out);
    }
    return out - dst;
}

qsizetype latin1ToUtf8(const char *src, qsizetype size, char *dst)
{
    char *out = dst;
    for (qsizetype i = 0; i < size; ++i)
        out = putUtf8(static_cast<uchar>(src[i]), out);
    return out - dst;
}

} // namespace wb::csv::text
