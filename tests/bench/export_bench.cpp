// SPDX-License-Identifier: GPL-3.0-or-later
// Exports 1,000,000 rows (five formatted columns, increment "full", to a local folder) and
// compares with the sqlite3 CLI writing the same rows from the same table with .mode csv,
// strftime() and a CASE. Usage: export_bench [rows] (default 1000000).
//
// export_bench preview [rows]: the designer's 10-row preview of a 1,000,000-row dataset, each
// time the definition changes (column order, header, boolean and date formats, separator...),
// on one reader kept open as the designer keeps it on its preview thread; against the one-shot
// path (a connection per preview, every dataset counted, as the designer did before) and the
// sqlite3 CLI running the equivalent SELECT ... LIMIT 10.
#include "core/Workspace.h"
#include "export/ExportPreview.h"
#include "export/ExportRunner.h"
#include "export/ExportStore.h"
#include "export/PreviewReader.h"
#include "intake/Importer.h"
#include "store/DatasetStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace wb;

namespace {

// Full Measure's opens file, as import_bench writes it (less the extra column).
void writeFile(const QString &path, qint64 rows)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write("contact_id,first_name,last_name,mobile_phone_number,liked,last_viewed,counts\n");
    QByteArray line;
    for (qint64 i = 0; i < rows; ++i) {
        line = QByteArray::number(1000000 + i) + ",Ren\xc3\xa9" "e,\"O'Connor, Jr.\",+1555" + QByteArray::number(1000000 + i)
               + (i % 3 ? ",t," : ",f,") + "2026-11-" + QByteArray::number(10 + i % 20) + " 14:05:"
               + QByteArray::number(10 + i % 50) + "," + QByteArray::number(i % 17) + "\n";
        f.write(line);
    }
}

// A line of /proc/self/status in kB: VmHWM (the peak resident set size) or VmRSS (now).
qint64 statusKb(const QByteArray &key)
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(QByteArray(key + ':')))
            return line.mid(key.size() + 1).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

// Resets VmHWM to the current RSS (Linux 4.0+), so that the figure is the run's own peak and
// not the import's that came before it.
bool resetPeakRss()
{
    QFile f(u"/proc/self/clear_refs"_s);
    return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
}

QByteArray sha256Of(const QString &path)
{
    QFile f(path);
    QCryptographicHash h(QCryptographicHash::Sha256);
    if (f.open(QIODevice::ReadOnly))
        h.addData(&f);
    return h.result().toHex();
}

struct Ours
{
    qint64 ms = 0;
    qint64 bytes = 0;
    qint64 peakKb = -1;
    qint64 baseKb = -1; // resident before the run
    QString path;
};

Ours timeOurs(const QString &workspace, const QString &outDir)
{
    Ours o;
    o.baseKb = statusKb("VmRSS");
    const bool reset = resetPeakRss();
    QElapsedTimer t;
    t.start();
    ExportRunner runner(workspace);
    const RunResult r = runner.run(u"bench"_s);
    o.ms = t.elapsed();
    o.peakKb = reset ? statusKb("VmHWM") : -1;
    if (!r.ok())
        qFatal("export failed: %s", qPrintable(r.error));
    o.bytes = r.bytes;
    o.path = QDir(outDir).filePath(r.fileName);
    return o;
}

qint64 timeSqlite3(const QString &workspace, const QString &table, const QString &file)
{
    QProcess p;
    QElapsedTimer t;
    t.start();
    p.start(u"sqlite3"_s,
            {u"-readonly"_s, workspace, u".headers on"_s, u".mode csv"_s, u".once %1"_s.arg(file),
             uR"(SELECT contact_id AS "Contact ID", CASE liked WHEN 1 THEN 'Y' WHEN 0 THEN 'N' END AS "Liked", )"
             uR"(strftime('%d/%m/%Y %H:%M', last_viewed) AS "Last viewed", counts AS "Opens", )"
             uR"(first_name AS "First name" FROM "%1" ORDER BY _row;)"_s.arg(table)});
    if (!p.waitForFinished(600000) || p.exitCode() != 0)
        qFatal("sqlite3 failed: %s", p.readAllStandardError().constData());
    return t.elapsed();
}

struct Spread
{
    double median = 0, max = 0;
};

Spread spreadOf(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    const qsizetype n = ms.size();
    return {n % 2 ? ms[n / 2] : (ms[n / 2 - 1] + ms[n / 2]) / 2, ms.last()};
}

// The definition after the i-th edit a user might make in the designer.
ExportDefinition edited(ExportDefinition d, int i)
{
    switch (i % 10) {
    case 0: std::rotate(d.columns.begin(), d.columns.begin() + 1, d.columns.end()); break;
    case 1: d.columns.first().header += u" (renamed)"_s; break;
    case 2: d.format.boolean = d.format.boolean == BooleanStyle::YesNo ? BooleanStyle::TrueFalse : BooleanStyle::YesNo; break;
    case 3: d.format.dateTime = d.format.dateTime == u"dd/MM/yyyy HH:mm"_s ? u"yyyy-MM-dd HH:mm:ss"_s : u"dd/MM/yyyy HH:mm"_s; break;
    case 4: d.format.separator = d.format.separator == ';' ? ',' : ';'; break;
    case 5: d.format.bom = !d.format.bom; break;
    case 6: d.format.crlf = !d.format.crlf; break;
    case 7: d.columns.removeLast(); break;
    case 8: d.columns.append({u"last_name"_s, u"Last name"_s}); break;
    case 9: d.format.headerRow = !d.format.headerRow; break;
    }
    return d;
}

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

int previewBench(const QString &ws, const QString &table, const ExportDefinition &base, qint64 rows)
{
    constexpr int Increments = 20;
    std::printf("10-row preview of a %lld-row dataset, %d definition changes (column order, header, boolean, "
                "date-time, separator, BOM, line ends, columns, header row), per change:\n", rows, Increments);
    Workspace workspace;
    QString error;
    if (!workspace.open(ws, &error))
        qFatal("%s", qPrintable(error));
    const char *names[] = {"created", "full", "created_or_updated", "updated"};
    const Increment increments[] = {Increment::Created, Increment::Full, Increment::CreatedOrUpdated, Increment::Updated};
    double worstMedian = 0, worstMax = 0;
    for (int k = 0; k < 4; ++k) {
        ExportDefinition d = base;
        d.increment = increments[k];
        // As the designer: one reader, opened on first use and kept.
        PreviewReader reader(ws);
        QElapsedTimer t;
        t.start();
        ExportPreview p = reader.build(d, 10);
        const double firstMs = msSince(t);
        if (!p.error.isEmpty())
            qFatal("%s", qPrintable(p.error));
        QList<double> warm, oneShot;
        for (int i = 0; i < Increments; ++i) {
            d = edited(d, i);
            t.restart();
            p = reader.build(d, 10);
            warm << msSince(t);
            if (!p.error.isEmpty() || (p.rows.size() != 10))
                qFatal("preview: %s (%lld rows)", qPrintable(p.error), qint64(p.rows.size()));
            // The one-shot path, as updatePreview ran it on the GUI thread before.
            t.restart();
            const std::optional<DatasetSummary> counted = DatasetStore(workspace).dataset(d.dataset);
            (void)validateDefinition(d, counted ? &*counted : nullptr);
            const ExportPreview q = buildPreview(workspace, d, 10);
            oneShot << msSince(t);
            if (q.text != p.text)
                qFatal("the two paths differ");
        }
        const Spread w = spreadOf(warm), o = spreadOf(oneShot);
        worstMedian = std::max(worstMedian, w.median);
        worstMax = std::max(worstMax, w.max);
        std::printf("  %-19s first %7.1f ms (pending %lld) | kept reader: median %6.2f ms, max %6.2f ms | "
                    "one-shot: median %7.1f ms, max %7.1f ms | ratio %.0fx\n",
                    names[k], firstMs, p.pendingRows, w.median, w.max, o.median, o.max, o.median / w.median);
    }
    // The named peer: the sqlite3 CLI reading the same ten rows (a process start included).
    QList<double> cli;
    for (int i = 0; i < 5; ++i) {
        QProcess proc;
        QElapsedTimer t;
        t.start();
        proc.start(u"sqlite3"_s, {u"-readonly"_s, ws,
                                  u"SELECT contact_id, liked, last_viewed, counts, first_name FROM \"%1\" "
                                  "WHERE _row <= (SELECT max(_row) FROM \"%1\") ORDER BY _row LIMIT 10;"_s.arg(table)});
        if (!proc.waitForFinished(60000) || proc.exitCode() != 0) {
            cli.clear();
            break;
        }
        cli << msSince(t);
    }
    if (cli.isEmpty()) {
        std::printf("  sqlite3 CLI not available\n");
    } else {
        const Spread c = spreadOf(cli);
        std::printf("  sqlite3 CLI, SELECT ... ORDER BY _row LIMIT 10 (process included): median %.2f ms; "
                    "ratio sqlite3 / kept reader (worst median) %.2f\n", c.median, c.median / worstMedian);
    }
    std::printf("Worst over the increments: median %.2f ms, max %.2f ms (target: under 50 ms)\n", worstMedian, worstMax);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bool preview = argc > 1 && QByteArray(argv[1]) == "preview";
    if (preview) {
        --argc;
        ++argv;
    }
    const qint64 rows = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    QTemporaryDir dir;
    const QString ws = dir.filePath(u"workspace.sqlite"_s);
    const QString outDir = dir.filePath(u"out"_s);
    QDir().mkpath(outDir);

    Workspace workspace;
    QString error;
    if (!workspace.open(ws, &error))
        qFatal("%s", qPrintable(error));
    {
        const QString csv = dir.filePath(u"content_card_opens.csv"_s);
        writeFile(csv, rows);
        Importer importer(ws);
        ImportRequest r;
        r.localPath = csv;
        const ImportResult result = importer.importFile(r);
        if (result.state != ImportResult::State::Imported)
            qFatal("%s", qPrintable(result.error.toString(result.name)));
        QFile::remove(csv);
    }
    const std::optional<DatasetSummary> dataset = DatasetStore(workspace).dataset(u"fullmeasure.content_card_opens"_s);
    if (!dataset || dataset->rows != rows)
        qFatal("the dataset was not taken in");

    ExportDefinition def;
    def.name = u"bench"_s;
    def.dataset = dataset->name;
    def.increment = Increment::Full;
    def.columns = {{u"contact_id"_s, u"Contact ID"_s}, {u"liked"_s, u"Liked"_s},
                   {u"last_viewed"_s, u"Last viewed"_s}, {u"counts"_s, u"Opens"_s},
                   {u"first_name"_s, u"First name"_s}};
    def.format.boolean = BooleanStyle::YesNo;
    def.format.dateTime = u"dd/MM/yyyy HH:mm"_s;
    def.format.crlf = true; // as sqlite3's .mode csv
    def.file.name = u"opens"_s;
    def.destination.path = outDir;
    if (const QStringList problems = validateDefinition(def, &*dataset); !problems.isEmpty())
        qFatal("%s", qPrintable(problems.join(u'\n')));
    if (!ExportStore(workspace).save(def, &error))
        qFatal("%s", qPrintable(error));
    if (preview) {
        // Some changed rows, so that "updated" has rows to show.
        {
            const QString csv = dir.filePath(u"content_card_opens.csv"_s);
            QFile f(csv);
            if (!f.open(QIODevice::WriteOnly))
                qFatal("cannot write %s", qPrintable(csv));
            f.write("contact_id,first_name,last_name,mobile_phone_number,liked,last_viewed,counts\n");
            for (int i = 0; i < 100; ++i)
                f.write(QByteArray::number(1000000 + i * 997) + ",Ana,Silva,,t,2026-12-01 09:00:00,99\n");
            f.close();
            Importer importer(ws);
            ImportRequest r;
            r.localPath = csv;
            if (importer.importFile(r).state != ImportResult::State::Imported)
                qFatal("the changes were not taken in");
        }
        workspace.close();
        return previewBench(ws, dataset->table, def, rows);
    }
    // The designer's preview of the next run: it must not scan the million rows.
    qint64 previewMs = -1;
    for (const Increment increment : {Increment::Created, Increment::Updated, Increment::CreatedOrUpdated}) {
        ExportDefinition incremental = def;
        incremental.increment = increment;
        QElapsedTimer t;
        t.start();
        const ExportPreview p = buildPreview(workspace, incremental, 10);
        previewMs = std::max(previewMs, t.elapsed());
        if (!p.error.isEmpty())
            qFatal("%s", qPrintable(p.error));
    }
    workspace.close();

    const QString sqliteFile = dir.filePath(u"sqlite3.csv"_s);
    qint64 sqlite = -1;
    Ours best;
    best.ms = -1;
    qint64 peakKb = -1, baseKb = -1;
    bool same = false;
    for (int round = 0; round < 3; ++round) {
        const qint64 s = timeSqlite3(ws, dataset->table, sqliteFile);
        const Ours o = timeOurs(ws, outDir);
        sqlite = sqlite < 0 ? s : std::min(sqlite, s);
        if (best.ms < 0 || o.ms < best.ms)
            best = o;
        if (o.peakKb > peakKb) {
            peakKb = o.peakKb;
            baseKb = o.baseKb;
        }
        if (round == 2)
            same = sha256Of(o.path) == sha256Of(sqliteFile);
        QFile::remove(o.path);
    }
    const qint64 sqliteBytes = QFile(sqliteFile).size();
    std::printf("Exporting %lld rows x 5 formatted columns (contact_id, liked Y/N, last_viewed dd/MM/yyyy HH:mm, "
                "counts, first_name), increment full, local folder, best of 3\n", rows);
    std::printf("  sqlite3 CLI .mode csv .once, strftime + CASE   %6lld ms   %.1f MB\n", sqlite, double(sqliteBytes) / 1e6);
    std::printf("  writeback ExportRunner::run                    %6lld ms   %.1f MB   ratio %.2f\n", best.ms,
                double(best.bytes) / 1e6, double(sqlite) / double(best.ms));
    std::printf("(ratio = sqlite3 time / our time: 1.00 is parity, above 1 is faster than sqlite3)\n");
    std::printf("10-row preview of the next run (created, updated, created_or_updated), slowest: %lld ms\n", previewMs);
    if (peakKb >= 0)
        std::printf("Peak RSS during our runs: %.1f MB, of which %.1f MB resident before the run (VmHWM and VmRSS "
                    "from /proc/self/status, in-process; VmHWM reset through /proc/self/clear_refs before each run)\n",
                    double(peakKb) / 1024.0, double(baseKb) / 1024.0);
    else
        std::printf("Peak RSS: not available (no /proc/self/clear_refs)\n");
    if (same)
        std::printf("The two files are identical.\n");
    else
        std::printf("The files differ in quoting: sqlite3 quotes values with spaces or non-ASCII bytes, we quote "
                    "only what RFC 4180 needs.\n");
    return 0;
}
