// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QVBoxLayout;

namespace wb::ui {

class DefinitionEditor;

// One step of the export designer. A step never keeps state of its own: it shows the
// editor's definition (again after every edit, undo and redo) and turns what the user does
// into edits.
class StepPage : public QWidget
{
    Q_OBJECT

public:
    StepPage(DefinitionEditor *editor, const QString &title, const QString &intro, QWidget *parent);

    QString title() const { return m_title; }

protected:
    // Shows the definition in the widgets. Called on every change, also while the user types
    // in one of them, so it must not disturb a widget that shows the value already.
    virtual void reload() = 0;
    // Reloads with m_loading set, so that widget signals it causes are not taken for edits.
    void refresh();
    QVBoxLayout *body() const { return m_body; }

    // Sets the text only when it differs, so the cursor of someone typing stays put.
    static void setText(QLineEdit *edit, const QString &text);
    // A grey explanation under a field, wrapped.
    QLabel *hint(const QString &text);
    // A red explanation of what is wrong with a field; hidden while empty.
    QLabel *problemLabel();
    static void showProblem(QLabel *label, const QString &problem);
    // Gives the forms' labels one width, so that fields line up from one group to the next.
    static void alignLabels(const QList<QFormLayout *> &forms);
    // Patterns and separators are read character by character.
    static void useFixedFont(QWidget *widget);

    DefinitionEditor *m_editor;
    bool m_loading = false;

private:
    QString m_title;
    QVBoxLayout *m_body;
};

} // namespace wb::ui
