// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/SmtpClient.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QFile>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wb {

namespace {

Q_LOGGING_CATEGORY(lcMail, "writeback.mail")

QString tr(const char *text)
{
    return QCoreApplication::translate("wb::SmtpClient", text);
}

constexpr qint64 MaxReplyLine = 4096;
constexpr int MaxReplyLines = 500;
constexpr int Slice = 100; // ms between looks at the cancel flag

QString fingerprintOf(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return {};
    return u"SHA256:"_s +
           QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

struct Reply
{
    int code = 0;
    QList<QByteArray> lines; // as received, code included

    bool positive() const { return code >= 200 && code < 400; }
    // "535 5.7.8 Authentication credentials invalid"; further lines follow after a space.
    QString text() const
    {
        QString out = QString::number(code);
        for (const QByteArray &line : lines)
            if (const QByteArray rest = line.mid(4).trimmed(); !rest.isEmpty())
                out += u' ' + QString::fromUtf8(rest);
        return out;
    }
};

struct Capabilities
{
    bool esmtp = false;
    bool startTls = false;
    bool smtpUtf8 = false;
    qint64 size = 0;
    QStringList auth;
};

class Session
{
    Q_DECLARE_TR_FUNCTIONS(wb::Session)

public:
    Session(const MailSettings &settings, const std::atomic_bool *cancel, QStringList *transcript)
        : m_settings(settings), m_cancel(cancel), m_transcript(transcript)
    {}

    ~Session() { m_socket.abort(); }

    bool open(QString *error);
    bool startTls(QString *error);
    bool readReply(const QString &step, Reply *reply, QString *error);
    bool write(const QByteArray &data, const QString &step, QString *error);
    // Sends a command line and reads the reply; `shown` is what the transcript gets instead.
    bool command(const QByteArray &line, const QString &step, Reply *reply, QString *error,
                 const QByteArray &shown = {});
    bool hello(Capabilities *caps, QString *error);
    bool authenticate(const Capabilities &caps, const QString &password, QString *error);
    void quit();

    bool encrypted() const { return m_socket.isEncrypted(); }
    QString fingerprint() const { return fingerprintOf(m_socket.peerCertificate()); }

private:
    enum class Waited
    {
        Ready,
        Cancelled,
        TimedOut,
        Closed
    };
    template <typename Done, typename Wait> Waited waitUntil(Done done, Wait wait);
    QString waitError(Waited why, const QString &step) const;
    bool encrypt(QString *error);
    QString tlsError() const;
    QByteArray helloName() const;

    const MailSettings &m_settings;
    const std::atomic_bool *m_cancel;
    QStringList *m_transcript;
    QSslSocket m_socket;
    QList<QSslError> m_sslErrors;
    QSslCertificate m_peer;
    bool m_pinMismatch = false;
};

template <typename Done, typename Wait> Session::Waited Session::waitUntil(Done done, Wait wait)
{
    const QDeadlineTimer deadline(std::chrono::seconds(m_settings.timeoutSeconds));
    while (!done()) {
        if (m_cancel && m_cancel->load())
            return Waited::Cancelled;
        if (m_socket.state() == QAbstractSocket::UnconnectedState)
            return Waited::Closed;
        if (deadline.hasExpired())
            return Waited::TimedOut;
        wait(int(std::clamp<qint64>(deadline.remainingTime(), 1, Slice)));
    }
    return Waited::Ready;
}

QString Session::waitError(Waited why, const QString &step) const
{
    switch (why) {
    case Waited::Cancelled:
        return tr("Sending the e-mail was cancelled.");
    case Waited::TimedOut:
        return tr("%1: the server did not answer within %2 s.")
            .arg(step)
            .arg(m_settings.timeoutSeconds);
    case Waited::Closed:
        return tr("%1: the server closed the connection.").arg(step);
    case Waited::Ready:
        break;
    }
    return {};
}

bool Session::open(QString *error)
{
    const QString host = m_settings.host;
    const int port = m_settings.effectivePort();
    if (m_settings.security != MailSecurity::None) {
        if (!QSslSocket::supportsSsl()) {
            *error = tr("TLS is not available: Qt's TLS backend (OpenSSL) could not be loaded.");
            return false;
        }
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.setPeerVerifyMode(QSslSocket::VerifyPeer);
        if (!m_settings.caFile.isEmpty()) {
            QList<QSslCertificate> cas = QSslCertificate::fromPath(m_settings.caFile, QSsl::Pem);
            if (cas.isEmpty())
                cas = QSslCertificate::fromPath(m_settings.caFile, QSsl::Der);
            if (cas.isEmpty()) {
                *error = QFile::exists(m_settings.caFile)
                             ? tr("The CA file %1 holds no certificate (PEM or DER).")
                                   .arg(m_settings.caFile)
                             : tr("The CA file %1 does not exist.").arg(m_settings.caFile);
                return false;
            }
            conf.addCaCertificates(cas);
        }
        m_socket.setSslConfiguration(conf);
        m_socket.setPeerVerifyName(host);
        QObject::connect(
            &m_socket, &QSslSocket::sslErrors, &m_socket, [this](const QList<QSslError> &errors) {
                m_sslErrors = errors;
                m_peer = m_socket.peerCertificate();
                const QString pin = normalizedFingerprint(m_settings.acceptedFingerprint);
                if (pin.isEmpty())
                    return;
                // The user accepted this very certificate; any other still fails.
                if (pin == fingerprintOf(m_peer))
                    m_socket.ignoreSslErrors();
                else
                    m_pinMismatch = true;
            });
    }
    m_transcript->append(
        u"connect %1:%2 (%3)"_s.arg(host).arg(port).arg(securityName(m_settings.security)));
    if (m_cancel && m_cancel->load()) {
        *error = waitError(Waited::Cancelled, {});
        return false;
    }
    if (m_settings.security == MailSecurity::Tls)
        m_socket.connectToHostEncrypted(host, quint16(port));
    else
        m_socket.connectToHost(host, quint16(port));
    // Not sliced: waitForConnected gives up on the address it tries when it times out.
    if (!m_socket.waitForConnected(m_settings.timeoutSeconds * 1000)) {
        const QString why = m_socket.error() == QAbstractSocket::SocketTimeoutError
                                ? tr("no answer within %1 s").arg(m_settings.timeoutSeconds)
                                : m_socket.errorString();
        *error = tr("Cannot connect to %1:%2: %3").arg(host).arg(port).arg(why);
        return false;
    }
    return m_settings.security != MailSecurity::Tls || encrypt(error);
}

QString Session::tlsError() const
{
    QStringList reasons;
    for (const QSslError &e : m_sslErrors)
        if (!reasons.contains(e.errorString()))
            reasons << e.errorString();
    if (reasons.isEmpty())
        reasons << m_socket.errorString();
    QString text = tr("TLS handshake with %1:%2 failed: %3.")
                       .arg(m_settings.host)
                       .arg(m_settings.effectivePort())
                       .arg(reasons.join(u"; "_s));
    if (!m_peer.isNull()) {
        const QString subject = m_peer.subjectInfo(QSslCertificate::CommonName).join(u", "_s);
        const QString issuer = m_peer.issuerInfo(QSslCertificate::CommonName).join(u", "_s);
        text +=
            u' ' +
            tr("The server's certificate is for \"%1\", issued by \"%2\", with the fingerprint %3.")
                .arg(subject, issuer, fingerprintOf(m_peer));
        if (m_pinMismatch)
            text += u' ' + tr("That is not the accepted certificate %1.")
                               .arg(normalizedFingerprint(m_settings.acceptedFingerprint));
        text += u' ' +
                tr("If you trust it, add the certificate of the authority that issued it as the CA "
                   "file, or accept this fingerprint in the mail settings.");
    }
    return text;
}

bool Session::encrypt(QString *error)
{
    // A refused certificate ends the handshake with this error before the socket closes.
    const Waited w = waitUntil(
        [&] {
            return m_socket.isEncrypted() ||
                   m_socket.error() == QAbstractSocket::SslHandshakeFailedError;
        },
        [&](int ms) { m_socket.waitForEncrypted(ms); });
    if (w == Waited::Ready && m_socket.isEncrypted()) {
        m_transcript->append(u"TLS: certificate %1"_s.arg(fingerprint()));
        return true;
    }
    *error =
        w == Waited::Ready || w == Waited::Closed ? tlsError() : waitError(w, tr("TLS handshake"));
    return false;
}

bool Session::startTls(QString *error)
{
    // Anything the server sent before the handshake would be read as if it came encrypted.
    if (m_socket.bytesAvailable() > 0) {
        *error = tr("STARTTLS: the server sent more than its answer before the TLS handshake; "
                    "refusing to go on.");
        return false;
    }
    m_socket.startClientEncryption();
    return encrypt(error);
}

bool Session::readReply(const QString &step, Reply *reply, QString *error)
{
    *reply = {};
    for (;;) {
        const Waited w = waitUntil(
            [&] { return m_socket.canReadLine() || m_socket.bytesAvailable() > MaxReplyLine; },
            [&](int ms) { m_socket.waitForReadyRead(ms); });
        if (w != Waited::Ready && !m_socket.canReadLine()) {
            *error = waitError(w, step);
            return false;
        }
        QByteArray line = m_socket.readLine(MaxReplyLine + 1);
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        m_transcript->append(u"S: "_s + QString::fromUtf8(line));
        bool isNumber = false;
        const int code = line.left(3).toInt(&isNumber);
        const char separator = line.size() > 3 ? line.at(3) : ' ';
        if (!isNumber || code < 100 || code > 599 || (separator != ' ' && separator != '-')) {
            *error = tr("%1: the server's answer is not SMTP: %2")
                         .arg(step, QString::fromUtf8(line.left(200)));
            return false;
        }
        reply->code = code;
        reply->lines << line;
        if (separator == ' ')
            return true;
        if (reply->lines.size() > MaxReplyLines) {
            *error = tr("%1: the server's answer does not end.").arg(step);
            return false;
        }
    }
}

bool Session::write(const QByteArray &data, const QString &step, QString *error)
{
    if (m_socket.write(data) != data.size()) {
        *error = tr("%1: cannot send: %2").arg(step, m_socket.errorString());
        return false;
    }
    const Waited w = waitUntil([&] { return m_socket.bytesToWrite() == 0; },
                               [&](int ms) { m_socket.waitForBytesWritten(ms); });
    if (w != Waited::Ready) {
        *error = waitError(w, step);
        return false;
    }
    return true;
}

bool Session::command(const QByteArray &line, const QString &step, Reply *reply, QString *error,
                      const QByteArray &shown)
{
    m_transcript->append(u"C: "_s + QString::fromUtf8(shown.isEmpty() ? line : shown));
    return write(line + "\r\n", step, error) && readReply(step, reply, error);
}

QByteArray Session::helloName() const
{
    // An address literal: always valid, and tells the server nothing it does not know.
    const QHostAddress local = m_socket.localAddress();
    if (local.protocol() == QAbstractSocket::IPv6Protocol)
        return "[IPv6:" + local.toString().toLatin1() + ']';
    return '[' + local.toString().toLatin1() + ']';
}

bool Session::hello(Capabilities *caps, QString *error)
{
    *caps = {};
    Reply r;
    if (!command("EHLO " + helloName(), u"EHLO"_s, &r, error))
        return false;
    if (r.code == 250) {
        caps->esmtp = true;
        for (qsizetype i = 1; i < r.lines.size(); ++i) {
            const QString ext = QString::fromUtf8(r.lines[i].mid(4)).trimmed();
            const QString keyword = ext.section(u' ', 0, 0).toUpper();
            if (keyword == u"STARTTLS"_s)
                caps->startTls = true;
            else if (keyword == u"SMTPUTF8"_s)
                caps->smtpUtf8 = true;
            else if (keyword == u"SIZE"_s)
                caps->size = ext.section(u' ', 1, 1).toLongLong();
            else if (keyword == u"AUTH"_s || keyword.startsWith(u"AUTH="_s))
                // "AUTH=PLAIN LOGIN" is how some old servers say it.
                caps->auth += ext.mid(5).toUpper().split(u' ', Qt::SkipEmptyParts);
        }
        return true;
    }
    // Servers from before ESMTP refuse EHLO as an unknown command.
    if (r.code < 500) {
        *error = tr("%1 failed: %2").arg(u"EHLO"_s, r.text());
        return false;
    }
    if (!command("HELO " + helloName(), u"HELO"_s, &r, error))
        return false;
    if (r.code != 250) {
        *error = tr("%1 failed: %2").arg(u"HELO"_s, r.text());
        return false;
    }
    return true;
}

bool Session::authenticate(const Capabilities &caps, const QString &password, QString *error)
{
    if (!m_socket.isEncrypted()) {
        *error = tr("Refusing to send the password over an unencrypted connection: choose STARTTLS "
                    "or TLS in "
                    "the mail settings.");
        return false;
    }
    const QByteArray user = m_settings.user.toUtf8();
    const QByteArray pass = password.toUtf8();
    Reply r;
    if (caps.auth.contains(u"PLAIN"_s)) {
        QByteArray plain;
        plain.append('\0').append(user).append('\0').append(pass);
        const QByteArray token = plain.toBase64();
        if (!command("AUTH PLAIN " + token, u"AUTH"_s, &r, error, "AUTH PLAIN <credentials>"))
            return false;
        // A server that does not take the credentials on the command line asks for them.
        if (r.code == 334 && !command(token, u"AUTH"_s, &r, error, "<credentials>"))
            return false;
    } else if (caps.auth.contains(u"LOGIN"_s)) {
        if (!command("AUTH LOGIN", u"AUTH"_s, &r, error))
            return false;
        if (r.code == 334 && !command(user.toBase64(), u"AUTH"_s, &r, error, "<user>"))
            return false;
        if (r.code == 334 && !command(pass.toBase64(), u"AUTH"_s, &r, error, "<password>"))
            return false;
    } else {
        *error =
            caps.auth.isEmpty()
                ? tr("A user is set, but the server offers no login (AUTH) on this connection.")
                : tr("The server offers none of the login methods Writeback Studio knows (PLAIN, "
                     "LOGIN); "
                     "it offers %1.")
                      .arg(caps.auth.join(u", "_s));
        return false;
    }
    if (r.code != 235) {
        *error = tr("%1 failed: %2").arg(u"AUTH"_s, r.text());
        return false;
    }
    return true;
}

void Session::quit()
{
    if (m_socket.state() != QAbstractSocket::ConnectedState)
        return;
    Reply r;
    QString ignored;
    // The message is accepted already; a server that does not say goodbye changes nothing.
    command("QUIT", u"QUIT"_s, &r, &ignored);
    m_socket.disconnectFromHost();
}

bool hasNonAscii(const QString &text)
{
    for (const QChar c : text)
        if (c.unicode() > 0x7f)
            return true;
    return false;
}

} // namespace

QString normalizedFingerprint(const QString &text)
{
    QString hex = text.trimmed();
    if (hex.startsWith(u"SHA256:"_s, Qt::CaseInsensitive))
        hex = hex.mid(7);
    hex.remove(u':').remove(u' ');
    const QByteArray bytes = QByteArray::fromHex(hex.toLatin1());
    if (bytes.size() != 32 || bytes.toHex() != hex.toLower().toLatin1())
        return {};
    return u"SHA256:"_s + QString::fromLatin1(bytes.toHex(':').toUpper());
}

SmtpClient::SmtpClient(MailSettings settings) : m_settings(std::move(settings))
{}

bool SmtpClient::send(const MailMessage &message, QString *error)
{
    return send(message, MessageStamp::fresh(message.from), error);
}

bool SmtpClient::send(const MailMessage &message, const MessageStamp &stamp, QString *error)
{
    m_transcript.clear();
    m_fingerprint.clear();
    const auto fail = [&](const QString &why) {
        *error = why;
        qCInfo(lcMail).noquote() << "sending failed:" << why << "\n" << m_transcript.join(u'\n');
        return false;
    };
    if (m_settings.host.trimmed().isEmpty())
        return fail(tr("No SMTP server is set."));
    const auto from = parseMailbox(message.from);
    if (!from)
        return fail(tr("The sender address \"%1\" is not an e-mail address.").arg(message.from));
    QStringList recipients;
    for (const QString &to : message.to) {
        const auto box = parseMailbox(to);
        if (!box)
            return fail(tr("The recipient \"%1\" is not an e-mail address.").arg(to));
        recipients << box->address;
    }
    if (recipients.isEmpty())
        return fail(tr("No recipient is set."));
    if (!m_settings.user.isEmpty() && m_password.isEmpty())
        return fail(
            tr("No SMTP password for %1: store it in the keychain or set WRITEBACK_SMTP_PASSWORD.")
                .arg(m_settings.user));

    Session s(m_settings, m_cancel, &m_transcript);
    QString why;
    if (!s.open(&why))
        return fail(why);
    m_fingerprint = s.fingerprint();
    Reply r;
    if (!s.readReply(tr("Greeting"), &r, &why))
        return fail(why);
    if (r.code != 220)
        return fail(tr("The server refused the connection: %1").arg(r.text()));
    Capabilities caps;
    if (!s.hello(&caps, &why))
        return fail(why);
    if (m_settings.security == MailSecurity::StartTls) {
        if (!caps.startTls)
            return fail(tr(
                "The server does not offer STARTTLS, so the connection cannot be encrypted. Choose "
                "implicit TLS (usually port 465) if the server has it."));
        if (!s.command("STARTTLS", u"STARTTLS"_s, &r, &why))
            return fail(why);
        if (r.code != 220)
            return fail(tr("%1 failed: %2").arg(u"STARTTLS"_s, r.text()));
        if (!s.startTls(&why))
            return fail(why);
        m_fingerprint = s.fingerprint();
        // What the server said before encryption may have been tampered with: ask again.
        if (!s.hello(&caps, &why))
            return fail(why);
    }
    if (!m_settings.user.isEmpty() && !s.authenticate(caps, m_password, &why))
        return fail(why);

    const QByteArray data = dotStuffed(composeMessage(message, stamp));
    QByteArray mailFrom = "MAIL FROM:<" + from->address.toUtf8() + '>';
    if (caps.size > 0)
        mailFrom += " SIZE=" + QByteArray::number(data.size());
    bool needUtf8 = hasNonAscii(from->address);
    for (const QString &to : std::as_const(recipients))
        needUtf8 = needUtf8 || hasNonAscii(to);
    if (needUtf8) {
        if (!caps.smtpUtf8)
            return fail(
                tr("An address is not plain ASCII and the server does not accept such addresses "
                   "(no SMTPUTF8)."));
        mailFrom += " SMTPUTF8";
    }
    if (!s.command(mailFrom, u"MAIL FROM"_s, &r, &why))
        return fail(why);
    if (r.code != 250)
        return fail(tr("%1 failed: %2").arg(u"MAIL FROM"_s, r.text()));
    for (const QString &to : std::as_const(recipients)) {
        const QString step = u"RCPT TO <%1>"_s.arg(to);
        if (!s.command("RCPT TO:<" + to.toUtf8() + '>', step, &r, &why))
            return fail(why);
        if (r.code != 250 && r.code != 251)
            return fail(tr("%1 failed: %2").arg(step, r.text()));
    }
    if (!s.command("DATA", u"DATA"_s, &r, &why))
        return fail(why);
    if (r.code != 354)
        return fail(tr("%1 failed: %2").arg(u"DATA"_s, r.text()));
    m_transcript.append(u"C: <message, %1 bytes>"_s.arg(data.size()));
    if (!s.write(data, u"DATA"_s, &why) || !s.readReply(u"DATA"_s, &r, &why))
        return fail(why);
    if (r.code != 250)
        return fail(tr("The server did not accept the message: %1").arg(r.text()));
    s.quit();
    return true;
}

} // namespace wb
