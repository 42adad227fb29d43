// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target for wb::csv::CsvReader and wb::csv::sniff().
//
// The first input byte picks the dialect and options, the rest is the file. Each input is read
// in one block and again in blocks of 1 to 7 bytes: both must give the same rows, line numbers,
// offsets and error, which catches buffer-boundary bugs no sanitizer sees. Rows must be valid
// UTF-8 without NUL bytes, and positions must stay inside the input.
//
// Running the real fuzzer needs Clang (in the build root: apt-get install clang libclang-rt-dev):
//   packaging/linux/buildroot.sh bash -c 'CC=clang CXX=clang++ cmake -S . -B build/fuzz -G Ninja
//       -DCMAKE_BUILD_TYPE=RelWithDebInfo -DWRITEBACK_BUILD_GUI=OFF &&
//       cmake --build build/fuzz --target fuzz_csvreader'
//   mkdir -p build/fuzz/corpus
//   packaging/linux/buildroot.sh build/fuzz/tests/fuzz/fuzz_csvreader -max_total_time=600
//       -max_len=4096 -timeout=10 build/fuzz/corpus tests/fuzz/corpus
// (each command on one line).
// New inputs go to build/fuzz/corpus; copy a crash-* file into tests/fuzz/corpus once fixed.
// With GCC this file builds as fuzz_csvreader_replay, which CTest runs over tests/fuzz/corpus
// with every first byte.
#include "csv/CsvReader.h"

#include <QBuffer>
#include <QByteArrayList>
#include <QList>

#include <cstdint>
#include <cstdlib>

using namespace Qt::StringLiterals;
using namespace wb::csv;

namespace {

struct Result
{
    QList<QByteArrayList> rows;
    QList<qint64> lines;
    QList<qint64> offsets;
    QByteArrayList header;
    CsvError error;

    bool operator==(const Result &o) const
    {
        return rows == o.rows && lines == o.lines && offsets == o.offsets && header == o.header
            && error.kind == o.error.kind && error.line == o.error.line
            && error.column == o.error.column && error.byteOffset == o.error.byteOffset
            && error.message == o.error.message;
    }
};

void check(bool ok, const char *what)
{
    if (!ok) {
        std::fprintf(stderr, "fuzz_csvreader: %s\n", what);
        std::abort();
    }
}

Result read(const QByteArray &input, const CsvDialect &dialect, CsvReaderOptions options)
{
    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, u"fuzz.csv"_s, dialect, options);
    Result r;
    while (reader.readRow()) {
        QByteArrayList row;
        for (const QByteArrayView f : reader.fields()) {
            check(f.isValidUtf8() && !f.contains('\0'), "field is not clean UTF-8");
            row << f.toByteArray();
        }
        check(r.lines.isEmpty() || reader.line() > r.lines.last(), "line did not advance");
        check(r.offsets.isEmpty() || reader.byteOffset() > r.offsets.last(),
              "offset did not advance");
        check(reader.byteOffset() < input.size(), "row offset past the end");
        check(reader.rowsRead() == r.rows.size() + 1, "rowsRead is off");
        r.rows << row;
        r.lines << reader.line();
        r.offsets << reader.byteOffset();
    }
    check(reader.memoryUsed() < 64 << 20, "memory grew");
    r.header = reader.header();
    r.error = reader.error();
    if (reader.hasError()) {
        check(r.error.line >= 1 && r.error.column >= 1, "error position below 1");
        check(r.error.byteOffset >= 0 && r.error.byteOffset <= input.size(),
              "error offset outside the file");
        check(!r.error.message.isEmpty(), "error without a message");
    }
    return r;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const unsigned control = data[0];
    const QByteArray input(reinterpret_cast<const char *>(data + 1),
                           static_cast<qsizetype>(size - 1));
    static constexpr char delimiters[] = {',', ';', '\t', '|'};
    static constexpr Encoding encodings[] = {Encoding::Utf8, Encoding::Utf8,
                                             Encoding::Windows1252, Encoding::Utf16LE};
    CsvDialect dialect;
    dialect.delimiter = delimiters[control & 3];
    dialect.quote = (control & 4) ? '\0' : '"';
    dialect.hasHeader = (control & 8) != 0;
    dialect.encoding = encodings[(control >> 4) & 3];
    CsvReaderOptions options;
    options.checkFieldCount = (control & 64) != 0;
    options.maxRowBytes = (control & 128) ? 64 : 1 << 20;

    const Result whole = read(input, dialect, options);
    options.blockSize = 1 + static_cast<qsizetype>(size % 7);
    check(read(input, dialect, options) == whole, "small blocks disagree with one block");

    SniffReport report;
    const CsvDialect sniffed = sniff(input, &report);
    check(report.reasons.size() == 3, "sniff gave no reasons");
    check(report.delimiterConfidence >= 0 && report.delimiterConfidence <= 100,
          "confidence out of range");
    (void)sniffed;
    return 0;
}

#ifdef WRITEBACK_FUZZ_REPLAY
#include <QDir>
#include <QFile>

// Replays every file under the given folders with each of the 256 first bytes, so that every
// dialect meets every seed.
int main(int argc, char **argv)
{
    int files = 0;
    for (int i = 1; i < argc; ++i) {
        const QDir dir(QString::fromLocal8Bit(argv[i]));
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", qPrintable(file.fileName()));
                return 1;
            }
            QByteArray seed = file.readAll();
            if (seed.isEmpty())
                seed.append('\0');
            for (int control = 0; control < 256; ++control) {
                seed[0] = static_cast<char>(control);
                LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t *>(seed.constData()),
                                       static_cast<std::size_t>(seed.size()));
            }
            ++files;
        }
    }
    std::printf("replayed %d seeds x 256 dialects\n", files);
    return files > 0 ? 0 : 1;
}
#endif
