// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Connection.h"

#include <QDialog>

class QLineEdit;
class QPushButton;
class QWidget;

namespace wb::ui {

class DoctorView;
class MessageWidget;

// Tests a saved connection from the Connections page. An encrypted key's passphrase comes from
// the keychain, or is asked for here (and then only kept while the dialog is open).
class DoctorDialog : public QDialog
{
    Q_OBJECT

public:
    DoctorDialog(const Connection &connection, const QString &knownHostsPath, QWidget *parent = nullptr);

    DoctorView *doctorView() const { return m_view; }
    // Starts at once, or first asks the keychain for the passphrase.
    void begin();

private:
    void run();
    void askPassphrase(const QString &why);

    Connection m_connection;
    QString m_knownHostsPath;
    QString m_passphrase;
    bool m_encrypted = false;
    DoctorView *m_view;
    QWidget *m_passphraseRow;
    QLineEdit *m_passphraseEdit;
    MessageWidget *m_message;
    QPushButton *m_rerun;
};

} // namespace wb::ui
