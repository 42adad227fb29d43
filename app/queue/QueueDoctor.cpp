// SPDX-License-Identifier: GPL-3.0-or-later
#include "queue/QueueDoctor.h"

#include "queue/AmqpReceiver.h"

#include <QElapsedTimer>
#include <QHostInfo>
#include <QJsonArray>
#include <QSslCertificate>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace wb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wb::QueueDoctor", text);
}

struct StepText
{
    DoctorStep::Id id;
    const char *title;
    const char *advice; // shown when the step fails
};

const StepText Steps[] = {
    {DoctorStep::Id::Resolve, QT_TRANSLATE_NOOP("wb::QueueDoctor", "Resolve the broker's domain"),
     QT_TRANSLATE_NOOP("wb::QueueDoctor", "Check the URL for typos. Try `nslookup <domain>` on this computer; a company DNS or VPN may hide it.")},
    {DoctorStep::Id::Connect, QT_TRANSLATE_NOOP("wb::QueueDoctor", "Connect (TCP)"),
     QT_TRANSLATE_NOOP("wb::QueueDoctor", "Check the port (5671 for amqps, 5672 for amqp) and whether a firewall blocks it. Civitas only lets listed IP addresses in: send them this computer's public address.")},
    {DoctorStep::Id::Tls, QT_TRANSLATE_NOOP("wb::QueueDoctor", "TLS handshake and the broker's certificate"),
#ifdef Q_OS_WIN
     // The queue client's TLS on Windows trusts only the certificate store (QueueConnection::caFileProblem).
     QT_TRANSLATE_NOOP("wb::QueueDoctor", "The certificate must be valid today, name the broker's domain, and come from a CA this computer trusts; for a private CA, install it in the Windows certificate store (Trusted Root Certification Authorities).")},
#else
     QT_TRANSLATE_NOOP("wb::QueueDoctor", "The certificate must be valid today, name the broker's domain, and come from a CA this computer trusts; for a private CA, give its PEM file as the connection's CA file.")},
#endif
    {DoctorStep::Id::QueueLogin, QT_TRANSLATE_NOOP("wb::QueueDoctor", "Log in (SASL PLAIN)"),
     QT_TRANSLATE_NOOP("wb::QueueDoctor", "Check the user name and password the platform gave you; save the password again with the queue's editor or writeback-cli queue add.")},
    {DoctorStep::Id::OpenQueue, QT_TRANSLATE_NOOP("wb::QueueDoctor", "Open the queue"),
     QT_TRANSLATE_NOOP("wb::QueueDoctor", "Check the queue's address with the platform. Amazon MQ for ActiveMQ takes the queue's name; RabbitMQ 4 takes /queues/NAME. The user also needs permission to read from it.")},
    {DoctorStep::Id::Waiting, QT_TRANSLATE_NOOP("wb::QueueDoctor", "Messages waiting"), ""},
};

const StepText &textOf(DoctorStep::Id id)
{
    for (const StepText &t : Steps)
        if (t.id == id)
            return t;
    return Steps[0];
}

QString describe(const QSslCertificate &c)
{
    return QCoreApplication::translate("wb::QueueDoctor", "%1, issued by %2, valid from %3 to %4")
        .arg(c.subjectDisplayName(), c.issuerDisplayName(), c.effectiveDate().toUTC().toString(u"yyyy-MM-dd"_s),
             c.expiryDate().toUTC().toString(u"yyyy-MM-dd"_s));
}

} // namespace

QList<DoctorStep> QueueDoctor::plannedSteps()
{
    QList<DoctorStep> out;
    for (const StepText &t : Steps) {
        DoctorStep s;
        s.id = t.id;
        s.title = QCoreApplication::translate("wb::QueueDoctor", t.title);
        out << s;
    }
    return out;
}

QueueDoctor::QueueDoctor(QueueConnection queue) : m_queue(std::move(queue)) {}

QueueDoctorReport QueueDoctor::run()
{
    QueueDoctorReport report;
    report.queue = m_queue;
    report.started = QDateTime::currentDateTimeUtc();
    report.steps = plannedSteps();
    QElapsedTimer clock;
    int at = -1;
    auto begin = [&](DoctorStep::Id id) {
        at = int(std::find_if(report.steps.begin(), report.steps.end(), [id](const DoctorStep &s) { return s.id == id; })
                 - report.steps.begin());
        report.steps[at].status = DoctorStep::Status::Running;
        if (m_onStep)
            m_onStep(report.steps.at(at));
        clock.start();
    };
    auto end = [&](DoctorStep::Status status, const QString &detail) {
        DoctorStep &s = report.steps[at];
        s.status = status;
        s.detail = detail;
        s.elapsedMs = clock.elapsed();
        if (status == DoctorStep::Status::Failed || status == DoctorStep::Status::Warning)
            s.advice = QCoreApplication::translate("wb::QueueDoctor", textOf(s.id).advice);
        if (m_onStep)
            m_onStep(s);
        return status != DoctorStep::Status::Failed && !(m_cancel && m_cancel->load());
    };
    auto skipRest = [&] {
        for (DoctorStep &s : report.steps)
            if (s.status == DoctorStep::Status::Pending) {
                s.status = DoctorStep::Status::Skipped;
                if (m_onStep)
                    m_onStep(s);
            }
        return report;
    };

    // A CA file this platform cannot use is the TLS step's failure, not the settings'.
    const QString caFileProblem = m_queue.caFileProblem();
    QStringList problems = m_queue.problems();
    problems.removeAll(caFileProblem);
    if (!problems.isEmpty()) {
        begin(DoctorStep::Id::Resolve);
        end(DoctorStep::Status::Failed, problems.join(u' '));
        return skipRest();
    }
    const QString host = m_queue.host();
    const int port = m_queue.port();

    begin(DoctorStep::Id::Resolve);
    const QHostInfo info = QHostInfo::fromName(host);
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
        end(DoctorStep::Status::Failed, tr("%1 does not resolve: %2").arg(host, info.errorString()));
        return skipRest();
    }
    QStringList addresses;
    for (const QHostAddress &a : info.addresses())
        addresses << a.toString();
    if (!end(DoctorStep::Status::Passed, tr("%1 is %2").arg(host, addresses.join(u", "_s))))
        return skipRest();

    begin(DoctorStep::Id::Connect);
    {
        QTcpSocket socket;
        socket.connectToHost(info.addresses().first(), quint16(port));
        if (!socket.waitForConnected(m_timeoutMs)) {
            end(DoctorStep::Status::Failed, tr("Nothing answers at %1 port %2: %3").arg(host).arg(port).arg(socket.errorString()));
            return skipRest();
        }
    }
    if (!end(DoctorStep::Status::Passed, tr("%1 port %2 accepts connections.").arg(host).arg(port)))
        return skipRest();

    begin(DoctorStep::Id::Tls);
    if (!m_queue.usesTls()) {
        if (!end(DoctorStep::Status::Warning,
                 tr("amqp:// has no TLS: the password and every message cross the network readable. Use it only for a "
                    "broker on this computer; Amazon MQ takes amqps://HOST:5671.")))
            return skipRest();
    } else if (!caFileProblem.isEmpty()) {
        end(DoctorStep::Status::Failed, caFileProblem);
        return skipRest();
    } else if (!QSslSocket::supportsSsl()) {
        if (!end(DoctorStep::Status::Warning, tr("This computer's Qt has no TLS support to check the certificate with; "
                                                 "the login step still uses TLS.")))
            return skipRest();
    } else {
        QSslSocket socket;
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        if (!m_queue.caFile.isEmpty()) {
            const QList<QSslCertificate> cas = QSslCertificate::fromPath(m_queue.caFile, QSsl::Pem);
            if (cas.isEmpty()) {
                end(DoctorStep::Status::Failed, tr("%1 holds no PEM certificate.").arg(m_queue.caFile));
                return skipRest();
            }
            conf.setCaCertificates(cas);
        }
        socket.setSslConfiguration(conf);
        socket.connectToHostEncrypted(host, quint16(port));
        const bool encrypted = socket.waitForEncrypted(m_timeoutMs);
        const QList<QSslCertificate> chain = socket.peerCertificateChain();
        const QString certificate = chain.isEmpty() ? tr("no certificate was received") : describe(chain.first());
        if (!encrypted) {
            QStringList why;
            for (const QSslError &e : socket.sslHandshakeErrors())
                why << e.errorString();
            if (why.isEmpty())
                why << socket.errorString();
            end(DoctorStep::Status::Failed, tr("%1. Certificate: %2.").arg(why.join(u"; "_s), certificate));
            return skipRest();
        }
        const QString protocol = socket.sessionCipher().protocolString();
        if (!end(DoctorStep::Status::Passed, tr("%1, %2. Certificate: %3.").arg(protocol, socket.sessionCipher().name(), certificate)))
            return skipRest();
    }

    begin(DoctorStep::Id::QueueLogin);
    if (m_password.isEmpty()) {
        end(DoctorStep::Status::Failed, tr("No password: none is kept in the keychain for this queue and "
                                           "WRITEBACK_QUEUE_PASSWORD is not set."));
        return skipRest();
    }
    const AmqpReceiver::Probe probe = AmqpReceiver::probe(m_queue, m_password, m_timeoutMs);
    if (!probe.authenticated) {
        end(DoctorStep::Status::Failed, probe.error.message);
        return skipRest();
    }
    if (!end(DoctorStep::Status::Passed, tr("Logged in as %1.").arg(m_queue.user)))
        return skipRest();

    begin(DoctorStep::Id::OpenQueue);
    if (!probe.opened || probe.error) {
        end(DoctorStep::Status::Failed, probe.error ? probe.error.message : tr("The broker did not open the queue."));
        return skipRest();
    }
    if (!end(DoctorStep::Status::Passed, tr("The queue %1 is open for reading (nothing was taken).").arg(m_queue.address)))
        return skipRest();

    begin(DoctorStep::Id::Waiting);
    end(probe.waiting >= 0 ? DoctorStep::Status::Passed : DoctorStep::Status::Skipped,
        probe.waiting >= 0 ? tr("The broker says %1 messages wait.").arg(probe.waiting)
                           : tr("The broker did not say how many messages wait; a consume takes "
                                "them all."));
    return report;
}

bool QueueDoctorReport::passed() const
{
    return doctorStepsPassed(steps);
}

QString QueueDoctorReport::toText() const
{
    QString out = tr("Queue doctor: %1 (%2), %3\n")
                      .arg(queue.name, queue.location(), started.toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s));
    out += tr("User: %1; CA file: %2\n\n").arg(queue.user, queue.caFile.isEmpty() ? tr("the system's") : queue.caFile);
    out += doctorStepsText(steps);
    out += passed() ? tr("\nResult: the queue can be read.\n") : tr("\nResult: the queue cannot be read.\n");
    return out;
}

QJsonObject QueueDoctorReport::toJson() const
{
    return {{u"queue"_s, queue.name},
            {u"location"_s, queue.location()},
            {u"started"_s, started.toString(Qt::ISODate)},
            {u"ok"_s, passed()},
            {u"steps"_s, doctorStepsJson(steps)}};
}

} // namespace wb
