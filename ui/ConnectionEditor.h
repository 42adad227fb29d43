// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Connection.h"

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class ConnectionEditor;
}

namespace wb {
class Workspace;
}

namespace wb::ui {

// Adds or edits one connection and its intake rules, validating as the user types, with the
// connection doctor beside the form so a connection can be proven to work before it is saved.
class ConnectionEditor : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectionEditor(Workspace &workspace, QWidget *parent = nullptr);
    ~ConnectionEditor() override;

    // Edits an existing connection (its id is kept, so saving updates it).
    void setConnection(const Connection &connection);
    // The connection as the form describes it now, with its rules as listed.
    Connection connection() const;
    // Every reason Save is disabled, as shown in the message area.
    QStringList problems() const;

Q_SIGNALS:
    void saved(const wb::Connection &connection);

private:
    void onEdited();
    void updateKeyInfo();
    void validate();
    void browseKey();
    void test();
    void save();
    // Once the connection is in the workspace: the keychain, then close.
    void afterStored(const Connection &c);
    void finishSave(const QString &keychainError);
    void updateRulesTab();

    QScopedPointer<Ui::ConnectionEditor> m_ui;
    Workspace &m_workspace;
    qint64 m_id = 0;
    QString m_originalName;
    QString m_keyProblem;
    bool m_keyEncrypted = false;
    bool m_touched = false;
    bool m_rulesEdited = false; // saved only then: rules added meanwhile elsewhere stay
    bool m_saving = false;
    bool m_passphraseRemembered = false; // the keychain held one when the editor opened
};

} // namespace wb::ui
