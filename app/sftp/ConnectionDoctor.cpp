// SPDX-License-Identifier: GPL-3.0-or-later
#include "sftp/ConnectionDoctor.h"

#include "sftp/SftpSession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLocale>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace wb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wb::ConnectionDoctor", text);
}

struct StepText
{
    DoctorStep::Id id;
    const char *name;
    const char *title;
    const char *advice; // shown when the step fails
};

const StepText Steps[] = {
    {DoctorStep::Id::Resolve, "resolve", QT_TRANSLATE_NOOP("ConnectionDoctor", "Resolve the domain"),
     QT_TRANSLATE_NOOP("ConnectionDoctor", "Check the domain for typos. Try `nslookup <domain>` on this computer; a company DNS or VPN may hide it.")},
    {DoctorStep::Id::Connect, "connect", QT_TRANSLATE_NOOP("ConnectionDoctor", "Connect (TCP)"),
     QT_TRANSLATE_NOOP("ConnectionDoctor", "Check the port, and whether a firewall on either side blocks it. Many platforms only accept listed IP addresses: send them this computer's public address.")},
    {DoctorStep::Id::Banner, "banner", QT_TRANSLATE_NOOP("ConnectionDoctor", "SSH banner and server version"),
     QT_TRANSLATE_NOOP("ConnectionDoctor", "Something answered on the port but did not complete an SSH handshake: a wrong port (FTP, HTTPS), a proxy, or a server that only offers outdated algorithms.")},
    {DoctorStep::Id::HostKey, "host-key", QT_TRANSLATE_NOOP("ConnectionDoctor", "Key exchange and host key"),
     QT_TRANSLATE_NOOP("ConnectionDoctor", "Compare the fingerprint with the one the platform publishes. Trust it only when they match; a changed key must be confirmed by the platform before the old one is removed.")},
    {DoctorStep::Id::AuthMethods, "auth-methods", QT_TRANSLATE_NOOP("ConnectionDoctor", "Login methods offered"),
     QT_TRANSLATE_NOOP("ConnectionDoctor", "The server must offer \"publickey\" for this user. On OpenSSH: PubkeyAuthentication yes in sshd_config.")},
    {DoctorStep::Id::Authenticate, "authenticate", QT_TRANSLATE_NOOP("ConnectionDoctor", "Log in with the private key"),
     QT_TRANSLATE_NOOP("ConnectionDoctor", "On the server, the public key must be in the user's authorized_keys, with strict permissions. The server's log (e.g. journalctl -u ssh, /var/log/auth.log) says why a key was refused.")},
    {DoctorStep::Id::Sftp, "sftp", QT_TRANSLATE_NOOP("ConnectionDoctor", "Start SFTP"),
     QT_TRANSLATE_NOOP("ConnectionDoctor", "The account must be allowed the sftp subsystem (Subsystem sftp internal-sftp, or ForceCommand internal-sftp).")},
    {DoctorStep::Id::ReadPath, "read-path", QT_TRANSLATE_NOOP("ConnectionDoctor", "Read path exists and can be listed"),
     QT_TRANSLATE_NOOP("ConnectionDoctor", "Check the read path with the platform (e.g. \"incoming\" or \"/outgoing/writebacks\"); relative paths start at the login folder.")},
    {DoctorStep::Id::WritePath, "write-path", QT_TRANSLATE_NOOP("ConnectionDoctor", "Write path is writable"),
     QT_TRANSLATE_NOOP("ConnectionDoctor", "The user needs permission to create, rename and remove files in the write path.")},
};

const StepText &textOf(DoctorStep::Id id)
{
    return Steps[int(id)];
}

QString formatMs(qint64 ms)
{
    return ms < 1000 ? u"%1 ms"_s.arg(ms) : u"%1 s"_s.arg(ms / 1000.0, 0, 'f', 1);
}

} // namespace

QString DoctorStep::statusName(Status status)
{
    switch (status) {
    case Status::Pending: return u"pending"_s;
    case Status::Running: return u"running"_s;
    case Status::Passed: return u"passed"_s;
    case Status::Warning: return u"warning"_s;
    case Status::Failed: return u"failed"_s;
    case Status::Skipped: return u"skipped"_s;
    }
    return {};
}

QString DoctorStep::idName(Id id)
{
    switch (id) {
    case Id::Tls: return u"tls"_s;
    case Id::QueueLogin: return u"login"_s;
    case Id::OpenQueue: return u"open-queue"_s;
    case Id::Waiting: return u"waiting"_s;
    default: return QString::fromLatin1(textOf(id).name);
    }
}

bool doctorStepsPassed(const QList<DoctorStep> &steps)
{
    return std::none_of(steps.begin(), steps.end(),
                        [](const DoctorStep &s) { return s.status == DoctorStep::Status::Failed; });
}

QString doctorStepsText(const QList<DoctorStep> &steps)
{
    QString out;
    int n = 0;
    for (const DoctorStep &s : steps) {
        const QString mark = s.status == DoctorStep::Status::Passed    ? u"[ OK ]"_s
                             : s.status == DoctorStep::Status::Failed  ? u"[FAIL]"_s
                             : s.status == DoctorStep::Status::Warning ? u"[WARN]"_s
                             : s.status == DoctorStep::Status::Skipped ? u"[SKIP]"_s
                                                                       : u"[ -- ]"_s;
        out += u"%1 %2. %3 (%4)\n"_s.arg(mark).arg(++n).arg(s.title, formatMs(s.elapsedMs));
        if (!s.detail.isEmpty())
            out += u"       "_s + s.detail + u'\n';
        if (s.error.libssh2Code || s.error.sftpStatus)
            out += u"       "_s
                   + QCoreApplication::translate("wb::DoctorReport", "Codes: %1")
                         .arg(s.error.detailed().mid(s.error.message.size()).trimmed())
                   + u'\n';
        if (!s.advice.isEmpty())
            out += u"       "_s + QCoreApplication::translate("wb::DoctorReport", "Advice: %1").arg(s.advice) + u'\n';
    }
    return out;
}

QJsonArray doctorStepsJson(const QList<DoctorStep> &steps)
{
    QJsonArray list;
    for (const DoctorStep &s : steps) {
        QJsonObject o{{u"step"_s, DoctorStep::idName(s.id)},
                      {u"title"_s, s.title},
                      {u"status"_s, DoctorStep::statusName(s.status)},
                      {u"ms"_s, s.elapsedMs},
                      {u"detail"_s, s.detail}};
        if (!s.advice.isEmpty())
            o[u"advice"_s] = s.advice;
        if (s.error.isError()) {
            o[u"error"_s] = SshError::kindName(s.error.kind);
            if (s.error.libssh2Code)
                o[u"libssh2_code"_s] = s.error.libssh2Code;
            if (s.error.sftpStatus)
                o[u"sftp_status"_s] = qint64(s.error.sftpStatus);
        }
        list.append(o);
    }
    return list;
}

bool DoctorReport::passed() const
{
    return doctorStepsPassed(steps);
}

QString DoctorReport::toText() const
{
    QString out = tr("Connection doctor: %1 (%2), %3\n")
                      .arg(connection.name, connection.endpoint(),
                           started.toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s));
    out += tr("Key: %1; read path: %2; write path: %3\n\n")
               .arg(connection.keyFile, connection.readPath.isEmpty() ? u"-"_s : connection.readPath,
                    connection.writePath.isEmpty() ? u"-"_s : connection.writePath);
    out += doctorStepsText(steps);
    out += passed() ? tr("\nResult: the connection works.\n") : tr("\nResult: the connection does not work.\n");
    return out;
}

QJsonObject DoctorReport::toJson() const
{
    const QJsonArray list = doctorStepsJson(steps);
    return {{u"connection"_s, connection.name},
            {u"endpoint"_s, connection.endpoint()},
            {u"started"_s, started.toString(Qt::ISODate)},
            {u"ok"_s, passed()},
            {u"steps"_s, list}};
}

ConnectionDoctor::ConnectionDoctor(Connection connection, QString knownHostsPath)
    : m_connection(std::move(connection))
    , m_knownHostsPath(std::move(knownHostsPath))
{
}

QList<DoctorStep> ConnectionDoctor::plannedSteps()
{
    QList<DoctorStep> out;
    for (const StepText &t : Steps) {
        DoctorStep s;
        s.id = t.id;
        s.title = QCoreApplication::translate("ConnectionDoctor", t.title);
        out << s;
    }
    return out;
}

DoctorReport ConnectionDoctor::run()
{
    DoctorReport report;
    report.connection = m_connection;
    report.started = QDateTime::currentDateTimeUtc();
    report.steps = plannedSteps();

    SftpSession session(m_connection, KnownHosts(m_knownHostsPath));
    session.setPassphrase(m_passphrase);
    session.setCancelFlag(m_cancel);
    session.setTimeout(std::chrono::milliseconds(m_timeoutMs));

    bool stop = false;
    // Runs one step: body returns false on failure (with the session's error) and fills detail.
    auto step = [&](DoctorStep::Id id, const std::function<bool(DoctorStep &)> &body) {
        DoctorStep &s = report.steps[int(id)];
        if (stop) {
            s.status = DoctorStep::Status::Skipped;
            s.detail = tr("Not run: an earlier step failed.");
            if (m_onStep)
                m_onStep(s);
            return;
        }
        s.status = DoctorStep::Status::Running;
        if (m_onStep)
            m_onStep(s);
        QElapsedTimer timer;
        timer.start();
        const bool ok = body(s);
        s.elapsedMs = timer.elapsed();
        if (!ok) {
            s.status = DoctorStep::Status::Failed;
            s.error = session.error();
            if (s.detail.isEmpty())
                s.detail = session.error().message;
            s.advice = QCoreApplication::translate("ConnectionDoctor", textOf(id).advice);
            stop = true;
        } else if (s.status == DoctorStep::Status::Running) {
            s.status = DoctorStep::Status::Passed;
        }
        if (m_onStep)
            m_onStep(s);
    };

    step(DoctorStep::Id::Resolve, [&](DoctorStep &s) {
        if (!session.resolve())
            return false;
        s.detail = tr("%1 is %2").arg(m_connection.host, session.resolvedAddresses().join(u", "_s));
        return true;
    });
    step(DoctorStep::Id::Connect, [&](DoctorStep &s) {
        if (!session.connectSocket())
            return false;
        s.detail = tr("Connected to %1 port %2").arg(session.connectedAddress()).arg(m_connection.port);
        return true;
    });
    step(DoctorStep::Id::Banner, [&](DoctorStep &s) {
        if (!session.handshake())
            return false;
        s.detail = session.serverBanner();
        return true;
    });
    step(DoctorStep::Id::HostKey, [&](DoctorStep &s) {
        const bool ok = session.verifyHostKey();
        const HostKey &key = session.hostKey();
        s.detail = tr("%1 %2; %3").arg(key.typeName, key.fingerprint, session.negotiated());
        if (ok)
            s.detail += u"; "_s + tr("matches the pinned key");
        else
            s.detail = session.error().message + u"\n       "_s + session.negotiated();
        return ok;
    });
    step(DoctorStep::Id::AuthMethods, [&](DoctorStep &s) {
        const QStringList methods = session.authMethods();
        if (session.error().isError())
            return false;
        s.detail = tr("The server offers: %1").arg(methods.join(u", "_s));
        if (!methods.contains(u"publickey"_s) && !methods.contains(u"none"_s)) {
            s.status = DoctorStep::Status::Failed;
            s.detail += u". "_s + tr("Key login (publickey) is not among them.");
            s.advice = QCoreApplication::translate("ConnectionDoctor", textOf(s.id).advice);
            stop = true;
        }
        return true;
    });
    step(DoctorStep::Id::Authenticate, [&](DoctorStep &s) {
        if (!session.authenticate())
            return false;
        s.detail = tr("Logged in as %1 with %2").arg(m_connection.user, m_connection.keyFile);
        return true;
    });
    step(DoctorStep::Id::Sftp, [&](DoctorStep &s) {
        if (!session.startSftp())
            return false;
        s.detail = tr("SFTP is available");
        return true;
    });
    step(DoctorStep::Id::ReadPath, [&](DoctorStep &s) {
        if (m_connection.readPath.isEmpty()) {
            s.status = DoctorStep::Status::Skipped;
            s.detail = tr("No read path is set.");
            return true;
        }
        const auto entries = session.list(m_connection.readPath);
        if (!entries)
            return false;
        int files = 0;
        const RemoteEntry *newest = nullptr;
        for (const RemoteEntry &e : *entries) {
            if (e.type != RemoteEntry::Type::File)
                continue;
            ++files;
            if (!newest || e.modified > newest->modified)
                newest = &e;
        }
        s.detail = QCoreApplication::translate("ConnectionDoctor", "%n file(s) in %1", nullptr, files).arg(m_connection.readPath);
        if (newest)
            s.detail += u"; "_s + tr("newest: %1 (%2, %3)")
                                     .arg(newest->name, QLocale::c().formattedDataSize(newest->size),
                                          newest->modified.toString(u"yyyy-MM-dd HH:mm 'UTC'"_s));
        return true;
    });
    step(DoctorStep::Id::WritePath, [&](DoctorStep &s) {
        if (m_connection.writePath.isEmpty()) {
            s.status = DoctorStep::Status::Skipped;
            s.detail = tr("No write path is set.");
            return true;
        }
        QString dir = m_connection.writePath;
        if (!dir.endsWith(u'/'))
            dir += u'/';
        const QString probe = dir + u".writeback-probe-%1"_s.arg(QRandomGenerator::global()->generate(), 0, 16);
        if (!session.uploadData("Writeback Studio connection test\n", probe, false))
            return false;
        if (!session.remove(probe))
            return false;
        s.detail = tr("Created, renamed and removed a probe file in %1").arg(m_connection.writePath);
        return true;
    });
    session.close();
    return report;
}

} // namespace wb
