// SPDX-License-Identifier: GPL-3.0-or-later
#include "intake/CivitasJson.h"

#include "intake/JsonTree.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace wb {

namespace {

using Json = JsonTree::Value;

QString tr(const char *text)
{
    return QCoreApplication::translate("wb", text);
}

// `offset` is the byte the parser could not take, in `content`.
void lineAndColumn(QByteArrayView content, qsizetype offset, ImportError *error)
{
    error->line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset && i < content.size(); ++i)
        if (content[i] == '\n') {
            ++error->line;
            lineStart = i + 1;
        }
    error->column = offset - lineStart + 1;
}

// A queue's messages are flattened one at a time, each with the same few property names:
// their columns are worked out once per thread.
QString cachedValueColumn(const QByteArray &utf8Name, const QString &propertyName)
{
    thread_local QHash<QByteArray, QString> cache;
    auto it = cache.constFind(utf8Name);
    if (it != cache.cend())
        return *it;
    if (cache.size() > 10000)
        cache.clear(); // names without end are no properties Civitas sends; keep memory bounded
    // A deep copy: the name may share the memory of a message that is about to go.
    return *cache.insert(QByteArray(utf8Name.constData(), utf8Name.size()), civitasValueColumn(propertyName));
}

// Where each property name goes in civitas.outreach_details, across the messages of one file.
class DetailColumns
{
public:
    explicit DetailColumns(CivitasRows *rows) : m_rows(rows) {}

    // The message's property cells, one per column known so far. Several properties of one
    // name (topics of one outreach) are joined like a multi-valued field's values, in
    // outreachPropertyId order, so that the same message delivered again is the same row.
    QList<QByteArray> cellsOf(const QList<Json> &properties)
    {
        struct Property
        {
            qint64 id;
            Json object;
        };
        QList<Property> sorted;
        sorted.reserve(properties.size());
        for (const Json &p : properties) {
            bool numeric = false;
            const qint64 id = p.member("outreachPropertyId").sharedText().toLongLong(&numeric);
            sorted.append({numeric ? id : std::numeric_limits<qint64>::max(), p});
        }
        std::stable_sort(sorted.begin(), sorted.end(),
                         [](const Property &a, const Property &b) { return a.id < b.id; });
        QList<QByteArray> cells;
        for (const Property &p : std::as_const(sorted)) {
            Slots &at = slotsOf(p.object.member("name").sharedText());
            if (at.value < 0)
                continue;
            const QByteArray valueId = p.object.member("valueId").sharedText();
            if (!valueId.isEmpty() && at.valueId < 0)
                at.valueId = addColumn(civitasValueIdColumn(at.header), at.header + u".valueId"_s);
            cells.resize(m_rows->detailColumns.size());
            append(cells[at.value], p.object.member("value").sharedText());
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
    Slots &slotsOf(const QByteArray &utf8Name)
    {
        auto known = m_slotOf.constFind(utf8Name);
        if (known != m_slotOf.cend())
            return m_slots[*known];
        const QString propertyName = QString::fromUtf8(utf8Name);
        const QString column = cachedValueColumn(utf8Name, propertyName);
        auto same = m_slotOfColumn.constFind(column);
        if (same == m_slotOfColumn.cend()) {
            Slots s{column, propertyName};
            if (!s.name.isEmpty())
                s.value = addColumn(s.name, propertyName);
            m_slots.append(s);
            same = m_slotOfColumn.insert(column, int(m_slots.size() - 1));
        }
        m_slotOf.insert(utf8Name, *same);
        return m_slots[*same];
    }

    int addColumn(const QString &name, const QString &header)
    {
        m_rows->detailColumns << FieldSpec{name, header, FieldType::Text};
        return int(m_rows->detailColumns.size() - 1);
    }

    CivitasRows *m_rows;
    QList<Slots> m_slots;
    QHash<QByteArray, int> m_slotOf;   // a property's name as sent -> its slots
    QHash<QString, int> m_slotOfColumn; // a value column -> its slots
};

bool addMessage(const Json &m, qint64 line, CivitasRows *rows, DetailColumns &details, ImportError *error)
{
    const QList<Json> properties = m.member("outreachProperties").elements();
    QByteArray outreachId = m.member("outreachId").sharedText();
    if (outreachId.isEmpty())
        outreachId = m.member("id").sharedText();
    if (outreachId.isEmpty() && !properties.isEmpty())
        outreachId = properties.first().member("outreachId").sharedText();
    if (outreachId.isEmpty()) {
        error->line = line;
        error->message = tr("an outreach message without an id (outreachId, id, or in its outreachProperties)");
        return false;
    }
    const QList<QByteArray> message{outreachId,
                                    m.member("createdAt").sharedText(),
                                    m.member("employeeFirstName").sharedText(),
                                    m.member("employeeLastName").sharedText(),
                                    m.member("employeeEmail").sharedText(),
                                    m.member("outreachSource").sharedText(),
                                    m.member("outreachMedium").sharedText()};
    QList<Json> students;
    for (const char *k : {"students", "recipients", "student"}) {
        const Json v = m.member(k);
        if (v.isArray())
            students = v.elements();
        else if (v.isObject())
            students = {v};
        if (!students.isEmpty())
            break;
    }
    if (students.isEmpty())
        students = {Json()}; // the message still counts, without a recipient
    const QList<QByteArray> propertyCells = details.cellsOf(properties);
    // Two columns a name: far below SQLite's 2000 columns a table, far above Civitas' few dozen.
    constexpr int MaxPropertyColumns = 1000;
    if (rows->detailColumns.size() > MaxPropertyColumns) {
        error->line = line;
        error->message = tr("more than %1 different outreach property names and value ids: not outreach "
                            "properties as Civitas sends them").arg(MaxPropertyColumns);
        return false;
    }
    for (const Json &s : std::as_const(students)) {
        QList<QByteArray> row;
        row.reserve(message.size() + 5 + propertyCells.size());
        row << message << s.member("institutionPersonID").sharedText() << s.member("firstName").sharedText()
            << s.member("lastName").sharedText() << s.member("emailAddress").sharedText() << s.member("createdAt").sharedText();
        rows->outreachLines << line;
        rows->outreach << row;
        rows->detailLines << line;
        rows->details << (row << propertyCells);
    }
    for (const Json &p : properties) {
        QByteArray owner = p.member("outreachId").sharedText();
        if (owner.isEmpty())
            owner = outreachId;
        rows->propertyLines << line;
        rows->properties << QList<QByteArray>{p.member("outreachPropertyId").sharedText(), owner,
                                              p.member("name").sharedText(),               p.member("value").sharedText(),
                                              p.member("valueId").sharedText(),            p.member("createdAt").sharedText()};
    }
    return true;
}

bool addDocument(const Json &doc, qint64 line, CivitasRows *rows, DetailColumns &details, ImportError *error)
{
    if (doc.isObject())
        return addMessage(doc, line, rows, details, error);
    if (!doc.isArray()) {
        error->line = line;
        error->message = tr("expected an outreach message object, or an array of them");
        return false;
    }
    for (const Json &v : doc.elements()) {
        if (!v.isObject()) {
            error->line = line;
            error->message = tr("expected outreach message objects in the array");
            return false;
        }
        if (!addMessage(v, line, rows, details, error))
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
    JsonTree tree;
    JsonTree::Error whole;
    if (tree.parse(content, &whole)) {
        if (!addDocument(tree.root(), 1, rows, details, error))
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
        const QByteArrayView line = QByteArrayView(content).sliced(start, end - start);
        if (!line.trimmed().isEmpty()) {
            JsonTree::Error lineError;
            if (!tree.parse(line, &lineError)) {
                if (!anyLine)
                    break; // not JSON lines either: report the whole-document error
                lineAndColumn(line, lineError.offset, error);
                error->line = lineNo;
                error->message = tr("invalid JSON: %1").arg(lineError.message);
                return false;
            }
            anyLine = true;
            if (!addDocument(tree.root(), lineNo, rows, details, error))
                return false;
        }
        start = end + 1;
    }
    if (anyLine) {
        padDetails(rows);
        return true;
    }
    lineAndColumn(content, whole.offset, error);
    error->message = tr("invalid JSON: %1").arg(whole.message);
    return false;
}

} // namespace wb
