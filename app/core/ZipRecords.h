// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QtEndian>

// The zip format's record signatures and its little-endian fields (PKWARE APPNOTE 6.3), shared
// by the export's writer (export/FileCompression) and the intake's reader (intake/ZipArchive).
namespace wb::zip {

inline constexpr quint32 LocalHeader = 0x04034b50;
inline constexpr quint32 DataDescriptor = 0x08074b50;
inline constexpr quint32 CentralHeader = 0x02014b50;
inline constexpr quint32 Zip64End = 0x06064b50;
inline constexpr quint32 Zip64Locator = 0x07064b50;
inline constexpr quint32 End = 0x06054b50;
inline constexpr quint16 Zip64Extra = 0x0001;
inline constexpr quint16 UnixTimeExtra = 0x5455; // Info-ZIP's extended timestamp, UTC
inline constexpr quint64 Max16 = 0xFFFFu;
inline constexpr quint64 Max32 = 0xFFFFFFFFu;

inline constexpr quint16 FlagEncrypted = 1 << 0;
inline constexpr quint16 FlagDataDescriptor = 1 << 3;
inline constexpr quint16 FlagUtf8Name = 1 << 11;

inline constexpr quint16 MethodStored = 0;
inline constexpr quint16 MethodDeflate = 8;

// Fixed sizes of the records, before their variable parts.
inline constexpr qsizetype LocalHeaderSize = 30;
inline constexpr qsizetype CentralHeaderSize = 46;
inline constexpr qsizetype EndSize = 22;
inline constexpr qsizetype Zip64EndSize = 56;
inline constexpr qsizetype Zip64LocatorSize = 20;

inline void put16(QByteArray &out, quint32 v)
{
    out.append(char(v & 0xFF)).append(char((v >> 8) & 0xFF));
}

inline void put32(QByteArray &out, quint32 v)
{
    put16(out, v & 0xFFFF);
    put16(out, v >> 16);
}

inline void put64(QByteArray &out, quint64 v)
{
    put32(out, quint32(v & Max32));
    put32(out, quint32(v >> 32));
}

// Reads at `at` in `bytes`; the caller has checked that the field is inside.
inline quint16 get16(QByteArrayView bytes, qsizetype at)
{
    return qFromLittleEndian<quint16>(bytes.data() + at);
}

inline quint32 get32(QByteArrayView bytes, qsizetype at)
{
    return qFromLittleEndian<quint32>(bytes.data() + at);
}

inline quint64 get64(QByteArrayView bytes, qsizetype at)
{
    return qFromLittleEndian<quint64>(bytes.data() + at);
}

} // namespace wb::zip
