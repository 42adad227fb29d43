// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/IntakeRule.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace wb::ui {

class IntakeRuleDialog;

// A connection's intake rules in the order a fetch tries them, with Add, Edit, Remove, Move up
// and Move down. It edits the list it holds; the connection editor saves the list with the
// connection, so Cancel there forgets every change made here.
class IntakeRuleList : public QWidget
{
    Q_OBJECT

public:
    explicit IntakeRuleList(QWidget *parent = nullptr);

    void setRules(const QList<IntakeRule> &rules);
    QList<IntakeRule> rules() const { return m_rules; }
    // Datasets of the user's own, offered by the rule editor.
    void setOwnDatasets(const QStringList &names) { m_ownDatasets = names; }
    QListWidget *view() const { return m_view; }

    // Open the rule editor (non-modal to the event loop, so tests and screenshots can drive it).
    IntakeRuleDialog *addRule();
    IntakeRuleDialog *editSelected();
    void removeSelected();
    // Moves the selected rule `by` places (-1: up), keeping it selected.
    void moveSelected(int by);

    // "Actito: E-mail openings · dates day first · moved to done", for lists.
    static QString describe(const IntakeRule &rule);

Q_SIGNALS:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    IntakeRuleDialog *openEditor(int row);
    void refresh(int select);
    int selectedRow() const;
    void updateButtons();

    QList<IntakeRule> m_rules;
    QStringList m_ownDatasets;
    QListWidget *m_view;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
};

} // namespace wb::ui
