// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StepPage.h"

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;

namespace wb::ui {

// Step 1: the export's name, the dataset it reads and which rows each run takes.
class GeneralStep : public StepPage
{
    Q_OBJECT

public:
    GeneralStep(DefinitionEditor *editor, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *datasetCombo() const { return m_dataset; }

    // The file name an export's name suggests: the name itself, as the JSON definition's
    // default is, with whatever a file name cannot hold replaced by '_'.
    static QString fileNameFor(const QString &exportName);

protected:
    void reload() override;

private:
    void chooseDataset(int index);
    void fillDatasets();

    QLineEdit *m_name;
    QLabel *m_nameProblem;
    QComboBox *m_dataset;
    QButtonGroup *m_increments;
};

} // namespace wb::ui
