// SPDX-License-Identifier: GPL-3.0-or-later
// Transfers one file over 127.0.0.1 with SftpSession and with OpenSSH's sftp client, against
// the same sshd, and prints the speed ratio. Usage: sftp_bench [MiB] (default 256).
#include "SshdFixture.h"
#include "TestSupport.h"
#include "sftp/SftpSession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace wb;
using namespace wb::test;

namespace {

double mibPerSecond(qint64 bytes, qint64 ms)
{
    return ms > 0 ? (bytes / 1048576.0) / (ms / 1000.0) : 0;
}

// Best of three, as the machines here are noisy.
template<typename F> qint64 bestOf3(F run)
{
    qint64 best = -1;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer t;
        t.start();
        if (!run())
            return -1;
        const qint64 ms = t.elapsed();
        best = best < 0 ? ms : std::min(best, ms);
    }
    return best;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 mib = argc > 1 ? QByteArray(argv[1]).toLongLong() : 256;
    const qint64 bytes = mib * 1024 * 1024;
    SshdFixture sshd;
    if (!sshd.start()) {
        std::fprintf(stderr, "sshd fixture did not start\n");
        return 1;
    }
    QTemporaryDir local;
    const QString source = sshd.root() + u"/incoming/bench.bin"_s;
    {
        QFile f(source);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        const QByteArray block = randomBytes(4 * 1024 * 1024, 1);
        for (qint64 done = 0; done < bytes; done += block.size())
            f.write(block.constData(), std::min<qint64>(block.size(), bytes - done));
    }
    const QString pins = local.filePath(u"known_hosts"_s);
    SftpSession s(sshd.connection(), KnownHosts(pins));
    s.setTrustUnknownHostKey(true);
    if (!s.open()) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error().detailed()));
        return 1;
    }
    const QString down = local.filePath(u"down.bin"_s);
    const qint64 oursDown = bestOf3([&] { return s.download(source, down); });
    const qint64 oursUp = bestOf3([&] { return s.upload(down, sshd.root() + u"/outgoing/up.bin"_s, true); });

    auto openssh = [&](const QString &command) {
        QProcess p;
        p.start(u"sftp"_s, {u"-q"_s, u"-b"_s, u"-"_s, u"-i"_s, sshd.keyPath(SshdFixture::Key::Ed25519),
                             u"-P"_s, QString::number(sshd.port()), u"-o"_s, u"UserKnownHostsFile=%1/ossh_known"_s.arg(local.path()),
                             u"-o"_s, u"StrictHostKeyChecking=accept-new"_s, u"-o"_s, u"BatchMode=yes"_s,
                             u"%1@127.0.0.1"_s.arg(sshd.user())});
        p.write(command.toUtf8() + '\n');
        p.closeWriteChannel();
        return p.waitForFinished(600000) && p.exitCode() == 0;
    };
    const qint64 sftpDown = bestOf3([&] { return openssh(u"get %1 %2"_s.arg(source, local.filePath(u"ossh.bin"_s))); });
    const qint64 sftpUp = bestOf3([&] { return openssh(u"put %1 %2/outgoing/ossh-up.bin"_s.arg(down, sshd.root())); });
    if (oursDown < 0 || oursUp < 0 || sftpDown < 0 || sftpUp < 0) {
        std::fprintf(stderr, "a transfer failed: %s\n", qPrintable(s.error().detailed()));
        return 1;
    }
    std::printf("SFTP over 127.0.0.1, %lld MiB, best of 3 (MiB/s)\n", mib);
    std::printf("%-10s %14s %14s %8s\n", "", "writeback", "OpenSSH sftp", "ratio");
    std::printf("%-10s %14.0f %14.0f %8.2f\n", "download", mibPerSecond(bytes, oursDown),
                mibPerSecond(bytes, sftpDown), double(sftpDown) / oursDown);
    std::printf("%-10s %14.0f %14.0f %8.2f\n", "upload", mibPerSecond(bytes, oursUp),
                mibPerSecond(bytes, sftpUp), double(sftpUp) / oursUp);
    std::printf("(ratio = OpenSSH time / our time: 1.00 is parity, above 1 is faster than OpenSSH)\n");
    return 0;
}
