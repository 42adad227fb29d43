// SPDX-License-Identifier: GPL-3.0-or-later
// Fetching a connection's read path from a real sshd on 127.0.0.1.
#include "SshdFixture.h"
#include "TestSupport.h"
#include "core/Workspace.h"
#include "intake/Fetcher.h"
#include "sftp/SftpSession.h"
#include "store/DatasetStore.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

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

private Q_SLOTS:
    void initTestCase()
    {
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
        QVERIFY(files.first().path.startsWith(incoming()));

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

    void missingReadPathIsAClearError()
    {
        Connection c = m_sshd.connection();
        c.readPath = u"/no/such/incoming"_s;
        Fetcher f(c, m_ws.knownHostsPath(), m_ws.path());
        const FetchReport r = f.run();
        QVERIFY(!r.ok());
        QCOMPARE(r.error.kind, SshError::Kind::PathMissing);
    }
};

QTEST_GUILESS_MAIN(TestFetch)
#include "tst_fetch.moc"
