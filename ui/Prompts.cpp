// SPDX-License-Identifier: GPL-3.0-or-later
#include "Prompts.h"

#include <QFileDialog>
#include <QInputDialog>

#include <utility>

namespace wb::ui {

bool Prompts::s_hasFileNames = false;
QStringList Prompts::s_fileNames;
bool Prompts::s_hasText = false;
bool Prompts::s_textAccepted = false;
QString Prompts::s_text;
QString Prompts::s_lastTextLabel;

QStringList Prompts::openFileNames(QWidget *parent, const QString &caption, const QString &dir,
                                   const QString &filter)
{
    if (s_hasFileNames) {
        s_hasFileNames = false;
        return std::exchange(s_fileNames, QStringList());
    }
    return QFileDialog::getOpenFileNames(parent, caption, dir, filter);
}

QString Prompts::text(QWidget *parent, const QString &title, const QString &label, QLineEdit::EchoMode echo,
                      bool *ok)
{
    s_lastTextLabel = label;
    if (s_hasText) {
        s_hasText = false;
        if (ok)
            *ok = s_textAccepted;
        return std::exchange(s_text, QString());
    }
    bool accepted = false;
    const QString answer = QInputDialog::getText(parent, title, label, echo, QString(), &accepted);
    if (ok)
        *ok = accepted;
    return accepted ? answer : QString();
}

void Prompts::setNextFileNames(const QStringList &fileNames)
{
    s_hasFileNames = true;
    s_fileNames = fileNames;
}

void Prompts::setNextText(const QString &answer, bool accepted)
{
    s_hasText = true;
    s_textAccepted = accepted;
    s_text = accepted ? answer : QString();
}

QString Prompts::lastTextLabel()
{
    return s_lastTextLabel;
}

} // namespace wb::ui
