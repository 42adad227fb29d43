// SPDX-License-Identifier: GPL-3.0-or-later
#include "intake/ColumnPlan.h"

#include "intake/Importer.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace wb {

namespace {

// lupdate files a tr() under the scope that calls it: "wb" for the free functions here.
QString tr(const char *text)
{
    return QCoreApplication::translate("wb", text);
}

// A file without a header row: each documented field in the column named for it.
void placeByPosition(Detection &d, const QStringList &columnFields)
{
    d.columnOf.clear();
    for (const FieldSpec &f : d.spec->fields)
        d.columnOf << int(columnFields.indexOf(f.name));
}

void addSplitParts(const FormatSpec &spec, ColumnPlan &plan)
{
    for (const SplitSpec &split : spec.splits) {
        const qsizetype from = std::find_if(plan.fields.cbegin(), plan.fields.cend(),
                                            [&](const FieldSpec &f) { return f.name == split.field; })
                               - plan.fields.cbegin();
        if (from == plan.fields.size() || from >= plan.sourceColumn.size())
            continue;
        const qsizetype column = plan.sourceColumn.at(from);
        for (int i = 0; i < split.parts.size(); ++i) {
            plan.fields << split.parts.at(i);
            plan.sourceColumn << column;
            plan.parts << ColumnPlan::Part{column, i, int(split.parts.size()), split.separator};
        }
    }
}

} // namespace

ColumnPlan planColumns(const ImportRequest &request, const QString &fileName, const QStringList &firstRow)
{
    ColumnPlan plan;
    Detection &d = plan.detection;
    const HeaderMap &map = request.headerMap;
    const qsizetype width = firstRow.size();
    const FormatSpec *forced = request.dataset.isEmpty() ? nullptr : findFormat(request.dataset);
    const bool generic = !request.dataset.isEmpty() && !forced;
    // A map naming columns only by position is for files without a header row.
    std::optional<bool> hasHeader = request.hasHeader;
    if (!hasHeader && map.byPosition() && !map.byHeader())
        hasHeader = false;

    QStringList header;
    if (hasHeader == false) {
        d.hasHeader = false;
        if (forced)
            d.spec = forced;
        else if (!generic)
            d = detectHeaderless(fileName, width);
        if (!d.spec && !generic)
            d.error = tr("%1: without a header row only a format that may come without one is recognised, by its "
                         "name and its number of columns (Deployteq's); name the dataset (CLI: --as NAME).")
                          .arg(QFileInfo(fileName).fileName());
    } else {
        header = map.renamed(firstRow, forced);
        if (generic)
            d.hasHeader = true;
        else if (forced)
            d = hasHeader.has_value() ? matchCsvHeader(*forced, fileName, header) : matchCsv(*forced, fileName, header);
        else
            d = hasHeader.has_value() ? detectCsvHeader(fileName, header) : detectCsv(fileName, header);
    }
    QStringList columnFields;
    if (!d.hasHeader) {
        columnFields = map.columnFields(width, d.spec);
        if (d.spec) {
            placeByPosition(d, columnFields);
            QStringList missing; // documented fields the file lacks that may not be missing
            for (int i = 0; i < d.spec->fields.size(); ++i)
                if (d.columnOf.at(i) < 0 && !d.spec->fields.at(i).optional)
                    missing << d.spec->fields.at(i).name;
            if (!missing.isEmpty()) {
                plan.error = tr("the file has %1 column(s) and no header row: %2 lacks its field(s) %3 (a header "
                                "map can place them: #POSITION,field)")
                                 .arg(width).arg(d.spec->dataset, missing.join(u", "_s));
                return plan;
            }
        }
    }
    // A forced per-table dataset keeps its table's name ("actito.linked_data_orders").
    plan.dataset = d.spec ? (forced ? request.dataset : d.spec->dataset) : generic ? request.dataset : QString();
    if (plan.dataset.isEmpty()) {
        plan.error = d.error;
        return plan;
    }

    // The format's documented fields the file has, then its other columns as text.
    QList<bool> used(width, false);
    if (d.spec) {
        for (int i = 0; i < d.spec->fields.size(); ++i) {
            const int at = d.columnOf.value(i, -1);
            if (at < 0)
                continue;
            plan.fields << d.spec->fields.at(i);
            plan.sourceColumn << at;
            used[at] = true;
        }
    }
    QSet<QString> names;
    for (const FieldSpec &f : std::as_const(plan.fields))
        names.insert(f.name);
    // A column of the file never lands in a field the app fills ("deleted", "country").
    if (d.spec)
        for (const FieldSpec &f : d.spec->ownFields())
            names.insert(f.name);
    for (qsizetype i = 0; i < width; ++i) {
        if (used.at(i))
            continue;
        QString base = d.hasHeader ? snakeCase(header.at(i)) : columnFields.at(i);
        if (base.isEmpty())
            base = u"column_%1"_s.arg(i + 1);
        QString name = base;
        for (int n = 2; names.contains(name); ++n)
            name = base + u"_%1"_s.arg(n);
        names.insert(name);
        plan.fields << FieldSpec{name, d.hasHeader ? header.at(i) : name, FieldType::Text};
        plan.sourceColumn << i;
    }
    if (d.spec)
        addSplitParts(*d.spec, plan);
    return plan;
}

} // namespace wb
