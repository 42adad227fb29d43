// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/ExportPreview.h"

#include "core/Workspace.h"
#include "export/ExportQuery.h"
#include "export/PreviewReader.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace wb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wb", text);
}

// What Excel does to the file when it is opened by double-click, per column.
void addExcelWarnings(ExportPreview &p, const ExportDefinition &definition, const QList<FieldType> &types)
{
    bool nonAscii = false;
    QList<int> leadingZero, formulas;
    for (int r = 0; r < p.rows.size(); ++r) {
        for (int c = 0; c < p.rows.at(r).size(); ++c) {
            const QByteArray v = p.rows.at(r).at(c).toUtf8();
            nonAscii = nonAscii || CsvFormatter::isNonAscii(v);
            if (CsvFormatter::hasLeadingZero(v) && !leadingZero.contains(c))
                leadingZero << c;
            if (p.formulaCells.at(r).at(c) && !formulas.contains(c))
                formulas << c;
        }
    }
    auto headerOf = [&](int c) { return p.headers.value(c); };
    if (nonAscii && !definition.format.bom)
        p.warnings << tr("Some values have accents or other non-ASCII characters: Excel shows them garbled "
                         "unless the file starts with a byte-order mark (Format of file: BOM).");
    for (int c : std::as_const(leadingZero))
        p.warnings << tr("\"%1\" has values with leading zeros: Excel drops them (007 becomes 7).").arg(headerOf(c));
    for (int c : std::as_const(formulas))
        p.warnings << tr("\"%1\" has values starting with = + - or @: Excel may run them as formulas. "
                         "Turn on the formula guard to write them as text.").arg(headerOf(c));
    // Day-first dates are read month-first by a US Excel (and the other way round), and
    // silently so whenever the day is 12 or less.
    static const QRegularExpression dayMonth(u"^d{1,2}[/.-]M{1,2}[/.-]"_s);
    static const QRegularExpression monthDay(u"^M{1,2}[/.-]d{1,2}[/.-]"_s);
    for (int c = 0; c < types.size(); ++c) {
        const QString &pattern = types.at(c) == FieldType::Date       ? definition.format.date
                                 : types.at(c) == FieldType::DateTime ? definition.format.dateTime
                                                                      : QString();
        if (!pattern.isEmpty() && (dayMonth.match(pattern).hasMatch() || monthDay.match(pattern).hasMatch())) {
            p.warnings << tr("\"%1\" is written as %2: Excel reads such dates in the order of the computer's "
                             "regional settings and may swap day and month. yyyy-MM-dd is read the same everywhere.")
                              .arg(headerOf(c), pattern);
            break;
        }
    }
}

} // namespace

ExportPreview buildPreview(Workspace &workspace, const ExportDefinition &definition, int rows)
{
    PreviewReader reader(workspace.path());
    return reader.build(definition, rows);
}

void formatPreview(ExportPreview &p, ExportQuery &query, const ExportDefinition &definition, int rows)
{
    const CsvFormatter formatter(definition.format, query.types);
    for (const ExportColumn &c : definition.columns)
        p.headers << c.header;
    p.text = formatter.bom();
    if (definition.format.headerRow)
        formatter.appendHeader(p.text, p.headers);
    ValueFormat unguarded = definition.format;
    unguarded.formulaGuard = false;
    const CsvFormatter raw(unguarded, query.types);
    while (p.rows.size() < rows && query.next()) {
        formatter.appendRow(p.text, query.cells());
        QStringList cells;
        QList<bool> formulas;
        for (int c = 0; c < query.types.size(); ++c) {
            cells << QString::fromUtf8(formatter.formatValue(c, query.cells()[c]));
            formulas << (!definition.format.formulaGuard
                         && CsvFormatter::looksLikeFormula(raw.formatValue(c, query.cells()[c])));
        }
        p.rows << cells;
        p.formulaCells << formulas;
    }
    if (!query.error().isEmpty())
        p.error = query.error();
    addExcelWarnings(p, definition, query.types);
}

} // namespace wb
