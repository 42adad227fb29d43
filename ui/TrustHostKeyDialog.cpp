// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrustHostKeyDialog.h"
#include "ui_TrustHostKeyDialog.h"

#include "AsyncTask.h"
#include "sftp/SftpSession.h"

#include <QDir>
#include <QFontDatabase>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace wb::ui {

namespace {

struct Fetched
{
    HostKey key;
    SshError error;
};

// Connects only far enough to see the key; nothing is sent that needs trust.
Fetched fetchHostKey(const Connection &connection, const QString &knownHostsPath)
{
    SftpSession session(connection, KnownHosts(knownHostsPath));
    session.setTimeout(std::chrono::seconds(20));
    if (!session.connectSocket() || !session.handshake())
        return {{}, session.error()};
    return {session.hostKey(), {}};
}

} // namespace

TrustHostKeyDialog::TrustHostKeyDialog(const Connection &connection, const QString &knownHostsPath, QWidget *parent)
    : QDialog(parent)
    , m_ui(new Ui::TrustHostKeyDialog)
    , m_connection(connection)
    , m_knownHostsPath(knownHostsPath)
{
    m_ui->setupUi(this);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(font().pointSizeF() * 1.1);
    m_ui->fingerprintLabel->setFont(mono);
    m_ui->fingerprintLabel->setBackgroundRole(QPalette::Base);
    m_ui->fingerprintLabel->setAutoFillBackground(true);
    QFont title = font();
    title.setPointSizeF(title.pointSizeF() * 1.25);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);
    m_ui->statusLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->endpointLabel->setText(connection.endpoint());
    m_ui->knownHostsLabel->setText(QDir::toNativeSeparators(knownHostsPath));

    m_trust = m_ui->buttonBox->addButton(tr("Trust this key"), QDialogButtonBox::AcceptRole);
    m_trust->setObjectName(u"trustButton"_s);
    m_trust->setEnabled(false);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setDefault(true);
    // Trusting must be a deliberate click, never the Enter key.
    m_trust->setAutoDefault(false);
    connect(m_trust, &QPushButton::clicked, this, &TrustHostKeyDialog::trust);
    fetchKey();
}

TrustHostKeyDialog::~TrustHostKeyDialog() = default;

void TrustHostKeyDialog::showKey(const QString &keyType, const QString &fingerprint)
{
    m_fingerprint = fingerprint;
    m_ui->keyTypeLabel->setText(keyType);
    m_ui->fingerprintLabel->setText(fingerprint);
    m_ui->statusLabel->hide();
    m_ui->messageWidget->clear();
    m_trust->setEnabled(!fingerprint.isEmpty());
}

void TrustHostKeyDialog::fetchKey()
{
    m_ui->keyTypeLabel->setText(tr("…"));
    m_ui->fingerprintLabel->setText(tr("…"));
    m_ui->statusLabel->setText(tr("Asking the server for its key…"));
    runAsync(this, [c = m_connection, path = m_knownHostsPath] { return fetchHostKey(c, path); },
             [this](const Fetched &fetched) {
                 if (fetched.error.isError()) {
                     m_ui->statusLabel->hide();
                     showFailure(tr("Could not get the server's key: %1").arg(fetched.error.message), false);
                 } else {
                     showKey(fetched.key.typeName, fetched.key.fingerprint);
                 }
                 Q_EMIT keyShown();
             });
}

void TrustHostKeyDialog::trust()
{
    m_trust->setEnabled(false);
    m_ui->statusLabel->setText(tr("Pinning the key…"));
    m_ui->statusLabel->show();
    runAsync(this,
             [c = m_connection, path = m_knownHostsPath, fp = m_fingerprint] {
                 SshError error;
                 trustHostKey(c, path, fp, &error);
                 return error;
             },
             [this](const SshError &error) {
                 m_ui->statusLabel->hide();
                 if (!error.isError()) {
                     accept();
                     return;
                 }
                 showFailure(error.message, error.kind == SshError::Kind::HostKeyChanged);
             });
}

void TrustHostKeyDialog::showFailure(const QString &text, bool refused)
{
    if (refused) {
        m_ui->messageWidget->showMessage(
            tr("Refused: %1\nNothing was trusted. Ask the platform's support to confirm the server's key.").arg(text),
            Icons::Tone::Negative);
        m_fingerprint.clear();
    } else {
        m_ui->messageWidget->showMessage(text, Icons::Tone::Negative);
    }
    m_trust->setEnabled(!refused && !m_fingerprint.isEmpty());
}

} // namespace wb::ui
