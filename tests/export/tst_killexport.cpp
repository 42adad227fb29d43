// SPDX-License-Identifier: GPL-3.0-or-later
// Kills `writeback-cli export run` at random moments, again and again, with new rows arriving
// between runs, to a local folder and to a real sshd; then every row must be in exactly one
// delivered file.
#include "SshdFixture.h"
#include "TestSupport.h"
#include "core/ConnectionStore.h"
#include "core/FileHash.h"
#include "core/Workspace.h"
#include "export/DeliveryManifest.h"
#include "export/ExportRunner.h"
#include "export/ExportStore.h"
#include "intake/Importer.h"
#include "sftp/SftpSession.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wb;
using namespace wb::test;

class TestKillExport : public QObject
{
    Q_OBJECT

    static constexpr int SeedRows = 10;

    // Runs the export; kills it after killAfterMs (< 0: lets it finish). -1 when killed.
    static int runExport(const QString &ws, int killAfterMs)
    {
        QProcess p;
        p.start(QStringLiteral(WRITEBACK_CLI), {u"--workspace"_s, ws, u"export"_s, u"run"_s, u"opens"_s});
        if (!p.waitForStarted())
            return -2;
        if (killAfterMs >= 0 && !p.waitForFinished(killAfterMs)) {
            p.kill();
            p.waitForFinished();
            return -1;
        }
        p.waitForFinished(120000);
        return p.exitCode();
    }

    static void takeIn(const QString &ws, const QString &dir, int batch, int rows)
    {
        const QString path = dir + u"/content_card_opens_%1.csv"_s.arg(batch);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("contact_id,first_name,last_name,mobile_phone_number,liked,last_viewed,counts\n");
        for (int i = 0; i < rows; ++i)
            f.write(QByteArray::number(batch * 1000000 + i) + ",Ren\xc3\xa9" "e,\"O'Connor, Jr.\",+1555,t,2026-11-20 14:05:33,1\n");
        f.close();
        Importer importer(ws);
        ImportRequest r;
        r.localPath = path;
        QCOMPARE(importer.importFile(r).state, ImportResult::State::Imported);
    }

    // Kills runs at random points while batches arrive, then checks the delivered files.
    void killRepeatedly(const QString &ws, const QString &dir, const std::function<QStringList()> &deliveredFiles)
    {
        constexpr int Batches = 4, Rows = 60000;
        QRandomGenerator rng(20261123);
        int killed = 0;
        for (int batch = 1; batch <= Batches; ++batch) {
            takeIn(ws, dir, batch, Rows);
            // Aimed inside a run: start-up, selection, writing, delivery and bookkeeping all
            // fall within the first few hundred milliseconds.
            for (int attempt = 0; attempt < 4; ++attempt) {
                const int at = 20 + int(rng.bounded(quint32(attempt < 2 ? 150 : 400)));
                const int rc = runExport(ws, at);
                if (rc == -1)
                    ++killed;
                else
                    QVERIFY2(rc == 0, qPrintable(u"export run exited with %1"_s.arg(rc)));
            }
        }
        QVERIFY2(killed > 0, "no run was killed");
        QCOMPARE(runExport(ws, -1), 0); // settles what the last kill left and sends the rest
        QCOMPARE(runExport(ws, -1), 0);

        QMap<QByteArray, int> seen;
        int lines = 0;
        for (const QString &file : deliveredFiles()) {
            const QList<QByteArray> rows = readAll(file).split('\n');
            for (qsizetype i = 1; i < rows.size(); ++i) { // past the header
                if (rows.at(i).isEmpty())
                    continue;
                ++seen[rows.at(i).split(',').first()];
                ++lines;
            }
        }
        const int expected = Batches * Rows + SeedRows;
        QCOMPARE(seen.size(), expected);
        QCOMPARE(lines, expected); // no row twice
        qInfo() << killed << "runs killed;" << deliveredFiles().size() << "files delivered";
    }

    static void saveExport(Workspace &ws, const Destination &destination, bool manifest = false)
    {
        ExportDefinition d;
        d.name = u"opens"_s;
        d.dataset = u"fullmeasure.content_card_opens"_s;
        d.columns = {{u"contact_id"_s, u"Student ID"_s}, {u"first_name"_s, u"First"_s}, {u"liked"_s, u"Liked"_s}};
        d.format.crlf = false;
        d.file.name = u"opens"_s;
        d.file.suffix = u"_yyyyMMdd"_s;
        d.destination = destination;
        d.file.manifest = manifest;
        QString error;
        QVERIFY2(ExportStore(ws).save(d, &error), qPrintable(error));
    }

private Q_SLOTS:
    void killedRunsToAFolder()
    {
        QTemporaryDir dir;
        const QString wsPath = dir.filePath(u"workspace.sqlite"_s);
        const QString out = dir.filePath(u"out"_s);
        QVERIFY(QDir().mkpath(out));
        {
            Workspace ws;
            QString error;
            QVERIFY2(ws.open(wsPath, &error), qPrintable(error));
            takeIn(wsPath, dir.path(), 0, SeedRows);
            saveExport(ws, {Destination::Type::Local, out, QString()});
        }
        killRepeatedly(wsPath, dir.path(), [&] {
            QStringList files;
            for (const QString &f : QDir(out).entryList(QDir::Files))
                files << QDir(out).filePath(f);
            return files;
        });
    }

    // Killed after the file reached its final name but before its manifest did, or after the
    // manifest but before the run was recorded as completed: recovery delivers the manifest
    // (once) and completes the run, so the receiving side is never left waiting for it.
    void killedBetweenFileAndManifest_data()
    {
        QTest::addColumn<QString>("point");
        QTest::addColumn<bool>("manifestThere");
        QTest::newRow("after the file") << u"file delivered"_s << false;
        QTest::newRow("after the manifest") << u"manifest delivered"_s << true;
    }

    void killedBetweenFileAndManifest()
    {
        QFETCH(QString, point);
        QFETCH(bool, manifestThere);
        QTemporaryDir dir;
        const QString wsPath = dir.filePath(u"workspace.sqlite"_s);
        const QDir out(dir.filePath(u"out"_s));
        QVERIFY(QDir().mkpath(out.path()));
        {
            Workspace ws;
            QString error;
            QVERIFY2(ws.open(wsPath, &error), qPrintable(error));
            takeIn(wsPath, dir.path(), 0, SeedRows);
            saveExport(ws, {Destination::Type::Local, out.path(), QString()}, true);
        }
        QProcess killed;
        killed.start(QStringLiteral(EXPORT_KILLED_AT), {wsPath, u"opens"_s, point});
        QVERIFY(killed.waitForFinished(120000));
        QCOMPARE(killed.exitStatus(), QProcess::NormalExit);
        QVERIFY2(killed.exitCode() == 9, killed.readAllStandardError().constData()); // ended at the point

        // As the kill left it: the file delivered, its manifest only if it had gone too.
        const QStringList left = out.entryList(QDir::Files, QDir::Name);
        QCOMPARE(left.size(), manifestThere ? 2 : 1);
        const QString fileName = left.first();
        const QString manifestName = DeliveryManifest::nameFor(fileName);
        QCOMPARE(QFileInfo::exists(out.filePath(manifestName)), manifestThere);

        ExportRunner runner(wsPath);
        const QList<qint64> settled = runner.recoverRuns();
        QCOMPARE(settled.size(), 1);
        QCOMPARE(out.entryList(QDir::Files | QDir::Hidden, QDir::Name), (QStringList{fileName, manifestName}));
        const QJsonObject manifest = QJsonDocument::fromJson(readAll(out.filePath(manifestName))).object();
        QCOMPARE(manifest[u"run_id"_s].toInteger(), settled.first());
        QCOMPARE(manifest.value(u"file"_s).toObject().value(u"name"_s).toString(), fileName);
        QCOMPARE(manifest.value(u"file"_s).toObject().value(u"sha256"_s).toString(), sha256OfFile(out.filePath(fileName)));
        QCOMPARE(manifest[u"rows"_s].toInt(), SeedRows);
        {
            Workspace ws;
            QString error;
            QVERIFY2(ws.open(wsPath, &error), qPrintable(error));
            const auto run = ExportStore(ws).run(settled.first());
            QVERIFY(run);
            QCOMPARE(run->state, u"completed"_s);
            QCOMPARE(run->error, QString());
        }
        // The watermark moved with it: nothing is sent again.
        const RunResult next = runner.run(u"opens"_s);
        QVERIFY2(next.ok(), qPrintable(next.error));
        QCOMPARE(next.fileName, QString());
        QCOMPARE(out.entryList(QDir::Files | QDir::Hidden).size(), 2);
    }

    void killedRunsToSftp()
    {
        SshdFixture sshd;
        QVERIFY(sshd.start());
        QTemporaryDir dir;
        const QString wsPath = dir.filePath(u"workspace.sqlite"_s);
        {
            Workspace ws;
            QString error;
            QVERIFY2(ws.open(wsPath, &error), qPrintable(error));
            Connection c = sshd.connection();
            QVERIFY2(ConnectionStore(ws).save(c, &error), qPrintable(error));
            SshError trustError;
            QVERIFY2(trustHostKey(c, ws.knownHostsPath(), sshd.hostKeyFingerprint(), &trustError),
                     qPrintable(trustError.detailed()));
            takeIn(wsPath, dir.path(), 0, SeedRows);
            saveExport(ws, {Destination::Type::Sftp, QString(), c.name});
        }
        const QString outgoing = sshd.root() + u"/outgoing"_s;
        killRepeatedly(wsPath, dir.path(), [&] {
            QStringList files;
            // An upload killed midway leaves its temporary (hidden) name behind, never the final one.
            for (const QString &f : QDir(outgoing).entryList(QDir::Files))
                files << QDir(outgoing).filePath(f);
            return files;
        });
    }
};

QTEST_GUILESS_MAIN(TestKillExport)
#include "tst_killexport.moc"
