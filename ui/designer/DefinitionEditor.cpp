// SPDX-License-Identifier: GPL-3.0-or-later
#include "DefinitionEditor.h"

#include "AsyncTask.h"
#include "core/ConnectionStore.h"
#include "core/Workspace.h"
#include "export/ExportSource.h"
#include "export/ExportStore.h"

#include <QDir>
#include <QUndoCommand>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace wb::ui {

// One change of the definition, kept as the whole definition before and after: definitions
// are small, and a snapshot cannot drift from what the steps showed the way a replayed
// delta could.
class DefinitionCommand : public QUndoCommand
{
public:
    DefinitionCommand(DefinitionEditor *editor, ExportDefinition before, ExportDefinition after,
                      const QString &text, int mergeKey, int generation)
        : QUndoCommand(text)
        , m_editor(editor)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_mergeKey(mergeKey)
        , m_generation(generation)
    {
    }

    int id() const override { return m_mergeKey; }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const DefinitionCommand *>(other);
        if (next->m_generation != m_generation)
            return false;
        m_after = next->m_after;
        setText(next->text());
        // Typing a letter and deleting it again leaves nothing to undo.
        setObsolete(m_after == m_before);
        return true;
    }

    void redo() override { m_editor->apply(m_after); }
    void undo() override { m_editor->apply(m_before); }

private:
    DefinitionEditor *m_editor;
    ExportDefinition m_before;
    ExportDefinition m_after;
    int m_mergeKey;
    int m_generation;
};

namespace {

int s_generation = 0; // bumped by sealMerge(): commands merge only within one generation

struct Context
{
    QList<DatasetSummary> datasets;
    QStringList exportNames;
    QList<Connection> connections;
};

} // namespace

DefinitionEditor::DefinitionEditor(Workspace &workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_stack(new QUndoStack(this))
{
    reset(ExportDefinition(), false);
    load();
}

DefinitionEditor::~DefinitionEditor() = default;

void DefinitionEditor::reset(const ExportDefinition &definition, bool existing)
{
    m_stack->clear();
    m_existing = existing;
    m_savedName = existing ? definition.name : QString();
    // The folder may have been made, or taken away, since it was last looked at.
    m_checkedFolder.clear();
    apply(definition);
}

void DefinitionEditor::load()
{
    // On a connection of the worker's own: the GUI's connection belongs to the GUI thread.
    runAsync(
        readers(), this,
        [path = m_workspace.path()] {
            Context c;
            Workspace workspace;
            QString error;
            if (!workspace.open(path, &error))
                return c;
            c.datasets = DatasetStore(workspace).datasets();
            for (const ExportRecord &r : ExportStore(workspace).list())
                c.exportNames << r.definition.name;
            c.connections = ConnectionStore(workspace).list();
            return c;
        },
        [this](const Context &c) {
            // A workspace that cannot be opened now shows as empty, as it did when read here.
            m_datasets = c.datasets;
            m_exportNames = c.exportNames;
            m_connections = c.connections;
            m_loaded = true;
            updateSource();
            Q_EMIT contextChanged();
        });
}

void DefinitionEditor::checkFolder()
{
    const Destination &d = m_definition.destination;
    if (d.type != Destination::Type::Local || !QDir::isAbsolutePath(d.path) || d.path == m_checkedFolder
        || d.path == m_checkingFolder)
        return;
    m_checkingFolder = d.path;
    runAsync(readers(), this, [path = d.path] { return localFolderProblem(path); },
             [this, path = d.path](const QString &problem) {
                 m_checkedFolder = path;
                 m_folderProblem = problem;
                 // A newer folder is still being looked at: its answer is the one to wait for.
                 if (m_checkingFolder == path)
                     m_checkingFolder.clear();
                 Q_EMIT contextChanged();
             });
}

void DefinitionEditor::edit(const QString &text, const std::function<void(ExportDefinition &)> &change,
                            int mergeKey)
{
    ExportDefinition after = m_definition;
    change(after);
    if (after == m_definition)
        return;
    m_stack->push(new DefinitionCommand(this, m_definition, std::move(after), text, mergeKey, s_generation));
}

void DefinitionEditor::sealMerge()
{
    ++s_generation;
}

void DefinitionEditor::apply(const ExportDefinition &definition)
{
    m_definition = definition;
    updateSource();
    checkFolder();
    Q_EMIT changed();
}

void DefinitionEditor::updateSource()
{
    m_source.reset();
    const DatasetSummary *d = datasetNamed(m_definition.dataset);
    if (!d)
        return;
    const DatasetSummary *lookup = m_definition.lookup ? datasetNamed(m_definition.lookup->dataset) : nullptr;
    m_source = lookup ? withLookup(*d, *lookup) : *d;
}

const DatasetSummary *DefinitionEditor::datasetNamed(const QString &name) const
{
    for (const DatasetSummary &d : m_datasets) {
        if (d.name == name)
            return &d;
    }
    return nullptr;
}

const FieldSpec *DefinitionEditor::field(const QString &name) const
{
    const DatasetSummary *d = dataset();
    if (!d)
        return nullptr;
    for (const FieldSpec &f : d->fields) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

QString DefinitionEditor::nameProblem() const
{
    const QString name = m_definition.name.trimmed();
    if (name.isEmpty())
        return {}; // not wrong yet, only unfinished: the summary lists it
    for (const QString &other : m_exportNames) {
        // Told apart by case only, two exports would be confused by people if not by the store.
        if (other != m_savedName && other.compare(name, Qt::CaseInsensitive) == 0)
            return tr("Another export is named “%1” already: choose another name.").arg(other);
    }
    // What the core says about this name alone: the problems of a definition with only this
    // name that the same definition with a valid name does not have.
    ExportDefinition probe;
    probe.name = m_definition.name;
    ExportDefinition valid;
    valid.name = u"x"_s;
    const QStringList others = validateDefinition(valid, nullptr);
    for (const QString &problem : validateDefinition(probe, nullptr)) {
        if (!others.contains(problem))
            return problem;
    }
    return {};
}

QStringList DefinitionEditor::problems() const
{
    if (!m_loaded)
        return {tr("Reading the workspace's datasets and exports…")};
    QStringList out = validateDefinition(m_definition, dataset(), FolderCheck::Skip);
    const Destination &d = m_definition.destination;
    if (d.type == Destination::Type::Local && QDir::isAbsolutePath(d.path)) {
        if (d.path == m_checkingFolder)
            out << tr("Checking the destination folder…");
        else if (d.path == m_checkedFolder && !m_folderProblem.isEmpty())
            out << m_folderProblem;
    }
    const QString name = nameProblem();
    if (!name.isEmpty() && !out.contains(name))
        out.prepend(name);
    return out;
}

} // namespace wb::ui
