// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QWidget>

class QLabel;
class QPushButton;

namespace wb::ui {

// A centred explanation of what a page will show and, where there is one, the first step.
class EmptyState : public QWidget
{
    Q_OBJECT

public:
    EmptyState(const QIcon &icon, const QString &title, const QString &text, QWidget *parent = nullptr);

    // A call-to-action button under the text; hidden until given a label.
    QPushButton *actionButton() const { return m_action; }
    void setAction(const QString &label);

private:
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_text;
    QPushButton *m_action;
};

} // namespace wb::ui
