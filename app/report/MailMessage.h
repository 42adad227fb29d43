// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace wb {

struct MailAttachment
{
    QString fileName;
    QByteArray contentType = "application/json";
    QByteArray data;
};

struct MailMessage
{
    QString from; // "ops@example.org" or "Name <ops@example.org>"
    QStringList to;
    QString subject;
    QString body; // plain text; any line endings
    QList<MailAttachment> attachments;
};

// "Name <local@domain>" or "local@domain"; nullopt when there is no address in it.
struct Mailbox
{
    QString name;
    QString address;
};
std::optional<Mailbox> parseMailbox(const QString &text);

// What makes a message unique; fresh() for sending, fixed values for tests.
struct MessageStamp
{
    QDateTime date;
    QByteArray messageId; // without the angle brackets
    QByteArray boundary;

    static MessageStamp fresh(const QString &fromAddress);
};

// The message as RFC 5322 text with CRLF line endings, 7-bit clean: headers with RFC 2047
// encoded words where they are not ASCII, the body quoted-printable UTF-8, attachments
// base64 in a multipart/mixed. Not yet dot-stuffed (that belongs to SMTP's DATA).
QByteArray composeMessage(const MailMessage &message, const MessageStamp &stamp);

// Pieces of the above, public for the tests.
QByteArray encodeHeaderText(const QString &text, int used);
QByteArray quotedPrintable(const QByteArray &utf8);
// The DATA payload: lines that start with '.' get another, the end is ".\r\n".
QByteArray dotStuffed(const QByteArray &message);

} // namespace wb
