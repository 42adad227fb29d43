// SPDX-License-Identifier: GPL-3.0-or-later
#include "intake/CivitasWriter.h"

#include "formats/FormatSpec.h"

#include <algorithm>

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

// civitas.outreach_details: its columns are the format's fields and one or two per property
// name, so the dataset's info changes as messages bring new names.
struct CivitasWriter::Details
{
    sql::Database *db = nullptr;
    qint64 fileId = 0;
    qint64 seq = 0;
    const FormatSpec *spec = nullptr;
    DatasetInfo info;
    QList<qsizetype> columns; // every field, in the dataset's order
    DatasetWriter writer;
    bool prepared = false;
    QStringList mappedColumns; // the property columns `target` was worked out for
    QList<int> target;         // the dataset's field of each cell of a row

    // Makes every column of `extra` one of the dataset's, and (again) prepares the writer for
    // all of its fields: a message is its outreach's whole state, so a column it does not
    // mention is written empty.
    bool cover(const QList<FieldSpec> &extra, DatasetWriter::Counts *counts, ImportError *error)
    {
        const bool known = std::all_of(extra.begin(), extra.end(),
                                       [this](const FieldSpec &f) { return info.indexOf(f.name) >= 0; });
        if (prepared && known)
            return true;
        if (prepared && !writer.flush(counts, error))
            return false;
        QString why;
        const auto ds = Catalog(*db).ensure(spec->dataset, spec->vendor, spec->title, spec->fields + extra,
                                            spec->naturalKey, &why);
        if (ds) {
            info = *ds;
            QList<int> present;
            columns.clear();
            for (int i = 0; i < info.fields.size(); ++i) {
                present << i;
                columns << i;
            }
            prepared = writer.prepare(*db, info, present, fileId, seq, {}, &why);
        }
        if (!ds || !prepared) {
            prepared = false;
            error->line = 0;
            error->column = 0;
            error->message = why;
            return false;
        }
        return true;
    }
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
    m_details = std::make_unique<Details>();
    m_details->db = &db;
    m_details->fileId = fileId;
    m_details->seq = seq;
    m_details->spec = findFormat(u"civitas.outreach_details"_s);
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
        if (!part->writer.prepare(db, part->info, present, fileId, seq, {}, error))
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
    return addDetails(rows, line, error);
}

bool CivitasWriter::addDetails(const CivitasRows &rows, qint64 line, ImportError *error)
{
    if (rows.details.isEmpty())
        return true;
    Details &d = *m_details;
    // Where each of the rows' cells goes: the format's fields first, then rows.detailColumns.
    // A queue's batch brings one message at a time, mostly with the same property names as
    // the one before: the mapping is worked out again only when the names change.
    const bool same = d.prepared && d.mappedColumns.size() == rows.detailColumns.size()
                      && std::equal(rows.detailColumns.begin(), rows.detailColumns.end(), d.mappedColumns.begin(),
                                    [](const FieldSpec &f, const QString &name) { return f.name == name; });
    if (!same) {
        if (!d.cover(rows.detailColumns, &m_counts, error))
            return false;
        d.target.clear();
        d.mappedColumns.clear();
        for (const FieldSpec &f : d.spec->fields)
            d.target << d.info.indexOf(f.name);
        for (const FieldSpec &f : rows.detailColumns) {
            d.target << d.info.indexOf(f.name);
            d.mappedColumns << f.name;
        }
    }
    const QList<int> &target = d.target;
    for (qsizetype r = 0; r < rows.details.size(); ++r) {
        const QList<QByteArray> &row = rows.details.at(r);
        // With a value: resize(n) leaves a primitive type such as QByteArrayView uninitialised.
        DatasetWriter::Cells cells;
        cells.resize(d.info.fields.size(), QByteArrayView());
        for (qsizetype c = 0; c < row.size() && c < target.size(); ++c)
            cells[target.at(c)] = row.at(c);
        if (!d.writer.add(line > 0 ? line : rows.detailLines.value(r, 1), cells, d.columns, &m_counts, error))
            return false;
    }
    return true;
}

bool CivitasWriter::finish(ImportError *error)
{
    for (const auto &part : m_parts)
        if (!part->writer.flush(&m_counts, error))
            return false;
    return !m_details->prepared || m_details->writer.flush(&m_counts, error);
}

QStringList CivitasWriter::datasets() const
{
    QStringList out;
    for (const auto &part : m_parts)
        out << part->dataset;
    if (m_details && m_details->prepared)
        out << m_details->spec->dataset;
    return out;
}

} // namespace wb
