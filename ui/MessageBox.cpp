// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageBox.h"

#include <QPushButton>

namespace wb::ui {

QMessageBox::StandardButton MessageBox::s_nextAnswer = QMessageBox::NoButton;
QString MessageBox::s_lastQuestion;

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton,
                                                 const QString &acceptText)
{
    s_lastQuestion = text;
    if (s_nextAnswer != QMessageBox::NoButton) {
        const QMessageBox::StandardButton answer = s_nextAnswer;
        s_nextAnswer = QMessageBox::NoButton;
        return answer;
    }
    QMessageBox box(QMessageBox::Question, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    // A verb ("Remove") on the confirming button says what will happen better than "Yes".
    if (!acceptText.isEmpty()) {
        for (QAbstractButton *b : box.buttons()) {
            if (box.buttonRole(b) == QMessageBox::YesRole || box.buttonRole(b) == QMessageBox::AcceptRole)
                b->setText(acceptText);
        }
    }
    return QMessageBox::StandardButton(box.exec());
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    s_nextAnswer = answer;
}

QString MessageBox::lastQuestion()
{
    return s_lastQuestion;
}

} // namespace wb::ui
