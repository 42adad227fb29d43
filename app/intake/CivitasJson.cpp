// SPDX-License-Identifier: GPL-3.0-or-later
#include "intake/CivitasJson.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace wb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wb", text);
}

QByteArray text(const QJsonValue &v)
{
    if (v.isString())
        return v.toString().toUtf8();
    if (v.isDouble()) {
        // Ids beyond 2^53 lose digits as doubles: keep whole numbers whole.
        const qint64 whole = v.toInteger(std::numeric_limits<qint64>::min());
        if (whole != std::numeric_limits<qint64>::min())
            return QByteArray::number(whole);
        return QByteArray::number(v.toDouble(), 'g', 17);
    }
    if (v.isBool())
        return v.toBool() ? "1" : "0";
    return {};
}

void lineAndColumn(const QByteArray &content, qsizetype offset, ImportError *error)
{
    error->line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset && i < content.size(); ++i)
        if (content[i] == '\n') {
            ++error->line;
            lineStart = i + 1;
        }
    // QJsonParseError's offset points just past the character it could not take.
    error->column = qMax<qsizetype>(1, offset - lineStart);
}

// Where each property name goes in civitas.outreach_details, across the messages of one file.
class DetailColumns
{
public:
    explicit DetailColumns(CivitasRows *rows) : m_rows(rows) {}

    // The message's property cells, one per column known so far. Several properties of one
    // name (topics of one outreach) are joined like a multi-valued field's values, in
    // outreachPropertyId order, so that the same message delivered again is the same row.
    QList<QByteArray> cellsOf(const QJsonArray &properties)
    {
        struct Property
        {
            qint64 id;
            QJsonObject object;
        };
        QList<Property> sorted;
        sorted.reserve(properties.size());
        for (const QJsonValue &pv : properties) {
            const QJsonObject p = pv.toObject();
            bool numeric = false;
            const qint64 id = text(p.value(u"outreachPropertyId"_s)).toLongLong(&numeric);
            sorted.append({numeric ? id : std::numeric_limits<qint64>::max(), p});
        }
        std::stable_sort(sorted.begin(), sorted.end(),
                         [](const Property &a, const Property &b) { return a.id < b.id; });
        QList<QByteArray> cells;
        for (const Property &p : std::as_const(sorted)) {
            Slots &at = slotsOf(p.object.value(u"name"_s).toString());
            if (at.value < 0)
                continue;
            const QByteArray valueId = text(p.object.value(u"valueId"_s));
            if (!valueId.isEmpty() && at.valueId < 0)
                at.valueId = addColumn(civitasValueIdColumn(at.header), at.header + u".valueId"_s);
            cells.resize(m_rows->detailColumns.size());
            append(cells[at.value], text(p.object.value(u"value"_s)));
            if (at.valueId >= 0)
                append(cells[at.valueId], valueId);
        }
        return cells;
    }

private:
    struct Slots
    {
        QString name;   // the value column
        QString header; // the property's name as first seen
        int value = -1; // -1: a name that makes no column
        int valueId = -1;
    };

    static void append(QByteArray &cell, const QByteArray &value)
    {
        if (value.isEmpty())
            return;
        if (!cell.isEmpty())
            cell += '\x1f';
        cell += value;
    }

    // "emailSubject" and "EmailSubject" share a column, and so their value ids.
    Slots &slotsOf(const QString &propertyName)
    {
        auto known = m_columnOf.constFind(propertyName);
        if (known == m_columnOf.cend())
            known = m_columnOf.insert(propertyName, civitasValueColumn(propertyName));
        auto it = m_slots.find(*known);
        if (it == m_slots.end()) {
            Slots s{*known, propertyName};
            if (!s.name.isEmpty())
                s.value = addColumn(s.name, propertyName);
            it = m_slots.insert(*known, s);
        }
        return *it;
    }

    int addColumn(const QString &name, const QString &header)
    {
        m_rows->detailColumns << FieldSpec{name, header, FieldType::Text};
        return int(m_rows->detailColumns.size() - 1);
    }

    CivitasRows *m_rows;
    QHash<QString, QString> m_columnOf; // property name -> its value column
    QHash<QString, Slots> m_slots;      // by value column
};

bool addMessage(const QJsonObject &m, qint64 line, CivitasRows *rows, DetailColumns &details, ImportError *error)
{
    const QJsonArray properties = m.value(u"outreachProperties"_s).toArray();
    QByteArray outreachId = text(m.value(u"outreachId"_s));
    if (outreachId.isEmpty())
        outreachId = text(m.value(u"id"_s));
    if (outreachId.isEmpty() && !properties.isEmpty())
        outreachId = text(properties.first().toObject().value(u"outreachId"_s));
    if (outreachId.isEmpty()) {
        error->line = line;
        error->message = tr("an outreach message without an id (outreachId, id, or in its outreachProperties)");
        return false;
    }
    const QList<QByteArray> message{outreachId, text(m.value(u"createdAt"_s)),
                                    text(m.value(u"employeeFirstName"_s)), text(m.value(u"employeeLastName"_s)),
                                    text(m.value(u"employeeEmail"_s)), text(m.value(u"outreachSource"_s)),
                                    text(m.value(u"outreachMedium"_s))};
    QJsonArray students;
    for (const QString &k : {u"students"_s, u"recipients"_s, u"student"_s}) {
        const QJsonValue v = m.value(k);
        if (v.isArray())
            students = v.toArray();
        else if (v.isObject())
            students = QJsonArray{v};
        if (!students.isEmpty())
            break;
    }
    if (students.isEmpty())
        students = QJsonArray{QJsonObject()}; // the message still counts, without a recipient
    const QList<QByteArray> propertyCells = details.cellsOf(properties);
    // Two columns a name: far below SQLite's 2000 columns a table, far above Civitas' few dozen.
    constexpr int MaxPropertyColumns = 1000;
    if (rows->detailColumns.size() > MaxPropertyColumns) {
        error->line = line;
        error->message = tr("more than %1 different outreach property names and value ids: not outreach "
                            "properties as Civitas sends them").arg(MaxPropertyColumns);
        return false;
    }
    for (const QJsonValue &sv : std::as_const(students)) {
        const QJsonObject s = sv.toObject();
        rows->outreachLines << line;
        rows->outreach << (message + QList<QByteArray>{text(s.value(u"institutionPersonID"_s)),
                                                       text(s.value(u"firstName"_s)), text(s.value(u"lastName"_s)),
                                                       text(s.value(u"emailAddress"_s)),
                                                       text(s.value(u"createdAt"_s))});
        rows->detailLines << line;
        rows->details << (rows->outreach.constLast() + propertyCells);
    }
    for (const QJsonValue &pv : properties) {
        const QJsonObject p = pv.toObject();
        QByteArray owner = text(p.value(u"outreachId"_s));
        if (owner.isEmpty())
            owner = outreachId;
        rows->propertyLines << line;
        rows->properties << QList<QByteArray>{text(p.value(u"outreachPropertyId"_s)), owner,
                                              text(p.value(u"name"_s)), text(p.value(u"value"_s)),
                                              text(p.value(u"valueId"_s)), text(p.value(u"createdAt"_s))};
    }
    return true;
}

bool addDocument(const QJsonDocument &doc, qint64 line, CivitasRows *rows, DetailColumns &details,
                 ImportError *error)
{
    if (doc.isObject())
        return addMessage(doc.object(), line, rows, details, error);
    for (const QJsonValue &v : doc.array()) {
        if (!v.isObject()) {
            error->line = line;
            error->message = tr("expected outreach message objects in the array");
            return false;
        }
        if (!addMessage(v.toObject(), line, rows, details, error))
            return false;
    }
    return true;
}

// Rows of messages before a property first appeared lack its cells: they are empty.
void padDetails(CivitasRows *rows)
{
    const qsizetype width = findFormat(u"civitas.outreach_details"_s)->fields.size() + rows->detailColumns.size();
    for (QList<QByteArray> &row : rows->details)
        row.resize(width);
}

} // namespace

QString civitasValueColumn(const QString &propertyName)
{
    const QString name = snakeCase(propertyName);
    if (name.isEmpty())
        return {};
    const FormatSpec *spec = findFormat(u"civitas.outreach_details"_s);
    if (spec->field(name) || name.endsWith(u"_value_id"_s))
        return name + u"_property"_s;
    return name;
}

QString civitasValueIdColumn(const QString &propertyName)
{
    const QString name = civitasValueColumn(propertyName);
    return name.isEmpty() ? QString() : name + u"_value_id"_s;
}

bool flattenCivitas(const QByteArray &content, CivitasRows *rows, ImportError *error)
{
    DetailColumns details(rows);
    QJsonParseError parse{};
    const QJsonDocument whole = QJsonDocument::fromJson(content, &parse);
    if (parse.error == QJsonParseError::NoError) {
        if (!addDocument(whole, 1, rows, details, error))
            return false;
        padDetails(rows);
        return true;
    }

    // JSON lines: one message per line. Only worth trying when the first line parses alone.
    qint64 lineNo = 0;
    qsizetype start = 0;
    bool anyLine = false;
    while (start < content.size()) {
        qsizetype end = content.indexOf('\n', start);
        if (end < 0)
            end = content.size();
        ++lineNo;
        const QByteArray line = content.mid(start, end - start).trimmed();
        if (!line.isEmpty()) {
            QJsonParseError lineError{};
            const QJsonDocument doc = QJsonDocument::fromJson(line, &lineError);
            if (lineError.error != QJsonParseError::NoError) {
                if (!anyLine)
                    break; // not JSON lines either: report the whole-document error
                error->line = lineNo;
                error->column = qMax(1, lineError.offset);
                error->message = tr("invalid JSON: %1").arg(lineError.errorString());
                return false;
            }
            anyLine = true;
            if (!addDocument(doc, lineNo, rows, details, error))
                return false;
        }
        start = end + 1;
    }
    if (anyLine) {
        padDetails(rows);
        return true;
    }
    lineAndColumn(content, parse.offset, error);
    error->message = tr("invalid JSON: %1").arg(parse.errorString());
    return false;
}

} // namespace wb
