// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Connection.h"

#include <QWidget>

class QPushButton;
class QStackedWidget;
class QTableView;

namespace wb {
class Workspace;
}

namespace wb::ui {

class ConnectionEditor;
class ConnectionTableModel;
class DoctorDialog;
class EmptyState;
class MessageWidget;

// The workspace's SFTP connections: list, add, edit, remove, test.
class ConnectionsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionsPage(Workspace &workspace, QWidget *parent = nullptr);

    ConnectionTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // Opens the editor (non-modal to the event loop, so tests and screenshots can drive it).
    ConnectionEditor *addConnection();
    ConnectionEditor *editSelected();
    DoctorDialog *testSelected();
    void removeSelected();
    void reload();

private:
    ConnectionEditor *openEditor(const Connection *existing);
    int selectedRow() const;
    void updateActions();

    Workspace &m_workspace;
    ConnectionTableModel *m_model;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QTableView *m_view;
    MessageWidget *m_message;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_test;
};

} // namespace wb::ui
