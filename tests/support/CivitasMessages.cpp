// SPDX-License-Identifier: GPL-3.0-or-later
#include "CivitasMessages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace wb::test {

QByteArray civitasOutreach(int n, int students)
{
    const QString id = u"0ecba66b-a31c-40d9-b95c-%1"_s.arg(n, 12, 10, QChar(u'0'));
    const QString created = u"2018-06-11T19:14:34.391597"_s;
    QJsonArray recipients;
    for (int s = 0; s < students; ++s)
        recipients.append(QJsonObject{{u"institutionPersonID"_s, QString::number(100000 + n * 10 + s)},
                                      {u"firstName"_s, u"Scarlett"_s},
                                      {u"lastName"_s, u"Jones"_s},
                                      {u"emailAddress"_s, u"scarlett.jones%1@institution.edu"_s.arg(n)},
                                      {u"createdAt"_s, u"2018-06-11T21:07:44.222117"_s}});
    QJsonArray properties;
    const std::pair<const char *, const char *> values[] = {
        {"outreachMediumResult", "Text message sent"}, {"isAttrition", "0"},
        {"outreachInitiator", "Student Initiated"},    {"outreachRecommendation", "Referred to Financial Aid"},
        {"outreachTopic", "Academic"},                 {"outreachReason", "Student Hold"}};
    int p = 0;
    for (const auto &[name, value] : values)
        properties.append(QJsonObject{{u"outreachPropertyId"_s, n * 10 + ++p},
                                      {u"outreachId"_s, id},
                                      {u"name"_s, QLatin1StringView(name)},
                                      {u"value"_s, QLatin1StringView(value)},
                                      {u"createdAt"_s, created}});
    const QJsonObject message{{u"outreachId"_s, id},
                              {u"createdAt"_s, created},
                              {u"employeeFirstName"_s, u"Joe"_s},
                              {u"employeeLastName"_s, u"Bob"_s},
                              {u"employeeEmail"_s, u"joe.bob@institution.edu"_s},
                              {u"outreachSource"_s, u"Advisor"_s},
                              {u"outreachMedium"_s, u"Text"_s},
                              {u"students"_s, recipients},
                              {u"outreachProperties"_s, properties}};
    return QJsonDocument(message).toJson(QJsonDocument::Indented);
}

QList<std::pair<QByteArray, QByteArray>> civitasMessages(int first, int count, int students)
{
    QList<std::pair<QByteArray, QByteArray>> out;
    for (int n = first; n < first + count; ++n)
        out.append({"civitas-" + QByteArray::number(n), civitasOutreach(n, students)});
    return out;
}

} // namespace wb::test
