// SPDX-License-Identifier: GPL-3.0-or-later
// writeback-cli as a user or a script runs it, against a real sshd on 127.0.0.1.
#include "SshdFixture.h"
#include "TestSupport.h"
#include "core/Secrets.h"
#include "core/Workspace.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wb::test;
using Key = SshdFixture::Key;

namespace {

struct Result
{
    int code = -1;
    QString out;
    QString err;
};

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

    SshdFixture m_sshd;
    QTemporaryDir m_dir;

    QString workspace() const { return m_dir.filePath(u"ws/workspace.sqlite"_s); }
    // The scope of the workspace's keychain entries.
    QString workspaceId() const
    {
        wb::Workspace w;
        QString error;
        return w.open(workspace(), &error) ? w.id() : QString();
    }

    Result cli(const QStringList &args, const QProcessEnvironment &extra = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"WRITEBACK_KEY_PASSPHRASE"_s);
        env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s); // no keychain service, as on a headless server
        for (const QString &k : extra.keys())
            env.insert(k, extra.value(k));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(WRITEBACK_CLI), QStringList{u"--workspace"_s, workspace()} + args);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000))
            p.kill();
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    QStringList addArgs(const QString &name, Key key)
    {
        return {u"connection"_s, u"add"_s, name, u"--host"_s, u"127.0.0.1"_s,
                u"--port"_s, QString::number(m_sshd.port()), u"--user"_s, m_sshd.user(),
                u"--key"_s, m_sshd.keyPath(key), u"--read-path"_s, m_sshd.serverPath(m_sshd.root() + u"/incoming"_s),
                u"--write-path"_s, m_sshd.serverPath(m_sshd.root() + u"/outgoing"_s)};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_sshd.start());
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no command") << QStringList{};
        QTest::newRow("unknown command") << QStringList{u"frobnicate"_s};
        QTest::newRow("unknown global option") << QStringList{u"--colour"_s, u"ls"_s};
        QTest::newRow("connection without subcommand") << QStringList{u"connection"_s};
        QTest::newRow("add without --host") << QStringList{u"connection"_s, u"add"_s, u"x"_s, u"--user"_s, u"u"_s, u"--key"_s, u"k"_s};
        QTest::newRow("add with a bad port") << QStringList{u"connection"_s, u"add"_s, u"x"_s, u"--host"_s, u"h"_s, u"--port"_s, u"ssh"_s, u"--user"_s, u"u"_s, u"--key"_s, u"k"_s};
        QTest::newRow("get with two arguments") << QStringList{u"get"_s, u"a"_s, u"b"_s};
        QTest::newRow("unknown option") << QStringList{u"ls"_s, u"a"_s, u"--frob"_s};
        QTest::newRow("import without a file") << QStringList{u"import"_s};
    }
    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, args);
        const Result r = cli(args);
        QCOMPARE(r.code, 2);
        QVERIFY(!r.err.isEmpty());
        QVERIFY(r.out.isEmpty());
    }

    void helpOnEveryCommand_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("global") << QStringList{u"--help"_s} << u"connection add|list|remove|trust|test"_s;
        for (const char *sub : {"add", "list", "remove", "trust", "test"})
            QTest::newRow(sub) << QStringList{u"connection"_s, QString::fromLatin1(sub), u"--help"_s}
                               << u"writeback-cli connection %1"_s.arg(QString::fromLatin1(sub));
        for (const char *cmd : {"ls", "get", "put"})
            QTest::newRow(cmd) << QStringList{QString::fromLatin1(cmd), u"--help"_s}
                               << u"writeback-cli %1 NAME"_s.arg(QString::fromLatin1(cmd));
    }
    void helpOnEveryCommand()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        const Result r = cli(args);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(mentions), qPrintable(r.out));
    }

    void connectionLifecycle()
    {
        Result r = cli(addArgs(u"fm"_s, Key::Ed25519));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"Added connection fm"_s));

        r = cli(addArgs(u"fm"_s, Key::Ed25519));
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(u"already exists"_s));

        r = cli({u"connection"_s, u"list"_s, u"--json"_s});
        QCOMPARE(r.code, 0);
        const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0][u"name"_s].toString(), u"fm"_s);
        QCOMPARE(list[0][u"port"_s].toInt(), m_sshd.port());

        // Not trusted yet: the doctor stops at the host key and says how to trust it.
        r = cli({u"connection"_s, u"test"_s, u"fm"_s, u"--json"_s});
        QCOMPARE(r.code, 1);
        QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(report[u"ok"_s].toBool(), false);
        QCOMPARE(report[u"steps"_s].toArray()[3][u"error"_s].toString(), u"host-key-unknown"_s);

        // Non-interactive trust needs a confirmation; a wrong fingerprint is refused.
        r = cli({u"connection"_s, u"trust"_s, u"fm"_s});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.contains(m_sshd.hostKeyFingerprint()));
        r = cli({u"connection"_s, u"trust"_s, u"fm"_s, u"--fingerprint"_s, u"SHA256:AAAA"_s});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(u"does not match"_s));
        r = cli({u"connection"_s, u"trust"_s, u"fm"_s, u"--fingerprint"_s, m_sshd.hostKeyFingerprint()});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(m_dir.filePath(u"ws/known_hosts"_s)));

        r = cli({u"connection"_s, u"test"_s, u"fm"_s});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QCOMPARE(r.out.count(u"[ OK ]"_s), 9);

        QVERIFY(writeAll(m_sshd.root() + u"/incoming/activity_BRAND_20261122.csv"_s, "a;b\n1;2\n"));
        r = cli({u"ls"_s, u"fm"_s, u"--json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray entries = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0][u"name"_s].toString(), u"activity_BRAND_20261122.csv"_s);
        QCOMPARE(entries[0][u"size"_s].toInt(), 8);

        const QString local = m_dir.filePath(u"activity.csv"_s);
        r = cli({u"get"_s, u"fm"_s, m_sshd.serverPath(m_sshd.root() + u"/incoming/activity_BRAND_20261122.csv"_s), local});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(readAll(local), QByteArray("a;b\n1;2\n"));
        r = cli({u"put"_s, u"fm"_s, local, m_sshd.serverPath(m_sshd.root() + u"/outgoing/back.csv"_s)});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(readAll(m_sshd.root() + u"/outgoing/back.csv"_s), QByteArray("a;b\n1;2\n"));

        r = cli({u"get"_s, u"fm"_s, m_sshd.serverPath(m_sshd.root() + u"/incoming/missing.csv"_s), local});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(u"does not exist"_s));

        // Into a folder, the remote name becomes the local one, so it must be a plain file name
        // on every OS.
        const QString folder = m_dir.filePath(u"downloads"_s);
        QVERIFY(QDir().mkpath(folder));
        r = cli({u"get"_s, u"fm"_s, m_sshd.serverPath(m_sshd.root() + u"/incoming/activity_BRAND_20261122.csv"_s), folder});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(readAll(folder + u"/activity_BRAND_20261122.csv"_s), QByteArray("a;b\n1;2\n"));
        QVERIFY(writeServerFile(m_sshd.root() + u"/incoming"_s, u"CON.csv"_s, "a;b\n1;2\n"));
        r = cli({u"get"_s, u"fm"_s, m_sshd.serverPath(m_sshd.root() + u"/incoming"_s) + u"/CON.csv"_s, folder});
        removeServerFile(m_sshd.root() + u"/incoming"_s, u"CON.csv"_s);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"the name \"CON.csv\" is a reserved device name on Windows"_s), qPrintable(r.err));
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList{u"activity_BRAND_20261122.csv"_s});

        r = cli({u"connection"_s, u"remove"_s, u"fm"_s});
        QCOMPARE(r.code, 0);
        r = cli({u"connection"_s, u"remove"_s, u"fm"_s});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(u"no connection named"_s));
    }

    // `fetch` is a run like a scheduled one: in the history, reported, and refused while
    // another live process holds the connection's job.
    void fetchIsARecordedRun()
    {
        for (const QString &left : QDir(m_sshd.root() + u"/incoming"_s).entryList(QDir::Files))
            QFile::remove(m_sshd.root() + u"/incoming/"_s + left);
        Result r = cli(addArgs(u"door"_s, Key::Ed25519));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({u"connection"_s, u"trust"_s, u"door"_s, u"--fingerprint"_s, m_sshd.hostKeyFingerprint()});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(QFile::copy(qEnvironmentVariable("WRITEBACK_TEST_DATA") + u"/writebacks/content_card_opens.csv"_s,
                            m_sshd.root() + u"/incoming/content_card_opens.csv"_s));
        r = cli({u"fetch"_s, u"door"_s});
        QFile::remove(m_sshd.root() + u"/incoming/content_card_opens.csv"_s);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({u"runs"_s, u"--json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject run = QJsonDocument::fromJson(r.out.toUtf8()).object()[u"runs"_s].toArray()[0].toObject();
        QCOMPARE(run[u"job"_s].toString(), u"fetch:door"_s);
        QCOMPARE(run[u"state"_s].toString(), u"completed"_s);
        QCOMPARE(run[u"files"_s].toArray().size(), 1);
        const QString report = m_dir.filePath(u"ws/reports/"_s) + QDate::currentDate().toString(Qt::ISODate)
                               + u"/fetch-door-%1.txt"_s.arg(run[u"id"_s].toInteger());
        QVERIFY2(QFile::exists(report), qPrintable(report));

#ifndef Q_OS_WIN // the holder is a Linux `sleep`, not a process Wine's Windows can see
        QProcess holder;
        holder.start(u"sleep"_s, {u"60"_s});
        QVERIFY(holder.waitForStarted());
        QVERIFY(holdJobLock(workspace(), u"fetch:door"_s, holder.processId()));
        r = cli({u"fetch"_s, u"door"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"running already"_s), qPrintable(r.err));
        r = cli({u"runs"_s, u"--job"_s, u"fetch:door"_s, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object()[u"runs"_s].toArray().size(), 1);
        holder.kill();
        holder.waitForFinished();
        r = cli({u"fetch"_s, u"door"_s}); // the holder is gone: its lock is taken over
        QVERIFY2(r.code == 0, qPrintable(r.err));
#endif
    }

    void passphraseWithoutKeychain()
    {
        QProcessEnvironment env;
        env.insert(u"WRITEBACK_KEY_PASSPHRASE"_s, SshdFixture::passphrase());
        Result r = cli(addArgs(u"locked"_s, Key::Ed25519Passphrase), env);
        QVERIFY2(r.code == 0, qPrintable(r.err));
#ifdef Q_OS_WIN
        // Windows always has its Credential Manager: the passphrase is kept there.
        QVERIFY2(!r.err.contains(u"passphrase was not saved"_s), qPrintable(r.err));
        QVERIFY(wb::Secrets::removePassphrase(workspaceId(), u"locked"_s).ok);
#else
        // No keychain service runs here: the user is told, with the reason, and how to go on.
        QVERIFY2(r.err.contains(u"passphrase was not saved"_s), qPrintable(r.err));
        QVERIFY(r.err.contains(u"WRITEBACK_KEY_PASSPHRASE"_s));
#endif
        QVERIFY(!readAll(workspace()).contains(SshdFixture::passphrase().toUtf8()));

        r = cli({u"connection"_s, u"trust"_s, u"locked"_s, u"--yes"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({u"ls"_s, u"locked"_s}, env);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({u"ls"_s, u"locked"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"protected by a passphrase"_s), qPrintable(r.err));
    }

    void importDatasetsAndFilesAsJson()
    {
        const QString data = qEnvironmentVariable("WRITEBACK_TEST_DATA") + u"/writebacks/"_s;
        const QString broken = m_dir.filePath(u"content_card_opens_broken.csv"_s);
        QVERIFY(writeAll(broken, "contact_id,first_name,last_name,mobile_phone_number,liked,last_viewed,counts\n1,A,B,,f,never,1\n"));
        Result r = cli({u"import"_s, data + u"Delivery_stats.csv"_s, broken, u"--json"_s});
        QCOMPARE(r.code, 1); // one file failed; the other is still taken in
        const QJsonArray files = QJsonDocument::fromJson(r.out.toUtf8()).object()[u"files"_s].toArray();
        QCOMPARE(files.size(), 2);
        QCOMPARE(files[0][u"state"_s].toString(), u"imported"_s);
        QCOMPARE(files[0][u"rows"_s][u"inserted"_s].toInt(), 3);
        QCOMPARE(files[1][u"state"_s].toString(), u"failed"_s);
        QCOMPARE(files[1][u"error"_s][u"line"_s].toInt(), 2);
        QCOMPARE(files[1][u"error"_s][u"column"_s].toInt(), 6);
        QVERIFY2(r.err.contains(u"content_card_opens_broken.csv:2:6:"_s), qPrintable(r.err));

        r = cli({u"import"_s, data + u"Delivery_stats.csv"_s});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(u"already taken in"_s));

        r = cli({u"datasets"_s, u"--json"_s});
        QCOMPARE(r.code, 0);
        const QJsonArray datasets = QJsonDocument::fromJson(r.out.toUtf8()).object()[u"datasets"_s].toArray();
        const auto stats = std::find_if(datasets.begin(), datasets.end(), [](const QJsonValue &d) {
            return d[u"name"_s].toString() == u"fullmeasure.delivery_stats"_s;
        });
        QVERIFY(stats != datasets.end());
        QCOMPARE((*stats)[u"rows"_s].toInt(), 3);
        QCOMPARE((*stats)[u"fields"_s].toArray().at(8)[u"type"_s].toString(), u"datetime"_s);

        r = cli({u"files"_s, u"--json"_s});
        QCOMPARE(r.code, 0);
        const QJsonArray ledger = QJsonDocument::fromJson(r.out.toUtf8()).object()[u"files"_s].toArray();
        QVERIFY(std::any_of(ledger.begin(), ledger.end(), [](const QJsonValue &f) {
            return f[u"state"_s].toString() == u"failed"_s && f[u"error"_s][u"message"_s].toString().contains(u"last_viewed"_s);
        }));
        QCOMPARE(cli({u"import"_s, data + u"Delivery_stats.csv"_s, u"--delimiter"_s, u"x"_s}).code, 2);
    }

    void importWithADateOrder()
    {
        const QString file = qEnvironmentVariable("WRITEBACK_TEST_DATA") + u"/writebacks/dayfirst/export.csv"_s;
        Result r = cli({u"import"_s, file, u"--as"_s, u"actito.email_openings"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"export.csv:2:6: column 6 (eventTime): \"05/12/2026 08:15:00\" could be day first or month first"_s),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(u"--dates day-first"_s), qPrintable(r.err));
        r = cli({u"import"_s, file, u"--as"_s, u"actito.email_openings"_s, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object()[u"files"_s][0][u"error"_s][u"date_order_needed"_s].toBool(), true);
        QCOMPARE(cli({u"import"_s, file, u"--dates"_s, u"sideways"_s}).code, 2);
        r = cli({u"import"_s, file, u"--as"_s, u"actito.email_openings"_s, u"--dates"_s, u"day-first"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"export.csv: 3 rows into actito.email_openings"_s), qPrintable(r.out));
    }

    void intakeRules()
    {
        Result r = cli({u"connection"_s, u"rule"_s, u"add"_s, u"nosuch"_s, u"--pattern"_s, u"*.csv"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"no connection named \"nosuch\""_s), qPrintable(r.err));
        r = cli(addArgs(u"actito"_s, Key::Ed25519));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(cli({u"connection"_s, u"trust"_s, u"actito"_s, u"--fingerprint"_s, m_sshd.hostKeyFingerprint()}).code == 0);
        const QStringList add{u"connection"_s, u"rule"_s, u"add"_s, u"actito"_s};
        struct Bad
        {
            QStringList args;
            int code;
            QString says;
        };
        const QList<Bad> bad{
            {{u"--pattern"_s, u"export[.csv"_s}, 2, u"not a valid glob"_s},
            {{u"--pattern"_s, u"../*.csv"_s}, 2, u"without '..'"_s},
            {{u"--pattern"_s, u"*/x.csv"_s}, 2, u"set the subfolder depth"_s},
            {{u"--pattern"_s, u"*.csv"_s, u"--as"_s, u"actito.openings"_s}, 2,
             u"There is no dataset \"actito.openings\". Known ones of this platform: actito.email_sent"_s},
            {{u"--pattern"_s, u"*.csv"_s, u"--as"_s, u"Not A Name"_s}, 2, u"not a valid dataset name"_s},
            {{u"--pattern"_s, u"*.csv"_s, u"--dates"_s, u"sideways"_s}, 2, u"--dates must be"_s},
            {{u"--pattern"_s, u"*.csv"_s, u"--after"_s, u"shred"_s}, 2, u"--after must be"_s},
            {{u"--pattern"_s, u"*.csv"_s, u"--after"_s, u"archive="_s}, 2, u"archive= needs the folder"_s},
            {{u"--pattern"_s, u"*.csv"_s, u"--subfolders"_s, u"deep"_s}, 2, u"--subfolders must be a number"_s},
            {{u"--as"_s, u"x"_s}, 2, u"--pattern is required"_s},
        };
        for (const Bad &b : bad) {
            r = cli(add + b.args);
            QVERIFY2(r.code == b.code && r.err.contains(b.says), qPrintable(b.args.join(u' ') + u" -> "_s + r.err));
        }
        r = cli({u"connection"_s, u"rule"_s, u"list"_s, u"actito"_s});
        QVERIFY2(r.code == 0 && r.out.contains(u"no intake rules"_s), qPrintable(r.out + r.err));

        r = cli(add + QStringList{u"--pattern"_s, u"export*.csv"_s, u"--as"_s, u"actito.email_openings"_s,
                                  u"--dates"_s, u"day-first"_s, u"--after"_s, u"archive=done"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"Added rule 1 to actito"_s), qPrintable(r.out));
        r = cli(add + QStringList{u"--pattern"_s, u"*/opens_*.csv"_s, u"--subfolders"_s, u"1"_s, u"--as"_s,
                                  u"actito.email_openings"_s, u"--dates"_s, u"day-first"_s, u"--after"_s, u"delete"_s});
        QVERIFY2(r.code == 0 && r.out.contains(u"Added rule 2 to actito"_s), qPrintable(r.out + r.err));
        r = cli({u"connection"_s, u"rule"_s, u"list"_s, u"actito"_s, u"--json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray rules = QJsonDocument::fromJson(r.out.toUtf8()).object()[u"rules"_s].toArray();
        QCOMPARE(rules.size(), 2);
        QCOMPARE(rules[0][u"index"_s].toInt(), 1);
        QCOMPARE(rules[0][u"pattern"_s].toString(), u"export*.csv"_s);
        QCOMPARE(rules[0][u"dataset"_s].toString(), u"actito.email_openings"_s);
        QCOMPARE(rules[0][u"dates"_s].toString(), u"day-first"_s);
        QCOMPARE(rules[0][u"after"_s].toString(), u"archive"_s);
        QCOMPARE(rules[0][u"archive_dir"_s].toString(), u"done"_s);
        QCOMPARE(rules[1][u"subfolders"_s].toInt(), 1);
        QCOMPARE(rules[1][u"after"_s].toString(), u"delete"_s);

        // A fetch applies them.
        const QString incoming = m_sshd.root() + u"/incoming"_s;
        for (const QString &left : QDir(incoming).entryList(QDir::Files))
            QFile::remove(incoming + u'/' + left);
        const QString data = qEnvironmentVariable("WRITEBACK_TEST_DATA") + u"/writebacks/dayfirst/"_s;
        QByteArray neutral = readAll(data + u"export.csv"_s);
        neutral.replace("7100", "7400"); // not the rows importWithADateOrder took in
        QVERIFY(writeAll(incoming + u"/export.csv"_s, neutral));
        QVERIFY(QDir().mkpath(incoming + u"/week50"_s));
        QVERIFY(QFile::copy(data + u"email_openings_20261213.csv"_s, incoming + u"/week50/opens_1213.csv"_s));
        r = cli({u"fetch"_s, u"actito"_s, u"--json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        const QJsonObject fetched = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(fetched[u"listed"_s].toInt(), 2);
        QVERIFY(QFile::exists(incoming + u"/done/export.csv"_s));
        QVERIFY(!QFile::exists(incoming + u"/export.csv"_s));
        QVERIFY(!QFile::exists(incoming + u"/week50/opens_1213.csv"_s));
        QDir(incoming + u"/done"_s).removeRecursively();
        QDir(incoming + u"/week50"_s).removeRecursively();

        r = cli({u"connection"_s, u"rule"_s, u"remove"_s, u"actito"_s, u"3"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"There is no rule 3: the connection's rules are numbered 1 to 2."_s), qPrintable(r.err));
        QCOMPARE(cli({u"connection"_s, u"rule"_s, u"remove"_s, u"actito"_s, u"first"_s}).code, 2);
        QCOMPARE(cli({u"connection"_s, u"rule"_s, u"remove"_s, u"nosuch"_s, u"1"_s}).code, 1);
        r = cli({u"connection"_s, u"rule"_s, u"remove"_s, u"actito"_s, u"1"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({u"connection"_s, u"rule"_s, u"list"_s, u"actito"_s});
        QVERIFY2(r.out.startsWith(u"1  */opens_*.csv"_s), qPrintable(r.out));
        QCOMPARE(cli({u"connection"_s, u"rule"_s, u"--help"_s}).code, 0);
        QCOMPARE(cli({u"connection"_s, u"remove"_s, u"actito"_s}).code, 0);
    }

    // A rule's separator, encoding, header setting and header map: checked when added, kept
    // in the workspace, applied by fetch; what it could not do on the server is the run's warning.
    void rulesReadFilesAsTheirPlatformWroteThem()
    {
        const QString data = qEnvironmentVariable("WRITEBACK_TEST_DATA") + u"/writebacks/"_s;
        Result r = cli(addArgs(u"renamed"_s, Key::Ed25519));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(cli({u"connection"_s, u"trust"_s, u"renamed"_s, u"--fingerprint"_s, m_sshd.hostKeyFingerprint()}).code == 0);
        const QStringList add{u"connection"_s, u"rule"_s, u"add"_s, u"renamed"_s, u"--pattern"_s, u"weekly_export_*.csv"_s};
        const QStringList openings{u"--as"_s, u"actito.email_openings"_s};

        // Every problem of a bad map at once, with file, line and column; nothing is saved.
        const QString bad = m_dir.filePath(u"bad-map.csv"_s);
        QVERIFY(writeAll(bad, "Interaction,interaction_id\nE-mail;email_address\nOpened at,event_time\nWhen,event_time\n"));
        r = cli(add + openings + QStringList{u"--header-map"_s, bad});
        QCOMPARE(r.code, 2);
        QCOMPARE(r.err, u"bad-map.csv:2:2: expected their header and the field separated by a comma, found a semicolon or tab\n"
                        "bad-map.csv:4:2: the field \"event_time\" is mapped to already on line 3: a field takes one column\n"_s);
        QVERIFY(writeAll(bad, "Interaction,interaction_id\nE-mail,email\n"));
        r = cli(add + openings + QStringList{u"--header-map"_s, bad});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.startsWith(u"bad-map.csv:2:2: actito.email_openings has no field \"email\" (its fields: "_s), qPrintable(r.err));
        const QString shipped = data + u"renamed/actito-openings-headers.csv"_s;
        const QList<std::pair<QStringList, QString>> usage{
            {{u"--header-map"_s, shipped}, u"say which with --as"_s},
            {openings + QStringList{u"--header-map"_s, m_dir.filePath(u"none.csv"_s)}, u"none.csv: cannot read the header map"_s},
            {{u"--separator"_s, u"colon"_s}, u"--separator must be comma, semicolon, tab or pipe"_s},
            {{u"--encoding"_s, u"ebcdic"_s}, u"--encoding must be"_s},
            {{u"--header"_s, u"maybe"_s}, u"--header must be yes or no"_s},
        };
        for (const auto &[args, says] : usage) {
            r = cli(add + args);
            QVERIFY2(r.code == 2 && r.err.contains(says), qPrintable(args.join(u' ') + u" -> "_s + r.err));
        }
        r = cli({u"connection"_s, u"rule"_s, u"list"_s, u"renamed"_s});
        QVERIFY2(r.out.contains(u"no intake rules"_s), qPrintable(r.out));

        // The map is read once and kept with the rule: its file may go.
        const QString map = m_dir.filePath(u"headers.csv"_s);
        QVERIFY(QFile::copy(shipped, map));
        r = cli(add + openings + QStringList{u"--header-map"_s, map, u"--separator"_s, u"comma"_s, u"--encoding"_s, u"UTF-8"_s,
                                             u"--header"_s, u"yes"_s, u"--after"_s, u"archive=.blocked/more"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(QFile::remove(map));
        r = cli({u"connection"_s, u"rule"_s, u"list"_s, u"renamed"_s});
        QVERIFY2(r.out.startsWith(u"1  weekly_export_*.csv  --as actito.email_openings  --separator comma  --encoding utf-8  "
                                  "--header yes  --header-map headers.csv  --after archive=.blocked/more\n"
                                  "     \"Interaction\" -> interaction_id\n"_s),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(u"     \"Opened at\" -> event_time\n"_s), qPrintable(r.out));
        r = cli({u"connection"_s, u"rule"_s, u"list"_s, u"renamed"_s, u"--json"_s});
        const QJsonObject rule = QJsonDocument::fromJson(r.out.toUtf8()).object()[u"rules"_s][0].toObject();
        QCOMPARE(rule[u"separator"_s].toString(), u"comma"_s);
        QCOMPARE(rule[u"encoding"_s].toString(), u"utf-8"_s);
        QCOMPARE(rule[u"header"_s].toBool(), true);
        QCOMPARE(rule[u"header_map"_s][u"file"_s].toString(), u"headers.csv"_s);
        const QJsonArray mappings = rule[u"header_map"_s][u"mappings"_s].toArray();
        QCOMPARE(mappings.size(), 7);
        QCOMPARE(mappings[4].toObject(), (QJsonObject{{u"header"_s, u"Opened at"_s}, {u"field"_s, u"event_time"_s}}));

        // The fetch takes the renamed file in; the archive folder cannot be made (a file is in
        // its way), which is the run's warning, not its failure.
        const QString incoming = m_sshd.root() + u"/incoming"_s;
        for (const QString &left : QDir(incoming).entryList(QDir::Files | QDir::Hidden))
            QFile::remove(incoming + u'/' + left);
        QVERIFY(QFile::copy(data + u"renamed/weekly_export_20261215.csv"_s, incoming + u"/weekly_export_20261215.csv"_s));
        QVERIFY(writeAll(incoming + u"/.blocked"_s, "in the way\n"));
        r = cli({u"fetch"_s, u"renamed"_s, u"--json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        const QJsonObject fetched = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(fetched[u"files"_s][0][u"state"_s].toString(), u"imported"_s);
        QCOMPARE(fetched[u"files"_s][0][u"datasets"_s][0].toString(), u"actito.email_openings"_s);
        QCOMPARE(fetched[u"after_problems"_s].toArray().size(), 1);
        QVERIFY2(r.err.contains(u"weekly_export_20261215.csv: taken in, but the archive folder"_s), qPrintable(r.err));
        QVERIFY(QFile::exists(incoming + u"/weekly_export_20261215.csv"_s));

        r = cli({u"runs"_s, u"--job"_s, u"fetch:renamed"_s, u"--json"_s});
        const QJsonObject run = QJsonDocument::fromJson(r.out.toUtf8()).object()[u"runs"_s][0].toObject();
        QCOMPARE(run[u"state"_s].toString(), u"completed"_s);
        QCOMPARE(run[u"warnings"_s].toArray().size(), 1);
        const QString warning = run[u"warnings"_s][0].toString();
        QVERIFY2(warning.startsWith(u"weekly_export_20261215.csv: taken in, but the archive folder"_s), qPrintable(warning));
        const QString handle = run[u"handle"_s].toString();
        r = cli({u"runs"_s, u"show"_s, handle});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"completed, with 1 warning"_s) && r.out.contains(u"Warnings:\n    "_s + warning),
                 qPrintable(r.out));
        r = cli({u"runs"_s, u"show"_s, handle, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object()[u"warnings"_s].toArray(), QJsonArray{warning});
        const QString report = m_dir.filePath(u"ws/reports/"_s) + QDate::currentDate().toString(Qt::ISODate)
                               + u"/fetch-renamed-%1.txt"_s.arg(run[u"id"_s].toInteger());
        QVERIFY2(QString::fromUtf8(readAll(report)).contains(warning), qPrintable(report));
        r = cli({u"runs"_s, u"show"_s, u"F99999"_s});
        QVERIFY2(r.code == 1 && r.err.contains(u"There is no run F99999"_s), qPrintable(r.err));
        QCOMPARE(cli({u"runs"_s, u"show"_s, u"yesterday"_s}).code, 2);

        for (const QString &left : QDir(incoming).entryList(QDir::Files | QDir::Hidden))
            QFile::remove(incoming + u'/' + left);
        QCOMPARE(cli({u"connection"_s, u"remove"_s, u"renamed"_s}).code, 0);
    }

    // import takes a rule's settings, to try them on a local file first.
    void importWithARulesSettings()
    {
        const QString data = qEnvironmentVariable("WRITEBACK_TEST_DATA") + u"/writebacks/deployteq-extra/"_s;
        Result r = cli({u"import"_s, data + u"activity_STATEU_20261201.csv"_s, u"--as"_s, u"deployteq.activities"_s,
                        u"--separator"_s, u"pipe"_s, u"--encoding"_s, u"windows-1252"_s, u"--header-map"_s,
                        data + u"additional-fields.csv"_s, u"--json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object()[u"files"_s][0][u"rows"_s][u"inserted"_s].toInt(), 5);
        QCOMPARE(cli({u"import"_s, data + u"activity_STATEU_20261201.csv"_s, u"--header-map"_s,
                      data + u"additional-fields.csv"_s}).code, 2);

        // Each row holds one ';' and one '|': detection takes the ';', --separator says otherwise.
        const QString rooms = m_dir.filePath(u"rooms.txt"_s);
        QVERIFY(writeAll(rooms, "2026-12-01|Room 12; building B\n2026-12-02|Room 4; building A\n"));
        r = cli({u"import"_s, rooms, u"--as"_s, u"local.rooms_sniffed"_s, u"--header"_s, u"no"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // The same file again would be skipped as taken in: a copy of it under another name.
        QVERIFY(QFile::copy(rooms, m_dir.filePath(u"rooms-again.txt"_s)));
        r = cli({u"import"_s, m_dir.filePath(u"rooms-again.txt"_s), u"--as"_s, u"local.rooms"_s, u"--header"_s, u"no"_s,
                 u"--separator"_s, u"pipe"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        wb::Workspace ws;
        QString error;
        QVERIFY2(ws.open(workspace(), &error), qPrintable(error));
        QSqlQuery q(ws.database());
        QVERIFY(q.exec(u"SELECT column_1, column_2 FROM ds_local__rooms_sniffed WHERE column_2 = ' building B'"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"2026-12-01|Room 12"_s);
        QVERIFY(q.exec(u"SELECT column_2 FROM ds_local__rooms WHERE column_1 = '2026-12-01'"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"Room 12; building B"_s);
        QVERIFY(q.exec(u"SELECT study_programme, campus FROM ds_deployteq__activities WHERE customer_id = '55603'"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"Geneeskunde"_s);
        QCOMPARE(q.value(1).toString(), u"Maastricht"_s);
    }

    void badKeyIsRefusedOnAdd()
    {
        const Result r = cli(addArgs(u"pub"_s, Key::Ed25519) .replaceInStrings(m_sshd.keyPath(Key::Ed25519), m_sshd.keyPath(Key::Ed25519) + u".pub"_s));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"public key"_s), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
