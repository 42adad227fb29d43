// SPDX-License-Identifier: GPL-3.0-or-later
#include "AvailableFieldsModel.h"

#include "ChosenColumnsModel.h"
#include "DefinitionEditor.h"
#include "Wording.h"

#include <QMimeData>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wb::ui {

AvailableFieldsModel::AvailableFieldsModel(DefinitionEditor *editor, QObject *parent)
    : QAbstractListModel(parent)
    , m_editor(editor)
{
    connect(editor, &DefinitionEditor::changed, this, &AvailableFieldsModel::sync);
    connect(editor, &DefinitionEditor::contextChanged, this, &AvailableFieldsModel::sync);
    sync();
}

void AvailableFieldsModel::sync()
{
    QList<FieldSpec> fields;
    if (const DatasetSummary *d = m_editor->dataset()) {
        QStringList chosen;
        for (const ExportColumn &c : m_editor->definition().columns)
            chosen << c.field;
        for (const FieldSpec &f : d->fields) {
            if (!chosen.contains(f.name))
                fields << f;
        }
    }
    auto same = [](const FieldSpec &a, const FieldSpec &b) { return a.name == b.name; };
    if (std::equal(fields.cbegin(), fields.cend(), m_fields.cbegin(), m_fields.cend(), same))
        return;
    beginResetModel();
    m_fields = fields;
    endResetModel();
}

int AvailableFieldsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

QVariant AvailableFieldsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_fields.size())
        return {};
    const FieldSpec &f = m_fields[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return f.name;
    case Qt::ToolTipRole:
        return tr("%1: %2, “%3” in the platform's file. Double-click or press Enter to add it.")
            .arg(f.name, Wording::fieldTypeTitle(f.type), f.header);
    default: break;
    }
    return {};
}

Qt::ItemFlags AvailableFieldsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsDragEnabled;
}

Qt::DropActions AvailableFieldsModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

Qt::DropActions AvailableFieldsModel::supportedDragActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

QStringList AvailableFieldsModel::mimeTypes() const
{
    return {QString::fromLatin1(ChosenColumnsModel::ColumnsMime)};
}

QMimeData *AvailableFieldsModel::mimeData(const QModelIndexList &indexes) const
{
    QList<int> rows;
    for (const QModelIndex &i : indexes)
        rows << i.row();
    std::sort(rows.begin(), rows.end());
    QStringList names;
    for (int r : rows)
        names << m_fields.value(r).name;
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(ChosenColumnsModel::FieldsMime), names.join(u'\n').toUtf8());
    return mime;
}

bool AvailableFieldsModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                        const QModelIndex &)
{
    if (action == Qt::IgnoreAction)
        return true;
    QList<int> rows;
    for (const QByteArray &line : data->data(QString::fromLatin1(ChosenColumnsModel::ColumnsMime)).split('\n')) {
        bool ok = false;
        const int r = line.toInt(&ok);
        if (ok)
            rows << r;
    }
    if (rows.isEmpty())
        return false;
    std::sort(rows.begin(), rows.end());
    m_editor->edit(tr("Remove %n column(s)", nullptr, int(rows.size())), [rows](ExportDefinition &d) {
        for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
            if (*it < d.columns.size())
                d.columns.removeAt(*it);
        }
    });
    return true;
}

} // namespace wb::ui
