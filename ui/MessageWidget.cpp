// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageWidget.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace wb::ui {

MessageWidget::MessageWidget(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_label(new QLabel(this))
    , m_action(new QPushButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(10);
    m_icon->setAlignment(Qt::AlignTop);
    m_icon->setObjectName(u"messageIcon"_s);
    m_label->setObjectName(u"messageText"_s);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setTextFormat(Qt::RichText);
    m_label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_action->setObjectName(u"messageAction"_s);
    m_action->hide();
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_action, 0, Qt::AlignVCenter);
    hide();
}

void MessageWidget::showMessage(const QString &text, Icons::Tone tone)
{
    m_tone = tone;
    m_label->setText(text.toHtmlEscaped().replace(u'\n', u"<br>"_s));
    restyle();
    show();
}

void MessageWidget::showProblems(const QStringList &problems, Icons::Tone tone)
{
    if (problems.size() == 1)
        return showMessage(problems.first(), tone);
    m_tone = tone;
    QString html = u"<ul style=\"margin:0; -qt-list-indent:1;\">"_s;
    for (const QString &p : problems)
        html += u"<li>"_s + p.toHtmlEscaped() + u"</li>"_s;
    m_label->setText(html + u"</ul>"_s);
    restyle();
    show();
}

void MessageWidget::clear()
{
    m_label->clear();
    m_action->hide();
    hide();
}

QString MessageWidget::text() const
{
    // Plain text for tests and accessibility: the label holds HTML.
    QString t = m_label->text();
    t.replace(u"<br>"_s, u"\n"_s).replace(u"</li>"_s, u"\n"_s);
    static const QRegularExpression tags(u"<[^>]*>"_s);
    t.remove(tags);
    t.replace(u"&amp;"_s, u"&"_s).replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s).replace(u"&quot;"_s, u"\""_s);
    return t.trimmed();
}

void MessageWidget::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        restyle();
}

void MessageWidget::restyle()
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(Icons::tone(m_tone, palette()).pixmap(size, size, QIcon::Normal));
    update();
}

void MessageWidget::paintEvent(QPaintEvent *)
{
    // A light tint of the status colour over the base colour, so it reads in dark mode too.
    // Painted rather than styled: a style sheet would change the palette it is computed from.
    const QColor accent = Icons::toneColor(m_tone, palette());
    const QColor base = palette().color(QPalette::Base);
    auto mix = [](const QColor &a, const QColor &b, qreal t) {
        return QColor::fromRgbF(a.redF() * t + b.redF() * (1 - t), a.greenF() * t + b.greenF() * (1 - t),
                                a.blueF() * t + b.blueF() * (1 - t));
    };
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(mix(accent, base, 0.55), 1));
    p.setBrush(mix(accent, base, 0.12));
    p.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
}

} // namespace wb::ui
