// SPDX-License-Identifier: GPL-3.0-or-later
// Takes in a 1,000,000-row file and compares with the sqlite3 CLI's .import of the same file
// into an untyped table. Usage: import_bench [rows] [--day-first] (default 1000000).
// An Actito openings file has a date column whose order is not documented: its dates are
// watched for the order they show (ISO ones show none); --day-first adds the same file with
// day-first moments ("13/12/2026 10:00:00" first, so the order is learned on the first row).
#include "core/Workspace.h"
#include "intake/Importer.h"

#include <QCoreApplication>
#include <QDir>
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

// Actito e-mail openings (technical names, tab-separated), ~110 bytes a row.
void writeActito(const QString &path, qint64 rows, bool dayFirst, qint64 firstId = 5000000)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write("interactionId\tcampaignId\tabVersion\tprofileId\tsubscription\teventTime\temailAddress\t"
            "campaignTechnicalName\tprofile-firstName\n");
    QByteArray line;
    for (qint64 i = 0; i < rows; ++i) {
        const QByteArray day = QByteArray::number(13 - i % 12).rightJustified(2, '0');
        const QByteArray time = " 10:" + QByteArray::number(10 + i % 50) + ":" + QByteArray::number(10 + i % 49);
        line = QByteArray::number(firstId + i) + "\t" + QByteArray::number(400 + i % 7) + (i % 2 ? "\tA\t" : "\tB\t")
               + QByteArray::number(88000 + i % 90000) + "\tnewsletter\t"
               + (dayFirst ? QByteArray(day + "/12/2026" + time) : QByteArray("2026-12-" + day + time)) + "\tprofile"
               + QByteArray::number(i) + "@example.be\tdecember_newsletter\tLotte\n";
        f.write(line);
    }
}

// `before`: a file taken in first, untimed, so that the timed one goes into a dataset that
// holds rows already (its pages and index exist), as a daily delivery does.
qint64 timeOurs(const QString &dir, const QString &file, const QString &dataset, int round, const QString &before = {})
{
    const QString ws = u"%1/ws-%2-%3.sqlite"_s.arg(dir, dataset).arg(round);
    {
        Workspace w;
        QString error;
        if (!w.open(ws, &error))
            qFatal("%s", qPrintable(error));
    }
    Importer importer(ws);
    if (!before.isEmpty()) {
        ImportRequest first;
        first.localPath = before;
        first.dataset = dataset;
        if (importer.importFile(first).state != ImportResult::State::Imported)
            qFatal("cannot take in %s", qPrintable(before));
    }
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
    const qint64 rows = argc > 1 && argv[1][0] != '-' ? QByteArray(argv[1]).toLongLong() : 1000000;
    const bool dayFirst = app.arguments().contains(u"--day-first"_s);
    QTemporaryDir dir;
    const QString file = dir.filePath(u"content_card_opens.csv"_s);
    writeFile(file, rows);
    const QString actito = dir.filePath(u"email_openings_20261213.csv"_s);
    writeActito(actito, rows, false);
    const QString actitoEarlier = dir.filePath(u"email_openings_20261212.csv"_s);
    writeActito(actitoEarlier, rows, false, 9000000);
    const QString actitoDayFirst = dir.filePath(u"df/email_openings_20261213.csv"_s);
    if (dayFirst) {
        QDir().mkpath(dir.filePath(u"df"_s));
        writeActito(actitoDayFirst, rows, true);
    }
    qint64 sqlite = -1, typed = -1, generic = -1, opens = -1, opensOnto = -1, opensDayFirst = -1;
    auto best = [](qint64 &b, qint64 v) { b = b < 0 ? v : std::min(b, v); };
    for (int round = 0; round < 3; ++round) {
        best(sqlite, timeSqlite3(dir.path(), file, round));
        best(generic, timeOurs(dir.path(), file, u"bench.untyped"_s, round));
        best(typed, timeOurs(dir.path(), file, u"fullmeasure.content_card_opens"_s, round));
        best(opens, timeOurs(dir.path(), actito, u"actito.email_openings"_s, round));
        best(opensOnto, timeOurs(dir.path(), actito, u"actito.email_openings"_s, round + 20, actitoEarlier));
        if (dayFirst)
            best(opensDayFirst, timeOurs(dir.path(), actitoDayFirst, u"actito.email_openings"_s, round + 10));
    }
    std::printf("Taking in %lld rows x 8 columns (%.0f MB), best of 3\n", rows, QFile(file).size() / 1e6);
    std::printf("  sqlite3 CLI .import, untyped table      %6lld ms\n", sqlite);
    std::printf("  writeback, generic dataset (text)       %6lld ms   ratio %.2f\n", generic, double(sqlite) / generic);
    std::printf("  writeback, Full Measure opens (typed)   %6lld ms   ratio %.2f\n", typed, double(sqlite) / typed);
    std::printf("  writeback, Actito openings, ISO dates   %6lld ms   (9 columns, %.0f MB)\n", opens,
                QFile(actito).size() / 1e6);
    std::printf("  writeback, Actito openings onto as many %6lld ms\n", opensOnto);
    if (dayFirst)
        std::printf("  writeback, Actito openings, day first   %6lld ms\n", opensDayFirst);
    std::printf("(ratio = sqlite3 time / our time: 1.00 is parity, above 1 is faster than sqlite3)\n");
    return 0;
}
