// SPDX-License-Identifier: GPL-3.0-or-later
#include "EmptyState.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wb::ui {

EmptyState::EmptyState(const QIcon &icon, const QString &title, const QString &text, QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(title, this))
    , m_text(new QLabel(text, this))
    , m_action(new QPushButton(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addStretch(2);
    m_icon->setPixmap(icon.pixmap(56, 56, QIcon::Disabled));
    m_icon->setAlignment(Qt::AlignCenter);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.35);
    f.setBold(true);
    m_title->setFont(f);
    m_title->setObjectName(u"emptyTitle"_s);
    m_title->setAlignment(Qt::AlignCenter);
    m_text->setObjectName(u"emptyText"_s);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setForegroundRole(QPalette::PlaceholderText);
    // A wrapped label asks for little width; give it a comfortable reading measure.
    m_text->setFixedWidth(qMin(500, fontMetrics().averageCharWidth() * 70));
    m_action->setObjectName(u"emptyAction"_s);
    m_action->hide();
    layout->addWidget(m_icon);
    layout->addSpacing(4);
    layout->addWidget(m_title);
    // Centred by stretches, not an alignment flag: an aligned item loses height-for-width and
    // the wrapped text would be clipped.
    auto *centre = new QHBoxLayout;
    centre->addStretch(1);
    centre->addWidget(m_text);
    centre->addStretch(1);
    layout->addLayout(centre);
    layout->addSpacing(8);
    layout->addWidget(m_action, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}

void EmptyState::setAction(const QString &label)
{
    m_action->setText(label);
    m_action->setVisible(!label.isEmpty());
}

} // namespace wb::ui
