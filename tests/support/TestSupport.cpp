// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include <QDebug>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>

namespace wb::test {

bool run(const QString &program, const QStringList &args, QByteArray *output, const QByteArray &input,
         int timeoutMs)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForStarted(10000)) {
        qWarning().noquote() << "cannot start" << program << p.errorString();
        return false;
    }
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        qWarning().noquote() << program << "did not finish";
        return false;
    }
    const QByteArray out = p.readAll();
    if (output)
        *output = out;
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning().noquote() << program << args.join(QLatin1Char(' ')) << "failed:" << out;
        return false;
    }
    return true;
}

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator gen(seed);
    const qsizetype words = size / 4;
    gen.fillRange(reinterpret_cast<quint32 *>(data.data()), words);
    for (qsizetype i = words * 4; i < size; ++i)
        data[i] = char(gen.generate());
    return data;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

} // namespace wb::test
