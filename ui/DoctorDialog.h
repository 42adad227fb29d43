// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Connection.h"
#include "queue/QueueConnection.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QWidget;

namespace wb::ui {

class DoctorView;
class MessageWidget;

// Tests a saved connection or queue from the Connections page. An encrypted key's passphrase,
// or a queue's password, comes from the keychain, or is asked for here (and then only kept
// while the dialog is open).
class DoctorDialog : public QDialog
{
    Q_OBJECT

public:
    DoctorDialog(const Connection &connection, const QString &knownHostsPath, QWidget *parent = nullptr);
    DoctorDialog(const QueueConnection &queue, QWidget *parent = nullptr);

    DoctorView *doctorView() const { return m_view; }
    // Starts at once, or first asks the keychain for the passphrase or password.
    void begin();

private:
    DoctorDialog(const QString &name, QWidget *parent);
    void run();
    void askSecret(const QString &why);
    void hideSecretRow();

    std::optional<Connection> m_connection;
    std::optional<QueueConnection> m_queue;
    QString m_knownHostsPath;
    QString m_secret; // the key's passphrase or the queue's password
    bool m_encrypted = false;
    DoctorView *m_view;
    QWidget *m_secretRow;
    QLabel *m_secretCaption;
    QLineEdit *m_secretEdit;
    MessageWidget *m_message;
    QPushButton *m_go;
    QPushButton *m_rerun;
};

} // namespace wb::ui
