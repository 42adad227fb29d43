// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChosenColumnsModel.h"

#include "DefinitionEditor.h"
#include "Wording.h"

#include <QMimeData>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wb::ui {

ChosenColumnsModel::ChosenColumnsModel(DefinitionEditor *editor, QObject *parent)
    : QAbstractTableModel(parent)
    , m_editor(editor)
    , m_columns(editor->definition().columns)
{
    connect(editor, &DefinitionEditor::changed, this, &ChosenColumnsModel::sync);
    connect(editor, &DefinitionEditor::contextChanged, this, &ChosenColumnsModel::sync);
}

void ChosenColumnsModel::sync()
{
    const QList<ExportColumn> &now = m_editor->definition().columns;
    if (now == m_columns)
        return;
    bool sameFields = now.size() == m_columns.size();
    for (qsizetype i = 0; sameFields && i < now.size(); ++i)
        sameFields = now[i].field == m_columns[i].field;
    if (sameFields) {
        // Only headers changed: a reset here would close the editor that committed them.
        m_columns = now;
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_columns = now;
    endResetModel();
}

QList<ExportColumn> ChosenColumnsModel::moved(QList<ExportColumn> columns, QList<int> rows, int target)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QList<ExportColumn> taken;
    int before = 0; // taken rows above the target shift it up
    for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
        if (*it < 0 || *it >= columns.size())
            continue;
        taken.prepend(columns.takeAt(*it));
        if (*it < target)
            ++before;
    }
    const int at = std::clamp(target - before, 0, int(columns.size()));
    for (int i = 0; i < taken.size(); ++i)
        columns.insert(at + i, taken[i]);
    return columns;
}

int ChosenColumnsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

int ChosenColumnsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChosenColumnsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_columns.size())
        return {};
    const ExportColumn &c = m_columns[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return index.column() == Field ? c.field : c.header;
    case Qt::ToolTipRole:
        if (index.column() == Header)
            return tr("The column's name in the file's header row. Double-click or press F2 to change it.");
        if (const FieldSpec *f = m_editor->field(c.field))
            return tr("%1: %2, “%3” in the platform's file. Double-click to remove the column.")
                .arg(f->name, Wording::fieldTypeTitle(f->type), f->header);
        return tr("%1 is not a field of the dataset.").arg(c.field);
    default: break;
    }
    return {};
}

bool ChosenColumnsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.column() != Header || index.row() >= m_columns.size())
        return false;
    const int row = index.row();
    const QString header = value.toString();
    m_editor->edit(tr("Rename header to “%1”").arg(header), [row, header](ExportDefinition &d) {
        if (row < d.columns.size())
            d.columns[row].header = header;
    });
    return true;
}

QVariant ChosenColumnsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return section == Field ? tr("Field") : tr("Header");
}

Qt::ItemFlags ChosenColumnsModel::flags(const QModelIndex &index) const
{
    // Drops go between rows, never onto one: a column cannot hold another.
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsDragEnabled;
    if (index.column() == Header)
        f |= Qt::ItemIsEditable;
    return f;
}

Qt::DropActions ChosenColumnsModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

Qt::DropActions ChosenColumnsModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

QStringList ChosenColumnsModel::mimeTypes() const
{
    return {QString::fromLatin1(ColumnsMime), QString::fromLatin1(FieldsMime)};
}

QMimeData *ChosenColumnsModel::mimeData(const QModelIndexList &indexes) const
{
    QList<int> rows;
    for (const QModelIndex &i : indexes) {
        if (!rows.contains(i.row()))
            rows << i.row();
    }
    std::sort(rows.begin(), rows.end());
    QByteArray encoded;
    for (int r : rows)
        encoded += QByteArray::number(r) + '\n';
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(ColumnsMime), encoded);
    return mime;
}

bool ChosenColumnsModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                      const QModelIndex &parent)
{
    Q_UNUSED(column);
    if (action == Qt::IgnoreAction)
        return true;
    const int target = row >= 0 ? row : parent.isValid() ? parent.row() : rowCount();
    if (data->hasFormat(QString::fromLatin1(ColumnsMime))) {
        QList<int> rows;
        for (const QByteArray &line : data->data(QString::fromLatin1(ColumnsMime)).split('\n')) {
            bool ok = false;
            const int r = line.toInt(&ok);
            if (ok)
                rows << r;
        }
        if (rows.isEmpty())
            return false;
        m_editor->edit(tr("Move %n column(s)", nullptr, int(rows.size())), [rows, target](ExportDefinition &d) {
            d.columns = moved(d.columns, rows, target);
        });
        return true;
    }
    if (data->hasFormat(QString::fromLatin1(FieldsMime))) {
        const QStringList fields = QString::fromUtf8(data->data(QString::fromLatin1(FieldsMime)))
                                       .split(u'\n', Qt::SkipEmptyParts);
        if (fields.isEmpty())
            return false;
        m_editor->edit(tr("Add %n column(s)", nullptr, int(fields.size())), [fields, target](ExportDefinition &d) {
            int at = std::clamp(target, 0, int(d.columns.size()));
            for (const QString &f : fields)
                d.columns.insert(at++, ExportColumn{f, f});
        });
        return true;
    }
    return false;
}

} // namespace wb::ui
