// SPDX-License-Identifier: GPL-3.0-or-later
#include "AboutDialog.h"
#include "ui_AboutDialog.h"

#include "Icons.h"
#include "sftp/SftpSession.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QPushButton>
#include <QSysInfo>

#if WRITEBACK_HAVE_SYNTAX_HIGHLIGHTING
#include <ksyntaxhighlighting_version.h>
#endif

using namespace Qt::StringLiterals;

namespace wb::ui {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(new Ui::AboutDialog)
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(Icons::app().pixmap(72, 72));
    QFont title = font();
    title.setPointSizeF(title.pointSizeF() * 1.6);
    title.setBold(true);
    m_ui->nameLabel->setFont(title);
    m_ui->versionLabel->setText(tr("Version %1").arg(QStringLiteral(WRITEBACK_VERSION)));
    m_ui->qtVersionLabel->setText(QString::fromLatin1(qVersion()));
    m_ui->libssh2VersionLabel->setText(libssh2Version());
#if WRITEBACK_HAVE_SYNTAX_HIGHLIGHTING
    m_ui->syntaxVersionLabel->setText(QStringLiteral(KSYNTAXHIGHLIGHTING_VERSION_STRING));
#else
    m_ui->syntaxVersionLabel->setText(tr("not in this build"));
#endif
    m_ui->systemLabel->setText(QSysInfo::prettyProductName());
    for (QLabel *caption : {m_ui->qtCaption, m_ui->libssh2Caption, m_ui->syntaxCaption, m_ui->systemCaption})
        caption->setForegroundRole(QPalette::PlaceholderText);

    QPushButton *copy = m_ui->buttonBox->addButton(tr("Copy version info"), QDialogButtonBox::ActionRole);
    copy->setObjectName(u"copyVersionsButton"_s);
    connect(copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(versionText()); });
}

AboutDialog::~AboutDialog() = default;

QString AboutDialog::versionText() const
{
    return u"Writeback Studio %1\nQt %2\nlibssh2 %3\nKSyntaxHighlighting %4\n%5\n"_s.arg(
        QStringLiteral(WRITEBACK_VERSION), m_ui->qtVersionLabel->text(), m_ui->libssh2VersionLabel->text(),
        m_ui->syntaxVersionLabel->text(), m_ui->systemLabel->text());
}

} // namespace wb::ui
