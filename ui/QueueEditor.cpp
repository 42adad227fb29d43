// SPDX-License-Identifier: GPL-3.0-or-later
#include "QueueEditor.h"
#include "ui_QueueEditor.h"

#include "AsyncTask.h"
#include "FileDialog.h"
#include "WorkspaceWrite.h"
#include "core/Secrets.h"
#include "core/Workspace.h"
#include "queue/QueueStore.h"

#include <QDir>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace wb::ui {

QueueEditor::QueueEditor(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_ui(new Ui::QueueEditor)
    , m_workspace(workspace)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("New queue"));
    resize(1040, 720);
    QFont heading = font();
    heading.setBold(true);
    heading.setPointSizeF(heading.pointSizeF() * 1.1);
    m_ui->testTitle->setFont(heading);
    for (QLabel *l : {m_ui->introLabel, m_ui->addressHint, m_ui->passwordHint, m_ui->caHint})
        l->setForegroundRole(QPalette::PlaceholderText);
    m_ui->passwordEdit->setPlaceholderText(tr("the password the platform gave you"));
    m_ui->tlsWarning->setObjectName(u"tlsWarning"_s);
    m_ui->doctorView->reset(QueueConnection());
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setObjectName(u"saveButton"_s);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);

    for (QLineEdit *edit : {m_ui->nameEdit, m_ui->urlEdit, m_ui->userEdit, m_ui->addressEdit, m_ui->caEdit})
        connect(edit, &QLineEdit::textEdited, this, &QueueEditor::onEdited);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &QueueEditor::browseCa);
    connect(m_ui->testButton, &QPushButton::clicked, this, &QueueEditor::test);
    connect(m_ui->buttonBox->button(QDialogButtonBox::Save), &QPushButton::clicked, this, &QueueEditor::save);
    connect(m_ui->doctorView, &DoctorView::runningChanged, this, &QueueEditor::validate);
    validate();
}

QueueEditor::~QueueEditor() = default;

void QueueEditor::setQueue(const QueueConnection &q)
{
    setWindowTitle(tr("Edit queue %1").arg(q.name));
    m_id = q.id;
    m_originalName = q.name;
    m_ui->nameEdit->setText(q.name);
    m_ui->urlEdit->setText(q.url);
    m_ui->userEdit->setText(q.user);
    m_ui->addressEdit->setText(q.address);
    m_ui->caEdit->setText(QDir::toNativeSeparators(q.caFile));
    // The saved password stays in the keychain: it is not read back into the form.
    m_ui->passwordEdit->setPlaceholderText(tr("unchanged: kept in the system keychain"));
    m_ui->doctorView->reset(q);
    m_touched = true;
    validate();
}

QueueConnection QueueEditor::queue() const
{
    QueueConnection q;
    q.id = m_id;
    q.name = m_ui->nameEdit->text().trimmed();
    q.url = m_ui->urlEdit->text().trimmed();
    q.user = m_ui->userEdit->text().trimmed();
    q.address = m_ui->addressEdit->text().trimmed();
    q.caFile = QDir::fromNativeSeparators(m_ui->caEdit->text().trimmed());
    q.workspaceId = m_workspace.id();
    return q;
}

QStringList QueueEditor::problems() const
{
    return queue().problems();
}

void QueueEditor::onEdited()
{
    m_touched = true;
    validate();
}

void QueueEditor::validate()
{
    const QueueConnection q = queue();
    // Allowed for a broker on this computer, but never silently.
    const bool plain = q.parsedUrl().scheme().compare(u"amqp"_s, Qt::CaseInsensitive) == 0;
    if (plain)
        m_ui->tlsWarning->showMessage(tr("amqp:// has no TLS: the password and every message cross the network "
                                         "readable. Use it only for a broker on this computer; Amazon MQ takes "
                                         "amqps://HOST:5671."),
                                      Icons::Tone::Warning);
    else
        m_ui->tlsWarning->clear();

    const QStringList found = q.problems();
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

void QueueEditor::browseCa()
{
    const QString current = m_ui->caEdit->text().trimmed();
    const QString dir = current.isEmpty() ? QDir::homePath() : QFileInfo(current).absolutePath();
    const QString file = FileDialog::getOpenFileName(this, tr("Choose the CA certificate"), dir,
                                                     tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    if (file.isEmpty())
        return;
    m_ui->caEdit->setText(QDir::toNativeSeparators(file));
    onEdited();
}

void QueueEditor::test()
{
    QueueConnection q = queue();
    // Nothing typed: the saved password, which the keychain keeps under the saved name.
    if (m_ui->passwordEdit->text().isEmpty() && !m_originalName.isEmpty())
        q.name = m_originalName;
    m_ui->doctorView->start(q, m_ui->passwordEdit->text());
}

void QueueEditor::save()
{
    if (!problems().isEmpty() || m_saving)
        return;
    m_saving = true;
    validate();
    auto stored = std::make_shared<QueueConnection>(queue());
    WorkspaceWrite::start(
        this, m_workspace.path(),
        [stored](Workspace &ws, QString *error) { return QueueStore(ws).save(*stored, error); },
        m_ui->messageWidget, [this, stored](bool ok) {
            m_saving = false;
            if (ok)
                return afterStored(*stored);
            validate();
        });
}

void QueueEditor::afterStored(const QueueConnection &q)
{
    m_id = q.id;
    Q_EMIT saved(q);

    const QString password = m_ui->passwordEdit->text();
    const bool renamed = !m_originalName.isEmpty() && m_originalName != q.name;
    if (password.isEmpty() && !renamed)
        return finishSave({});

    m_saving = true;
    validate();
    m_ui->keychainMessage->showMessage(tr("Storing the password in the system keychain…"), Icons::Tone::Info);
    runAsync(this,
             [password, renamed, workspace = m_workspace.id(), name = q.name, old = m_originalName] {
                 const QString oldKey = queuePasswordKey(workspace, old);
                 QString value = password;
                 // A renamed queue takes its saved password along, under its new name.
                 if (value.isEmpty())
                     value = Secrets::readSecret(oldKey).value;
                 Secrets::Result r{true, {}, {}};
                 if (!value.isEmpty())
                     r = Secrets::storeSecret(queuePasswordKey(workspace, name), value);
                 if (r.ok && renamed)
                     Secrets::removeSecret(oldKey);
                 return r;
             },
             [this](const Secrets::Result &r) { finishSave(r.ok ? QString() : r.error); });
}

void QueueEditor::finishSave(const QString &keychainError)
{
    m_saving = false;
    m_originalName = m_ui->nameEdit->text().trimmed();
    if (keychainError.isEmpty())
        return accept();
    m_ui->keychainMessage->showMessage(
        tr("The queue was saved, but the password could not be stored in the system keychain: %1\n"
           "Set WRITEBACK_QUEUE_PASSWORD for the runs that read this queue.")
            .arg(keychainError),
        Icons::Tone::Warning);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    validate();
}

} // namespace wb::ui
