// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/MailMessage.h"

#include <QRegularExpression>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace wb {

namespace {

bool isAscii(const QString &text)
{
    for (const QChar c : text)
        if (c.unicode() > 0x7e || (c.unicode() < 0x20 && c != u'\t'))
            return false;
    return true;
}

// RFC 2047 words carry at most 75 characters: "=?UTF-8?B?" + base64 + "?=" leaves 63 for
// base64, 45 bytes of UTF-8; a character's bytes are never split between two words. The
// first word is shorter when the header's name already takes part of its line (`used`), so
// that every line stays within 78 characters.
QList<QByteArray> encodedWords(const QString &text, int used = 1)
{
    QList<QByteArray> words;
    const QByteArray utf8 = text.toUtf8();
    qsizetype start = 0;
    while (start < utf8.size()) {
        const int room = words.isEmpty() ? 78 - used : 77; // folded lines start with a space
        const qsizetype bytes = qBound(3, (qMin(room, 75) - 12) / 4 * 3, 45);
        qsizetype end = qMin(start + bytes, utf8.size());
        while (end < utf8.size() && end > start && (quint8(utf8[end]) & 0xC0) == 0x80)
            --end;
        words << "=?UTF-8?B?" + utf8.mid(start, end - start).toBase64() + "?=";
        start = end;
    }
    return words;
}

QByteArray mailboxHeader(const QString &text)
{
    const auto box = parseMailbox(text);
    if (!box) // refused before sending; never let its text break the header
        return encodeHeaderText(text, 4);
    const QByteArray address = box->address.toUtf8();
    if (box->name.isEmpty())
        return address;
    QByteArray name;
    if (!isAscii(box->name)) {
        name = encodedWords(box->name).join("\r\n ");
    } else if (box->name.contains(QRegularExpression(u"[()<>\\[\\]:;@\\\\,.\"]"_s))) {
        QString quoted = box->name;
        quoted.replace(u"\\"_s, u"\\\\"_s).replace(u"\""_s, u"\\\""_s);
        name = '"' + quoted.toUtf8() + '"';
    } else {
        name = box->name.toUtf8();
    }
    return name + " <" + address + '>';
}

// Keeps every header line under 78 characters where a comma allows it.
QByteArray addressList(const QStringList &addresses)
{
    QByteArray out;
    int column = 4; // "To: "
    for (qsizetype i = 0; i < addresses.size(); ++i) {
        const QByteArray one = mailboxHeader(addresses[i]);
        if (i > 0) {
            out += ',';
            if (column + 2 + one.size() > 76) {
                out += "\r\n";
                column = 0;
            }
            out += ' ';
            column += 2;
        }
        out += one;
        column += int(one.size());
    }
    return out;
}

QByteArray base64Lines(const QByteArray &data)
{
    const QByteArray b64 = data.toBase64();
    QByteArray out;
    for (qsizetype i = 0; i < b64.size(); i += 76)
        out += b64.mid(i, 76) + "\r\n";
    return out;
}

QByteArray fileNameParameter(const QString &name)
{
    if (isAscii(name) && !name.contains(u'"') && !name.contains(u'\\'))
        return "filename=\"" + name.toLatin1() + '"';
    // RFC 2231: a name that is not plain ASCII goes percent-encoded.
    return "filename*=UTF-8''" + name.toUtf8().toPercentEncoding();
}

} // namespace

std::optional<Mailbox> parseMailbox(const QString &text)
{
    static const QRegularExpression addr(u"^[^\\s@<>()\\[\\],;:\"]+@[^\\s@<>()\\[\\],;:\"]+$"_s);
    const QString t = text.trimmed();
    Mailbox box;
    const qsizetype open = t.lastIndexOf(u'<');
    if (open >= 0 && t.endsWith(u'>')) {
        box.address = t.mid(open + 1, t.size() - open - 2).trimmed();
        box.name = t.left(open).trimmed();
        if (box.name.size() >= 2 && box.name.startsWith(u'"') && box.name.endsWith(u'"'))
            box.name = box.name.mid(1, box.name.size() - 2);
    } else {
        box.address = t;
    }
    if (!addr.match(box.address).hasMatch())
        return std::nullopt;
    return box;
}

MessageStamp MessageStamp::fresh(const QString &fromAddress)
{
    MessageStamp s;
    s.date = QDateTime::currentDateTime();
    const auto box = parseMailbox(fromAddress);
    QByteArray domain = box ? box->address.section(u'@', 1).toUtf8() : QByteArray();
    if (domain.isEmpty())
        domain = "writeback.invalid";
    const QByteArray id = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    s.messageId = id + '@' + domain;
    s.boundary = "=_wb_" + QUuid::createUuid().toByteArray(QUuid::Id128);
    return s;
}

QByteArray encodeHeaderText(const QString &text, int used)
{
    // Text that looks like an encoded word must be encoded itself, or it would be decoded.
    if (isAscii(text) && !text.contains(u"=?"_s) && used + text.size() <= 998)
        return text.toLatin1();
    return encodedWords(text, used).join("\r\n ");
}

QByteArray quotedPrintable(const QByteArray &utf8)
{
    QByteArray text = utf8;
    text.replace("\r\n", "\n").replace('\r', '\n');
    QByteArray out;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype l = 0; l < lines.size(); ++l) {
        const QByteArray &line = lines[l];
        if (l == lines.size() - 1 && line.isEmpty())
            break; // the text ended with a line break
        int column = 0;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const auto c = quint8(line[i]);
            const bool last = i == line.size() - 1;
            const bool literal =
                (c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !last);
            QByteArray token;
            if (literal)
                token = QByteArray(1, char(c));
            else
                token = '=' + QByteArray::number(c, 16).toUpper().rightJustified(2, '0');
            // Encoded lines may be 76 characters long, the soft break's '=' included.
            if (column + token.size() > 75) {
                out += "=\r\n";
                column = 0;
            }
            out += token;
            column += int(token.size());
        }
        out += "\r\n";
    }
    return out;
}

QByteArray composeMessage(const MailMessage &message, const MessageStamp &stamp)
{
    QByteArray h;
    h += "Date: " + stamp.date.toString(Qt::RFC2822Date).toLatin1() + "\r\n";
    h += "From: " + mailboxHeader(message.from) + "\r\n";
    h += "To: " + addressList(message.to) + "\r\n";
    h += "Subject: " + encodeHeaderText(message.subject, 9) + "\r\n";
    h += "Message-ID: <" + stamp.messageId + ">\r\n";
    h += "MIME-Version: 1.0\r\n";
    h += "User-Agent: Writeback Studio " WRITEBACK_VERSION "\r\n";

    const QByteArray textPart = "Content-Type: text/plain; charset=utf-8\r\n"
                                "Content-Transfer-Encoding: quoted-printable\r\n\r\n" +
                                quotedPrintable(message.body.toUtf8());
    if (message.attachments.isEmpty())
        return h + textPart;

    const QByteArray dash = "--" + stamp.boundary;
    QByteArray m = h + "Content-Type: multipart/mixed; boundary=\"" + stamp.boundary + "\"\r\n\r\n";
    m += "This is a message in several parts (MIME).\r\n";
    m += dash + "\r\n" + textPart;
    // The line break before a boundary belongs to the boundary (RFC 2046, 5.1.1): without one
    // more, the text would lose its last line break.
    for (const MailAttachment &a : message.attachments) {
        m += "\r\n" + dash + "\r\n";
        m += "Content-Type: " + a.contentType + "\r\n";
        m += "Content-Disposition: attachment; " + fileNameParameter(a.fileName) + "\r\n";
        m += "Content-Transfer-Encoding: base64\r\n\r\n";
        m += base64Lines(a.data);
    }
    m += "\r\n" + dash + "--\r\n";
    return m;
}

QByteArray dotStuffed(const QByteArray &message)
{
    QByteArray text = message;
    if (!text.endsWith("\r\n"))
        text += "\r\n";
    QByteArray out;
    out.reserve(text.size() + 16);
    bool lineStart = true;
    for (const char c : std::as_const(text)) {
        if (lineStart && c == '.')
            out += '.';
        out += c;
        lineStart = c == '\n';
    }
    return out + ".\r\n";
}

} // namespace wb
