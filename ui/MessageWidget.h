// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Icons.h"

#include <QFrame>

class QLabel;
class QHBoxLayout;
class QPushButton;

namespace wb::ui {

// An inline message (KeePassXC's MessageWidget): problems are shown where they happened,
// never in a modal box that hides the form the user is fixing.
class MessageWidget : public QFrame
{
    Q_OBJECT

public:
    explicit MessageWidget(QWidget *parent = nullptr);

    void showMessage(const QString &text, Icons::Tone tone);
    // Shows one line per problem as a list.
    void showProblems(const QStringList &problems, Icons::Tone tone);
    void clear();

    QString text() const;
    Icons::Tone tone() const { return m_tone; }
    // An action button at the right, e.g. "Review host key..."; hidden when text is empty.
    QPushButton *actionButton() const { return m_action; }

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void restyle();

    QLabel *m_icon;
    QLabel *m_label;
    QPushButton *m_action;
    Icons::Tone m_tone = Icons::Tone::Info;
};

} // namespace wb::ui
