// SPDX-License-Identifier: GPL-3.0-or-later
// writeback-cli export ... and runs, as a user or a script runs them: the real binary, a
// workspace of its own, a local destination folder.
#include "TestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wb::test;

namespace {

struct Result
{
    int code = -1;
    QByteArray out; // raw: the preview's bytes are compared exactly
    QString err;

    // A Windows console program ends its lines with CRLF; what they say is the same.
    QString text() const { return QString::fromUtf8(out).replace(u"\r\n"_s, u"\n"_s); }
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

// The sample's three rows as this test's definition writes them: Y/N booleans, European
// date-times, RFC 4180 quoting ("García, Jr." holds the separator), CRLF.
const QByteArray Header = "Contact ID,First name,Last name,Liked,Last viewed,Opens\r\n";
const QByteArray Row1 = "100234,Ren\xc3\xa9" "e,O'Connor,Y,20/11/2026 14:05,3\r\n";
const QByteArray Row2 = "100235,Jos\xc3\xa9,\"Garc\xc3\xad" "a, Jr.\",N,21/11/2026 08:00,1\r\n";
const QByteArray Row3 = "100236,Zo\xc3\xab,M\xc3\xbcller,N,,0\r\n";
// From the second file: a quote inside a value is doubled, and the value quoted.
const QByteArray Row4 = "100237,\"Ann \"\"Annie\"\"\",Smith,Y,22/11/2026 09:30,7\r\n";

} // namespace

class TestCliExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString workspace() const { return m_dir.filePath(u"ws/workspace.sqlite"_s); }
    QString outDir() const { return m_dir.filePath(u"out"_s); }
    QString data() const { return qEnvironmentVariable("WRITEBACK_TEST_DATA") + u"/writebacks/"_s; }

    Result cli(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(WRITEBACK_CLI), QStringList{u"--workspace"_s, workspace()} + args);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000))
            p.kill();
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                QString::fromUtf8(p.readAllStandardError())};
    }

    QString definitionJson(const QString &name, const QString &destination) const
    {
        return uR"({
  "name": "%1",
  "dataset": "fullmeasure.content_card_opens",
  "increment": "created",
  "columns": [
    {"field": "contact_id", "header": "Contact ID"},
    {"field": "first_name", "header": "First name"},
    {"field": "last_name", "header": "Last name"},
    {"field": "liked", "header": "Liked"},
    {"field": "last_viewed", "header": "Last viewed"},
    {"field": "counts", "header": "Opens"}
  ],
  "format": {"boolean": "Y/N", "datetime": "dd/MM/yyyy HH:mm", "separator": ",", "line_ending": "crlf"},
  "file": {"name": "opens", "suffix": "", "compression": "none"},
  "destination": {"type": "local", "path": %2}
}
)"_s.arg(name, QString::fromUtf8(QJsonDocument(QJsonArray{destination}).toJson(QJsonDocument::Compact).sliced(1).chopped(1)));
    }

    QString writeDefinition(const QString &fileName, const QString &json)
    {
        const QString path = m_dir.filePath(fileName);
        if (!writeAll(path, json.toUtf8()))
            return {};
        return path;
    }

    QStringList delivered() const { return QDir(outDir()).entryList(QDir::Files | QDir::Hidden, QDir::Name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir().mkpath(outDir()));
        const Result r = cli({u"import"_s, data() + u"content_card_opens.csv"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("export without subcommand") << QStringList{u"export"_s};
        QTest::newRow("unknown subcommand") << QStringList{u"export"_s, u"frob"_s};
        QTest::newRow("save without a file") << QStringList{u"export"_s, u"save"_s};
        QTest::newRow("show with two names") << QStringList{u"export"_s, u"show"_s, u"a"_s, u"b"_s};
        QTest::newRow("remove without a name") << QStringList{u"export"_s, u"remove"_s};
        QTest::newRow("rename without a new name") << QStringList{u"export"_s, u"rename"_s, u"a"_s};
        QTest::newRow("rename to a name with a space") << QStringList{u"export"_s, u"rename"_s, u"a"_s, u"a b"_s};
        QTest::newRow("rename to an empty name") << QStringList{u"export"_s, u"rename"_s, u"a"_s, u""_s};
        QTest::newRow("preview with bad --rows") << QStringList{u"export"_s, u"preview"_s, u"x"_s, u"--rows"_s, u"many"_s};
        QTest::newRow("preview with zero rows") << QStringList{u"export"_s, u"preview"_s, u"x"_s, u"--rows"_s, u"0"_s};
        QTest::newRow("run with an unknown option") << QStringList{u"export"_s, u"run"_s, u"x"_s, u"--frob"_s};
        QTest::newRow("redeliver a non-number") << QStringList{u"export"_s, u"redeliver"_s, u"last"_s};
        QTest::newRow("runs with an argument") << QStringList{u"runs"_s, u"x"_s};
        QTest::newRow("runs --export without a name") << QStringList{u"runs"_s, u"--export"_s};
    }
    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, args);
        const Result r = cli(args);
        QCOMPARE(r.code, 2);
        QVERIFY(!r.err.isEmpty());
        QVERIFY(r.out.isEmpty());
    }

    void helpOnEveryCommand_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("global") << QStringList{u"--help"_s} << u"export save|list|show|rename|remove|preview|run|redeliver"_s;
        QTest::newRow("export") << QStringList{u"export"_s, u"--help"_s} << u"redeliver RUN_ID"_s;
        for (const char *sub : {"save", "list", "show", "rename", "remove", "preview", "run", "redeliver"})
            QTest::newRow(sub) << QStringList{u"export"_s, QString::fromLatin1(sub), u"--help"_s}
                               << u"writeback-cli export %1"_s.arg(QString::fromLatin1(sub));
        QTest::newRow("runs") << QStringList{u"runs"_s, u"--help"_s} << u"writeback-cli runs [--job JOB | --export NAME]"_s;
    }
    void helpOnEveryCommand()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        const Result r = cli(args);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.text().contains(mentions), r.out.constData());
    }

    void unknownExportFails_data()
    {
        QTest::addColumn<QStringList>("args");
        for (const char *sub : {"show", "remove", "preview", "run"})
            QTest::newRow(sub) << QStringList{u"export"_s, QString::fromLatin1(sub), u"nope"_s};
        QTest::newRow("rename") << QStringList{u"export"_s, u"rename"_s, u"nope"_s, u"nope-2"_s};
        QTest::newRow("runs --export") << QStringList{u"runs"_s, u"--export"_s, u"nope"_s};
    }
    void unknownExportFails()
    {
        QFETCH(QStringList, args);
        const Result r = cli(args);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"There is no export named \"nope\""_s), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void unknownRunFails()
    {
        const Result r = cli({u"export"_s, u"redeliver"_s, u"999"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"There is no run 999"_s), qPrintable(r.err));
    }

    void badDefinitionsListEveryProblem()
    {
        // Not JSON at all: one problem, after the file's name.
        QString path = writeDefinition(u"broken.json"_s, u"{\"name\": \"x\","_s);
        Result r = cli({u"export"_s, u"save"_s, path});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.startsWith(QDir::toNativeSeparators(path) + u": "_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"not valid JSON"_s), qPrintable(r.err));

        // Three problems of syntax and value, all listed.
        QString json = definitionJson(u"opens"_s, outDir());
        json.replace(u"\"increment\": \"created\""_s, u"\"increment\": \"weekly\", \"colour\": \"blue\""_s);
        json.replace(u"\"boolean\": \"Y/N\""_s, u"\"boolean\": \"yes\""_s);
        path = writeDefinition(u"syntax.json"_s, json);
        r = cli({u"export"_s, u"save"_s, path});
        QCOMPARE(r.code, 1);
        QStringList lines = r.err.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        for (const QString &line : std::as_const(lines))
            QVERIFY2(line.startsWith(QDir::toNativeSeparators(path) + u": "_s), qPrintable(line));
        QVERIFY2(r.err.contains(u"weekly"_s) && r.err.contains(u"colour"_s) && r.err.contains(u"format.boolean"_s),
                 qPrintable(r.err));

        // Valid JSON, wrong against the dataset: unknown field, repeated header, missing folder.
        json = definitionJson(u"opens"_s, m_dir.filePath(u"missing"_s));
        json.replace(u"\"field\": \"counts\""_s, u"\"field\": \"clicks\""_s);
        json.replace(u"\"header\": \"Last name\""_s, u"\"header\": \"First name\""_s);
        path = writeDefinition(u"invalid.json"_s, json);
        r = cli({u"export"_s, u"save"_s, path});
        QCOMPARE(r.code, 1);
        lines = r.err.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY2(r.err.contains(u"clicks"_s) && r.err.contains(u"First name"_s) && r.err.contains(u"missing"_s),
                 qPrintable(r.err));

        // An unknown dataset is a problem of its own.
        json = definitionJson(u"opens"_s, outDir()).replace(u"fullmeasure.content_card_opens"_s, u"no.such"_s);
        r = cli({u"export"_s, u"save"_s, writeDefinition(u"nodataset.json"_s, json)});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"no.such"_s), qPrintable(r.err));

        r = cli({u"export"_s, u"save"_s, m_dir.filePath(u"absent.json"_s)});
        QCOMPARE(r.code, 1);
        QCOMPARE(cli({u"export"_s, u"list"_s, u"--json"_s}).json()[u"exports"_s].toArray().size(), 0);
    }

    void saveListShowRoundTrip()
    {
        Result r = cli({u"export"_s, u"save"_s, writeDefinition(u"opens.json"_s, definitionJson(u"opens"_s, outDir()))});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.text(), u"Saved export opens.\n"_s);

        r = cli({u"export"_s, u"list"_s, u"--json"_s});
        QCOMPARE(r.code, 0);
        const QJsonArray exports = r.json()[u"exports"_s].toArray();
        QCOMPARE(exports.size(), 1);
        QCOMPARE(exports[0][u"name"_s].toString(), u"opens"_s);
        QCOMPARE(exports[0][u"dataset"_s].toString(), u"fullmeasure.content_card_opens"_s);
        QCOMPARE(exports[0][u"increment"_s].toString(), u"created"_s);
        QCOMPARE(exports[0][u"destination"_s][u"type"_s].toString(), u"local"_s);
        QCOMPARE(exports[0][u"destination"_s][u"path"_s].toString(), outDir());
        QVERIFY(exports[0][u"last_run"_s].isNull());

        // show > file; save file; show again: the same bytes.
        r = cli({u"export"_s, u"show"_s, u"opens"_s});
        QCOMPARE(r.code, 0);
        const QByteArray shown = r.out;
        QVERIFY(shown.contains("\"datetime\": \"dd/MM/yyyy HH:mm\""));
        const QString copy = m_dir.filePath(u"shown.json"_s);
        QVERIFY(writeAll(copy, shown));
        r = cli({u"export"_s, u"save"_s, copy});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.text().startsWith(u"Saved export opens.\n"_s));
        QCOMPARE(cli({u"export"_s, u"show"_s, u"opens"_s}).out, shown);
        QCOMPARE(cli({u"export"_s, u"list"_s, u"--json"_s}).json()[u"exports"_s].toArray().size(), 1);
    }

    void previewIsTheFileExactly()
    {
        Result r = cli({u"export"_s, u"preview"_s, u"opens"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out, Header + Row1 + Row2 + Row3);
        QVERIFY2(r.err.contains(u"next run will send"_s) && r.err.contains(u"3 row"_s), qPrintable(r.err));

        r = cli({u"export"_s, u"preview"_s, u"opens"_s, u"--rows"_s, u"2"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out, Header + Row1 + Row2);
        QVERIFY2(r.err.contains(u"3 row"_s), qPrintable(r.err)); // the run would still send them all
        QVERIFY(delivered().isEmpty());
    }

    void runDeliversOnce()
    {
        Result r = cli({u"export"_s, u"run"_s, u"opens"_s, u"--json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QJsonObject o = r.json();
        QCOMPARE(o[u"state"_s].toString(), u"completed"_s);
        QCOMPARE(o[u"rows"_s].toInt(), 3);
        QCOMPARE(o[u"file"_s].toString(), u"opens.csv"_s);
        QCOMPARE(delivered(), QStringList{u"opens.csv"_s});
        const QByteArray first = readAll(QDir(outDir()).filePath(u"opens.csv"_s));
        QCOMPARE(first, Header + Row1 + Row2 + Row3);
        QCOMPARE(o[u"bytes"_s].toInteger(), first.size());
        QCOMPARE(o[u"path"_s].toString(), QDir::toNativeSeparators(QDir(outDir()).filePath(u"opens.csv"_s)));

        // Nothing new: no file, and the preview says these are the latest rows instead.
        r = cli({u"export"_s, u"run"_s, u"opens"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.text(), u"Nothing new: no file written.\n"_s);
        QCOMPARE(delivered(), QStringList{u"opens.csv"_s});
        r = cli({u"export"_s, u"preview"_s, u"opens"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(u"Nothing new"_s), qPrintable(r.err));
        QVERIFY(r.out.startsWith(Header));

        // A second file: 100236 changed (not new, so not sent by a "created" export), 100237 new.
        const QString more = m_dir.filePath(u"content_card_opens_20261122.csv"_s);
        QVERIFY(writeAll(more, "contact_id,first_name,last_name,mobile_phone_number,liked,last_viewed,counts\n"
                               "100236,Zo\xc3\xab,M\xc3\xbcller,,t,2026-11-22 10:00:00,1\n"
                               "100237,\"Ann \"\"Annie\"\"\",Smith,,t,2026-11-22 09:30:00,7\n"));
        r = cli({u"import"_s, more});
        QVERIFY2(r.code == 0, qPrintable(r.err));

        r = cli({u"export"_s, u"preview"_s, u"opens"_s});
        QCOMPARE(r.out, Header + Row4);
        QVERIFY2(r.err.contains(u"1 row"_s), qPrintable(r.err));

        r = cli({u"export"_s, u"run"_s, u"opens"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.text().startsWith(u"Delivered "_s) && r.text().contains(u"1 row"_s), r.out.constData());
        const QStringList files = delivered();
        QCOMPARE(files.size(), 2);
        QVERIFY(files.contains(u"opens.csv"_s));
        const QString second = files.at(files.at(0) == u"opens.csv"_s ? 1 : 0);
        QVERIFY2(r.text().contains(second), r.out.constData());
        QCOMPARE(readAll(QDir(outDir()).filePath(second)), Header + Row4);
        QCOMPARE(readAll(QDir(outDir()).filePath(u"opens.csv"_s)), first); // left alone
    }

    void failedRunAndRedelivery()
    {
        // A new row, and the folder is gone: the run fails, says why, and moves nothing on.
        const QString third = m_dir.filePath(u"content_card_opens_20261123.csv"_s);
        QVERIFY(writeAll(third, "contact_id,first_name,last_name,mobile_phone_number,liked,last_viewed,counts\n"
                                "100238,Bo,Li,,f,2026-11-23 07:05:00,2\n"));
        Result r = cli({u"import"_s, third});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString moved = m_dir.filePath(u"out-moved"_s);
        QVERIFY(QDir().rename(outDir(), moved));
        r = cli({u"export"_s, u"run"_s, u"opens"_s});
        QVERIFY(QDir().rename(moved, outDir()));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"Export opens failed"_s), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(delivered().size(), 2);

        // A failure while delivering is in the history: the name is taken and may not get a number.
        const QString strict = m_dir.filePath(u"strict.json"_s);
        QVERIFY(writeAll(strict, cli({u"export"_s, u"show"_s, u"opens"_s}).out.replace("\"sequence\"", "\"fail\"")));
        r = cli({u"export"_s, u"save"_s, strict});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.text().contains(u"carries on"_s), r.out.constData()); // replaced, watermark kept
        r = cli({u"export"_s, u"run"_s, u"opens"_s, u"--json"_s});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.json()[u"state"_s].toString(), u"failed"_s);
        QVERIFY2(r.err.contains(u"opens.csv"_s), qPrintable(r.err));
        QCOMPARE(delivered().size(), 2);
        r = cli({u"export"_s, u"save"_s, writeDefinition(u"opens.json"_s, definitionJson(u"opens"_s, outDir()))});
        QVERIFY2(r.code == 0, qPrintable(r.err));

        r = cli({u"runs"_s, u"--json"_s});
        QCOMPARE(r.code, 0);
        QJsonArray runs = r.json()[u"runs"_s].toArray();
        QVERIFY(runs.size() >= 3);
        QCOMPARE(runs[0][u"state"_s].toString(), u"failed"_s); // newest first
        QVERIFY(!runs[0][u"error"_s].toString().isEmpty());
        QCOMPARE(runs[0][u"export"_s].toString(), u"opens"_s);
        const auto firstRun = std::find_if(runs.begin(), runs.end(), [](const QJsonValue &v) {
            return v[u"file"_s].toString() == u"opens.csv"_s;
        });
        QVERIFY(firstRun != runs.end());
        QCOMPARE((*firstRun)[u"state"_s].toString(), u"completed"_s);
        QCOMPARE((*firstRun)[u"rows"_s].toInt(), 3);
        QVERIFY((*firstRun)[u"bytes"_s].toInteger() > 0);
        QVERIFY(!(*firstRun)[u"started"_s].toString().isEmpty());
        for (qsizetype i = 1; i < runs.size(); ++i)
            QVERIFY(runs[i - 1][u"id"_s].toInteger() > runs[i][u"id"_s].toInteger());

        // The first run's rows again, under a new name; the increment does not move.
        const qint64 firstId = (*firstRun)[u"id"_s].toInteger();
        r = cli({u"export"_s, u"redeliver"_s, QString::number(firstId), u"--json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString again = r.json()[u"file"_s].toString();
        QVERIFY(!again.isEmpty() && again != u"opens.csv"_s);
        QCOMPARE(readAll(QDir(outDir()).filePath(again)), Header + Row1 + Row2 + Row3);

        // The failed run's row is still to send, and only it.
        r = cli({u"export"_s, u"run"_s, u"opens"_s, u"--json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.json()[u"rows"_s].toInt(), 1);
        QCOMPARE(readAll(r.json()[u"path"_s].toString()), Header + "100238,Bo,Li,N,23/11/2026 07:05,2\r\n");
        QCOMPARE(cli({u"export"_s, u"run"_s, u"opens"_s}).text(), u"Nothing new: no file written.\n"_s);

        r = cli({u"runs"_s, u"--export"_s, u"opens"_s, u"--json"_s});
        QCOMPARE(r.code, 0);
        runs = r.json()[u"runs"_s].toArray();
        const auto redelivery = std::find_if(runs.begin(), runs.end(), [&](const QJsonValue &v) {
            return v[u"file"_s].toString() == again;
        });
        QVERIFY(redelivery != runs.end());
        QCOMPARE((*redelivery)[u"trigger"_s].toString(), u"redelivery"_s);
        QCOMPARE((*redelivery)[u"redelivery_of"_s].toInteger(), firstId);

        // The readable table: a header and a line per run.
        r = cli({u"runs"_s});
        QCOMPARE(r.code, 0);
        const QStringList lines = r.text().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), runs.size() + 1);
        QVERIFY(lines[0].startsWith(u"ID"_s) && lines[0].contains(u"ERROR"_s));

        r = cli({u"export"_s, u"list"_s, u"--json"_s});
        QCOMPARE(r.json()[u"exports"_s].toArray()[0][u"last_run"_s][u"state"_s].toString(),
                 runs[0][u"state"_s].toString());
        r = cli({u"export"_s, u"list"_s});
        QVERIFY2(r.text().contains(u"opens  fullmeasure.content_card_opens  created"_s), r.out.constData());
    }

    // `export run` and `export redeliver` go through the job runner: each run is reported,
    // and neither starts while another live process holds the export's job.
    void runsAreReportedAndLocked()
    {
        Result r = cli({u"runs"_s, u"--export"_s, u"opens"_s, u"--json"_s});
        const QJsonArray runs = r.json()[u"runs"_s].toArray();
        QVERIFY(!runs.isEmpty());
        const QString reports = m_dir.filePath(u"ws/reports/"_s) + QDate::currentDate().toString(Qt::ISODate);
        for (const QJsonValue &run : runs) {
            const QString report = reports + u"/export-opens-%1.txt"_s.arg(run[u"id"_s].toInteger());
            QVERIFY2(QFile::exists(report), qPrintable(report));
        }
        const auto completed = std::find_if(runs.begin(), runs.end(), [](const QJsonValue &v) {
            return v[u"state"_s].toString() == u"completed"_s && !v[u"file"_s].toString().isEmpty();
        });
        QVERIFY(completed != runs.end());
#ifndef Q_OS_WIN // the holder is a Linux `sleep`, not a process Wine's Windows can see
        QProcess holder;
        holder.start(u"sleep"_s, {u"60"_s});
        QVERIFY(holder.waitForStarted());
        QVERIFY(holdJobLock(workspace(), u"export:opens"_s, holder.processId()));
        const QStringList before = delivered();
        for (const QStringList &args : {QStringList{u"export"_s, u"run"_s, u"opens"_s},
                                        QStringList{u"export"_s, u"redeliver"_s,
                                                    QString::number((*completed)[u"id"_s].toInteger())}}) {
            r = cli(args);
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains(u"running already"_s), qPrintable(r.err));
        }
        QCOMPARE(delivered(), before);
        r = cli({u"runs"_s, u"--export"_s, u"opens"_s, u"--json"_s});
        QCOMPARE(r.json()[u"runs"_s].toArray().size(), runs.size());
        holder.kill();
        holder.waitForFinished();
#endif
    }

    void removeExport()
    {
        Result r = cli({u"export"_s, u"remove"_s, u"opens"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.text(), u"Removed export opens.\n"_s);
        QCOMPARE(cli({u"export"_s, u"show"_s, u"opens"_s}).code, 1);
        QCOMPARE(cli({u"export"_s, u"list"_s, u"--json"_s}).json()[u"exports"_s].toArray().size(), 0);
    }

    // Actito, as a script runs it: a profile export with a multi-valued attribute, then its
    // deleted profiles; a `deleted` export sends the deletion once.
    void actitoDeletionsAndMultiValues()
    {
        const QString out = m_dir.filePath(u"out-actito"_s);
        QVERIFY(QDir().mkpath(out));
        Result r = cli({u"import"_s, data() + u"actito/profiles_20261204.csv"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));

        // Which fields hold several values is the user's to say.
        QCOMPARE(cli({u"dataset"_s, u"multi-value"_s, u"actito.profiles"_s, u"hobbies"_s}).code, 2);
        QCOMPARE(cli({u"dataset"_s, u"multi-value"_s, u"actito.profiles"_s, u"hobbies"_s, u"--separator"_s, u","_s,
                      u"--single"_s}).code, 2);
        QCOMPARE(cli({u"dataset"_s, u"frob"_s}).code, 2);
        r = cli({u"dataset"_s, u"multi-value"_s, u"actito.profiles"_s, u"creation_moment"_s, u"--separator"_s, u","_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"hobbies"_s) && !r.err.contains(u"creation_moment,"_s), qPrintable(r.err));
        r = cli({u"dataset"_s, u"multi-value"_s, u"actito.nothing"_s, u"hobbies"_s, u"--separator"_s, u","_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"actito.nothing"_s), qPrintable(r.err));
        r = cli({u"dataset"_s, u"multi-value"_s, u"actito.profiles"_s, u"hobbies"_s, u"--separator"_s, u","_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.text(), u"actito.profiles: hobbies hold several values, separated by \",\" in its files.\n"_s);
        r = cli({u"datasets"_s, u"--json"_s});
        bool found = false;
        for (const QJsonValue &d : r.json()[u"datasets"_s].toArray())
            for (const QJsonValue &f : d[u"fields"_s].toArray())
                if (f[u"name"_s].toString() == u"hobbies"_s) {
                    found = true;
                    QCOMPARE(f[u"multi_value_separator"_s].toString(), u","_s);
                }
        QVERIFY(found);

        const QString json = uR"({"name": "profiles-gone", "dataset": "actito.profiles", "increment": "deleted",
  "columns": [{"field": "profile_id", "header": "Profile"}, {"field": "hobbies", "header": "Hobbies"},
              {"field": "deleted_at", "header": "Deleted"}],
  "format": {"multi_value_separator": ";", "line_ending": "lf"},
  "file": {"name": "gone"}, "destination": {"type": "local", "path": %1}})"_s
                                 .arg(QString::fromUtf8(QJsonDocument(QJsonArray{out}).toJson(QJsonDocument::Compact))
                                          .sliced(1).chopped(1));
        r = cli({u"export"_s, u"save"_s, writeDefinition(u"gone.json"_s, json)});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(cli({u"export"_s, u"run"_s, u"profiles-gone"_s}).text(), u"Nothing new: no file written.\n"_s);
        r = cli({u"import"_s, data() + u"actito/deleted_profiles_20261205.csv"_s, u"--json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.json()[u"files"_s][0][u"rows"_s][u"marked_deleted"_s].toInt(), 1);
        r = cli({u"export"_s, u"run"_s, u"profiles-gone"_s, u"--json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.json()[u"rows"_s].toInt(), 1);
        QCOMPARE(readAll(QDir(out).filePath(u"gone.csv"_s)), QByteArray("Profile,Hobbies,Deleted\n88121,,2026-12-04 15:00:02\n"));
        QCOMPARE(cli({u"export"_s, u"run"_s, u"profiles-gone"_s}).text(), u"Nothing new: no file written.\n"_s);
        // The next day's deletions: 88120's hobbies, joined by the export's separator.
        const QString next = m_dir.filePath(u"deleted_profiles_20261206.csv"_s);
        QVERIFY(writeAll(next, "dataCollectionMoment;profileId;dataCollectionWay;eventTime;dataCollectionSource\n"
                               "2026-12-06 07:00:00;88120;API;2026-12-06 07:00:01;External\n"));
        QCOMPARE(cli({u"import"_s, next}).code, 0);
        QVERIFY2(cli({u"export"_s, u"run"_s, u"profiles-gone"_s}).code == 0, "second run");
        QCOMPARE(readAll(QDir(out).filePath(u"gone_2.csv"_s)),
                 QByteArray("Profile,Hobbies,Deleted\n88120,tennis;golf,2026-12-06 07:00:01\n"));
        r = cli({u"export"_s, u"list"_s});
        QVERIFY2(r.text().contains(u"profiles-gone  actito.profiles  deleted"_s), r.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cliexport.moc"
