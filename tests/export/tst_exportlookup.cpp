// SPDX-License-Identifier: GPL-3.0-or-later
// Exports that look up a second dataset: Actito clicks (as Actito writes them) with the
// student id and e-mail of a CRM extract taken in as a dataset of the user's own, matched on
// the profile id. Rows without a match go out with empty cells, a key matched twice still
// sends its row once, and incremental runs send each click once.
#include "TestSupport.h"
#include "core/Workspace.h"
#include "export/ExportPreview.h"
#include "export/ExportRunner.h"
#include "export/ExportSource.h"
#include "export/ExportStore.h"
#include "intake/Importer.h"
#include "store/DatasetStore.h"

#include <QDir>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wb;
using namespace wb::test;

namespace {

const QByteArray ClicksHeader = "interactionId;clickedUrlName;isFirstClick;campaignId;abVersion;profileId;clickedUrl;"
                                "subscription;eventTime;emailAddress;campaignTechnicalName\n";

QByteArray click(int interaction, int profile, const char *url = "apply")
{
    return QByteArray::number(interaction) + ';' + url + ";TRUE;77;A;" + QByteArray::number(profile)
           + ";https://example.edu/" + url + ";newsletter;2026-11-22 10:05:00;p" + QByteArray::number(profile)
           + "@example.edu;fall_newsletter\n";
}

const QByteArray StudentsHeader = "Profile ID,Student ID,Email,Enrolled\n";

} // namespace

class TestExportLookup : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    int m_files = 0;

    QString out() const { return m_dir->filePath(u"out"_s); }

    void takeIn(const QString &name, const QByteArray &content, const QString &dataset = {})
    {
        const QString path = m_dir->filePath(u"%1_%2"_s.arg(++m_files).arg(name));
        QVERIFY(writeAll(path, content));
        ImportRequest r;
        r.localPath = path;
        r.dataset = dataset;
        const ImportResult result = Importer(m_ws->path()).importFile(r);
        QVERIFY2(result.state == ImportResult::State::Imported, qPrintable(result.error.toString(result.name)));
    }

    ExportDefinition definition() const
    {
        ExportDefinition d;
        d.name = u"clicks"_s;
        d.dataset = u"actito.email_clicks"_s;
        d.increment = Increment::Created;
        d.lookup = ExportLookup{u"crm_students"_s, {u"profile_id"_s}, {u"profile_id"_s}};
        d.columns = {{u"interaction_id"_s, u"Interaction"_s},
                     {u"clicked_url_name"_s, u"Link"_s},
                     {lookupColumn(u"student_id"_s), u"Student"_s},
                     {lookupColumn(u"email"_s), u"Email"_s}};
        d.format.crlf = false;
        d.file.name = u"clicks"_s;
        d.destination.path = out();
        return d;
    }

    void save(const ExportDefinition &d)
    {
        QString error;
        QVERIFY2(ExportStore(*m_ws).save(d, &error), qPrintable(error));
    }

    QStringList linesOf(const RunResult &r)
    {
        QStringList lines = QString::fromUtf8(readAll(QDir(out()).filePath(r.fileName))).split(u'\n', Qt::SkipEmptyParts);
        if (!lines.isEmpty())
            lines.removeFirst();
        return lines;
    }

    RunResult run(const QString &name = u"clicks"_s)
    {
        const RunResult r = ExportRunner(m_ws->path()).run(name);
        if (!r.ok())
            qWarning("%s", qPrintable(r.error));
        return r;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(QDir().mkpath(out()));
        m_ws = std::make_unique<Workspace>();
        QString error;
        QVERIFY2(m_ws->open(m_dir->filePath(u"workspace.sqlite"_s), &error), qPrintable(error));
        m_files = 0;
    }

    void matchedRowsGetTheOtherDatasetsValues()
    {
        takeIn(u"email_clicks.csv"_s, ClicksHeader + click(9001, 501) + click(9002, 502) + click(9003, 999));
        // Profile 502 is in the extract twice: the later row is the one that counts.
        takeIn(u"students.csv"_s, StudentsHeader + "501,S-0501,renee@example.edu,2024\n"
                                                   "502,S-0502,old@example.edu,2023\n"
                                                   "502,S-0502,sam@example.edu,2023\n",
               u"crm_students"_s);
        save(definition());
        const RunResult r = run();
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.rows, 3);
        QCOMPARE(readAll(QDir(out()).filePath(r.fileName)).left(30), QByteArray("Interaction,Link,Student,Email"));
        QCOMPARE(linesOf(r), (QStringList{u"9001,apply,S-0501,renee@example.edu"_s, u"9002,apply,S-0502,sam@example.edu"_s,
                                          u"9003,apply,,"_s}));
    }

    void incrementalRunsStayExact()
    {
        takeIn(u"students.csv"_s, StudentsHeader + "501,S-0501,renee@example.edu,2024\n", u"crm_students"_s);
        takeIn(u"email_clicks.csv"_s, ClicksHeader + click(9001, 501) + click(9002, 502));
        save(definition());
        RunResult r = run();
        QCOMPARE(linesOf(r), (QStringList{u"9001,apply,S-0501,renee@example.edu"_s, u"9002,apply,,"_s}));

        // The student arrives later, with a new click: only the new click goes, now matched.
        // The earlier click is not sent again because its lookup changed.
        takeIn(u"students.csv"_s, StudentsHeader + "502,S-0502,sam@example.edu,2023\n", u"crm_students"_s);
        takeIn(u"email_clicks.csv"_s, ClicksHeader + click(9004, 502, "visit"));
        r = run();
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(linesOf(r), QStringList{u"9004,visit,S-0502,sam@example.edu"_s});
        r = run();
        QVERIFY(r.ok());
        QCOMPARE(r.rows, 0);
    }

    // Civitas property ids are numbers; a CRM extract's are text. They match by their digits,
    // both ways round, and text that is not exactly a number's digits matches nothing.
    void numbersAndTextMatchByTheirDigits()
    {
        takeIn(u"outreach.json"_s, "{\"outreachId\": \"o-1\", \"outreachProperties\": ["
                                   "{\"outreachPropertyId\": 16, \"name\": \"campaignName\", \"value\": \"Fall\"},"
                                   "{\"outreachPropertyId\": 18, \"name\": \"isAttrition\", \"value\": \"0\"}]}");
        takeIn(u"labels.csv"_s, "Property ID,Label\n16,Campaign\n018,Leading zero\nabc,Not a number\n", u"property_labels"_s);

        ExportDefinition numbers;
        numbers.name = u"properties"_s;
        numbers.dataset = u"civitas.outreach_properties"_s;
        numbers.increment = Increment::Full;
        numbers.lookup = ExportLookup{u"property_labels"_s, {u"outreach_property_id"_s}, {u"property_id"_s}};
        numbers.columns = {{u"outreach_property_id"_s, u"Id"_s}, {lookupColumn(u"label"_s), u"Label"_s}};
        numbers.format.crlf = false;
        numbers.file.name = numbers.name;
        numbers.destination.path = out();
        save(numbers);
        RunResult r = run(numbers.name);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(linesOf(r), (QStringList{u"16,Campaign"_s, u"18,"_s}));

        ExportDefinition text = numbers;
        text.name = u"labels"_s;
        text.dataset = u"property_labels"_s;
        text.lookup = ExportLookup{u"civitas.outreach_properties"_s, {u"property_id"_s}, {u"outreach_property_id"_s}};
        text.columns = {{u"property_id"_s, u"Id"_s}, {lookupColumn(u"name"_s), u"Name"_s}};
        text.file.name = text.name;
        save(text);
        r = run(text.name);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(linesOf(r), (QStringList{u"16,campaignName"_s, u"018,"_s, u"abc,"_s}));
    }

    void previewShowsTheLookedUpValues()
    {
        takeIn(u"email_clicks.csv"_s, ClicksHeader + click(9001, 501) + click(9002, 999));
        takeIn(u"students.csv"_s, StudentsHeader + "501,S-0501,renee@example.edu,2024\n", u"crm_students"_s);
        const ExportDefinition d = definition();
        save(d);
        const ExportPreview p = buildPreview(*m_ws, d, 10);
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QCOMPARE(p.pendingRows, 2);
        QCOMPARE(p.text, QByteArray("Interaction,Link,Student,Email\n9001,apply,S-0501,renee@example.edu\n9002,apply,,\n"));
    }

    void savingIndexesTheMatchFields()
    {
        takeIn(u"students.csv"_s, StudentsHeader + "501,S-0501,renee@example.edu,2024\n", u"crm_students"_s);
        takeIn(u"email_clicks.csv"_s, ClicksHeader + click(9001, 501));
        save(definition());
        const std::optional<DatasetSummary> students = DatasetStore(*m_ws).dataset(u"crm_students"_s);
        QVERIFY(students);
        QSqlQuery q(m_ws->database());
        QVERIFY(q.exec(u"SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = '%1' AND name LIKE '%_lookup_%'"_s
                           .arg(students->table)));
        QVERIFY2(q.next(), "no lookup index");
        QVERIFY2(q.value(0).toString().contains(u"\"profile_id\", _row"_s), qPrintable(q.value(0).toString()));
        // SQLite finds each row's match through it.
        QVERIFY(q.exec(u"EXPLAIN QUERY PLAN SELECT max(_row) FROM \"%1\" WHERE profile_id = '501'"_s.arg(students->table)));
        QString plan;
        while (q.next())
            plan += q.value(3).toString();
        QVERIFY2(plan.contains(u"_lookup_"_s), qPrintable(plan));
    }

    void definitionRoundTripsAndIsChecked()
    {
        const ExportDefinition d = definition();
        QStringList problems;
        const std::optional<ExportDefinition> back = ExportDefinition::fromJson(d.toJson(), &problems);
        QVERIFY2(back, qPrintable(problems.join(u'\n')));
        QCOMPARE(*back, d);
        QVERIFY(d.toJson().contains("\"lookup\": {"));

        takeIn(u"email_clicks.csv"_s, ClicksHeader + click(9001, 501));
        const DatasetStore store(*m_ws);
        // The lookup dataset is not in the workspace yet.
        std::optional<DatasetSummary> source = exportSource(store, d);
        QVERIFY(source);
        problems = validateDefinition(d, &*source);
        QVERIFY2(problems.join(u'\n').contains(u"The lookup dataset \"crm_students\" does not exist."_s),
                 qPrintable(problems.join(u'\n')));

        takeIn(u"students.csv"_s, StudentsHeader + "501,S-0501,renee@example.edu,2024\n", u"crm_students"_s);
        source = exportSource(store, d);
        QCOMPARE(validateDefinition(d, &*source), QStringList());

        ExportDefinition wrong = d;
        wrong.lookup->fields = {u"no_such_field"_s};
        wrong.lookup->lookupFields = {u"student_id"_s};
        source = exportSource(store, wrong);
        problems = validateDefinition(wrong, &*source);
        QVERIFY2(problems.join(u'\n').contains(u"\"no_such_field\", which dataset \"actito.email_clicks\" does not have"_s),
                 qPrintable(problems.join(u'\n')));
        // A boolean never equals a text: such a match is refused rather than matching nothing.
        wrong.lookup->fields = {u"is_first_click"_s};
        source = exportSource(store, wrong);
        problems = validateDefinition(wrong, &*source);
        QVERIFY2(problems.join(u'\n').contains(u"values of different types never match"_s), qPrintable(problems.join(u'\n')));

        // A lookup column without a lookup names a field the export does not read.
        ExportDefinition plain = d;
        plain.lookup.reset();
        source = exportSource(store, plain);
        problems = validateDefinition(plain, &*source);
        QVERIFY2(problems.join(u'\n').contains(u"has no field \"lookup.student_id\""_s), qPrintable(problems.join(u'\n')));

        QVERIFY(!ExportDefinition::fromJson("{\"name\": \"x\", \"dataset\": \"d\", \"columns\": [], \"lookup\": {\"dataset\": \"s\", \"match\": 3}}",
                                            &problems));
        QVERIFY2(problems.join(u'\n').contains(u"lookup.match"_s), qPrintable(problems.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestExportLookup)
#include "tst_exportlookup.moc"
