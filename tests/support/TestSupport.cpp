// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "core/ProcessOwner.h"
#include "core/Workspace.h"
#include "jobs/JobKeys.h"

#include <QDateTime>
#include <QDebug>
#include <QFile>
#include <QSqlQuery>
#include <QSysInfo>
#include <QRandomGenerator>
#include <QTcpServer>

using namespace Qt::StringLiterals;

namespace wb::test {

bool run(const QString &program, const QStringList &args, QByteArray *output, const QByteArray &input,
         int timeoutMs)
{
    return hostRun(program, args, output, input, timeoutMs);
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

int freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
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

bool writeServerFile(const QString &localFolder, const QString &name, const QByteArray &data)
{
    if (!usingHostBroker())
        return writeAll(localFolder + u'/' + name, data);
    // The folder is translated; the name must reach the host untouched.
    return hostRun(u"sh"_s, {u"-c"_s, u"cat > \"$1/$2\""_s, u"sh"_s, hostPath(localFolder), name}, nullptr, data);
}

bool removeServerFile(const QString &localFolder, const QString &name)
{
    if (!usingHostBroker())
        return QFile::remove(localFolder + u'/' + name);
    return hostRun(u"sh"_s, {u"-c"_s, u"rm -f \"$1/$2\""_s, u"sh"_s, hostPath(localFolder), name});
}

QString MarkingTranslator::translate(const char *context, const char *sourceText, const char *, int) const
{
    if (m_context != context)
        return {};
    return u"\u00ab"_s + QString::fromUtf8(sourceText) + u"\u00bb"_s;
}

bool holdJobLock(const QString &workspacePath, const QString &job, qint64 pid)
{
    Workspace ws;
    QString error;
    if (!ws.open(workspacePath, &error)) {
        qWarning("cannot open %s: %s", qPrintable(workspacePath), qPrintable(error));
        return false;
    }
    QSqlQuery q(ws.database());
    q.prepare(QStringLiteral("INSERT INTO job_locks (job, owner, acquired_at) VALUES (?, ?, ?)"));
    q.addBindValue(jobKey(ws, job));
    q.addBindValue(QStringLiteral("%1@%2#%3").arg(pid).arg(QSysInfo::machineHostName(), processStartIdentity(pid)));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    return q.exec();
}

bool makeTestCertificates(const QString &dir, QString *fingerprint)
{
    const auto path = [&](const char *name) { return dir + u'/' + QLatin1StringView(name); };
    // A CA of its own, as a private server would have, and a certificate for the address the
    // tests connect to (IP SAN: a CN alone is not enough for verification; the same text as a
    // DNS name for clients that match host names only, as Proton does).
    if (!run(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                            u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-keyout"_s,
                            path("ca.key"), u"-out"_s, path("ca.pem"), u"-days"_s, u"2"_s,
                            u"-subj"_s, u"/CN=Writeback Test CA"_s}))
        return false;
    if (!run(u"openssl"_s,
             {u"req"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s,
              u"-nodes"_s, u"-keyout"_s, path("server.key"), u"-out"_s, path("server.csr"),
              u"-subj"_s, u"/CN=127.0.0.1"_s}))
        return false;
    writeAll(path("server.ext"), "subjectAltName=IP:127.0.0.1,DNS:127.0.0.1\nbasicConstraints=CA:FALSE\n"
                                 "extendedKeyUsage=serverAuth\n");
    if (!run(u"openssl"_s,
             {u"x509"_s, u"-req"_s, u"-in"_s, path("server.csr"), u"-CA"_s, path("ca.pem"),
              u"-CAkey"_s, path("ca.key"), u"-CAcreateserial"_s, u"-out"_s, path("server.pem"),
              u"-days"_s, u"2"_s, u"-extfile"_s, path("server.ext")}))
        return false;
    if (!fingerprint)
        return true;
    QByteArray out;
    if (!run(u"openssl"_s,
             {u"x509"_s, u"-noout"_s, u"-fingerprint"_s, u"-sha256"_s, u"-in"_s, path("server.pem")},
             &out))
        return false;
    // "sha256 Fingerprint=AB:CD:..." (older versions: "SHA256 Fingerprint=")
    *fingerprint = u"SHA256:"_s + QString::fromLatin1(out.mid(out.indexOf('=') + 1).trimmed()).toUpper();
    return true;
}

} // namespace wb::test
