// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace meshgate {

QString installTranslations(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto *translator = new QTranslator(QCoreApplication::instance());
    // QTranslator tries "meshgate_de_DE", then "meshgate_de", ... for the locale's UI languages.
    if (!translator->load(locale, QStringLiteral("meshgate"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete translator;
        return {};
    }
    QCoreApplication::installTranslator(translator);
    // Qt's own strings (standard dialog buttons), when the system has them installed.
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return locale.name();
}

} // namespace meshgate
