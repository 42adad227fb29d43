// SPDX-License-Identifier: GPL-3.0-or-later
// The rest of Actito's incremental exports, on files written by following its document
// (tests/data/writebacks/actito/README.md): print, call centre and custom audience activities;
// profile and custom-table records, one dataset per table; their deleted-records exports,
// which mark records deleted (never remove them) whatever order the files come in; and
// multi-valued attributes.
#include "TestSupport.h"
#include "core/Workspace.h"
#include "formats/FormatSpec.h"
#include "intake/Importer.h"
#include "store/Catalog.h"
#include "store/DatasetStore.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wb;
using State = ImportResult::State;

class TestActitoExports : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    QString m_path;

    static QString sample(const QString &name)
    {
        return qEnvironmentVariable("WRITEBACK_TEST_DATA") + u"/writebacks/actito/"_s + name;
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
        return importer.importFile(r);
    }

    // Asserts the file went in; its result.
    ImportResult takeIn(const QString &path, const QString &dataset = {})
    {
        const ImportResult r = take(path, dataset);
        if (r.state != State::Imported)
            qWarning().noquote() << r.error.toString(r.name);
        return r;
    }

    QVariant value(const QString &sql)
    {
        QSqlQuery q(m_ws->database());
        if (!q.exec(sql) || !q.next()) {
            qWarning().noquote() << sql << q.lastError().text();
            return {};
        }
        return q.value(0);
    }

    QStringList column(const QString &sql)
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

    void recognisesEachExport_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("dataset");
        QTest::addColumn<int>("rows");
        QTest::addColumn<QString>("check");
        QTest::addColumn<QString>("expected");
        QTest::newRow("print ready (day-first moments, business key)")
            << u"print_ready_20261214.csv"_s << u"actito.print_ready"_s << 3
            << u"SELECT event_time || '|' || customer_id FROM ds_actito__print_ready WHERE interaction_id = '880003'"_s
            << u"2026-12-14 09:00:00|C-1003"_s;
        QTest::newRow("print not sent")
            << u"print_not_sent_20261214.csv"_s << u"actito.print_not_sent"_s << 1
            << u"SELECT profile_id FROM ds_actito__print_not_sent"_s << u"88123"_s;
        QTest::newRow("call center downloaded (deposit date)")
            << u"call_center_downloaded_20261204.csv"_s << u"actito.call_center_downloaded"_s << 2
            << u"SELECT deposit_date || '|' || campaign_technical_name FROM ds_actito__call_center_downloaded "
               "WHERE interaction_id = '890002'"_s
            << u"2026-12-04 06:00:00|renewal_calls_20261130"_s;
        QTest::newRow("custom audience ready")
            << u"custom_audience_ready_20261204.csv"_s << u"actito.custom_audience_ready"_s << 1
            << u"SELECT campaign_id FROM ds_actito__custom_audience_ready"_s << u"7301"_s;
        QTest::newRow("profiles (attributes as further columns)")
            << u"profiles_20261204.csv"_s << u"actito.profiles"_s << 3
            << u"SELECT first_name || '|' || creation_moment || '|' || deleted FROM ds_actito__profiles "
               "WHERE profile_id = '88122'"_s
            << u"Marie|2025-04-10 09:30:00|0"_s;
        QTest::newRow("linked data (the name tells it from interactions)")
            << u"linked_children_20261204.csv"_s << u"actito.linked_data"_s << 3
            << u"SELECT child_id || '|' || birth_date FROM ds_actito__linked_data WHERE id = '302'"_s
            << u"CH-302|2021-09-30"_s;
        QTest::newRow("interactions")
            << u"interactions_orders_20261204.csv"_s << u"actito.interactions"_s << 2
            << u"SELECT status FROM ds_actito__interactions WHERE id = '9001'"_s << u"SHIPPED"_s;
        QTest::newRow("repository (no profile)")
            << u"repository_stores_20261204.csv"_s << u"actito.repository"_s << 2
            << u"SELECT city FROM ds_actito__repository WHERE id = '12'"_s << u"Leuven"_s;
        QTest::newRow("deleted profiles")
            << u"deleted_profiles_20261205.csv"_s << u"actito.profile_deleted"_s << 2
            << u"SELECT data_collection_way FROM ds_actito__profile_deleted WHERE profile_id = '88121'"_s
            << u"preference center"_s;
        QTest::newRow("deleted repository rows (event time and id only)")
            << u"repository_stores_deleted_20261205.csv"_s << u"actito.repository_deleted"_s << 1
            << u"SELECT event_time FROM ds_actito__repository_deleted WHERE id = '12'"_s << u"2026-12-05 11:00:00"_s;
    }
    void recognisesEachExport()
    {
        QFETCH(QString, file);
        QFETCH(QString, dataset);
        QFETCH(int, rows);
        QFETCH(QString, check);
        QFETCH(QString, expected);
        const ImportResult r = takeIn(sample(file));
        QCOMPARE(r.state, State::Imported);
        QCOMPARE(r.datasets, QStringList{dataset});
        QCOMPARE(r.inserted, qint64(rows));
        QCOMPARE(value(check).toString(), expected);
        const auto summary = DatasetStore(*m_ws).dataset(dataset);
        QVERIFY(summary);
        QCOMPARE(summary->vendor, u"Actito"_s);
    }

    // Ready and Not sent of all three channels share their columns: a neutral name is refused
    // with the candidates, and goes in once told which it is.
    void neutralNameAsksWhichExport()
    {
        const ImportResult r = take(sample(u"export_20261204.csv"_s));
        QCOMPARE(r.state, State::Failed);
        for (const char *candidate : {"actito.print_ready", "actito.print_not_sent", "actito.call_center_ready",
                                      "actito.call_center_not_sent", "actito.custom_audience_ready",
                                      "actito.custom_audience_not_sent"})
            QVERIFY2(r.error.message.contains(QLatin1StringView(candidate)), qPrintable(r.error.message));
        QVERIFY2(r.error.message.contains(u"--as"_s), qPrintable(r.error.message));
        QCOMPARE(r.error.line, 1);
        const ImportResult told = takeIn(sample(u"export_20261204.csv"_s), u"actito.custom_audience_not_sent"_s);
        QCOMPARE(told.state, State::Imported);
        QCOMPARE(value(u"SELECT interaction_id FROM ds_actito__custom_audience_not_sent"_s).toString(), u"895002"_s);
    }

    // Without the profile's id, the three custom tables' exports have the same columns: a
    // file named neither way is refused rather than guessed (a wrong guess would mark the
    // wrong table's records deleted).
    void customTablesWithoutANameAsk()
    {
        const QByteArray records = "id,creationMoment,updateMoment,storeId\n11,2024-01-01 00:00:00,2024-01-01 00:00:00,ST-11\n";
        ImportResult r = take(write(u"stores.csv"_s, records));
        QCOMPARE(r.state, State::Failed);
        for (const char *candidate : {"actito.linked_data", "actito.interactions", "actito.repository"})
            QVERIFY2(r.error.message.contains(QLatin1StringView(candidate)), qPrintable(r.error.message));
        r = take(write(u"gone.csv"_s, "eventTime,businessKey,id,profileId\n2026-12-05 09:12:00,CH-302,302,88120\n"));
        QCOMPARE(r.state, State::Failed);
        QVERIFY2(r.error.message.contains(u"actito.linked_data_deleted"_s)
                     && r.error.message.contains(u"actito.interactions_deleted"_s),
                 qPrintable(r.error.message));
        // A deleted-records file lacking the technical id is no such export at all.
        r = take(write(u"linked_deleted.csv"_s, "eventTime,businessKey\n2026-12-05 09:12:00,CH-302\n"),
                 u"actito.linked_data_deleted"_s);
        QCOMPARE(r.state, State::Failed);
        QVERIFY2(r.error.message.contains(u"id"_s), qPrintable(r.error.message));
    }

    // Deletions mark the records, keep them, and are the same whichever file comes first.
    void deletedRecordsAreMarkedNotRemoved()
    {
        QCOMPARE(takeIn(sample(u"profiles_20261204.csv"_s)).state, State::Imported);
        const qint64 seqBefore = value(u"SELECT value FROM change_counter"_s).toLongLong();
        const ImportResult r = takeIn(sample(u"deleted_profiles_20261205.csv"_s));
        QCOMPARE(r.state, State::Imported);
        QCOMPARE(r.markedDeleted, 1); // 88999 is no profile here: nothing to mark, nothing made up
        QCOMPARE(value(u"SELECT count(*) FROM ds_actito__profiles"_s).toInt(), 3);
        QCOMPARE(column(u"SELECT profile_id || '|' || deleted || '|' || coalesce(deleted_at, '') || '|' || "
                        "coalesce(_deleted_seq, '') FROM ds_actito__profiles ORDER BY profile_id"_s),
                 (QStringList{u"88120|0||"_s, u"88121|1|2026-12-04 15:00:02|%1"_s.arg(seqBefore + 1), u"88122|0||"_s}));
        // Not a change of the record's data: an "updated" export does not send it for this.
        QCOMPARE(value(u"SELECT count(*) FROM ds_actito__profiles WHERE _seq IS NOT NULL"_s).toInt(), 0);

        // The same deletion delivered again (another file) marks nothing twice.
        const ImportResult again = takeIn(write(u"deleted_profiles_again.csv"_s,
                                                test::readAll(sample(u"deleted_profiles_20261205.csv"_s)) + "\n"));
        QCOMPARE(again.state, State::Imported);
        QCOMPARE(again.markedDeleted, 0);
        QCOMPARE(value(u"SELECT _deleted_seq FROM ds_actito__profiles WHERE profile_id = '88121'"_s).toLongLong(),
                 seqBefore + 1);
        // The record delivered again (its last state before the deletion) stays marked.
        const QByteArray later = "profileId;creationMoment;updateMoment;firstName\n"
                                 "88121;2025-03-02 11:00:00;2026-12-04 14:00:00;Jan-Willem\n";
        QCOMPARE(takeIn(write(u"profiles_late.csv"_s, later)).updated, 1);
        QCOMPARE(value(u"SELECT deleted || '|' || first_name FROM ds_actito__profiles WHERE profile_id = '88121'"_s)
                     .toString(),
                 u"1|Jan-Willem"_s);
        QCOMPARE(value(u"SELECT _deleted_seq FROM ds_actito__profiles WHERE profile_id = '88121'"_s).toLongLong(),
                 seqBefore + 1);
    }

    // Profiles taken in before their dataset could be marked (an older version's) get the
    // marks with the first deletions.
    void recordsFromBeforeTheMarksExisted()
    {
        QCOMPARE(takeIn(sample(u"profiles_20261204.csv"_s)).state, State::Imported);
        QSqlQuery q(m_ws->database());
        for (const QString &sql : {u"DROP INDEX ds_actito__profiles__deleted_seq"_s,
                                   u"ALTER TABLE ds_actito__profiles DROP COLUMN _deleted_seq"_s,
                                   u"ALTER TABLE ds_actito__profiles DROP COLUMN deleted"_s,
                                   u"ALTER TABLE ds_actito__profiles DROP COLUMN deleted_at"_s,
                                   u"DELETE FROM dataset_fields WHERE name IN ('deleted', 'deleted_at')"_s})
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        const ImportResult r = takeIn(sample(u"deleted_profiles_20261205.csv"_s));
        QCOMPARE(r.state, State::Imported);
        QCOMPARE(r.markedDeleted, 1);
        QCOMPARE(column(u"SELECT profile_id || '|' || deleted FROM ds_actito__profiles ORDER BY profile_id"_s),
                 (QStringList{u"88120|0"_s, u"88121|1"_s, u"88122|0"_s}));
    }

    void deletionFirstThenTheRecords()
    {
        const ImportResult deletion = takeIn(sample(u"linked_children_deleted_20261205.csv"_s));
        QCOMPARE(deletion.datasets, QStringList{u"actito.linked_data_deleted"_s});
        QCOMPARE(deletion.markedDeleted, 0);
        const ImportResult records = takeIn(sample(u"linked_children_20261204.csv"_s));
        QCOMPARE(records.state, State::Imported);
        QCOMPARE(records.markedDeleted, 1);
        QCOMPARE(column(u"SELECT id FROM ds_actito__linked_data WHERE deleted = 1"_s), QStringList{u"302"_s});
        QCOMPARE(value(u"SELECT deleted_at FROM ds_actito__linked_data WHERE id = '302'"_s).toString(),
                 u"2026-12-05 09:12:00"_s);
        QCOMPARE(value(u"SELECT _deleted_seq FROM ds_actito__linked_data WHERE id = '302'"_s).toLongLong(),
                 value(u"SELECT value FROM change_counter"_s).toLongLong());
        // Interactions' deletions mark interactions only.
        QCOMPARE(takeIn(sample(u"interactions_orders_20261204.csv"_s)).state, State::Imported);
        QCOMPARE(takeIn(sample(u"interactions_orders_deleted_20261205.csv"_s)).markedDeleted, 1);
        QCOMPARE(column(u"SELECT id FROM ds_actito__interactions WHERE deleted = 1"_s), QStringList{u"9002"_s});
        QCOMPARE(column(u"SELECT id FROM ds_actito__linked_data WHERE deleted = 1"_s), QStringList{u"302"_s});
        QCOMPARE(takeIn(sample(u"repository_stores_20261204.csv"_s)).state, State::Imported);
        QCOMPARE(takeIn(sample(u"repository_stores_deleted_20261205.csv"_s)).markedDeleted, 1);
        QCOMPARE(column(u"SELECT id FROM ds_actito__repository WHERE deleted = 1"_s), QStringList{u"12"_s});
    }

    // One dataset per table: another linked-data table's ids never meet the first's.
    void eachTableItsOwnDataset()
    {
        QCOMPARE(takeIn(sample(u"linked_children_20261204.csv"_s)).state, State::Imported);
        const QByteArray contracts = "id,profileId,creationMoment,updateMoment,contractType\n"
                                     "302,88121,2026-02-01 10:00:00,2026-02-01 10:00:00,energy\n";
        const ImportResult r = takeIn(write(u"contracts.csv"_s, contracts), u"actito.linked_data_contracts"_s);
        QCOMPARE(r.state, State::Imported);
        QCOMPARE(r.datasets, QStringList{u"actito.linked_data_contracts"_s});
        const auto ds = DatasetStore(*m_ws).dataset(u"actito.linked_data_contracts"_s);
        QVERIFY(ds);
        QCOMPARE(ds->title, u"Linked data records (contracts)"_s);
        QCOMPARE(ds->naturalKey, QStringList{u"id"_s});
        // The contracts table's deletion of its 302 marks the contract, not the child 302.
        const ImportResult deleted = takeIn(write(u"contracts_deleted.csv"_s, "eventTime,id\n2026-12-06 08:00:00,302\n"),
                                            u"actito.linked_data_deleted_contracts"_s);
        QCOMPARE(deleted.state, State::Imported);
        QCOMPARE(deleted.markedDeleted, 1);
        QCOMPARE(value(u"SELECT deleted FROM ds_actito__linked_data_contracts WHERE id = '302'"_s).toInt(), 1);
        QCOMPARE(value(u"SELECT deleted FROM ds_actito__linked_data WHERE id = '302'"_s).toInt(), 0);
        QVERIFY(findFormat(u"actito.linked_data_deleted_contracts"_s));
        QCOMPARE(findFormat(u"actito.linked_data_deleted_contracts"_s)->dataset, u"actito.linked_data_deleted"_s);
        QVERIFY(!findFormat(u"actito.print_ready_contracts"_s));
    }

    // A file's own "deleted" column is kept beside the app's mark, never in it.
    void aColumnNamedDeletedIsNotTheMark()
    {
        const QByteArray file = "profileId;creationMoment;updateMoment;deleted\n"
                                "1;2026-01-01 00:00:00;2026-01-01 00:00:00;yes\n";
        QCOMPARE(takeIn(write(u"profiles_own_deleted.csv"_s, file)).state, State::Imported);
        QCOMPARE(value(u"SELECT deleted || '|' || deleted_2 FROM ds_actito__profiles"_s).toString(), u"0|yes"_s);
    }

    // Actito writes a multi-valued attribute's values joined by the export's multi-value
    // separator; once the dataset says so, they are stored as the workspace stores several
    // values (joined by U+001F), those taken in before included.
    void multiValuedAttributes()
    {
        QCOMPARE(takeIn(sample(u"profiles_20261204.csv"_s)).state, State::Imported);
        QCOMPARE(value(u"SELECT hobbies FROM ds_actito__profiles WHERE profile_id = '88120'"_s).toString(),
                 u"tennis,golf"_s);
        {
            sql::Database db;
            QString error;
            QVERIFY2(db.open(m_path, &error), qPrintable(error));
            Catalog catalog(db);
            const auto info = catalog.find(u"actito.profiles"_s, &error);
            QVERIFY(info);
            QVERIFY2(catalog.setMultiValue(*info, u"hobbies"_s, u","_s, &error), qPrintable(error));
        }
        QCOMPARE(value(u"SELECT hobbies FROM ds_actito__profiles WHERE profile_id = '88120'"_s).toString(),
                 u"tennis\x1fgolf"_s);
        QCOMPARE(value(u"SELECT hobbies FROM ds_actito__profiles WHERE profile_id = '88122'"_s).toString(), u"chess"_s);
        const QByteArray later = "profileId;creationMoment;updateMoment;hobbies\n"
                                 "88123;2026-12-05 10:00:00;2026-12-05 10:00:00;cycling,reading,chess\n";
        QCOMPARE(takeIn(write(u"profiles_1205.csv"_s, later)).inserted, 1);
        QCOMPARE(value(u"SELECT hobbies FROM ds_actito__profiles WHERE profile_id = '88123'"_s).toString(),
                 u"cycling\x1freading\x1f" "chess"_s);
        const auto profiles = DatasetStore(*m_ws).dataset(u"actito.profiles"_s);
        const auto hobbies = std::find_if(profiles->fields.cbegin(), profiles->fields.cend(),
                                          [](const FieldSpec &f) { return f.name == u"hobbies"_s; });
        QVERIFY(hobbies != profiles->fields.cend());
        QCOMPARE(hobbies->multiValue, u","_s);
        // Back to one value: joined as the files wrote them.
        {
            sql::Database db;
            QString error;
            QVERIFY2(db.open(m_path, &error), qPrintable(error));
            Catalog catalog(db);
            QVERIFY2(catalog.setMultiValue(*catalog.find(u"actito.profiles"_s, &error), u"hobbies"_s, {}, &error),
                     qPrintable(error));
        }
        QCOMPARE(value(u"SELECT hobbies FROM ds_actito__profiles WHERE profile_id = '88123'"_s).toString(),
                 u"cycling,reading,chess"_s);
    }
};

QTEST_GUILESS_MAIN(TestActitoExports)
#include "tst_actitoexports.moc"
