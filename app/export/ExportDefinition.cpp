// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/ExportDefinition.h"

#include "core/LocalFileName.h"
#include "export/CsvFormatter.h"
#include "formats/FormatSpec.h"
#include "store/DatasetStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace wb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wb", text);
}

template <typename T>
struct Choice
{
    QString name;
    T value;
};

const QList<Choice<Increment>> &increments()
{
    static const QList<Choice<Increment>> list{{u"created"_s, Increment::Created},
                                               {u"updated"_s, Increment::Updated},
                                               {u"created_or_updated"_s, Increment::CreatedOrUpdated},
                                               {u"full"_s, Increment::Full},
                                               {u"deleted"_s, Increment::Deleted}};
    return list;
}

const QList<Choice<BooleanStyle>> &booleanStyles()
{
    static const QList<Choice<BooleanStyle>> list{{u"1/0"_s, BooleanStyle::OneZero},
                                                  {u"Y/N"_s, BooleanStyle::YesNo},
                                                  {u"TRUE/FALSE"_s, BooleanStyle::TrueFalse}};
    return list;
}

const QList<Choice<Compression>> &compressions()
{
    static const QList<Choice<Compression>> list{{u"none"_s, Compression::None},
                                                 {u"gzip"_s, Compression::Gzip},
                                                 {u"zip"_s, Compression::Zip}};
    return list;
}

// The first name of a value is the one toJson writes; "tab" is accepted for readability.
const QList<Choice<char>> &separators()
{
    static const QList<Choice<char>> list{
        {u","_s, ','}, {u";"_s, ';'}, {u"\t"_s, '\t'}, {u"tab"_s, '\t'}};
    return list;
}

const QList<Choice<bool>> &lineEndings()
{
    static const QList<Choice<bool>> list{{u"crlf"_s, true}, {u"lf"_s, false}};
    return list;
}

const QList<Choice<NameCollision>> &collisions()
{
    static const QList<Choice<NameCollision>> list{{u"sequence"_s, NameCollision::AddSequence},
                                                   {u"fail"_s, NameCollision::Fail}};
    return list;
}

const QList<Choice<Destination::Type>> &destinationTypes()
{
    static const QList<Choice<Destination::Type>> list{{u"local"_s, Destination::Type::Local},
                                                       {u"sftp"_s, Destination::Type::Sftp}};
    return list;
}

template <typename T>
QString nameOf(const QList<Choice<T>> &list, T value)
{
    for (const Choice<T> &c : list)
        if (c.value == value)
            return c.name;
    return list.front().name;
}

template <typename T>
std::optional<T> valueOf(const QList<Choice<T>> &list, const QString &name)
{
    for (const Choice<T> &c : list)
        if (c.name == name)
            return c.value;
    return std::nullopt;
}

QByteArray jsonString(const QString &s)
{
    const QByteArray array = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return array.sliced(1, array.size() - 2);
}

// Reads one level of the document, collecting every problem instead of stopping at the first.
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(wb::Reader)

public:
    Reader(const QJsonObject &object, QString path, QStringList *problems)
        : m_object(object), m_path(std::move(path)), m_problems(problems)
    {
    }

    void onlyKeys(const QStringList &known) const
    {
        for (auto it = m_object.begin(); it != m_object.end(); ++it)
            if (!known.contains(it.key()))
                problem(tr("unknown key \"%1\"").arg(where(it.key())));
    }

    bool has(const QString &key) const { return m_object.contains(key); }

    void string(const QString &key, QString *out, bool required = false) const
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined()) {
            if (required)
                problem(tr("\"%1\" is missing").arg(where(key)));
        } else if (!v.isString()) {
            problem(tr("\"%1\" must be a string").arg(where(key)));
        } else {
            *out = v.toString();
        }
    }

    void boolean(const QString &key, bool *out) const
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined())
            return;
        if (!v.isBool())
            problem(tr("\"%1\" must be true or false").arg(where(key)));
        else
            *out = v.toBool();
    }

    template <typename T>
    void choice(const QString &key, const QList<Choice<T>> &list, T *out) const
    {
        if (!m_object.contains(key))
            return;
        if (!m_object.value(key).isString()) {
            problem(tr("\"%1\" must be a string").arg(where(key)));
            return;
        }
        const QString name = m_object.value(key).toString();
        if (const std::optional<T> value = valueOf(list, name)) {
            *out = *value;
            return;
        }
        QStringList allowed;
        for (const Choice<T> &c : list)
            allowed << QString::fromUtf8(jsonString(c.name));
        problem(tr("\"%1\" cannot be \"%2\"; use one of %3").arg(where(key), name, allowed.join(u", "_s)));
    }

    // A nested object, or an empty one (with a problem) when the key holds something else.
    QJsonObject object(const QString &key) const
    {
        const QJsonValue v = m_object.value(key);
        if (!v.isUndefined() && !v.isObject())
            problem(tr("\"%1\" must be an object").arg(where(key)));
        return v.toObject();
    }

    QString where(const QString &key) const { return m_path.isEmpty() ? key : m_path + u'.' + key; }
    void problem(const QString &text) const { m_problems->append(text); }

private:
    QJsonObject m_object;
    QString m_path;
    QStringList *m_problems;
};

void readColumns(const QJsonValue &value, QList<ExportColumn> *columns, QStringList *problems)
{
    if (!value.isArray()) {
        problems->append(tr("\"columns\" must be an array"));
        return;
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = u"columns[%1]"_s.arg(i);
        if (!array.at(i).isObject()) {
            problems->append(tr("\"%1\" must be an object with \"field\" and \"header\"").arg(path));
            continue;
        }
        Reader r(array.at(i).toObject(), path, problems);
        r.onlyKeys({u"field"_s, u"header"_s});
        ExportColumn column;
        r.string(u"field"_s, &column.field, true);
        column.header = column.field;
        r.string(u"header"_s, &column.header);
        columns->append(column);
    }
}

void readLookup(const QJsonObject &object, ExportLookup *lookup, QStringList *problems)
{
    Reader r(object, u"lookup"_s, problems);
    r.onlyKeys({u"dataset"_s, u"match"_s});
    r.string(u"dataset"_s, &lookup->dataset, true);
    const QJsonValue match = object.value(u"match"_s);
    if (!match.isArray()) {
        problems->append(tr("\"lookup.match\" must be an array of {\"field\": ..., \"lookup_field\": ...}"));
        return;
    }
    const QJsonArray array = match.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = u"lookup.match[%1]"_s.arg(i);
        if (!array.at(i).isObject()) {
            problems->append(tr("\"%1\" must be an object with \"field\" and \"lookup_field\"").arg(path));
            continue;
        }
        Reader m(array.at(i).toObject(), path, problems);
        m.onlyKeys({u"field"_s, u"lookup_field"_s});
        QString field, lookupField;
        m.string(u"field"_s, &field, true);
        m.string(u"lookup_field"_s, &lookupField, true);
        lookup->fields << field;
        lookup->lookupFields << lookupField;
    }
}

void validateLookup(const ExportDefinition &def, const DatasetSummary *source, QStringList *problems)
{
    if (!def.lookup)
        return;
    const ExportLookup &l = *def.lookup;
    if (l.dataset.isEmpty()) {
        problems->append(tr("The lookup has no dataset."));
        return;
    }
    if (l.fields.isEmpty())
        problems->append(tr("The lookup of \"%1\" matches on no field.").arg(l.dataset));
    if (!source)
        return;
    if (source->lookupTable.isEmpty()) {
        problems->append(tr("The lookup dataset \"%1\" does not exist.").arg(l.dataset));
        return;
    }
    auto fieldOf = [source](const QString &name) -> const FieldSpec * {
        for (const FieldSpec &f : source->fields)
            if (f.name == name)
                return &f;
        return nullptr;
    };
    for (qsizetype i = 0; i < l.fields.size(); ++i) {
        const FieldSpec *ours = lookupFieldOf(l.fields.at(i)).isEmpty() ? fieldOf(l.fields.at(i)) : nullptr;
        const FieldSpec *theirs = fieldOf(lookupColumn(l.lookupFields.value(i)));
        if (!ours)
            problems->append(tr("The lookup matches on \"%1\", which dataset \"%2\" does not have.")
                                 .arg(l.fields.at(i), def.dataset));
        if (!theirs)
            problems->append(tr("The lookup matches on \"%1\", which dataset \"%2\" does not have.")
                                 .arg(l.lookupFields.value(i), l.dataset));
        // Numbers and text are matched by their digits (ExportQuery); other types of values
        // never compare equal: such a lookup would match nothing.
        const auto comparable = [](FieldType a, FieldType b) {
            return a == b || (a == FieldType::Text && b == FieldType::Integer) || (a == FieldType::Integer && b == FieldType::Text);
        };
        if (ours && theirs && !comparable(ours->type, theirs->type))
            problems->append(tr("The lookup matches %1 (%2) with %3 (%4): values of different types never match.")
                                 .arg(l.fields.at(i), fieldTypeName(ours->type), l.lookupFields.value(i),
                                      fieldTypeName(theirs->type)));
    }
}

void readFormat(const QJsonObject &object, ValueFormat *f, QStringList *problems)
{
    Reader r(object, u"format"_s, problems);
    r.onlyKeys({u"boolean"_s, u"date"_s, u"datetime"_s, u"multi_value_separator"_s, u"separator"_s,
                u"header_row"_s, u"line_ending"_s, u"bom"_s, u"formula_guard"_s});
    r.choice(u"boolean"_s, booleanStyles(), &f->boolean);
    r.string(u"date"_s, &f->date);
    r.string(u"datetime"_s, &f->dateTime);
    r.string(u"multi_value_separator"_s, &f->multiValueSeparator);
    r.choice(u"separator"_s, separators(), &f->separator);
    r.boolean(u"header_row"_s, &f->headerRow);
    r.choice(u"line_ending"_s, lineEndings(), &f->crlf);
    r.boolean(u"bom"_s, &f->bom);
    r.boolean(u"formula_guard"_s, &f->formulaGuard);
}

void readFile(const QJsonObject &object, FileNaming *file, QStringList *problems)
{
    Reader r(object, u"file"_s, problems);
    r.onlyKeys({u"name"_s, u"suffix"_s, u"compression"_s, u"on_collision"_s, u"manifest"_s});
    r.string(u"name"_s, &file->name);
    r.string(u"suffix"_s, &file->suffix);
    r.choice(u"compression"_s, compressions(), &file->compression);
    r.choice(u"on_collision"_s, collisions(), &file->collision);
    r.boolean(u"manifest"_s, &file->manifest);
}

void readDestination(const QJsonObject &object, Destination *destination, QStringList *problems)
{
    Reader r(object, u"destination"_s, problems);
    r.onlyKeys({u"type"_s, u"path"_s, u"connection"_s});
    r.choice(u"type"_s, destinationTypes(), &destination->type);
    r.string(u"path"_s, &destination->path);
    r.string(u"connection"_s, &destination->connection);
}

// Lines of `"key": value`, in the documented order (QJsonObject would sort the keys).
class Writer
{
public:
    void open(const char *key) { line(key, "{"); m_indent += 4; m_first = true; }
    void close(char bracket)
    {
        m_indent -= 4;
        if (!m_first) // an empty array or object stays on its key's line
            m_out += '\n' + QByteArray(m_indent, ' ');
        m_out += bracket;
        m_first = false;
    }
    void string(const char *key, const QString &value) { line(key, jsonString(value)); }
    void boolean(const char *key, bool value) { line(key, value ? "true" : "false"); }
    void line(const char *key, const QByteArray &value)
    {
        m_out += (m_first ? "\n" : ",\n") + QByteArray(m_indent, ' ');
        if (key)
            m_out += '"' + QByteArray(key) + "\": ";
        m_out += value;
        m_first = false;
    }
    void beginArray(const char *key) { line(key, "["); m_indent += 4; m_first = true; }
    QByteArray finish() { return m_out + "\n}\n"; }

private:
    QByteArray m_out = "{";
    int m_indent = 4;
    bool m_first = true;
};

// Characters Windows refuses in file names (and '/' everywhere).
bool isBadFileNameChar(QChar c)
{
    return c.unicode() < 0x20 || QStringView(u"<>:\"/\\|?*").contains(c);
}

QString fileNameProblem(const QString &name)
{
    for (QChar c : name)
        if (isBadFileNameChar(c))
            return c.unicode() < 0x20 ? tr("a control character") : u"\"%1\""_s.arg(c);
    return {};
}

void validateColumns(const ExportDefinition &def, const DatasetSummary *dataset, QStringList *problems)
{
    if (def.columns.isEmpty())
        problems->append(tr("The export has no columns."));
    QStringList fieldNames;
    if (dataset)
        for (const FieldSpec &f : dataset->fields)
            fieldNames << f.name;
    QHash<QString, int> headers; // case-folded header -> first column number
    for (int i = 0; i < def.columns.size(); ++i) {
        const ExportColumn &c = def.columns.at(i);
        const int number = i + 1;
        if (c.field.isEmpty())
            problems->append(tr("Column %1 has no field.").arg(number));
        else if (dataset && !fieldNames.contains(c.field))
            problems->append(tr("Column %1: dataset \"%2\" has no field \"%3\"; its fields are %4.")
                                 .arg(QString::number(number), dataset->name, c.field,
                                      fieldNames.join(u", "_s)));
        if (c.header.trimmed().isEmpty()) {
            problems->append(tr("Column %1 (%2) has an empty header.").arg(QString::number(number), c.field));
            continue;
        }
        const QString folded = c.header.toCaseFolded();
        if (const auto it = headers.constFind(folded); it != headers.constEnd())
            problems->append(tr("Column %1 (%2): the header \"%3\" is already column %4's.")
                                 .arg(QString::number(number), c.field, c.header, QString::number(*it)));
        else
            headers.insert(folded, number);
    }
}

void validateFile(const ExportDefinition &def, QStringList *problems)
{
    const FileNaming &file = def.file;
    if (file.name.trimmed().isEmpty()) {
        problems->append(tr("The file name is empty."));
    } else if (const QString bad = fileNameProblem(file.name); !bad.isEmpty()) {
        problems->append(tr("The file name \"%1\" holds %2, which is not allowed in file names.")
                             .arg(file.name, bad));
    } else if (isReservedDeviceName(file.name)) {
        problems->append(tr("The file name \"%1\" is reserved on Windows.").arg(file.name));
    }
    if (file.suffix.isEmpty())
        return;
    QString reason;
    if (!isValidDatePattern(file.suffix, &reason, PatternUse::FileName)) {
        problems->append(tr("The file name suffix \"%1\" is not a valid pattern: %2").arg(file.suffix, reason));
        return;
    }
    // Any day gives the same characters, except for names of months and days.
    const QString sample = QDateTime(QDate(2026, 9, 30), QTime(23, 59, 58)).toString(file.suffix);
    if (const QString bad = fileNameProblem(sample); !bad.isEmpty())
        problems->append(tr("The file name suffix \"%1\" makes \"%2\", which holds %3, not allowed in file names.")
                             .arg(file.suffix, sample, bad));
}

void validateDestination(const Destination &destination, FolderCheck check, QStringList *problems)
{
    if (destination.type == Destination::Type::Sftp) {
        if (destination.connection.trimmed().isEmpty())
            problems->append(tr("The SFTP destination has no connection."));
        return;
    }
    if (destination.path.isEmpty()) {
        problems->append(tr("The local destination has no folder."));
        return;
    }
    if (!QDir::isAbsolutePath(destination.path))
        problems->append(tr("The destination folder \"%1\" is not an absolute path.").arg(destination.path));
    else if (check == FolderCheck::Stat)
        if (const QString problem = localFolderProblem(destination.path); !problem.isEmpty())
            problems->append(problem);
}

} // namespace

QString localFolderProblem(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return tr("The destination folder \"%1\" does not exist.").arg(path);
    if (!info.isDir())
        return tr("The destination \"%1\" is not a folder.").arg(path);
    if (!info.isWritable())
        return tr("The destination folder \"%1\" cannot be written to.").arg(path);
    return {};
}

bool operator==(const ExportColumn &a, const ExportColumn &b)
{
    return a.field == b.field && a.header == b.header;
}

bool operator==(const ValueFormat &a, const ValueFormat &b)
{
    return a.boolean == b.boolean && a.date == b.date && a.dateTime == b.dateTime
           && a.multiValueSeparator == b.multiValueSeparator && a.separator == b.separator
           && a.headerRow == b.headerRow && a.crlf == b.crlf && a.bom == b.bom
           && a.formulaGuard == b.formulaGuard;
}

bool operator==(const FileNaming &a, const FileNaming &b)
{
    return a.name == b.name && a.suffix == b.suffix && a.compression == b.compression
           && a.collision == b.collision && a.manifest == b.manifest;
}

bool operator==(const Destination &a, const Destination &b)
{
    return a.type == b.type && a.path == b.path && a.connection == b.connection;
}

bool isValidExportName(const QString &name)
{
    if (name.isEmpty() || name.size() > 64)
        return false;
    for (QChar c : name)
        if (!(c.isLetterOrNumber() && c.unicode() < 0x80) && c != u'-' && c != u'_' && c != u'.')
            return false;
    return true;
}

std::optional<ExportDefinition> ExportDefinition::fromJson(const QByteArray &json, QStringList *problems)
{
    QStringList found;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        found << tr("The definition is not valid JSON: %1 at offset %2.")
                     .arg(error.errorString(), QString::number(error.offset));
    else if (!doc.isObject())
        found << tr("The definition must be a JSON object.");

    ExportDefinition def;
    if (found.isEmpty()) {
        const QJsonObject root = doc.object();
        Reader r(root, QString(), &found);
        r.onlyKeys({u"name"_s, u"dataset"_s, u"increment"_s, u"lookup"_s, u"columns"_s, u"format"_s, u"file"_s,
                    u"destination"_s});
        r.string(u"name"_s, &def.name, true);
        if (r.has(u"name"_s) && root.value(u"name"_s).isString() && !isValidExportName(def.name))
            found << tr("The export name \"%1\" is not valid: use 1 to 64 letters, digits, '-', '_' and '.'.")
                         .arg(def.name);
        r.string(u"dataset"_s, &def.dataset, true);
        r.choice(u"increment"_s, increments(), &def.increment);
        if (r.has(u"lookup"_s)) {
            def.lookup.emplace();
            readLookup(r.object(u"lookup"_s), &*def.lookup, &found);
        }
        if (r.has(u"columns"_s))
            readColumns(root.value(u"columns"_s), &def.columns, &found);
        else
            found << tr("\"columns\" is missing");
        readFormat(r.object(u"format"_s), &def.format, &found);
        def.file.name = def.name; // the default; "file" may say otherwise
        readFile(r.object(u"file"_s), &def.file, &found);
        readDestination(r.object(u"destination"_s), &def.destination, &found);
    }
    if (problems)
        *problems = found;
    if (!found.isEmpty())
        return std::nullopt;
    return def;
}

QByteArray ExportDefinition::toJson() const
{
    Writer w;
    w.string("name", name);
    w.string("dataset", dataset);
    w.string("increment", incrementName(increment));
    if (lookup) {
        w.open("lookup");
        w.string("dataset", lookup->dataset);
        w.beginArray("match");
        for (qsizetype i = 0; i < lookup->fields.size(); ++i)
            w.line(nullptr, "{\"field\": " + jsonString(lookup->fields.at(i)) + ", \"lookup_field\": "
                                + jsonString(lookup->lookupFields.value(i)) + '}');
        w.close(']');
        w.close('}');
    }
    w.beginArray("columns");
    for (const ExportColumn &c : columns)
        w.line(nullptr, "{\"field\": " + jsonString(c.field) + ", \"header\": " + jsonString(c.header) + '}');
    w.close(']');
    w.open("format");
    w.string("boolean", booleanStyleName(format.boolean));
    w.string("date", format.date);
    w.string("datetime", format.dateTime);
    w.string("multi_value_separator", format.multiValueSeparator);
    w.string("separator", nameOf(separators(), format.separator));
    w.boolean("header_row", format.headerRow);
    w.string("line_ending", nameOf(lineEndings(), format.crlf));
    w.boolean("bom", format.bom);
    w.boolean("formula_guard", format.formulaGuard);
    w.close('}');
    w.open("file");
    w.string("name", file.name);
    w.string("suffix", file.suffix);
    w.string("compression", compressionName(file.compression));
    w.string("on_collision", nameOf(collisions(), file.collision));
    if (file.manifest)
        w.boolean("manifest", true);
    w.close('}');
    w.open("destination");
    w.string("type", nameOf(destinationTypes(), destination.type));
    if (destination.type == Destination::Type::Sftp || !destination.connection.isEmpty())
        w.string("connection", destination.connection);
    w.string("path", destination.path);
    w.close('}');
    return w.finish();
}

QString ExportDefinition::fileNameFor(const QDateTime &when, int sequence) const
{
    QString out = file.name;
    if (!file.suffix.isEmpty())
        out += when.toString(file.suffix);
    if (sequence > 1)
        out += u'_' + QString::number(sequence);
    out += u".csv"_s;
    if (file.compression == Compression::Gzip)
        out += u".gz"_s;
    else if (file.compression == Compression::Zip)
        out += u".zip"_s;
    return out;
}

QStringList validateDefinition(const ExportDefinition &definition, const DatasetSummary *dataset, FolderCheck check)
{
    QStringList problems;
    if (!isValidExportName(definition.name))
        problems << tr("The export name \"%1\" is not valid: use 1 to 64 letters, digits, '-', '_' and '.'.")
                        .arg(definition.name);
    if (!dataset)
        problems << (definition.dataset.isEmpty()
                         ? tr("The export has no dataset.")
                         : tr("The dataset \"%1\" does not exist.").arg(definition.dataset));
    validateLookup(definition, dataset, &problems);
    validateColumns(definition, dataset, &problems);
    if (definition.increment == Increment::Deleted && dataset && !hasDeletions(dataset->name)) {
        QStringList marked;
        for (const FormatSpec &s : knownFormats())
            if (s.deletable)
                marked << s.dataset;
        problems << tr("The dataset \"%1\" has no deleted records to send: the \"deleted\" increment reads "
                       "datasets that a deleted-records export marks (%2).")
                        .arg(dataset->name, marked.join(u", "_s));
    }
    QString reason;
    if (!isValidDatePattern(definition.format.date, &reason))
        problems << tr("The date format \"%1\" is not valid: %2").arg(definition.format.date, reason);
    if (!isValidDatePattern(definition.format.dateTime, &reason))
        problems << tr("The date-time format \"%1\" is not valid: %2").arg(definition.format.dateTime, reason);
    if (definition.format.separator != ',' && definition.format.separator != ';'
        && definition.format.separator != '\t')
        problems << tr("The separator must be a comma, a semicolon or a tab.");
    if (definition.format.multiValueSeparator.isEmpty())
        problems << tr("The multi-value separator is empty.");
    validateFile(definition, &problems);
    validateDestination(definition.destination, check, &problems);
    return problems;
}

QString lookupColumn(const QString &lookupField)
{
    return u"lookup."_s + lookupField;
}

QString lookupFieldOf(const QString &column)
{
    // A dataset's own fields are snake_case names: none holds a dot.
    return column.startsWith(u"lookup."_s) ? column.sliced(7) : QString();
}

QString incrementName(Increment increment) { return nameOf(increments(), increment); }

bool hasDeletions(const QString &dataset)
{
    const FormatSpec *spec = findFormat(dataset);
    return spec && spec->deletable;
}
QString booleanStyleName(BooleanStyle style) { return nameOf(booleanStyles(), style); }
QString compressionName(Compression compression) { return nameOf(compressions(), compression); }

std::optional<Increment> incrementFromName(const QString &name) { return valueOf(increments(), name); }
std::optional<BooleanStyle> booleanStyleFromName(const QString &name)
{
    return valueOf(booleanStyles(), name);
}
std::optional<Compression> compressionFromName(const QString &name)
{
    return valueOf(compressions(), name);
}

QList<DatePreset> datePresets()
{
    return {{"ISO 8601", "yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm:ss"},
            {"US", "M/d/yyyy", "M/d/yyyy h:mm AP"},
            {"European", "dd/MM/yyyy", "dd/MM/yyyy HH:mm"}};
}

} // namespace wb
