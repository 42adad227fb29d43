// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkspaceSettingsDialog.h"
#include "ui_WorkspaceSettingsDialog.h"

#include "Icons.h"
#include "core/Retention.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

namespace wb::ui {

WorkspaceSettingsDialog::WorkspaceSettingsDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_ui(new Ui::WorkspaceSettingsDialog)
    , m_workspace(workspace)
{
    m_ui->setupUi(this);
    m_ui->retentionSpin->setRange(Retention::MinDays, Retention::MaxDays);
    m_ui->retentionSpin->setValue(Retention::days(m_workspace));
    m_ui->retentionSpin->setToolTip(tr("%1 to %2 days; %3 unless changed")
                                        .arg(Retention::MinDays)
                                        .arg(Retention::MaxDays)
                                        .arg(Retention::DefaultDays));
    m_ui->message->clear();
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setObjectName(u"saveSettingsButton"_s);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &WorkspaceSettingsDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

WorkspaceSettingsDialog::~WorkspaceSettingsDialog() = default;

QSpinBox *WorkspaceSettingsDialog::retentionSpin() const
{
    return m_ui->retentionSpin;
}

void WorkspaceSettingsDialog::save()
{
    QString error;
    if (!Retention::setDays(m_workspace, m_ui->retentionSpin->value(), &error)) {
        m_ui->message->showMessage(error, Icons::Tone::Negative);
        return;
    }
    accept();
}

} // namespace wb::ui
