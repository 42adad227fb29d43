// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFileDevice>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

namespace wb::test {

// The tests check the app against real Linux tools (sshd, ssh-keygen, puttygen, openssl,
// python3, gzip, sqlite3...). A Windows build of the tests under Wine can start a Linux
// program but never sees its output or exit code, so when WRITEBACK_TEST_HOST
// ("127.0.0.1:PORT") names a tests/support/host_broker.py, programs run through it on the
// Linux side; otherwise they run directly with QProcess. See docs/testing-under-wine.md.
bool usingHostBroker();

// The Linux host's name for a local path: the path itself, except in a Windows process under
// Wine, where "C:/users/..." becomes ".../dosdevices/c:/users/...". Paths written into files
// a host program reads (an sshd_config, a crontab line) or sent to the SFTP server go through
// this; program arguments that are absolute Windows paths are converted automatically.
QString hostPath(const QString &localPath);

// How a program ran to completion.
struct HostResult
{
    bool started = false;  // false: not installed, or the broker could not be reached
    bool finished = false; // false: killed (with its descendants) when the time was up
    bool crashed = false;
    int exitCode = -1; // the signal's number when crashed
    QByteArray output; // standard output, with standard error merged unless separated
    QByteArray errors; // standard error, when HostRunOptions::separateErrors
    QString problem;   // why it did not start or finish
    bool succeeded() const { return started && finished && !crashed && exitCode == 0; }
};

struct HostRunOptions
{
    QByteArray input = {}; // standard input, closed after it
    int timeoutMs = 60000;
    bool separateErrors = false;
    QString workingDirectory = {}; // local path; default: the current directory
};

HostResult hostExecute(const QString &program, const QStringList &args,
                       const HostRunOptions &options = {});
// hostExecute that warns, with the program's output, when it does not succeed.
bool hostRun(const QString &program, const QStringList &args, QByteArray *output = nullptr,
             const QByteArray &input = {}, int timeoutMs = 60000);
// The program's path on the host (PATH, then /usr/local/sbin, /usr/sbin, /sbin), or empty.
QString hostFindExecutable(const QString &program);
// Whether host programs run as root (sshd then needs /run/sshd; permissions do not bind).
bool hostIsRoot();
// QFile::setPermissions, also applied on the host: under Wine, QFile only sets the read-only
// attribute, while ssh-keygen and sshd check the Linux mode bits.
bool setPermissions(const QString &path, QFileDevice::Permissions permissions);

class BrokerConnection; // HostProcess.cpp

// A long-running host program (a server), with what the fixtures need of QProcess.
class HostProcess
{
public:
    HostProcess();
    ~HostProcess(); // kills it and its descendants if it still runs, as ~QProcess would
    HostProcess(const HostProcess &) = delete;
    HostProcess &operator=(const HostProcess &) = delete;

    // Before start(): append standard output or standard error to a local file. Without a
    // file, standard output is read with readLine() and standard error goes to this test's
    // own (natively) or the broker's.
    void setStandardOutputFile(const QString &path) { m_stdoutFile = path; }
    void setStandardErrorFile(const QString &path) { m_stderrFile = path; }

    bool start(const QString &program, const QStringList &args);
    // One line of standard output with its '\n'; empty if none came within timeoutMs.
    QByteArray readLine(int timeoutMs);
    void closeWriteChannel();
    // True once it has ended, also when it already had.
    bool waitForFinished(int timeoutMs);
    QProcess::ProcessState state() const;
    // SIGKILL to the process and all its descendants, as a crash or a power cut would.
    void killTree();
    qint64 processId() const { return m_pid; }
    int exitCode() const { return m_exitCode; }
    QString errorString() const { return m_error; }

private:
    std::unique_ptr<QProcess> m_process;        // natively
    std::unique_ptr<BrokerConnection> m_broker; // through host_broker.py
    qint64 m_id = 0;                            // the broker's name for it
    qint64 m_pid = 0;
    int m_exitCode = -1;
    QString m_stdoutFile;
    QString m_stderrFile;
    QString m_error;
};

} // namespace wb::test
