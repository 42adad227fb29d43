// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChooseDataStep.h"

#include "AvailableFieldsModel.h"
#include "ChosenColumnsModel.h"
#include "DefinitionEditor.h"
#include "LookupRow.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QKeyEvent>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wb::ui {

namespace {

// With whole rows selected, the current cell is often the field; F2 and typing should still
// rename the header, the only thing here that can be edited.
class ColumnsView : public QTableView
{
public:
    using QTableView::QTableView;

protected:
    bool edit(const QModelIndex &index, EditTrigger trigger, QEvent *event) override
    {
        if (index.isValid() && index.column() == ChosenColumnsModel::Field && trigger != DoubleClicked
            && trigger != SelectedClicked && trigger != AllEditTriggers)
            return QTableView::edit(index.siblingAtColumn(ChosenColumnsModel::Header), trigger, event);
        return QTableView::edit(index, trigger, event);
    }
};

} // namespace

ChooseDataStep::ChooseDataStep(DefinitionEditor *editor, QWidget *parent)
    : StepPage(editor, tr("Choose data"),
               tr("Pick the fields the file holds, in the order its columns should have, and name their headers."),
               parent)
    , m_available(new AvailableFieldsModel(editor, this))
    , m_columns(new ChosenColumnsModel(editor, this))
    , m_availableLabel(new QLabel(this))
    , m_availableView(new QListView(this))
    , m_columnsLabel(new QLabel(this))
    , m_columnsView(new ColumnsView(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_addAll(new QPushButton(tr("Add all"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_removeAll(new QPushButton(tr("Remove all"), this))
    , m_up(new QPushButton(tr("Move &up"), this))
    , m_down(new QPushButton(tr("Move &down"), this))
    , m_lookup(new LookupRow(editor, this))
{
    setObjectName(u"chooseDataStep"_s);

    m_availableLabel->setObjectName(u"availableLabel"_s);
    m_availableLabel->setBuddy(m_availableView);
    m_availableView->setObjectName(u"availableFields"_s);
    m_availableView->setModel(m_available);
    // Fields flow as a compact grid: a dataset has a handful to a few dozen of them.
    m_availableView->setFlow(QListView::LeftToRight);
    m_availableView->setWrapping(true);
    m_availableView->setResizeMode(QListView::Adjust);
    m_availableView->setSpacing(3);
    m_availableView->setUniformItemSizes(false);
    m_availableView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_availableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_availableView->setDragEnabled(true);
    m_availableView->setAcceptDrops(true);
    m_availableView->setDragDropMode(QAbstractItemView::DragDrop);
    m_availableView->setDefaultDropAction(Qt::MoveAction);
    m_availableView->setMinimumHeight(fontMetrics().height() * 4);
    m_add->setObjectName(u"addColumnButton"_s);
    m_add->setToolTip(tr("Add the selected fields as columns (Enter)"));
    m_addAll->setObjectName(u"addAllButton"_s);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_add);
    addRow->addWidget(m_addAll);
    addRow->addStretch(1);

    m_columnsLabel->setObjectName(u"columnsLabel"_s);
    m_columnsLabel->setBuddy(m_columnsView);
    m_columnsView->setObjectName(u"columnsTable"_s);
    m_columnsView->setModel(m_columns);
    m_columnsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_columnsView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_columnsView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                   | QAbstractItemView::AnyKeyPressed);
    m_columnsView->setDragEnabled(true);
    m_columnsView->setAcceptDrops(true);
    m_columnsView->setDragDropMode(QAbstractItemView::DragDrop);
    m_columnsView->setDragDropOverwriteMode(false);
    m_columnsView->setDefaultDropAction(Qt::MoveAction);
    m_columnsView->setDropIndicatorShown(true);
    m_columnsView->setAlternatingRowColors(true);
    m_columnsView->setShowGrid(false);
    m_columnsView->setWordWrap(false);
    m_columnsView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_columnsView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_columnsView->verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_columnsView->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_columnsView->horizontalHeader()->setHighlightSections(false);
    m_columnsView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_up->setObjectName(u"moveUpButton"_s);
    m_up->setToolTip(tr("Move the selected columns one place to the left in the file (Ctrl+Up)"));
    m_down->setObjectName(u"moveDownButton"_s);
    m_down->setToolTip(tr("Move the selected columns one place to the right in the file (Ctrl+Down)"));
    m_remove->setObjectName(u"removeColumnButton"_s);
    m_remove->setToolTip(tr("Remove the selected columns (Delete)"));
    m_removeAll->setObjectName(u"removeAllButton"_s);
    auto *columnRow = new QHBoxLayout;
    columnRow->addWidget(m_up);
    columnRow->addWidget(m_down);
    columnRow->addStretch(1);
    columnRow->addWidget(m_remove);
    columnRow->addWidget(m_removeAll);

    body()->addWidget(m_lookup);
    body()->addWidget(m_availableLabel);
    body()->addWidget(m_availableView, 2);
    body()->addLayout(addRow);
    body()->addSpacing(4);
    body()->addWidget(m_columnsLabel);
    body()->addWidget(m_columnsView, 3);
    body()->addLayout(columnRow);
    body()->addWidget(hint(tr("Double-click a header to rename it. Drag fields in and out, and rows up and "
                              "down; from the keyboard, Enter adds, Delete removes, Ctrl+Up and Ctrl+Down move.")));

    connect(m_add, &QPushButton::clicked, this, &ChooseDataStep::addSelected);
    connect(m_addAll, &QPushButton::clicked, this, &ChooseDataStep::addAll);
    connect(m_remove, &QPushButton::clicked, this, &ChooseDataStep::removeSelected);
    connect(m_removeAll, &QPushButton::clicked, this, &ChooseDataStep::removeAll);
    connect(m_up, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveSelected(+1); });
    connect(m_availableView, &QListView::doubleClicked, this, &ChooseDataStep::addSelected);
    connect(m_columnsView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() == ChosenColumnsModel::Field)
            removeSelected();
    });
    // Keys are filtered rather than made shortcuts: Enter must not also reach the dialog's
    // default button, and Ctrl+Up must not also move the current row.
    m_availableView->installEventFilter(this);
    m_columnsView->installEventFilter(this);
    connect(m_availableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ChooseDataStep::updateButtons);
    connect(m_columnsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ChooseDataStep::updateButtons);
    connect(m_available, &QAbstractItemModel::modelReset, this, &ChooseDataStep::updateButtons);
    connect(m_columns, &QAbstractItemModel::modelReset, this, &ChooseDataStep::updateButtons);
    connect(m_available, &QAbstractItemModel::modelReset, this, &ChooseDataStep::updateCounts);
    connect(m_columns, &QAbstractItemModel::modelReset, this, &ChooseDataStep::updateCounts);
    refresh();
}

bool ChooseDataStep::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress || (watched != m_availableView && watched != m_columnsView))
        return StepPage::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
    if (watched == m_availableView && mods == Qt::NoModifier
        && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
        addSelected();
        return true;
    }
    // Keys a header's editor passes on to the view are not for the view's rows.
    if (watched == m_columnsView && QApplication::focusWidget() == m_columnsView) {
        if (mods == Qt::NoModifier && (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace)) {
            removeSelected();
            return true;
        }
        if (mods == Qt::ControlModifier && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
            moveSelected(key->key() == Qt::Key_Up ? -1 : +1);
            return true;
        }
    }
    return StepPage::eventFilter(watched, event);
}

void ChooseDataStep::updateCounts()
{
    m_availableLabel->setText(tr("A&vailable fields (%1)").arg(m_available->rowCount()));
    m_columnsLabel->setText(tr("Columns of the &file (%1)").arg(m_columns->rowCount()));
}

void ChooseDataStep::reload()
{
    m_lookup->reload();
    // The models follow the same change, but may not have yet.
    updateCounts();
    if (!m_editor->dataset())
        m_availableView->setToolTip(tr("Choose a dataset in the first step to see its fields."));
    else
        m_availableView->setToolTip({});
    updateButtons();
}

QList<int> ChooseDataStep::selectedColumns() const
{
    QList<int> rows;
    for (const QModelIndex &i : m_columnsView->selectionModel()->selectedRows())
        rows << i.row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void ChooseDataStep::addSelected()
{
    QStringList fields;
    QModelIndexList picked = m_availableView->selectionModel()->selectedIndexes();
    if (picked.isEmpty() && m_availableView->currentIndex().isValid())
        picked << m_availableView->currentIndex();
    std::sort(picked.begin(), picked.end());
    for (const QModelIndex &i : picked)
        fields << i.data(AvailableFieldsModel::NameRole).toString();
    if (fields.isEmpty())
        return;
    const int firstRow = picked.first().row();
    addColumns(fields);
    // The next field is ready to be added in turn.
    const int next = std::min(firstRow, m_available->rowCount() - 1);
    if (next >= 0)
        m_availableView->setCurrentIndex(m_available->index(next));
    m_columnsView->scrollToBottom();
}

void ChooseDataStep::addAll()
{
    QStringList fields;
    for (int r = 0; r < m_available->rowCount(); ++r)
        fields << m_available->fieldAt(r).name;
    if (fields.isEmpty())
        return;
    addColumns(fields);
}

void ChooseDataStep::addColumns(const QStringList &fields)
{
    m_editor->edit(tr("Add %n column(s)", nullptr, int(fields.size())), [fields](ExportDefinition &d) {
        for (const QString &f : fields) {
            // A lookup field is headed by its own name, unless the file has that header already.
            QString header = lookupFieldOf(f).isEmpty() ? f : lookupFieldOf(f);
            if (std::any_of(d.columns.cbegin(), d.columns.cend(),
                            [&](const ExportColumn &c) { return c.header.compare(header, Qt::CaseInsensitive) == 0; }))
                header = f;
            d.columns << ExportColumn{f, header};
        }
    });
}

void ChooseDataStep::removeSelected()
{
    const QList<int> rows = selectedColumns();
    if (rows.isEmpty())
        return;
    m_editor->edit(tr("Remove %n column(s)", nullptr, int(rows.size())), [rows](ExportDefinition &d) {
        for (auto it = rows.crbegin(); it != rows.crend(); ++it)
            d.columns.removeAt(*it);
    });
    const int next = std::min(rows.first(), m_columns->rowCount() - 1);
    if (next >= 0)
        m_columnsView->selectRow(next);
}

void ChooseDataStep::removeAll()
{
    m_editor->edit(tr("Remove all columns"), [](ExportDefinition &d) { d.columns.clear(); });
}

void ChooseDataStep::moveSelected(int by)
{
    const QList<int> rows = selectedColumns();
    const int count = m_columns->rowCount();
    if (rows.isEmpty() || (by < 0 && rows.first() == 0) || (by > 0 && rows.last() == count - 1))
        return;
    // Past the neighbour: moved() places rows before its target.
    const int target = by < 0 ? rows.first() - 1 : rows.last() + 2;
    const QString text = tr("Move %n column(s) %1", nullptr, int(rows.size())).arg(by < 0 ? tr("left") : tr("right"));
    m_editor->edit(text, [rows, target](ExportDefinition &d) {
        d.columns = ChosenColumnsModel::moved(d.columns, rows, target);
    });
    // The moved block stays selected, so that pressing the key again moves it further.
    QItemSelection selection;
    const int first = by < 0 ? target : target - int(rows.size());
    selection.select(m_columns->index(first, 0), m_columns->index(first + int(rows.size()) - 1,
                                                                ChosenColumnsModel::ColumnCount - 1));
    m_columnsView->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    m_columnsView->selectionModel()->setCurrentIndex(m_columns->index(first, ChosenColumnsModel::Header),
                                                     QItemSelectionModel::NoUpdate);
}

void ChooseDataStep::updateButtons()
{
    const QList<int> rows = selectedColumns();
    const int count = m_columns->rowCount();
    m_add->setEnabled(m_availableView->selectionModel()->hasSelection());
    m_addAll->setEnabled(m_available->rowCount() > 0);
    m_remove->setEnabled(!rows.isEmpty());
    m_removeAll->setEnabled(count > 0);
    m_up->setEnabled(!rows.isEmpty() && rows.first() > 0);
    m_down->setEnabled(!rows.isEmpty() && rows.last() < count - 1);
}

} // namespace wb::ui
