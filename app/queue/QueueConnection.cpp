// SPDX-License-Identifier: GPL-3.0-or-later
#include "queue/QueueConnection.h"

#include "core/Secrets.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace wb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wb::QueueConnection", text);
}

} // namespace

QUrl QueueConnection::parsedUrl() const
{
    return QUrl(url.trimmed(), QUrl::StrictMode);
}

bool QueueConnection::usesTls() const
{
    return parsedUrl().scheme().compare(u"amqps"_s, Qt::CaseInsensitive) == 0;
}

QString QueueConnection::host() const
{
    return parsedUrl().host();
}

int QueueConnection::port() const
{
    return parsedUrl().port(usesTls() ? 5671 : 5672);
}

QString QueueConnection::location() const
{
    const QString a = address.startsWith(u'/') ? address : u'/' + address;
    return u"%1://%2:%3%4"_s.arg(usesTls() ? u"amqps"_s : u"amqp"_s, host()).arg(port()).arg(a);
}

QStringList QueueConnection::problems() const
{
    QStringList out;
    static const QRegularExpression nameRx(u"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"_s);
    if (!nameRx.match(name).hasMatch())
        out << tr("The name must start with a letter or digit and hold only letters, digits, '.', "
                  "'_' and '-' (at most 64).");
    const QUrl u = parsedUrl();
    const QString scheme = u.scheme().toLower();
    if (url.trimmed().isEmpty())
        out << tr("The URL is empty; it looks like amqps://HOST:5671.");
    else if (!u.isValid() || (scheme != u"amqps"_s && scheme != u"amqp"_s) || u.host().isEmpty())
        out << tr("\"%1\" is not an AMQP URL; it looks like amqps://HOST:5671.").arg(url);
    else if (!u.userInfo().isEmpty())
        out << tr("The URL must not hold a user name or password: give the user name on its own; the "
                  "password is kept in the system keychain.");
    else if (!u.path().isEmpty() && u.path() != u"/"_s)
        out << tr("The URL must not hold a path: give the queue as its address.");
    if (u.port() == 0 || u.port() > 65535)
        out << tr("The port must be between 1 and 65535.");
    if (user.trimmed().isEmpty())
        out << tr("The user name is empty.");
    if (address.trimmed().isEmpty())
        out << tr("The queue's address is empty.");
    if (const QString problem = caFileProblem(); !problem.isEmpty())
        out << problem;
    else if (!caFile.isEmpty() && !QFileInfo(caFile).isReadable())
        out << tr("The CA file %1 cannot be read.").arg(caFile);
    if (!caFile.isEmpty() && !usesTls())
        out << tr("A CA file is only used with amqps:// URLs.");
    return out;
}

QString QueueConnection::caFileProblem() const
{
#ifdef Q_OS_WIN
    if (!caFile.isEmpty())
        return tr("On Windows the broker's certificate cannot be checked against a CA file (%1): Windows' TLS, "
                  "which the queue client uses, trusts only the CAs in the Windows certificate store. Install the "
                  "CA there (open the file, Install Certificate, Trusted Root Certification Authorities; or "
                  "certutil -user -addstore Root FILE), then clear the queue's CA file: in its editor, or by "
                  "removing the queue (writeback-cli queue remove NAME) and adding it again without --ca-file.")
            .arg(QDir::toNativeSeparators(caFile));
#endif
    return {};
}

QString queuePasswordKey(const QString &workspaceId, const QString &queueName)
{
    return u"workspace/%1/queue/%2/password"_s.arg(workspaceId, queueName);
}

QString findQueuePassword(const QueueConnection &queue, QString *error)
{
    const QString fromEnvironment = qEnvironmentVariable("WRITEBACK_QUEUE_PASSWORD");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    if (queue.workspaceId.isEmpty())
        return {};
    const Secrets::Result r = Secrets::readSecret(queuePasswordKey(queue.workspaceId, queue.name));
    if (error)
        *error = r.error;
    return r.value;
}

} // namespace wb
