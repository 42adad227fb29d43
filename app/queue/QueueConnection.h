// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace wb {

// A message queue a platform publishes on (Civitas: Amazon MQ over AMQP 1.0), as its support
// hands it out: a URL (amqps://HOST:5671), a user name, a password and the queue's address.
// The password is never part of it: it lives in the OS keychain (queuePasswordKey).
struct QueueConnection
{
    qint64 id = 0;
    QString name;
    QString url;     // amqps://host:port, or amqp:// for a broker on the same host
    QString user;
    QString address; // as the broker expects it: "outreach" (ActiveMQ), "/queues/outreach" (RabbitMQ 4)
    QString caFile;  // a PEM file of the CA to trust instead of the system's; empty: the system's
    QString workspaceId;

    // Every problem with the settings, as sentences; empty when they can be used.
    QStringList problems() const;
    // On Windows, a CA file cannot be used: the AMQP client's TLS there (Proton over Schannel)
    // trusts only the Windows certificate store (or a PKCS#12 file, which no CA hands out).
    // Says so and what to do instead; empty elsewhere, or without a CA file.
    QString caFileProblem() const;
    QUrl parsedUrl() const;
    bool usesTls() const;
    QString host() const;
    int port() const; // the URL's, or 5671 (amqps) / 5672 (amqp)
    // "amqps://host:5671/address", for messages, reports and the run history.
    QString location() const;
};

// The keychain key of a queue's password, scoped by workspace like a key's passphrase.
QString queuePasswordKey(const QString &workspaceId, const QString &queueName);
// WRITEBACK_QUEUE_PASSWORD (for unattended runs where no keychain exists), then the keychain.
// `error` says why the keychain could not help when neither had one.
QString findQueuePassword(const QueueConnection &queue, QString *error = nullptr);

} // namespace wb
