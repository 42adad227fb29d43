// SPDX-License-Identifier: GPL-3.0-or-later
#include "Wording.h"

#include "store/DatasetStore.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace wb::ui {

QString Wording::incrementTitle(Increment increment)
{
    switch (increment) {
    case Increment::Created: return tr("New rows");
    case Increment::Updated: return tr("Changed rows");
    case Increment::CreatedOrUpdated: return tr("New and changed rows");
    case Increment::Full: return tr("Every row");
    case Increment::Deleted: return tr("Deleted records");
    }
    return {};
}

QString Wording::incrementSentence(Increment increment)
{
    switch (increment) {
    case Increment::Created: return tr("Only rows taken in since the last run.");
    case Increment::Updated:
        return tr("Only rows a later file changed since the last run; rows that are simply new are left out.");
    case Increment::CreatedOrUpdated: return tr("Rows taken in or changed since the last run.");
    case Increment::Full: return tr("Every row of the dataset, on every run.");
    case Increment::Deleted:
        return tr("Only records a deleted-records export marked deleted since the last run, each once.");
    }
    return {};
}

QString Wording::separatorName(char separator)
{
    switch (separator) {
    case ',': return tr("Comma (,)");
    case ';': return tr("Semicolon (;)");
    case '\t': return tr("Tab");
    default: return QString(QLatin1Char(separator));
    }
}

QString Wording::compressionTitle(Compression compression)
{
    switch (compression) {
    case Compression::None: return tr("None");
    case Compression::Gzip: return tr("gzip (.csv.gz)");
    case Compression::Zip: return tr("zip (.zip)");
    }
    return {};
}

QString Wording::collisionTitle(NameCollision collision)
{
    switch (collision) {
    case NameCollision::AddSequence: return tr("Add _2, _3… before the extension");
    case NameCollision::Fail: return tr("Fail the run");
    }
    return {};
}

QString Wording::fieldTypeTitle(FieldType type)
{
    switch (type) {
    case FieldType::Text: return tr("text");
    case FieldType::Integer: return tr("whole number");
    case FieldType::Boolean: return tr("yes/no");
    case FieldType::Date: return tr("date");
    case FieldType::DateTime: return tr("date and time");
    }
    return {};
}

QString Wording::datasetTitle(const DatasetSummary &dataset)
{
    if (dataset.title.isEmpty())
        return dataset.name;
    return dataset.vendor.isEmpty() ? dataset.title : tr("%1: %2").arg(dataset.vendor, dataset.title);
}

QString Wording::destinationText(const Destination &destination)
{
    if (destination.type == Destination::Type::Local)
        return destination.path.isEmpty() ? tr("no folder chosen") : QDir::toNativeSeparators(destination.path);
    if (destination.connection.isEmpty())
        return tr("no connection chosen");
    return destination.path.isEmpty() ? tr("%1, its write path").arg(destination.connection)
                                      : tr("%1: %2").arg(destination.connection, destination.path);
}

} // namespace wb::ui
