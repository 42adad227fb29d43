// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "export/ExportDefinition.h"
#include "store/DatasetStore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wb;

namespace {

// Whether a folder without write permission stays writable to the app: on Unix, as root.
// Windows (and Wine) go by the folder's read-only attribute, which binds every user.
bool rootWritesAnywhere()
{
#ifdef Q_OS_UNIX
    return test::hostIsRoot();
#else
    return false;
#endif
}

// The example of docs/export-definition.md.
const QByteArray example = R"({ "name": "opens-to-slate", "dataset": "fullmeasure.content_card_opens", "increment": "created",
  "columns": [ {"field": "contact_id", "header": "Student ID"}, {"field": "liked", "header": "Liked"} ],
  "format": { "boolean": "Y/N", "date": "yyyy-MM-dd", "datetime": "yyyy-MM-dd HH:mm:ss",
              "multi_value_separator": "|", "separator": ";", "header_row": true,
              "line_ending": "crlf", "bom": false, "formula_guard": false },
  "file": { "name": "opens", "suffix": "_yyyyMMdd", "compression": "none", "on_collision": "sequence" },
  "destination": { "type": "local", "path": "/some/folder" } })";

DatasetSummary opens()
{
    DatasetSummary d;
    d.name = u"fullmeasure.content_card_opens"_s;
    d.fields = {{u"contact_id"_s, u"contact_id"_s, FieldType::Text},
                {u"first_name"_s, u"first_name"_s, FieldType::Text},
                {u"liked"_s, u"liked"_s, FieldType::Boolean},
                {u"last_viewed"_s, u"last_viewed"_s, FieldType::DateTime}};
    return d;
}

ExportDefinition parsed(const QByteArray &json)
{
    QStringList problems;
    const std::optional<ExportDefinition> def = ExportDefinition::fromJson(json, &problems);
    if (!def)
        qWarning().noquote() << problems.join(u'\n');
    return def.value_or(ExportDefinition());
}

// A definition that validates, in a folder of the test's own.
ExportDefinition validDefinition(const QString &folder)
{
    ExportDefinition d = parsed(example);
    d.destination.path = folder;
    return d;
}

} // namespace

class TestExportDefinition : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheExample()
    {
        QStringList problems{u"stale"_s};
        const std::optional<ExportDefinition> def = ExportDefinition::fromJson(example, &problems);
        QVERIFY2(def, qPrintable(problems.join(u'\n')));
        QVERIFY(problems.isEmpty());
        QCOMPARE(def->name, u"opens-to-slate"_s);
        QCOMPARE(def->dataset, u"fullmeasure.content_card_opens"_s);
        QCOMPARE(def->increment, Increment::Created);
        QCOMPARE(def->columns.size(), 2);
        QCOMPARE(def->columns.at(0).field, u"contact_id"_s);
        QCOMPARE(def->columns.at(0).header, u"Student ID"_s);
        QCOMPARE(def->columns.at(1).header, u"Liked"_s);
        QCOMPARE(def->format.boolean, BooleanStyle::YesNo);
        QCOMPARE(def->format.separator, ';');
        QVERIFY(def->format.crlf);
        QCOMPARE(def->file.name, u"opens"_s);
        QCOMPARE(def->file.suffix, u"_yyyyMMdd"_s);
        QCOMPARE(def->file.compression, Compression::None);
        QCOMPARE(def->file.collision, NameCollision::AddSequence);
        QCOMPARE(def->destination.type, Destination::Type::Local);
        QCOMPARE(def->destination.path, u"/some/folder"_s);
    }

    void defaults()
    {
        const ExportDefinition d = parsed(R"({"name": "x", "dataset": "a.b", "columns": [{"field": "f"}]})");
        QCOMPARE(d.name, u"x"_s);
        QCOMPARE(d.columns.at(0).header, u"f"_s); // the header defaults to the field
        QCOMPARE(d.increment, Increment::Created);
        QCOMPARE(d.format, ValueFormat());
        QCOMPARE(d.file.name, u"x"_s); // the file is named after the export
        QCOMPARE(d.file.suffix, QString());
        QCOMPARE(d.file.compression, Compression::None);
        QCOMPARE(d.file.collision, NameCollision::AddSequence);
        QCOMPARE(d.destination, Destination());
    }

    void values_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QByteArray>("back"); // a fragment toJson writes for it

        QTest::newRow("tab") << QByteArray(R"("format": {"separator": "\t"})") << QByteArray(R"("separator": "\t")");
        QTest::newRow("tab by name") << QByteArray(R"("format": {"separator": "tab"})") << QByteArray(R"("separator": "\t")");
        QTest::newRow("comma") << QByteArray(R"("format": {"separator": ","})") << QByteArray(R"("separator": ",")");
        QTest::newRow("lf") << QByteArray(R"("format": {"line_ending": "lf"})") << QByteArray(R"("line_ending": "lf")");
        QTest::newRow("TRUE/FALSE") << QByteArray(R"("format": {"boolean": "TRUE/FALSE"})")
                                    << QByteArray(R"("boolean": "TRUE/FALSE")");
        QTest::newRow("1/0") << QByteArray(R"("format": {"boolean": "1/0"})") << QByteArray(R"("boolean": "1/0")");
        QTest::newRow("bom") << QByteArray(R"("format": {"bom": true})") << QByteArray(R"("bom": true)");
        QTest::newRow("guard") << QByteArray(R"("format": {"formula_guard": true})")
                               << QByteArray(R"("formula_guard": true)");
        QTest::newRow("no header") << QByteArray(R"("format": {"header_row": false})")
                                   << QByteArray(R"("header_row": false)");
        QTest::newRow("gzip") << QByteArray(R"("file": {"compression": "gzip"})") << QByteArray(R"("compression": "gzip")");
        QTest::newRow("zip") << QByteArray(R"("file": {"compression": "zip"})") << QByteArray(R"("compression": "zip")");
        QTest::newRow("fail") << QByteArray(R"("file": {"on_collision": "fail"})") << QByteArray(R"("on_collision": "fail")");
        QTest::newRow("updated") << QByteArray(R"("increment": "updated")") << QByteArray(R"("increment": "updated")");
        QTest::newRow("created_or_updated") << QByteArray(R"("increment": "created_or_updated")")
                                            << QByteArray(R"("increment": "created_or_updated")");
        QTest::newRow("full") << QByteArray(R"("increment": "full")") << QByteArray(R"("increment": "full")");
        QTest::newRow("sftp") << QByteArray(R"("destination": {"type": "sftp", "connection": "slate"})")
                              << QByteArray(R"("type": "sftp",
        "connection": "slate",
        "path": "")");
    }

    void values()
    {
        QFETCH(QByteArray, json);
        QFETCH(QByteArray, back);
        const QByteArray doc = R"({"name": "x", "dataset": "a.b", "columns": [{"field": "f"}], )" + json + '}';
        QStringList problems;
        const std::optional<ExportDefinition> def = ExportDefinition::fromJson(doc, &problems);
        QVERIFY2(def, qPrintable(problems.join(u'\n')));
        QVERIFY2(def->toJson().contains(back), def->toJson().constData());
        QCOMPARE(ExportDefinition::fromJson(def->toJson(), nullptr), def);
    }

    void roundTrip()
    {
        ExportDefinition d;
        d.name = u"all.options_1"_s;
        d.dataset = u"actito.email_openings"_s;
        d.increment = Increment::CreatedOrUpdated;
        d.columns = {{u"a"_s, u"Ä \"quoted\" \\ header"_s}, {u"b"_s, u"b"_s}, {u"c"_s, u"Tab\there"_s}};
        d.format.boolean = BooleanStyle::TrueFalse;
        d.format.date = u"dd/MM/yyyy"_s;
        d.format.dateTime = u"yyyy-MM-dd'T'HH:mm:ss"_s;
        d.format.multiValueSeparator = u" ; "_s;
        d.format.separator = '\t';
        d.format.headerRow = false;
        d.format.crlf = false;
        d.format.bom = true;
        d.format.formulaGuard = true;
        d.file = {u"opens file"_s, u"_yyyyMMdd_HHmm"_s, Compression::Zip, NameCollision::Fail};
        d.destination = {Destination::Type::Sftp, u"/inbox/é"_s, u"slate"_s};

        const QByteArray json = d.toJson();
        QStringList problems;
        const std::optional<ExportDefinition> back = ExportDefinition::fromJson(json, &problems);
        QVERIFY2(back, qPrintable(problems.join(u'\n')));
        QCOMPARE(*back, d);
        QCOMPARE(back->toJson(), json); // canonical: writing again changes nothing

        // Each part takes part in the comparison.
        ExportDefinition other = d;
        other.format.bom = false;
        QVERIFY(!(other == d));
        other = d;
        other.columns[1].header = u"B"_s;
        QVERIFY(!(other == d));
        other = d;
        other.destination.connection = u"x"_s;
        QVERIFY(!(other == d));
        other = d;
        other.file.collision = NameCollision::AddSequence;
        QVERIFY(!(other == d));

        // A local destination with a leftover connection keeps it too.
        d.destination = {Destination::Type::Local, u"/tmp"_s, u"old"_s};
        d.columns.clear();
        QCOMPARE(ExportDefinition::fromJson(d.toJson(), nullptr), d);
    }

    void canonicalLayout()
    {
        const QByteArray expected = R"({
    "name": "opens-to-slate",
    "dataset": "fullmeasure.content_card_opens",
    "increment": "created",
    "columns": [
        {"field": "contact_id", "header": "Student ID"},
        {"field": "liked", "header": "Liked"}
    ],
    "format": {
        "boolean": "Y/N",
        "date": "yyyy-MM-dd",
        "datetime": "yyyy-MM-dd HH:mm:ss",
        "multi_value_separator": "|",
        "separator": ";",
        "header_row": true,
        "line_ending": "crlf",
        "bom": false,
        "formula_guard": false
    },
    "file": {
        "name": "opens",
        "suffix": "_yyyyMMdd",
        "compression": "none",
        "on_collision": "sequence"
    },
    "destination": {
        "type": "local",
        "path": "/some/folder"
    }
}
)";
        QCOMPARE(parsed(example).toJson(), expected);
    }

    void problems_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("not JSON") << QByteArray(R"({"name": "x",, })")
                                  << QStringList{u"The definition is not valid JSON: unterminated object at offset 14."_s};
        QTest::newRow("unterminated")
            << QByteArray(R"({"name": "x")")
            << QStringList{u"The definition is not valid JSON: unterminated string at offset 12."_s};
        QTest::newRow("array") << QByteArray("[]") << QStringList{u"The definition must be a JSON object."_s};
        QTest::newRow("empty object")
            << QByteArray("{}")
            << QStringList{u"\"name\" is missing"_s, u"\"dataset\" is missing"_s, u"\"columns\" is missing"_s};
        QTest::newRow("everything wrong") << QByteArray(R"({
            "name": "bad name!", "dataset": 7, "increment": "weekly", "colour": "red",
            "columns": [ {"field": "a", "header": 3}, "b", {"header": "C", "width": 2} ],
            "format": { "boolean": "yes/no", "date": 1, "separator": "|", "header_row": "yes",
                        "line_ending": "cr", "bom": 0, "formula_guard": null, "quote": "x" },
            "file": { "name": ["x"], "compression": "rar", "on_collision": "overwrite" },
            "destination": { "type": "ftp", "path": false }
        })") << QStringList{
            u"unknown key \"colour\""_s,
            u"The export name \"bad name!\" is not valid: use 1 to 64 letters, digits, '-', '_' and '.'."_s,
            u"\"dataset\" must be a string"_s,
            u"\"increment\" cannot be \"weekly\"; use one of \"created\", \"updated\", \"created_or_updated\", \"full\", \"deleted\""_s,
            u"\"columns[0].header\" must be a string"_s,
            u"\"columns[1]\" must be an object with \"field\" and \"header\""_s,
            u"unknown key \"columns[2].width\""_s,
            u"\"columns[2].field\" is missing"_s,
            u"unknown key \"format.quote\""_s,
            u"\"format.boolean\" cannot be \"yes/no\"; use one of \"1/0\", \"Y/N\", \"TRUE/FALSE\""_s,
            u"\"format.date\" must be a string"_s,
            u"\"format.separator\" cannot be \"|\"; use one of \",\", \";\", \"\\t\", \"tab\""_s,
            u"\"format.header_row\" must be true or false"_s,
            u"\"format.line_ending\" cannot be \"cr\"; use one of \"crlf\", \"lf\""_s,
            u"\"format.bom\" must be true or false"_s,
            u"\"format.formula_guard\" must be true or false"_s,
            u"\"file.name\" must be a string"_s,
            u"\"file.compression\" cannot be \"rar\"; use one of \"none\", \"gzip\", \"zip\""_s,
            u"\"file.on_collision\" cannot be \"overwrite\"; use one of \"sequence\", \"fail\""_s,
            u"\"destination.type\" cannot be \"ftp\"; use one of \"local\", \"sftp\""_s,
            u"\"destination.path\" must be a string"_s,
        };
        QTest::newRow("wrong kinds of parts")
            << QByteArray(R"({"name": "x", "dataset": "a.b", "columns": {}, "format": [], "file": "f", "destination": 1})")
            << QStringList{u"\"columns\" must be an array"_s, u"\"format\" must be an object"_s,
                           u"\"file\" must be an object"_s, u"\"destination\" must be an object"_s};
        QTest::newRow("name too long")
            << (R"({"name": ")" + QByteArray(65, 'n') + R"(", "dataset": "a.b", "columns": []})")
            << QStringList{u"The export name \"%1\" is not valid: use 1 to 64 letters, digits, '-', '_' and '.'."_s
                               .arg(QString(65, u'n'))};
    }

    void problems()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, expected);
        QStringList problems;
        QVERIFY(!ExportDefinition::fromJson(json, &problems));
        QCOMPARE(problems, expected);
        QVERIFY(!ExportDefinition::fromJson(json, nullptr)); // problems are optional
    }

    void exportNames()
    {
        QVERIFY(isValidExportName(u"a"_s));
        QVERIFY(isValidExportName(u"opens-to_slate.v2"_s));
        QVERIFY(isValidExportName(QString(64, u'x')));
        QVERIFY(!isValidExportName(QString(65, u'x')));
        QVERIFY(!isValidExportName(QString()));
        QVERIFY(!isValidExportName(u"a b"_s));
        QVERIFY(!isValidExportName(u"a/b"_s));
        QVERIFY(!isValidExportName(u"é"_s));
    }

    void validates()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const DatasetSummary dataset = opens();
        QCOMPARE(validateDefinition(validDefinition(dir.path()), &dataset), QStringList());
        ExportDefinition sftp = validDefinition(dir.path());
        sftp.destination = {Destination::Type::Sftp, QString(), u"slate"_s}; // empty path: the write path
        QCOMPARE(validateDefinition(sftp, &dataset), QStringList());
    }

    void validationProblems_data()
    {
        QTest::addColumn<int>("change");
        QTest::addColumn<QStringList>("expected");
        const QString fields = u"contact_id, first_name, liked, last_viewed"_s;
        const QString nameRule = u"use 1 to 64 letters, digits, '-', '_' and '.'."_s;
        int i = 0;
        QTest::newRow("bad name") << i++ << QStringList{u"The export name \"a b\" is not valid: "_s + nameRule};
        QTest::newRow("unknown dataset") << i++ << QStringList{u"The dataset \"nope.x\" does not exist."_s};
        QTest::newRow("no dataset") << i++ << QStringList{u"The export has no dataset."_s};
        QTest::newRow("unknown field")
            << i++ << QStringList{u"Column 2: dataset \"fullmeasure.content_card_opens\" has no field \"likes\"; its fields are "_s
                                  + fields + u'.'};
        QTest::newRow("no field") << i++ << QStringList{u"Column 1 has no field."_s};
        QTest::newRow("empty header") << i++ << QStringList{u"Column 2 (liked) has an empty header."_s};
        QTest::newRow("duplicate header")
            << i++ << QStringList{u"Column 3 (first_name): the header \"student id\" is already column 1's."_s};
        QTest::newRow("no columns") << i++ << QStringList{u"The export has no columns."_s};
        QTest::newRow("bad date pattern")
            << i++ << QStringList{u"The date format \"DD/MM/YYYY\" is not valid: \"D\" is not a date or time field; put literal text in single quotes"_s};
        QTest::newRow("bad date-time pattern")
            << i++ << QStringList{u"The date-time format \"yyyy-MM-dd 'at HH:mm\" is not valid: a quote is not closed"_s};
        QTest::newRow("empty multi-value separator") << i++ << QStringList{u"The multi-value separator is empty."_s};
        QTest::newRow("other separator") << i++ << QStringList{u"The separator must be a comma, a semicolon or a tab."_s};
        QTest::newRow("bad suffix") << i++ << QStringList{u"The file name suffix \"_YYYY\" is not a valid pattern: \"Y\" is not a date or time field; put literal text in single quotes"_s};
        QTest::newRow("suffix with a colon")
            << i++ << QStringList{u"The file name suffix \"_HH:mm\" makes \"_23:59\", which holds \":\", not allowed in file names."_s};
        QTest::newRow("empty file name") << i++ << QStringList{u"The file name is empty."_s};
        QTest::newRow("file name with a slash")
            << i++ << QStringList{u"The file name \"in/out\" holds \"/\", which is not allowed in file names."_s};
        QTest::newRow("file name with a backslash")
            << i++ << QStringList{u"The file name \"in\\out\" holds \"\\\", which is not allowed in file names."_s};
        QTest::newRow("file name with a question mark")
            << i++ << QStringList{u"The file name \"why?\" holds \"?\", which is not allowed in file names."_s};
        QTest::newRow("file name with a control character")
            << i++ << QStringList{u"The file name \"a\tb\" holds a control character, which is not allowed in file names."_s};
        QTest::newRow("reserved file name") << i++ << QStringList{u"The file name \"Com1\" is reserved on Windows."_s};
        QTest::newRow("no folder") << i++ << QStringList{u"The local destination has no folder."_s};
        QTest::newRow("relative folder") << i++ << QStringList{u"The destination folder \"out\" is not an absolute path."_s};
        QTest::newRow("missing folder") << i++ << QStringList{u"The destination folder \"@/missing\" does not exist."_s};
        QTest::newRow("file, not folder") << i++ << QStringList{u"The destination \"@/file\" is not a folder."_s};
        QTest::newRow("read-only folder") << i++ << QStringList{u"The destination folder \"@/read-only\" cannot be written to."_s};
        QTest::newRow("sftp without connection") << i++ << QStringList{u"The SFTP destination has no connection."_s};
        QTest::newRow("several at once")
            << i++ << QStringList{u"The dataset \"nope.x\" does not exist."_s, u"Column 2 (no_such_field) has an empty header."_s,
                                  u"The file name is empty."_s, u"The SFTP destination has no connection."_s};
        // QDateTime writes the suffix, and knows no f or F.
        QTest::newRow("fraction in the suffix")
            << i++ << QStringList{u"The file name suffix \"_HHmmss_ffffff\" is not a valid pattern: f and F (fractions of a second) are for values, not file names"_s};
    }

    void validationProblems()
    {
        QFETCH(int, change);
        QFETCH(QStringList, expected);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir(dir.path()).mkdir(u"read-only"_s));
        // Also on the host: Wine ignores the read-only attribute of a folder, and takes its
        // Linux mode bits instead.
        QVERIFY(test::setPermissions(dir.filePath(u"read-only"_s), QFile::ReadOwner | QFile::ExeOwner));
        QFile file(dir.filePath(u"file"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();

        ExportDefinition d = validDefinition(dir.path());
        const DatasetSummary opensDataset = opens();
        const DatasetSummary *dataset = &opensDataset;
        d.columns << ExportColumn{u"first_name"_s, u"First"_s};
        switch (change) {
        case 0: d.name = u"a b"_s; break;
        case 1: d.dataset = u"nope.x"_s; dataset = nullptr; break;
        case 2: d.dataset.clear(); dataset = nullptr; break;
        case 3: d.columns[1].field = u"likes"_s; break;
        case 4: d.columns[0].field.clear(); break;
        case 5: d.columns[1].header = u"  "_s; break;
        case 6: d.columns[2].header = u"student id"_s; break;
        case 7: d.columns.clear(); break;
        case 8: d.format.date = u"DD/MM/YYYY"_s; break;
        case 9: d.format.dateTime = u"yyyy-MM-dd 'at HH:mm"_s; break;
        case 10: d.format.multiValueSeparator.clear(); break;
        case 11: d.format.separator = '|'; break;
        case 12: d.file.suffix = u"_YYYY"_s; break;
        case 13: d.file.suffix = u"_HH:mm"_s; break;
        case 14: d.file.name = u" "_s; break;
        case 15: d.file.name = u"in/out"_s; break;
        case 16: d.file.name = u"in\\out"_s; break;
        case 17: d.file.name = u"why?"_s; break;
        case 18: d.file.name = u"a\tb"_s; break;
        case 19: d.file.name = u"Com1"_s; break;
        case 20: d.destination.path.clear(); break;
        case 21: d.destination.path = u"out"_s; break;
        case 22: d.destination.path = dir.filePath(u"missing"_s); break;
        case 23: d.destination.path = dir.filePath(u"file"_s); break;
        case 24:
            if (rootWritesAnywhere())
                QSKIP("root can write to any folder");
            d.destination.path = dir.filePath(u"read-only"_s);
            break;
        case 25: d.destination = {Destination::Type::Sftp, u"/in"_s, QString()}; break;
        case 26:
            d.dataset = u"nope.x"_s;
            dataset = nullptr;
            d.columns[1] = {u"no_such_field"_s, QString()}; // not checked without a dataset
            d.file.name.clear();
            d.destination = {Destination::Type::Sftp, QString(), u" "_s};
            break;
        case 27:
            d.file.suffix = u"_HHmmss_ffffff"_s;
            d.format.dateTime = u"yyyy-MM-dd HH:mm:ss.ffffff"_s; // fine for values
            break;
        default: QFAIL("no such change");
        }
        for (QString &line : expected)
            line.replace(u"\"@/"_s, u'"' + dir.path() + u'/');
        QCOMPARE(validateDefinition(d, dataset), expected);
    }

    void fileNames()
    {
        ExportDefinition d;
        d.file.name = u"opens"_s;
        const QDateTime when(QDate(2026, 11, 22), QTime(7, 5, 9));
        QCOMPARE(d.fileNameFor(when), u"opens.csv"_s);
        QCOMPARE(d.fileNameFor(when, 2), u"opens_2.csv"_s);
        d.file.suffix = u"_yyyyMMdd"_s;
        QCOMPARE(d.fileNameFor(when), u"opens_20261122.csv"_s);
        QCOMPARE(d.fileNameFor(when, 1), u"opens_20261122.csv"_s);
        QCOMPARE(d.fileNameFor(when, 3), u"opens_20261122_3.csv"_s);
        d.file.compression = Compression::Gzip;
        QCOMPARE(d.fileNameFor(when, 2), u"opens_20261122_2.csv.gz"_s);
        d.file.compression = Compression::Zip;
        QCOMPARE(d.fileNameFor(when), u"opens_20261122.csv.zip"_s);
        d.file.suffix = u"-yyyy-MM-dd_HHmmss"_s;
        QCOMPARE(d.fileNameFor(when, 12), u"opens-2026-11-22_070509_12.csv.zip"_s);
        d.file.suffix = u"_ddMMMyy"_s; // English month names whatever the locale
        d.file.compression = Compression::None;
        QCOMPARE(d.fileNameFor(when), u"opens_22Nov26.csv"_s);
    }

    void names()
    {
        for (Increment i : {Increment::Created, Increment::Updated, Increment::CreatedOrUpdated, Increment::Full})
            QCOMPARE(incrementFromName(incrementName(i)), i);
        for (BooleanStyle b : {BooleanStyle::OneZero, BooleanStyle::YesNo, BooleanStyle::TrueFalse})
            QCOMPARE(booleanStyleFromName(booleanStyleName(b)), b);
        for (Compression c : {Compression::None, Compression::Gzip, Compression::Zip})
            QCOMPARE(compressionFromName(compressionName(c)), c);
        QCOMPARE(incrementName(Increment::CreatedOrUpdated), u"created_or_updated"_s);
        QCOMPARE(booleanStyleName(BooleanStyle::TrueFalse), u"TRUE/FALSE"_s);
        QCOMPARE(compressionName(Compression::Gzip), u"gzip"_s);
        QVERIFY(!incrementFromName(u"Created"_s));
        QVERIFY(!booleanStyleFromName(u"y/n"_s));
        QVERIFY(!compressionFromName(u"bzip2"_s));
    }

    void presets()
    {
        const QList<DatePreset> list = datePresets();
        QCOMPARE(list.size(), 3);
        const QDateTime when(QDate(2026, 3, 7), QTime(14, 5, 9));
        const QStringList expected{u"ISO 8601|2026-03-07|2026-03-07T14:05:09"_s,
                                   u"US|3/7/2026|3/7/2026 2:05 PM"_s,
                                   u"European|07/03/2026|07/03/2026 14:05"_s};
        for (qsizetype i = 0; i < list.size(); ++i) {
            const DatePreset &p = list.at(i);
            QCOMPARE(QString::fromLatin1(p.label) + u'|' + when.date().toString(QString::fromLatin1(p.date))
                         + u'|' + when.toString(QString::fromLatin1(p.dateTime)),
                     expected.at(i));
        }
    }
};

QTEST_GUILESS_MAIN(TestExportDefinition)
#include "tst_exportdefinition.moc"
