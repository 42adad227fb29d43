// SPDX-License-Identifier: GPL-3.0-or-later
#include "PreviewTableModel.h"

#include "Icons.h"

#include <QGuiApplication>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace wb::ui {

void PreviewTableModel::setPreview(const ExportPreview &preview)
{
    beginResetModel();
    m_headers = preview.headers;
    m_rows = preview.rows;
    m_formulas = preview.formulaCells;
    endResetModel();
}

bool PreviewTableModel::isFormula(int row, int column) const
{
    return row < m_formulas.size() && column < m_formulas[row].size() && m_formulas[row][column];
}

int PreviewTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PreviewTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant PreviewTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const QStringList &row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return row.value(index.column());
    case Qt::DecorationRole:
        if (isFormula(index.row(), index.column()))
            return Icons::tone(Icons::Tone::Warning, QGuiApplication::palette());
        break;
    case Qt::ToolTipRole:
        if (isFormula(index.row(), index.column()))
            return tr("Starts with = + - or @: Excel and other spreadsheets would run this value as a formula. "
                      "Turn on “Guard against formulas” in “Format of file” to write it as text.");
        if (row.value(index.column()).isEmpty())
            return tr("(empty)");
        return row.value(index.column());
    default: break;
    }
    return {};
}

QVariant PreviewTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return m_headers.value(section);
}

} // namespace wb::ui
