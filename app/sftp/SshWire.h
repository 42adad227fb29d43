// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace wb {

// Reads the SSH wire types of RFC 4251 section 5. A read past the end, or a length that does
// not fit, makes the reader fail for good, so a caller can read a whole structure and check
// ok() once instead of after every field.
class SshReader
{
public:
    explicit SshReader(QByteArrayView data) : m_data(data) {}

    quint32 readUint32();
    QByteArray readString();
    // The magnitude of a non-negative mpint, without leading zero bytes; a negative one fails.
    QByteArray readMpint();
    QByteArray readBytes(qsizetype count);

    bool ok() const { return m_ok; }
    bool atEnd() const { return m_pos >= m_data.size(); }
    qsizetype remaining() const { return m_ok ? m_data.size() - m_pos : 0; }

private:
    QByteArrayView m_data;
    qsizetype m_pos = 0;
    bool m_ok = true;
};

class SshWriter
{
public:
    void writeUint32(quint32 value);
    void writeString(QByteArrayView bytes);
    // Takes a big-endian magnitude and writes it in canonical form: no redundant leading
    // zeros, and a zero byte in front when the top bit is set so it does not read as negative.
    void writeMpint(QByteArrayView magnitude);
    void writeRaw(QByteArrayView bytes) { m_data.append(bytes); }

    const QByteArray &data() const { return m_data; }
    qsizetype size() const { return m_data.size(); }

private:
    QByteArray m_data;
};

} // namespace wb
