// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace wb {

struct DatasetSummary;

// Which rows a run takes: Actito's three event types, or everything every time; Deleted, the
// records a deleted-records export marked deleted since the last run (FormatSpec::deletable).
enum class Increment { Created, Updated, CreatedOrUpdated, Full, Deleted };
enum class BooleanStyle { OneZero, YesNo, TrueFalse }; // "1/0", "Y/N", "TRUE/FALSE"
enum class Compression { None, Gzip, Zip };
// When the day's file name is taken already (two runs on one day).
enum class NameCollision { AddSequence, Fail };

struct ExportColumn
{
    QString field;  // the dataset's field name
    QString header; // as written in the file's header row
};

// How values and the file are written. Dates and date-times use Qt's date-time patterns.
// Columns from a second dataset: each row gets the lookup dataset's latest row whose
// `lookupFields` hold the row's `fields` (empty cells when none does). Its fields are chosen as
// columns named lookupColumn(field), "lookup.email_address".
struct ExportLookup
{
    QString dataset;
    QStringList fields;       // of the export's dataset
    QStringList lookupFields; // of the lookup dataset, one for each of `fields`

    bool operator==(const ExportLookup &) const = default;
};

QString lookupColumn(const QString &lookupField);
// The lookup dataset's field a column names, or an empty string for the export's own.
QString lookupFieldOf(const QString &column);

struct ValueFormat
{
    BooleanStyle boolean = BooleanStyle::OneZero;
    QString date = QStringLiteral("yyyy-MM-dd");
    // The fraction of a second only when a value has one (Civitas: microseconds): whole-second
    // values read as they always did, and none is cut short unless the user chooses so.
    QString dateTime = QStringLiteral("yyyy-MM-dd HH:mm:ss.FFFFFF");
    QString multiValueSeparator = QStringLiteral("|");
    char separator = ','; // ',', ';' or '\t'
    bool headerRow = true;
    bool crlf = true;      // line_ending "crlf" or "lf"
    bool bom = false;      // UTF-8 byte-order mark, for Excel
    bool formulaGuard = false; // prefix text starting with = + - @ tab CR with '
};

struct FileNaming
{
    QString name;   // without extension
    QString suffix; // a date pattern appended per run, e.g. "_yyyyMMdd"; may be empty
    Compression compression = Compression::None;
    NameCollision collision = NameCollision::AddSequence;
    // Also deliver "<file>.manifest.json" (DeliveryManifest.h) after the file. Stored only
    // when on, so that definitions without it read the same in older versions.
    bool manifest = false;
};

struct Destination
{
    enum class Type { Local, Sftp };
    Type type = Type::Local;
    QString path;       // local folder, or remote folder (empty: the connection's write path)
    QString connection; // for Sftp
};

struct ExportDefinition
{
    Q_DECLARE_TR_FUNCTIONS(wb::ExportDefinition)

public:
    QString name;
    QString dataset;
    Increment increment = Increment::Created;
    std::optional<ExportLookup> lookup;
    QList<ExportColumn> columns;
    ValueFormat format;
    FileNaming file;
    Destination destination;

    // Reads the JSON document of docs/export-definition.md. Syntax and value problems (an
    // unknown boolean style, a missing name) are all listed in *problems.
    static std::optional<ExportDefinition> fromJson(const QByteArray &json, QStringList *problems);
    QByteArray toJson() const;

    // The file name of a run at `when` (local time): name + suffix + ".csv" (+ ".gz"/".zip");
    // sequence > 1 adds "_2", "_3"... before the extension.
    QString fileNameFor(const QDateTime &when, int sequence = 1) const;

    bool operator==(const ExportDefinition &) const = default;
};

bool operator==(const ExportColumn &a, const ExportColumn &b);
bool operator==(const ValueFormat &a, const ValueFormat &b);
bool operator==(const FileNaming &a, const FileNaming &b);
bool operator==(const Destination &a, const Destination &b);

// Whether validating a definition looks at its local folder on disk. Skip it on the GUI
// thread: a stat of a network folder can hang for as long as the share takes to answer.
enum class FolderCheck { Stat, Skip };

// Every problem of a definition against its dataset (nullptr: the dataset does not exist),
// which for a definition with a lookup is its exportSource() (export/ExportSource.h):
// unknown field, empty or duplicate header, invalid pattern, unwritable local destination...
QStringList validateDefinition(const ExportDefinition &definition, const DatasetSummary *dataset,
                               FolderCheck check = FolderCheck::Stat);
// What is wrong with an absolute local folder as a destination (missing, not a folder, not
// writable); empty when nothing is. Stats the folder.
QString localFolderProblem(const QString &path);

// 1 to 64 letters, digits, '-', '_' and '.'.
bool isValidExportName(const QString &name);

// Names used in JSON and in the UI.
QString incrementName(Increment increment); // "created", "updated", "created_or_updated", "full", "deleted"
// Whether a dataset's records can be marked deleted, for the `deleted` increment.
bool hasDeletions(const QString &dataset);
QString booleanStyleName(BooleanStyle style);        // "1/0", "Y/N", "TRUE/FALSE"
QString compressionName(Compression compression);    // "none", "gzip", "zip"
std::optional<Increment> incrementFromName(const QString &name);
std::optional<BooleanStyle> booleanStyleFromName(const QString &name);
std::optional<Compression> compressionFromName(const QString &name);

// Named presets for date and date-time patterns.
struct DatePreset
{
    const char *label; // "ISO 8601", "US", "European"
    const char *date;
    const char *dateTime;
};
QList<DatePreset> datePresets();

} // namespace wb
