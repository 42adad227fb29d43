// SPDX-License-Identifier: GPL-3.0-or-later
// Times CsvReader over a generated 1,000,000-row, 8-column CSV file against the sqlite3 CLI's
// `.import` of the same file (parse + insert), the bar the bulk importer has to clear.
// Usage: csv_bench [rows] (default 1000000). Needs sqlite3 on PATH.
#include "csv/CsvReader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace wb::csv;

namespace {

template<typename F> qint64 bestOf3(F run)
{
    qint64 best = -1;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer t;
        t.start();
        if (!run())
            return -1;
        const qint64 ms = t.elapsed();
        best = best < 0 ? ms : std::min(best, ms);
    }
    return best;
}

bool generate(const QString &path, int rows)
{
    static const char *const names[] = {"José Müller", "Zoë de Vries", "Ñandú Straße",
                                        "Anna, Björk", "Łukasz O'Brien", "Chloé \"Coco\" Dubois"};
    static const char *const events[] = {"OPEN", "CLICK", "BOUNCE", "UNSUBSCRIBE"};
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray chunk = "contact_id,name,email,event,event_time,campaign_id,score,comment\n";
    for (int i = 0; i < rows; ++i) {
        const QByteArray name = names[i % 6];
        QByteArray quoted = name;
        quoted.replace('"', "\"\"");
        chunk += QByteArray::number(1000000 + i) + ",\"" + quoted + "\",user"
            + QByteArray::number(i) + "@example.com," + events[i % 4] + ",2026-11-22 "
            + QByteArray::number(10 + i % 14) + ":15:00," + QByteArray::number(98765 + i % 50)
            + ',' + QByteArray::number(i % 10) + ".5,"
            + (i % 10 == 0 ? "\"Great, thanks\"" : "ok") + '\n';
        if (chunk.size() > (1 << 20)) {
            file.write(chunk);
            chunk.clear();
        }
    }
    return file.write(chunk) == chunk.size();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? QByteArray(argv[1]).toInt() : 1000000;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bench.csv"_s);
    if (!generate(path, rows)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return 1;
    }
    const double mib = static_cast<double>(QFile(path).size()) / 1048576.0;
    std::printf("%d rows, 8 columns, %.1f MiB\n", rows, mib);

    qint64 count = 0;
    qint64 bytes = 0;
    const qint64 ours = bestOf3([&] {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return false;
        CsvReader reader(&file, path, CsvDialect{});
        count = 0;
        bytes = 0;
        while (reader.readRow()) {
            ++count;
            for (const QByteArrayView f : reader.fields())
                bytes += f.size(); // touch every field, as binding would
        }
        if (reader.hasError())
            std::fprintf(stderr, "%s\n", qPrintable(reader.error().toString()));
        return !reader.hasError() && count == rows;
    });
    if (ours < 0)
        return 1;
    std::printf("CsvReader:          %5lld ms  (%.0f MiB/s, %lld rows, %lld field bytes)\n",
                static_cast<long long>(ours), mib / (static_cast<double>(ours) / 1000.0),
                static_cast<long long>(count), static_cast<long long>(bytes));

    const qint64 sqlite = bestOf3([&] {
        QProcess p;
        p.start(u"sqlite3"_s,
                {u":memory:"_s, u"-cmd"_s, u".mode csv"_s, u".import "_s + path + u" t"_s});
        return p.waitForFinished(600000) && p.exitStatus() == QProcess::NormalExit
            && p.exitCode() == 0;
    });
    if (sqlite < 0) {
        std::fprintf(stderr, "sqlite3 .import failed (is sqlite3 installed?)\n");
        return 1;
    }
    std::printf("sqlite3 .import:    %5lld ms  (parse + insert)\n",
                static_cast<long long>(sqlite));
    std::printf("ratio: CsvReader takes %.1f%% of sqlite3's time\n",
                100.0 * static_cast<double>(ours) / static_cast<double>(sqlite));
    return 0;
}
