// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "queue/QueueConnection.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace wb {

// What went wrong talking to a broker, named so that the doctor, the CLI and the run history
// can say what to do about it.
struct QueueError
{
    enum class Kind {
        None,
        Unsupported,    // this build has no AMQP 1.0 client
        Connect,        // resolving or reaching the broker
        Tls,            // the TLS handshake or the broker's certificate
        Authentication, // SASL: a wrong user name or password
        QueueMissing,   // the broker has no queue at that address
        Permission,     // the user may not read from the queue
        Protocol,       // anything else the broker or the link said
        Storage,        // the workspace could not keep what was received
        Cancelled,
    };
    Kind kind = Kind::None;
    QString message;   // for people
    QString condition; // the AMQP error condition, e.g. "amqp:unauthorized-access"

    explicit operator bool() const { return kind != Kind::None; }
    QString kindName() const;
};

// One message as the broker delivered it.
struct ReceivedMessage
{
    QByteArray key;  // "id:" + the message-id; "sha256:" + the body's hash when it has none
    QByteArray body; // the body's bytes: an AMQP string as UTF-8, or binary data as it is
    QString bodyProblem; // set when the body is neither (an AMQP map, list, ...)
};

// Takes messages from one queue over AMQP 1.0 and hands them to a sink in batches. A message
// is accepted (and so gone from the broker) only after the sink said its batch is stored
// durably; a process that dies before leaves it unsettled, and the broker delivers it again.
// Blocking: run it off the UI thread.
class AmqpReceiver
{
public:
    struct Options
    {
        int maxMessages = 0;       // stop after this many; 0: no limit
        int idleMs = 5000;         // stop after this long without a message
        int batchMessages = 2000;  // hand a batch to the sink at this size...
        int batchMs = 200;         // ...or when its first message has waited this long
        int creditWindow = 4000;   // messages the broker may send ahead
        int connectTimeoutMs = 20000;
        const std::atomic_bool *cancel = nullptr;
    };
    // True when the batch is stored; false (with *error) stops the receiver, and the batch
    // goes back to the broker unsettled.
    using Sink = std::function<bool(const QList<ReceivedMessage> &batch, QString *error)>;

    struct Result
    {
        QueueError error;
        qint64 received = 0; // messages delivered, accepted or not
        qint64 accepted = 0;
    };

    static Result run(const QueueConnection &queue, const QString &password, const Options &options, const Sink &sink);
    // Whether this build can talk AMQP at all (the Windows build may lack Proton).
    static bool available();

    // The doctor's part: authenticate and attach a receiver with no credit, so that nothing
    // is taken. `waiting` is what the broker said of the messages it holds, or -1.
    struct Probe
    {
        QueueError error;
        bool authenticated = false;
        bool opened = false;
        qint64 waiting = -1;
        QString tlsProtocol; // e.g. "TLSv1.3", when TLS was used
        QString tlsSubject;
    };
    static Probe probe(const QueueConnection &queue, const QString &password, int timeoutMs);
};

} // namespace wb
