// SPDX-License-Identifier: GPL-3.0-or-later
#include "guiapp.h"

#include "common/workspace.h"
#include "configactions.h"
#include "desktop/desktopshell.h"
#include "documentcontroller.h"
#include "mainwindow.h"
#include "settings/settingscontroller.h"
#include "translations.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>

namespace meshgate {

int runGui(int argc, char *argv[], const AppOptions &options)
{
    QApplication app(argc, argv);
    // The window may live on in the tray; the app ends when it is really closed (or on Quit).
    QApplication::setQuitOnLastWindowClosed(false);
    installTranslations(QSettings().value(QStringLiteral("ui/language")).toString());

    // The engine runs in GUI mode exactly as headless would: the flags given win over Settings.
    DesktopShell shell(options.engine, CommandLineOverrides::fromArguments(QApplication::arguments()));
    MainWindow *window = shell.window();
    QObject::connect(window, &MainWindow::windowClosed, &app, &QApplication::quit, Qt::QueuedConnection);
    window->documents()->setExamplePath(builtInExamplePath());

    window->show();
    window->documents()->startRecovery(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
                                       + QStringLiteral("/recovery"));
    if (window->workspace()->count() == 0 && !window->workspace()->isDirty()) {
        if (!options.configFiles.isEmpty())
            window->documents()->openFiles(options.configFiles);
        else
            window->documents()->openExample();
    }
    shell.startEngineIfWanted();
    return app.exec();
}

} // namespace meshgate
