// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/DeliveryManifest.h"

#include "export/ExportDefinition.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace wb {

namespace {

QJsonObject range(qint64 from, qint64 to)
{
    return {{u"from"_s, from}, {u"to"_s, to}};
}

QJsonObject mark(qint64 row, qint64 seq)
{
    return {{u"row"_s, row}, {u"change"_s, seq}};
}

} // namespace

QString DeliveryManifest::nameFor(const QString &fileName)
{
    return fileName + u".manifest.json"_s;
}

QString DeliveryManifest::definitionHash(const ExportDefinition &definition)
{
    return QString::fromLatin1(QCryptographicHash::hash(definition.toJson(), QCryptographicHash::Sha256).toHex());
}

QByteArray DeliveryManifest::toJson() const
{
    // JSON numbers are exact up to 2^53 in every reader; row ids and counts stay far below.
    QJsonObject o{
        {u"format"_s, QString::fromLatin1(Format)},
        {u"export"_s, exportName},
        {u"run_id"_s, runId},
        {u"file"_s, QJsonObject{{u"name"_s, fileName}, {u"size"_s, size}, {u"sha256"_s, sha256}}},
        {u"rows"_s, rows},
        {u"row_range"_s, range(fromRow, toRow)},
        {u"change_range"_s, range(fromSeq, toSeq)},
        {u"watermark"_s, QJsonObject{{u"before"_s, mark(watermarkRowBefore, watermarkSeqBefore)},
                                     {u"after"_s, mark(watermarkRowAfter, watermarkSeqAfter)}}},
        {u"definition_sha256"_s, definitionSha256},
        {u"created_at"_s, createdAt.toUTC().toString(Qt::ISODateWithMs)},
    };
    if (redeliveryOf > 0)
        o[u"redelivery_of"_s] = redeliveryOf;
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

} // namespace wb
