// SPDX-License-Identifier: GPL-3.0-or-later
// `writeback-cli queue consume` against Proton's simplest receiver (proton_drain), both as
// a user runs them, on the same RabbitMQ 4 queue filled with 20,000 Civitas outreach messages
// (two students and six properties each, ~3 KB): the consume stores every message durably
// with its rows; the drain keeps nothing. Prints both times and the ratio; the target is 2x.
// Usage: queue_bench [messages] [rounds] (default 20000 3)
#include "BrokerFixture.h"
#include "CivitasMessages.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace wb::test;

namespace {

double runMs(const QString &program, const QStringList &args, const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    if (!p.waitForFinished(600000) || p.exitCode() != 0)
        qFatal("%s failed: %s", qPrintable(program), p.readAllStandardOutput().constData());
    return double(t.nsecsElapsed()) / 1e6;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int messages = argc > 1 ? QByteArray(argv[1]).toInt() : 20000;
    const int rounds = argc > 2 ? QByteArray(argv[2]).toInt() : 3;
    BrokerFixture broker;
    if (!broker.start())
        qFatal("the RabbitMQ broker did not start");
    QTemporaryDir dir;
    const QString ws = dir.filePath(u"ws.sqlite"_s);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"WRITEBACK_QUEUE_PASSWORD"_s, QString::fromLatin1(BrokerFixture::Password));
    const QString cli = QStringLiteral(WRITEBACK_CLI);
    const QString address = QString::fromLatin1(BrokerFixture::Queue);
    runMs(cli, {u"--workspace"_s, ws, u"queue"_s, u"add"_s, u"civitas"_s, u"--url"_s, broker.url(), u"--user"_s,
                QString::fromLatin1(BrokerFixture::User), u"--queue"_s, address},
          env);

    QList<double> consume, drain;
    for (int round = 0; round < rounds; ++round) {
        // New ids each round: every consume stores every message.
        for (int sent = 0; sent < messages; sent += 1000)
            if (!broker.send(address, civitasMessages(round * messages + sent, std::min(1000, messages - sent), 2)))
                qFatal("filling the queue failed");
        consume << runMs(cli,
                         {u"--workspace"_s, ws, u"queue"_s, u"consume"_s, u"civitas"_s, u"--max"_s,
                          QString::number(messages)},
                         env);
        for (int sent = 0; sent < messages; sent += 1000)
            if (!broker.send(address, civitasMessages(round * messages + sent, std::min(1000, messages - sent), 2)))
                qFatal("filling the queue failed");
        drain << runMs(QStringLiteral(PROTON_DRAIN),
                       {broker.url(), address, QString::fromLatin1(BrokerFixture::User),
                        QString::fromLatin1(BrokerFixture::Password), QString::number(messages)},
                       env);
        std::printf("round %d: consume %.0f ms, proton_drain %.0f ms\n", round + 1, consume.last(), drain.last());
    }
    const double c = median(consume), d = median(drain);
    std::printf("%d messages: writeback-cli queue consume %.0f ms (%.0f msg/s), Proton's simplest receiver %.0f ms "
                "(%.0f msg/s): consume takes %.2fx the receiver's time (target: at most 2x)\n",
                messages, c, messages * 1000.0 / c, d, messages * 1000.0 / d, c / d);
    broker.stop();
    return 0;
}
