// SPDX-License-Identifier: GPL-3.0-or-later
// Deliveries compressed as .gz and .zip, made with the system's gzip and Python's zipfile: each
// file inside taken in once, under its own name, with errors naming the archive and the file.
#include "TestSupport.h"
#include "core/Workspace.h"
#include "intake/Importer.h"
#include "store/DatasetStore.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wb;
using State = ImportResult::State;

namespace {

// One entry of a zip made by makeZip: its bytes from `source` (a file), `text`, or `zeros`.
struct Entry
{
    QString name;
    QString source;
    QByteArray text;
    qint64 zeros = 0;
    bool stored = false;
    bool zip64 = false;
};

Entry fileEntry(const QString &name, const QString &source, bool stored = false, bool zip64 = false)
{
    Entry e;
    e.name = name;
    e.source = source;
    e.stored = stored;
    e.zip64 = zip64;
    return e;
}

Entry textEntry(const QString &name, const QByteArray &text)
{
    Entry e;
    e.name = name;
    e.text = text;
    return e;
}

Entry zerosEntry(const QString &name, qint64 zeros)
{
    Entry e;
    e.name = name;
    e.zeros = zeros;
    return e;
}

} // namespace

class TestArchives : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    QString m_path;

    static QString sample(const QString &name)
    {
        return qEnvironmentVariable("WRITEBACK_TEST_DATA") + u"/writebacks/"_s + name;
    }

    QString in(const QString &name) const { return m_dir.filePath(u"in/"_s + name); }

    // Python's zipfile writes what most tools write: deflate or stored, zip64 when asked.
    bool makeZip(const QString &path, const QList<Entry> &entries)
    {
        QJsonArray list;
        for (const Entry &e : entries)
            list.append(QJsonObject{{u"name"_s, e.name}, {u"source"_s, e.source},
                                    {u"text"_s, QString::fromUtf8(e.text)}, {u"zeros"_s, e.zeros},
                                    {u"stored"_s, e.stored}, {u"zip64"_s, e.zip64}});
        const QString script = uR"(import json, sys, zipfile
spec = json.load(sys.stdin)
with zipfile.ZipFile(sys.argv[1], "w") as z:
    for e in spec:
        if e["name"].endswith("/"):
            z.writestr(e["name"], b"")
            continue
        info = zipfile.ZipInfo(e["name"], date_time=(2026, 12, 4, 6, 0, 0))
        info.compress_type = zipfile.ZIP_STORED if e["stored"] else zipfile.ZIP_DEFLATED
        with z.open(info, "w", force_zip64=e["zip64"]) as out:
            if e["source"]:
                out.write(open(e["source"], "rb").read())
            out.write(e["text"].encode())
            left = e["zeros"]
            while left > 0:
                out.write(bytes(min(left, 1 << 20)))
                left -= 1 << 20
)"_s;
        QDir().mkpath(QFileInfo(path).absolutePath());
        return test::run(u"python3"_s, {u"-c"_s, script, path}, nullptr, QJsonDocument(list).toJson());
    }

    // gzip as a user runs it: the file replaced by file.gz, its name and time in the header.
    bool makeGzip(const QString &path, const QByteArray &content)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        return test::writeAll(path, content) && test::run(u"gzip"_s, {u"-f"_s, path});
    }

    static bool touch(const QString &path, const QDateTime &time)
    {
        QFile f(path);
        return f.open(QIODevice::ReadWrite) && f.setFileTime(time, QFileDevice::FileModificationTime);
    }

    QList<ImportResult> take(const QString &path, const ExpansionLimit &limit = {})
    {
        Importer importer(m_path);
        importer.setExpansionLimit(limit);
        ImportRequest r;
        r.localPath = path;
        return importer.importDelivery(r);
    }

    qint64 rows(const QString &dataset)
    {
        const auto d = DatasetStore(*m_ws).dataset(dataset);
        return d ? d->rows : -1;
    }

    static const ImportResult *result(const QList<ImportResult> &results, const QString &name)
    {
        const auto it = std::find_if(results.begin(), results.end(), [&](const ImportResult &r) { return r.name == name; });
        return it == results.end() ? nullptr : &*it;
    }

    static int count(const QList<ImportResult> &results, State s)
    {
        return int(std::count_if(results.begin(), results.end(), [s](const ImportResult &r) { return r.state == s; }));
    }

    // Every file under the test's folder but the workspaces and the inputs.
    QStringList strayFiles() const
    {
        QStringList out;
        QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = QDir(m_dir.path()).relativeFilePath(it.next());
            if (!path.startsWith(u"ws"_s) && !path.startsWith(u"in/"_s))
                out << path;
        }
        return out;
    }

private Q_SLOTS:
    void init()
    {
        static int n = 0;
        m_path = m_dir.filePath(u"ws%1/workspace.sqlite"_s.arg(++n));
        m_ws = std::make_unique<Workspace>();
        QString error;
        QVERIFY2(m_ws->open(m_path, &error), qPrintable(error));
    }
    void cleanup()
    {
        m_ws.reset();
        QDir(m_dir.filePath(u"in"_s)).removeRecursively();
    }

    void gzipOfAFullMeasureFile()
    {
        const QString plain = in(u"content_card_opens.csv"_s);
        QVERIFY(makeGzip(plain, test::readAll(sample(u"content_card_opens.csv"_s))));
        const QList<ImportResult> results = take(plain + u".gz"_s);
        QCOMPARE(results.size(), 1);
        const ImportResult &r = results.first();
        QCOMPARE(r.state, State::Imported);
        QCOMPARE(r.name, u"content_card_opens.csv"_s);
        QCOMPARE(r.archive, u"content_card_opens.csv.gz"_s);
        QCOMPARE(r.datasets, QStringList{u"fullmeasure.content_card_opens"_s});
        QCOMPARE(rows(u"fullmeasure.content_card_opens"_s), 3);

        const QList<FileRecord> files = DatasetStore(*m_ws).files();
        QCOMPARE(files.size(), 1);
        QCOMPARE(files.first().name, u"content_card_opens.csv"_s);
        QCOMPARE(files.first().size, test::readAll(sample(u"content_card_opens.csv"_s)).size());
        QCOMPARE(files.first().archiveName, u"content_card_opens.csv.gz"_s);
        QCOMPARE(files.first().archiveSize, QFileInfo(plain + u".gz"_s).size());
        QCOMPARE(files.first().shownName(), u"content_card_opens.csv (in content_card_opens.csv.gz)"_s);
        QCOMPARE(strayFiles(), QStringList());

        // The same file, plain: the same identity, so nothing more.
        const QString again = in(u"plain/content_card_opens.csv"_s);
        QDir().mkpath(QFileInfo(again).absolutePath());
        QVERIFY(QFile::copy(sample(u"content_card_opens.csv"_s), again));
        QVERIFY(touch(again, QDateTime::fromString(files.first().modified, Qt::ISODate)));
        QCOMPARE(take(again).first().state, State::Skipped);
    }

    // gunzip joins the members of a multi-member file; so do we. Named by its magic bytes alone,
    // it is called by the name in its header.
    void gzipWithSeveralMembers()
    {
        const QByteArray content = test::readAll(sample(u"activity_STATEU_20261122.csv"_s));
        const qsizetype cut = content.indexOf('\n') + 1;
        QVERIFY(makeGzip(in(u"a/activity_STATEU_20261122.csv"_s), content.first(cut)));
        QVERIFY(makeGzip(in(u"b/activity_STATEU_20261122.csv"_s), content.sliced(cut)));
        const QByteArray joined = test::readAll(in(u"a/activity_STATEU_20261122.csv.gz"_s))
                                  + test::readAll(in(u"b/activity_STATEU_20261122.csv.gz"_s));
        QVERIFY(test::writeAll(in(u"delivery-1"_s), joined));
        const QList<ImportResult> results = take(in(u"delivery-1"_s));
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().state, State::Imported);
        QCOMPARE(results.first().name, u"activity_STATEU_20261122.csv"_s);
        QCOMPARE(results.first().datasets, QStringList{u"deployteq.activities"_s});
        QCOMPARE(rows(u"deployteq.activities"_s), 3);
    }

    void zipWithTwoFormats()
    {
        const QString zip = in(u"delivery_20261122.zip"_s);
        QVERIFY(makeZip(zip, {fileEntry(u"activity_STATEU_20261122.csv"_s, sample(u"activity_STATEU_20261122.csv"_s)),
                              textEntry(u"exports/"_s, {}),
                              fileEntry(u"exports/email_clicks_20261122.csv"_s, sample(u"email_clicks_20261122.csv"_s), true),
                              textEntry(u"__MACOSX/exports/._email_clicks_20261122.csv"_s, "resource fork"),
                              textEntry(u".DS_Store"_s, "finder")}));
        const QList<ImportResult> results = take(zip);
        QCOMPARE(results.size(), 2);
        QCOMPARE(count(results, State::Imported), 2);
        const ImportResult *activity = result(results, u"activity_STATEU_20261122.csv"_s);
        QVERIFY(activity);
        QCOMPARE(activity->archive, u"delivery_20261122.zip"_s);
        QCOMPARE(activity->datasets, QStringList{u"deployteq.activities"_s});
        const ImportResult *clicks = result(results, u"exports/email_clicks_20261122.csv"_s);
        QVERIFY(clicks); // recognised by its own name, inside its folder
        QCOMPARE(clicks->datasets, QStringList{u"actito.email_clicks"_s});
        QCOMPARE(clicks->shownName(), u"delivery_20261122.zip/exports/email_clicks_20261122.csv"_s);
        QCOMPARE(rows(u"deployteq.activities"_s), 3);
        QVERIFY(rows(u"actito.email_clicks"_s) > 0);
        QCOMPARE(strayFiles(), QStringList());
    }

    void zip64Entries()
    {
        const QString zip = in(u"big.zip"_s);
        QVERIFY(makeZip(zip, {fileEntry(u"content_card_opens.csv"_s, sample(u"content_card_opens.csv"_s), false, true),
                              fileEntry(u"Delivery_stats.csv"_s, sample(u"Delivery_stats.csv"_s), true, true)}));
        const QList<ImportResult> results = take(zip);
        QCOMPARE(count(results, State::Imported), 2);
    }

    void redeliveredZipAddsNothing()
    {
        const QString zip = in(u"delivery.zip"_s);
        QVERIFY(makeZip(zip, {fileEntry(u"content_card_opens.csv"_s, sample(u"content_card_opens.csv"_s)),
                              fileEntry(u"broadcast_STATEU_20261122.csv"_s, sample(u"broadcast_STATEU_20261122.csv"_s))}));
        QCOMPARE(count(take(zip), State::Imported), 2);
        const qint64 before = DatasetStore(*m_ws).files().size();
        QCOMPARE(before, 2);

        QList<ImportResult> again = take(zip);
        QCOMPARE(again.size(), 2);
        QCOMPARE(count(again, State::Skipped), 2);
        // Delivered again later: the archive is new, the files in it are not.
        QVERIFY(touch(zip, QDateTime::currentDateTime().addDays(1)));
        again = take(zip);
        QCOMPARE(count(again, State::Skipped), 2);
        QCOMPARE(DatasetStore(*m_ws).files().size(), before);
        QCOMPARE(rows(u"fullmeasure.content_card_opens"_s), 3);
        QSqlQuery q(m_ws->database());
        QVERIFY(q.exec(u"SELECT count(*) FROM archives WHERE name = 'delivery.zip'"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 2); // both deliveries are known complete
    }

    void aBrokenFileFailsAloneNamingItsLine()
    {
        const QString zip = in(u"week.zip"_s);
        QVERIFY(makeZip(zip, {textEntry(u"content_card_engagement.csv"_s,
                                        "contact_id,first_name,last_name,mobile_phone_number,card_name,link/button_text,created_at,count_clicks\n"
                                        "1,A,B,,Card,Go,not a time,1\n"),
                              fileEntry(u"content_card_opens.csv"_s, sample(u"content_card_opens.csv"_s))}));
        const QList<ImportResult> results = take(zip);
        QCOMPARE(results.size(), 2);
        QCOMPARE(result(results, u"content_card_opens.csv"_s)->state, State::Imported);
        const ImportResult *bad = result(results, u"content_card_engagement.csv"_s);
        QCOMPARE(bad->state, State::Failed);
        const QString shown = bad->error.toString(bad->shownName());
        QVERIFY2(shown.startsWith(u"week.zip/content_card_engagement.csv:2:7: "_s), qPrintable(shown));
        QCOMPARE(rows(u"fullmeasure.content_card_opens"_s), 3);

        const QList<FileRecord> files = DatasetStore(*m_ws).files();
        const auto failed = std::find_if(files.begin(), files.end(), [](const FileRecord &f) { return f.state == u"failed"_s; });
        QVERIFY(failed != files.end());
        QCOMPARE(failed->archiveName, u"week.zip"_s);
        QCOMPARE(ImportError({failed->errorLine, failed->errorColumn, failed->error}).toString(failed->errorName()), shown);
        // Not complete: a fetch would download it again.
        QSqlQuery q(m_ws->database());
        QVERIFY(q.exec(u"SELECT count(*) FROM archives"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void damagedArchivesAreClearErrors_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("make"); // how the damaged file is made from good ones
        QTest::addColumn<QString>("error");
        QTest::newRow("zip cut in half") << u"cut.zip"_s << u"half-zip"_s
                                         << u"cut.zip: not a complete zip archive: its directory is damaged or cut off"_s;
        QTest::newRow("not a zip") << u"text.zip"_s << u"text"_s
                                   << u"text.zip: not a zip archive: it has no zip directory at its end"_s;
        QTest::newRow("gzip cut") << u"cut.csv.gz"_s << u"half-gz"_s
                                  << u"cut.csv.gz/cut.csv: the gzip file ends early: it was cut off"_s;
        QTest::newRow("not a gzip") << u"text.csv.gz"_s << u"text"_s
                                    << u"text.csv.gz: not a gzip file: it does not start as one"_s;
        QTest::newRow("zip data damaged") << u"flipped.zip"_s << u"flip-zip"_s
                                          << u"flipped.zip/content_card_opens.csv: damaged"_s;
    }

    void damagedArchivesAreClearErrors()
    {
        QFETCH(QString, name);
        QFETCH(QString, make);
        QFETCH(QString, error);
        const QString path = in(name);
        const QByteArray csv = test::readAll(sample(u"content_card_opens.csv"_s));
        if (make == u"text"_s) {
            QDir().mkpath(QFileInfo(path).absolutePath());
            QVERIFY(test::writeAll(path, csv));
        } else if (make == u"half-gz"_s) {
            QVERIFY(makeGzip(in(u"cut.csv"_s), csv + csv + csv));
            const QByteArray gz = test::readAll(path);
            QVERIFY(test::writeAll(path, gz.first(gz.size() / 2)));
        } else {
            const QString good = in(u"good.zip"_s);
            QVERIFY(makeZip(good, {fileEntry(u"content_card_opens.csv"_s, sample(u"content_card_opens.csv"_s))}));
            QByteArray zip = test::readAll(good);
            if (make == u"half-zip"_s)
                zip.truncate(zip.size() / 2);
            else
                zip[30 + qsizetype(strlen("content_card_opens.csv")) + 10] ^= 0x55; // inside the data
            QVERIFY(test::writeAll(path, zip));
        }
        const QList<ImportResult> results = take(path);
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().state, State::Failed);
        const QString shown = results.first().error.toString(results.first().shownName());
        QVERIFY2(shown.startsWith(error), qPrintable(shown));
        QVERIFY(!DatasetStore(*m_ws).dataset(u"fullmeasure.content_card_opens"_s));
        // Listed as failed with the reason, like a file that could not be read.
        const QList<FileRecord> files = DatasetStore(*m_ws).files();
        QCOMPARE(files.size(), 1);
        QCOMPARE(files.first().state, u"failed"_s);
        QCOMPARE(strayFiles(), QStringList());
    }

    // A name in an archive is only ever a name: one that is a path elsewhere is refused, and
    // nothing is written anywhere but in the private scratch folder.
    void pathsForNamesAreRefused()
    {
        const QString zip = in(u"hostile.zip"_s);
        const QByteArray clicks = test::readAll(sample(u"email_clicks_20261122.csv"_s));
        const QList<std::pair<QString, QString>> hostile{
            {u"../../evil_clicks.csv"_s, u"climbs out of the archive with \"..\""_s},
            {u"/tmp/evil_clicks.csv"_s, u"is an absolute path"_s},
            {u"C:/evil_clicks.csv"_s, u"starts with a drive (\"C:\")"_s},
            {u"x\\..\\evil_clicks.csv"_s, u"holds \"\\\""_s},
        };
        QList<Entry> entries;
        for (const auto &h : hostile)
            entries << textEntry(h.first, clicks);
        entries << fileEntry(u"email_openings_20261122.csv"_s, sample(u"email_openings_20261122.csv"_s));
        QVERIFY(makeZip(zip, entries));
        const QList<ImportResult> results = take(zip);
        QCOMPARE(results.size(), hostile.size() + 1);
        QCOMPARE(result(results, u"email_openings_20261122.csv"_s)->state, State::Imported);
        for (const auto &h : hostile) {
            const ImportResult *r = result(results, h.first);
            QVERIFY2(r, qPrintable(h.first));
            QCOMPARE(r->state, State::Failed);
            QVERIFY2(r->error.message.contains(h.second) && r->error.message.endsWith(u", so it was not unpacked"_s),
                     qPrintable(r->error.message));
        }
        QCOMPARE(rows(u"actito.email_clicks"_s), -1);
        QCOMPARE(strayFiles(), QStringList());
        QVERIFY(!QFile::exists(u"/tmp/evil_clicks.csv"_s));
        QVERIFY(!QFile::exists(m_dir.filePath(u"evil_clicks.csv"_s)));
    }

    void zipBombsAreRefused()
    {
        // 256 MiB of zeros in about 250 KiB: refused on what the directory declares.
        const QString zip = in(u"bomb.zip"_s);
        QVERIFY(makeZip(zip, {fileEntry(u"content_card_opens.csv"_s, sample(u"content_card_opens.csv"_s)),
                              zerosEntry(u"zeros.csv"_s, qint64(256) << 20)}));
        QVERIFY(QFileInfo(zip).size() < 1 << 20);
        QList<ImportResult> results = take(zip);
        QCOMPARE(result(results, u"content_card_opens.csv"_s)->state, State::Imported);
        const ImportResult *bomb = result(results, u"zeros.csv"_s);
        QCOMPARE(bomb->state, State::Failed);
        QVERIFY2(bomb->error.message.endsWith(u"refused as a possible zip bomb"_s), qPrintable(bomb->error.message));

        // A .gz declares nothing: it is stopped while it expands (a low limit keeps this quick).
        QVERIFY(makeGzip(in(u"zeros.csv"_s), QByteArray(8 << 20, '\0')));
        results = take(in(u"zeros.csv.gz"_s), ExpansionLimit{1 << 20, 100});
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().state, State::Failed);
        QVERIFY2(results.first().error.message.contains(u"refused as a possible zip bomb"_s),
                 qPrintable(results.first().error.message));
        QCOMPARE(strayFiles(), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestArchives)
#include "tst_archives.moc"
