// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StepPage.h"

class QLabel;

namespace wb::ui {

class MessageWidget;

// Step 5: the whole export in sentences, and what still stops it from being saved.
class SummaryStep : public StepPage
{
    Q_OBJECT

public:
    SummaryStep(DefinitionEditor *editor, QWidget *parent = nullptr);

    QLabel *summaryLabel() const { return m_summary; }
    MessageWidget *problemsMessage() const { return m_problems; }
    // The summary as HTML, one paragraph per part of the export.
    QString summaryHtml() const;

protected:
    void reload() override;

private:
    QLabel *m_summary;
    MessageWidget *m_problems;
};

} // namespace wb::ui
