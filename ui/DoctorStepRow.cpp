// SPDX-License-Identifier: GPL-3.0-or-later
#include "DoctorStepRow.h"

#include "Icons.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace wb::ui {

DoctorStepRow::DoctorStepRow(const DoctorStep &step, int number, QWidget *parent)
    : QFrame(parent)
    , m_step(step)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_elapsed(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_advice(new QLabel(this))
{
    setObjectName(u"step-"_s + DoctorStep::idName(step.id));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(4, 6, 4, 6);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(3);
    m_icon->setObjectName(u"icon"_s);
    m_icon->setFixedSize(20, 20);
    m_title->setObjectName(u"title"_s);
    m_title->setText(tr("%1. %2").arg(number).arg(step.title));
    m_elapsed->setObjectName(u"elapsed"_s);
    m_elapsed->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_elapsed->setForegroundRole(QPalette::PlaceholderText);
    for (QLabel *l : {m_detail, m_advice}) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        l->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        l->hide();
    }
    m_detail->setObjectName(u"detail"_s);
    m_advice->setObjectName(u"advice"_s);
    m_advice->setTextFormat(Qt::RichText);
    grid->addWidget(m_icon, 0, 0, Qt::AlignTop);
    grid->addWidget(m_title, 0, 1);
    grid->addWidget(m_elapsed, 0, 2);
    grid->addWidget(m_detail, 1, 1, 1, 2);
    grid->addWidget(m_advice, 2, 1, 1, 2);
    grid->setColumnStretch(1, 1);
    refresh();
}

void DoctorStepRow::setStep(const DoctorStep &step)
{
    m_step = step;
    refresh();
}

void DoctorStepRow::setQuiet(bool quiet)
{
    m_quiet = quiet;
    refresh();
}

void DoctorStepRow::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        refresh();
}

void DoctorStepRow::refresh()
{
    using Status = DoctorStep::Status;
    setProperty("status", DoctorStep::statusName(m_step.status));
    m_icon->setPixmap(Icons::step(m_step.status, palette()).pixmap(20, 20));
    m_icon->setToolTip(DoctorStep::statusName(m_step.status));

    QFont f = font();
    f.setBold(m_step.status == Status::Running || m_step.status == Status::Failed);
    m_title->setFont(f);
    // Steps not reached yet are greyed, so the eye goes to what happened.
    m_title->setForegroundRole(m_step.status == Status::Pending || m_step.status == Status::Skipped
                                   ? QPalette::PlaceholderText
                                   : QPalette::WindowText);

    const bool timed = m_step.status == Status::Passed || m_step.status == Status::Failed
                       || m_step.status == Status::Warning;
    m_elapsed->setText(!timed ? QString()
                       : m_step.elapsedMs < 1000
                           ? tr("%1 ms").arg(m_step.elapsedMs)
                           : tr("%1 s").arg(QLocale().toString(m_step.elapsedMs / 1000.0, 'f', 1)));

    const QString detail = m_step.status == Status::Running ? tr("Working…") : m_step.detail;
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty() && m_step.status != Status::Pending && !m_quiet);
    m_detail->setForegroundRole(m_step.status == Status::Failed ? QPalette::WindowText : QPalette::PlaceholderText);

    const bool advise = m_step.status == Status::Failed && !m_step.advice.isEmpty();
    if (advise) {
        const QColor c = Icons::toneColor(Icons::Tone::Negative, palette());
        m_advice->setText(u"<span style=\"color:%1; font-weight:600\">%2</span> %3"_s.arg(
            c.name(), tr("What to check:").toHtmlEscaped(), m_step.advice.toHtmlEscaped()));
    }
    m_advice->setVisible(advise);
}

} // namespace wb::ui
