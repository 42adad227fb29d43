// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <utility>

namespace wb::test {

// A real RabbitMQ 4 node (Debian's rabbitmq-server; AMQP 1.0 is built in) of the test's own:
// its own data and log folders, Erlang port mapper and distribution ports, a plain listener
// and a TLS listener (a test CA's certificate for 127.0.0.1) on free 127.0.0.1 ports. Its
// users and queue come from a definitions file: "wb" may do everything, "outsider" may log
// in but read nothing; the queue "outreach" exists (address /queues/outreach). A missing
// rabbitmq-server fails the test: the broker is never silently skipped.
class BrokerFixture
{
public:
    static constexpr const char *User = "wb";
    static constexpr const char *Password = "wb-secret";
    static constexpr const char *Outsider = "outsider";
    static constexpr const char *OutsiderPassword = "outsider-secret";
    static constexpr const char *Queue = "/queues/outreach";

    BrokerFixture();
    ~BrokerFixture();

    bool start();
    void stop();

    int port() const { return m_port; }
    int tlsPort() const { return m_tlsPort; }
    QString url() const;    // amqp://127.0.0.1:PORT
    QString tlsUrl() const; // amqps://127.0.0.1:TLSPORT
    QString caFile() const;
    QString log() const;

    // Sends each (message id, body) to `address` as an AMQP string body and waits until the
    // broker has accepted them all. An empty id sends the message without one.
    bool send(const QString &address, const QList<std::pair<QByteArray, QByteArray>> &messages,
              QString *error = nullptr);
    // The number of messages the queue holds now (rabbitmqctl list_queues).
    qint64 depth(const QString &queueName = QStringLiteral("outreach"));

private:
    bool writeConfiguration();
    QProcessEnvironment environment() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess m_server;
    QString m_node;
    int m_port = 0;
    int m_tlsPort = 0;
    int m_epmdPort = 0;
    int m_distPort = 0;
};

} // namespace wb::test
