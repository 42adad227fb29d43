// SPDX-License-Identifier: GPL-3.0-or-later
#include "HostProcess.h"

#include <QDeadlineTimer>
#include <QDebug>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QStandardPaths>
#include <QTcpSocket>

#include <optional>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/types.h>
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include <qt_windows.h>
#endif

using namespace Qt::StringLiterals;

namespace wb::test {

namespace {

// What the broker may need beyond a request's own time: killing a tree, a loaded machine.
constexpr int BrokerSlackMs = 30000;

bool looksLikeWindowsPath(const QString &s)
{
    return s.size() >= 3 && s.at(0).unicode() < 128 && s.at(0).isLetter() && s.at(1) == u':' &&
           (s.at(2) == u'/' || s.at(2) == u'\\');
}

QString hostArgument(const QString &arg)
{
    return looksLikeWindowsPath(arg) ? hostPath(arg) : arg;
}

QJsonArray hostArguments(const QStringList &args)
{
    QJsonArray out;
    for (const QString &arg : args)
        out.append(hostArgument(arg));
    return out;
}

QByteArray fromBase64(const QJsonValue &value)
{
    return QByteArray::fromBase64(value.toString().toLatin1());
}

#ifdef Q_OS_UNIX
// pid -> parent pid of every process (Linux /proc; elsewhere nothing is found).
QMap<qint64, qint64> parentsOfAll()
{
    QMap<qint64, qint64> parent;
    const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (!ok)
            continue;
        QFile stat(u"/proc/%1/stat"_s.arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        // The command name may hold spaces and parentheses: the fields follow the last ')'.
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1)
            parent[pid] = fields[1].toLongLong();
    }
    return parent;
}

// The same as host_broker.py's kill_tree: each process is stopped before the next look, so
// that none can fork, or be re-parented to init by its parent's death, before it is killed.
void killTreeOf(qint64 root)
{
    QList<qint64> found{root};
    QSet<qint64> stopped;
    while (stopped.size() < found.size()) {
        for (const qint64 pid : std::as_const(found)) {
            if (!stopped.contains(pid)) {
                ::kill(pid_t(pid), SIGSTOP);
                stopped.insert(pid);
            }
        }
        const QMap<qint64, qint64> parent = parentsOfAll();
        for (auto it = parent.cbegin(); it != parent.cend(); ++it)
            if (stopped.contains(it.value()) && !found.contains(it.key()))
                found << it.key();
    }
    for (const qint64 pid : std::as_const(found))
        ::kill(pid_t(pid), SIGKILL);
}
#endif

} // namespace

// One connection to host_broker.py. The broker kills what was started on a connection when
// it closes, so a crashed test leaves no server behind.
class BrokerConnection
{
public:
    // The answer, or nullopt with *error saying why (the broker's own words if it refused).
    std::optional<QJsonObject> call(const QJsonObject &request, int timeoutMs, QString *error)
    {
        if (m_socket.state() != QAbstractSocket::ConnectedState && !connect(error))
            return std::nullopt;
        m_socket.write(QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n');
        const QDeadlineTimer deadline(qint64(timeoutMs) + BrokerSlackMs);
        while (!m_socket.canReadLine()) {
            if (!m_socket.waitForReadyRead(int(deadline.remainingTime()))) {
                *error = u"no answer from the host broker to %1: %2"_s.arg(
                    request.value(u"op"_s).toString(), m_socket.errorString());
                m_socket.abort();
                return std::nullopt;
            }
        }
        const QJsonObject answer = QJsonDocument::fromJson(m_socket.readLine()).object();
        if (!answer.value(u"ok"_s).toBool()) {
            *error =
                answer.value(u"error"_s).toString(u"a malformed answer from the host broker"_s);
            return std::nullopt;
        }
        return answer;
    }

private:
    bool connect(QString *error)
    {
        const QString address = qEnvironmentVariable("WRITEBACK_TEST_HOST");
        const qsizetype colon = address.lastIndexOf(u':');
        const quint16 port = address.mid(colon + 1).toUShort();
        if (colon <= 0 || port == 0) {
            *error = u"WRITEBACK_TEST_HOST must be HOST:PORT, not \"%1\""_s.arg(address);
            return false;
        }
        m_socket.connectToHost(address.left(colon), port);
        if (!m_socket.waitForConnected(10000)) {
            *error = u"cannot reach the host broker at %1 (tests/support/host_broker.py): %2"_s.arg(
                address, m_socket.errorString());
            return false;
        }
        // The broker serves only clients that know the token it printed.
        m_socket.write(qgetenv("WRITEBACK_TEST_HOST_TOKEN") + '\n');
        return true;
    }

    QTcpSocket m_socket;
};

bool usingHostBroker()
{
    return !qEnvironmentVariableIsEmpty("WRITEBACK_TEST_HOST");
}

QString hostPath(const QString &localPath)
{
#ifdef Q_OS_WIN
    using ToUnix = char *(__cdecl *)(const wchar_t *);
    static const ToUnix toUnix = [] {
        const FARPROC f = GetProcAddress(GetModuleHandleW(L"kernel32"), "wine_get_unix_file_name");
        // Through void (*)(), which any function pointer type converts to without a warning.
        return reinterpret_cast<ToUnix>(reinterpret_cast<void (*)()>(f));
    }();
    if (!toUnix || localPath.isEmpty())
        return localPath; // real Windows: there is no Linux host to name it for
    QString dos = QDir::toNativeSeparators(QFileInfo(localPath).absoluteFilePath());
    QString missing;
    // Wine names a path whose last part does not exist yet, but not one whose folder is
    // missing: convert the longest existing part and append the rest.
    for (;;) {
        if (char *converted = toUnix(reinterpret_cast<const wchar_t *>(dos.utf16()))) {
            const QString path = QString::fromUtf8(converted) + missing;
            HeapFree(GetProcessHeap(), 0, converted);
            return path;
        }
        const qsizetype cut = dos.lastIndexOf(u'\\');
        if (cut <= 2)
            return localPath;
        missing.prepend(QDir::fromNativeSeparators(dos.mid(cut)));
        dos.truncate(cut);
    }
#else
    return localPath;
#endif
}

HostResult hostExecute(const QString &program, const QStringList &args,
                       const HostRunOptions &options)
{
    HostResult result;
    if (usingHostBroker()) {
        const QString cwd =
            options.workingDirectory.isEmpty() ? QDir::currentPath() : options.workingDirectory;
        const QJsonObject request{{u"op"_s, u"run"_s},
                                  {u"program"_s, hostArgument(program)},
                                  {u"args"_s, hostArguments(args)},
                                  {u"cwd"_s, hostPath(cwd)},
                                  {u"stdin"_s, QString::fromLatin1(options.input.toBase64())},
                                  {u"timeout_ms"_s, options.timeoutMs},
                                  {u"merge"_s, !options.separateErrors}};
        BrokerConnection broker;
        const std::optional<QJsonObject> answer =
            broker.call(request, options.timeoutMs, &result.problem);
        if (!answer)
            return result;
        result.started = true;
        result.finished = answer->value(u"finished"_s).toBool();
        result.crashed = answer->value(u"crashed"_s).toBool();
        result.exitCode = answer->value(u"exit"_s).toInt(-1);
        result.output = fromBase64(answer->value(u"output"_s));
        result.errors = fromBase64(answer->value(u"errors"_s));
    } else {
        QProcess p;
        p.setProcessChannelMode(options.separateErrors ? QProcess::SeparateChannels
                                                       : QProcess::MergedChannels);
        if (!options.workingDirectory.isEmpty())
            p.setWorkingDirectory(options.workingDirectory);
        p.start(program, args);
        if (!p.waitForStarted(10000)) {
            result.problem = p.errorString();
            return result;
        }
        result.started = true;
        if (!options.input.isEmpty())
            p.write(options.input);
        p.closeWriteChannel();
        result.finished = p.waitForFinished(options.timeoutMs);
        if (!result.finished) {
            p.kill();
            p.waitForFinished(5000);
        }
        result.crashed = p.exitStatus() == QProcess::CrashExit;
        result.exitCode = p.exitCode();
        result.output = p.readAllStandardOutput();
        result.errors = p.readAllStandardError();
    }
    if (!result.finished)
        result.problem = u"did not finish within %1 ms"_s.arg(options.timeoutMs);
    return result;
}

bool hostRun(const QString &program, const QStringList &args, QByteArray *output,
             const QByteArray &input, int timeoutMs)
{
    HostRunOptions options;
    options.input = input;
    options.timeoutMs = timeoutMs;
    const HostResult r = hostExecute(program, args, options);
    if (output)
        *output = r.output;
    if (!r.started)
        qWarning().noquote() << "cannot start" << program << r.problem;
    else if (!r.finished)
        qWarning().noquote() << program << r.problem;
    else if (!r.succeeded())
        qWarning().noquote() << program << args.join(u' ') << "failed:" << r.output;
    return r.succeeded();
}

QString hostFindExecutable(const QString &program)
{
    if (usingHostBroker()) {
        BrokerConnection broker;
        QString error;
        const std::optional<QJsonObject> answer =
            broker.call({{u"op"_s, u"which"_s}, {u"program"_s, program}}, 10000, &error);
        if (!answer)
            qWarning().noquote() << error;
        return answer ? answer->value(u"path"_s).toString() : QString();
    }
    QString path = QStandardPaths::findExecutable(program);
#ifdef Q_OS_UNIX
    // Servers such as sshd live in sbin, which is not on every user's PATH.
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(program,
                                              {u"/usr/local/sbin"_s, u"/usr/sbin"_s, u"/sbin"_s});
#endif
    return path;
}

bool hostIsRoot()
{
    if (usingHostBroker()) {
        QByteArray uid;
        return hostRun(u"id"_s, {u"-u"_s}, &uid) && uid.trimmed() == "0";
    }
#ifdef Q_OS_UNIX
    return ::geteuid() == 0;
#else
    return false;
#endif
}

bool setPermissions(const QString &path, QFileDevice::Permissions permissions)
{
    if (!QFile::setPermissions(path, permissions))
        return false;
    if (!usingHostBroker())
        return true;
    const int p = int(permissions.toInt());
    const int mode = ((p >> 12) & 7) << 6 | ((p >> 4) & 7) << 3 | (p & 7);
    return hostRun(u"chmod"_s, {QString::number(mode, 8), path});
}

HostProcess::HostProcess()
{
    if (usingHostBroker())
        m_broker = std::make_unique<BrokerConnection>();
    else
        m_process = std::make_unique<QProcess>();
}

HostProcess::~HostProcess()
{
    if (state() != QProcess::NotRunning) {
        killTree();
        waitForFinished(5000);
    }
}

bool HostProcess::start(const QString &program, const QStringList &args)
{
    m_id = 0;
    m_pid = 0;
    m_exitCode = -1;
    m_error.clear();
    if (m_process) {
        if (!m_stdoutFile.isEmpty())
            m_process->setStandardOutputFile(m_stdoutFile, QIODevice::Append);
        if (!m_stderrFile.isEmpty())
            m_process->setStandardErrorFile(m_stderrFile, QIODevice::Append);
        else
            m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process->start(program, args);
        if (!m_process->waitForStarted(10000)) {
            m_error = m_process->errorString();
            return false;
        }
        m_pid = m_process->processId();
        return true;
    }
    QJsonObject request{{u"op"_s, u"start"_s},
                        {u"program"_s, hostArgument(program)},
                        {u"args"_s, hostArguments(args)},
                        {u"cwd"_s, hostPath(QDir::currentPath())}};
    if (!m_stdoutFile.isEmpty())
        request.insert(u"stdout_file"_s, hostPath(m_stdoutFile));
    if (!m_stderrFile.isEmpty())
        request.insert(u"stderr_file"_s, hostPath(m_stderrFile));
    const std::optional<QJsonObject> answer = m_broker->call(request, 10000, &m_error);
    if (!answer)
        return false;
    m_id = answer->value(u"id"_s).toInteger();
    m_pid = answer->value(u"pid"_s).toInteger();
    return true;
}

QByteArray HostProcess::readLine(int timeoutMs)
{
    if (m_process) {
        const QDeadlineTimer deadline(timeoutMs);
        while (!m_process->canReadLine() &&
               m_process->waitForReadyRead(int(deadline.remainingTime()))) {
        }
        if (m_process->canReadLine())
            return m_process->readLine();
        // The last line of a program that ended may lack its '\n'.
        return m_process->state() == QProcess::NotRunning ? m_process->readAll() : QByteArray();
    }
    if (!m_id)
        return {};
    const std::optional<QJsonObject> answer =
        m_broker->call({{u"op"_s, u"read_line"_s}, {u"id"_s, m_id}, {u"timeout_ms"_s, timeoutMs}},
                       timeoutMs, &m_error);
    return answer ? fromBase64(answer->value(u"line"_s)) : QByteArray();
}

void HostProcess::closeWriteChannel()
{
    if (m_process)
        m_process->closeWriteChannel();
    else if (m_id)
        m_broker->call({{u"op"_s, u"close_stdin"_s}, {u"id"_s, m_id}}, 10000, &m_error);
}

bool HostProcess::waitForFinished(int timeoutMs)
{
    if (m_process) {
        if (m_process->state() != QProcess::NotRunning && !m_process->waitForFinished(timeoutMs))
            return false;
        m_exitCode = m_process->exitCode();
        return true;
    }
    if (!m_id)
        return true;
    const std::optional<QJsonObject> answer = m_broker->call(
        {{u"op"_s, u"wait"_s}, {u"id"_s, m_id}, {u"timeout_ms"_s, timeoutMs}}, timeoutMs, &m_error);
    if (!answer || !answer->value(u"finished"_s).toBool())
        return false;
    m_exitCode = answer->value(u"exit"_s).toInt(-1);
    return true;
}

QProcess::ProcessState HostProcess::state() const
{
    if (m_process)
        return m_process->state();
    if (!m_id)
        return QProcess::NotRunning;
    QString error;
    const std::optional<QJsonObject> answer =
        m_broker->call({{u"op"_s, u"state"_s}, {u"id"_s, m_id}}, 10000, &error);
    return answer && answer->value(u"running"_s).toBool() ? QProcess::Running
                                                          : QProcess::NotRunning;
}

void HostProcess::killTree()
{
    if (m_process) {
        if (m_process->state() == QProcess::NotRunning)
            return;
#ifdef Q_OS_UNIX
        killTreeOf(m_pid);
#else
        m_process->kill();
#endif
        return;
    }
    if (m_id)
        m_broker->call({{u"op"_s, u"kill_tree"_s}, {u"id"_s, m_id}}, 10000, &m_error);
}

} // namespace wb::test
