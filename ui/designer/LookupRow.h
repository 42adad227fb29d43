// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace wb::ui {

class DefinitionEditor;

// "Add columns from [dataset] where [its field] = [our field]": the export's lookup of a second
// dataset (Actito profiles onto Actito clicks), edited through the editor like any change.
// The designer edits one pair of match fields; a definition written with more keeps the rest.
class LookupRow : public QWidget
{
    Q_OBJECT

public:
    explicit LookupRow(DefinitionEditor *editor, QWidget *parent = nullptr);

    QComboBox *datasetBox() const { return m_dataset; }
    QComboBox *theirFieldBox() const { return m_theirs; }
    QComboBox *ourFieldBox() const { return m_ours; }

    // Shows the editor's definition; called by the step on every change.
    void reload();

private:
    void chooseDataset(int index);
    void chooseFields();

    DefinitionEditor *m_editor;
    QComboBox *m_dataset;
    QLabel *m_where;
    QComboBox *m_theirs;
    QLabel *m_equals;
    QComboBox *m_ours;
    bool m_loading = false;
};

} // namespace wb::ui
