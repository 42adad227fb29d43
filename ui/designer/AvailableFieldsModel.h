// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/FormatSpec.h"

#include <QAbstractListModel>

namespace wb::ui {

class DefinitionEditor;

// The chosen dataset's fields that are not columns of the export yet, in the dataset's order.
// Fields are dragged from here into the columns, and columns dragged back here are removed.
class AvailableFieldsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { NameRole = Qt::UserRole + 1 };

    explicit AvailableFieldsModel(DefinitionEditor *editor, QObject *parent = nullptr);

    FieldSpec fieldAt(int row) const { return m_fields.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
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
    QList<FieldSpec> m_fields;
};

} // namespace wb::ui
