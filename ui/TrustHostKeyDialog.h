// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Connection.h"

#include <QDialog>
#include <QScopedPointer>

class QPushButton;

namespace Ui {
class TrustHostKeyDialog;
}

namespace wb::ui {

// Shows the key an unknown server presents so the user can compare it with the fingerprint
// the platform published, and pins exactly that key when they say so. A key that differs from
// a pinned one is refused here too: trustHostKey never replaces a pinned key.
class TrustHostKeyDialog : public QDialog
{
    Q_OBJECT

public:
    TrustHostKeyDialog(const Connection &connection, const QString &knownHostsPath, QWidget *parent = nullptr);
    ~TrustHostKeyDialog() override;

    QString fingerprint() const { return m_fingerprint; }
    // For screenshots: show a key without connecting.
    void showKey(const QString &keyType, const QString &fingerprint);

Q_SIGNALS:
    // The key was fetched from the server and is shown (or fetching failed).
    void keyShown();

private:
    void fetchKey();
    void trust();
    void showFailure(const QString &text, bool refused);

    QScopedPointer<Ui::TrustHostKeyDialog> m_ui;
    Connection m_connection;
    QString m_knownHostsPath;
    QString m_fingerprint;
    QPushButton *m_trust = nullptr;
};

} // namespace wb::ui
