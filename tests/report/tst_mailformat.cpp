// SPDX-License-Identifier: GPL-3.0-or-later
// Composing e-mails without a server: encodings, headers, dot-stuffing, settings.
#include "report/MailMessage.h"
#include "report/MailSettings.h"
#include "report/SmtpClient.h"

#include <QJsonDocument>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wb;

namespace {

// Decodes "=?UTF-8?B?...?=" words joined by folding whitespace, as a mail reader would.
QString decodeWords(const QByteArray &header, int *longest = nullptr)
{
    QByteArray utf8;
    int maxLength = 0;
    const QList<QByteArray> words = header.simplified().split(' ');
    for (const QByteArray &w : words) {
        maxLength = qMax(maxLength, int(w.size()));
        if (!w.startsWith("=?UTF-8?B?") || !w.endsWith("?="))
            return u"<not an encoded word: %1>"_s.arg(QString::fromLatin1(w));
        const QByteArray part = QByteArray::fromBase64(w.mid(10, w.size() - 12));
        // Each word must hold whole characters on its own (RFC 2047, 5).
        if (QString::fromUtf8(part).toUtf8() != part)
            return u"<split character>"_s;
        utf8 += part;
    }
    if (longest)
        *longest = maxLength;
    return QString::fromUtf8(utf8);
}

} // namespace

class TestMailFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quotedPrintable_data()
    {
        QTest::addColumn<QByteArray>("in");
        QTest::addColumn<QByteArray>("out");
        QTest::newRow("plain") << QByteArray("Hello\n") << QByteArray("Hello\r\n");
        QTest::newRow("equals") << QByteArray("a=b\n") << QByteArray("a=3Db\r\n");
        QTest::newRow("trailing space")
            << QByteArray("end \nnext\t\n") << QByteArray("end=20\r\nnext=09\r\n");
        QTest::newRow("inner space") << QByteArray("a b\tc") << QByteArray("a b\tc\r\n");
        QTest::newRow("utf-8") << QByteArray("\xc3\xa9t\xc3\xa9")
                               << QByteArray("=C3=A9t=C3=A9\r\n");
        QTest::newRow("line endings") << QByteArray("a\r\nb\rc\n") << QByteArray("a\r\nb\r\nc\r\n");
        QTest::newRow("dot stays") << QByteArray(".\n") << QByteArray(".\r\n");
        QTest::newRow("empty lines") << QByteArray("a\n\nb\n") << QByteArray("a\r\n\r\nb\r\n");
        QTest::newRow("long line")
            << QByteArray(100, 'x')
            << QByteArray(QByteArray(75, 'x') + "=\r\n" + QByteArray(25, 'x') + "\r\n");
        // An escape is never cut by a soft break.
        QTest::newRow("long escapes") << QByteArray(74, 'x') + "\xc3\xa9"
                                      << QByteArray(QByteArray(74, 'x') + "=\r\n=C3=A9\r\n");
    }

    void quotedPrintable()
    {
        QFETCH(QByteArray, in);
        QFETCH(QByteArray, out);
        QCOMPARE(wb::quotedPrintable(in), out);
    }

    void headerText()
    {
        QCOMPARE(encodeHeaderText(u"Writeback Studio: export opens failed"_s, 9),
                 QByteArray("Writeback Studio: export opens failed"));
        // Text that would be read as an encoded word is encoded itself; so is a line break.
        QCOMPARE(decodeWords(encodeHeaderText(u"=?x?="_s, 9)), u"=?x?="_s);
        QCOMPARE(decodeWords(encodeHeaderText(u"a\r\nBcc: someone@example.org"_s, 9)),
                 u"a\r\nBcc: someone@example.org"_s);

        const QString subject = u"Export « opens » a échoué — 导出失败 ✓ "_s.repeated(4);
        const QByteArray encoded = encodeHeaderText(subject, 9);
        for (const char c : encoded)
            QVERIFY(quint8(c) < 0x80);
        int longest = 0;
        QCOMPARE(decodeWords(encoded, &longest), subject);
        QVERIFY2(longest <= 75, QByteArray::number(longest));
        QVERIFY(encoded.contains("\r\n ")); // folded
        const QList<QByteArray> lines = QByteArray("Subject: " + encoded).split('\n');
        for (const QByteArray &line : lines)
            QVERIFY2(line.trimmed().size() <= 78, line.constData());
    }

    void mailboxes()
    {
        auto box = parseMailbox(u"ops@example.org"_s);
        QVERIFY(box);
        QCOMPARE(box->address, u"ops@example.org"_s);
        QCOMPARE(box->name, QString());
        box = parseMailbox(u"  \"Ops, Data\" <ops@example.org> "_s);
        QVERIFY(box);
        QCOMPARE(box->name, u"Ops, Data"_s);
        QCOMPARE(box->address, u"ops@example.org"_s);
        QVERIFY(!parseMailbox(u"ops"_s));
        QVERIFY(!parseMailbox(u"ops@example.org, ceo@example.org"_s));
        QVERIFY(!parseMailbox(u"ops@example.org>\r\nBcc: x@y.z"_s));
        QVERIFY(!parseMailbox(QString()));
    }

    void compose()
    {
        MailMessage m;
        m.from = u"Writeback Studio <wb@example.org>"_s;
        m.to = QStringList{u"ops@example.org"_s, u"Zoë Müller <zoe@example.org>"_s};
        m.subject = u"Writeback Studio: export opens failed"_s;
        m.body = u"Line one\n.\nLast = line\n"_s;
        MessageStamp stamp;
        stamp.date =
            QDateTime(QDate(2026, 11, 22), QTime(9, 30), QTimeZone::fromSecondsAheadOfUtc(3600));
        stamp.messageId = "1234@example.org";
        stamp.boundary = "=_wb_b0undary";
        const QByteArray expected =
            "Date: 22 Nov 2026 09:30:00 +0100\r\n"
            "From: Writeback Studio <wb@example.org>\r\n"
            "To: ops@example.org, =?UTF-8?B?Wm/DqyBNw7xsbGVy?= <zoe@example.org>\r\n"
            "Subject: Writeback Studio: export opens failed\r\n"
            "Message-ID: <1234@example.org>\r\n"
            "MIME-Version: 1.0\r\n"
            "User-Agent: Writeback Studio " WRITEBACK_VERSION "\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n"
            "Content-Transfer-Encoding: quoted-printable\r\n"
            "\r\n"
            "Line one\r\n"
            ".\r\n"
            "Last =3D line\r\n";
        QCOMPARE(composeMessage(m, stamp), expected);

        m.attachments.append({u"export-opens-42.json"_s, "application/json", QByteArray(100, 'j')});
        const QByteArray multipart = composeMessage(m, stamp);
        const QByteArray tail =
            "Content-Type: multipart/mixed; boundary=\"=_wb_b0undary\"\r\n"
            "\r\n"
            "This is a message in several parts (MIME).\r\n"
            "--=_wb_b0undary\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n"
            "Content-Transfer-Encoding: quoted-printable\r\n"
            "\r\n"
            "Line one\r\n"
            ".\r\n"
            "Last =3D line\r\n"
            "\r\n"
            "--=_wb_b0undary\r\n"
            "Content-Type: application/json\r\n"
            "Content-Disposition: attachment; filename=\"export-opens-42.json\"\r\n"
            "Content-Transfer-Encoding: base64\r\n"
            "\r\n" +
            QByteArray(100, 'j').toBase64().left(76) + "\r\n" +
            QByteArray(100, 'j').toBase64().mid(76) +
            "\r\n"
            "\r\n"
            "--=_wb_b0undary--\r\n";
        QVERIFY2(multipart.endsWith(tail), multipart.constData());
        QVERIFY(multipart.startsWith("Date: 22 Nov 2026 09:30:00 +0100\r\n"));

        // The stamp a real send uses: unique, with the sender's domain.
        const MessageStamp a = MessageStamp::fresh(m.from);
        const MessageStamp b = MessageStamp::fresh(m.from);
        QVERIFY(a.messageId.endsWith("@example.org"));
        QVERIFY(a.messageId != b.messageId);
        QVERIFY(a.boundary != b.boundary);
    }

    void dotStuffing()
    {
        QCOMPARE(dotStuffed("a\r\n.\r\n..b\r\n.c"), QByteArray("a\r\n..\r\n...b\r\n..c\r\n.\r\n"));
        QCOMPARE(dotStuffed(".first\r\n"), QByteArray("..first\r\n.\r\n"));
        QCOMPARE(dotStuffed("x.y\r\n"), QByteArray("x.y\r\n.\r\n"));
    }

    void settingsJson()
    {
        MailSettings s;
        s.host = u"smtp.example.org"_s;
        s.port = 2525;
        s.security = MailSecurity::Tls;
        s.user = u"wb"_s;
        s.from = u"Writeback <wb@example.org>"_s;
        s.to = QStringList{u"ops@example.org"_s, u"ceo@example.org"_s};
        s.caFile = u"/etc/ssl/private-ca.pem"_s;
        s.acceptedFingerprint = u"ab"_s.repeated(32);
        s.timeoutSeconds = 12;
        s.notifyOnFailure = false;
        s.dailySummary = true;
        const QJsonObject json = s.toJson();
        QVERIFY(!json.contains(u"password"_s));
        QStringList problems;
        const auto back = MailSettings::fromJson(json, &problems);
        QVERIFY2(back, qPrintable(problems.join(u' ')));
        QCOMPARE(QJsonDocument(back->toJson()).toJson(), QJsonDocument(json).toJson());
        QCOMPARE(back->security, MailSecurity::Tls);
        QCOMPARE(back->to, s.to);
        QCOMPARE(back->secretKey(), u"smtp:smtp.example.org:wb"_s);
        QVERIFY(back->problems().isEmpty());

        // Defaults, the usual ports, and what is refused.
        const auto empty = MailSettings::fromJson({}, &problems);
        QVERIFY(empty);
        QCOMPARE(empty->security, MailSecurity::StartTls);
        QCOMPARE(empty->effectivePort(), 587);
        QVERIFY(!empty->isConfigured());
        QCOMPARE(empty->problems().size(), 3);
        MailSettings tls;
        tls.security = MailSecurity::Tls;
        QCOMPARE(tls.effectivePort(), 465);

        QJsonObject withPassword = json;
        withPassword[u"password"_s] = u"hunter2"_s;
        QVERIFY(!MailSettings::fromJson(withPassword, &problems));
        QVERIFY2(problems.join(u' ').contains(u"WRITEBACK_SMTP_PASSWORD"_s),
                 qPrintable(problems.join(u' ')));
        QJsonObject badSecurity = json;
        badSecurity[u"security"_s] = u"ssl3"_s;
        QVERIFY(!MailSettings::fromJson(badSecurity, &problems));
        QJsonObject badPort = json;
        badPort[u"port"_s] = 70000;
        QVERIFY(!MailSettings::fromJson(badPort, &problems));

        MailSettings bad = s;
        bad.to << u"not an address"_s;
        QCOMPARE(bad.problems(),
                 QStringList{u"The recipient \"not an address\" is not an e-mail address."_s});
        MailSettings mistyped = s;
        mistyped.acceptedFingerprint = u"SHA256:00"_s;
        QCOMPARE(mistyped.problems().size(), 1);
    }

    void passwordFromEnvironment()
    {
        MailSettings s;
        s.host = u"smtp.example.org"_s;
        s.user = u"nobody-here"_s;
        qputenv("WRITEBACK_SMTP_PASSWORD", "from the environment");
        const Secrets::Result r = findSmtpPassword(s);
        qunsetenv("WRITEBACK_SMTP_PASSWORD");
        QVERIFY(r.ok);
        QCOMPARE(r.value, u"from the environment"_s);
    }

    void fingerprints()
    {
        const QString canonical = u"SHA256:"_s + u"AB:"_s.repeated(31) + u"AB"_s;
        QCOMPARE(normalizedFingerprint(canonical), canonical);
        QCOMPARE(normalizedFingerprint(u"ab"_s.repeated(32)), canonical);
        QCOMPARE(normalizedFingerprint(u" sha256:"_s + u"ab:"_s.repeated(31) + u"ab "_s),
                 canonical);
        QCOMPARE(normalizedFingerprint(u"ab"_s.repeated(31)), QString()); // too short
        QCOMPARE(normalizedFingerprint(u"zz"_s.repeated(32)), QString()); // not hex
        QCOMPARE(normalizedFingerprint(QString()), QString());
    }
};

QTEST_GUILESS_MAIN(TestMailFormat)
#include "tst_mailformat.moc"
