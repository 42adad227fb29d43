// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionEditor.h"
#include "ui_ConnectionEditor.h"

#include "AsyncTask.h"
#include "FileDialog.h"
#include "IntakeRuleList.h"
#include "WorkspaceWrite.h"
#include "core/ConnectionStore.h"
#include "core/IntakeRule.h"
#include "core/Secrets.h"
#include "core/Workspace.h"
#include "sftp/KeyFile.h"
#include "store/DatasetStore.h"

#include <QDir>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace wb::ui {

ConnectionEditor::ConnectionEditor(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_ui(new Ui::ConnectionEditor)
    , m_workspace(workspace)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("New connection"));
    resize(1040, 740);
    m_ui->portSpin->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    QFont heading = font();
    heading.setBold(true);
    heading.setPointSizeF(heading.pointSizeF() * 1.1);
    m_ui->testTitle->setFont(heading);
    m_ui->introLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->pathsHint->setForegroundRole(QPalette::PlaceholderText);
    m_ui->doctorView->reset(Connection());
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setObjectName(u"saveButton"_s);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);

    for (QLineEdit *edit : {m_ui->nameEdit, m_ui->hostEdit, m_ui->userEdit, m_ui->keyEdit, m_ui->readPathEdit,
                            m_ui->writePathEdit})
        connect(edit, &QLineEdit::textEdited, this, &ConnectionEditor::onEdited);
    connect(m_ui->portSpin, &QSpinBox::valueChanged, this, &ConnectionEditor::onEdited);
    connect(m_ui->keyEdit, &QLineEdit::textChanged, this, &ConnectionEditor::updateKeyInfo);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ConnectionEditor::browseKey);
    connect(m_ui->testButton, &QPushButton::clicked, this, &ConnectionEditor::test);
    connect(m_ui->buttonBox->button(QDialogButtonBox::Save), &QPushButton::clicked, this, &ConnectionEditor::save);
    connect(m_ui->doctorView, &DoctorView::runningChanged, this, &ConnectionEditor::validate);
    // A rule may name a dataset of the user's own: those there are, offered by name.
    QStringList own;
    for (const DatasetSummary &d : DatasetStore(m_workspace).datasets(DatasetStore::RowCounts::Skip))
        own << d.name;
    m_ui->ruleList->setOwnDatasets(own);
    connect(m_ui->ruleList, &IntakeRuleList::changed, this, [this] {
        m_rulesEdited = true;
        updateRulesTab();
    });
    updateRulesTab();
    updateKeyInfo();
    validate();
}

ConnectionEditor::~ConnectionEditor() = default;

void ConnectionEditor::setConnection(const Connection &c)
{
    setWindowTitle(tr("Edit connection %1").arg(c.name));
    m_id = c.id;
    m_originalName = c.name;
    m_ui->nameEdit->setText(c.name);
    m_ui->hostEdit->setText(c.host);
    m_ui->portSpin->setValue(c.port);
    m_ui->userEdit->setText(c.user);
    m_ui->keyEdit->setText(QDir::toNativeSeparators(c.keyFile));
    m_ui->readPathEdit->setText(c.readPath);
    m_ui->writePathEdit->setText(c.writePath);
    m_ui->ruleList->setRules(c.rules);
    updateRulesTab();
    m_ui->doctorView->reset(c);
    m_touched = true;
    validate();
    if (!m_keyEncrypted)
        return;
    // A remembered passphrase is filled in (and "remember" ticked) once the keychain answers.
    runAsync(this, [workspace = m_workspace.id(), name = c.name] { return Secrets::readPassphrase(workspace, name); },
             [this](const Secrets::Result &r) {
                 if (!r.ok || r.value.isEmpty() || !m_ui->passphraseEdit->text().isEmpty())
                     return;
                 m_ui->passphraseEdit->setText(r.value);
                 m_ui->rememberCheck->setChecked(true);
                 m_passphraseRemembered = true;
             });
}

Connection ConnectionEditor::connection() const
{
    Connection c;
    c.id = m_id;
    c.name = m_ui->nameEdit->text().trimmed();
    c.host = m_ui->hostEdit->text().trimmed();
    c.port = m_ui->portSpin->value();
    c.user = m_ui->userEdit->text().trimmed();
    c.keyFile = QDir::fromNativeSeparators(m_ui->keyEdit->text().trimmed());
    c.readPath = m_ui->readPathEdit->text().trimmed();
    c.writePath = m_ui->writePathEdit->text().trimmed();
    c.rules = m_ui->ruleList->rules();
    return c;
}

QStringList ConnectionEditor::problems() const
{
    QStringList out = connection().problems();
    if (!m_keyProblem.isEmpty())
        out << m_keyProblem;
    return out;
}

void ConnectionEditor::onEdited()
{
    m_touched = true;
    validate();
}

void ConnectionEditor::updateKeyInfo()
{
    const QString path = QDir::fromNativeSeparators(m_ui->keyEdit->text().trimmed());
    m_keyProblem.clear();
    m_keyEncrypted = false;
    QLabel *info = m_ui->keyInfoLabel;
    if (path.isEmpty()) {
        info->setText(tr("The private key that belongs to the public key you gave the platform."));
        info->setPalette(palette());
        info->setForegroundRole(QPalette::PlaceholderText);
    } else {
        const PrivateKey key = readPrivateKey(path);
        if (!key.isUsable()) {
            m_keyProblem = key.error;
            info->setText(key.error);
            QPalette pal = palette();
            pal.setColor(QPalette::WindowText, Icons::toneColor(Icons::Tone::Negative, palette()));
            info->setPalette(pal);
            info->setForegroundRole(QPalette::WindowText);
        } else {
            m_keyEncrypted = key.encrypted;
            const QString what = key.algorithm.isEmpty() ? formatDescription(key)
                                                         : tr("%1, %2").arg(formatDescription(key), key.algorithm);
            info->setText(key.encrypted ? tr("%1, protected by a passphrase.").arg(what)
                                        : tr("%1, not protected by a passphrase.").arg(what));
            info->setPalette(palette());
            info->setForegroundRole(QPalette::PlaceholderText);
        }
    }
    // A passphrase only means something for an encrypted key; typing one for a plain key
    // would suggest a protection that is not there.
    m_ui->passphraseEdit->setEnabled(m_keyEncrypted);
    m_ui->rememberCheck->setEnabled(m_keyEncrypted);
    m_ui->passphraseEdit->setPlaceholderText(m_keyEncrypted ? tr("needed to unlock the key")
                                                            : tr("not needed for this key"));
    if (!m_keyEncrypted)
        m_ui->passphraseEdit->clear();
    validate();
}

void ConnectionEditor::validate()
{
    const QStringList found = problems();
    const bool busy = m_saving || m_ui->doctorView->isRunning();
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(found.isEmpty() && !m_saving);
    m_ui->testButton->setEnabled(found.isEmpty() && !busy);
    if (!m_touched || found.isEmpty()) {
        if (m_ui->messageWidget->tone() == Icons::Tone::Warning)
            m_ui->messageWidget->clear();
        return;
    }
    m_ui->messageWidget->showProblems(found, Icons::Tone::Warning);
}

void ConnectionEditor::updateRulesTab()
{
    const int rules = int(m_ui->ruleList->rules().size());
    m_ui->formTabs->setTabText(m_ui->formTabs->indexOf(m_ui->rulesTab),
                               rules == 0 ? tr("&Intake rules") : tr("&Intake rules (%1)").arg(rules));
}

void ConnectionEditor::browseKey()
{
    QString dir = QFileInfo(m_ui->keyEdit->text()).absolutePath();
    if (m_ui->keyEdit->text().isEmpty())
        dir = QDir::homePath() + u"/.ssh"_s;
    const QString file = FileDialog::getOpenFileName(this, tr("Choose the private key"), dir,
                                                     tr("Private keys (*.pem *.key *.ppk id_* *);;All files (*)"));
    if (file.isEmpty())
        return;
    m_ui->keyEdit->setText(QDir::toNativeSeparators(file));
    onEdited();
}

void ConnectionEditor::test()
{
    m_ui->doctorView->start(connection(), m_workspace.knownHostsPath(),
                            m_keyEncrypted ? m_ui->passphraseEdit->text() : QString());
}

void ConnectionEditor::save()
{
    if (!problems().isEmpty() || m_saving)
        return;
    m_saving = true;
    validate();
    auto stored = std::make_shared<Connection>(connection());
    WorkspaceWrite::start(
        this, m_workspace.path(),
        [stored, rules = m_rulesEdited](Workspace &ws, QString *error) {
            // One transaction: the connection and its rules land together or not at all.
            return ConnectionStore(ws).save(*stored, error)
                   && (!rules || IntakeRuleStore(ws).replace(stored->id, stored->rules, error));
        },
        m_ui->messageWidget, [this, stored](bool ok) {
            m_saving = false;
            if (ok)
                return afterStored(*stored);
            validate();
        });
}

void ConnectionEditor::afterStored(const Connection &c)
{
    m_id = c.id;
    Q_EMIT saved(c);

    const bool remember = m_keyEncrypted && m_ui->rememberCheck->isChecked() && !m_ui->passphraseEdit->text().isEmpty();
    // Forget only on purpose: a rename, or "remember" unticked after the keychain answered.
    // Saving before the keychain answers (the field still empty) must not delete the secret.
    const bool renamed = !m_originalName.isEmpty() && m_originalName != c.name;
    const bool unticked = m_passphraseRemembered && !m_ui->rememberCheck->isChecked();
    const bool forgetOld = !m_originalName.isEmpty() && (renamed || unticked);
    if (!remember && !forgetOld)
        return accept();

    m_saving = true;
    validate();
    m_ui->keychainMessage->showMessage(tr("Storing the passphrase in the system keychain…"), Icons::Tone::Info);
    runAsync(this,
             [remember, forgetOld, workspace = m_workspace.id(), name = c.name, old = m_originalName,
              passphrase = m_ui->passphraseEdit->text()] {
                 // A renamed connection or an unticked box must not leave a passphrase behind.
                 if (forgetOld)
                     Secrets::removePassphrase(workspace, old);
                 return remember ? Secrets::storePassphrase(workspace, name, passphrase) : Secrets::Result{true, {}, {}};
             },
             [this](const Secrets::Result &r) { finishSave(r.ok ? QString() : r.error); });
}

void ConnectionEditor::finishSave(const QString &keychainError)
{
    m_saving = false;
    m_originalName = m_ui->nameEdit->text().trimmed();
    if (keychainError.isEmpty())
        return accept();
    m_ui->keychainMessage->showMessage(
        tr("The connection was saved, but the passphrase could not be stored in the system keychain: %1\n"
           "Writeback Studio will ask for it each time it connects.")
            .arg(keychainError),
        Icons::Tone::Warning);
    m_ui->rememberCheck->setChecked(false);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    validate();
}

} // namespace wb::ui
