// SPDX-License-Identifier: GPL-3.0-or-later
// AmqpReceiver in a build without Apache Qpid Proton (WRITEBACK_WITH_AMQP=OFF): every call
// says so, and nothing else of the app changes.
#include "queue/AmqpReceiver.h"

#include <QCoreApplication>

namespace wb {

namespace {

QueueError unsupported()
{
    return {QueueError::Kind::Unsupported,
            QCoreApplication::translate("wb::AmqpReceiver",
                                        "This build of Writeback Studio has no AMQP 1.0 client (it was built without Apache Qpid Proton)."),
            {}};
}

} // namespace

bool AmqpReceiver::available()
{
    return false;
}

AmqpReceiver::Result AmqpReceiver::run(const QueueConnection &, const QString &, const Options &, const Sink &)
{
    Result r;
    r.error = unsupported();
    return r;
}

AmqpReceiver::Probe AmqpReceiver::probe(const QueueConnection &, const QString &, int)
{
    Probe p;
    p.error = unsupported();
    return p;
}

} // namespace wb
