// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>
#include <QStringList>

class QWidget;

namespace wb::ui {

// The Data page's modal questions (several files to import, a passphrase, a dataset name)
// go through here so that GUI tests can answer them without a modal loop, as FileDialog and
// MessageBox do for theirs.
class Prompts
{
public:
    static QStringList openFileNames(QWidget *parent, const QString &caption, const QString &dir = {},
                                     const QString &filter = {});
    // Empty with *ok false when cancelled.
    static QString text(QWidget *parent, const QString &title, const QString &label,
                        QLineEdit::EchoMode echo = QLineEdit::Normal, bool *ok = nullptr);

    // Test hooks: the next call returns this at once (an empty list means "cancelled").
    static void setNextFileNames(const QStringList &fileNames);
    // `answer` with ok = true, or a cancel when `accepted` is false.
    static void setNextText(const QString &answer, bool accepted = true);
    // The label of the last text question asked, shown or answered by the hook.
    static QString lastTextLabel();

private:
    static bool s_hasFileNames;
    static QStringList s_fileNames;
    static bool s_hasText;
    static bool s_textAccepted;
    static QString s_text;
    static QString s_lastTextLabel;
};

} // namespace wb::ui
