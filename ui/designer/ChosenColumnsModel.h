// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/ExportDefinition.h"

#include <QAbstractTableModel>

namespace wb::ui {

class DefinitionEditor;

// The export's columns in file order, Field | Header, with the header edited in place and
// rows reordered by drag and drop; every change goes through the editor as an undoable edit.
class ChosenColumnsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Field, Header, ColumnCount };

    // Rows of this model being dragged (their numbers), and fields of the dataset being
    // dragged in from the available list (their names).
    static constexpr auto ColumnsMime = "application/x-writeback-export-columns";
    static constexpr auto FieldsMime = "application/x-writeback-dataset-fields";

    explicit ChosenColumnsModel(DefinitionEditor *editor, QObject *parent = nullptr);

    // The columns rows `rows` moved to before row `target` (rowCount(): the end).
    static QList<ExportColumn> moved(QList<ExportColumn> columns, QList<int> rows, int target);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

private:
    void sync();

    DefinitionEditor *m_editor;
    QList<ExportColumn> m_columns; // as shown, to tell a renamed header from a new column list
};

} // namespace wb::ui
