// SPDX-License-Identifier: GPL-3.0-or-later
// Higher Logic's writebacks on files written by following its document
// (tests/data/writebacks/higherlogic/README.md): an open's "Mailing Action | Device Used |
// Client Used | Country" in columns of its own, and each subscriber's current status
// (a resubscribe cancels an unsubscribe) kept as a dataset of its own.
#include "TestSupport.h"
#include "core/Workspace.h"
#include "intake/Importer.h"
#include "intake/SplitFields.h"
#include "store/DatasetStore.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wb;
using State = ImportResult::State;

class TestHigherLogic : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    QString m_path;

    static QString sample(const QString &name)
    {
        return qEnvironmentVariable("WRITEBACK_TEST_DATA") + u"/writebacks/higherlogic/"_s + name;
    }

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(u"in/"_s + name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        test::writeAll(path, content);
        return path;
    }

    ImportResult take(const QString &path, const QString &dataset = {})
    {
        Importer importer(m_path);
        ImportRequest r;
        r.localPath = path;
        r.dataset = dataset;
        const ImportResult result = importer.importFile(r);
        if (result.state != State::Imported)
            qWarning().noquote() << result.error.toString(result.name);
        return result;
    }

    QStringList rows(const QString &sql)
    {
        QStringList out;
        QSqlQuery q(m_ws->database());
        if (!q.exec(sql))
            qWarning().noquote() << sql << q.lastError().text();
        while (q.next())
            out << q.value(0).toString();
        return out;
    }

private Q_SLOTS:
    void init()
    {
        static int n = 0;
        m_path = m_dir.filePath(u"ws%1/workspace.sqlite"_s.arg(++n));
        m_ws = std::make_unique<Workspace>();
        QString error;
        QVERIFY2(m_ws->open(m_path, &error), qPrintable(error));
    }
    void cleanup() { m_ws.reset(); }

    void splitPart_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QStringList>("parts");
        QTest::newRow("an open") << QByteArray("Mailing Action | Desktop | Outlook 2021 | United States")
                                 << QStringList{u"Mailing Action"_s, u"Desktop"_s, u"Outlook 2021"_s, u"United States"_s};
        QTest::newRow("no separator: no parts") << QByteArray("Mailing was sent")
                                                << QStringList{u""_s, u""_s, u""_s, u""_s};
        QTest::newRow("fewer parts") << QByteArray("Mailing Action|iPad")
                                     << QStringList{u"Mailing Action"_s, u"iPad"_s, u""_s, u""_s};
        QTest::newRow("the last takes the rest") << QByteArray("A | B | C | D | E")
                                                 << QStringList{u"A"_s, u"B"_s, u"C"_s, u"D | E"_s};
        QTest::newRow("empty parts") << QByteArray(" | | Gmail | ")
                                     << QStringList{u""_s, u""_s, u"Gmail"_s, u""_s};
    }
    void splitPart()
    {
        QFETCH(QByteArray, value);
        QFETCH(QStringList, parts);
        QStringList got;
        for (int i = 0; i < 4; ++i)
            got << QString::fromUtf8(wb::splitPart(value, '|', i, 4));
        QCOMPARE(got, parts);
    }

    void openMessageInColumnsOfItsOwn()
    {
        const ImportResult r = take(sample(u"mailing_activity_20261120.csv"_s));
        QCOMPARE(r.state, State::Imported);
        QCOMPARE(r.datasets, QStringList{u"higherlogic.mailing_activity"_s});
        QCOMPARE(rows(u"SELECT message_name || '=' || mailing_action || '/' || device_used || '/' || client_used || '/' "
                      "|| country FROM ds_higherlogic__mailing_activity WHERE subcode = 'Open' ORDER BY _line"_s),
                 (QStringList{u"Mailing Action | Desktop | Outlook 2021 | United States=Mailing Action/Desktop/Outlook "
                              "2021/United States"_s,
                              u"Mailing Action | iPhone | Apple Mail | Canada=Mailing Action/iPhone/Apple Mail/Canada"_s}));
        QCOMPARE(rows(u"SELECT count(*) FROM ds_higherlogic__mailing_activity WHERE subcode <> 'Open' "
                      "AND coalesce(mailing_action, device_used, client_used, country) IS NULL"_s),
                 QStringList{u"2"_s});
        QStringList fields;
        const auto dataset = DatasetStore(*m_ws).dataset(u"higherlogic.mailing_activity"_s);
        QVERIFY(dataset);
        for (const FieldSpec &f : dataset->fields)
            fields << f.name;
        QCOMPARE(fields, (QStringList{u"activity_code"_s, u"subcode"_s, u"message_name"_s, u"email_address"_s,
                                      u"date"_s, u"link_label"_s, u"mailing_action"_s, u"device_used"_s,
                                      u"client_used"_s, u"country"_s}));
    }

    // A dataset taken in before the parts existed gets them for its rows when the next file
    // adds the columns.
    void partsFilledForRowsTakenInBefore()
    {
        QCOMPARE(take(sample(u"mailing_activity_20261120.csv"_s)).state, State::Imported);
        QSqlQuery q(m_ws->database());
        QVERIFY(q.exec(u"UPDATE ds_higherlogic__mailing_activity SET device_used = NULL"_s));
        QVERIFY(q.exec(u"DELETE FROM dataset_fields WHERE name = 'mailing_action'"_s));
        QVERIFY(q.exec(u"ALTER TABLE ds_higherlogic__mailing_activity DROP COLUMN mailing_action"_s));
        const QByteArray later = "Activity Code,Subcode,Message Name,Email Address,Date\n"
                                 "Informz Mailing,Open,Mailing Action | Android | Gmail | Belgium,member9@association.org,"
                                 "2026-11-22 08:00:00\n";
        QCOMPARE(take(write(u"mailing_activity_20261122.csv"_s, later)).inserted, 1);
        QCOMPARE(rows(u"SELECT device_used FROM ds_higherlogic__mailing_activity WHERE subcode = 'Open' ORDER BY _row"_s),
                 (QStringList{u"Desktop"_s, u"iPhone"_s, u"Android"_s}));
        QCOMPARE(rows(u"SELECT count(*) FROM ds_higherlogic__mailing_activity WHERE _seq IS NOT NULL"_s),
                 QStringList{u"0"_s});
    }

    void currentStatusAfterUnsubscribeThenResubscribe()
    {
        QCOMPARE(take(sample(u"subscriber_status_20261121.csv"_s)).state, State::Imported);
        const QString status = u"SELECT email_address || '|' || status || '|' || unsubscribed || '|' || status_date "
                               "|| '|' || activity_code FROM ds_higherlogic__subscriber_current_status "
                               "ORDER BY email_address"_s;
        QCOMPARE(rows(status), (QStringList{u"member2@association.org|unsubscribed|1|2026-11-21 10:00:00|InformzUnsubscribe"_s,
                                            u"member3@association.org|unsubscribed|1|2026-11-21 11:30:00|InformzUnsubscribe"_s}));
        const auto ds = DatasetStore(*m_ws).dataset(u"higherlogic.subscriber_current_status"_s);
        QVERIFY(ds);
        QCOMPARE(ds->vendor, u"Higher Logic"_s);
        QCOMPARE(ds->naturalKey, QStringList{u"email_address"_s});
        QCOMPARE(rows(u"SELECT count(*) FROM ds_higherlogic__subscriber_current_status WHERE _seq IS NOT NULL"_s),
                 QStringList{u"0"_s});

        // member2 resubscribes later: subscribed, as a change (an export's "updated" sends it
        // again). member3's resubscribe has the very time of the unsubscribe: which came last
        // cannot be told, and the unsubscribe stands, unchanged.
        const ImportResult r = take(sample(u"subscriber_status_20261123.csv"_s));
        QCOMPARE(r.state, State::Imported);
        QCOMPARE(rows(status), (QStringList{u"member2@association.org|subscribed|0|2026-11-23 09:00:00|InformzResubscribe"_s,
                                            u"member3@association.org|unsubscribed|1|2026-11-21 11:30:00|InformzUnsubscribe"_s}));
        const qint64 seq = rows(u"SELECT value FROM change_counter"_s).first().toLongLong();
        QCOMPARE(rows(u"SELECT email_address || '|' || _seq FROM ds_higherlogic__subscriber_current_status "
                      "WHERE _seq IS NOT NULL"_s),
                 QStringList{u"member2@association.org|%1"_s.arg(seq)});

        // Unsubscribing again, on a later day, changes it back.
        const QByteArray again = "Activity Code,Message Name,Email Address,Date\n"
                                 "InformzUnsubscribe,2026-11-30 17:45 (unsubscribe link in mailing),MEMBER2@association.org,"
                                 "2026-11-30 17:45:00\n";
        QCOMPARE(take(write(u"subscriber_status_20261130.csv"_s, again)).state, State::Imported);
        QCOMPARE(rows(status).first(), u"member2@association.org|unsubscribed|1|2026-11-30 17:45:00|InformzUnsubscribe"_s);
        QCOMPARE(rows(u"SELECT count(*) FROM ds_higherlogic__subscriber_current_status"_s), QStringList{u"2"_s});
    }

    // The files' order does not decide a tie: the unsubscribe stands either way.
    void aTieEndsTheSameInEitherOrder()
    {
        QCOMPARE(take(sample(u"subscriber_status_20261123.csv"_s)).state, State::Imported);
        QCOMPARE(rows(u"SELECT status FROM ds_higherlogic__subscriber_current_status WHERE email_address = "
                      "'member3@association.org'"_s),
                 QStringList{u"subscribed"_s});
        QCOMPARE(take(sample(u"subscriber_status_20261121.csv"_s)).state, State::Imported);
        QCOMPARE(rows(u"SELECT email_address || '|' || status FROM ds_higherlogic__subscriber_current_status "
                      "ORDER BY email_address"_s),
                 (QStringList{u"member2@association.org|subscribed"_s, u"member3@association.org|unsubscribed"_s}));
    }

    void nothingIsTakenIntoTheDerivedDataset()
    {
        const QString path = write(u"status.csv"_s, "Email Address,Status\nx@example.org,subscribed\n");
        Importer importer(m_path);
        ImportRequest r;
        r.localPath = path;
        r.dataset = u"higherlogic.subscriber_current_status"_s;
        const ImportResult result = importer.importFile(r);
        QCOMPARE(result.state, State::Failed);
        QVERIFY2(result.error.message.contains(u"higherlogic.subscriber_current_status"_s), qPrintable(result.error.message));
        QVERIFY(!DatasetStore(*m_ws).dataset(u"higherlogic.subscriber_current_status"_s));
    }
};

QTEST_GUILESS_MAIN(TestHigherLogic)
#include "tst_higherlogic.moc"
