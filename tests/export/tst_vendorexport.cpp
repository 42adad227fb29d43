// SPDX-License-Identifier: GPL-3.0-or-later
// Exports of what Actito's and Higher Logic's files mean beyond their rows: the `deleted`
// increment (records marked deleted, each sent once), multi-valued attributes written with the
// export's separator, and the subscribers' current status sent again when it changes. Files
// written by following the vendors' documents (tests/data/writebacks/actito, higherlogic).
#include "TestSupport.h"
#include "core/Workspace.h"
#include "export/ExportPreview.h"
#include "export/ExportRunner.h"
#include "export/ExportStore.h"
#include "intake/Importer.h"
#include "store/Catalog.h"
#include "store/DatasetStore.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wb;
using namespace wb::test;

class TestVendorExport : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;

    QString out() const { return m_dir->filePath(u"out"_s); }

    static QString sample(const QString &name) { return qEnvironmentVariable("WRITEBACK_TEST_DATA") + u"/writebacks/"_s + name; }

    void takeIn(const QString &path)
    {
        Importer importer(m_ws->path());
        ImportRequest r;
        r.localPath = path;
        const ImportResult result = importer.importFile(r);
        QVERIFY2(result.state == ImportResult::State::Imported, qPrintable(result.error.toString(result.name)));
    }

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir->filePath(u"in/"_s + name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        writeAll(path, content);
        return path;
    }

    ExportDefinition definition(const QString &name, const QString &dataset, Increment increment,
                                const QStringList &fields)
    {
        ExportDefinition d;
        d.name = name;
        d.dataset = dataset;
        d.increment = increment;
        for (const QString &f : fields)
            d.columns << ExportColumn{f, f};
        d.format.boolean = BooleanStyle::YesNo;
        d.format.crlf = false;
        d.file.name = name;
        d.destination.path = out();
        return d;
    }

    void save(const ExportDefinition &d)
    {
        QString error;
        QVERIFY2(ExportStore(*m_ws).save(d, &error), qPrintable(error));
    }

    RunResult run(const QString &name)
    {
        ExportRunner runner(m_ws->path());
        return runner.run(name);
    }

    // The data lines of a run's file, without the header; empty when it delivered none.
    QStringList linesOf(const RunResult &r)
    {
        if (r.fileName.isEmpty())
            return {};
        QStringList lines = QString::fromUtf8(readAll(QDir(out()).filePath(r.fileName))).split(u'\n', Qt::SkipEmptyParts);
        lines.removeFirst();
        return lines;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(QDir().mkpath(out()));
        m_ws = std::make_unique<Workspace>();
        QString error;
        QVERIFY2(m_ws->open(m_dir->filePath(u"workspace.sqlite"_s), &error), qPrintable(error));
    }

    // Two runs: each deletion goes once, with the next deletions file's new one only; the
    // records themselves stay, and the other increments do not send them for being deleted.
    void deletedSendsEachDeletionOnce()
    {
        takeIn(sample(u"actito/profiles_20261204.csv"_s));
        save(definition(u"gone"_s, u"actito.profiles"_s, Increment::Deleted,
                        {u"profile_id"_s, u"email_address"_s, u"deleted"_s, u"deleted_at"_s}));
        save(definition(u"changed"_s, u"actito.profiles"_s, Increment::Updated, {u"profile_id"_s, u"deleted"_s}));
        RunResult r = run(u"gone"_s);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.rows, 0); // nothing deleted yet
        QCOMPARE(run(u"changed"_s).rows, 0);

        takeIn(sample(u"actito/deleted_profiles_20261205.csv"_s));
        r = run(u"gone"_s);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(linesOf(r), QStringList{u"88121,jan.devos@example.be,Y,2026-12-04 15:00:02"_s});
        QCOMPARE(readAll(QDir(out()).filePath(r.fileName)).left(44),
                 QByteArray("profile_id,email_address,deleted,deleted_at\n"));
        // The same deletions again, and one more.
        takeIn(write(u"deleted_profiles_20261206.csv"_s,
                     readAll(sample(u"actito/deleted_profiles_20261205.csv"_s))
                         + "2026-12-06 09:00:00;88122;API;2026-12-06 09:00:04;External\n"));
        r = run(u"gone"_s);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(linesOf(r), QStringList{u"88122,marie.dubois@example.be,Y,2026-12-06 09:00:04"_s});
        r = run(u"gone"_s);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.rows, 0);
        QVERIFY(r.fileName.isEmpty());
        // Deleted is no update; all three profiles are still there.
        QCOMPARE(run(u"changed"_s).rows, 0);
        ExportDefinition all = definition(u"all"_s, u"actito.profiles"_s, Increment::Full, {u"profile_id"_s, u"deleted"_s});
        save(all);
        QCOMPARE(linesOf(run(u"all"_s)), (QStringList{u"88120,N"_s, u"88121,Y"_s, u"88122,Y"_s}));
    }

    // A deletion that comes before its record is sent when the record comes.
    void deletionBeforeTheRecord()
    {
        save(definition(u"children_gone"_s, u"actito.linked_data"_s, Increment::Deleted, {u"id"_s, u"child_id"_s}));
        takeIn(sample(u"actito/linked_children_deleted_20261205.csv"_s));
        // The dataset is not there yet: the run fails saying so, and sends nothing.
        QVERIFY(!run(u"children_gone"_s).ok());
        takeIn(sample(u"actito/linked_children_20261204.csv"_s));
        const RunResult r = run(u"children_gone"_s);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(linesOf(r), QStringList{u"302,CH-302"_s});
        QCOMPARE(run(u"children_gone"_s).rows, 0);
    }

    void previewAndValidation()
    {
        takeIn(sample(u"actito/profiles_20261204.csv"_s));
        takeIn(sample(u"actito/deleted_profiles_20261205.csv"_s));
        ExportDefinition d = definition(u"gone"_s, u"actito.profiles"_s, Increment::Deleted, {u"profile_id"_s});
        ExportPreview p = buildPreview(*m_ws, d);
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QVERIFY(p.pending);
        QCOMPARE(p.pendingRows, 1);
        QCOMPARE(p.rows, QList<QStringList>{QStringList{u"88121"_s}});
        save(d);
        QVERIFY(run(u"gone"_s).ok());
        // Nothing pending: the preview shows the latest deletions, and says none is new.
        p = buildPreview(*m_ws, d);
        QVERIFY(!p.pending);
        QCOMPARE(p.rows, QList<QStringList>{QStringList{u"88121"_s}});

        // A dataset nothing marks deleted cannot have a `deleted` export.
        takeIn(sample(u"actito/print_ready_20261214.csv"_s));
        const auto print = DatasetStore(*m_ws).dataset(u"actito.print_ready"_s);
        const ExportDefinition wrong = definition(u"x"_s, u"actito.print_ready"_s, Increment::Deleted, {u"interaction_id"_s});
        const QStringList problems = validateDefinition(wrong, &*print);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(u"actito.print_ready"_s) && problems.first().contains(u"actito.profiles"_s),
                 qPrintable(problems.first()));
        QVERIFY(!buildPreview(*m_ws, wrong).error.isEmpty());
        // The increment's name in JSON.
        QStringList jsonProblems;
        const auto back = ExportDefinition::fromJson(d.toJson(), &jsonProblems);
        QVERIFY2(back, qPrintable(jsonProblems.join(u'\n')));
        QCOMPARE(back->increment, Increment::Deleted);
        QVERIFY(d.toJson().contains("\"increment\": \"deleted\""));
    }

    // Actito's multi-valued attribute, once the dataset says how the file separates values,
    // is written with the export's multi-value separator.
    void multiValuesWithTheExportsSeparator()
    {
        takeIn(sample(u"actito/profiles_20261204.csv"_s));
        {
            sql::Database db;
            QString error;
            QVERIFY2(db.open(m_ws->path(), &error), qPrintable(error));
            Catalog catalog(db);
            QVERIFY2(catalog.setMultiValue(*catalog.find(u"actito.profiles"_s, &error), u"hobbies"_s, u","_s, &error),
                     qPrintable(error));
        }
        ExportDefinition d = definition(u"hobbies"_s, u"actito.profiles"_s, Increment::Created,
                                        {u"profile_id"_s, u"hobbies"_s});
        d.format.multiValueSeparator = u" / "_s;
        save(d);
        QCOMPARE(linesOf(run(u"hobbies"_s)), (QStringList{u"88120,tennis / golf"_s, u"88121,"_s, u"88122,chess"_s}));
        // A separator that is the file's own gets the value quoted.
        d.name = u"hobbies2"_s;
        d.file.name = u"hobbies2"_s;
        d.format.multiValueSeparator = u","_s;
        save(d);
        QCOMPARE(linesOf(run(u"hobbies2"_s)).first(), u"88120,\"tennis,golf\""_s);
    }

    // The subscribers' current status, run after run: a subscriber whose status changes is
    // sent again, once; one that did not change is not.
    void subscriberStatusSentAgainWhenItChanges()
    {
        takeIn(sample(u"higherlogic/subscriber_status_20261121.csv"_s));
        save(definition(u"status"_s, u"higherlogic.subscriber_current_status"_s, Increment::CreatedOrUpdated,
                        {u"email_address"_s, u"status"_s, u"unsubscribed"_s, u"status_date"_s}));
        RunResult r = run(u"status"_s);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(linesOf(r), (QStringList{u"member2@association.org,unsubscribed,Y,2026-11-21 10:00:00"_s,
                                          u"member3@association.org,unsubscribed,Y,2026-11-21 11:30:00"_s}));
        takeIn(sample(u"higherlogic/subscriber_status_20261123.csv"_s));
        r = run(u"status"_s);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(linesOf(r), QStringList{u"member2@association.org,subscribed,N,2026-11-23 09:00:00"_s});
        QCOMPARE(run(u"status"_s).rows, 0);
        // A new address is new; the preview reads the derived dataset like any other.
        takeIn(write(u"subscriber_status_20261124.csv"_s, "Activity Code,Message Name,Email Address,Date\n"
                                                          "InformzUnsubscribe,2026-11-24 08:00 (administrator),"
                                                          "member4@association.org,2026-11-24 08:00:00\n"));
        const ExportPreview p = buildPreview(*m_ws, ExportStore(*m_ws).find(u"status"_s)->definition);
        QCOMPARE(p.pendingRows, 1);
        QCOMPARE(linesOf(run(u"status"_s)), QStringList{u"member4@association.org,unsubscribed,Y,2026-11-24 08:00:00"_s});
    }
};

QTEST_GUILESS_MAIN(TestVendorExport)
#include "tst_vendorexport.moc"
