// SPDX-License-Identifier: GPL-3.0-or-later
#include "guiapp.h"

#include "apply/enginecontroller.h"
#include "common/workspace.h"
#include "configactions.h"
#include "documentcontroller.h"
#include "mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>

namespace meshgate {

int runGui(int argc, char *argv[], const AppOptions &options)
{
    QApplication app(argc, argv);
    installTranslations(QSettings().value(QStringLiteral("ui/language")).toString());
    MainWindow window;
    window.documents()->setExamplePath(builtInExamplePath());

    // The engine runs in GUI mode exactly as headless would, with the same engine flags.
    auto *engine = new EngineController(options.engine, window.workspace(), &window, &window);
    QMenu *engineMenu = window.addMenuBeforeHelp(QObject::tr("&Engine"));
    engineMenu->addAction(engine->startAction());
    engineMenu->addAction(engine->stopAction());
    engineMenu->addSeparator();
    engineMenu->addAction(engine->applyAction());
    window.mainToolBar()->addSeparator();
    window.mainToolBar()->addAction(engine->startAction());
    window.mainToolBar()->addAction(engine->stopAction());
    window.mainToolBar()->addAction(engine->applyAction());
    window.addStatusWidget(engine->indicator());
    QObject::connect(engine, &EngineController::statusMessage, &window,
                     [&window](const QString &text) { window.statusBar()->showMessage(text, 8000); });

    window.show();
    window.documents()->startRecovery(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
                                      + QStringLiteral("/recovery"));
    if (window.workspace()->count() == 0 && !window.workspace()->isDirty()) {
        if (!options.configFiles.isEmpty())
            window.documents()->openFiles(options.configFiles);
        else
            window.documents()->openExample();
    }
    if (QSettings().value(QStringLiteral("engine/autoStart"), true).toBool())
        engine->start();
    return app.exec();
}

} // namespace meshgate
