// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/HeaderMap.h"

#include "csv/CsvReader.h"
#include "formats/FormatSpec.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wb {

namespace {

// lupdate files a tr() under the scope that calls it: "wb" for the free functions here.
QString tr(const char *text)
{
    return QCoreApplication::translate("wb", text);
}

// "#8" (spaces allowed after the '#'): a position; anything else is a header.
int positionOf(const QString &cell, bool *isPosition)
{
    static const QRegularExpression rx(u"^#\\s*(\\d{1,6})$"_s);
    const QRegularExpressionMatch m = rx.match(cell);
    *isPosition = m.hasMatch();
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

QString source(const HeaderMapping &m)
{
    return m.position > 0 ? u"#%1"_s.arg(m.position) : m.header;
}

// "map.csv:3:2: " where the mapping came from a file, else nothing.
QString at(const QString &fileName, const HeaderMapping &m, int column)
{
    if (m.line <= 0)
        return {};
    return u"%1:%2:%3: "_s.arg(fileName).arg(m.line).arg(column);
}

} // namespace

bool HeaderMap::byHeader() const
{
    return std::any_of(mappings.begin(), mappings.end(), [](const HeaderMapping &m) { return m.position == 0; });
}

bool HeaderMap::byPosition() const
{
    return std::any_of(mappings.begin(), mappings.end(), [](const HeaderMapping &m) { return m.position > 0; });
}

QByteArray HeaderMap::toJson() const
{
    if (mappings.isEmpty())
        return {};
    QJsonArray out;
    for (const HeaderMapping &m : mappings) {
        QJsonObject o{{u"field"_s, m.field}};
        if (m.position > 0)
            o.insert(u"position"_s, m.position);
        else
            o.insert(u"header"_s, m.header);
        out.append(o);
    }
    return QJsonDocument(out).toJson(QJsonDocument::Compact);
}

HeaderMap HeaderMap::fromJson(QByteArrayView json)
{
    HeaderMap map;
    const QJsonArray all = QJsonDocument::fromJson(json.toByteArray()).array();
    for (const QJsonValue &v : all) {
        HeaderMapping m;
        m.header = v[u"header"_s].toString();
        m.position = v[u"position"_s].toInt();
        m.field = v[u"field"_s].toString();
        if (!m.field.isEmpty() && (m.position > 0 || !m.header.isEmpty()))
            map.mappings << m;
    }
    return map;
}

QStringList HeaderMap::describe() const
{
    QStringList out;
    for (const HeaderMapping &m : mappings)
        out << (m.position > 0 ? source(m) : u"\"%1\""_s.arg(m.header)) + u" -> "_s + m.field;
    return out;
}

QStringList HeaderMap::renamed(const QStringList &header, const FormatSpec *spec) const
{
    QHash<QString, QString> to;
    for (const HeaderMapping &m : mappings) {
        if (m.position > 0)
            continue;
        const FieldSpec *f = spec ? spec->field(m.field) : nullptr;
        to.insert(looseName(m.header), f ? f->header : m.field);
    }
    QStringList out = header;
    for (QString &cell : out)
        cell = to.value(looseName(cell), cell);
    return out;
}

QStringList HeaderMap::columnFields(qsizetype columns, const FormatSpec *spec) const
{
    QStringList out(columns);
    for (qsizetype i = 0; spec && i < std::min(columns, spec->fields.size()); ++i)
        out[i] = spec->fields.at(i).name;
    for (const HeaderMapping &m : mappings) {
        if (m.position <= 0 || m.position > columns)
            continue;
        // A field is in one column: mapped elsewhere, it leaves its documented place.
        for (QString &name : out)
            if (name == m.field)
                name.clear();
        out[m.position - 1] = m.field;
    }
    return out;
}

bool isValidFieldName(const QString &name)
{
    return !name.isEmpty() && name.size() <= 100 && snakeCase(name) == name;
}

bool readHeaderMap(const QString &path, HeaderMap *map, QStringList *problems)
{
    map->mappings.clear();
    const QString shown = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problems = {tr("%1: cannot read the header map: %2").arg(shown, file.errorString())};
        return false;
    }
    // A header map is a handful of lines; a large file is not one.
    constexpr qint64 MaxSize = 1 << 20;
    if (file.size() > MaxSize) {
        *problems = {tr("%1: a header map has one line a column; this file is %2 bytes").arg(shown).arg(file.size())};
        return false;
    }
    return parseHeaderMap(file.readAll(), shown, map, problems);
}

bool parseHeaderMap(QByteArrayView content, const QString &fileName, HeaderMap *map, QStringList *problems)
{
    map->mappings.clear();
    problems->clear();
    QByteArray bytes = content.toByteArray();
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    csv::CsvDialect dialect;
    dialect.hasHeader = false;
    csv::CsvReaderOptions options;
    options.checkFieldCount = false; // counted here, to say what a line should hold
    csv::CsvReader reader(&buffer, fileName, dialect, options);
    QHash<QString, int> sources; // loose header or "#N" -> line
    QHash<QString, int> fields;
    while (reader.readRow()) {
        const int line = int(reader.line());
        if (reader.fieldCount() != 2) {
            // A spreadsheet in a European locale saves with ';': say what to write instead.
            const bool otherSeparator = reader.fieldCount() == 1
                                        && (reader.field(0).contains(';') || reader.field(0).contains('\t'));
            problems->append(u"%1:%2:%3: "_s.arg(fileName).arg(line).arg(std::min<qsizetype>(reader.fieldCount(), 2) + 1)
                             + (otherSeparator ? tr("expected their header and the field separated by a comma, "
                                                    "found a semicolon or tab")
                                               : tr("expected two columns, their header (or #position) and the "
                                                    "field, found %1").arg(reader.fieldCount())));
            continue;
        }
        HeaderMapping m;
        m.line = line;
        const QString theirs = QString::fromUtf8(reader.field(0)).trimmed();
        m.field = QString::fromUtf8(reader.field(1)).trimmed();
        bool isPosition = false;
        m.position = positionOf(theirs, &isPosition);
        if (isPosition && m.position < 1) {
            problems->append(at(fileName, m, 1) + tr("column positions start at #1"));
            continue;
        }
        if (!isPosition)
            m.header = theirs;
        if (theirs.isEmpty()) {
            problems->append(at(fileName, m, 1) + tr("their header is empty"));
            continue;
        }
        if (m.field.isEmpty()) {
            problems->append(at(fileName, m, 2) + tr("the field for \"%1\" is empty").arg(theirs));
            continue;
        }
        const QString key = isPosition ? source(m) : looseName(theirs);
        if (const int earlier = sources.value(key); earlier > 0) {
            problems->append(at(fileName, m, 1) + tr("\"%1\" is mapped already on line %2").arg(theirs).arg(earlier));
            continue;
        }
        if (const int earlier = fields.value(m.field); earlier > 0) {
            problems->append(at(fileName, m, 2)
                             + tr("the field \"%1\" is mapped to already on line %2: a field takes one column")
                                   .arg(m.field).arg(earlier));
            continue;
        }
        sources.insert(key, line);
        fields.insert(m.field, line);
        map->mappings << m;
    }
    if (reader.hasError())
        problems->append(reader.error().toString());
    else if (map->mappings.isEmpty() && problems->isEmpty())
        problems->append(tr("%1: the header map is empty: write one line a column, their header and the field, "
                            "such as E-mail,email_address").arg(fileName));
    return problems->isEmpty();
}

QStringList headerMapProblems(const HeaderMap &map, const QString &dataset, const QString &fileName)
{
    QStringList out;
    if (map.isEmpty())
        return out;
    if (dataset.isEmpty())
        return {tr("A header map names the fields of one dataset: say which with --as.")};
    const FormatSpec *spec = findFormat(dataset);
    if (spec && spec->kind != FormatSpec::Kind::Csv)
        return {tr("%1 is read from JSON, whose fields have no header to map.").arg(dataset)};
    QStringList documented;
    if (spec)
        for (const FieldSpec &f : spec->fields)
            documented << f.name;
    for (const HeaderMapping &m : map.mappings) {
        if (!isValidFieldName(m.field)) {
            out << at(fileName, m, 2)
                       + tr("\"%1\" is not a field name: use lower-case letters, digits and '_' (such as %2)")
                             .arg(m.field, snakeCase(m.field).isEmpty() ? u"study_programme"_s : snakeCase(m.field));
            continue;
        }
        // Beyond a known format's documented columns, a position names an additional field.
        const bool additional = m.position > documented.size();
        if (spec && !additional && !documented.contains(m.field))
            out << at(fileName, m, 2)
                       + (m.position > 0 ? tr("%1 has no field \"%2\" (its fields: %3; a column after its %4 "
                                              "documented ones may take a name of your own)")
                                               .arg(dataset, m.field, documented.join(u", "_s))
                                               .arg(documented.size())
                                         : tr("%1 has no field \"%2\" (its fields: %3)")
                                               .arg(dataset, m.field, documented.join(u", "_s)));
    }
    return out;
}

} // namespace wb
