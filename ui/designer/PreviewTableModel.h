// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/ExportPreview.h"

#include <QAbstractTableModel>

namespace wb::ui {

// The preview's rows as the file's columns, with the values a spreadsheet would run as
// formulas flagged.
class PreviewTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    void setPreview(const ExportPreview &preview);
    bool isFormula(int row, int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
    QList<QList<bool>> m_formulas;
};

} // namespace wb::ui
