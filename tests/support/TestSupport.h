// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HostProcess.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTranslator>

namespace wb::test {

// Runs a program to completion, on the Linux host when there is a broker (HostProcess.h);
// fails the calling test (returns false) with its output when it is missing or exits non-zero.
bool run(const QString &program, const QStringList &args, QByteArray *output = nullptr,
         const QByteArray &input = {}, int timeoutMs = 60000);
// Deterministic pseudo-random bytes, so a failed comparison can be reproduced.
QByteArray randomBytes(qsizetype size, quint32 seed);
QByteArray readAll(const QString &path);
// A 127.0.0.1 port nothing listens on at the moment of asking.
int freePort();
bool writeAll(const QString &path, const QByteArray &data);
// A file named by a server, in a local folder, written and removed through the host: names a
// Windows program cannot make itself ("CON.csv", "a:b.csv", "x\\y.csv") are still legal on the
// Linux side of a Wine run, where the SFTP server lists them.
bool writeServerFile(const QString &localFolder, const QString &name, const QByteArray &data);
bool removeServerFile(const QString &localFolder, const QString &name);
// Records in the workspace that the live process `pid` holds the job's lock ("export:NAME" or
// "fetch:NAME"), as a run of another writeback-cli would: by the job's key, with the
// process's start, so that only that process's end frees it.
bool holdJobLock(const QString &workspacePath, const QString &job, qint64 pid);

// In `dir`: a test CA (ca.pem, ca.key) and a server certificate for 127.0.0.1 it signed
// (server.pem, server.key), valid for two days; *fingerprint gets "SHA256:AB:CD:...".
bool makeTestCertificates(const QString &dir, QString *fingerprint = nullptr);

// Installed, it turns every message asked for under `context` into «source text», so a test
// sees which texts are looked up for translation, and under which context, without a .ts file.
class MarkingTranslator : public QTranslator
{
public:
    explicit MarkingTranslator(const char *context) : m_context(context) {}
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override;

private:
    QByteArray m_context;
};

} // namespace wb::test
