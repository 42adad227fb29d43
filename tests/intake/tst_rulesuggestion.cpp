// SPDX-License-Identifier: GPL-3.0-or-later
// "Make a rule for files like this one": the pattern made from a file's name, and what a real
// failure in the ledger says about the dataset and the date order.
#include "TestSupport.h"
#include "core/IntakeRule.h"
#include "core/Workspace.h"
#include "intake/Importer.h"
#include "intake/RuleSuggestion.h"
#include "store/DatasetStore.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wb;

class TestRuleSuggestion : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // Takes `content` in as `name`, delivered by the connection "actito", and returns its ledger record.
    FileRecord failed(const QString &name, const QByteArray &content, const QString &archive = {})
    {
        static int n = 0;
        ++n;
        const QString path = m_dir.filePath(u"%1-%2"_s.arg(n).arg(name.section(u'/', -1)));
        if (!test::writeAll(path, content))
            return {};
        Workspace ws;
        QString error;
        if (!ws.open(m_dir.filePath(u"ws%1.sqlite"_s.arg(n)), &error)) {
            qWarning() << error;
            return {};
        }
        ImportRequest request;
        request.localPath = path;
        request.name = name;
        request.source = u"actito"_s;
        request.origin = u"/exports/"_s + name;
        request.archiveName = archive;
        const ImportResult r = Importer(ws.path()).importFile(request);
        if (r.state != ImportResult::State::Failed) {
            qWarning() << name << "was not refused";
            return {};
        }
        const QList<FileRecord> files = DatasetStore(ws).files();
        return files.value(0);
    }

    test::MarkingTranslator m_marking{"wb::DatasetWriter"};

private Q_SLOTS:
    // The importer's messages in "another language": «…», as the window's language would
    // write them, so that the date refusal is recognised in the language it was written in.
    void initTestCase() { QCoreApplication::installTranslator(&m_marking); }

    void patternForName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("pattern");
        QTest::newRow("date") << u"export_20261201.csv"_s << u"export_*.csv"_s;
        QTest::newRow("date with dashes") << u"opens_2026-12-01.csv"_s << u"opens_*.csv"_s;
        QTest::newRow("date and time") << u"opens_2026-12-01T09-30-00.csv"_s << u"opens_*.csv"_s;
        QTest::newRow("compact date and time") << u"clicks_20261201_093000.csv.gz"_s << u"clicks_*.csv.gz"_s;
        QTest::newRow("date first") << u"2026-12-01_sent.csv"_s << u"*_sent.csv"_s;
        QTest::newRow("date, word, counter") << u"20261201_opens_3.csv"_s << u"*_opens_*.csv"_s;
        QTest::newRow("digits of a word stay") << u"sms2_export_20261201.csv"_s << u"sms2_export_*.csv"_s;
        QTest::newRow("a version stays") << u"report_v2_7.csv"_s << u"report_v2_*.csv"_s;
        QTest::newRow("a long number in a word") << u"export20261201.csv"_s << u"export*.csv"_s;
        QTest::newRow("timestamp") << u"Delivery_stats_1764547200000.csv"_s << u"Delivery_stats_*.csv"_s;
        QTest::newRow("nothing varies") << u"Delivery_stats.csv"_s << u"Delivery_stats.csv"_s;
        QTest::newRow("only a date") << u"20261201.csv"_s << u"*.csv"_s;
        QTest::newRow("zip") << u"actito_export_20261201.zip"_s << u"actito_export_*.zip"_s;
        QTest::newRow("in a folder: the name") << u"2026/12/opens_20261201.csv"_s << u"opens_*.csv"_s;
        QTest::newRow("glob characters") << u"opens [copy] 1?.csv"_s << u"opens [[]copy] *[?].csv"_s;
        QTest::newRow("digits in the extension") << u"export_01.mp3"_s << u"export_*.mp3"_s;
    }
    void patternForName()
    {
        QFETCH(QString, name);
        QFETCH(QString, pattern);
        QCOMPARE(wb::patternForName(name), pattern);
        // A rule made of it can be saved, and takes the file it was made from.
        IntakeRule rule;
        rule.pattern = pattern;
        rule.subfolders = int(name.count(u'/'));
        QVERIFY2(rule.problems().isEmpty(), qPrintable(rule.problems().join(u'\n')));
        QVERIFY(rule.matches(name));
    }

    // The later deliveries match it; another export does not.
    void patternMatchesLaterDeliveries()
    {
        IntakeRule rule;
        rule.pattern = wb::patternForName(u"export_20261201.csv"_s);
        QVERIFY(rule.matches(u"export_20261202.csv"_s));
        QVERIFY(rule.matches(u"EXPORT_20270101.CSV"_s));
        QVERIFY(!rule.matches(u"clicks_20261202.csv"_s));
    }

    // Actito's openings, sent and unsubscribes exports have the same columns: a neutral name is
    // ambiguous, and the failure names the candidates.
    void ambiguousFileNamesItsDatasets()
    {
        const FileRecord f = failed(u"export_20261201.csv"_s,
                                    "interactionId,campaignId,abVersion,profileId,subscription,eventTime,emailAddress,"
                                    "campaignTechnicalName\n1,2,A,3,news,2026-11-22 10:00:00,a@b.c,camp\n");
        QCOMPARE(f.state, u"failed"_s);
        const RuleSuggestion s = suggestRule(f);
        QCOMPARE(s.pattern, u"export_*.csv"_s);
        QCOMPARE(s.subfolders, 0);
        QCOMPARE(s.deliveredAs, u"export_20261201.csv"_s);
        QVERIFY2(s.candidates.size() >= 2 && s.candidates.contains(u"actito.email_openings"_s)
                     && s.candidates.contains(u"actito.email_sent"_s),
                 qPrintable(s.candidates.join(u", "_s) + u" from: "_s + f.error));
        QCOMPARE(s.dataset, s.candidates.first());
        QVERIFY(f.error.indexOf(s.candidates.at(0)) < f.error.indexOf(s.candidates.at(1)));
        QVERIFY(!s.datesNeeded);
    }

    void unrecognisedFileNamesNone()
    {
        const FileRecord f = failed(u"2026/12/custom_7.csv"_s, "a,b\n1,2\n");
        const RuleSuggestion s = suggestRule(f);
        QCOMPARE(s.pattern, u"custom_*.csv"_s);
        QCOMPARE(s.subfolders, 2);
        QVERIFY(s.dataset.isEmpty());
        QVERIFY(s.candidates.isEmpty());
        QVERIFY(!s.datesNeeded);
    }

    // Recognised by its name, refused for its dates: the rule keeps the dataset and needs the order.
    void dayFirstDatesNeedTheOrder()
    {
        const FileRecord f = failed(u"email_openings_20261201.csv"_s,
                                    test::readAll(qEnvironmentVariable("WRITEBACK_TEST_DATA")
                                                  + u"/writebacks/dayfirst/export.csv"_s));
        QVERIFY2(f.error.startsWith(u"\u00ab"_s) && f.error.contains(u"day first or month first"_s), qPrintable(f.error));
        const RuleSuggestion s = suggestRule(f);
        QVERIFY(s.datesNeeded);
        QCOMPARE(s.pattern, u"email_openings_*.csv"_s);
        QCOMPARE(s.dataset, u"actito.email_openings"_s);
        QVERIFY(s.candidates.isEmpty());
    }

    // A member of a zip: the rule matches the delivery, the archive.
    void archiveMemberSuggestsTheArchive()
    {
        const FileRecord f = failed(u"data.csv"_s, "a,b\n1,2\n", u"exports/actito_20261201.zip"_s);
        QCOMPARE(f.archiveName, u"exports/actito_20261201.zip"_s);
        const RuleSuggestion s = suggestRule(f);
        QCOMPARE(s.deliveredAs, u"exports/actito_20261201.zip"_s);
        QCOMPARE(s.pattern, u"actito_*.zip"_s);
        QCOMPARE(s.subfolders, 1);
    }

    // In the source language too (a file fetched by a run in English), and only that refusal.
    void dateMessageInTheSourceLanguage()
    {
        QVERIFY(isDateOrderMessage(u"column 6 (eventTime): \"05/12/2026 08:15:00\" could be day first or month first, "
                                   "and no date in this column shows which: set the date order of files like this one"_s));
        QVERIFY(!isDateOrderMessage(u"column 6 (eventTime): \"yesterday\" is not a date"_s));
        QVERIFY(!isDateOrderMessage(QString()));
    }
};

QTEST_GUILESS_MAIN(TestRuleSuggestion)
#include "tst_rulesuggestion.moc"
