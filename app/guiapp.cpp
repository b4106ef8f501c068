// SPDX-License-Identifier: GPL-3.0-or-later
#include "guiapp.h"

#include "apply/enginecontroller.h"
#include "common/workspace.h"
#include "configactions.h"
#include "desktop/desktopshell.h"
#include "documentcontroller.h"
#include "engine/threadlauncher.h"
#include "engine/threadpriority.h"
#include "mainwindow.h"
#include "settings/settingscontroller.h"
#include "translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

namespace meshgate {

namespace {
// Gives the free functions here a translation context lupdate can see.
struct GuiAppText
{
    Q_DECLARE_TR_FUNCTIONS(GuiApp)
};

// How far the GUI thread steps back: nice +10 by default, about a tenth of the weight of a normal
// thread when the CPU is short. The GUI needs ~4 % of a core; what this buys is that the worker
// is not preempted by every repaint and by the helpers Qt's raster engine wakes for large fills.
// MESHGATE_GUI_NICE=0 keeps the GUI at normal priority.
int guiNiceSteps()
{
    bool ok = false;
    const int steps = qEnvironmentVariableIntValue("MESHGATE_GUI_NICE", &ok);
    return ok ? steps : 10;
}
} // namespace

int runGui(int argc, char *argv[], const AppOptions &options)
{
    // First the launcher, at the priority Meshgate was started with: the engine's threads are
    // created on every (re)start and would otherwise inherit the GUI thread's lowered priority.
    // Then the GUI thread steps back, before QApplication, so Qt's own helper threads follow it.
    ThreadLauncher engineThreads;
    // Failing only leaves the GUI at normal priority, as it was before: nothing to report.
    (void)ThreadPriority::lowerBy(guiNiceSteps());
    QApplication app(argc, argv);
    // The window may live on in the tray; the app ends when it is really closed (or on Quit).
    QApplication::setQuitOnLastWindowClosed(false);
    installTranslations(QSettings().value(QStringLiteral("ui/language")).toString());

    // The engine runs in GUI mode exactly as headless would: the flags given win over Settings.
    DesktopShell shell(options.engine, CommandLineOverrides::fromArguments(QApplication::arguments()));
    // Before anything can start the engine (a dialog's event loop below, the tray, a setting).
    shell.engine()->setThreadLauncher(&engineThreads);
    MainWindow *window = shell.window();
    QObject::connect(window, &MainWindow::windowClosed, &app, &QApplication::quit, Qt::QueuedConnection);
    window->documents()->setExamplePath(builtInExamplePath());

    window->show();
    window->documents()->startRecovery(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
                                       + QStringLiteral("/recovery"));
    bool opened = true;
    if (window->workspace()->count() == 0 && !window->workspace()->isDirty()) {
        if (!options.configFiles.isEmpty())
            opened = window->documents()->openFiles(options.configFiles);
        else
            opened = window->documents()->openExample();
    }
    // A file named on the command line that did not open (broken YAML, the fix cancelled) leaves
    // an empty workspace: starting the engine on that would open the mesh port with no rules.
    if (opened)
        shell.startEngineIfWanted();
    else if (!options.configFiles.isEmpty())
        window->statusBar()->showMessage(GuiAppText::tr("Engine not started: %1 did not open.")
                                             .arg(options.configFiles.join(QStringLiteral(", "))));
    return app.exec();
}

} // namespace meshgate
