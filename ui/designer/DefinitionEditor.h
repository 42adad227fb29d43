// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Connection.h"
#include "export/ExportDefinition.h"
#include "store/DatasetStore.h"

#include <QObject>
#include <QStringList>

#include <functional>

class QUndoStack;

namespace wb {
class Workspace;
}

namespace wb::ui {

// The export being designed: one definition that every step edits through undoable commands,
// so that undo, the steps, the preview and the summary can never disagree about what it is.
//
// What it is checked against (the datasets, the other exports' names, the connections, the
// local folder) is read on a worker: an import may be writing to the workspace, and a network
// folder may take seconds to answer. Until then problems() says what is still being read.
class DefinitionEditor : public QObject
{
    Q_OBJECT

public:
    // Consecutive edits of one text field with the same key merge into one undo step, so
    // that undoing a typed name takes the whole word back, not one letter.
    enum MergeKey {
        NoMerge = -1,
        NameKey = 1,
        FileNameKey,
        SuffixKey,
        DatePatternKey,
        DateTimePatternKey,
        MultiValueKey,
        LocalFolderKey,
        RemoteFolderKey,
    };

    explicit DefinitionEditor(Workspace &workspace, QObject *parent = nullptr);
    ~DefinitionEditor() override;

    // Starts over on `definition` with an empty undo history. `existing`: it is a saved
    // export being edited, whose name is kept (the name carries its run history).
    void reset(const ExportDefinition &definition, bool existing);
    const ExportDefinition &definition() const { return m_definition; }
    bool isExisting() const { return m_existing; }
    // The name it is saved under; empty for a new export. A different name() renames it.
    const QString &savedName() const { return m_savedName; }
    QUndoStack *undoStack() const { return m_stack; }

    // Applies `change` to a copy of the definition as one undoable step called `text`; an
    // edit that changes nothing is dropped.
    void edit(const QString &text, const std::function<void(ExportDefinition &)> &change,
              int mergeKey = NoMerge);
    // Ends a run of typing: the next edit of the same field is an undo step of its own.
    void sealMerge();

    Workspace &workspace() const { return m_workspace; }
    // The workspace's datasets and connections are still being read, or the local folder
    // checked.
    bool isBusy() const { return !m_loaded || !m_checkingFolder.isEmpty(); }
    bool isLoaded() const { return m_loaded; }
    const QList<DatasetSummary> &datasets() const { return m_datasets; }
    const QList<Connection> &connections() const { return m_connections; }
    const DatasetSummary *datasetNamed(const QString &name) const;
    // What the export reads: the chosen dataset, with its lookup's fields as "lookup.<field>".
    const DatasetSummary *dataset() const { return m_source ? &*m_source : nullptr; }
    // The chosen dataset's field (or its lookup's), or nullptr.
    const FieldSpec *field(const QString &name) const;

    // Another export has this name already (a new export may not take it).
    QString nameProblem() const;
    // Every reason the definition cannot be saved yet, as sentences.
    QStringList problems() const;

Q_SIGNALS:
    // The definition changed: by an edit, an undo or a redo, or a reset.
    void changed();
    // What the definition is checked against arrived: the datasets, exports and connections
    // read from the workspace, or the local folder's state.
    void contextChanged();

private:
    friend class DefinitionCommand;
    void apply(const ExportDefinition &definition);
    void load();
    void checkFolder();
    void updateSource();

    Workspace &m_workspace;
    QUndoStack *m_stack;
    ExportDefinition m_definition;
    bool m_existing = false;
    QString m_savedName;
    bool m_loaded = false;
    QList<DatasetSummary> m_datasets;
    std::optional<DatasetSummary> m_source;
    QStringList m_exportNames; // of the saved exports
    QList<Connection> m_connections;
    QString m_checkingFolder; // the local folder being looked at
    QString m_checkedFolder;  // the last one looked at, and what is wrong with it
    QString m_folderProblem;
};

} // namespace wb::ui
