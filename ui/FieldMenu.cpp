// SPDX-License-Identifier: GPL-3.0-or-later
#include "FieldMenu.h"

#include "Prompts.h"
#include "store/Catalog.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QMenu>

using namespace Qt::StringLiterals;

namespace wb::ui {

namespace {

// lupdate files a free function's tr() under its namespace.
QString tr(const char *text)
{
    return QCoreApplication::translate("wb::ui", text);
}

} // namespace

QMenu *fieldMenu(const FieldSpec &field, QWidget *parent, std::function<void(const QString &)> chosen)
{
    if (field.type != FieldType::Text)
        return nullptr;
    auto *menu = new QMenu(parent);
    menu->setObjectName(u"fieldMenu"_s);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addSection(field.header.isEmpty() ? field.name : field.header);
    auto *group = new QActionGroup(menu);
    auto add = [&](const QString &text, const QString &separator) {
        QAction *a = menu->addAction(text);
        a->setCheckable(true);
        a->setChecked(field.multiValue == separator);
        group->addAction(a);
        QObject::connect(a, &QAction::triggered, menu, [chosen, separator] { chosen(separator); });
        return a;
    };
    add(tr("Holds one value"), QString());
    // The separators platforms offer; any other is asked for.
    const QStringList common{u","_s, u";"_s, u"|"_s, u"/"_s};
    for (const QString &separator : common)
        add(tr("Holds several values, separated by “%1”").arg(separator), separator);
    // A separator of the user's own is asked for, and shown as the last choice once set.
    const bool own = !field.multiValue.isEmpty() && !common.contains(field.multiValue);
    QAction *ask = menu->addAction(own ? tr("Holds several values, separated by “%1”…").arg(field.multiValue)
                                       : tr("Holds several values, separated by…"));
    ask->setCheckable(true);
    ask->setChecked(own);
    group->addAction(ask);
    QObject::connect(ask, &QAction::triggered, menu, [parent, chosen] {
        QString label = tr("What the files write between two values (1 to 8 characters, no line break):");
        for (;;) {
            bool ok = false;
            const QString separator = Prompts::text(parent, tr("Several values"), label, QLineEdit::Normal, &ok);
            if (!ok)
                return;
            if (isValidMultiValueSeparator(separator))
                return chosen(separator);
            label = tr("“%1” cannot separate values. %2").arg(separator, label);
        }
    });
    return menu;
}

} // namespace wb::ui
