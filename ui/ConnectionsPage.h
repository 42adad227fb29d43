// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConsumeTask.h"
#include "core/Connection.h"
#include "queue/QueueConnection.h"

#include <QWidget>

class QLabel;
class QProgressBar;
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
class QueueEditor;
class ScheduleEditor;

// The workspace's SFTP connections and message queues: list, add, edit, remove, test, and
// take a queue's waiting messages in now.
class ConnectionsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionsPage(Workspace &workspace, QWidget *parent = nullptr);
    ~ConnectionsPage() override;

    ConnectionTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    ConsumeTask *consumeTask() const { return m_consumeTask; }
    // Selects the connection or queue of that name; false when there is none.
    bool select(const QString &name);
    // Open the editor (non-modal to the event loop, so tests and screenshots can drive it).
    ConnectionEditor *addConnection();
    QueueEditor *addQueue();
    // The selected row's editor: a ConnectionEditor or a QueueEditor.
    QDialog *editSelected();
    DoctorDialog *testSelected();
    ScheduleEditor *scheduleSelected();
    void removeSelected();
    // Takes the selected queue's waiting messages in, on a worker; false when it cannot start.
    bool consumeSelected();
    // Reads the selected queue's messages kept as unreadable again, on a worker.
    bool replaySelected();
    bool isConsuming() const; // or replaying: both write the queue's messages
    void reload();

Q_SIGNALS:
    void consumeFinished(const wb::ui::ConsumeResult &result);
    void replayFinished();

private:
    ConnectionEditor *openEditor(const Connection *existing);
    QueueEditor *openQueueEditor(const QueueConnection *existing);
    void afterSaved(const QString &name);
    void afterConsume(const ConsumeResult &result);
    int selectedRow() const;
    void updateActions();

    Workspace &m_workspace;
    ConnectionTableModel *m_model;
    ConsumeTask *m_consumeTask;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QTableView *m_view;
    MessageWidget *m_message;
    QWidget *m_progressRow;
    QLabel *m_progressLabel;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_test;
    QPushButton *m_schedule;
    QPushButton *m_consume;
    QPushButton *m_replay;
    bool m_replaying = false;
    QString m_consuming; // the queue of the consume going on
};

} // namespace wb::ui
