// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StepPage.h"

class QLabel;
class QListView;
class QPushButton;
class QTableView;

namespace wb::ui {

class AvailableFieldsModel;
class LookupRow;
class ChosenColumnsModel;

// Step 2: which fields become columns, in which order, under which headers.
class ChooseDataStep : public StepPage
{
    Q_OBJECT

public:
    ChooseDataStep(DefinitionEditor *editor, QWidget *parent = nullptr);

    QListView *availableView() const { return m_availableView; }
    QTableView *columnsView() const { return m_columnsView; }
    AvailableFieldsModel *availableModel() const { return m_available; }
    ChosenColumnsModel *columnsModel() const { return m_columns; }
    LookupRow *lookupRow() const { return m_lookup; }

    void addSelected();
    void addAll();
    void removeSelected();
    void removeAll();
    // Moves the selected columns one place up (-1) or down (+1), keeping them selected.
    void moveSelected(int by);

protected:
    void reload() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QList<int> selectedColumns() const;
    void addColumns(const QStringList &fields);
    void updateButtons();
    void updateCounts();

    AvailableFieldsModel *m_available;
    ChosenColumnsModel *m_columns;
    QLabel *m_availableLabel;
    QListView *m_availableView;
    QLabel *m_columnsLabel;
    QTableView *m_columnsView;
    QPushButton *m_add;
    QPushButton *m_addAll;
    QPushButton *m_remove;
    QPushButton *m_removeAll;
    QPushButton *m_up;
    QPushButton *m_down;
    LookupRow *m_lookup;
};

} // namespace wb::ui
