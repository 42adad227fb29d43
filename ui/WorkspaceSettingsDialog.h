// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QScopedPointer>

class QSpinBox;

namespace Ui {
class WorkspaceSettingsDialog;
}

namespace wb {
class Workspace;
}

namespace wb::ui {

// Settings kept in the workspace itself (not per user): how many days delivered copies and
// run reports stay. Saving writes them and closes; a refused value keeps the dialog open.
class WorkspaceSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit WorkspaceSettingsDialog(Workspace &workspace, QWidget *parent = nullptr);
    ~WorkspaceSettingsDialog() override;

    QSpinBox *retentionSpin() const;

private:
    void save();

    QScopedPointer<Ui::WorkspaceSettingsDialog> m_ui;
    Workspace &m_workspace;
};

} // namespace wb::ui
