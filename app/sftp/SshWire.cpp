// SPDX-License-Identifier: GPL-3.0-or-later
#include "sftp/SshWire.h"

namespace wb {

QByteArray SshReader::readBytes(qsizetype count)
{
    if (!m_ok || count < 0 || count > m_data.size() - m_pos) {
        m_ok = false;
        return {};
    }
    QByteArray bytes = m_data.sliced(m_pos, count).toByteArray();
    m_pos += count;
    return bytes;
}

quint32 SshReader::readUint32()
{
    const QByteArray bytes = readBytes(4);
    if (!m_ok)
        return 0;
    quint32 value = 0;
    for (const char byte : bytes)
        value = (value << 8) | static_cast<quint8>(byte);
    return value;
}

QByteArray SshReader::readString()
{
    const quint32 length = readUint32();
    // A corrupt length must not turn into a huge allocation or a signed overflow.
    if (!m_ok || length > static_cast<quint64>(m_data.size() - m_pos)) {
        m_ok = false;
        return {};
    }
    return readBytes(static_cast<qsizetype>(length));
}

QByteArray SshReader::readMpint()
{
    QByteArray bytes = readString();
    if (!m_ok)
        return {};
    if (!bytes.isEmpty() && (static_cast<quint8>(bytes.front()) & 0x80) != 0) {
        m_ok = false;
        return {};
    }
    qsizetype zeros = 0;
    while (zeros < bytes.size() && bytes.at(zeros) == '\0')
        ++zeros;
    return bytes.mid(zeros);
}

void SshWriter::writeUint32(quint32 value)
{
    for (int shift = 24; shift >= 0; shift -= 8)
        m_data.append(static_cast<char>((value >> shift) & 0xff));
}

void SshWriter::writeString(QByteArrayView bytes)
{
    writeUint32(static_cast<quint32>(bytes.size()));
    m_data.append(bytes);
}

void SshWriter::writeMpint(QByteArrayView magnitude)
{
    while (!magnitude.isEmpty() && magnitude.front() == '\0')
        magnitude = magnitude.sliced(1);
    const bool topBitSet =
        !magnitude.isEmpty() && (static_cast<quint8>(magnitude.front()) & 0x80) != 0;
    writeUint32(static_cast<quint32>(magnitude.size() + (topBitSet ? 1 : 0)));
    if (topBitSet)
        m_data.append('\0');
    m_data.append(magnitude);
}

} // namespace wb
