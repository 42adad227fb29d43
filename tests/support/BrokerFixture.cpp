// SPDX-License-Identifier: GPL-3.0-or-later
#include "BrokerFixture.h"

#include "TestSupport.h"

#include <proton/connection.hpp>
#include <proton/connection_options.hpp>
#include <proton/container.hpp>
#include <proton/message.hpp>
#include <proton/messaging_handler.hpp>
#include <proton/sender.hpp>
#include <proton/tracker.hpp>
#include <proton/transport.hpp>
#include <proton/message_id.hpp>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QThread>

using namespace Qt::StringLiterals;

namespace wb::test {

namespace {

constexpr const char *Server = "/usr/lib/rabbitmq/bin/rabbitmq-server";
constexpr const char *Control = "/usr/lib/rabbitmq/bin/rabbitmqctl";

// RabbitMQ's default password hashing: base64(salt ++ sha256(salt ++ password)), 4-byte salt.
QString passwordHash(const QByteArray &password)
{
    QByteArray salt(4, '\0');
    for (char &c : salt)
        c = char(QRandomGenerator::global()->bounded(256));
    const QByteArray hashed = salt + QCryptographicHash::hash(QByteArray(salt + password), QCryptographicHash::Sha256);
    return QString::fromLatin1(hashed.toBase64());
}

class Sender : public proton::messaging_handler
{
public:
    Sender(std::string url, std::string address, const QList<std::pair<QByteArray, QByteArray>> &messages)
        : m_url(std::move(url)), m_address(std::move(address)), m_messages(messages)
    {}

    QString error;

    void on_container_start(proton::container &c) override
    {
        proton::connection_options o;
        o.user(BrokerFixture::User).password(BrokerFixture::Password).sasl_allowed_mechs("PLAIN");
        o.sasl_allow_insecure_mechs(true);
        c.connect(m_url, o);
    }

    void on_connection_open(proton::connection &c) override { c.open_sender(m_address); }

    void on_sendable(proton::sender &s) override
    {
        while (s.credit() > 0 && m_sent < m_messages.size()) {
            const auto &[id, body] = m_messages.at(m_sent++);
            proton::message m;
            if (!id.isEmpty())
                m.id(proton::message_id(id.toStdString()));
            m.body(body.toStdString());
            m.durable(true);
            s.send(m);
        }
    }

    void on_tracker_accept(proton::tracker &t) override
    {
        if (++m_accepted == m_messages.size())
            t.connection().close();
    }
    void on_tracker_reject(proton::tracker &t) override
    {
        error = u"the broker rejected a message"_s;
        t.connection().close();
    }
    void on_transport_error(proton::transport &t) override { error = QString::fromStdString(t.error().what()); }
    void on_sender_error(proton::sender &s) override { error = QString::fromStdString(s.error().what()); }

private:
    std::string m_url;
    std::string m_address;
    const QList<std::pair<QByteArray, QByteArray>> &m_messages;
    qsizetype m_sent = 0;
    qsizetype m_accepted = 0;
};

} // namespace

BrokerFixture::BrokerFixture() : m_dir(std::make_unique<QTemporaryDir>()) {}

BrokerFixture::~BrokerFixture()
{
    stop();
}

QString BrokerFixture::url() const
{
    return u"amqp://127.0.0.1:%1"_s.arg(m_port);
}

QString BrokerFixture::tlsUrl() const
{
    return u"amqps://127.0.0.1:%1"_s.arg(m_tlsPort);
}

QString BrokerFixture::caFile() const
{
    return m_dir->filePath(u"ca.pem"_s);
}

QString BrokerFixture::log() const
{
    QString out;
    const QDir logs(m_dir->filePath(u"log"_s));
    for (const QString &name : logs.entryList({u"*.log"_s}, QDir::Files))
        out += QString::fromUtf8(readAll(logs.filePath(name)));
    return out + QString::fromUtf8(readAll(m_dir->filePath(u"server.out"_s)));
}

QProcessEnvironment BrokerFixture::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString dir = m_dir->path();
    // The Erlang cookie goes in HOME; the node, its port mapper and ports are the test's own.
    env.insert(u"HOME"_s, dir);
    env.insert(u"RABBITMQ_NODENAME"_s, m_node);
    env.insert(u"RABBITMQ_MNESIA_BASE"_s, dir + u"/mnesia"_s);
    env.insert(u"RABBITMQ_LOG_BASE"_s, dir + u"/log"_s);
    env.insert(u"RABBITMQ_CONFIG_FILE"_s, dir + u"/rabbitmq.conf"_s);
    env.insert(u"RABBITMQ_ADVANCED_CONFIG_FILE"_s, dir + u"/advanced.config"_s);
    env.insert(u"RABBITMQ_ENABLED_PLUGINS_FILE"_s, dir + u"/enabled_plugins"_s);
    env.insert(u"RABBITMQ_PID_FILE"_s, dir + u"/rabbitmq.pid"_s);
    env.insert(u"ERL_EPMD_PORT"_s, QString::number(m_epmdPort));
    env.insert(u"RABBITMQ_DIST_PORT"_s, QString::number(m_distPort));
    return env;
}

bool BrokerFixture::writeConfiguration()
{
    const QString dir = m_dir->path();
    if (!makeTestCertificates(dir))
        return false;
    QDir().mkpath(dir + u"/mnesia"_s);
    QDir().mkpath(dir + u"/log"_s);
    const QJsonObject definitions{
        {u"users"_s, QJsonArray{QJsonObject{{u"name"_s, QLatin1StringView(User)},
                                            {u"password_hash"_s, passwordHash(Password)},
                                            {u"hashing_algorithm"_s, u"rabbit_password_hashing_sha256"_s},
                                            {u"tags"_s, QJsonArray{u"administrator"_s}}},
                                QJsonObject{{u"name"_s, QLatin1StringView(Outsider)},
                                            {u"password_hash"_s, passwordHash(OutsiderPassword)},
                                            {u"hashing_algorithm"_s, u"rabbit_password_hashing_sha256"_s},
                                            {u"tags"_s, QJsonArray{}}}}},
        {u"vhosts"_s, QJsonArray{QJsonObject{{u"name"_s, u"/"_s}}}},
        {u"permissions"_s,
         QJsonArray{QJsonObject{{u"user"_s, QLatin1StringView(User)}, {u"vhost"_s, u"/"_s},
                                {u"configure"_s, u".*"_s}, {u"write"_s, u".*"_s}, {u"read"_s, u".*"_s}},
                    QJsonObject{{u"user"_s, QLatin1StringView(Outsider)}, {u"vhost"_s, u"/"_s},
                                {u"configure"_s, u""_s}, {u"write"_s, u""_s}, {u"read"_s, u""_s}}}},
        {u"queues"_s, QJsonArray{QJsonObject{{u"name"_s, u"outreach"_s}, {u"vhost"_s, u"/"_s},
                                             {u"durable"_s, true}, {u"auto_delete"_s, false},
                                             {u"arguments"_s, QJsonObject{}}}}}};
    const QString config = uR"(listeners.tcp.default = 127.0.0.1:%1
listeners.ssl.default = 127.0.0.1:%2
ssl_options.cacertfile = %3/ca.pem
ssl_options.certfile = %3/server.pem
ssl_options.keyfile = %3/server.key
ssl_options.verify = verify_none
ssl_options.fail_if_no_peer_cert = false
loopback_users = none
definitions.import_backend = local_filesystem
definitions.local.path = %3/definitions.json
log.console = false
log.file.level = info
)"_s.arg(m_port).arg(m_tlsPort).arg(dir);
    return writeAll(dir + u"/definitions.json"_s, QJsonDocument(definitions).toJson())
           && writeAll(dir + u"/rabbitmq.conf"_s, config.toUtf8()) && writeAll(dir + u"/enabled_plugins"_s, "[].\n")
           && writeAll(dir + u"/advanced.config"_s, "[].\n");
}

bool BrokerFixture::start()
{
    stop();
    if (!QFile::exists(QLatin1StringView(Server))) {
        qWarning("%s is missing: the queue tests need Debian's rabbitmq-server", Server);
        return false;
    }
    m_node = u"wbtest%1@localhost"_s.arg(QCoreApplication::applicationPid());
    m_port = freePort();
    m_tlsPort = freePort();
    m_epmdPort = freePort();
    m_distPort = freePort();
    if (!m_dir->isValid() || !writeConfiguration())
        return false;
    m_server.setProcessEnvironment(environment());
    m_server.setProcessChannelMode(QProcess::MergedChannels);
    m_server.setStandardOutputFile(m_dir->filePath(u"server.out"_s));
    m_server.start(QLatin1StringView(Server), {});
    if (!m_server.waitForStarted(10000)) {
        qWarning().noquote() << "cannot start rabbitmq-server:" << m_server.errorString();
        return false;
    }
    // The listeners open last, once the definitions are in: a port that accepts means ready.
    const QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired()) {
        if (m_server.state() == QProcess::NotRunning) {
            qWarning().noquote() << "rabbitmq-server ended while starting:" << log().right(4000);
            return false;
        }
        QTcpSocket probe;
        probe.connectToHost(u"127.0.0.1"_s, quint16(m_tlsPort));
        if (probe.waitForConnected(200))
            return true;
        QThread::msleep(200);
    }
    qWarning().noquote() << "rabbitmq-server did not open its ports within 60 s:" << log().right(4000);
    return false;
}

void BrokerFixture::stop()
{
    if (m_server.state() != QProcess::NotRunning) {
        m_server.terminate();
        if (!m_server.waitForFinished(20000)) {
            m_server.kill();
            m_server.waitForFinished(5000);
        }
    }
    // The node's own port mapper outlives it otherwise.
    if (m_epmdPort > 0) {
        QProcess epmd;
        epmd.setProcessEnvironment(environment());
        epmd.start(u"epmd"_s, {u"-port"_s, QString::number(m_epmdPort), u"-kill"_s});
        epmd.waitForFinished(5000);
        m_epmdPort = 0;
    }
}

bool BrokerFixture::send(const QString &address, const QList<std::pair<QByteArray, QByteArray>> &messages,
                         QString *error)
{
    if (messages.isEmpty())
        return true;
    Sender sender(url().toStdString(), address.toStdString(), messages);
    try {
        proton::container(sender).run();
    } catch (const std::exception &e) {
        sender.error = QString::fromUtf8(e.what());
    }
    if (error)
        *error = sender.error;
    if (!sender.error.isEmpty())
        qWarning().noquote() << "sending to the broker failed:" << sender.error;
    return sender.error.isEmpty();
}

qint64 BrokerFixture::depth(const QString &queueName)
{
    QProcess ctl;
    ctl.setProcessEnvironment(environment());
    ctl.start(QLatin1StringView(Control), {u"-n"_s, m_node, u"list_queues"_s, u"-q"_s, u"--no-table-headers"_s,
                                           u"name"_s, u"messages"_s});
    if (!ctl.waitForFinished(30000) || ctl.exitCode() != 0)
        return -1;
    for (const QByteArray &line : ctl.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> cells = line.simplified().split(' ');
        if (cells.size() == 2 && cells.first() == queueName.toUtf8())
            return cells.last().toLongLong();
    }
    return -1;
}

} // namespace wb::test
