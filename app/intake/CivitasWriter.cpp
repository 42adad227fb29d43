// SPDX-License-Identifier: GPL-3.0-or-later
#include "intake/CivitasWriter.h"

#include "formats/FormatSpec.h"

using namespace Qt::StringLiterals;

namespace wb {

struct CivitasWriter::Part
{
    QString dataset;
    // Which of CivitasRows' tables this part writes, and the lines of its rows.
    const QList<QList<QByteArray>> CivitasRows::*rows;
    const QList<qint64> CivitasRows::*lines;
    DatasetInfo info;
    QList<qsizetype> columns;
    DatasetWriter writer;
};

CivitasWriter::CivitasWriter() = default;
CivitasWriter::~CivitasWriter() = default;

bool CivitasWriter::prepare(sql::Database &db, qint64 fileId, qint64 seq, QString *error)
{
    struct Table
    {
        QString dataset;
        const QList<QList<QByteArray>> CivitasRows::*rows;
        const QList<qint64> CivitasRows::*lines;
    };
    const Table tables[] = {{u"civitas.outreach"_s, &CivitasRows::outreach, &CivitasRows::outreachLines},
                            {u"civitas.outreach_properties"_s, &CivitasRows::properties, &CivitasRows::propertyLines}};
    Catalog catalog(db);
    m_parts.clear();
    for (const Table &t : tables) {
        const FormatSpec *spec = findFormat(t.dataset);
        const auto ds = catalog.ensure(spec->dataset, spec->vendor, spec->title, spec->fields, spec->naturalKey, error);
        if (!ds)
            return false;
        auto part = std::make_unique<Part>();
        part->dataset = t.dataset;
        part->rows = t.rows;
        part->lines = t.lines;
        part->info = *ds;
        QList<int> present;
        for (int i = 0; i < spec->fields.size(); ++i) {
            present << ds->indexOf(spec->fields.at(i).name);
            part->columns << i;
        }
        // The writer keeps a pointer to the info: it lives in the part, which does not move.
        if (!part->writer.prepare(db, part->info, present, fileId, seq, error))
            return false;
        m_parts.push_back(std::move(part));
    }
    return true;
}

bool CivitasWriter::add(const CivitasRows &rows, qint64 line, ImportError *error)
{
    for (const auto &part : m_parts) {
        const QList<QList<QByteArray>> &table = rows.*(part->rows);
        const QList<qint64> &lines = rows.*(part->lines);
        for (qsizetype r = 0; r < table.size(); ++r) {
            DatasetWriter::Cells cells;
            for (const QByteArray &c : table.at(r))
                cells.append(c);
            if (!part->writer.add(line > 0 ? line : lines.value(r, 1), cells, part->columns, &m_counts, error))
                return false;
        }
    }
    return true;
}

bool CivitasWriter::finish(ImportError *error)
{
    for (const auto &part : m_parts)
        if (!part->writer.flush(&m_counts, error))
            return false;
    return true;
}

QStringList CivitasWriter::datasets() const
{
    QStringList out;
    for (const auto &part : m_parts)
        out << part->dataset;
    return out;
}

} // namespace wb
