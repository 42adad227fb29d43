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

DoctorDialog::DoctorDialog(const Connection &connection, const QString &knownHostsPath, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_knownHostsPath(knownHostsPath)
    , m_view(new DoctorView(this))
    , m_passphraseRow(new QWidget(this))
    , m_passphraseEdit(new QLineEdit(m_passphraseRow))
    , m_message(new MessageWidget(this))
    , m_rerun(nullptr)
{
    setObjectName(u"DoctorDialog"_s);
    setWindowTitle(tr("Test connection %1").arg(connection.name));
    resize(620, 640);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->setSpacing(12);

    auto *title = new QLabel(tr("Testing %1").arg(connection.name), this);
    QFont f = font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.2);
    title->setFont(f);
    layout->addWidget(title);

    m_message->setObjectName(u"passphraseMessage"_s);
    layout->addWidget(m_message);
    auto *row = new QHBoxLayout(m_passphraseRow);
    row->setContentsMargins(0, 0, 0, 0);
    auto *caption = new QLabel(tr("&Passphrase:"), m_passphraseRow);
    caption->setBuddy(m_passphraseEdit);
    m_passphraseEdit->setObjectName(u"passphraseEdit"_s);
    m_passphraseEdit->setEchoMode(QLineEdit::Password);
    auto *go = new QPushButton(tr("&Run test"), m_passphraseRow);
    go->setObjectName(u"runWithPassphraseButton"_s);
    row->addWidget(caption);
    row->addWidget(m_passphraseEdit, 1);
    row->addWidget(go);
    m_passphraseRow->hide();
    layout->addWidget(m_passphraseRow);
    layout->addWidget(m_view, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_rerun = buttons->addButton(tr("Run &again"), QDialogButtonBox::ActionRole);
    m_rerun->setObjectName(u"rerunButton"_s);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_rerun, &QPushButton::clicked, this, &DoctorDialog::run);
    connect(go, &QPushButton::clicked, this, [this] {
        m_passphrase = m_passphraseEdit->text();
        run();
    });
    connect(m_passphraseEdit, &QLineEdit::returnPressed, go, &QPushButton::click);
    connect(m_view, &DoctorView::runningChanged, m_rerun, [this](bool running) { m_rerun->setEnabled(!running); });
    m_view->reset(connection);

    const PrivateKey key = readPrivateKey(connection.keyFile);
    m_encrypted = key.isUsable() && key.encrypted;
}

void DoctorDialog::begin()
{
    if (!m_encrypted)
        return run();
    m_rerun->setEnabled(false);
    runAsync(this, [workspace = m_connection.workspaceId, name = m_connection.name] {
                 return Secrets::findPassphrase(workspace, name);
             },
             [this](const Secrets::Result &r) {
                 m_rerun->setEnabled(true);
                 if (r.ok && !r.value.isEmpty()) {
                     m_passphrase = r.value;
                     return run();
                 }
                 askPassphrase(r.error.isEmpty() ? tr("No passphrase is remembered for this connection.") : r.error);
             });
}

void DoctorDialog::run()
{
    if (m_encrypted && m_passphrase.isEmpty())
        return askPassphrase(tr("The key is protected by a passphrase."));
    m_message->clear();
    m_passphraseRow->hide();
    m_view->start(m_connection, m_knownHostsPath, m_passphrase);
}

void DoctorDialog::askPassphrase(const QString &why)
{
    m_message->showMessage(tr("%1 Enter the passphrase of %2 to run the test; it is not stored.")
                               .arg(why, m_connection.keyFile),
                           Icons::Tone::Info);
    m_passphraseRow->show();
    m_passphraseEdit->setFocus();
}

} // namespace wb::ui
