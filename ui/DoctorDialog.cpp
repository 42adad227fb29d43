// SPDX-License-Identifier: GPL-3.0-or-later
#include "DoctorDialog.h"

#include "AsyncTask.h"
#include "DoctorView.h"
#include "MessageWidget.h"
#include "core/Secrets.h"
#include "sftp/KeyFile.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wb::ui {

DoctorDialog::DoctorDialog(const QString &name, QWidget *parent)
    : QDialog(parent)
    , m_view(new DoctorView(this))
    , m_secretRow(new QWidget(this))
    , m_secretCaption(new QLabel(m_secretRow))
    , m_secretEdit(new QLineEdit(m_secretRow))
    , m_message(new MessageWidget(this))
    , m_go(new QPushButton(tr("&Run test"), m_secretRow))
    , m_rerun(nullptr)
{
    setObjectName(u"DoctorDialog"_s);
    resize(620, 640);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->setSpacing(12);

    auto *title = new QLabel(tr("Testing %1").arg(name), this);
    QFont f = font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.2);
    title->setFont(f);
    layout->addWidget(title);

    m_message->setObjectName(u"passphraseMessage"_s);
    layout->addWidget(m_message);
    auto *row = new QHBoxLayout(m_secretRow);
    row->setContentsMargins(0, 0, 0, 0);
    m_secretCaption->setBuddy(m_secretEdit);
    m_secretEdit->setObjectName(u"passphraseEdit"_s);
    m_secretEdit->setEchoMode(QLineEdit::Password);
    m_go->setObjectName(u"runWithPassphraseButton"_s);
    row->addWidget(m_secretCaption);
    row->addWidget(m_secretEdit, 1);
    row->addWidget(m_go);
    m_secretRow->hide();
    layout->addWidget(m_secretRow);
    layout->addWidget(m_view, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_rerun = buttons->addButton(tr("Run &again"), QDialogButtonBox::ActionRole);
    m_rerun->setObjectName(u"rerunButton"_s);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_rerun, &QPushButton::clicked, this, &DoctorDialog::run);
    connect(m_go, &QPushButton::clicked, this, [this] {
        m_secret = m_secretEdit->text();
        run();
    });
    connect(m_view, &DoctorView::runningChanged, m_rerun, [this](bool running) { m_rerun->setEnabled(!running); });
}

DoctorDialog::DoctorDialog(const Connection &connection, const QString &knownHostsPath, QWidget *parent)
    : DoctorDialog(connection.name, parent)
{
    m_connection = connection;
    m_knownHostsPath = knownHostsPath;
    setWindowTitle(tr("Test connection %1").arg(connection.name));
    m_secretCaption->setText(tr("&Passphrase:"));
    m_view->reset(connection);
    const PrivateKey key = readPrivateKey(connection.keyFile);
    m_encrypted = key.isUsable() && key.encrypted;
}

DoctorDialog::DoctorDialog(const QueueConnection &queue, QWidget *parent)
    : DoctorDialog(queue.name, parent)
{
    m_queue = queue;
    setWindowTitle(tr("Test queue %1").arg(queue.name));
    m_secretCaption->setText(tr("&Password:"));
    m_view->reset(queue);
}

void DoctorDialog::begin()
{
    if (m_connection && !m_encrypted)
        return run();
    m_rerun->setEnabled(false);
    if (m_queue) {
        runAsync(this, [queue = *m_queue] {
                     QString error;
                     const QString password = findQueuePassword(queue, &error);
                     return Secrets::Result{!password.isEmpty(), password, error};
                 },
                 [this](const Secrets::Result &r) {
                     m_rerun->setEnabled(true);
                     if (r.ok) {
                         m_secret = r.value;
                         return run();
                     }
                     askSecret(r.error.isEmpty() ? tr("No password is kept for this queue.") : r.error);
                 });
        return;
    }
    runAsync(this, [workspace = m_connection->workspaceId, name = m_connection->name] {
                 return Secrets::findPassphrase(workspace, name);
             },
             [this](const Secrets::Result &r) {
                 m_rerun->setEnabled(true);
                 if (r.ok && !r.value.isEmpty()) {
                     m_secret = r.value;
                     return run();
                 }
                 askSecret(r.error.isEmpty() ? tr("No passphrase is remembered for this connection.") : r.error);
             });
}

void DoctorDialog::run()
{
    if (m_queue) {
        if (m_secret.isEmpty())
            return askSecret(tr("The queue needs its password."));
        hideSecretRow();
        return m_view->start(*m_queue, m_secret);
    }
    if (m_encrypted && m_secret.isEmpty())
        return askSecret(tr("The key is protected by a passphrase."));
    hideSecretRow();
    m_view->start(*m_connection, m_knownHostsPath, m_secret);
}

void DoctorDialog::hideSecretRow()
{
    m_message->clear();
    m_secretRow->hide();
    m_go->setDefault(false);
}

void DoctorDialog::askSecret(const QString &why)
{
    const QString text = m_queue ? tr("%1 Enter the password of %2 to run the test; it is not stored.")
                                       .arg(why, m_queue->user)
                                 : tr("%1 Enter the passphrase of %2 to run the test; it is not stored.")
                                       .arg(why, m_connection->keyFile);
    m_message->showMessage(text, Icons::Tone::Info);
    m_secretRow->show();
    // Return in the field runs the test; the dialog would otherwise take it for Close.
    m_go->setDefault(true);
    m_secretEdit->setFocus();
}

} // namespace wb::ui
