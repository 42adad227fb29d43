// SPDX-License-Identifier: GPL-3.0-or-later
#include "intake/CivitasJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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

bool addMessage(const QJsonObject &m, qint64 line, CivitasRows *rows, ImportError *error)
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
    for (const QJsonValue &sv : std::as_const(students)) {
        const QJsonObject s = sv.toObject();
        rows->outreachLines << line;
        rows->outreach << (message + QList<QByteArray>{text(s.value(u"institutionPersonID"_s)),
                                                       text(s.value(u"firstName"_s)), text(s.value(u"lastName"_s)),
                                                       text(s.value(u"emailAddress"_s)),
                                                       text(s.value(u"createdAt"_s))});
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

bool addDocument(const QJsonDocument &doc, qint64 line, CivitasRows *rows, ImportError *error)
{
    if (doc.isObject())
        return addMessage(doc.object(), line, rows, error);
    for (const QJsonValue &v : doc.array()) {
        if (!v.isObject()) {
            error->line = line;
            error->message = tr("expected outreach message objects in the array");
            return false;
        }
        if (!addMessage(v.toObject(), line, rows, error))
            return false;
    }
    return true;
}

} // namespace

bool flattenCivitas(const QByteArray &content, CivitasRows *rows, ImportError *error)
{
    QJsonParseError parse{};
    const QJsonDocument whole = QJsonDocument::fromJson(content, &parse);
    if (parse.error == QJsonParseError::NoError)
        return addDocument(whole, 1, rows, error);

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
            if (!addDocument(doc, lineNo, rows, error))
                return false;
        }
        start = end + 1;
    }
    if (anyLine)
        return true;
    lineAndColumn(content, parse.offset, error);
    error->message = tr("invalid JSON: %1").arg(parse.errorString());
    return false;
}

} // namespace wb
