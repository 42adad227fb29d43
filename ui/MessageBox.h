// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>

namespace wb::ui {

// Confirmations go through here so that GUI tests can answer them without a modal loop.
// Errors are shown inline (MessageWidget); this is only for questions.
class MessageBox
{
public:
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton,
                                                const QString &acceptText = {});
    // Test hook: the next question returns `answer` at once. NoButton turns this off.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // The text of the last question asked, shown or answered by the hook.
    static QString lastQuestion();

private:
    static QMessageBox::StandardButton s_nextAnswer;
    static QString s_lastQuestion;
};

} // namespace wb::ui
