// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/ExportDefinition.h"
#include "formats/FieldType.h"

#include <QCoreApplication>
#include <QString>

namespace wb {
struct DatasetSummary;
}

namespace wb::ui {

// The words the designer, the summary and the Exports page use for a definition's choices,
// in one place so that the same choice is always called the same thing.
class Wording
{
    Q_DECLARE_TR_FUNCTIONS(wb::ui::Wording)

public:
    static QString incrementTitle(Increment increment);    // "New rows"
    static QString incrementSentence(Increment increment); // "Only rows taken in since the last run."
    static QString separatorName(char separator);           // "Semicolon (;)"
    static QString compressionTitle(Compression compression);
    static QString collisionTitle(NameCollision collision);
    static QString fieldTypeTitle(FieldType type);          // "date and time"
    // "Full Measure: Content card opens", or the name of a dataset of the user's own.
    static QString datasetTitle(const DatasetSummary &dataset);
    static QString destinationText(const Destination &destination);
};

} // namespace wb::ui
