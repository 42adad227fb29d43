// SPDX-License-Identifier: GPL-3.0-or-later
#include "RuleFromFile.h"

#include "FilesModel.h"
#include "IntakeRuleDialog.h"
#include "core/ConnectionStore.h"
#include "core/Workspace.h"
#include "formats/FormatSpec.h"
#include "intake/RuleSuggestion.h"
#include "store/DatasetStore.h"

using namespace Qt::StringLiterals;

namespace wb::ui {

namespace {

// The 1-based number of the first rule that matches `path`, or 0.
int firstMatching(const QList<IntakeRule> &rules, const QString &path)
{
    for (int i = 0; i < rules.size(); ++i)
        if (rules.at(i).matches(path))
            return i + 1;
    return 0;
}

QString titled(const QString &dataset)
{
    const FormatSpec *spec = findFormat(dataset);
    return spec ? RuleFromFile::tr("%1: %2 (%3)").arg(spec->vendor, spec->title, dataset) : dataset;
}

} // namespace

bool RuleFromFile::appliesTo(const FileRecord &file)
{
    return file.state == u"failed"_s && !file.source.isEmpty() && file.source != u"local"_s;
}

IntakeRuleDialog *RuleFromFile::open(Workspace &workspace, const FileRecord &file, const QStringList &ownDatasets,
                                     QWidget *parent, QString *error)
{
    const auto connection = ConnectionStore(workspace).find(file.source);
    if (!connection) {
        *error = tr("%1 came from the connection “%2”, which is no longer there: add a rule to the connection "
                    "that fetches such files now.")
                     .arg(file.shownName(), file.source);
        return nullptr;
    }
    const RuleSuggestion s = suggestRule(file);
    IntakeRule rule;
    rule.connectionId = connection->id;
    rule.pattern = s.pattern;
    rule.subfolders = s.subfolders;
    rule.dataset = s.dataset;
    // Day first is what such a refusal most often means (a European Actito export); the
    // note shows the value, to be checked.
    if (s.datesNeeded)
        rule.dateOrder = DateOrder::DayFirst;

    const QString name = s.deliveredAs.section(u'/', -1);
    QStringList context;
    IntakeRuleDialog::Field focus = IntakeRuleDialog::Field::Pattern;
    if (s.datesNeeded) {
        context << tr("%1 was refused because its dates can be read day first or month first: %2\n"
                      "Day first is chosen below; check it against the file.")
                       .arg(name, file.error);
        focus = IntakeRuleDialog::Field::DateOrder;
    } else if (!s.candidates.isEmpty()) {
        QStringList titles;
        for (const QString &dataset : s.candidates)
            titles << titled(dataset);
        context << tr("%1 has the columns of several formats, and its name does not say which: %2. Choose the "
                      "one it is.")
                       .arg(name, titles.join(u", "_s));
        focus = IntakeRuleDialog::Field::Dataset;
    } else if (file.dataset.isEmpty()) {
        context << tr("%1 matches no known format: choose the dataset its files go into.").arg(name);
        focus = IntakeRuleDialog::Field::Dataset;
    } else {
        context << tr("%1 failed: %2").arg(name, FilesModel::reasonOf(file));
    }
    const int before = firstMatching(connection->rules, s.deliveredAs);
    if (before > 0)
        context << tr("The rule is tried before rule %1 (%2), which matches this file too.")
                       .arg(before)
                       .arg(connection->rules.at(before - 1).pattern);

    auto *dialog = new IntakeRuleDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Rule for files like %1 on %2").arg(name, connection->name));
    dialog->setOwnDatasets(ownDatasets);
    dialog->setRule(rule);
    dialog->setExample(s.deliveredAs);
    dialog->setContext(context.join(u'\n'), Icons::Tone::Info);
    dialog->storeIn(workspace.path(), [path = s.deliveredAs](Workspace &ws, IntakeRule &r, QString *why) {
        // Asked again here, in the write's transaction: the rules may have changed since.
        IntakeRuleStore store(ws);
        const QList<IntakeRule> rules = store.list(r.connectionId);
        const int at = firstMatching(rules, path);
        return store.add(r, why) && (at == 0 || store.move(r.connectionId, int(rules.size()) + 1, at, why));
    });
    dialog->focusField(focus);
    dialog->open();
    return dialog;
}

} // namespace wb::ui
