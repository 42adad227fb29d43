// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace wb {

void installTranslations()
{
    const QLocale locale;
    auto *ours = new QTranslator(QCoreApplication::instance());
    // qt_add_translations keeps the .qm files' build folder under the resource prefix.
    for (const QString &folder : {u":/i18n/translations"_s, u":/i18n"_s}) {
        if (ours->load(locale, u"writeback"_s, u"_"_s, folder)) {
            QCoreApplication::installTranslator(ours);
            break;
        }
    }
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace wb
