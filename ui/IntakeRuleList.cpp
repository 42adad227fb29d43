// SPDX-License-Identifier: GPL-3.0-or-later
#include "IntakeRuleList.h"

#include "IntakeRuleDialog.h"
#include "formats/FormatSpec.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wb::ui {

namespace {

constexpr int DescriptionRole = Qt::UserRole + 1;

// Two lines a rule: its number and pattern, then what it does, quieter; both elided to the
// list's width rather than scrolled sideways.
class RuleDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        return {option.rect.width(), 2 * option.fontMetrics.height() + 2 * Padding + 2};
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        const QWidget *view = opt.widget;
        QStyle *style = view ? view->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, view);

        const bool selected = opt.state & QStyle::State_Selected;
        const QRect text = opt.rect.adjusted(Padding + 2, Padding, -Padding - 2, -Padding);
        const int line = opt.fontMetrics.height();
        painter->save();
        QFont bold = opt.font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        const QRect first(text.left(), text.top(), text.width(), line);
        painter->drawText(first, Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(bold).elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight,
                                                        first.width()));
        painter->setFont(opt.font);
        painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
        const QRect second(text.left(), text.top() + line + 2, text.width(), line);
        painter->drawText(second, Qt::AlignLeft | Qt::AlignVCenter,
                          opt.fontMetrics.elidedText(index.data(DescriptionRole).toString(), Qt::ElideRight,
                                                     second.width()));
        painter->restore();
    }

private:
    static constexpr int Padding = 5;
};

} // namespace

IntakeRuleList::IntakeRuleList(QWidget *parent)
    : QWidget(parent)
    , m_view(new QListWidget(this))
    , m_add(new QPushButton(tr("&Add rule…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_remove(new QPushButton(tr("Re&move"), this))
    , m_up(new QPushButton(tr("Move &up"), this))
    , m_down(new QPushButton(tr("Move do&wn"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    auto *intro = new QLabel(tr("A fetch takes each file in by the first rule whose pattern matches it. Files no "
                                "rule matches are recognised by their name and header, as without rules, and "
                                "only in the read path itself."),
                             this);
    intro->setObjectName(u"rulesIntro"_s);
    intro->setWordWrap(true);
    intro->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(intro);

    auto *row = new QHBoxLayout;
    row->setSpacing(8);
    m_view->setObjectName(u"rulesView"_s);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setItemDelegate(new RuleDelegate(m_view));
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setUniformItemSizes(true);
    m_view->installEventFilter(this);
    m_view->setToolTip(tr("Enter edits the selected rule, Delete removes it, Alt+Up and Alt+Down move it"));
    row->addWidget(m_view, 1);

    auto *buttons = new QVBoxLayout;
    buttons->setSpacing(6);
    m_add->setObjectName(u"addRuleButton"_s);
    m_edit->setObjectName(u"editRuleButton"_s);
    m_remove->setObjectName(u"removeRuleButton"_s);
    m_up->setObjectName(u"moveRuleUpButton"_s);
    m_down->setObjectName(u"moveRuleDownButton"_s);
    m_up->setToolTip(tr("Try the selected rule before the one above it (Alt+Up)"));
    m_down->setToolTip(tr("Try the selected rule after the one below it (Alt+Down)"));
    for (QPushButton *b : {m_add, m_edit, m_remove})
        buttons->addWidget(b);
    buttons->addSpacing(12);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addStretch(1);
    row->addLayout(buttons);
    layout->addLayout(row, 1);

    connect(m_add, &QPushButton::clicked, this, &IntakeRuleList::addRule);
    connect(m_edit, &QPushButton::clicked, this, &IntakeRuleList::editSelected);
    connect(m_remove, &QPushButton::clicked, this, &IntakeRuleList::removeSelected);
    connect(m_up, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveSelected(1); });
    connect(m_view, &QListWidget::itemDoubleClicked, this, &IntakeRuleList::editSelected);
    connect(m_view, &QListWidget::currentRowChanged, this, &IntakeRuleList::updateButtons);
    updateButtons();
}

QString IntakeRuleList::describe(const IntakeRule &rule)
{
    QStringList parts;
    if (rule.dataset.isEmpty())
        parts << tr("recognised by name and header");
    else if (const FormatSpec *spec = findFormat(rule.dataset))
        parts << tr("%1: %2").arg(spec->vendor, spec->title);
    else
        parts << tr("dataset %1").arg(rule.dataset);
    switch (rule.dateOrder) {
    case DateOrder::Unknown: break;
    case DateOrder::DayFirst: parts << tr("dates day first"); break;
    case DateOrder::MonthFirst: parts << tr("dates month first"); break;
    case DateOrder::YearFirst: parts << tr("dates year first"); break;
    }
    switch (rule.after) {
    case IntakeRule::After::Keep: parts << tr("kept on the server"); break;
    case IntakeRule::After::Delete: parts << tr("deleted from the server"); break;
    case IntakeRule::After::Archive: parts << tr("moved to %1").arg(rule.archiveDir); break;
    }
    return parts.join(u" · "_s);
}

void IntakeRuleList::setRules(const QList<IntakeRule> &rules)
{
    m_rules = rules;
    refresh(rules.isEmpty() ? -1 : 0);
}

void IntakeRuleList::refresh(int select)
{
    m_view->clear();
    for (int i = 0; i < m_rules.size(); ++i) {
        const IntakeRule &r = m_rules.at(i);
        QString first = tr("%1.  %2").arg(i + 1).arg(r.pattern);
        if (r.subfolders > 0)
            first += u"   "_s + tr("(subfolders: %n level(s) down)", nullptr, r.subfolders);
        auto *item = new QListWidgetItem(first, m_view);
        item->setData(DescriptionRole, describe(r));
        item->setToolTip(first + u'\n' + describe(r));
    }
    m_view->setCurrentRow(select);
    updateButtons();
}

int IntakeRuleList::selectedRow() const
{
    const int row = m_view->currentRow();
    return row >= 0 && row < m_rules.size() ? row : -1;
}

void IntakeRuleList::updateButtons()
{
    const int row = selectedRow();
    m_edit->setEnabled(row >= 0);
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_rules.size());
}

IntakeRuleDialog *IntakeRuleList::addRule()
{
    return openEditor(-1);
}

IntakeRuleDialog *IntakeRuleList::editSelected()
{
    const int row = selectedRow();
    return row < 0 ? nullptr : openEditor(row);
}

IntakeRuleDialog *IntakeRuleList::openEditor(int row)
{
    auto *dialog = new IntakeRuleDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setOwnDatasets(m_ownDatasets);
    if (row >= 0) {
        dialog->setWindowTitle(tr("Intake rule %1").arg(row + 1));
        dialog->setRule(m_rules.at(row));
    }
    // The dialog is modal to this window: the list cannot change under it.
    connect(dialog, &IntakeRuleDialog::saved, this, [this, row](const IntakeRule &rule) {
        if (row < 0 || row >= m_rules.size()) {
            m_rules << rule;
            refresh(int(m_rules.size()) - 1);
        } else {
            m_rules[row] = rule;
            refresh(row);
        }
        Q_EMIT changed();
    });
    dialog->open();
    return dialog;
}

void IntakeRuleList::removeSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    m_rules.removeAt(row);
    refresh(qMin(row, int(m_rules.size()) - 1));
    Q_EMIT changed();
}

void IntakeRuleList::moveSelected(int by)
{
    const int row = selectedRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= m_rules.size())
        return;
    m_rules.move(row, to);
    refresh(to);
    Q_EMIT changed();
}

bool IntakeRuleList::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    // Enter edits the rule here; the list would pass it on to the dialog's default button.
    if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
        editSelected();
        return true;
    }
    if (key->key() == Qt::Key_Delete) {
        removeSelected();
        return true;
    }
    if (key->modifiers() & Qt::AltModifier && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
        moveSelected(key->key() == Qt::Key_Up ? -1 : 1);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace wb::ui
