// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Icons.h"
#include "core/IntakeRule.h"

#include <QDialog>
#include <QScopedPointer>

#include <functional>

namespace Ui {
class IntakeRuleDialog;
}

namespace wb {
class Workspace;
}

namespace wb::ui {

// Edits one intake rule of a connection: which files (pattern, subfolders), how they are read
// (dataset, date order), and what becomes of them on the server. Each group is a form of its
// own, so a new setting is a row in the group it belongs to, read in setRule() and rule().
class IntakeRuleDialog : public QDialog
{
    Q_OBJECT

public:
    using Store = std::function<bool(Workspace &workspace, IntakeRule &rule, QString *error)>;
    enum class Field { Pattern, Dataset, DateOrder };

    explicit IntakeRuleDialog(QWidget *parent = nullptr);
    ~IntakeRuleDialog() override;

    // Datasets of the user's own, offered beside the known formats.
    void setOwnDatasets(const QStringList &names);
    // The settings the dialog does not show are kept as they are.
    void setRule(const IntakeRule &rule);
    IntakeRule rule() const;
    // Every reason the rule cannot be saved, as shown in the message area.
    QStringList problems() const;
    // The file (its path under the read path) the rule is made for: the dialog says whether
    // the pattern matches it.
    void setExample(const QString &relativePath);
    // Where the user starts: what a rule made from a failure most likely needs.
    void focusField(Field field);
    // A note above the form: where the rule comes from, what it is for.
    void setContext(const QString &text, Icons::Tone tone);
    // Saving stores the rule through `store` off the UI thread (WorkspaceWrite), saying so
    // while it waits for an import, and closes once it is in; without a store, saving only
    // closes, and the caller keeps the rule from saved().
    void storeIn(const QString &workspacePath, Store store);

Q_SIGNALS:
    void saved(const wb::IntakeRule &rule);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillDatasets(const QString &current);
    void selectDataset(const QString &dataset);
    void datasetActivated(int index);
    void patternEdited();
    void updateHints();
    void validate();
    void save();

    QScopedPointer<Ui::IntakeRuleDialog> m_ui;
    IntakeRule m_rule; // what the dialog started from, for the settings it does not show
    QStringList m_ownDatasets;
    QString m_example;
    QString m_lastDataset; // chosen before "a dataset of your own…", for a cancelled prompt
    QString m_workspacePath;
    Store m_store;
    bool m_touched = false;
    bool m_saving = false;
};

} // namespace wb::ui
