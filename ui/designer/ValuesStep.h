// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StepPage.h"

class QComboBox;
class QLabel;
class QLineEdit;

namespace wb::ui {

// Step 3: how booleans, dates, date-times and multiple values are written.
class ValuesStep : public StepPage
{
    Q_OBJECT

public:
    ValuesStep(DefinitionEditor *editor, QWidget *parent = nullptr);

    QComboBox *booleanCombo() const { return m_boolean; }
    QComboBox *presetCombo() const { return m_preset; }
    QLineEdit *dateEdit() const { return m_date; }
    QLineEdit *dateTimeEdit() const { return m_dateTime; }

protected:
    void reload() override;

private:
    // "Applies to: liked, opted_in", or that no chosen column has the type.
    QString appliesTo(const QList<int> &types) const;

    QComboBox *m_boolean;
    QLabel *m_booleanFields;
    QComboBox *m_preset;
    QLineEdit *m_date;
    QLabel *m_dateExample;
    QLabel *m_dateProblem;
    QLineEdit *m_dateTime;
    QLabel *m_dateTimeExample;
    QLabel *m_dateTimeProblem;
    QLabel *m_dateFields;
    QLineEdit *m_multiValue;
};

} // namespace wb::ui
