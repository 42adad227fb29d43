// SPDX-License-Identifier: GPL-3.0-or-later
// Kills writeback-cli at random moments while it takes in a large file, again and again, then
// checks that the workspace holds the file exactly once: no partial rows, no duplicates.
#include "TestSupport.h"
#include "core/Workspace.h"
#include "store/DatasetStore.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wb;

class TestKillImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedImportsLeaveNothingHalfDone()
    {
        QTemporaryDir dir;
        const QString ws = dir.filePath(u"workspace.sqlite"_s);
        const QString file = dir.filePath(u"content_card_opens.csv"_s);
        constexpr int Rows = 200000;
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("contact_id,first_name,last_name,mobile_phone_number,liked,last_viewed,counts\n");
            for (int i = 0; i < Rows; ++i)
                f.write(QByteArray::number(100000 + i) + ",Ren\xc3\xa9" "e,\"O'Connor, Jr.\",+1555" + QByteArray::number(i)
                        + ",t,2026-11-20 14:05:33," + QByteArray::number(i % 9) + "\n");
        }
        auto run = [&](int killAfterMs) {
            QProcess p;
            p.start(QStringLiteral(WRITEBACK_CLI), {u"--workspace"_s, ws, u"import"_s, file});
            if (!p.waitForStarted())
                return -2;
            if (killAfterMs >= 0) {
                if (p.waitForFinished(killAfterMs))
                    return p.exitCode();
                p.kill();
                p.waitForFinished();
                return -1;
            }
            p.waitForFinished(120000);
            return p.exitCode();
        };
        // Find how long a whole import takes, on a scratch copy, to aim the kills inside it.
        QElapsedTimer t;
        t.start();
        {
            QProcess p;
            p.start(QStringLiteral(WRITEBACK_CLI), {u"--workspace"_s, dir.filePath(u"scratch.sqlite"_s), u"import"_s, file});
            QVERIFY(p.waitForFinished(120000));
            QCOMPARE(p.exitCode(), 0);
        }
        const int full = int(t.elapsed());
        QRandomGenerator rng(20261123);
        int killed = 0;
        for (int i = 0; i < 8; ++i) {
            const int at = 10 + int(rng.bounded(quint32(qMax(20, full))));
            if (run(at) == -1)
                ++killed;
            Workspace w;
            QString error;
            QVERIFY2(w.open(ws, &error), qPrintable(error));
            const auto d = DatasetStore(w).dataset(u"fullmeasure.content_card_opens"_s);
            const qint64 rows = d ? d->rows : 0;
            QVERIFY2(rows == 0 || rows == Rows, qPrintable(u"after a kill at %1 ms: %2 rows"_s.arg(at).arg(rows)));
            if (rows == Rows)
                break; // it finished before the kill: nothing more to learn from this round
        }
        QVERIFY2(killed > 0, "no run was killed mid-import");
        QCOMPARE(run(-1), 0);
        QCOMPARE(run(-1), 0); // and again: skipped
        Workspace w;
        QString error;
        QVERIFY(w.open(ws, &error));
        QCOMPARE(DatasetStore(w).dataset(u"fullmeasure.content_card_opens"_s)->rows, Rows);
        const QList<FileRecord> files = DatasetStore(w).files();
        QCOMPARE(files.size(), 1);
        QCOMPARE(files.first().state, u"imported"_s);
        QCOMPARE(files.first().rowsRead, Rows);
    }
};

QTEST_GUILESS_MAIN(TestKillImport)
#include "tst_killimport.moc"
