// SPDX-License-Identifier: GPL-3.0-or-later
// Incremental export runs: each increment mode, ties, names, interrupted runs, re-delivery,
// and delivery to a real sshd on 127.0.0.1.
#include "SshdFixture.h"
#include "TestSupport.h"
#include "core/ConnectionStore.h"
#include "core/FileHash.h"
#include "core/Retention.h"
#include "core/Workspace.h"
#include "export/ExportPreview.h"
#include "export/ExportRunner.h"
#include "export/DeliveryManifest.h"
#include "export/ExportStore.h"
#include "export/PreviewReader.h"
#include "intake/Importer.h"
#include "sftp/SftpSession.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

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

// The permission bits in octal; -1 when the file is not there (or on Windows).
int mode(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat st;
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
#else
    Q_UNUSED(path);
    return -1;
#endif
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

    // Every field of a delivered manifest against the delivered file (hashed again here) and
    // the run's record.
    void checkManifest(const QByteArray &manifestBytes, const QByteArray &file, const RunResult &r,
                       qint64 rowBefore, qint64 seqBefore)
    {
        QJsonParseError parseError;
        const QJsonObject m = QJsonDocument::fromJson(manifestBytes, &parseError).object();
        QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
        QCOMPARE(m.value(u"format"_s).toString(), QString::fromLatin1(DeliveryManifest::Format));
        QCOMPARE(m.value(u"export"_s).toString(), u"opens"_s);
        QCOMPARE(m.value(u"run_id"_s).toInteger(), r.runId);
        const QJsonObject f = m.value(u"file"_s).toObject();
        QCOMPARE(f.value(u"name"_s).toString(), r.fileName);
        QCOMPARE(f.value(u"size"_s).toInteger(), qint64(file.size()));
        QCOMPARE(f.value(u"sha256"_s).toString(),
                 QString::fromLatin1(QCryptographicHash::hash(file, QCryptographicHash::Sha256).toHex()));
        const qint64 lines = file.count('\n') - 1; // less the header
        QCOMPARE(m.value(u"rows"_s).toInteger(), lines);
        QCOMPARE(m.value(u"rows"_s).toInteger(), r.rows);

        const auto run = ExportStore(*m_ws).run(r.runId);
        QVERIFY(run);
        const QJsonObject rows = m.value(u"row_range"_s).toObject();
        QCOMPARE(rows.value(u"from"_s).toInteger(), run->fromRow);
        QCOMPARE(rows.value(u"to"_s).toInteger(), run->toRow);
        const QJsonObject changes = m.value(u"change_range"_s).toObject();
        QCOMPARE(changes.value(u"from"_s).toInteger(), run->fromSeq);
        QCOMPARE(changes.value(u"to"_s).toInteger(), run->toSeq);
        const auto exp = ExportStore(*m_ws).find(u"opens"_s);
        QVERIFY(exp);
        const QJsonObject before = m.value(u"watermark"_s).toObject().value(u"before"_s).toObject();
        const QJsonObject after = m.value(u"watermark"_s).toObject().value(u"after"_s).toObject();
        QCOMPARE(before.value(u"row"_s).toInteger(), rowBefore);
        QCOMPARE(before.value(u"change"_s).toInteger(), seqBefore);
        QCOMPARE(after.value(u"row"_s).toInteger(), exp->lastRow);
        QCOMPARE(after.value(u"change"_s).toInteger(), exp->lastSeq);
        QCOMPARE(m.value(u"definition_sha256"_s).toString(),
                 QString::fromLatin1(QCryptographicHash::hash(exp->definition.toJson(), QCryptographicHash::Sha256).toHex()));
        QVERIFY(QDateTime::fromString(m.value(u"created_at"_s).toString(), Qt::ISODateWithMs).isValid());
    }

private Q_SLOTS:
    void initTestCase()
    {
#ifdef Q_OS_UNIX
        ::umask(022); // the usual default: the app must not depend on a stricter one
#endif
    }

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

    // The kept copy, its folders and the workspace are owner-only after a real run.
    void keptCopiesArePrivate()
    {
#ifndef Q_OS_UNIX
        QSKIP("Windows keeps the inherited ACL of the user's profile folder");
#endif
        takeIn(Header + row(1) + row(2));
        save(definition(Increment::Created));
        const RunResult r = run();
        QVERIFY2(r.ok(), qPrintable(r.error));
        const QString deliveries = m_dir->filePath(u"deliveries"_s);
        const QString kept = deliveries + u"/%1/"_s.arg(r.runId) + r.fileName;
        QVERIFY(QFileInfo::exists(kept));
        QCOMPARE(mode(deliveries), 0700);
        QCOMPARE(mode(QFileInfo(kept).absolutePath()), 0700);
        QCOMPARE(mode(kept), 0600);
        QCOMPARE(mode(m_ws->path()), 0600);
        QCOMPARE(mode(m_ws->path() + u"-wal"_s), 0600);
        // A re-delivery's copy too.
        ExportRunner runner(m_ws->path());
        const RunResult again = runner.redeliver(r.runId);
        QVERIFY2(again.ok(), qPrintable(again.error));
        QCOMPARE(mode(deliveries + u"/%1/"_s.arg(again.runId) + again.fileName), 0600);
    }

    // Pruning takes the kept copies past their days and leaves the run history, and a
    // re-delivery of a pruned run says why it cannot.
    void pruningKeepsTheHistory()
    {
        takeIn(Header + row(1) + row(2));
        save(definition(Increment::Created));
        const RunResult first = run();
        QVERIFY2(first.ok(), qPrintable(first.error));
        takeIn(Header + row(3));
        const RunResult second = run();
        QVERIFY2(second.ok(), qPrintable(second.error));
        const QString oldCopy = m_dir->filePath(u"deliveries/%1/"_s.arg(first.runId) + first.fileName);
        const QString newCopy = m_dir->filePath(u"deliveries/%1/"_s.arg(second.runId) + second.fileName);
        QVERIFY(QFileInfo::exists(oldCopy));
        {
            // A hard link shares its times with the delivered file: both grow old together.
            QFile f(oldCopy);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.setFileTime(QDateTime::currentDateTimeUtc().addDays(-31), QFileDevice::FileModificationTime));
        }
        QString error;
        QVERIFY2(Retention::setDays(*m_ws, 30, &error), qPrintable(error));
        QCOMPARE(Retention::days(*m_ws), 30);
        QVERIFY(!Retention::setDays(*m_ws, 0, &error));
        QVERIFY2(error.contains(u"1 to 3650"_s), qPrintable(error));
        const Retention::Pruned pruned = Retention::prune(m_ws->path(), Retention::days(*m_ws));
        QCOMPARE(pruned.files, 1);
        QVERIFY(pruned.errors.isEmpty());
        QVERIFY(!QFileInfo::exists(oldCopy));
        QVERIFY(!QFileInfo::exists(QFileInfo(oldCopy).absolutePath()));
        QVERIFY(QFileInfo::exists(newCopy));
        const QList<RunRecord> runs = ExportStore(*m_ws).runs(u"opens"_s);
        QCOMPARE(runs.size(), 2);
        for (const RunRecord &rr : runs)
            QCOMPARE(rr.state, u"completed"_s);
        ExportRunner runner(m_ws->path());
        const RunResult again = runner.redeliver(first.runId);
        QVERIFY(!again.ok());
        QVERIFY2(again.error.contains(u"no longer kept"_s), qPrintable(again.error));
    }

    void manifestDescribesALocalDelivery()
    {
        takeIn(Header + row(1) + row(2) + row(3));
        ExportDefinition d = definition(Increment::Created);
        d.file.manifest = true;
        save(d);
        RunResult r = run();
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        const QString file = QDir(out()).filePath(r.fileName);
        const QString manifest = QDir(out()).filePath(DeliveryManifest::nameFor(r.fileName));
        checkManifest(readAll(manifest), readAll(file), r, 0, 0);
        // Nothing half-written is left: the two files only.
        QCOMPARE(QDir(out()).entryList(QDir::Files | QDir::Hidden),
                 (QStringList{r.fileName, DeliveryManifest::nameFor(r.fileName)}));
#ifdef Q_OS_UNIX
        QCOMPARE(mode(manifest), 0600);
#endif

        // The next run starts where this one's watermark ended.
        const auto exp = ExportStore(*m_ws).find(u"opens"_s);
        const qint64 lastRow = exp->lastRow, lastSeq = exp->lastSeq;
        takeIn(Header + row(4));
        r = run();
        QVERIFY2(r.ok(), qPrintable(r.error));
        checkManifest(readAll(QDir(out()).filePath(DeliveryManifest::nameFor(r.fileName))),
                      readAll(QDir(out()).filePath(r.fileName)), r, lastRow, lastSeq);

        // A manifest's name that is taken moves the run to the next free name, like the file's.
        takeIn(Header + row(5));
        const QString next = d.fileNameFor(QDateTime::currentDateTime(), 3);
        QVERIFY(writeAll(QDir(out()).filePath(DeliveryManifest::nameFor(next)), "someone else's"));
        r = run();
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.fileName, d.fileNameFor(QDateTime::currentDateTime(), 4));
        QCOMPARE(readAll(QDir(out()).filePath(DeliveryManifest::nameFor(next))), QByteArray("someone else's"));
    }

    void manifestDescribesAnSftpDelivery()
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
        d.file.manifest = true;
        save(d);
        const RunResult r = run();
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        const QString remote = sshd.root() + u"/outgoing/"_s;
        checkManifest(readAll(remote + DeliveryManifest::nameFor(r.fileName)), readAll(remote + r.fileName), r, 0, 0);
        // On the server, the file and its manifest only; nothing left in staging.
        QCOMPARE(QDir(remote).entryList({u"opens*"_s, u".*part*"_s}, QDir::Files | QDir::Hidden),
                 (QStringList{r.fileName, DeliveryManifest::nameFor(r.fileName)}));
        const QString staging = m_dir->filePath(u"staging"_s);
        QCOMPARE(QDir(staging).entryList(QDir::Files | QDir::Hidden), QStringList());
#ifdef Q_OS_UNIX
        QCOMPARE(mode(staging), 0700);
        QCOMPARE(mode(m_dir->filePath(u"deliveries/%1/"_s.arg(r.runId) + r.fileName)), 0600);
#endif
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
