// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/ExportSource.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace wb {

DatasetSummary withLookup(DatasetSummary dataset, const DatasetSummary &lookup)
{
    const QString title = lookup.title.isEmpty() ? lookup.name : lookup.title;
    for (const FieldSpec &f : lookup.fields)
        dataset.fields << FieldSpec{lookupColumn(f.name), title + u": "_s + f.header, f.type};
    dataset.lookupTable = lookup.table;
    return dataset;
}

std::optional<DatasetSummary> exportSource(const DatasetStore &store, const ExportDefinition &definition)
{
    std::optional<DatasetSummary> dataset = store.dataset(definition.dataset);
    if (!dataset || !definition.lookup)
        return dataset;
    if (const std::optional<DatasetSummary> lookup = store.dataset(definition.lookup->dataset))
        return withLookup(*dataset, *lookup);
    return dataset;
}

QString lookupIndexSql(const ExportDefinition &definition, const QString &table)
{
    if (!definition.lookup || table.isEmpty() || definition.lookup->lookupFields.isEmpty())
        return {};
    QByteArray columns;
    for (const QString &f : definition.lookup->lookupFields)
        columns += sql::quoteIdentifier(f) + ", ";
    // _row last: the latest match is read from the index alone.
    columns += "_row";
    const QString name = table + u"_lookup_"_s
                         + QString::fromLatin1(QCryptographicHash::hash(columns, QCryptographicHash::Sha256).toHex().left(12));
    return QString::fromUtf8("CREATE INDEX IF NOT EXISTS " + sql::quoteIdentifier(name) + " ON "
                             + sql::quoteIdentifier(table) + " (" + columns + ")");
}

bool ensureLookupIndex(sql::Database &db, const ExportDefinition &definition, const DatasetSummary &source,
                       QString *error)
{
    const QString ddl = lookupIndexSql(definition, source.lookupTable);
    return ddl.isEmpty() || db.exec(ddl.toUtf8().constData(), error);
}

} // namespace wb
