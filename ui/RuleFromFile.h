// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QWidget;

namespace wb {
class Workspace;
struct FileRecord;
}

namespace wb::ui {

class IntakeRuleDialog;

// "Make a rule for files like this one…" on a failed file that a connection delivered: that
// connection's rule editor, filled in from the file's name and its failure (RuleSuggestion).
// The rule is saved ahead of the connection's first rule that already matches the file, so
// that it is the one that applies to the file.
class RuleFromFile
{
    Q_DECLARE_TR_FUNCTIONS(wb::ui::RuleFromFile)

public:
    // A failed file fetched from a connection (not one taken in from this computer).
    static bool appliesTo(const FileRecord &file);
    // The editor, opened (non-modal to the event loop); nullptr, with *error, when the file's
    // connection is no longer there.
    static IntakeRuleDialog *open(Workspace &workspace, const FileRecord &file, const QStringList &ownDatasets,
                                  QWidget *parent, QString *error);
};

} // namespace wb::ui
