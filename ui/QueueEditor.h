// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "queue/QueueConnection.h"

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class QueueEditor;
}

namespace wb {
class Workspace;
}

namespace wb::ui {

// Adds or edits one message queue, validating as the user types, with the queue doctor beside
// the form so a queue can be proven to work before it is saved. The password goes to the
// system keychain, never into the workspace.
class QueueEditor : public QDialog
{
    Q_OBJECT

public:
    explicit QueueEditor(Workspace &workspace, QWidget *parent = nullptr);
    ~QueueEditor() override;

    // Edits an existing queue (its id is kept, so saving updates it).
    void setQueue(const QueueConnection &queue);
    // The queue as the form describes it now.
    QueueConnection queue() const;
    // Every reason Save is disabled, as shown in the message area.
    QStringList problems() const;

Q_SIGNALS:
    void saved(const wb::QueueConnection &queue);

private:
    void onEdited();
    void validate();
    void browseCa();
    void test();
    void save();
    // Once the queue is in the workspace: the keychain, then close.
    void afterStored(const QueueConnection &q);
    void finishSave(const QString &keychainError);

    QScopedPointer<Ui::QueueEditor> m_ui;
    Workspace &m_workspace;
    qint64 m_id = 0;
    QString m_originalName;
    bool m_touched = false;
    bool m_saving = false;
};

} // namespace wb::ui
