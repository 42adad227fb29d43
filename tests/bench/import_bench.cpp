// SPDX-License-Identifier: GPL-3.0-or-later
// Takes in a 1,000,000-row file and compares with the sqlite3 CLI's .import of the same file
// into an untyped table. Usage: import_bench [rows] (default 1000000).
#include "core/Workspace.h"
#include "intake/Importer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace wb;

namespace {

// Full Measure's opens file, plus one column: 8 columns, ~85 bytes a row.
void writeFile(const QString &path, qint64 rows)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write("contact_id,first_name,last_name,mobile_phone_number,liked,last_viewed,counts,campus\n");
    QByteArray line;
    for (qint64 i = 0; i < rows; ++i) {
        line = QByteArray::number(1000000 + i) + ",Ren\xc3\xa9" "e,\"O'Connor, Jr.\",+1555" + QByteArray::number(1000000 + i)
               + (i % 3 ? ",t," : ",f,") + "2026-11-" + QByteArray::number(10 + i % 20) + " 14:05:"
               + QByteArray::number(10 + i % 50) + "," + QByteArray::number(i % 17) + ",Main\n";
        f.write(line);
    }
}

qint64 timeOurs(const QString &dir, const QString &file, const QString &dataset, int round)
{
    const QString ws = u"%1/ws-%2-%3.sqlite"_s.arg(dir, dataset).arg(round);
    {
        Workspace w;
        QString error;
        if (!w.open(ws, &error))
            qFatal("%s", qPrintable(error));
    }
    Importer importer(ws);
    ImportRequest r;
    r.localPath = file;
    r.dataset = dataset;
    QElapsedTimer t;
    t.start();
    const ImportResult result = importer.importFile(r);
    const qint64 ms = t.elapsed();
    if (result.state != ImportResult::State::Imported)
        qFatal("%s", qPrintable(result.error.toString(result.name)));
    return ms;
}

qint64 timeSqlite3(const QString &dir, const QString &file, int round)
{
    const QString db = u"%1/sqlite3-%2.db"_s.arg(dir).arg(round);
    QProcess p;
    QElapsedTimer t;
    t.start();
    p.start(u"sqlite3"_s, {db, u"PRAGMA journal_mode=WAL;"_s, u"PRAGMA synchronous=NORMAL;"_s,
                           u".mode csv"_s, u".import %1 t"_s.arg(file)});
    if (!p.waitForFinished(600000) || p.exitCode() != 0)
        qFatal("sqlite3 failed: %s", p.readAllStandardError().constData());
    return t.elapsed();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 rows = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    QTemporaryDir dir;
    const QString file = dir.filePath(u"content_card_opens.csv"_s);
    writeFile(file, rows);
    qint64 sqlite = -1, typed = -1, generic = -1;
    for (int round = 0; round < 3; ++round) {
        const qint64 s = timeSqlite3(dir.path(), file, round);
        const qint64 g = timeOurs(dir.path(), file, u"bench.untyped"_s, round);
        const qint64 t = timeOurs(dir.path(), file, u"fullmeasure.content_card_opens"_s, round);
        sqlite = sqlite < 0 ? s : std::min(sqlite, s);
        typed = typed < 0 ? t : std::min(typed, t);
        generic = generic < 0 ? g : std::min(generic, g);
    }
    std::printf("Taking in %lld rows x 8 columns (%.0f MB), best of 3\n", rows, QFile(file).size() / 1e6);
    std::printf("  sqlite3 CLI .import, untyped table      %6lld ms\n", sqlite);
    std::printf("  writeback, generic dataset (text)       %6lld ms   ratio %.2f\n", generic, double(sqlite) / generic);
    std::printf("  writeback, Full Measure opens (typed)   %6lld ms   ratio %.2f\n", typed, double(sqlite) / typed);
    std::printf("(ratio = sqlite3 time / our time: 1.00 is parity, above 1 is faster than sqlite3)\n");
    return 0;
}
