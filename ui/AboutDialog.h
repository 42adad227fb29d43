// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class AboutDialog;
}

namespace wb::ui {

// Name, versions of what we build on (support asks for them) and the licence.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);
    ~AboutDialog() override;

    // The versions as plain text, for a support ticket.
    QString versionText() const;

private:
    QScopedPointer<Ui::AboutDialog> m_ui;
};

} // namespace wb::ui
