// SPDX-License-Identifier: GPL-3.0-or-later
// Incremental export runs: each increment mode, ties, names, interrupted runs, re-delivery,
// and delivery to a real sshd on 127.0.0.1.
#include "SshdFixture.h"
#include "TestSupport.h"
#include "core/ConnectionStore.h"
#include "core/Workspace.h"
#include "export/ExportPreview.h"
#include "export/ExportRunner.h"
#include "export/ExportStore.h"
#include "export/PreviewReader.h"
#include "intake/Importer.h"
#include "sftp/SftpSession.h"

#include <QDir>
#include <QFile>
#include <QSysInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wb;
using namespace wb::test;

namespace {

const QByteArray Header = "contact_id,first_name,last_name,mobile_phone_number,liked,last_viewed,counts\n";

QByteArray row(int id, const char *liked = "t", int counts = 1, const char *when = "2026-11-20 10:00:00")
{
    return QByteArray::number(id) + ",N" + QByteArray::number(id) + ",L,," + liked + "," + when + ","
           + QByteArray::number(counts) + "\n";
}

} // namespace

class TestExportRunner : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    int m_files = 0;

    QString out() const { return m_dir->filePath(u"out"_s); }

    void takeIn(const QByteArray &content)
    {
        const QString path = m_dir->filePath(u"content_card_opens_%1.csv"_s.arg(++m_files));
        QVERIFY(writeAll(path, content));
        Importer importer(m_ws->path());
        ImportRequest r;
        r.localPath = path;
        const ImportResult result = importer.importFile(r);
        QVERIFY2(result.state == ImportResult::State::Imported, qPrintable(result.error.toString(result.name)));
    }

    ExportDefinition definition(Increment increment, const QString &name = u"opens"_s)
    {
        ExportDefinition d;
        d.name = name;
        d.dataset = u"fullmeasure.content_card_opens"_s;
        d.increment = increment;
        d.columns = {{u"contact_id"_s, u"Student ID"_s}, {u"liked"_s, u"Liked"_s}, {u"counts"_s, u"Counts"_s}};
        d.format.boolean = BooleanStyle::YesNo;
        d.format.crlf = false;
        d.file.name = name;
        d.file.suffix = u"_yyyyMMdd"_s;
        d.destination.path = out();
        return d;
    }

    void save(const ExportDefinition &d)
    {
        QString error;
        QVERIFY2(ExportStore(*m_ws).save(d, &error), qPrintable(error));
    }

    // The data lines of a delivered file, without its header.
    QStringList linesOf(const RunResult &r)
    {
        const QByteArray content = readAll(QDir(out()).filePath(r.fileName));
        QStringList lines = QString::fromUtf8(content).split(u'\n', Qt::SkipEmptyParts);
        if (!lines.isEmpty())
            lines.removeFirst();
        return lines;
    }

    RunResult run(const QString &name = u"opens"_s)
    {
        ExportRunner runner(m_ws->path());
        return runner.run(name);
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

    void createdSendsEachNewRowOnce()
    {
        takeIn(Header + row(1) + row(2) + row(3));
        save(definition(Increment::Created));
        RunResult r = run();
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.rows, 3);
        QCOMPARE(linesOf(r), (QStringList{u"1,Y,1"_s, u"2,Y,1"_s, u"3,Y,1"_s}));
        QCOMPARE(readAll(QDir(out()).filePath(r.fileName)).left(23), QByteArray("Student ID,Liked,Counts"));
        QCOMPARE(r.fileName, u"opens_%1.csv"_s.arg(QDate::currentDate().toString(u"yyyyMMdd"_s)));

        // Nothing new: a completed run, no file.
        const int filesBefore = int(QDir(out()).entryList(QDir::Files).size());
        r = run();
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.rows, 0);
        QVERIFY(r.fileName.isEmpty());
        QCOMPARE(QDir(out()).entryList(QDir::Files).size(), filesBefore);

        // Two new rows and a changed one: created sends the new ones only.
        takeIn(Header + row(2, "f", 5) + row(4) + row(5));
        r = run();
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(linesOf(r), (QStringList{u"4,Y,1"_s, u"5,Y,1"_s}));
        // The second file of the day gets a number instead of replacing the first.
        QCOMPARE(r.fileName, u"opens_%1_2.csv"_s.arg(QDate::currentDate().toString(u"yyyyMMdd"_s)));
        const QList<RunRecord> runs = ExportStore(*m_ws).runs(u"opens"_s);
        QCOMPARE(runs.size(), 3);
        QCOMPARE(runs.at(1).rows, 0);
        for (const RunRecord &rr : runs)
            QCOMPARE(rr.state, u"completed"_s);
    }

    void updatedSendsChangedRowsOnly()
    {
        // A key repeated inside the first file is a row created by that file, not an update.
        takeIn(Header + row(1) + row(2) + row(2, "f"));
        save(definition(Increment::Updated));
        RunResult r = run();
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.rows, 0);
        takeIn(Header + row(1) + row(2, "t", 7) + row(3));
        r = run();
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(linesOf(r), QStringList{u"2,Y,7"_s});
        r = run();
        QCOMPARE(r.rows, 0);
    }

    void createdOrUpdatedSendsEachRowOncePerRun()
    {
        takeIn(Header + row(1) + row(2));
        save(definition(Increment::CreatedOrUpdated));
        QCOMPARE(run().rows, 2);
        // Row 3 is new and then changed before the next run: it goes once, as new.
        takeIn(Header + row(3) + row(1, "f"));
        takeIn(Header + row(3, "f", 9));
        const RunResult r = run();
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(linesOf(r), (QStringList{u"3,N,9"_s, u"1,N,1"_s}));
    }

    void fullSendsEverythingEveryTime()
    {
        takeIn(Header + row(1) + row(2));
        save(definition(Increment::Full));
        QCOMPARE(run().rows, 2);
        QCOMPARE(run().rows, 2);
    }

    // Many rows share one timestamp, and rows arrive between runs: the cursor is the row id and
    // the change number, so the runs together hold every row exactly once.
    void equalTimestampsNeitherRepeatNorDrop()
    {
        save(definition(Increment::Created));
        QSet<QString> seen;
        int delivered = 0;
        for (int batch = 0; batch < 4; ++batch) {
            QByteArray content = Header;
            for (int i = 0; i < 250; ++i)
                content += row(batch * 250 + i, "t", 1, "2026-11-20 10:00:00");
            takeIn(content);
            const RunResult r = run();
            QVERIFY2(r.ok(), qPrintable(r.error));
            for (const QString &line : linesOf(r))
                seen.insert(line);
            delivered += int(r.rows);
        }
        QCOMPARE(delivered, 1000);
        QCOMPARE(seen.size(), 1000);
    }

    void refusingToNumberFailsAndKeepsTheWatermark()
    {
        takeIn(Header + row(1));
        ExportDefinition d = definition(Increment::Created);
        d.file.collision = NameCollision::Fail;
        save(d);
        QVERIFY(run().ok());
        takeIn(Header + row(2));
        RunResult r = run();
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(u"delivered before"_s), qPrintable(r.error));
        QCOMPARE(ExportStore(*m_ws).runs().first().state, u"failed"_s);
        // The rows wait for a run that may deliver them.
        d.file.collision = NameCollision::AddSequence;
        save(d);
        r = run();
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(linesOf(r), QStringList{u"2,Y,1"_s});
    }

    // A process killed before its file reached the final name: the run is failed, the
    // watermark stays, and the next run sends the rows.
    void interruptedBeforeDeliveryIsSentAgain()
    {
        takeIn(Header + row(1) + row(2));
        save(definition(Increment::Created));
        QSqlQuery q(m_ws->database());
        QVERIFY(q.exec(u"INSERT INTO export_runs (export_id, state, started_at, to_row, temp_name, owner) "
                       "SELECT id, 'running', '2026-11-23T05:00:00Z', 2, '%1', '999999999@%2' FROM exports"_s
                           .arg(QDir(out()).filePath(u".writeback-run-1.part"_s), QSysInfo::machineHostName())));
        QVERIFY(writeAll(QDir(out()).filePath(u".writeback-run-1.part"_s), "half a fi"));
        const RunResult r = run();
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.rows, 2);
        QVERIFY(!QFile::exists(QDir(out()).filePath(u".writeback-run-1.part"_s)));
        const QList<RunRecord> runs = ExportStore(*m_ws).runs();
        QCOMPARE(runs.last().state, u"failed"_s);
        QVERIFY(runs.last().error.contains(u"next run"_s));
    }

    // A process killed after the rename but before the bookkeeping: the file is there with
    // the recorded hash, so the run is completed and its rows are not sent again.
    void interruptedAfterDeliveryIsCompletedNotRepeated()
    {
        takeIn(Header + row(1) + row(2));
        save(definition(Increment::Created));
        const RunResult first = run();
        QVERIFY(first.ok());
        QSqlQuery q(m_ws->database());
        // Wind the bookkeeping back to the moment before the completing transaction.
        QVERIFY(q.exec(u"UPDATE export_runs SET state = 'running', finished_at = '', owner = '999999999@%1'"_s.arg(
            QSysInfo::machineHostName())));
        QVERIFY(q.exec(u"UPDATE exports SET last_row = 0, last_seq = 0"_s));
        ExportRunner runner(m_ws->path());
        QCOMPARE(runner.recover(), 1);
        QCOMPARE(ExportStore(*m_ws).runs().first().state, u"completed"_s);
        QCOMPARE(ExportStore(*m_ws).find(u"opens"_s)->lastRow, 2);
        QCOMPARE(run().rows, 0);
    }

    void redeliverySendsTheSameBytesWithoutMovingTheWatermark()
    {
        takeIn(Header + row(1) + row(2));
        save(definition(Increment::Created));
        const RunResult first = run();
        QVERIFY(first.ok());
        ExportRunner runner(m_ws->path());
        const RunResult again = runner.redeliver(first.runId);
        QVERIFY2(again.ok(), qPrintable(again.error));
        QVERIFY(again.fileName != first.fileName);
        QCOMPARE(readAll(QDir(out()).filePath(again.fileName)), readAll(QDir(out()).filePath(first.fileName)));
        const auto redelivered = ExportStore(*m_ws).run(again.runId);
        QCOMPARE(redelivered->trigger, u"redelivery"_s);
        QCOMPARE(redelivered->redeliveryOf, first.runId);
        QCOMPARE(run().rows, 0);
    }

    // The bookkeeping fails after the file reached its name: the run still counts as
    // delivered, and the next run sends nothing again.
    void aDeliveredFileIsNeverSentAgain()
    {
        takeIn(Header + row(1) + row(2));
        save(definition(Increment::Created));
        QSqlQuery q(m_ws->database());
        QVERIFY(q.exec(u"CREATE TRIGGER no_watermark BEFORE UPDATE OF last_row ON exports "
                       "BEGIN SELECT RAISE(ABORT, 'disk full'); END"_s));
        const RunResult first = run();
        QVERIFY2(first.ok(), qPrintable(first.error));
        QVERIFY(QFile::exists(QDir(out()).filePath(first.fileName)));
        QVERIFY(q.exec(u"DROP TRIGGER no_watermark"_s));
        const RunResult second = run(); // settles the first, then finds nothing new
        QVERIFY2(second.ok(), qPrintable(second.error));
        QCOMPARE(second.rows, 0);
        QCOMPARE(ExportStore(*m_ws).find(u"opens"_s)->lastRow, 2);
        QCOMPARE(ExportStore(*m_ws).run(first.runId)->state, u"completed"_s);
    }

    // A crashed run whose destination cannot be asked now is left for later, not failed.
    void anUnreachableDestinationLeavesTheRunForLater()
    {
        takeIn(Header + row(1) + row(2));
        save(definition(Increment::Created));
        QVERIFY(run().ok());
        QSqlQuery q(m_ws->database());
        QVERIFY(q.exec(u"UPDATE export_runs SET state = 'running', finished_at = '', delivered = 0, owner = '999999999@%1'"_s.arg(
            QSysInfo::machineHostName())));
        QVERIFY(q.exec(u"UPDATE exports SET last_row = 0, last_seq = 0"_s));
        const QString moved = m_dir->filePath(u"away"_s);
        QVERIFY(QDir().rename(out(), moved));
        ExportRunner runner(m_ws->path());
        QCOMPARE(runner.recover(), 0);
        QCOMPARE(ExportStore(*m_ws).runs().first().state, u"running"_s);
        QVERIFY(QDir().rename(moved, out()));
        QCOMPARE(runner.recover(), 1);
        QCOMPARE(run().rows, 0);
    }

    void anotherDatasetStartsTheWatermarkOver()
    {
        takeIn(Header + row(1) + row(2));
        save(definition(Increment::Created));
        QVERIFY(run().ok());
        const QString other = m_dir->filePath(u"scores.csv"_s);
        QVERIFY(writeAll(other, "ref,score\n7,9\n"));
        Importer importer(m_ws->path());
        ImportRequest r;
        r.localPath = other;
        r.dataset = u"mine.scores"_s;
        QCOMPARE(importer.importFile(r).state, ImportResult::State::Imported);
        ExportDefinition d = definition(Increment::Created);
        d.dataset = u"mine.scores"_s;
        d.columns = {{u"ref"_s, u"Ref"_s}};
        save(d);
        QCOMPARE(run().rows, 1);
    }

    void updatedLeavesOutRowsCreatedSinceTheLastRun()
    {
        takeIn(Header + row(1));
        save(definition(Increment::Updated));
        QCOMPARE(run().rows, 0);
        takeIn(Header + row(2));
        takeIn(Header + row(2, "f") + row(1, "f"));
        const RunResult r = run();
        QCOMPARE(linesOf(r), QStringList{u"1,N,1"_s});
    }

    void previewShowsTheNextRunsRowsOrTheLatest()
    {
        takeIn(Header + row(1) + row(2) + row(3));
        ExportDefinition d = definition(Increment::Created);
        save(d);
        ExportPreview p = buildPreview(*m_ws, d, 2);
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QVERIFY(p.pending);
        QCOMPARE(p.pendingRows, 3);
        QCOMPARE(p.text, QByteArray("Student ID,Liked,Counts\n1,Y,1\n2,Y,1\n"));
        QVERIFY(run().ok());
        p = buildPreview(*m_ws, d, 2);
        QVERIFY(!p.pending);
        QCOMPARE(p.pendingRows, 0);
        QCOMPARE(p.rows, (QList<QStringList>{{u"2"_s, u"Y"_s, u"1"_s}, {u"3"_s, u"Y"_s, u"1"_s}}));
    }

    // On a dataset of 100,000 rows, through one reader kept open as the designer keeps it: the
    // preview is byte for byte the start of the file the run then writes, for the first run
    // (created rows) and for the next (created rows, then changed ones by change number).
    void previewOfALargeDatasetIsTheFileStart()
    {
        constexpr int Rows = 100'000;
        QByteArray csv = Header;
        csv.reserve(Rows * 48);
        for (int i = 1; i <= Rows; ++i)
            csv += row(i, i % 3 ? "t" : "f", i % 17, i % 2 ? "2026-11-20 10:00:00" : "2026-11-21 23:59:59");
        takeIn(csv);
        ExportDefinition d = definition(Increment::CreatedOrUpdated);
        d.columns.insert(1, ExportColumn{u"last_viewed"_s, u"Last viewed"_s});
        d.columns.insert(1, ExportColumn{u"first_name"_s, u"Name"_s});
        d.format.dateTime = u"dd/MM/yyyy HH:mm"_s;
        d.format.separator = ';';
        d.format.crlf = true;
        d.format.bom = true;
        save(d);

        PreviewReader reader(m_ws->path());
        ExportPreview p = reader.build(d, 10);
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QVERIFY(p.pending);
        QCOMPARE(p.pendingRows, Rows);
        QCOMPARE(p.rows.size(), 10);
        RunResult r = run();
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.rows, Rows);
        const QByteArray file = readAll(QDir(out()).filePath(r.fileName));
        QVERIFY(file.size() > p.text.size());
        QCOMPARE(file.left(p.text.size()), p.text);
        QVERIFY(file.at(p.text.size() - 1) == '\n');

        // Three new rows and two changed ones: the whole next file fits in the preview.
        QVERIFY(QFile::remove(QDir(out()).filePath(r.fileName)));
        takeIn(Header + row(Rows + 1) + row(Rows + 2) + row(Rows + 3));
        takeIn(Header + row(7, "f", 99) + row(5, "f", 98));
        p = reader.build(d, 10);
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QCOMPARE(p.pendingRows, 5);
        r = run();
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(readAll(QDir(out()).filePath(r.fileName)), p.text);
        QVERIFY(p.text.endsWith("\r\n5;N5;20/11/2026 10:00;N;98\r\n7;N7;20/11/2026 10:00;N;99\r\n"));

        // Nothing new: the latest rows, and a format change alone reuses nothing stale.
        d.format.separator = ',';
        p = reader.build(d, 10);
        QVERIFY(!p.pending);
        QCOMPARE(p.rows.size(), 10);
        QVERIFY2(p.rows.last().first() == QString::number(Rows + 3), qPrintable(p.rows.last().join(u',')));
    }

    void deliversToSftp()
    {
        SshdFixture sshd;
        QVERIFY(sshd.start());
        Connection c = sshd.connection();
        QString error;
        QVERIFY2(ConnectionStore(*m_ws).save(c, &error), qPrintable(error));
        SshError trustError;
        QVERIFY2(trustHostKey(c, m_ws->knownHostsPath(), sshd.hostKeyFingerprint(), &trustError),
                 qPrintable(trustError.detailed()));
        takeIn(Header + row(1) + row(2));
        ExportDefinition d = definition(Increment::Created);
        d.destination = {Destination::Type::Sftp, QString(), c.name};
        save(d);
        RunResult r = run();
        QVERIFY2(r.ok(), qPrintable(r.error));
        const QString remote = sshd.root() + u"/outgoing/"_s + r.fileName;
        QCOMPARE(readAll(remote), QByteArray("Student ID,Liked,Counts\n1,Y,1\n2,Y,1\n"));
        QVERIFY(r.location.startsWith(u"sftp://"_s));
        // A second run on the same day gets the next number on the server too.
        takeIn(Header + row(3));
        r = run();
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(r.fileName.contains(u"_2.csv"_s));
        QCOMPARE(readAll(sshd.root() + u"/outgoing/"_s + r.fileName), QByteArray("Student ID,Liked,Counts\n3,Y,1\n"));
    }
};

QTEST_GUILESS_MAIN(TestExportRunner)
#include "tst_exportrunner.moc"
