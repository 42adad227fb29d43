// SPDX-License-Identifier: GPL-3.0-or-later
// Taking files in: every documented format, exactly once, and every kind of bad input.
#include "TestSupport.h"
#include "core/Workspace.h"
#include "formats/HeaderMap.h"
#include "intake/Importer.h"
#include "store/DatasetStore.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wb;
using State = ImportResult::State;

Q_DECLARE_METATYPE(wb::ImportResult::State)

class TestImporter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    QString m_path;

    static QString sample(const QString &name)
    {
        return qEnvironmentVariable("WRITEBACK_TEST_DATA") + u"/writebacks/"_s + name;
    }

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(u"in/"_s + name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        test::writeAll(path, content);
        return path;
    }

    ImportResult take(const QString &path, const QString &dataset = {}, DateOrder order = DateOrder::Unknown)
    {
        Importer importer(m_path);
        ImportRequest r;
        r.localPath = path;
        r.dataset = dataset;
        r.dateOrder = order;
        return importer.importFile(r);
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

    QStringList fieldNames(const QString &dataset)
    {
        QStringList out;
        if (const auto d = DatasetStore(*m_ws).dataset(dataset))
            for (const FieldSpec &f : d->fields)
                out << f.name;
        return out;
    }

    qint64 rows(const QString &dataset)
    {
        const auto d = DatasetStore(*m_ws).dataset(dataset);
        return d ? d->rows : -1;
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

    void recognisesEachFormat_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("datasets");
        QTest::addColumn<int>("rows");
        QTest::addColumn<QString>("check");    // SQL returning one value
        QTest::addColumn<QVariant>("expected");
        QTest::newRow("Full Measure opens (BOM, CRLF, accents, t/f, empty values)")
            << u"content_card_opens.csv"_s << QStringList{u"fullmeasure.content_card_opens"_s} << 3
            << u"SELECT first_name || '|' || liked || '|' || last_viewed || '|' || counts FROM ds_fullmeasure__content_card_opens WHERE contact_id = '100234'"_s
            << QVariant(u"Renée|1|2026-11-20 14:05:33|3"_s);
        QTest::newRow("Full Measure engagement (its own created_at, quoted comma)")
            << u"content_card_engagement.csv"_s << QStringList{u"fullmeasure.content_card_engagement"_s} << 3
            << u"SELECT link_button_text || '|' || created_at FROM ds_fullmeasure__content_card_engagement WHERE count_clicks = 1 AND contact_id = '100234'"_s
            << QVariant(u"Campus map, parking|2026-11-20 14:07:00"_s);
        QTest::newRow("Full Measure delivery stats (US times with AM/PM)")
            << u"Delivery_stats.csv"_s << QStringList{u"fullmeasure.delivery_stats"_s} << 3
            << u"SELECT time_sent_est || '|' || error_messages FROM ds_fullmeasure__delivery_stats WHERE contact_id = '100235'"_s
            << QVariant(u"2026-11-20 09:00:01|Carrier rejected: number unreachable"_s);
        QTest::newRow("Full Measure form responses (question columns, quoted newline)")
            << u"Form_responses.csv"_s << QStringList{u"fullmeasure.form_responses"_s} << 2
            << u"SELECT anything_else_we_should_know FROM ds_fullmeasure__form_responses WHERE contact_id = '100234'"_s
            << QVariant(u"I'd like to visit, maybe in April.\nAlso: is housing guaranteed?"_s);
        QTest::newRow("Full Measure CVE inquiries (10/10/96, 9/22/2022 2:39:00 AM)")
            << u"cve_inquiries.csv"_s << QStringList{u"fullmeasure.cve_inquiries"_s} << 2
            << u"SELECT date_of_birth || '|' || time || '|' || matriculation_year FROM ds_fullmeasure__cve_inquiries WHERE email = 'test@test.com'"_s
            << QVariant(u"1996-10-10|2022-09-22 02:39:00|2023"_s);
        QTest::newRow("Deployteq activities (semicolons, no header)")
            << u"activity_STATEU_20261122.csv"_s << QStringList{u"deployteq.activities"_s} << 3
            << u"SELECT description_of_activity FROM ds_deployteq__activities WHERE activity = 'click'"_s
            << QVariant(u"https://example.edu/apply?utm=mail"_s);
        QTest::newRow("Deployteq broadcasts")
            << u"broadcast_STATEU_20261122.csv"_s << QStringList{u"deployteq.broadcasts"_s} << 1
            << u"SELECT subject FROM ds_deployteq__broadcasts"_s << QVariant(u"Welcome to State U, {{firstname}}!"_s);
        QTest::newRow("Actito e-mail openings (tab, profile- attribute)")
            << u"email_openings_20261122.csv"_s << QStringList{u"actito.email_openings"_s} << 2
            << u"SELECT profile_first_name FROM ds_actito__email_openings WHERE interaction_id = '9002'"_s
            << QVariant(u"José"_s);
        QTest::newRow("Actito e-mail clicks (one row per link)")
            << u"email_clicks_20261122.csv"_s << QStringList{u"actito.email_clicks"_s} << 2
            << u"SELECT sum(is_first_click) FROM ds_actito__email_clicks"_s << QVariant(1);
        QTest::newRow("Actito SMS delivery failed")
            << u"sms_delivery_failed_20261122.csv"_s << QStringList{u"actito.sms_delivery_failed"_s} << 1
            << u"SELECT error_status FROM ds_actito__sms_delivery_failed"_s << QVariant(u"UNKNOWN_PHONE_NUMBER"_s);
        QTest::newRow("Higher Logic mailing activity (no Link Label)")
            << u"mailing_activity.csv"_s << QStringList{u"higherlogic.mailing_activity"_s} << 2
            << u"SELECT count(*) FROM ds_higherlogic__mailing_activity WHERE subcode = 'Open'"_s << QVariant(1);
        QTest::newRow("Higher Logic subscriber status")
            << u"subscriber_status.csv"_s << QStringList{u"higherlogic.subscriber_status"_s} << 1
            << u"SELECT activity_code FROM ds_higherlogic__subscriber_status"_s << QVariant(u"InformzUnsubscribe"_s);
        QTest::newRow("Civitas outreach (message, students, properties)")
            << u"outreach_message.json"_s
            << QStringList{u"civitas.outreach"_s, u"civitas.outreach_properties"_s, u"civitas.outreach_details"_s}
            << 6
            << u"SELECT value FROM ds_civitas__outreach_properties WHERE value_id = '6260e21e-35a6-4142-96b3-f8da51a95a9c'"_s
            << QVariant(u"Trey Sample Illume Campaign"_s);
    }
    void recognisesEachFormat()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, datasets);
        QFETCH(int, rows);
        QFETCH(QString, check);
        QFETCH(QVariant, expected);
        const ImportResult r = take(sample(file));
        QVERIFY2(r.state == State::Imported, qPrintable(r.error.toString(r.name)));
        QCOMPARE(r.datasets, datasets);
        QCOMPARE(r.rowsRead, qint64(rows));
        QCOMPARE(r.inserted, qint64(rows));
        QCOMPARE(value(check).toString(), expected.toString());
        // Bookkeeping: where each row came from, and when.
        const QString table = u"ds_"_s + datasets.first().replace(u'.', u"__"_s);
        QVERIFY(value(u"SELECT min(_line) FROM %1"_s.arg(table)).toInt() >= 1);
        QCOMPARE(value(u"SELECT count(*) FROM %1 WHERE _file = %2"_s.arg(table).arg(r.fileId)).toInt(),
                 int(value(u"SELECT count(*) FROM %1"_s.arg(table)).toInt()));
        QVERIFY(value(u"SELECT f.taken_in_at FROM %1 AS t JOIN files AS f ON f.id = t._created_file LIMIT 1"_s.arg(table))
                    .toString()
                    .endsWith(u'Z'));
        QCOMPARE(value(u"SELECT count(*) FROM %1 WHERE _created_file <> _file OR _seq IS NOT NULL"_s.arg(table)).toInt(), 0);
    }

    void fieldNamesAreSnakeCase()
    {
        QCOMPARE(take(sample(u"content_card_engagement.csv"_s)).state, State::Imported);
        QCOMPARE(take(sample(u"Delivery_stats.csv"_s)).state, State::Imported);
        QCOMPARE(take(sample(u"cve_inquiries.csv"_s)).state, State::Imported);
        const DatasetStore store(*m_ws);
        QVERIFY(store.dataset(u"fullmeasure.content_card_engagement"_s)->fields.at(5).name == u"link_button_text"_s);
        QVERIFY(store.dataset(u"fullmeasure.delivery_stats"_s)->fields.at(7).name == u"error_messages"_s);
        QVERIFY(store.dataset(u"fullmeasure.cve_inquiries"_s)->fields.at(4).name == u"date_of_birth"_s);
        QCOMPARE(store.dataset(u"fullmeasure.cve_inquiries"_s)->fields.at(4).type, FieldType::Date);
    }

    void sameFileTwiceIsSkipped()
    {
        const ImportResult first = take(sample(u"content_card_opens.csv"_s));
        QCOMPARE(first.state, State::Imported);
        const ImportResult again = take(sample(u"content_card_opens.csv"_s));
        QCOMPARE(again.state, State::Skipped);
        QCOMPARE(again.fileId, first.fileId);
        QCOMPARE(rows(u"fullmeasure.content_card_opens"_s), 3);
        QCOMPARE(value(u"SELECT count(*) FROM files"_s).toInt(), 1);
        const FileRecord f = DatasetStore(*m_ws).files().first();
        QVERIFY2(QDateTime::fromString(f.firstSeenAt, Qt::ISODateWithMs).isValid(), qPrintable(f.firstSeenAt));
        QCOMPARE(f.firstSeenAt, f.lastAttemptAt);
        QCOMPARE(f.source, u"local"_s);
    }

    // The key is built from parsed values: the same moment written two ways is one row.
    void keysCompareParsedValues()
    {
        const QByteArray h = "Email,First Name,Last Name,Affiliation,Date of Birth,Matriculation Year,Tour Type,Title/Tags,Time\n";
        QCOMPARE(take(write(u"cve_1.csv"_s, h + "a@x.org,A,B,Parent,1/2/36,2027,t,x,9/22/2022 12:39:00 AM\n")).inserted, 1);
        const ImportResult r = take(write(u"cve_2.csv"_s, h + "a@x.org,A,B,Parent,1936-01-02,2027,t,x,2022-09-22 00:39:00\n"));
        QVERIFY2(r.state == State::Imported, qPrintable(r.error.toString(r.name)));
        QCOMPARE(r.inserted, 0);
        QCOMPARE(r.unchanged, 1);
        // Two-digit years never land in the future.
        QCOMPARE(value(u"SELECT date_of_birth FROM ds_fullmeasure__cve_inquiries"_s).toString(), u"1936-01-02"_s);
    }

    void overlappingDeliveriesUpdateInsteadOfDuplicating()
    {
        const QByteArray header = "contact_id,first_name,last_name,mobile_phone_number,liked,last_viewed,counts\n";
        const QString a = write(u"content_card_opens_1.csv"_s, header + "1,Ann,A,,f,2026-11-20 10:00:00,1\n"
                                                                       "2,Bob,B,,f,2026-11-20 10:00:00,1\n");
        const QString b = write(u"content_card_opens_2.csv"_s, header + "2,Bob,B,,t,2026-11-21 09:00:00,2\n"
                                                                       "1,Ann,A,,f,2026-11-20 10:00:00,1\n"
                                                                       "3,Cy,C,,f,2026-11-21 09:30:00,1\n");
        QCOMPARE(take(a).inserted, 2);
        const qint64 seqBefore = value(u"SELECT value FROM change_counter"_s).toLongLong();
        const qint64 firstFile = value(u"SELECT _file FROM ds_fullmeasure__content_card_opens WHERE contact_id='2'"_s).toLongLong();
        QTest::qWait(5); // a later clock tick for the second file's time
        const ImportResult r = take(b);
        QVERIFY2(r.state == State::Imported, qPrintable(r.error.toString(r.name)));
        QCOMPARE(r.inserted, 1);
        QCOMPARE(r.updated, 1);
        QCOMPARE(r.unchanged, 1);
        QCOMPARE(rows(u"fullmeasure.content_card_opens"_s), 3);
        QCOMPARE(value(u"SELECT liked || counts FROM ds_fullmeasure__content_card_opens WHERE contact_id='2'"_s).toString(), u"12"_s);
        // The changed row moved on; the unchanged one kept its file and has no change number.
        QCOMPARE(value(u"SELECT _seq FROM ds_fullmeasure__content_card_opens WHERE contact_id='2'"_s).toLongLong(), seqBefore + 1);
        QVERIFY(value(u"SELECT _seq FROM ds_fullmeasure__content_card_opens WHERE contact_id='1'"_s).isNull());
        QVERIFY(value(u"SELECT _seq FROM ds_fullmeasure__content_card_opens WHERE contact_id='3'"_s).isNull());
        QCOMPARE(value(u"SELECT _created_file FROM ds_fullmeasure__content_card_opens WHERE contact_id='2'"_s).toLongLong(), firstFile);
        QCOMPARE(value(u"SELECT _file FROM ds_fullmeasure__content_card_opens WHERE contact_id='2'"_s).toLongLong(), r.fileId);
        QCOMPARE(value(u"SELECT _file FROM ds_fullmeasure__content_card_opens WHERE contact_id='1'"_s).toLongLong(), firstFile);
        const QString times = u"SELECT u.taken_in_at > c.taken_in_at FROM ds_fullmeasure__content_card_opens AS t "
                              "JOIN files AS c ON c.id = t._created_file JOIN files AS u ON u.id = t._file WHERE contact_id = '%1'"_s;
        QVERIFY(value(times.arg(2)).toBool());
        QVERIFY(!value(times.arg(1)).toBool());
    }

    // Rows go to SQLite in batches: a batch that meets existing keys, and a key repeated
    // within one batch, must still come out right.
    void batchesWithExistingAndRepeatedKeys()
    {
        const QByteArray header = "contact_id,first_name,last_name,mobile_phone_number,liked,last_viewed,counts\n";
        QByteArray first = header;
        for (int i = 0; i < 150; i += 2)
            first += QByteArray::number(i) + ",N,L,,f,2026-11-20 10:00:00,1\n";
        QCOMPARE(take(write(u"content_card_opens_a.csv"_s, first)).inserted, 75);
        QByteArray second = header;
        for (int i = 0; i < 150; ++i)
            second += QByteArray::number(i) + ",N,L,,f,2026-11-20 10:00:00," + (i % 10 == 0 ? "2" : "1") + "\n";
        second += "3,N,L,,t,2026-11-21 10:00:00,9\n"; // the same key again, later in the file: it wins
        const ImportResult r = take(write(u"content_card_opens_b.csv"_s, second));
        QVERIFY2(r.state == State::Imported, qPrintable(r.error.toString(r.name)));
        QCOMPARE(r.rowsRead, 151);
        QCOMPARE(r.inserted, 75);
        QCOMPARE(r.updated, 15 + 1); // every tenth row of the old ones, and the repeated key
        QCOMPARE(r.unchanged, 151 - 75 - 16);
        QCOMPARE(rows(u"fullmeasure.content_card_opens"_s), 150);
        QCOMPARE(value(u"SELECT counts || liked FROM ds_fullmeasure__content_card_opens WHERE contact_id = '3'"_s).toString(), u"91"_s);
        // The old rows the second file changed carry its change number; the key it repeated was
        // created by that same file, so it is not an update for an export.
        QCOMPARE(value(u"SELECT count(_seq) FROM ds_fullmeasure__content_card_opens"_s).toInt(), 15);
        QCOMPARE(value(u"SELECT count(DISTINCT _seq) FROM ds_fullmeasure__content_card_opens"_s).toInt(), 1);
        QVERIFY(value(u"SELECT _seq FROM ds_fullmeasure__content_card_opens WHERE contact_id = '3'"_s).isNull());
    }

    void newFormQuestionsAddColumns()
    {
        QCOMPARE(take(sample(u"Form_responses.csv"_s)).state, State::Imported);
        const QString later = write(u"Form_responses_2.csv"_s, "contact_id,What term do you plan to start?,Preferred campus\n"
                                                               "100240,Fall 2027,Downtown\n");
        const ImportResult r = take(later);
        QVERIFY2(r.state == State::Imported, qPrintable(r.error.toString(r.name)));
        const auto d = DatasetStore(*m_ws).dataset(u"fullmeasure.form_responses"_s);
        QCOMPARE(d->rows, 3);
        QStringList names;
        for (const FieldSpec &f : d->fields)
            names << f.name;
        QCOMPARE(names, (QStringList{u"contact_id"_s, u"what_term_do_you_plan_to_start"_s,
                                     u"anything_else_we_should_know"_s, u"preferred_campus"_s}));
        QCOMPARE(value(u"SELECT preferred_campus FROM ds_fullmeasure__form_responses WHERE contact_id='100240'"_s).toString(), u"Downtown"_s);
        QVERIFY(value(u"SELECT anything_else_we_should_know FROM ds_fullmeasure__form_responses WHERE contact_id='100234'"_s).toString().startsWith(u"I'd like"_s));
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        const QByteArray h = "contact_id,first_name,last_name,mobile_phone_number,liked,last_viewed,counts\n";
        QTest::newRow("ragged row") << u"content_card_opens.csv"_s
                                    << h + "1,Ann,A,,f,2026-11-20 10:00:00,1\n2,Bob,B,,f\n" << 3 << 0 << u"expected 7 fields"_s;
        QTest::newRow("unterminated quote") << u"content_card_opens.csv"_s
                                            << h + "1,\"Ann,A,,f,2026-11-20 10:00:00,1\n" << 2 << 3 << u"unterminated"_s;
        QTest::newRow("invalid UTF-8") << u"content_card_opens.csv"_s
                                       << h + "1,Ren\xe9" "e,A,,f,2026-11-20 10:00:00,1\n" << 2 << 0 << u"UTF-8"_s;
        QTest::newRow("date that does not parse") << u"content_card_opens.csv"_s
                                                  << h + "1,Ann,A,,f,2026-13-45 10:00:00,1\n" << 2 << 6 << u"last_viewed"_s;
        QTest::newRow("boolean that is not") << u"content_card_opens.csv"_s
                                             << h + "1,Ann,A,,maybe,2026-11-20 10:00:00,1\n" << 2 << 5 << u"yes/no"_s;
        QTest::newRow("unknown header") << u"mystery.csv"_s << QByteArray("alpha,beta\n1,2\n") << 1 << 0 << u"matches no known format"_s;
        QTest::newRow("empty file") << u"content_card_opens.csv"_s << QByteArray() << 0 << 0 << u"empty"_s;
        QTest::newRow("broken JSON") << u"outreach.json"_s << QByteArray("{\n \"outreachId\": \"x\",\n \"outreachProperties\": [\n}") << 4 << 1 << u"invalid JSON"_s;
    }
    void badInput()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        const QString path = write(name, content);
        const ImportResult r = take(path);
        QCOMPARE(r.state, State::Failed);
        QVERIFY2(r.error.message.contains(message, Qt::CaseInsensitive), qPrintable(r.error.toString(r.name)));
        QCOMPARE(r.error.line, qint64(line));
        if (column > 0)
            QCOMPARE(r.error.column, qint64(column));
        // Nothing of the file stays behind, and the ledger says why it failed.
        for (const DatasetSummary &d : DatasetStore(*m_ws).datasets())
            QCOMPARE(d.rows, 0);
        const QList<FileRecord> files = DatasetStore(*m_ws).files();
        QCOMPARE(files.size(), 1);
        QCOMPARE(files.first().state, u"failed"_s);
        QCOMPARE(files.first().error, r.error.message);
        QCOMPARE(files.first().errorLine, qint64(line));
    }

    void aFixedFileIsTakenInOnRetry()
    {
        const QByteArray h = "contact_id,first_name,last_name,mobile_phone_number,liked,last_viewed,counts\n";
        const QString path = write(u"content_card_opens.csv"_s, h + "1,Ann,A,,f,yesterday,1\n");
        QCOMPARE(take(path).state, State::Failed);
        QCOMPARE(take(path).state, State::Failed);
        QCOMPARE(DatasetStore(*m_ws).files().first().attempts, 2);
        test::writeAll(path, h + "1,Ann,A,,f,2026-11-22 08:00:00,1\n");
        const ImportResult r = take(path);
        QVERIFY2(r.state == State::Imported, qPrintable(r.error.toString(r.name)));
        QCOMPARE(rows(u"fullmeasure.content_card_opens"_s), 1);
        const QList<FileRecord> files = DatasetStore(*m_ws).files();
        QCOMPARE(files.size(), 2); // the failed version stays on record beside the good one
        QCOMPARE(files.first().state, u"imported"_s);
    }

    void windows1252WhenTheUserSaysSo()
    {
        const QString path = write(u"content_card_opens.csv"_s,
                                   "contact_id,first_name,last_name,mobile_phone_number,liked,last_viewed,counts\n"
                                   "1,Ren\xe9" "e,M\xfcller,,f,2026-11-20 10:00:00,1\n");
        ImportResult r = take(path);
        QCOMPARE(r.state, State::Failed);
        QVERIFY2(r.error.message.contains(u"Windows-1252"_s), qPrintable(r.error.message));
        Importer importer(m_path);
        ImportRequest request;
        request.localPath = path;
        request.encoding = u"windows-1252"_s;
        r = importer.importFile(request);
        QVERIFY2(r.state == State::Imported, qPrintable(r.error.toString(r.name)));
        QCOMPARE(value(u"SELECT first_name || ' ' || last_name FROM ds_fullmeasure__content_card_opens"_s).toString(),
                 u"Renée Müller"_s);
    }

    // A fetch that could not download a file records it; taking it in later settles it.
    void anUnreadableFileIsListedUntilTakenIn()
    {
        const QString path = write(u"Delivery_stats.csv"_s, test::readAll(sample(u"Delivery_stats.csv"_s)));
        Importer importer(m_path);
        ImportRequest request;
        request.localPath = path;
        request.name = u"Delivery_stats.csv"_s;
        request.source = u"fm"_s;
        request.origin = u"incoming/Delivery_stats.csv"_s;
        request.modified = QFileInfo(path).lastModified();
        importer.recordUnreadable(request, QFileInfo(path).size(), u"permission denied"_s);
        importer.recordUnreadable(request, QFileInfo(path).size(), u"permission denied"_s);
        QList<FileRecord> files = DatasetStore(*m_ws).files();
        QCOMPARE(files.size(), 1);
        QCOMPARE(files.first().state, u"failed"_s);
        QCOMPARE(files.first().attempts, 2);
        QCOMPARE(files.first().error, u"permission denied"_s);
        QCOMPARE(importer.importFile(request).state, State::Imported);
        files = DatasetStore(*m_ws).files();
        QCOMPARE(files.size(), 1);
        QCOMPARE(files.first().state, u"imported"_s);
    }

    void ambiguousActitoFileAsksForTheDataset()
    {
        const QString path = write(u"export_20261122.csv"_s,
                                   "interactionId,campaignId,abVersion,profileId,subscription,eventTime,emailAddress,campaignTechnicalName\n"
                                   "1,2,A,3,news,2026-11-22 10:00:00,a@b.c,camp\n");
        ImportResult r = take(path);
        QCOMPARE(r.state, State::Failed);
        QVERIFY2(r.error.message.contains(u"actito.email_openings"_s) && r.error.message.contains(u"--as"_s),
                 qPrintable(r.error.message));
        r = take(path, u"actito.email_openings"_s);
        QVERIFY2(r.state == State::Imported, qPrintable(r.error.toString(r.name)));
        QCOMPARE(rows(u"actito.email_openings"_s), 1);
    }

    // Actito writes the customer's date format; a European one is day first.
    void dayFirstDatesAreRefusedUntilTold()
    {
        const QString path = sample(u"dayfirst/export.csv"_s);
        ImportResult r = take(path, u"actito.email_openings"_s);
        QCOMPARE(r.state, State::Failed);
        QVERIFY(r.error.dateOrderNeeded);
        QCOMPARE(r.error.line, 2);
        QCOMPARE(r.error.column, 6);
        QVERIFY2(r.error.message.contains(u"05/12/2026 08:15:00"_s) && r.error.message.contains(u"date order"_s),
                 qPrintable(r.error.message));
        QVERIFY(rows(u"actito.email_openings"_s) <= 0); // nothing stays behind, the dataset included
        QCOMPARE(DatasetStore(*m_ws).files().first().state, u"failed"_s);

        r = take(path, u"actito.email_openings"_s, DateOrder::DayFirst);
        QVERIFY2(r.state == State::Imported, qPrintable(r.error.toString(r.name)));
        QCOMPARE(r.inserted, 3);
        QCOMPARE(value(u"SELECT group_concat(event_time, '|') FROM (SELECT event_time FROM ds_actito__email_openings "
                       "ORDER BY interaction_id)"_s),
                 QVariant(u"2026-12-05 08:15:00|2026-12-05 08:17:42|2026-12-06 19:02:10"_s));
        QCOMPARE(DatasetStore(*m_ws).files().first().state, u"imported"_s);
    }

    void aDayAbove12ShowsTheOrder()
    {
        const ImportResult r = take(sample(u"dayfirst/email_openings_20261213.csv"_s));
        QVERIFY2(r.state == State::Imported, qPrintable(r.error.toString(r.name)));
        QCOMPARE(r.datasets, QStringList{u"actito.email_openings"_s});
        QCOMPARE(value(u"SELECT group_concat(event_time, '|') FROM (SELECT event_time FROM ds_actito__email_openings "
                       "ORDER BY interaction_id)"_s),
                 QVariant(u"2026-12-11 23:50:00|2026-12-13 07:05:00"_s));
    }

    void dateOrders_data()
    {
        QTest::addColumn<QByteArray>("times"); // eventTime of rows 1, 2, ... joined by '|'
        QTest::addColumn<int>("order");        // DateOrder told
        QTest::addColumn<QString>("stored");   // joined by '|'; empty: refused
        QTest::addColumn<QString>("message");  // part of the refusal
        const auto U = int(DateOrder::Unknown);
        QTest::newRow("month first shown after an ambiguous date: taken again")
            << QByteArray("05/12/2026 10:00|12/13/2026 10:00|01/02/2026 10:00") << U
            << u"2026-05-12 10:00:00|2026-12-13 10:00:00|2026-01-02 10:00:00"_s << QString();
        QTest::newRow("US with AM/PM, as ever") << QByteArray("11/20/2026 3:00 PM|1/2/2026 9:00 AM") << U
                                               << u"2026-11-20 15:00:00|2026-01-02 09:00:00"_s << QString();
        QTest::newRow("day equal to month is no question") << QByteArray("07/07/2026 10:00") << U
                                                           << u"2026-07-07 10:00:00"_s << QString();
        QTest::newRow("ISO needs no order") << QByteArray("2026-12-05 10:00:00|2026/12/06 11:00") << U
                                            << u"2026-12-05 10:00:00|2026-12-06 11:00:00"_s << QString();
        QTest::newRow("dots, day first shown") << QByteArray("05.12.2026 10:00|24.12.2026 10:00") << U
                                               << u"2026-12-05 10:00:00|2026-12-24 10:00:00"_s << QString();
        QTest::newRow("dashes, told day first") << QByteArray("05-12-2026 10:00:00|06-12-20 11:00") << int(DateOrder::DayFirst)
                                                << u"2026-12-05 10:00:00|2020-12-06 11:00:00"_s << QString();
        QTest::newRow("told month first") << QByteArray("05/12/2026 10:00") << int(DateOrder::MonthFirst)
                                          << u"2026-05-12 10:00:00"_s << QString();
        QTest::newRow("told year first") << QByteArray("20/12/05 10:00|2026.12.06 10:00") << int(DateOrder::YearFirst)
                                         << u"2020-12-05 10:00:00|2026-12-06 10:00:00"_s << QString();
        QTest::newRow("a column that contradicts itself")
            << QByteArray("13/12/2026 10:00|12/13/2026 10:00") << U << QString()
            << u"line 2 showed this column's dates day first"_s;
        QTest::newRow("told day first, a month 13") << QByteArray("05/13/2026 10:00") << int(DateOrder::DayFirst)
                                                    << QString() << u"d/M/yyyy"_s;
        QTest::newRow("ambiguous dots") << QByteArray("05.12.2026 10:00") << U << QString() << u"date order"_s;
    }
    void dateOrders()
    {
        QFETCH(QByteArray, times);
        QFETCH(int, order);
        QFETCH(QString, stored);
        QFETCH(QString, message);
        QByteArray content = "interactionId\tcampaignId\tabVersion\tprofileId\tsubscription\teventTime\temailAddress\t"
                             "campaignTechnicalName\n";
        int id = 0;
        for (const QByteArray &t : times.split('|'))
            content += QByteArray::number(++id) + "\t7\tA\t9\tnews\t" + t + "\ta@example.be\tcamp\n";
        static int n = 0;
        const ImportResult r = take(write(u"email_openings_%1.csv"_s.arg(++n), content), {}, DateOrder(order));
        if (stored.isEmpty()) {
            QCOMPARE(r.state, State::Failed);
            QVERIFY2(r.error.message.contains(message), qPrintable(r.error.toString(r.name)));
            QCOMPARE(r.error.column, 6);
            QVERIFY(rows(u"actito.email_openings"_s) <= 0);
            return;
        }
        QVERIFY2(r.state == State::Imported, qPrintable(r.error.toString(r.name)));
        QCOMPARE(r.inserted, id);
        QCOMPARE(value(u"SELECT group_concat(event_time, '|') FROM (SELECT event_time FROM ds_actito__email_openings "
                       "ORDER BY CAST(interaction_id AS INTEGER))"_s),
                 QVariant(stored));
    }

    void genericCsvUnderAUserName()
    {
        const QString path = write(u"slate_export.csv"_s, "Ref;Name;Score\n1;Ann;9\n2;Bob;7\n");
        ImportResult r = take(path, u"slate.scores"_s);
        QVERIFY2(r.state == State::Imported, qPrintable(r.error.toString(r.name)));
        QCOMPARE(value(u"SELECT name FROM ds_slate__scores WHERE ref = '2'"_s).toString(), u"Bob"_s);
        // The preview's overrides: no header, another separator, no quoting.
        Importer importer(m_path);
        ImportRequest request;
        request.localPath = write(u"raw.txt"_s, "7|\"quoted\"|x\n8|plain|y\n");
        request.dataset = u"slate.raw"_s;
        request.delimiter = '|';
        request.quote = '\0';
        request.hasHeader = false;
        r = importer.importFile(request);
        QVERIFY2(r.state == State::Imported, qPrintable(r.error.toString(r.name)));
        QCOMPARE(r.rowsRead, 2);
        QCOMPARE(value(u"SELECT column_2 FROM ds_slate__raw WHERE column_1 = '7'"_s).toString(), u"\"quoted\""_s);
        r = take(write(u"x.csv"_s, "a\n1\n"), u"Bad Name!"_s);
        QCOMPARE(r.state, State::Failed);
        QVERIFY(r.error.message.contains(u"not a valid dataset name"_s));
        // "a__b" would share the table of "a.b".
        QCOMPARE(take(write(u"y.csv"_s, "a\n1\n"), u"slate__scores"_s).state, State::Failed);
    }

    // A header map is checked when it is given, each problem at its line and column.
    void headerMapProblems_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("dataset");
        QTest::addColumn<QStringList>("problems");
        const QString openings = u"actito.email_openings has no field \"email\" (its fields: interaction_id, campaign_id, "
                                 "ab_version, profile_id, subscription, event_time, email_address, campaign_technical_name)"_s;
        QTest::newRow("good") << QByteArray("E-mail,email_address\r\n\n\"Opened, at\",event_time\n") << u"actito.email_openings"_s
                              << QStringList();
        QTest::newRow("one column") << QByteArray("E-mail\n") << u"x"_s
                                    << QStringList{u"map.csv:1:2: expected two columns, their header (or #position) and the "
                                                   "field, found 1"_s};
        QTest::newRow("three columns") << QByteArray("a,b\nc,d,e\n") << u"x"_s
                                       << QStringList{u"map.csv:2:3: expected two columns, their header (or #position) and "
                                                      "the field, found 3"_s};
        QTest::newRow("semicolons") << QByteArray("E-mail;email_address\n") << u"x"_s
                                    << QStringList{u"map.csv:1:2: expected their header and the field separated by a comma, "
                                                   "found a semicolon or tab"_s};
        QTest::newRow("empty field") << QByteArray("E-mail,\n") << u"x"_s
                                     << QStringList{u"map.csv:1:2: the field for \"E-mail\" is empty"_s};
        QTest::newRow("position 0") << QByteArray("#0,x\n") << u"x"_s
                                    << QStringList{u"map.csv:1:1: column positions start at #1"_s};
        QTest::newRow("two headers to one field") << QByteArray("E-mail,email_address\nMail,email_address\n")
                                                  << u"actito.email_openings"_s
                                                  << QStringList{u"map.csv:2:2: the field \"email_address\" is mapped to "
                                                                 "already on line 1: a field takes one column"_s};
        QTest::newRow("one header twice") << QByteArray("E-mail,email_address\ne mail,x\n#8,y\n# 8,z\n") << u"x"_s
                                          << QStringList{u"map.csv:2:1: \"e mail\" is mapped already on line 1"_s,
                                                         u"map.csv:4:1: \"# 8\" is mapped already on line 3"_s};
        QTest::newRow("unterminated quote") << QByteArray("a,b\n\"E-mail,email_address\n") << u"x"_s
                                            << QStringList{u"map.csv:2:1: unterminated quoted field (opened at line 2, column 1)"_s};
        QTest::newRow("empty") << QByteArray("\n\n") << u"x"_s
                               << QStringList{u"map.csv: the header map is empty: write one line a column, their header "
                                              "and the field, such as E-mail,email_address"_s};
        QTest::newRow("not a field of the format") << QByteArray("Opened at,event_time\nE-mail,email\n")
                                                   << u"actito.email_openings"_s << QStringList{u"map.csv:2:2: "_s + openings};
        QTest::newRow("problems of both kinds") << QByteArray("E-mail;email_address\n#0,x\nOpened at,when\n")
                                               << u"actito.email_openings"_s
                                               << QStringList{u"map.csv:1:2: expected their header and the field separated "
                                                              "by a comma, found a semicolon or tab"_s,
                                                              u"map.csv:2:1: column positions start at #1"_s,
                                                              u"map.csv:3:2: "_s + QString(openings).replace(u"\"email\""_s, u"\"when\""_s)};
        QTest::newRow("not a field name") << QByteArray("E-mail,Email Address\nId,1st\n") << u"slate.scores"_s
                                          << QStringList{u"map.csv:1:2: \"Email Address\" is not a field name: use "
                                                         "lower-case letters, digits and '_' (such as email_address)"_s,
                                                         u"map.csv:2:2: \"1st\" is not a field name: use lower-case "
                                                         "letters, digits and '_' (such as f_1st)"_s};
        QTest::newRow("a documented position") << QByteArray("#8,study_programme\n#3,student\n") << u"deployteq.activities"_s
                                               << QStringList{u"map.csv:2:2: deployteq.activities has no field \"student\" "
                                                              "(its fields: broadcast_id, customer_id, "
                                                              "external_customer_number, e_mail_address, activity, "
                                                              "activity_date, description_of_activity; a column after its "
                                                              "7 documented ones may take a name of your own)"_s};
        QTest::newRow("no dataset") << QByteArray("E-mail,email_address\n") << QString()
                                    << QStringList{u"A header map names the fields of one dataset: say which with --as."_s};
        QTest::newRow("JSON") << QByteArray("E-mail,email_address\n") << u"civitas.outreach"_s
                              << QStringList{u"civitas.outreach is read from JSON, whose fields have no header to map."_s};
    }
    void headerMapProblems()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, dataset);
        QFETCH(QStringList, problems);
        HeaderMap map;
        QStringList found;
        parseHeaderMap(content, u"map.csv"_s, &map, &found);
        found += wb::headerMapProblems(map, dataset, u"map.csv"_s);
        QCOMPARE(found, problems);
    }

    // Without a header row a known format's fields take their documented places, which a map
    // can change; a rule's header setting overrides recognition both ways.
    void headerRowAndColumnPositions()
    {
        Importer importer(m_path);
        auto takeWith = [&](const QString &path, const QString &dataset, std::optional<bool> hasHeader,
                            const QByteArray &mapText) {
            ImportRequest r;
            r.localPath = path;
            r.dataset = dataset;
            r.hasHeader = hasHeader;
            QStringList problems;
            if (!mapText.isEmpty() && !parseHeaderMap(mapText, u"map.csv"_s, &r.headerMap, &problems))
                qWarning() << problems;
            return importer.importFile(r);
        };
        // Their export starts with the customer, then the broadcast: a map swaps them back.
        const QString swapped = write(u"activity_BRAND_20261201.csv"_s,
                                      "55601;2001;EXT-801;emma@example.nl;open;2026-12-01 07:12:44;iOS\n");
        ImportResult r = takeWith(swapped, u"deployteq.activities"_s, std::nullopt, "#1,customer_id\n#2,broadcast_id\n");
        QVERIFY2(r.state == State::Imported, qPrintable(r.error.toString(r.name)));
        QCOMPARE(value(u"SELECT broadcast_id || '/' || customer_id FROM ds_deployteq__activities"_s).toString(),
                 u"2001/55601"_s);
        // Too few columns for the format: refused, not spread over the wrong fields.
        const QString broadcast = write(u"broadcast_BRAND_20261201.csv"_s,
                                        "2001;CAMPAIGN;Open dag;Kom langs;2026-12-01 06:00:00\n");
        r = takeWith(broadcast, u"deployteq.activities"_s, false, {});
        QCOMPARE(r.state, State::Failed);
        QCOMPARE(r.error.toString(r.name), u"broadcast_BRAND_20261201.csv:1: the file has 5 column(s) and no header row: "
                                           "deployteq.activities lacks its field(s) activity_date, "
                                           "description_of_activity (a header map can place them: #POSITION,field)"_s);
        // Said to have a header, a headerless file is not taken for one by its name.
        r = takeWith(broadcast, QString(), true, {});
        QCOMPARE(r.state, State::Failed);
        QVERIFY2(r.error.message.contains(u"matches no known format"_s), qPrintable(r.error.message));
        r = takeWith(broadcast, QString(), std::nullopt, {});
        QVERIFY2(r.state == State::Imported, qPrintable(r.error.toString(r.name)));
        // A generic dataset: positions name its columns, the others are column_N.
        const QString plain = write(u"students.txt"_s, "s1001,Ann,Law\ns1002,Bob,Medicine\n");
        r = takeWith(plain, u"local.students"_s, std::nullopt, "#1,student_number\n#3,programme\n");
        QVERIFY2(r.state == State::Imported, qPrintable(r.error.toString(r.name)));
        QCOMPARE(fieldNames(u"local.students"_s), (QStringList{u"student_number"_s, u"column_2"_s, u"programme"_s}));
        QCOMPARE(value(u"SELECT programme FROM ds_local__students WHERE student_number = 's1002'"_s).toString(),
                 u"Medicine"_s);
        // A header renamed for a generic dataset.
        r = takeWith(write(u"slate.csv"_s, "Matrikel-Nr,Name\n7,Ann\n"), u"local.slate"_s, std::nullopt,
                     "Matrikel-Nr,student_number\n");
        QVERIFY2(r.state == State::Imported, qPrintable(r.error.toString(r.name)));
        QCOMPARE(fieldNames(u"local.slate"_s), (QStringList{u"student_number"_s, u"name"_s}));
    }

    // A generic dataset has no key: every row is its own, even two identical ones.
    void genericRowsAreNeverMerged()
    {
        ImportResult r = take(write(u"scans_1.csv"_s, "badge,door\n17,A\n17,A\n18,B\n"), u"campus.scans"_s);
        QVERIFY2(r.state == State::Imported, qPrintable(r.error.toString(r.name)));
        QCOMPARE(r.inserted, 3);
        r = take(write(u"scans_2.csv"_s, "badge,door\n17,A\n"), u"campus.scans"_s);
        QCOMPARE(r.inserted, 1);
        QCOMPARE(rows(u"campus.scans"_s), 4);
    }

    // Form responses have no id: a response is its whole row, so a later file repeating the
    // same answers adds nothing, a changed answer is a new response, and a new question
    // column widens the identity without merging old responses.
    void formResponsesAreTheirWholeRow()
    {
        const QByteArray header = "contact_id,Which campus?\n";
        QCOMPARE(take(write(u"form_responses_1.csv"_s, header + "7,North\n8,\n")).inserted, 2);
        ImportResult r = take(write(u"form_responses_2.csv"_s, header + "7,North\n8,\n7,South\n"));
        QVERIFY2(r.state == State::Imported, qPrintable(r.error.toString(r.name)));
        QCOMPARE(r.inserted, 1);
        QCOMPARE(r.unchanged, 2);
        r = take(write(u"form_responses_3.csv"_s, "contact_id,Which campus?,Major\n7,North,\n7,North,Law\n"));
        QVERIFY2(r.state == State::Imported, qPrintable(r.error.toString(r.name)));
        QCOMPARE(r.inserted, 1);
        QCOMPARE(rows(u"fullmeasure.form_responses"_s), 4);
    }

    void civitasJsonLinesAndArrays()
    {
        const QByteArray one = test::readAll(sample(u"outreach_message.json"_s)).simplified();
        const QString lines = write(u"outreach.jsonl"_s, one + "\n" + QByteArray(one).replace("5751e799", "aaaa0000") + "\n");
        ImportResult r = take(lines);
        QVERIFY2(r.state == State::Imported, qPrintable(r.error.toString(r.name)));
        QCOMPARE(rows(u"civitas.outreach"_s), 4);
        const QString array = write(u"outreach_array.json"_s, "[" + one + "]");
        r = take(array);
        QVERIFY2(r.state == State::Imported, qPrintable(r.error.toString(r.name)));
        QCOMPARE(r.inserted, 0); // the same message again: nothing new
        QCOMPARE(rows(u"civitas.outreach"_s), 4);
        // A bad value is reported on the line of its message.
        const QString bad = write(u"outreach_bad.jsonl"_s, one + "\n" + QByteArray(one).replace("2018-06-11T21:07:44.222117", "yesterday") + "\n");
        r = take(bad);
        QCOMPARE(r.state, State::Failed);
        QCOMPARE(r.error.line, 2);
        QVERIFY2(r.error.message.contains(u"student_created_at"_s) || r.error.message.contains(u"studentCreatedAt"_s), qPrintable(r.error.message));
    }

    // The vendor document's three examples, a later message with email properties, and the
    // Advisor outreach again with its result relabelled in Civitas (its valueId unchanged).
    void civitasPropertiesBecomeColumns()
    {
        ImportResult r = take(sample(u"civitas_outreach_1.jsonl"_s));
        QVERIFY2(r.state == State::Imported, qPrintable(r.error.toString(r.name)));
        QCOMPARE(r.datasets.last(), u"civitas.outreach_details"_s);
        QCOMPARE(rows(u"civitas.outreach_details"_s), 4); // Illume's two students, Advisor, Faculty
        const QStringList message{u"outreach_id"_s, u"created_at"_s, u"employee_first_name"_s,
                                  u"employee_last_name"_s, u"employee_email"_s, u"outreach_source"_s,
                                  u"outreach_medium"_s, u"student_institution_person_id"_s,
                                  u"student_first_name"_s, u"student_last_name"_s,
                                  u"student_email_address"_s, u"student_created_at"_s};
        // In order of first appearance, each message's properties by outreachPropertyId.
        const QStringList first{u"outreach_medium_result"_s, u"outreach_medium_result_value_id"_s,
                                u"outreach_initiator"_s, u"outreach_initiator_value_id"_s, u"campaign_name"_s,
                                u"campaign_name_value_id"_s, u"is_success"_s, u"is_attrition"_s,
                                u"duration_in_ms"_s, u"outreach_topic"_s, u"outreach_recommendation"_s,
                                u"outreach_reason"_s, u"raw_enrollment_id"_s};
        QCOMPARE(fieldNames(u"civitas.outreach_details"_s), message + first);
        const QString advisor = u"FROM ds_civitas__outreach_details WHERE outreach_id LIKE 'Oecba66b%'"_s;
        QCOMPARE(value(u"SELECT created_at || '|' || student_first_name || '|' || outreach_medium_result || '|' || "
                       "outreach_medium_result_value_id || '|' || outreach_reason || '|' || "
                       "outreach_recommendation || '|' || quote(campaign_name) "_s + advisor).toString(),
                 u"2018-06-11 19:14:34.391597|Marcus|Text message sent|c95267ff-2718-f2d3-1cd1-38f2f2bad8da|"
                 "Student Hold|Referred to Financial Aid|NULL"_s);
        QCOMPARE(value(u"SELECT group_concat(student_first_name || ':' || campaign_name_value_id, ',') FROM "
                       "ds_civitas__outreach_details WHERE outreach_id LIKE '5751e799%'"_s).toString(),
                 u"Scarlett:6260e21e-35a6-4142-96b3-f8da51a95a9c,Amélie:6260e21e-35a6-4142-96b3-f8da51a95a9c"_s);
        // No valueId, no column: outreachReason has none in these messages.
        QCOMPARE(value(u"SELECT count(*) FROM dataset_fields WHERE name = 'outreach_reason_value_id'"_s).toInt(), 0);

        // A property that appears only in a later message brings its columns then.
        r = take(sample(u"civitas_outreach_2.jsonl"_s));
        QVERIFY2(r.state == State::Imported, qPrintable(r.error.toString(r.name)));
        QCOMPARE(fieldNames(u"civitas.outreach_details"_s),
                 (message + first
                  + QStringList{u"email_subject"_s, u"email_message"_s, u"email_sender_address"_s,
                                u"email_sender_first_name"_s, u"email_sender_last_name"_s}));
        QCOMPARE(value(u"SELECT group_concat(student_first_name || ':' || email_subject || ':' || "
                       "outreach_initiator_value_id, ',') FROM ds_civitas__outreach_details WHERE email_subject IS NOT NULL"_s)
                     .toString(),
                 u"Scarlett:Student success test message:07e0f3dd-1673-8244-2364-b95f97bbf13e,"
                 "Marcus:Student success test message:07e0f3dd-1673-8244-2364-b95f97bbf13e"_s);
        QCOMPARE(value(u"SELECT email_message FROM ds_civitas__outreach_details WHERE student_first_name = 'Marcus' "
                       "AND email_message IS NOT NULL"_s).toString(),
                 u"Dear [Student Firstname],\nTest sending an outreach, \"quoted\".\nThanks, Trey"_s);

        // The same messages again, one relabelled: only its rows change, and are marked changed.
        r = take(sample(u"civitas_outreach_3.jsonl"_s));
        QVERIFY2(r.state == State::Imported, qPrintable(r.error.toString(r.name)));
        QCOMPARE(r.inserted, 0);
        QCOMPARE(r.updated, 2); // the property's own row and the outreach's details row
        QCOMPARE(value(u"SELECT outreach_medium_result || '|' || outreach_medium_result_value_id "_s + advisor).toString(),
                 u"Texted the student|c95267ff-2718-f2d3-1cd1-38f2f2bad8da"_s);
        QCOMPARE(value(u"SELECT group_concat(student_first_name, ',') FROM ds_civitas__outreach_details "
                       "WHERE _seq IS NOT NULL"_s).toString(),
                 u"Marcus"_s);
        QCOMPARE(rows(u"civitas.outreach_details"_s), 6);
    }

    // Names that would take another column's place, several values of one name, and a later
    // message that no longer has a property.
    void civitasPropertyColumnsNeverCollide()
    {
        const QByteArray message = R"({"outreachId": "o-1", "createdAt": "2018-06-11T19:35:15.5",
            "students": [{"institutionPersonID": "7"}], "outreachProperties": [
            {"outreachPropertyId": 3, "name": "outreachTopic", "value": "Personal"},
            {"outreachPropertyId": 2, "name": "outreachTopic", "value": "Academic", "valueId": "t-1"},
            {"outreachPropertyId": 4, "name": "createdAt", "value": "yesterday"},
            {"outreachPropertyId": 5, "name": "campaignNameValueId", "value": "x"},
            {"outreachPropertyId": 6, "name": "campaignName", "value": "C", "valueId": "c-1"},
            {"outreachPropertyId": 7, "name": "CampaignName", "value": "D"},
            {"outreachPropertyId": 8, "name": "--", "value": "no column"}]})";
        ImportResult r = take(write(u"odd.json"_s, message));
        QVERIFY2(r.state == State::Imported, qPrintable(r.error.toString(r.name)));
        QCOMPARE(fieldNames(u"civitas.outreach_details"_s).mid(12),
                 (QStringList{u"outreach_topic"_s, u"outreach_topic_value_id"_s, u"created_at_property"_s,
                              u"campaign_name_value_id_property"_s, u"campaign_name"_s, u"campaign_name_value_id"_s}));
        const QString row = u"SELECT created_at || '|' || outreach_topic || '|' || outreach_topic_value_id || '|' || "
                            "created_at_property || '|' || campaign_name_value_id_property || '|' || campaign_name || "
                            "'|' || campaign_name_value_id FROM ds_civitas__outreach_details"_s;
        // Several values of one name are a multi-valued field (joined by U+001F), in property id order.
        QCOMPARE(value(row).toString(), u"2018-06-11 19:35:15.500|Academic\x1fPersonal|t-1|yesterday|x|C\x1f" "D|c-1"_s);

        // Delivered again without its topics: the row is what the latest message says.
        r = take(write(u"odd_again.json"_s, QByteArray(message).replace("outreachTopic", "outreachReason")));
        QVERIFY2(r.state == State::Imported, qPrintable(r.error.toString(r.name)));
        QCOMPARE(value(u"SELECT quote(outreach_topic) || '|' || outreach_reason FROM ds_civitas__outreach_details"_s)
                     .toString(),
                 u"NULL|Academic\x1fPersonal"_s);
        QCOMPARE(rows(u"civitas.outreach_details"_s), 1);
    }

    void civitasMicrosecondsAreKept()
    {
        QCOMPARE(take(sample(u"outreach_message.json"_s)).state, State::Imported);
        QCOMPARE(value(u"SELECT created_at || '|' || student_created_at FROM ds_civitas__outreach LIMIT 1"_s).toString(),
                 u"2018-06-11 19:35:15.366848|2018-06-11 21:07:44.222117"_s);
        QCOMPARE(value(u"SELECT created_at FROM ds_civitas__outreach_properties LIMIT 1"_s).toString(),
                 u"2018-06-11 19:35:15.366848"_s);
    }
};

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
