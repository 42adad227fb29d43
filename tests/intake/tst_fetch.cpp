// SPDX-License-Identifier: GPL-3.0-or-later
// Fetching a connection's read path from a real sshd on 127.0.0.1.
#include "SshdFixture.h"
#include "TestSupport.h"
#include "core/ConnectionStore.h"
#include "core/IntakeRule.h"
#include "core/Workspace.h"
#include "intake/Fetcher.h"
#include "sftp/SftpSession.h"
#include "store/DatasetStore.h"

#include <QDir>
#include <QDirIterator>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace Qt::StringLiterals;
using namespace wb;
using namespace wb::test;
using State = ImportResult::State;

class TestFetch : public QObject
{
    Q_OBJECT

    SshdFixture m_sshd;
    QTemporaryDir m_dir;
    Workspace m_ws;

    QString incoming() const { return m_sshd.root() + u"/incoming/"_s; }
    static QString sample(const QString &name)
    {
        return qEnvironmentVariable("WRITEBACK_TEST_DATA") + u"/writebacks/"_s + name;
    }

    FetchReport fetch()
    {
        Fetcher f(m_sshd.connection(), m_ws.knownHostsPath(), m_ws.path());
        return f.run();
    }

    static int count(const FetchReport &r, State s)
    {
        return int(std::count_if(r.files.begin(), r.files.end(), [s](const ImportResult &i) { return i.state == s; }));
    }

    static const ImportResult *result(const FetchReport &r, const QString &name)
    {
        const auto it = std::find_if(r.files.begin(), r.files.end(), [&](const ImportResult &i) { return i.name == name; });
        return it == r.files.end() ? nullptr : &*it;
    }

    // Every file and folder under root, relative to it.
    static QStringList tree(const QString &root)
    {
        QStringList paths;
        QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            paths << QDir(root).relativeFilePath(it.next());
        paths.sort();
        return paths;
    }

private Q_SLOTS:
    void initTestCase()
    {
#ifdef Q_OS_UNIX
        ::umask(022); // the usual default: privacy must not depend on a stricter one
#endif
        QVERIFY(m_sshd.start());
        QString error;
        QVERIFY2(m_ws.open(m_dir.filePath(u"workspace.sqlite"_s), &error), qPrintable(error));
        SshError trustError;
        QVERIFY2(trustHostKey(m_sshd.connection(), m_ws.knownHostsPath(), m_sshd.hostKeyFingerprint(), &trustError),
                 qPrintable(trustError.detailed()));
    }

    void takesInNewFilesOnce()
    {
        for (const QString &name : {u"content_card_opens.csv"_s, u"Delivery_stats.csv"_s, u"activity_STATEU_20261122.csv"_s})
            QVERIFY(QFile::copy(sample(name), incoming() + name));
        QVERIFY(writeAll(incoming() + u".content_card_opens.csv.part-x"_s, "partial upload"));
        FetchReport r = fetch();
        QVERIFY2(r.ok(), qPrintable(r.error.detailed()));
        QCOMPARE(r.listed, 3); // the hidden partial upload is not a delivery
        QCOMPARE(count(r, State::Imported), 3);
        QCOMPARE(DatasetStore(m_ws).dataset(u"deployteq.activities"_s)->rows, 3);
        const QList<FileRecord> files = DatasetStore(m_ws).files();
        QCOMPARE(files.size(), 3);
        QCOMPARE(files.first().source, u"test"_s);
        QVERIFY(files.first().path.startsWith(m_sshd.connection().readPath + u'/'));

        r = fetch();
        QVERIFY(r.ok());
        QCOMPARE(count(r, State::Skipped), 3);
        QCOMPARE(DatasetStore(m_ws).files().size(), 3);
    }

    void redeliveredRowsUpdate()
    {
        // The platform rewrites the file under the same name with one row changed and one new.
        QByteArray content = readAll(sample(u"content_card_opens.csv"_s));
        content.replace("14:05:33,3", "16:00:00,4");
        content += "100299,Li,Wei,,t,2026-11-22 09:00:00,1\r\n";
        QVERIFY(writeAll(incoming() + u"content_card_opens.csv"_s, content));
        const FetchReport r = fetch();
        QVERIFY(r.ok());
        const auto opens = std::find_if(r.files.begin(), r.files.end(), [](const ImportResult &i) {
            return i.name == u"content_card_opens.csv"_s && i.state == State::Imported;
        });
        QVERIFY(opens != r.files.end());
        QCOMPARE(opens->inserted, 1);
        QCOMPARE(opens->updated, 1);
        QCOMPARE(opens->unchanged, 2);
        QCOMPARE(DatasetStore(m_ws).dataset(u"fullmeasure.content_card_opens"_s)->rows, 4);
    }

    void aBadFileFailsAloneAndIsRetried()
    {
        QVERIFY(writeAll(incoming() + u"content_card_engagement.csv"_s,
                         "contact_id,first_name,last_name,mobile_phone_number,card_name,link/button_text,created_at,count_clicks\n"
                         "1,A,B,,Card,Go,not a time,1\n"));
        QVERIFY(QFile::copy(sample(u"broadcast_STATEU_20261122.csv"_s), incoming() + u"broadcast_STATEU_20261122.csv"_s));
        FetchReport r = fetch();
        QVERIFY(!r.ok());
        QCOMPARE(count(r, State::Failed), 1);
        QCOMPARE(count(r, State::Imported), 1);
        const auto failed = std::find_if(r.files.begin(), r.files.end(), [](const ImportResult &i) { return i.state == State::Failed; });
        QCOMPARE(failed->error.line, 2);
        QCOMPARE(failed->error.column, 7);

        QVERIFY(writeAll(incoming() + u"content_card_engagement.csv"_s,
                         "contact_id,first_name,last_name,mobile_phone_number,card_name,link/button_text,created_at,count_clicks\n"
                         "1,A,B,,Card,Go,2026-11-22 10:00:00,1\n"));
        r = fetch();
        QVERIFY(r.ok());
        QCOMPARE(count(r, State::Imported), 1);
        QCOMPARE(DatasetStore(m_ws).dataset(u"fullmeasure.content_card_engagement"_s)->rows, 1);
    }

    // A hostile or broken server names files so that a naive fetch would write outside its
    // scratch folder (on Windows), open a device, or lose the name. None is downloaded: each is
    // reported failed with its reason and stays failed in the ledger, while the good file beside
    // them goes in, and nothing is written anywhere but in the scratch folder.
    void hostileNamesAreRefusedBeforeDownload()
    {
        struct Hostile
        {
            QString name;
            QString reason;
        };
        const QList<Hostile> hostile{
            {u"x\\..\\..\\evil.csv"_s, u"holds \"\\\", which separates folders on Windows"_s},
            {u"a:b.csv"_s, u"holds \":\""_s},
            {u"CON.csv"_s, u"the name \"CON.csv\" is a reserved device name on Windows"_s},
            {u"con .csv"_s, u"reserved device name"_s},
            {u"trail.csv."_s, u"ends with a dot"_s},
            {u"trail.csv "_s, u"ends with a space"_s},
            {u"x\x01y.csv"_s, u"the name \"x\\x01y.csv\" holds a control character (U+0001)"_s},
            {u"pipe|.csv"_s, u"holds \"|\""_s},
        };
        // Rows of a known format, so that each of these files would go in if it were downloaded.
        const QByteArray rows = readAll(sample(u"email_clicks_20261122.csv"_s));
        for (const Hostile &h : hostile)
            QVERIFY(writeServerFile(m_sshd.root() + u"/incoming"_s, h.name, rows));
        // Hidden, as files still being uploaded are: never even looked at.
        const QString hidden = u"..\\evil.csv"_s;
        QVERIFY(writeServerFile(m_sshd.root() + u"/incoming"_s, hidden, rows));
        const QString good = u"email_openings_20261122.csv"_s;
        QVERIFY(QFile::copy(sample(good), incoming() + good));
        auto cleanUp = qScopeGuard([&] {
            for (const Hostile &h : hostile)
                removeServerFile(m_sshd.root() + u"/incoming"_s, h.name);
            removeServerFile(m_sshd.root() + u"/incoming"_s, hidden);
        });

        // The fetch's scratch folder goes in a temporary folder of this test's own, so that
        // whatever lands beside it shows.
        QTemporaryDir tmp(m_dir.filePath(u"tmp-XXXXXX"_s));
        QVERIFY(tmp.isValid());
        // TMPDIR names it on Unix, TMP on Windows.
#ifdef Q_OS_WIN
        const char *const tmpVariable = "TMP";
#else
        const char *const tmpVariable = "TMPDIR";
#endif
        const QByteArray oldTmp = qgetenv(tmpVariable);
        qputenv(tmpVariable, QFile::encodeName(QDir::toNativeSeparators(tmp.path())));
        auto restoreTmp = qScopeGuard([&] { oldTmp.isNull() ? qunsetenv(tmpVariable) : qputenv(tmpVariable, oldTmp); });
        QCOMPARE(QDir::tempPath(), tmp.path());
        const QStringList workspaceFolder = tree(m_dir.path());

        QStringList downloaded; // the files progress was reported for
        QStringList seen;       // what was in the temporary folder meanwhile
        [[maybe_unused]] int scratchMode = -1; // the scratch folder's permission bits (POSIX only)
        Fetcher fetcher(m_sshd.connection(), m_ws.knownHostsPath(), m_ws.path());
        fetcher.setProgress([&](int, int, const QString &name, qint64, qint64) {
            if (!downloaded.contains(name))
                downloaded << name;
            for (const QString &path : tree(tmp.path()))
                if (!seen.contains(path))
                    seen << path;
#ifdef Q_OS_UNIX
            struct stat st;
            if (!seen.isEmpty() && ::stat(QFile::encodeName(tmp.filePath(seen.first().section(u'/', 0, 0))).constData(), &st) == 0)
                scratchMode = int(st.st_mode & 07777);
#endif
        });
        FetchReport r = fetcher.run();
        QVERIFY2(!r.error.isError(), qPrintable(r.error.detailed()));
        QVERIFY(!r.ok());

        QCOMPARE(downloaded, QStringList{good});
        const ImportResult *taken = result(r, good);
        QVERIFY(taken);
        QCOMPARE(taken->state, State::Imported);
        QVERIFY(taken->rowsRead > 0);
        QCOMPARE(count(r, State::Imported), 1);
        QCOMPARE(count(r, State::Failed), int(hostile.size()));
        QVERIFY(!result(r, hidden));
        for (const Hostile &h : hostile) {
            const ImportResult *refused = result(r, h.name);
            QVERIFY2(refused, qPrintable(h.name));
            QCOMPARE(refused->state, State::Failed);
            const QString message = refused->error.message;
            QVERIFY2(message.contains(h.reason) && message.endsWith(u", so the file was not downloaded"_s),
                     qPrintable(message));
        }

        // Only the scratch folder and, in it, the good file were ever on the disk; both are gone,
        // and nothing appeared beside them or beside the workspace.
        QVERIFY(!seen.isEmpty());
        const QString scratch = seen.first().section(u'/', 0, 0);
        for (const QString &path : seen)
            QVERIFY2(path == scratch || (path.startsWith(scratch + u'/') && path.section(u'/', 1).contains(good)),
                     qPrintable(path));
        QCOMPARE(tree(tmp.path()), QStringList());
        QCOMPARE(tree(m_dir.path()), workspaceFolder);
#ifdef Q_OS_UNIX
        // Personal data: the scratch folder is the owner's only, whatever the umask.
        QCOMPARE(scratchMode, 0700);
        struct stat st;
        QCOMPARE(::stat(QFile::encodeName(m_ws.path()).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
#endif

        // The ledger lists them as failed, with the remote name and the reason, like a file that
        // could not be read; a later fetch refuses them again.
        auto ledger = [&](const QString &name) {
            const QList<FileRecord> files = DatasetStore(m_ws).files();
            const auto it = std::find_if(files.begin(), files.end(), [&](const FileRecord &f) { return f.name == name; });
            return it == files.end() ? FileRecord() : *it;
        };
        for (const Hostile &h : hostile) {
            const FileRecord f = ledger(h.name);
            QCOMPARE(f.name, h.name);
            QCOMPARE(f.state, u"failed"_s);
            QCOMPARE(f.path, m_sshd.connection().readPath + u'/' + h.name);
            QCOMPARE(f.size, qint64(rows.size()));
            QVERIFY2(f.error.contains(h.reason), qPrintable(f.error));
            QCOMPARE(f.attempts, 1);
        }
        downloaded.clear();
        r = fetcher.run();
        QCOMPARE(downloaded, QStringList());
        QCOMPARE(count(r, State::Failed), int(hostile.size()));
        QVERIFY(result(r, good) && result(r, good)->state == State::Skipped);
        for (const Hostile &h : hostile)
            QCOMPARE(ledger(h.name).attempts, 2);
        QCOMPARE(tree(tmp.path()), QStringList());
    }

    // A delivery compressed on the server: its files go in, and on the next fetch an archive
    // whose every file went in is skipped without being downloaded; one with a failed file is
    // downloaded and tried again.
    void archivesAreNotDownloadedAgain()
    {
        const QString broken = m_dir.filePath(u"content_card_engagement.csv"_s);
        QVERIFY(writeAll(broken, "contact_id,first_name,last_name,mobile_phone_number,card_name,link/button_text,"
                                 "created_at,count_clicks\n1,A,B,,Card,Go,not a time,1\n"));
        // python3 zipfile: an archive of (name in the archive, file) pairs.
        auto makeZip = [](const QString &path, const QStringList &pairs) {
            return run(u"python3"_s, QStringList{u"-c"_s, u"import sys, zipfile\n"
                                                         "with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED) as z:\n"
                                                         "    for name, source in zip(sys.argv[2::2], sys.argv[3::2]):\n"
                                                         "        z.write(source, name)\n"_s, path} + pairs);
        };
        const QString good = u"actito_20261204.zip"_s;
        const QString bad = u"engagement_20261204.zip"_s;
        const QString gz = u"subscriber_status.csv.gz"_s;
        QVERIFY(makeZip(incoming() + good, {u"sms_delivery_failed_20261122.csv"_s, sample(u"sms_delivery_failed_20261122.csv"_s),
                                            u"mailing_activity.csv"_s, sample(u"mailing_activity.csv"_s)}));
        QVERIFY(makeZip(incoming() + bad, {u"content_card_engagement.csv"_s, broken,
                                           u"cve_inquiries.csv"_s, sample(u"cve_inquiries.csv"_s)}));
        QVERIFY(QFile::copy(sample(u"subscriber_status.csv"_s), incoming() + u"subscriber_status.csv"_s));
        QVERIFY(run(u"gzip"_s, {incoming() + u"subscriber_status.csv"_s}));
        auto cleanUp = qScopeGuard([&] {
            for (const QString &name : {good, bad, gz})
                QFile::remove(incoming() + name);
        });

        // The read path holds a plain content_card_engagement.csv too.
        auto inArchive = [](const FetchReport &report, const QString &archive, const QString &name) -> const ImportResult * {
            const auto it = std::find_if(report.files.begin(), report.files.end(), [&](const ImportResult &i) {
                return i.archive == archive && i.name == name;
            });
            return it == report.files.end() ? nullptr : &*it;
        };
        QStringList downloaded;
        Fetcher fetcher(m_sshd.connection(), m_ws.knownHostsPath(), m_ws.path());
        fetcher.setProgress([&](int, int, const QString &name, qint64, qint64) {
            if (!downloaded.contains(name))
                downloaded << name;
        });
        FetchReport r = fetcher.run();
        QVERIFY(!r.error.isError());
        for (const QString &name : {u"sms_delivery_failed_20261122.csv"_s, u"mailing_activity.csv"_s,
                                    u"cve_inquiries.csv"_s, u"subscriber_status.csv"_s}) {
            const ImportResult *taken = result(r, name);
            QVERIFY2(taken && taken->state == State::Imported, qPrintable(name));
        }
        const ImportResult *failed = inArchive(r, bad, u"content_card_engagement.csv"_s);
        QVERIFY(failed);
        QCOMPARE(failed->state, State::Failed);
        QVERIFY2(failed->error.toString(failed->shownName()).startsWith(bad + u"/content_card_engagement.csv:2:7: "_s),
                 qPrintable(failed->error.toString(failed->shownName())));
        QCOMPARE(result(r, u"mailing_activity.csv"_s)->archive, good);
        const QList<FileRecord> files = DatasetStore(m_ws).files();
        const auto sms = std::find_if(files.begin(), files.end(), [](const FileRecord &f) {
            return f.name == u"sms_delivery_failed_20261122.csv"_s;
        });
        QVERIFY(sms != files.end());
        QCOMPARE(sms->archiveName, good);
        QCOMPARE(sms->path, m_sshd.connection().readPath + u'/' + good);
        QCOMPARE(sms->source, u"test"_s);
        for (const QString &name : {good, bad, gz})
            QVERIFY2(downloaded.contains(name), qPrintable(name));

        downloaded.clear();
        const qsizetype ledger = DatasetStore(m_ws).files().size();
        r = fetcher.run();
        QCOMPARE(downloaded, QStringList{bad});
        QCOMPARE(result(r, good)->state, State::Skipped);
        QCOMPARE(result(r, gz)->state, State::Skipped);
        QCOMPARE(result(r, u"cve_inquiries.csv"_s)->state, State::Skipped);
        QCOMPARE(inArchive(r, bad, u"content_card_engagement.csv"_s)->state, State::Failed);
        QCOMPARE(DatasetStore(m_ws).files().size(), ledger);
    }

    void missingReadPathIsAClearError()
    {
        Connection c = m_sshd.connection();
        c.readPath = u"/no/such/incoming"_s;
        Fetcher f(c, m_ws.knownHostsPath(), m_ws.path());
        const FetchReport r = f.run();
        QVERIFY(!r.ok());
        QCOMPARE(r.error.kind, SshError::Kind::PathMissing);
    }

    // Actito lets the customer name the file and choose the date format: a rule says what the
    // name and the dates cannot, looks into subfolders, and tidies the server afterwards.
    void rulesTakeInWhatTheNamesDoNotSay()
    {
        const QString root = m_sshd.root() + u"/actito"_s;
        QVERIFY(QDir().mkpath(root + u"/2026/12"_s));
        QVERIFY(QFile::copy(sample(u"dayfirst/export.csv"_s), root + u"/export.csv"_s));
        QVERIFY(QFile::copy(sample(u"dayfirst/email_openings_20261213.csv"_s), root + u"/2026/12/opens_1213.csv"_s));
        QVERIFY(writeAll(root + u"/2026/notes.txt"_s, "not a delivery\n"));
        Connection c = m_sshd.connection();
        c.readPath = m_sshd.serverPath(root);
        auto run = [&] { return Fetcher(c, m_ws.knownHostsPath(), m_ws.path()).run(); };

        // Without rules: the read path only, and the neutral name could be three exports.
        FetchReport r = run();
        QCOMPARE(r.listed, 1);
        QCOMPARE(result(r, u"export.csv"_s)->state, State::Failed);

        // With the dataset but not the date order: its dates could be read either way.
        IntakeRule neutral;
        neutral.pattern = u"export*.csv"_s;
        neutral.dataset = u"actito.email_openings"_s;
        neutral.after = IntakeRule::After::Archive;
        neutral.archiveDir = u"done/actito"_s;
        QVERIFY(neutral.problems().isEmpty());
        c.rules = {neutral};
        r = run();
        QCOMPARE(result(r, u"export.csv"_s)->state, State::Failed);
        QVERIFY(result(r, u"export.csv"_s)->error.dateOrderNeeded);
        QCOMPARE(result(r, u"export.csv"_s)->error.line, 2);
        QCOMPARE(result(r, u"export.csv"_s)->error.column, 6);
        QVERIFY(QFile::exists(root + u"/export.csv"_s)); // not archived: it did not go in

        neutral.dateOrder = DateOrder::DayFirst;
        IntakeRule deep;
        deep.pattern = u"*/*/opens_*.csv"_s;
        deep.subfolders = 2;
        deep.dataset = u"actito.email_openings"_s;
        deep.after = IntakeRule::After::Delete;
        QVERIFY(deep.problems().isEmpty());
        c.rules = {neutral, deep};
        r = run();
        QVERIFY2(r.ok(), qPrintable(r.error.detailed()));
        QCOMPARE(r.listed, 2); // 2026/notes.txt: no rule takes files from subfolders but these
        QCOMPARE(result(r, u"export.csv"_s)->state, State::Imported);
        QCOMPARE(result(r, u"export.csv"_s)->inserted, 3);
        QCOMPARE(result(r, u"2026/12/opens_1213.csv"_s)->state, State::Imported);
        QCOMPARE(result(r, u"2026/12/opens_1213.csv"_s)->inserted, 2);
        QVERIFY2(r.afterProblems.isEmpty(), qPrintable(r.afterProblems.join(u'\n')));
        QVERIFY(!QFile::exists(root + u"/export.csv"_s));
        QVERIFY(QFile::exists(root + u"/done/actito/export.csv"_s));
        QVERIFY(!QFile::exists(root + u"/2026/12/opens_1213.csv"_s));
        QVERIFY(QFile::exists(root + u"/2026/notes.txt"_s));
        QSqlQuery q(m_ws.database());
        QVERIFY(q.exec(u"SELECT group_concat(event_time, '|') FROM (SELECT event_time FROM ds_actito__email_openings "
                       "WHERE interaction_id LIKE '7%' ORDER BY interaction_id)"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"2026-12-05 08:15:00|2026-12-05 08:17:42|2026-12-06 19:02:10|"
                                        "2026-12-11 23:50:00|2026-12-13 07:05:00"_s);
        q.finish();

        // A rule that looks one level down does not reach 2026/12; the archive is never listed.
        QVERIFY(QFile::copy(sample(u"dayfirst/email_openings_20261213.csv"_s), root + u"/2026/12/opens_1214.csv"_s));
        deep.subfolders = 1;
        deep.pattern = u"*/opens_*.csv"_s;
        neutral.subfolders = 3;
        c.rules = {neutral, deep};
        r = run();
        QVERIFY(r.ok());
        QCOMPARE(r.listed, 0);
        QVERIFY(QFile::exists(root + u"/2026/12/opens_1214.csv"_s));

        // A file that cannot be archived is still taken in; the problem is reported.
        QVERIFY(writeAll(root + u"/.blocked"_s, "a file where the archive folder should be\n"));
        QByteArray again = readAll(sample(u"dayfirst/export.csv"_s));
        again.replace("7100", "7300");
        QVERIFY(writeAll(root + u"/export_2.csv"_s, again));
        neutral.archiveDir = u".blocked/more"_s;
        neutral.subfolders = 0;
        c.rules = {neutral};
        r = run();
        QVERIFY(r.ok());
        QCOMPARE(result(r, u"export_2.csv"_s)->state, State::Imported);
        QCOMPARE(r.afterProblems.size(), 1);
        QVERIFY2(r.afterProblems.first().startsWith(u"export_2.csv: taken in, but"_s), qPrintable(r.afterProblems.first()));
        QVERIFY(QFile::exists(root + u"/export_2.csv"_s));
    }

    // Deployteq as a customer may set it up: a folder a day, '|' as delimiter, no headers,
    // Windows-1252 text, and two "additional fields" after the default seven. A rule reads
    // them by position into named columns, the default ones keep their types.
    void deployteqAdditionalFieldsByPosition()
    {
        const QString data = sample(u"deployteq-extra/"_s);
        const QString root = m_sshd.root() + u"/deployteq"_s;
        QVERIFY(QDir().mkpath(root + u"/2026/12"_s));
        for (const QString &name : {u"activity_STATEU_20261201.csv"_s, u"broadcast_STATEU_20261201.csv"_s})
            QVERIFY(QFile::copy(data + name, root + u"/2026/12/"_s + name));
        Connection c = m_sshd.connection();
        c.readPath = m_sshd.serverPath(root);
        auto run = [&] { return Fetcher(c, m_ws.knownHostsPath(), m_ws.path()).run(); };

        IntakeRule activities;
        activities.pattern = u"*/*/activity_*.csv"_s;
        activities.subfolders = 2;
        activities.dataset = u"deployteq.activities"_s;
        IntakeRule broadcasts;
        broadcasts.pattern = u"*/*/broadcast_*.csv"_s;
        broadcasts.subfolders = 2;
        broadcasts.after = IntakeRule::After::Archive;
        broadcasts.archiveDir = u"done"_s;
        c.rules = {activities, broadcasts};
        // Found in the folders, but read as UTF-8 they fail, and without the map the nine
        // columns are not the seven documented.
        FetchReport r = run();
        QCOMPARE(r.listed, 2);
        const ImportResult *failed = result(r, u"2026/12/activity_STATEU_20261201.csv"_s);
        QVERIFY(failed);
        QCOMPARE(failed->state, State::Failed);
        QVERIFY2(failed->error.message.contains(u"Windows-1252"_s), qPrintable(failed->error.toString(failed->name)));
        QCOMPARE(result(r, u"2026/12/broadcast_STATEU_20261201.csv"_s)->state, State::Failed);

        QStringList problems;
        QVERIFY2(readHeaderMap(data + u"additional-fields.csv"_s, &activities.headerMap, &problems),
                 qPrintable(problems.join(u'\n')));
        activities.separator = '|';
        activities.encoding = u"windows-1252"_s;
        activities.after = IntakeRule::After::Archive;
        activities.archiveDir = u"done"_s;
        broadcasts.separator = '|';
        broadcasts.encoding = u"windows-1252"_s;
        QVERIFY2(activities.problems().isEmpty(), qPrintable(activities.problems().join(u'\n')));
        c.rules = {activities, broadcasts};
        r = run();
        QVERIFY2(r.ok(), qPrintable(r.error.detailed()));
        const ImportResult *taken = result(r, u"2026/12/activity_STATEU_20261201.csv"_s);
        QVERIFY2(taken->state == State::Imported, qPrintable(taken->error.toString(taken->name)));
        QCOMPARE(taken->inserted, 5);
        QCOMPARE(result(r, u"2026/12/broadcast_STATEU_20261201.csv"_s)->datasets, QStringList{u"deployteq.broadcasts"_s});
        QVERIFY(r.afterProblems.isEmpty());
        QCOMPARE(tree(root), (QStringList{u"2026"_s, u"2026/12"_s, u"done"_s, u"done/activity_STATEU_20261201.csv"_s,
                                          u"done/broadcast_STATEU_20261201.csv"_s}));

        QSqlQuery q(m_ws.database());
        QVERIFY(q.exec(u"SELECT activity, activity_date, description_of_activity, study_programme, campus "
                       "FROM ds_deployteq__activities WHERE customer_id = '55602'"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"softbounce"_s);
        QCOMPARE(q.value(1).toString(), u"2026-12-01 06:00:41"_s);
        QCOMPARE(q.value(2).toString(), u"452 4.2.2 mailbox full, try again later"_s);
        QCOMPARE(q.value(3).toString(), u"Rechtsgeleerdheid"_s);
        QCOMPARE(q.value(4).toString(), u"Leuven"_s);
        QVERIFY(q.exec(u"SELECT count(*) FROM ds_deployteq__activities WHERE study_programme = 'Économie et gestion' "
                       "AND campus = 'Liège'"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 3);
        QVERIFY(q.exec(u"SELECT subject FROM ds_deployteq__broadcasts WHERE broadcast_id = '2001'"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"Kom naar de open dag – inschrijven kan nu"_s);
        q.finish();
        const auto fields = DatasetStore(m_ws).dataset(u"deployteq.activities"_s)->fields;
        QCOMPARE(fields.at(fields.size() - 2).name, u"study_programme"_s);
        QCOMPARE(fields.last().name, u"campus"_s);
    }

    // Actito lets the customer rename every header and name the file: nothing recognises it,
    // and a rule with a header map takes it into its dataset.
    void renamedActitoHeadersThroughARule()
    {
        const QString data = sample(u"renamed/"_s);
        const QString root = m_sshd.root() + u"/actito-renamed"_s;
        QVERIFY(QDir().mkpath(root));
        QVERIFY(QFile::copy(data + u"weekly_export_20261215.csv"_s, root + u"/weekly_export_20261215.csv"_s));
        Connection c = m_sshd.connection();
        c.readPath = m_sshd.serverPath(root);
        auto run = [&] { return Fetcher(c, m_ws.knownHostsPath(), m_ws.path()).run(); };
        FetchReport r = run();
        QCOMPARE(result(r, u"weekly_export_20261215.csv"_s)->state, State::Failed);
        QVERIFY(result(r, u"weekly_export_20261215.csv"_s)->error.message.contains(u"matches no known format"_s));

        IntakeRule rule;
        rule.pattern = u"weekly_export_*.csv"_s;
        rule.dataset = u"actito.email_openings"_s;
        QStringList problems;
        QVERIFY2(readHeaderMap(data + u"actito-openings-headers.csv"_s, &rule.headerMap, &problems),
                 qPrintable(problems.join(u'\n')));
        c.rules = {rule};
        r = run();
        const ImportResult *taken = result(r, u"weekly_export_20261215.csv"_s);
        QVERIFY2(taken->state == State::Imported, qPrintable(taken->error.toString(taken->name)));
        QCOMPARE(taken->inserted, 3);
        QSqlQuery q(m_ws.database());
        QVERIFY(q.exec(u"SELECT email_address, event_time, campaign_technical_name, first_name "
                       "FROM ds_actito__email_openings WHERE interaction_id = '81003'"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"amelie.dubois@example.be"_s);
        QCOMPARE(q.value(1).toString(), u"2026-12-15 21:47:05"_s); // day first, as its 14 and 15 show
        QCOMPARE(q.value(2).toString(), u"winter_newsletter"_s);
        QCOMPARE(q.value(3).toString(), u"Amélie"_s); // an attribute of theirs, kept under its own name
    }

    // Rules hang on the connection's id: a rename keeps them, a removal takes them along.
    void rulesFollowTheConnection()
    {
        Connection c = m_sshd.connection();
        c.id = 0;
        c.name = u"ruled"_s;
        QString error;
        QVERIFY2(ConnectionStore(m_ws).save(c, &error), qPrintable(error));
        IntakeRule first;
        first.connectionId = c.id;
        first.pattern = u"*.csv"_s;
        first.dateOrder = DateOrder::DayFirst;
        first.after = IntakeRule::After::Archive;
        first.archiveDir = u"done"_s;
        IntakeRule second;
        second.connectionId = c.id;
        second.pattern = u"b*.csv"_s;
        second.dataset = u"my_own"_s;
        second.separator = '\t';
        second.encoding = u"Windows-1252"_s;
        second.hasHeader = false;
        second.headerMap.mappings = {{QString(), 2, u"student_number"_s, 1}, {u"E-mail"_s, 0, u"email"_s, 2}};
        second.headerMapFile = u"fields.csv"_s;
        QVERIFY2(IntakeRuleStore(m_ws).add(first, &error), qPrintable(error));
        QVERIFY2(IntakeRuleStore(m_ws).add(second, &error), qPrintable(error));
        c.name = u"renamed"_s;
        QVERIFY2(ConnectionStore(m_ws).save(c, &error), qPrintable(error));
        auto found = ConnectionStore(m_ws).find(u"renamed"_s);
        QVERIFY(found);
        QCOMPARE(found->rules.size(), 2);
        QCOMPARE(found->rules.at(0).dateOrder, DateOrder::DayFirst);
        QCOMPARE(found->rules.at(0).afterText(), u"archive=done"_s);
        QCOMPARE(found->rules.at(1).dataset, u"my_own"_s);
        // The map is kept in the workspace: the file it came from may be gone.
        const IntakeRule &kept = found->rules.at(1);
        QCOMPARE(kept.separator, '\t');
        QCOMPARE(kept.encoding, u"windows-1252"_s);
        QVERIFY(kept.hasHeader.has_value() && !*kept.hasHeader);
        QCOMPARE(kept.headerMapFile, u"fields.csv"_s);
        QCOMPARE(kept.headerMap.describe(), (QStringList{u"#2 -> student_number"_s, u"\"E-mail\" -> email"_s}));
        QCOMPARE(found->rules.at(0).separator, '\0');
        QVERIFY(!found->rules.at(0).hasHeader);
        QVERIFY(found->rules.at(0).headerMap.isEmpty());

        QVERIFY(!IntakeRuleStore(m_ws).remove(c.id, 3, &error));
        QVERIFY2(error.contains(u"no rule 3"_s), qPrintable(error));
        QVERIFY2(IntakeRuleStore(m_ws).remove(c.id, 1, &error), qPrintable(error));
        found = ConnectionStore(m_ws).find(u"renamed"_s);
        QCOMPARE(found->rules.size(), 1);
        QCOMPARE(found->rules.at(0).pattern, u"b*.csv"_s);

        QVERIFY2(ConnectionStore(m_ws).remove(u"renamed"_s, &error), qPrintable(error));
        QSqlQuery q(m_ws.database());
        QVERIFY(q.exec(u"SELECT count(*) FROM intake_rules"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestFetch)
#include "tst_fetch.moc"
