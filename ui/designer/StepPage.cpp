// SPDX-License-Identifier: GPL-3.0-or-later
#include "StepPage.h"

#include "DefinitionEditor.h"
#include "Icons.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wb::ui {

StepPage::StepPage(DefinitionEditor *editor, const QString &title, const QString &intro, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_title(title)
    , m_body(new QVBoxLayout(this))
{
    m_body->setContentsMargins(0, 0, 0, 0);
    m_body->setSpacing(10);
    auto *heading = new QLabel(title, this);
    heading->setObjectName(u"stepTitle"_s);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    heading->setFont(f);
    m_body->addWidget(heading);
    if (!intro.isEmpty()) {
        auto *introLabel = hint(intro);
        introLabel->setObjectName(u"stepIntro"_s);
        m_body->addWidget(introLabel);
    }
    connect(editor, &DefinitionEditor::changed, this, &StepPage::refresh);
    connect(editor, &DefinitionEditor::contextChanged, this, &StepPage::refresh);
}

void StepPage::refresh()
{
    const bool was = m_loading;
    m_loading = true;
    reload();
    m_loading = was;
}

void StepPage::setText(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text)
        edit->setText(text);
}

QLabel *StepPage::hint(const QString &text)
{
    auto *label = new QLabel(text, this);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QLabel *StepPage::problemLabel()
{
    auto *label = new QLabel(this);
    label->setWordWrap(true);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, Icons::toneColor(Icons::Tone::Negative, p));
    label->setPalette(p);
    label->hide();
    return label;
}

void StepPage::alignLabels(const QList<QFormLayout *> &forms)
{
    QList<QWidget *> labels;
    int width = 0;
    for (QFormLayout *form : forms) {
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole);
            if (item && item->widget()) {
                labels << item->widget();
                width = std::max(width, item->widget()->sizeHint().width());
            }
        }
    }
    for (QWidget *label : std::as_const(labels))
        label->setMinimumWidth(width);
}

void StepPage::useFixedFont(QWidget *widget)
{
    QFont f = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    f.setPointSizeF(widget->font().pointSizeF());
    widget->setFont(f);
}

void StepPage::showProblem(QLabel *label, const QString &problem)
{
    label->setText(problem);
    label->setVisible(!problem.isEmpty());
}

} // namespace wb::ui
