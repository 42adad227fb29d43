// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

namespace wb {

struct FormatSpec;

// One column of theirs and the dataset's field it goes to. The column is named by its header,
// or, in a file without a header row, by its position.
struct HeaderMapping
{
    QString header;   // their header, compared loosely as recognition does; empty when by position
    int position = 0; // 1-based column of a file without a header row; 0 when by header
    QString field;    // the dataset's field, snake_case ("email_address", "study_programme")
    int line = 0;     // in the map file it was read from (for messages); 0 when not from a file
};

// Their headers (or column positions) to the dataset's fields, as an intake rule or
// `import --header-map` gives them (docs/formats.md, "Header maps"). Written as a CSV file of
// two columns, `their header,field`, one mapping a line; `#8,study_programme` names the 8th
// column of a file without a header row.
struct HeaderMap
{
    QList<HeaderMapping> mappings;

    bool isEmpty() const { return mappings.isEmpty(); }
    bool byHeader() const;   // some mapping names a header
    bool byPosition() const; // some mapping names a position

    // As the workspace keeps it with a rule: the file it came from may be gone later.
    QByteArray toJson() const;
    static HeaderMap fromJson(QByteArrayView json);
    // "E-mail -> email_address", "#8 -> study_programme", for people.
    QStringList describe() const;

    // A header row with their headers renamed: to the format's documented header of the field
    // (so that recognition finds it), else to the field's name.
    QStringList renamed(const QStringList &header, const FormatSpec *spec) const;
    // The field of each column of a file without a header row, `columns` wide: the format's
    // documented fields in their documented order, moved and added to by the positions mapped;
    // empty where neither names the column.
    QStringList columnFields(qsizetype columns, const FormatSpec *spec) const;
};

// Reads a map file. Problems of form, as "FILE:LINE:COLUMN: what was expected" (the column is
// the CSV field: 1 for their header, 2 for the field), each one; false when there are any, and
// `map` then holds the lines that read well (to be checked against the dataset too).
bool readHeaderMap(const QString &path, HeaderMap *map, QStringList *problems);
bool parseHeaderMap(QByteArrayView content, const QString &fileName, HeaderMap *map, QStringList *problems);

// What is wrong with the map's fields for `dataset`: a known format's fields must be its
// documented ones, except for a position beyond its documented columns (an additional field:
// a name of the user's own); a generic dataset takes any field name. Located in `fileName`
// where the mappings were read from a file.
QStringList headerMapProblems(const HeaderMap &map, const QString &dataset, const QString &fileName);

// A field name a dataset can have: what snakeCase() makes of it is itself.
bool isValidFieldName(const QString &name);

} // namespace wb
