// SPDX-License-Identifier: GPL-3.0-or-later
#include "guiapp.h"

#include "apply/enginecontroller.h"
#include "charts/trafficcharts.h"
#include "common/workspace.h"
#include "configactions.h"
#include "documentcontroller.h"
#include "editors/servicescaffold.h"
#include "engine/engine.h"
#include "engine/listenerspanel.h"
#include "engine/routetracerpanel.h"
#include "log/accesslogformatter.h"
#include "logs/accesslogpanel.h"
#include "mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>

namespace meshgate {

namespace {

// The live panels follow whichever engine is running (a stop/start creates a new one).
struct LivePanels
{
    AccessLogPanel *log = nullptr;
    TrafficCharts *charts = nullptr;
    ListenersPanel *listeners = nullptr;
    RouteTracerPanel *tracer = nullptr;
    int tracerTab = -1;

    void attach(Engine *engine, const Workspace *workspace, const EngineSettings &settings)
    {
        listeners->setEngine(engine);
        if (!engine) {
            if (!workspace->hasErrors())
                tracer->setRouteTable(RouteTable::compile(workspace->config(), settings).table);
            return;
        }
        QObject::connect(engine, &Engine::accessLogBatch, log, &AccessLogPanel::appendRecords);
        QObject::connect(engine, &Engine::listenersChanged, log, &AccessLogPanel::setListenerStates);
        log->setListenerStates(engine->listenerStates());
        QObject::connect(engine, &Engine::trafficSample, charts, &TrafficCharts::addSample);
        QObject::connect(engine, &Engine::accessLogBatch, charts, &TrafficCharts::addRecords);
        QObject::connect(engine, &Engine::configApplied, tracer, [this, engine] { tracer->setRouteTable(engine->table()); });
        tracer->setRouteTable(engine->table());
    }
};

} // namespace

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

    auto panels = std::make_shared<LivePanels>();
    panels->log = new AccessLogPanel;
    panels->charts = new TrafficCharts;
    panels->listeners = new ListenersPanel;
    panels->tracer = new RouteTracerPanel;
    if (auto formatter = AccessLogFormatter::create(options.engine.accessLogFormat);
        std::holds_alternative<AccessLogFormatter>(formatter))
        panels->log->setFormatter(std::get<AccessLogFormatter>(formatter));
    window.addBottomTab(panels->log, QObject::tr("Access log"));
    window.addBottomTab(panels->charts, QObject::tr("Traffic"));
    window.addBottomTab(panels->listeners, QObject::tr("Listeners"));
    panels->tracerTab = window.addBottomTab(panels->tracer, QObject::tr("Route tracer"));
    QObject::connect(panels->log, &AccessLogPanel::traceRequested, panels->tracer, &RouteTracerPanel::traceRequest);
    QObject::connect(panels->listeners, &ListenersPanel::traceRequested, panels->tracer,
                     &RouteTracerPanel::traceRequest);
    // The panel the user looked at last (the access log the first time).
    QTabWidget *tabs = window.bottomTabs();
    tabs->setCurrentIndex(std::clamp(QSettings().value(QStringLiteral("ui/bottomTab"), tabs->indexOf(panels->log)).toInt(), 0,
                                     tabs->count() - 1));
    QObject::connect(tabs, &QTabWidget::currentChanged, tabs,
                     [](int index) { QSettings().setValue(QStringLiteral("ui/bottomTab"), index); });
    QObject::connect(panels->tracer, &RouteTracerPanel::showRequested, &window,
                     [&window, panels] { window.bottomTabs()->setCurrentIndex(panels->tracerTab); });
    QObject::connect(panels->log, &AccessLogPanel::createServiceRequested, &window,
                     [&window](const QString &host, quint16 port) {
                         Workspace *ws = window.workspace();
                         quint64 last = 0;
                         for (const Resource &r : ServiceScaffold::forHost(ws->config(), host, port))
                             last = ws->addResource(r);
                         if (last)
                             window.selectResource(last);
                     });
    const EngineSettings settings = options.engine;
    QObject::connect(engine, &EngineController::engineChanged, &window,
                     [panels, &window, settings](Engine *e) { panels->attach(e, window.workspace(), settings); });

    window.show();
    window.documents()->startRecovery(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
                                      + QStringLiteral("/recovery"));
    if (window.workspace()->count() == 0 && !window.workspace()->isDirty()) {
        if (!options.configFiles.isEmpty())
            window.documents()->openFiles(options.configFiles);
        else
            window.documents()->openExample();
    }
    if (!QSettings().value(QStringLiteral("engine/autoStart"), true).toBool() || !engine->start())
        panels->attach(nullptr, window.workspace(), settings);
    return app.exec();
}

} // namespace meshgate
