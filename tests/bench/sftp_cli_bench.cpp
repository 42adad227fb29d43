// SPDX-License-Identifier: GPL-3.0-or-later
// `writeback-cli get` and `put` against OpenSSH's `sftp -b -`, both run as a user runs them
// (one process per transfer, connect and login included), on the same file over 127.0.0.1
// against the sshd fixture. Each round runs both tools in both directions, alternating which
// goes first, so that the noise of a shared machine falls on both. Prints every time, the
// medians, the ratio of the medians, and the load average before and after.
// Usage: sftp_cli_bench [MiB] [rounds] (default 256 5)
#include "SshdFixture.h"
#include "TestSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

using namespace Qt::StringLiterals;
using namespace wb::test;

namespace {

QByteArray loadAverage()
{
    QFile f(u"/proc/loadavg"_s);
    return f.open(QIODevice::ReadOnly) ? f.readLine().trimmed() : QByteArray("?");
}

// CPU seconds of the client processes reaped so far (OpenSSH's ssh is reaped by its sftp);
// the server's share is not in it.
double childCpuSeconds()
{
#ifdef Q_OS_UNIX
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
#else
    return 0;
#endif
}

double lastCpuSeconds = 0;

double runMs(const QString &program, const QStringList &args, const QByteArray &input = {})
{
    const double cpuBefore = childCpuSeconds();
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    if (!input.isEmpty()) {
        p.write(input);
        p.closeWriteChannel();
    }
    if (!p.waitForFinished(600000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        qFatal("%s %s failed: %s", qPrintable(program), qPrintable(args.join(u' ')),
               p.readAllStandardOutput().constData());
    const double ms = double(t.nsecsElapsed()) / 1e6;
    lastCpuSeconds = childCpuSeconds() - cpuBefore;
    return ms;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n % 2 ? v.at(n / 2) : (v.at(n / 2 - 1) + v.at(n / 2)) / 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 mib = argc > 1 ? QByteArray(argv[1]).toLongLong() : 256;
    const int rounds = argc > 2 ? QByteArray(argv[2]).toInt() : 5;
    SshdFixture sshd;
    if (!sshd.start())
        qFatal("the sshd fixture did not start");
    QTemporaryDir dir;
    const QString source = sshd.root() + u"/incoming/bench.bin"_s;
    {
        QFile f(source);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(source));
        const QByteArray block = randomBytes(4 * 1024 * 1024, 1);
        for (qint64 done = 0; done < mib * 1024 * 1024; done += block.size())
            f.write(block.constData(), std::min<qint64>(block.size(), mib * 1024 * 1024 - done));
    }
    const QString remoteSource = sshd.serverPath(source);
    const QString uploaded = sshd.root() + u"/outgoing/up.bin"_s;
    const QString got = dir.filePath(u"got.bin"_s);

    const QString cli = QStringLiteral(WRITEBACK_CLI);
    const QStringList ws = {u"--workspace"_s, dir.filePath(u"ws.sqlite"_s)};
    runMs(cli, ws + QStringList{u"connection"_s, u"add"_s, u"bench"_s, u"--host"_s, u"127.0.0.1"_s, u"--port"_s,
                                QString::number(sshd.port()), u"--user"_s, sshd.user(), u"--key"_s,
                                sshd.keyPath(SshdFixture::Key::Ed25519)});
    runMs(cli, ws + QStringList{u"connection"_s, u"trust"_s, u"bench"_s, u"--yes"_s});
    const QStringList sftp = {u"-q"_s, u"-b"_s, u"-"_s, u"-i"_s, sshd.keyPath(SshdFixture::Key::Ed25519), u"-P"_s,
                              QString::number(sshd.port()), u"-o"_s,
                              u"UserKnownHostsFile=%1"_s.arg(dir.filePath(u"openssh_known_hosts"_s)), u"-o"_s,
                              u"StrictHostKeyChecking=accept-new"_s, u"-o"_s, u"BatchMode=yes"_s,
                              u"%1@127.0.0.1"_s.arg(sshd.user())};

    auto oursGet = [&] {
        QFile::remove(got);
        return runMs(cli, ws + QStringList{u"get"_s, u"bench"_s, remoteSource, got});
    };
    auto opensshGet = [&] {
        QFile::remove(got);
        return runMs(u"sftp"_s, sftp, u"get %1 %2\n"_s.arg(remoteSource, got).toUtf8());
    };
    auto oursPut = [&] {
        QFile::remove(uploaded);
        return runMs(cli, ws + QStringList{u"put"_s, u"bench"_s, source, sshd.serverPath(uploaded)});
    };
    auto opensshPut = [&] {
        QFile::remove(uploaded);
        return runMs(u"sftp"_s, sftp, u"put %1 %2\n"_s.arg(source, sshd.serverPath(uploaded)).toUtf8());
    };
    // Warm the page cache and both tools' first start, untimed.
    oursGet();
    opensshGet();

    std::printf("%lld MiB over 127.0.0.1, %d rounds; load average before: %s\n", mib, rounds,
                loadAverage().constData());
    QList<double> ourGets, theirGets, ourPuts, theirPuts;
    QList<double> ourGetCpu, theirGetCpu;
    for (int round = 0; round < rounds; ++round) {
        const bool oursFirst = round % 2 == 0;
        if (oursFirst) {
            ourGets << oursGet();
            ourGetCpu << lastCpuSeconds;
            theirGets << opensshGet();
            theirGetCpu << lastCpuSeconds;
            ourPuts << oursPut();
            theirPuts << opensshPut();
        } else {
            theirGets << opensshGet();
            theirGetCpu << lastCpuSeconds;
            ourGets << oursGet();
            ourGetCpu << lastCpuSeconds;
            theirPuts << opensshPut();
            ourPuts << oursPut();
        }
        if (QFileInfo(got).size() != mib * 1024 * 1024 || QFileInfo(uploaded).size() != mib * 1024 * 1024)
            qFatal("a transfer left a file of the wrong size");
        std::printf("round %d: get %6.0f ms vs sftp %6.0f ms (%.2fx; client CPU %.2f s vs %.2f s); "
                    "put %6.0f ms vs sftp %6.0f ms (%.2fx)\n",
                    round + 1, ourGets.last(), theirGets.last(), ourGets.last() / theirGets.last(),
                    ourGetCpu.last(), theirGetCpu.last(), ourPuts.last(), theirPuts.last(),
                    ourPuts.last() / theirPuts.last());
        std::fflush(stdout);
    }
    std::printf("median get: writeback-cli %.0f ms, OpenSSH sftp %.0f ms: %.2fx OpenSSH's time; client CPU %.2f s vs "
                "%.2f s\n",
                median(ourGets), median(theirGets), median(ourGets) / median(theirGets), median(ourGetCpu),
                median(theirGetCpu));
    std::printf("median put: writeback-cli %.0f ms, OpenSSH sftp %.0f ms: %.2fx OpenSSH's time\n", median(ourPuts),
                median(theirPuts), median(ourPuts) / median(theirPuts));
    std::printf("load average after: %s\n", loadAverage().constData());
    return 0;
}
