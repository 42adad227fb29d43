// SPDX-License-Identifier: GPL-3.0-or-later
// Sending e-mail to a real SMTP server (aiosmtpd) on 127.0.0.1: plain, STARTTLS, implicit
// TLS, login, certificates, encodings, attachments, dot-stuffing, and the ways it fails.
#include "SmtpFixture.h"
#include "report/Notifier.h"
#include "report/RunReport.h"
#include "report/SmtpClient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSslSocket>
#include <QTcpServer>
#include <QtTest>

#include <thread>

using namespace Qt::StringLiterals;
using namespace wb;
using namespace wb::test;

namespace {

const QString User = u"notifier"_s;
const QString Password = u"s3cret pass wörd"_s;

MailMessage simpleMessage(const QString &subject = u"Writeback Studio: test"_s)
{
    MailMessage m;
    m.from = u"Writeback Studio <wb@example.org>"_s;
    m.to = QStringList{u"ops@example.org"_s};
    m.subject = subject;
    m.body = u"Hello from the test.\n"_s;
    return m;
}

JobRun failedRun()
{
    JobRun run;
    run.job = u"export:opens"_s;
    run.kind = u"export"_s;
    run.runId = 42;
    run.state = u"failed"_s;
    run.trigger = u"schedule"_s;
    run.startedAt = QDateTime(QDate(2026, 11, 22), QTime(8, 30), QTimeZone::UTC);
    run.finishedAt = run.startedAt.addMSecs(12345);
    run.rows = 1234;
    run.files = QStringList{u"opens-20261122.csv"_s};
    run.location = u"sftp://slate/incoming"_s;
    run.error = u"Cannot upload opens-20261122.csv: Permission denied"_s;
    return run;
}

QByteArray attachmentData(const QJsonObject &message, int index = 0)
{
    return QByteArray::fromBase64(message[u"attachments"_s]
                                      .toArray()
                                      .at(index)
                                      .toObject()[u"data_base64"_s]
                                      .toString()
                                      .toLatin1());
}

} // namespace

class TestSmtpClient : public QObject
{
    Q_OBJECT

    SmtpFixture m_smtp;

    MailSettings settings(MailSecurity security) const
    {
        MailSettings s;
        s.host = u"127.0.0.1"_s;
        s.port = m_smtp.port();
        s.security = security;
        s.from = u"Writeback Studio <wb@example.org>"_s;
        s.to = QStringList{u"ops@example.org"_s};
        s.caFile = m_smtp.caFile();
        s.timeoutSeconds = 10;
        return s;
    }

    // Sends, and reads back the one message the server got; false (with the reason, the
    // conversation and the server's log as warnings) when either fails.
    bool sendOne(const MailSettings &s, const MailMessage &m, QJsonObject *got,
                 const QString &password = {})
    {
        SmtpClient client(s);
        client.setPassword(password);
        QString error;
        if (!client.send(m, &error)) {
            qWarning().noquote() << error << "\n"
                                 << client.transcript().join(u'\n') << "\n"
                                 << m_smtp.log();
            return false;
        }
        const QList<QJsonObject> messages = m_smtp.messages();
        if (messages.size() != 1) {
            qWarning() << "the server has" << messages.size() << "messages instead of 1";
            return false;
        }
        *got = messages.first();
        return true;
    }

    bool start(const SmtpFixture::Options &options)
    {
        if (m_smtp.start(options))
            return true;
        qWarning().noquote() << m_smtp.log();
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QSslSocket::supportsSsl(),
                 "Qt's OpenSSL TLS backend is missing (libqt6network6, libssl3)");
    }

    void cleanup() { m_smtp.stop(); }

    void plain()
    {
        QVERIFY(start({}));
        MailMessage m = simpleMessage();
        m.to << u"Second Person <second@example.org>"_s << u"third@example.net"_s;
        QJsonObject got;
        QVERIFY(sendOne(settings(MailSecurity::None), m, &got));
        QCOMPARE(got[u"mail_from"_s].toString(), u"wb@example.org"_s);
        QCOMPARE(
            got[u"rcpt_tos"_s].toArray(),
            (QJsonArray{u"ops@example.org"_s, u"second@example.org"_s, u"third@example.net"_s}));
        QCOMPARE(got[u"tls"_s].toBool(), false);
        QCOMPARE(got[u"extended_smtp"_s].toBool(), true);
        QCOMPARE(got[u"helo"_s].toString(), u"[127.0.0.1]"_s);
        QCOMPARE(got[u"subject"_s].toString(), u"Writeback Studio: test"_s);
        QCOMPARE(got[u"from"_s].toString(), u"Writeback Studio <wb@example.org>"_s);
        QCOMPARE(got[u"to"_s].toArray().size(), 3);
        QCOMPARE(got[u"body"_s].toString(), u"Hello from the test.\n"_s);
        QCOMPARE(got[u"mime_version"_s].toString(), u"1.0"_s);
        QCOMPARE(got[u"defects"_s].toArray(), QJsonArray());
        QVERIFY(got[u"message_id"_s].toString().endsWith(u"@example.org>"_s));
        // The Date header is now, readable by another implementation.
        const QDateTime date = QDateTime::fromString(got[u"date_utc"_s].toString(), Qt::ISODate);
        QVERIFY2(qAbs(date.secsTo(QDateTime::currentDateTimeUtc())) < 300,
                 qPrintable(got[u"date"_s].toString()));
    }

    void heloWhenEhloIsRefused()
    {
        QVERIFY(start({.ehlo = false}));
        QJsonObject got;
        QVERIFY(sendOne(settings(MailSecurity::None), simpleMessage(), &got));
        QCOMPARE(got[u"extended_smtp"_s].toBool(), false);
        QCOMPARE(got[u"helo"_s].toString(), u"[127.0.0.1]"_s);
    }

    void startTlsWithCaFile()
    {
        QVERIFY(start({.mode = SmtpFixture::Mode::StartTls}));
        SmtpClient client(settings(MailSecurity::StartTls));
        QString error;
        QVERIFY2(client.send(simpleMessage(), &error), qPrintable(error));
        QCOMPARE(client.serverFingerprint(), m_smtp.serverFingerprint());
        const QList<QJsonObject> got = m_smtp.messages();
        QCOMPARE(got.size(), 1);
        QCOMPARE(got[0][u"tls"_s].toBool(), true);
        // EHLO again after the handshake, as RFC 3207 wants.
        QCOMPARE(client.transcript().filter(u"C: EHLO"_s).size(), 2);
    }

    void startTlsNotOffered()
    {
        QVERIFY(start({}));
        SmtpClient client(settings(MailSecurity::StartTls));
        QString error;
        QVERIFY(!client.send(simpleMessage(), &error));
        QVERIFY2(error.startsWith(u"The server does not offer STARTTLS"_s), qPrintable(error));
        QVERIFY(m_smtp.messages().isEmpty());
    }

    void implicitTlsWithLogin()
    {
        QVERIFY(start({.mode = SmtpFixture::Mode::Tls, .user = User, .password = Password}));
        MailSettings s = settings(MailSecurity::Tls);
        s.user = User;
        QJsonObject got;
        QVERIFY(sendOne(s, simpleMessage(), &got, Password));
        QCOMPARE(got[u"tls"_s].toBool(), true);
        QCOMPARE(got[u"auth_user"_s].toString(), User);
    }

    void authPlain()
    {
        QVERIFY(start({.mode = SmtpFixture::Mode::StartTls, .user = User, .password = Password}));
        MailSettings s = settings(MailSecurity::StartTls);
        s.user = User;
        SmtpClient client(s);
        client.setPassword(Password);
        QString error;
        QVERIFY2(client.send(simpleMessage(), &error), qPrintable(error));
        const QList<QJsonObject> got = m_smtp.messages();
        QCOMPARE(got.size(), 1);
        QCOMPARE(got[0][u"auth_user"_s].toString(), User);
        QCOMPARE(got[0][u"auth_mechanism"_s].toString(), u"PLAIN"_s);
        // The transcript is for support tickets: the password is not in it, in any form.
        const QString transcript = client.transcript().join(u'\n');
        QVERIFY(transcript.contains(u"AUTH PLAIN <credentials>"_s));
        QVERIFY(!transcript.contains(Password));
        QByteArray plain;
        plain.append('\0').append(User.toUtf8()).append('\0').append(Password.toUtf8());
        QVERIFY(!transcript.contains(QString::fromLatin1(plain.toBase64())));
    }

    void authLogin()
    {
        QVERIFY(start({.mode = SmtpFixture::Mode::StartTls,
                       .user = User,
                       .password = Password,
                       .authMechanisms = u"LOGIN"_s}));
        MailSettings s = settings(MailSecurity::StartTls);
        s.user = User;
        QJsonObject got;
        QVERIFY(sendOne(s, simpleMessage(), &got, Password));
        QCOMPARE(got[u"auth_mechanism"_s].toString(), u"LOGIN"_s);
        QCOMPARE(got[u"auth_user"_s].toString(), User);
    }

    void authFailed()
    {
        QVERIFY(start({.mode = SmtpFixture::Mode::StartTls, .user = User, .password = Password}));
        MailSettings s = settings(MailSecurity::StartTls);
        s.user = User;
        SmtpClient client(s);
        client.setPassword(u"wrong"_s);
        QString error;
        QVERIFY(!client.send(simpleMessage(), &error));
        QCOMPARE(error, u"AUTH failed: 535 5.7.8 Authentication credentials invalid"_s);
        QVERIFY(m_smtp.messages().isEmpty());
    }

    void noPasswordOverPlainText()
    {
        QVERIFY(start({.user = User, .password = Password, .authWithoutTls = true}));
        MailSettings s = settings(MailSecurity::None);
        s.user = User;
        SmtpClient client(s);
        client.setPassword(Password);
        QString error;
        QVERIFY(!client.send(simpleMessage(), &error));
        QVERIFY2(
            error.startsWith(u"Refusing to send the password over an unencrypted connection"_s),
            qPrintable(error));
        QVERIFY(client.transcript().filter(u"AUTH"_s).filter(u"C: "_s).isEmpty());
    }

    void untrustedCertificate()
    {
        QVERIFY(start({.mode = SmtpFixture::Mode::Tls}));
        MailSettings s = settings(MailSecurity::Tls);
        s.caFile.clear();
        SmtpClient client(s);
        QString error;
        QVERIFY(!client.send(simpleMessage(), &error));
        QVERIFY2(error.startsWith(u"TLS handshake with 127.0.0.1:%1 failed: "_s.arg(m_smtp.port())),
                 qPrintable(error));
        // Says which certificate it saw, so that the user can decide to accept it.
        QVERIFY2(error.contains(m_smtp.serverFingerprint()), qPrintable(error));
        QVERIFY2(error.contains(u"\"Writeback Test CA\""_s), qPrintable(error));
        QVERIFY(m_smtp.messages().isEmpty());

        // STARTTLS too.
        QVERIFY(start({.mode = SmtpFixture::Mode::StartTls}));
        s = settings(MailSecurity::StartTls);
        s.caFile.clear();
        QVERIFY(!SmtpClient(s).send(simpleMessage(), &error));
        QVERIFY2(error.startsWith(u"TLS handshake with 127.0.0.1:%1 failed: "_s.arg(m_smtp.port())),
                 qPrintable(error));
        QVERIFY(m_smtp.messages().isEmpty());
    }

    void acceptedFingerprint()
    {
        QVERIFY(start({.mode = SmtpFixture::Mode::Tls}));
        MailSettings s = settings(MailSecurity::Tls);
        s.caFile.clear();
        // As the user would paste it from openssl's output.
        s.acceptedFingerprint = m_smtp.serverFingerprint().mid(7).toLower();
        QJsonObject got;
        QVERIFY(sendOne(s, simpleMessage(), &got));

        // Any other certificate is still refused.
        s.acceptedFingerprint = u"SHA256:"_s + u"00:"_s.repeated(31) + u"00"_s;
        QString error;
        QVERIFY(!SmtpClient(s).send(simpleMessage(), &error));
        QVERIFY2(error.contains(u"That is not the accepted certificate SHA256:00:00:"_s),
                 qPrintable(error));
        QCOMPARE(m_smtp.messages().size(), 1);
    }

    void missingCaFile()
    {
        QVERIFY(start({.mode = SmtpFixture::Mode::Tls}));
        MailSettings s = settings(MailSecurity::Tls);
        s.caFile = m_smtp.caFile() + u".missing"_s;
        QString error;
        QVERIFY(!SmtpClient(s).send(simpleMessage(), &error));
        QCOMPARE(error, u"The CA file %1 does not exist."_s.arg(s.caFile));
    }

    void nonAsciiSubjectAndBody()
    {
        QVERIFY(start({.mode = SmtpFixture::Mode::StartTls}));
        MailMessage m =
            simpleMessage(u"Export « opens » a échoué — 导出失败 ✓ 🚀 "_s.repeated(3).trimmed());
        m.from = u"Zoë Müller <wb@example.org>"_s;
        m.body = u"Bonjour Zoë,\n"
                 "l'export a échoué: 1 234 lignes — 导出失败 🚀\n"
                 "trailing spaces stay   \n"
                 "tab\tand = signs == and =3D literally\n"_s +
                 u"Ä"_s.repeated(120) + u"\n"_s;
        QJsonObject got;
        QVERIFY(sendOne(settings(MailSecurity::StartTls), m, &got));
        QCOMPARE(got[u"subject"_s].toString(), m.subject);
        QCOMPARE(got[u"from"_s].toString(), m.from);
        QCOMPARE(got[u"body"_s].toString(), m.body);
        QCOMPARE(got[u"defects"_s].toArray(), QJsonArray());
        // 7-bit on the wire: no server along the way can mangle it.
        const QByteArray raw = QByteArray::fromBase64(got[u"raw_base64"_s].toString().toLatin1());
        for (const char c : raw)
            QVERIFY(quint8(c) < 0x80);
        for (const QByteArray &line : raw.split('\n'))
            QVERIFY2(line.size() <= 78, line.constData());
    }

    void attachment()
    {
        QVERIFY(start({}));
        const JobRun run = failedRun();
        MailSettings s = settings(MailSecurity::None);
        QJsonObject got;
        QVERIFY(sendOne(s, runMessage(s, run), &got));
        QCOMPARE(got[u"content_type"_s].toString(), u"multipart/mixed"_s);
        const QJsonArray attachments = got[u"attachments"_s].toArray();
        QCOMPARE(attachments.size(), 1);
        QCOMPARE(attachments[0].toObject()[u"filename"_s].toString(), u"export-opens-42.json"_s);
        QCOMPARE(attachments[0].toObject()[u"content_type"_s].toString(), u"application/json"_s);
        QCOMPARE(attachmentData(got), runReportJson(run));
        QJsonParseError parseError;
        const QJsonObject report =
            QJsonDocument::fromJson(attachmentData(got), &parseError).object();
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QCOMPARE(report[u"job"_s].toString(), u"export:opens"_s);
        QCOMPARE(report[u"error"_s].toString(), run.error);
        QCOMPARE(got[u"body"_s].toString(), runReportText(run));
        QCOMPARE(got[u"defects"_s].toArray(), QJsonArray());
    }

    void dotStuffing()
    {
        QVERIFY(start({}));
        MailMessage m = simpleMessage();
        // A line of a single dot would end DATA early if it were not doubled.
        m.body = u"first\n.\nsecond\n..\n.third\n.\n"_s;
        QJsonObject got;
        QVERIFY(sendOne(settings(MailSecurity::None), m, &got));
        QCOMPARE(got[u"body"_s].toString(), m.body);
        const QByteArray raw = QByteArray::fromBase64(got[u"raw_base64"_s].toString().toLatin1());
        QVERIFY2(raw.contains("\r\nfirst\r\n.\r\nsecond\r\n..\r\n.third\r\n.\r\n"),
                 raw.constData());
    }

    void serverDown()
    {
        const int port = SmtpFixture::freePort();
        QVERIFY(port > 0);
        MailSettings s;
        s.host = u"127.0.0.1"_s;
        s.port = port;
        s.security = MailSecurity::None;
        SmtpClient client(s);
        QString error;
        QVERIFY(!client.send(simpleMessage(), &error));
        QCOMPARE(error, u"Cannot connect to 127.0.0.1:%1: Connection refused"_s.arg(port));
    }

    void silentServerTimesOut()
    {
        // Listening but never answering: the kernel completes the handshake, nobody greets.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        MailSettings s;
        s.host = u"127.0.0.1"_s;
        s.port = silent.serverPort();
        s.security = MailSecurity::None;
        s.timeoutSeconds = 1;
        QElapsedTimer timer;
        timer.start();
        QString error;
        QVERIFY(!SmtpClient(s).send(simpleMessage(), &error));
        QCOMPARE(error, u"Greeting: the server did not answer within 1 s."_s);
        QVERIFY2(timer.elapsed() >= 900 && timer.elapsed() < 5000,
                 QByteArray::number(timer.elapsed()));
    }

    void cancelled()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        MailSettings s;
        s.host = u"127.0.0.1"_s;
        s.port = silent.serverPort();
        s.security = MailSecurity::None;
        s.timeoutSeconds = 60;
        std::atomic_bool cancel = false;
        SmtpClient client(s);
        client.setCancelFlag(&cancel);
        std::thread canceller([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            cancel = true;
        });
        QElapsedTimer timer;
        timer.start();
        QString error;
        const bool sent = client.send(simpleMessage(), &error);
        canceller.join();
        QVERIFY(!sent);
        QCOMPARE(error, u"Sending the e-mail was cancelled."_s);
        QVERIFY2(timer.elapsed() < 5000, QByteArray::number(timer.elapsed()));
    }

    void notifyFailureEndToEnd()
    {
        QVERIFY(start({.mode = SmtpFixture::Mode::StartTls, .user = User, .password = Password}));
        MailSettings s = settings(MailSecurity::StartTls);
        s.user = User;
        s.to = QStringList{u"ops@example.org"_s, u"data@example.org"_s};
        const JobRun run = failedRun();

        // No password anywhere: says where to put one, and sends nothing.
        qunsetenv("WRITEBACK_SMTP_PASSWORD");
        QString error;
        MailSettings unknown = s;
        unknown.user = u"no-such-user-%1"_s.arg(QDateTime::currentMSecsSinceEpoch());
        QVERIFY(!notifyFailure(unknown, run, &error));
        QVERIFY2(error.contains(u"WRITEBACK_SMTP_PASSWORD"_s), qPrintable(error));
        QVERIFY(m_smtp.messages().isEmpty());

        qputenv("WRITEBACK_SMTP_PASSWORD", Password.toUtf8());
        const bool sent = notifyFailure(s, run, &error);
        qunsetenv("WRITEBACK_SMTP_PASSWORD");
        QVERIFY2(sent, qPrintable(error));
        const QList<QJsonObject> got = m_smtp.messages();
        QCOMPARE(got.size(), 1);
        QCOMPARE(got[0][u"subject"_s].toString(), u"Writeback Studio: export opens failed"_s);
        QCOMPARE(got[0][u"rcpt_tos"_s].toArray(),
                 (QJsonArray{u"ops@example.org"_s, u"data@example.org"_s}));
        QCOMPARE(got[0][u"auth_user"_s].toString(), User);
        QCOMPARE(got[0][u"tls"_s].toBool(), true);
        QCOMPARE(got[0][u"body"_s].toString(), runReportText(run));
        QCOMPARE(attachmentData(got[0]), runReportJson(run));

        // Incomplete settings are refused before any connection.
        MailSettings incomplete = s;
        incomplete.to.clear();
        QVERIFY(!notifyFailure(incomplete, run, &error));
        QCOMPARE(error, u"The mail settings are incomplete: No recipient is set."_s);
    }

    void dailySummaryMail()
    {
        QVERIFY(start({}));
        const MailSettings s = settings(MailSecurity::None);
        const DailySummary summary =
            summarizeDay({failedRun()}, QDate(2026, 11, 22), {QTimeZone::UTC, QLocale::c()});
        QString error;
        QVERIFY2(sendDailySummary(s, summary, &error), qPrintable(error));
        const QList<QJsonObject> got = m_smtp.messages();
        QCOMPARE(got.size(), 1);
        QCOMPARE(got[0][u"subject"_s].toString(), dailySummaryTitle(summary));
        QCOMPARE(got[0][u"body"_s].toString(), dailySummaryText(summary));
        QCOMPARE(attachmentData(got[0]), dailySummaryJson(summary));
    }
};

QTEST_GUILESS_MAIN(TestSmtpClient)
#include "tst_smtpclient.moc"
