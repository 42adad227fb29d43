// SPDX-License-Identifier: GPL-3.0-or-later
// Civitas outreach exported one row per outreach and student, its properties' values and
// valueIds as columns: the file, the preview, and an incremental run after a relabelling.
#include "TestSupport.h"
#include "core/Workspace.h"
#include "export/ExportPreview.h"
#include "export/ExportRunner.h"
#include "export/ExportStore.h"
#include "intake/Importer.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wb;
using namespace wb::test;

namespace {

const QByteArray Header = "Outreach,Student,Created,Source,Result,Result id,Initiator id,Subject,Campaign,Message\n";
const QByteArray Illume = "5751e799-1725-45c7-a2bd-1b40b43bd8aa,%1,2018-06-11 19:35:15.366848,Illume Students,"
                          "Campaign sent,c9a33a36-4cb0-2c42-352c-75e2911e2f27,edc3b021-02f8-4e52-9980-e1f5fd6b89bc,,"
                          "Trey Sample Illume Campaign,\n";
const QByteArray Advisor = "Oecba66b-a31c-40d9-b95c-cd6ff309d43b,123569,2018-06-11 19:14:34.391597,Advisor,%1,"
                           "c95267ff-2718-f2d3-1cd1-38f2f2bad8da,cd77b7bf-e5a2-4368-94e1-e7c01f687b09,,,\n";
const QByteArray Faculty = "8a007dbb-23eb-4889-9afb-d7b20586ea47,123567,2018-06-11 19:30:23.473274,Faculty,Email sent,"
                           "5bb6226a-5db7-69b7-2054-0b7a725e045a,07e0f3dd-1673-8244-2364-b95f97bbf13e,,,\n";
const QByteArray Email = "c2f4a1d0-6b7e-4c1a-9d3e-2a5b8f0e7c11,%1,2018-06-12 08:02:41.000519,Faculty,Email sent,"
                         "5bb6226a-5db7-69b7-2054-0b7a725e045a,07e0f3dd-1673-8244-2364-b95f97bbf13e,"
                         "Student success test message,,\"Dear [Student Firstname],\nTest sending an outreach, "
                         "\"\"quoted\"\".\nThanks, Trey\"\n";

QByteArray with(const QByteArray &row, const char *value)
{
    return QString::fromUtf8(row).arg(QString::fromUtf8(value)).toUtf8();
}

} // namespace

class TestCivitasExport : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;

    QString out() const { return m_dir->filePath(u"out"_s); }

    void takeIn(const QString &sampleName)
    {
        Importer importer(m_ws->path());
        ImportRequest r;
        r.localPath = qEnvironmentVariable("WRITEBACK_TEST_DATA") + u"/writebacks/"_s + sampleName;
        const ImportResult result = importer.importFile(r);
        QVERIFY2(result.state == ImportResult::State::Imported, qPrintable(result.error.toString(result.name)));
    }

    // Chosen as the designer saves it: field names with headers of the receiving system's.
    ExportDefinition definition()
    {
        ExportDefinition d;
        d.name = u"outreach-to-crm"_s;
        d.dataset = u"civitas.outreach_details"_s;
        d.increment = Increment::CreatedOrUpdated;
        d.columns = {{u"outreach_id"_s, u"Outreach"_s},
                     {u"student_institution_person_id"_s, u"Student"_s},
                     {u"created_at"_s, u"Created"_s},
                     {u"outreach_source"_s, u"Source"_s},
                     {u"outreach_medium_result"_s, u"Result"_s},
                     {u"outreach_medium_result_value_id"_s, u"Result id"_s},
                     {u"outreach_initiator_value_id"_s, u"Initiator id"_s},
                     {u"email_subject"_s, u"Subject"_s},
                     {u"campaign_name"_s, u"Campaign"_s},
                     {u"email_message"_s, u"Message"_s}};
        d.format.crlf = false;
        d.file.name = d.name;
        d.destination.path = out();
        return d;
    }

    QByteArray fileOf(const RunResult &r) { return readAll(QDir(out()).filePath(r.fileName)); }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(QDir().mkpath(out()));
        m_ws = std::make_unique<Workspace>();
        QString error;
        QVERIFY2(m_ws->open(m_dir->filePath(u"workspace.sqlite"_s), &error), qPrintable(error));
    }

    void propertiesAreColumnsAndOnlyChangedOutreachGoesAgain()
    {
        takeIn(u"civitas_outreach_1.jsonl"_s);
        takeIn(u"civitas_outreach_2.jsonl"_s); // brings the email properties' columns
        const ExportDefinition d = definition();
        QString error;
        QVERIFY2(ExportStore(*m_ws).save(d, &error), qPrintable(error));

        const QByteArray all = Header + with(Illume, "123567") + with(Illume, "123568")
                               + with(Advisor, "Text message sent") + Faculty + with(Email, "123567")
                               + with(Email, "123569");
        ExportPreview p = buildPreview(*m_ws, d, 10);
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QVERIFY(p.pending);
        QCOMPARE(p.pendingRows, 6);
        QCOMPARE(p.text, all);
        QCOMPARE(p.rows.at(2), (QStringList{u"Oecba66b-a31c-40d9-b95c-cd6ff309d43b"_s, u"123569"_s,
                                            u"2018-06-11 19:14:34.391597"_s, u"Advisor"_s, u"Text message sent"_s,
                                            u"c95267ff-2718-f2d3-1cd1-38f2f2bad8da"_s,
                                            u"cd77b7bf-e5a2-4368-94e1-e7c01f687b09"_s, QString(), QString(),
                                            QString()}));

        ExportRunner runner(m_ws->path());
        RunResult r = runner.run(d.name);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.rows, 6);
        QCOMPARE(fileOf(r), all);

        // Civitas renamed the Advisor result; its valueId stays. The other two messages come
        // again unchanged: only the relabelled outreach is exported.
        takeIn(u"civitas_outreach_3.jsonl"_s);
        const QByteArray changed = Header + with(Advisor, "Texted the student");
        p = buildPreview(*m_ws, d, 10);
        QCOMPARE(p.pendingRows, 1);
        QCOMPARE(p.text, changed);
        r = runner.run(d.name);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.rows, 1);
        QCOMPARE(fileOf(r), changed);

        r = runner.run(d.name);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.rows, 0);
    }
};

QTEST_GUILESS_MAIN(TestCivitasExport)
#include "tst_civitasexport.moc"
