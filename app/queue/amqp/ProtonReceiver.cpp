// SPDX-License-Identifier: GPL-3.0-or-later
// AmqpReceiver over Apache Qpid Proton's C++ API: one container per run, on the calling thread.
#include "queue/AmqpReceiver.h"

#include <proton/connection.hpp>
#include <proton/connection_options.hpp>
#include <proton/container.hpp>
#include <proton/delivery.hpp>
#include <proton/error_condition.hpp>
#include <proton/link.h>
#include <proton/message.hpp>
#include <proton/message_id.hpp>
#include <proton/messaging_handler.hpp>
#include <proton/receiver.hpp>
#include <proton/receiver_options.hpp>
#include <proton/session.hpp>
#include <proton/ssl.hpp>
#include <proton/transport.hpp>
#include <proton/types.hpp>
#include <proton/work_queue.hpp>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace wb {

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

// Proton keeps the link's C object to itself; its `available` (what the broker said it holds
// for this link) is read through a derived handle, the way Proton's own classes reach it.
class LinkAccess : public proton::receiver
{
public:
    explicit LinkAccess(const proton::receiver &r) : proton::receiver(r) {}
    int available() const { return pn_link_available(pn_object()); }
};

QueueError classify(const proton::error_condition &e, bool connectionOpened, bool onLink)
{
    QueueError out;
    out.condition = qs(e.name());
    const QString description = qs(e.description());
    const QString what = description.isEmpty() ? out.condition : description;
    const bool sslFailure = description.contains(u"SSL"_s, Qt::CaseInsensitive)
                            || description.contains(u"certificate"_s, Qt::CaseInsensitive);
    if (out.condition == u"amqp:not-found"_s) {
        out.kind = QueueError::Kind::QueueMissing;
        out.message = QCoreApplication::translate("wb::AmqpReceiver", "The broker has no queue at this address: %1").arg(what);
    } else if (out.condition == u"amqp:unauthorized-access"_s && (connectionOpened || onLink)) {
        out.kind = QueueError::Kind::Permission;
        out.message = QCoreApplication::translate("wb::AmqpReceiver", "The user may not read from this queue: %1").arg(what);
    } else if (out.condition == u"amqp:unauthorized-access"_s
               || description.contains(u"Authentication failed"_s, Qt::CaseInsensitive)) {
        out.kind = QueueError::Kind::Authentication;
        out.message = QCoreApplication::translate("wb::AmqpReceiver", "The broker refused the user name or password: %1").arg(what);
    } else if (sslFailure) {
        out.kind = QueueError::Kind::Tls;
        out.message = QCoreApplication::translate("wb::AmqpReceiver", "The TLS handshake failed: %1").arg(what);
    } else if (out.condition == u"proton:io"_s || !connectionOpened) {
        out.kind = QueueError::Kind::Connect;
        out.message = QCoreApplication::translate("wb::AmqpReceiver", "Cannot reach the broker: %1").arg(what);
    } else {
        out.kind = QueueError::Kind::Protocol;
        out.message = QCoreApplication::translate("wb::AmqpReceiver", "The broker ended the session: %1").arg(what);
    }
    return out;
}

proton::connection_options connectionOptions(const QueueConnection &queue, const QString &password, int timeoutMs)
{
    proton::connection_options o;
    o.user(queue.user.toStdString());
    o.password(password.toStdString());
    o.sasl_enabled(true);
    o.sasl_allowed_mechs("PLAIN");
    // PLAIN sends the password as it is: over amqp:// only because the user chose a broker
    // without TLS (the doctor warns about it).
    o.sasl_allow_insecure_mechs(!queue.usesTls());
    o.idle_timeout(proton::duration(std::max(timeoutMs, 1000)));
    if (queue.usesTls()) {
        if (queue.caFile.isEmpty())
            o.ssl_client_options(proton::ssl_client_options(proton::ssl::VERIFY_PEER_NAME));
        else
            o.ssl_client_options(proton::ssl_client_options(queue.caFile.toStdString(), proton::ssl::VERIFY_PEER_NAME));
    }
    return o;
}

std::string brokerUrl(const QueueConnection &queue)
{
    return u"%1://%2:%3"_s.arg(queue.usesTls() ? u"amqps"_s : u"amqp"_s, queue.host()).arg(queue.port()).toStdString();
}

ReceivedMessage received(const proton::message &m)
{
    ReceivedMessage out;
    const proton::value &body = m.body();
    switch (body.type()) {
    case proton::STRING: out.body = QByteArray::fromStdString(proton::get<std::string>(body)); break;
    case proton::BINARY: {
        const proton::binary b = proton::get<proton::binary>(body);
        out.body = QByteArray(reinterpret_cast<const char *>(b.data()), qsizetype(b.size()));
        break;
    }
    case proton::SYMBOL: out.body = QByteArray::fromStdString(std::string(proton::get<proton::symbol>(body))); break;
    default:
        out.body = QByteArray::fromStdString(proton::to_string(body));
        out.bodyProblem = QCoreApplication::translate("wb::AmqpReceiver", "the message's body is an AMQP %1, not JSON text")
                              .arg(qs(proton::type_name(body.type())));
    }
    if (!m.id().empty())
        out.key = "id:" + QByteArray::fromStdString(proton::to_string(m.id()));
    else
        out.key = "sha256:" + QCryptographicHash::hash(out.body, QCryptographicHash::Sha256).toHex();
    return out;
}

// What both handlers do when something goes wrong: name it (connection errors before the
// login are the broker's or the network's; a link refused after it is about the queue) and
// end the connection. Proton's default for an unhandled error is to throw.
class Handler : public proton::messaging_handler
{
public:
    void on_transport_error(proton::transport &t) override { failed(classify(t.error(), m_opened, false)); }
    void on_connection_error(proton::connection &c) override { failed(classify(c.error(), m_opened, false)); }
    void on_receiver_error(proton::receiver &r) override { failed(classify(r.error(), m_opened, true)); }
    // A refused link can end its session too.
    void on_session_error(proton::session &s) override { failed(classify(s.error(), m_opened, true)); }
    void on_error(const proton::error_condition &e) override { failed(classify(e, m_opened, false)); }
    void on_transport_close(proton::transport &t) override
    {
        m_closed = true;
        t.connection().container().stop();
    }

protected:
    virtual void failed(const QueueError &e) = 0;

    proton::connection m_connection;
    bool m_opened = false; // logged in: the connection opened
    bool m_closed = false;
};

class ConsumeHandler : public Handler
{
public:
    ConsumeHandler(const QueueConnection &queue, const QString &password, const AmqpReceiver::Options &options,
                   const AmqpReceiver::Sink &sink)
        : m_queue(queue), m_password(password), m_options(options), m_sink(sink)
    {}

    AmqpReceiver::Result result;

    void on_container_start(proton::container &c) override
    {
        m_clock.start();
        m_connection = c.connect(brokerUrl(m_queue), connectionOptions(m_queue, m_password, m_options.connectTimeoutMs));
        tick();
    }

    void on_connection_open(proton::connection &c) override
    {
        m_opened = true;
        proton::receiver_options ro;
        ro.auto_accept(false).credit_window(0);
        c.open_receiver(m_queue.address.toStdString(), ro);
    }

    void on_receiver_open(proton::receiver &r) override
    {
        m_receiver = r;
        m_lastMessageMs = m_clock.elapsed();
        topUpCredit();
    }

    void on_message(proton::delivery &d, proton::message &m) override
    {
        if (m_finishing) {
            d.release(); // past --max: back to the queue untouched
            return;
        }
        ++result.received;
        if (m_pending.empty())
            m_firstPendingMs = m_clock.elapsed();
        m_lastMessageMs = m_clock.elapsed();
        m_pending.push_back(received(m));
        m_deliveries.push_back(d);
        const bool atMax = m_options.maxMessages > 0 && result.received >= m_options.maxMessages;
        if (int(m_pending.size()) >= m_options.batchMessages || atMax)
            flush();
        if (atMax)
            finish();
        else
            topUpCredit();
    }


private:
    // On the connection's own work queue: what it does to the connection (close it, give
    // credit) is only sent at once from there, not from a container timer.
    void tick()
    {
        if (m_closed)
            return;
        const qint64 now = m_clock.elapsed();
        const bool cancelled = m_options.cancel && m_options.cancel->load();
        if (!m_finishing) {
            if (!m_pending.empty() && (now - m_firstPendingMs >= m_options.batchMs || cancelled))
                flush();
            if (cancelled) {
                if (!result.error)
                    result.error = {QueueError::Kind::Cancelled, QCoreApplication::translate("wb::AmqpReceiver", "Cancelled."), {}};
                finish();
            } else if (!m_receiver && now >= m_options.connectTimeoutMs) {
                // Connected but the queue never opened counts too: nothing would ever come.
                fail({m_opened ? QueueError::Kind::Protocol : QueueError::Kind::Connect,
                      m_opened ? QCoreApplication::translate("wb::AmqpReceiver", "The broker did not open the queue within %1 s.")
                                     .arg(m_options.connectTimeoutMs / 1000)
                               : QCoreApplication::translate("wb::AmqpReceiver", "The broker did not answer within %1 s.")
                                     .arg(m_options.connectTimeoutMs / 1000),
                      {}});
            } else if (m_receiver && m_pending.empty() && now - m_lastMessageMs >= m_options.idleMs) {
                finish(); // drained: nothing came for the idle time
            }
        }
        m_connection.work_queue().schedule(proton::duration(50), [this] { tick(); });
    }

    void topUpCredit()
    {
        if (!m_receiver || m_finishing)
            return;
        const int credit = m_receiver.credit();
        if (credit > m_options.creditWindow / 2)
            return;
        qint64 wanted = m_options.creditWindow - credit;
        if (m_options.maxMessages > 0)
            wanted = std::min<qint64>(wanted, m_options.maxMessages - result.received - credit);
        if (wanted > 0)
            m_receiver.add_credit(uint32_t(wanted));
    }

    void flush()
    {
        if (m_pending.empty())
            return;
        QList<ReceivedMessage> batch(m_pending.begin(), m_pending.end());
        QString error;
        if (!m_sink(batch, &error)) {
            // Not accepted: the broker keeps them and gives them again.
            fail({QueueError::Kind::Storage, error, {}});
            return;
        }
        for (proton::delivery &d : m_deliveries)
            d.accept();
        result.accepted += qint64(m_deliveries.size());
        m_pending.clear();
        m_deliveries.clear();
    }

    void finish()
    {
        if (m_finishing)
            return;
        m_finishing = true;
        flush();
        if (m_receiver)
            m_receiver.close();
        if (m_connection)
            m_connection.close();
    }

    void failed(const QueueError &e) override { fail(e); }

    void fail(const QueueError &e)
    {
        if (!result.error || result.error.kind == QueueError::Kind::Cancelled)
            result.error = e;
        m_pending.clear();
        m_deliveries.clear();
        m_finishing = true;
        if (m_connection && !m_closed)
            m_connection.close();
    }

    const QueueConnection &m_queue;
    const QString &m_password;
    const AmqpReceiver::Options &m_options;
    const AmqpReceiver::Sink &m_sink;
    QElapsedTimer m_clock;
    proton::receiver m_receiver;
    std::vector<ReceivedMessage> m_pending;
    std::vector<proton::delivery> m_deliveries;
    qint64 m_firstPendingMs = 0;
    qint64 m_lastMessageMs = 0;
    bool m_finishing = false;
};

class ProbeHandler : public Handler
{
public:
    ProbeHandler(const QueueConnection &queue, const QString &password, int timeoutMs)
        : m_queue(queue), m_password(password), m_timeoutMs(timeoutMs)
    {}

    AmqpReceiver::Probe result;

    void on_container_start(proton::container &c) override
    {
        m_clock.start();
        m_connection = c.connect(brokerUrl(m_queue), connectionOptions(m_queue, m_password, m_timeoutMs));
        tick();
    }

    void on_connection_open(proton::connection &c) override
    {
        result.authenticated = true;
        m_opened = true;
        if (m_queue.usesTls()) {
            const proton::ssl ssl = c.transport().ssl();
            result.tlsProtocol = qs(ssl.protocol());
            result.tlsSubject = qs(ssl.remote_subject());
        }
        proton::receiver_options ro;
        ro.auto_accept(false).credit_window(0); // no credit: the doctor takes nothing
        c.open_receiver(m_queue.address.toStdString(), ro);
    }

    void on_receiver_open(proton::receiver &r) override
    {
        result.opened = true;
        m_receiver = r;
        m_openedAtMs = m_clock.elapsed();
    }

private:
    // Short ticks rather than one long timer: Proton's run() returns only once its scheduled
    // work is done, so a 15 s timeout timer would hold every probe for 15 s. On the
    // connection's work queue, for the reason ConsumeHandler::tick gives.
    void tick()
    {
        if (m_closed)
            return;
        const qint64 now = m_clock.elapsed();
        if (!m_closing && m_receiver && now - m_openedAtMs >= 300) {
            // A broker that counts its messages says so in its first flow; it had a moment.
            const int available = LinkAccess(m_receiver).available();
            result.waiting = available > 0 ? available : -1;
            close();
        } else if (!m_closing && now >= m_timeoutMs) {
            failed({QueueError::Kind::Connect,
                    QCoreApplication::translate("wb::AmqpReceiver", "The broker did not answer within %1 s.").arg(m_timeoutMs / 1000),
                    {}});
        }
        m_connection.work_queue().schedule(proton::duration(50), [this] { tick(); });
    }

    void close()
    {
        m_closing = true;
        if (m_receiver)
            m_receiver.close();
        m_connection.close();
    }

    void failed(const QueueError &e) override
    {
        if (!result.error)
            result.error = e;
        if (!m_closing)
            close();
    }

    const QueueConnection &m_queue;
    const QString &m_password;
    int m_timeoutMs;
    QElapsedTimer m_clock;
    proton::receiver m_receiver;
    qint64 m_openedAtMs = 0;
    bool m_closing = false;
};

} // namespace

bool AmqpReceiver::available()
{
    return true;
}

namespace {

// Proton reports some failures by throwing out of run(); they become the run's error. A CA
// file this platform's TLS cannot read (Windows) is refused before anything connects: Proton
// would take it for a PKCS#12 file and fail with "SSL/TLS unavailable".
template<typename Handler>
void runContainer(const QueueConnection &queue, Handler &handler)
{
    if (const QString problem = queue.caFileProblem(); !problem.isEmpty()) {
        handler.result.error = {QueueError::Kind::Tls, problem, {}};
        return;
    }
    try {
        proton::container container(handler);
        container.run();
    } catch (const std::exception &e) {
        if (!handler.result.error)
            handler.result.error = {QueueError::Kind::Protocol,
                                    QCoreApplication::translate("wb::AmqpReceiver", "The AMQP client failed: %1").arg(qs(e.what())),
                                    {}};
    }
}

} // namespace

AmqpReceiver::Result AmqpReceiver::run(const QueueConnection &queue, const QString &password, const Options &options,
                                       const Sink &sink)
{
    ConsumeHandler handler(queue, password, options, sink);
    runContainer(queue, handler);
    return handler.result;
}

AmqpReceiver::Probe AmqpReceiver::probe(const QueueConnection &queue, const QString &password, int timeoutMs)
{
    ProbeHandler handler(queue, password, timeoutMs);
    runContainer(queue, handler);
    return handler.result;
}

} // namespace wb
