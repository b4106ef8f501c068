// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"
#include "configactions.h"
#include "translations.h"

#include <QCoreApplication>
#include <QTextStream>

#ifdef MESHGATE_WITH_GUI
#include "guiapp.h"
#endif

int main(int argc, char *argv[])
{
    using namespace meshgate;
    QCoreApplication::setOrganizationName(QStringLiteral("Meshgate"));
    QCoreApplication::setApplicationName(QStringLiteral("meshgate"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MESHGATE_VERSION));

    // Parsed before any application object exists: a usage error must not need a display.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const CommandLine::Result cli = CommandLine::parse(arguments);
    if (cli.exitNow)
        return 0;
    if (!cli.error.isEmpty()) {
        QTextStream(stderr) << "meshgate: " << cli.error << '\n';
        return 2;
    }
    const AppOptions &options = cli.options;
    const bool window = !options.headless && !options.validate && options.exportPath.isEmpty()
        && options.explain.isEmpty();
#ifdef MESHGATE_WITH_GUI
    if (window)
        return runGui(argc, argv, options);
#else
    if (window) {
        QTextStream(stderr) << "meshgate: built without the GUI; use --headless\n";
        return 2;
    }
#endif
    QCoreApplication app(argc, argv);
    installTranslations({});
    return runCommandLineAction(options);
}
