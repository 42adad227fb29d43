// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace wb {

struct ExportDefinition;

// What a run's manifest says about its file, so that the receiving side can check it got
// every row exactly once: the file (name, size, SHA-256), its rows, the row-id and change
// ranges it covers, the export's watermark before and after, and a hash of the definition
// that wrote it. Ranges are (from, to]: from is the watermark the run started at.
struct DeliveryManifest
{
    QString exportName;
    qint64 runId = 0;
    qint64 redeliveryOf = 0; // 0: a new run
    QString fileName;
    qint64 size = 0;
    QString sha256; // hex
    qint64 rows = 0;
    qint64 fromRow = 0, toRow = 0;
    qint64 fromSeq = 0, toSeq = 0;
    qint64 watermarkRowBefore = 0, watermarkSeqBefore = 0;
    qint64 watermarkRowAfter = 0, watermarkSeqAfter = 0;
    QString definitionSha256; // hex, of ExportDefinition::toJson()
    QDateTime createdAt;

    static constexpr const char *Format = "writeback-studio/delivery-manifest/1";
    // "opens_20261122.csv.gz" -> "opens_20261122.csv.gz.manifest.json"
    static QString nameFor(const QString &fileName);
    static QString definitionHash(const ExportDefinition &definition);
    QByteArray toJson() const;
};

} // namespace wb
