// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "core/ConnectionStore.h"
#include "core/Workspace.h"
#include "core/WorkspaceLocation.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wb;

class TestWorkspace : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static Connection sample(const QString &name = u"fm-prod"_s)
    {
        Connection c;
        c.name = name;
        c.host = u"sftp.fullmeasure.example"_s;
        c.user = u"univ_writeback"_s;
        c.keyFile = u"/home/admin/.ssh/id_ed25519"_s;
        c.readPath = u"incoming"_s;
        return c;
    }

    static QVariant scalar(Workspace &ws, const QString &sql)
    {
        QSqlQuery q(ws.database());
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }

private Q_SLOTS:
    void newWorkspaceIsAtTheLatestSchema()
    {
        Workspace ws;
        QString error;
        const QString path = m_dir.filePath(u"a/b/new.sqlite"_s);
        QVERIFY2(ws.open(path, &error), qPrintable(error));
        QCOMPARE(ws.schemaVersion(), Workspace::latestSchemaVersion());
        QCOMPARE(scalar(ws, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
        QCOMPARE(scalar(ws, u"PRAGMA foreign_keys"_s).toInt(), 1);
        QCOMPARE(ws.knownHostsPath(), m_dir.filePath(u"a/b/known_hosts"_s));
    }

    void reopeningKeepsData()
    {
        const QString path = m_dir.filePath(u"reopen.sqlite"_s);
        QString error;
        {
            Workspace ws;
            QVERIFY(ws.open(path, &error));
            Connection c = sample();
            QVERIFY2(ConnectionStore(ws).save(c, &error), qPrintable(error));
            QVERIFY(c.id > 0);
        }
        Workspace ws;
        QVERIFY(ws.open(path, &error));
        const auto c = ConnectionStore(ws).find(u"fm-prod"_s);
        QVERIFY(c);
        QCOMPARE(c->host, u"sftp.fullmeasure.example"_s);
        QCOMPARE(c->port, 22);
        QCOMPARE(c->readPath, u"incoming"_s);
    }

    // Every released schema, frozen in tests/data/schema/vN.sql, must open and upgrade with
    // its data intact.
    void upgradesFromEveryEarlierSchema_data()
    {
        QTest::addColumn<QString>("fixture");
        const QDir dir(qEnvironmentVariable("WRITEBACK_TEST_DATA") + u"/schema"_s);
        const QStringList fixtures = dir.entryList({u"v*.sql"_s}, QDir::Files, QDir::Name);
        QVERIFY(!fixtures.isEmpty());
        for (const QString &f : fixtures)
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }
    void upgradesFromEveryEarlierSchema()
    {
        QFETCH(QString, fixture);
        const QString path = m_dir.filePath(QFileInfo(fixture).baseName() + u".sqlite"_s);
        {
            // Built with the sqlite3 CLI, as an older release would have left it.
            QVERIFY(test::run(u"sqlite3"_s, {path}, nullptr, test::readAll(fixture)));
        }
        Workspace ws;
        QString error;
        QVERIFY2(ws.open(path, &error), qPrintable(error));
        QCOMPARE(ws.schemaVersion(), Workspace::latestSchemaVersion());
        const auto c = ConnectionStore(ws).find(u"fm-prod"_s);
        QVERIFY(c);
        QCOMPARE(c->readPath, u"incoming"_s);
        QCOMPARE(scalar(ws, u"SELECT value FROM change_counter"_s).toInt(), 0);
        QCOMPARE(scalar(ws, u"SELECT count(*) FROM files"_s).toInt(), 0);
    }

    // An import holds the write lock for a whole file; opening the workspace to read must
    // neither wait for it nor fail, and must leave the file as it was.
    void openingAnUpToDateWorkspaceNeverWrites()
    {
        const QString path = m_dir.filePath(u"busy.sqlite"_s);
        QString error;
        Workspace writer;
        QVERIFY2(writer.open(path, &error), qPrintable(error));
        QSqlQuery hold(writer.database());
        QVERIFY(hold.exec(u"BEGIN IMMEDIATE"_s));
        QVERIFY(hold.exec(u"INSERT INTO settings (key, value) VALUES ('held', '1')"_s));
        const QByteArray before = [&] {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        {
            Workspace reader;
            // Taking the write lock here would fail after the busy timeout.
            QVERIFY2(reader.open(path, &error), qPrintable(error));
            QCOMPARE(reader.schemaVersion(), Workspace::latestSchemaVersion());
            QCOMPARE(scalar(reader, u"SELECT count(*) FROM settings WHERE key = 'held'"_s).toInt(), 0);
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
        QVERIFY(hold.exec(u"COMMIT"_s));
    }

    void newerSchemaIsRefused()
    {
        const QString path = m_dir.filePath(u"newer.sqlite"_s);
        QString error;
        {
            Workspace ws;
            QVERIFY(ws.open(path, &error));
            QSqlQuery(ws.database()).exec(u"PRAGMA user_version=99"_s);
        }
        Workspace ws;
        QVERIFY(!ws.open(path, &error));
        QVERIFY2(error.contains(u"newer Writeback Studio"_s), qPrintable(error));
        QVERIFY(!ws.isOpen());
    }

    void notAWorkspaceIsRefusedAndLeftAlone()
    {
        const QString path = m_dir.filePath(u"notes.sqlite"_s);
        const QByteArray content = "contact_id,first_name\n1,Ada\n";
        QVERIFY(test::writeAll(path, content));
        Workspace ws;
        QString error;
        QVERIFY(!ws.open(path, &error));
        QVERIFY2(error.contains(u"not a Writeback Studio workspace"_s), qPrintable(error));
        QCOMPARE(test::readAll(path), content);
    }

    void problems_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("valid") << QString() << QString() << QString();
        QTest::newRow("empty name") << u"name"_s << QString() << u"name must start"_s;
        QTest::newRow("name with space") << u"name"_s << u"fm prod"_s << u"name must start"_s;
        QTest::newRow("empty host") << u"host"_s << u"  "_s << u"domain (host name) is empty"_s;
        QTest::newRow("host with user") << u"host"_s << u"me@sftp.example"_s << u"without spaces"_s;
        QTest::newRow("url as host") << u"host"_s << u"sftp://x/y"_s << u"without spaces"_s;
        QTest::newRow("port 0") << u"port"_s << u"0"_s << u"between 1 and 65535"_s;
        QTest::newRow("port too big") << u"port"_s << u"70000"_s << u"between 1 and 65535"_s;
        QTest::newRow("no user") << u"user"_s << QString() << u"username is empty"_s;
        QTest::newRow("no key") << u"key"_s << QString() << u"private key"_s;
    }
    void problems()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, message);
        Connection c = sample();
        if (field == u"name"_s)
            c.name = value;
        else if (field == u"host"_s)
            c.host = value;
        else if (field == u"port"_s)
            c.port = value.toInt();
        else if (field == u"user"_s)
            c.user = value;
        else if (field == u"key"_s)
            c.keyFile = value;
        const QStringList found = c.problems();
        if (message.isEmpty()) {
            QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
            return;
        }
        QCOMPARE(found.size(), 1);
        QVERIFY2(found.first().contains(message), qPrintable(found.first()));
    }

    void storeSavesUpdatesAndRemoves()
    {
        Workspace ws;
        QString error;
        QVERIFY(ws.open(m_dir.filePath(u"store.sqlite"_s), &error));
        ConnectionStore store(ws);
        Connection a = sample(u"b-second"_s);
        Connection b = sample(u"A-first"_s);
        QVERIFY(store.save(a, &error));
        QVERIFY(store.save(b, &error));
        QCOMPARE(store.list().size(), 2);
        QCOMPARE(store.list().first().name, u"A-first"_s); // case-insensitive order

        Connection dup = sample(u"A-first"_s);
        QVERIFY(!store.save(dup, &error));
        QVERIFY(error.contains(u"already exists"_s));
        QCOMPARE(store.list().size(), 2);

        Connection invalid = sample(u"bad"_s);
        invalid.port = 0;
        QVERIFY(!store.save(invalid, &error));
        QVERIFY(!store.find(u"bad"_s));

        a.port = 2222;
        a.writePath = u"/outgoing"_s;
        QVERIFY2(store.save(a, &error), qPrintable(error));
        QCOMPARE(store.find(u"b-second"_s)->port, 2222);
        QCOMPARE(store.find(u"b-second"_s)->writePath, u"/outgoing"_s);
        QCOMPARE(store.list().size(), 2);

        // Renaming keeps the row (and later its history).
        a.name = u"renamed"_s;
        QVERIFY(store.save(a, &error));
        QCOMPARE(store.find(u"renamed"_s)->id, a.id);

        QVERIFY(store.remove(u"renamed"_s, &error));
        QVERIFY(!store.remove(u"renamed"_s, &error));
        QVERIFY(error.contains(u"no connection named"_s));
        QCOMPARE(store.list().size(), 1);
    }

    // The default folder is named once, and a workspace an older version left in the doubled
    // folder moves there with what lives beside it.
    void defaultPathIsSingleAndMovesTheOldOne()
    {
        QTemporaryDir data;
        const QString single = data.filePath(u"Writeback Studio"_s);
        const QString doubled = single + u"/Writeback Studio"_s;
        const QString name = u"Writeback Studio"_s;
        QCOMPARE(appDataFolder(doubled, name, name), single);
        QCOMPARE(appDataFolder(data.filePath(u"Org/App"_s), u"Org"_s, u"App"_s), data.filePath(u"Org/App"_s));
        // Nothing anywhere yet: the new place.
        QCOMPARE(defaultWorkspacePath(doubled, name, name), single + u"/workspace.sqlite"_s);

        qint64 id = 0;
        {
            Workspace ws;
            QString error;
            QVERIFY2(ws.open(doubled + u"/workspace.sqlite"_s, &error), qPrintable(error));
            Connection c = sample();
            QVERIFY2(ConnectionStore(ws).save(c, &error), qPrintable(error));
            id = c.id;
        }
        QVERIFY(test::writeAll(doubled + u"/known_hosts"_s, "[h]:22 ssh-ed25519 AAAA\n"));
        QVERIFY(QDir().mkpath(doubled + u"/deliveries/1"_s));
        QVERIFY(test::writeAll(doubled + u"/deliveries/1/opens.csv"_s, "a\n"));
        QVERIFY(QDir().mkpath(doubled + u"/reports/2026-11-22"_s));
        QVERIFY(test::writeAll(doubled + u"/reports/2026-11-22/export-opens-1.txt"_s, "report\n"));
        QVERIFY(QDir().mkpath(single + u"/demo"_s)); // the demo's, made by this version already

        QCOMPARE(defaultWorkspacePath(doubled, name, name), single + u"/workspace.sqlite"_s);
        QVERIFY(!QFileInfo::exists(doubled)); // emptied, so gone
        QCOMPARE(test::readAll(single + u"/known_hosts"_s), QByteArray("[h]:22 ssh-ed25519 AAAA\n"));
        QCOMPARE(test::readAll(single + u"/deliveries/1/opens.csv"_s), QByteArray("a\n"));
        QCOMPARE(test::readAll(single + u"/reports/2026-11-22/export-opens-1.txt"_s), QByteArray("report\n"));
        Workspace ws;
        QString error;
        QVERIFY2(ws.open(single + u"/workspace.sqlite"_s, &error), qPrintable(error));
        QCOMPARE(ConnectionStore(ws).find(u"fm-prod"_s)->id, id);
        ws.close();

        // One in each place: the new one is used, the old one left alone.
        QVERIFY(QDir().mkpath(doubled));
        QVERIFY(test::writeAll(doubled + u"/workspace.sqlite"_s, "old"));
        QCOMPARE(defaultWorkspacePath(doubled, name, name), single + u"/workspace.sqlite"_s);
        QCOMPARE(test::readAll(doubled + u"/workspace.sqlite"_s), QByteArray("old"));
    }

    // Moving would break what points at the old place, or cannot be done whole: the old
    // workspace stays and is used, untouched.
    void defaultPathKeepsTheOldOneWhenItCannotMove_data()
    {
        QTest::addColumn<QString>("why");
        QTest::newRow("schedules") << u"schedules"_s;
        QTest::newRow("a name taken") << u"taken"_s;
    }

    void defaultPathKeepsTheOldOneWhenItCannotMove()
    {
        QFETCH(QString, why);
        QTemporaryDir data;
        const QString single = data.filePath(u"Writeback Studio"_s);
        const QString doubled = single + u"/Writeback Studio"_s;
        const QString name = u"Writeback Studio"_s;
        {
            Workspace ws;
            QString error;
            QVERIFY2(ws.open(doubled + u"/workspace.sqlite"_s, &error), qPrintable(error));
            if (why == u"schedules"_s) {
                QSqlQuery q(ws.database());
                QVERIFY(q.exec(u"INSERT INTO schedules (job, rule) VALUES ('export#1', '{}')"_s));
            }
        }
        QVERIFY(test::writeAll(doubled + u"/known_hosts"_s, "old\n"));
        if (why == u"taken"_s)
            QVERIFY(test::writeAll(single + u"/known_hosts"_s, "someone else's\n"));
        const QStringList before = QDir(doubled).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot);

        QCOMPARE(defaultWorkspacePath(doubled, name, name), doubled + u"/workspace.sqlite"_s);
        QCOMPARE(QDir(doubled).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot), before);
        QVERIFY(!QFileInfo::exists(single + u"/workspace.sqlite"_s));
        QCOMPARE(test::readAll(doubled + u"/known_hosts"_s), QByteArray("old\n"));
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
