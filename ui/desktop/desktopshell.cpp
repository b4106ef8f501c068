// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/desktopshell.h"

#include "apply/enginecontroller.h"
#include "charts/trafficcharts.h"
#include "common/workspace.h"
#include "desktop/appicon.h"
#include "desktop/theme.h"
#include "desktop/trayicon.h"
#include "editors/resourceeditor.h"
#include "editors/servicescaffold.h"
#include "engine/engine.h"
#include "engine/listenerspanel.h"
#include "engine/routetracerpanel.h"
#include "log/accesslogformatter.h"
#include "logs/accesslogpanel.h"
#include "mainwindow.h"
#include "routemap/routemappanel.h"
#include "settings/settingscontroller.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

#include <algorithm>

namespace meshgate {

namespace {
constexpr int kStatusMessageMs = 8000;
}

DesktopShell::DesktopShell(const EngineSettings &commandLine, const CommandLineOverrides &overrides, QObject *parent)
    : QObject(parent)
    , m_theme(new Theme(this))
    , m_settings(new SettingsController(commandLine, overrides, this))
    , m_window((m_theme->apply(m_settings->settings().theme), std::make_unique<MainWindow>()))
    , m_engine(new EngineController(m_settings->engineSettings(), m_window->workspace(), m_window.get(), m_window.get()))
    , m_routeMap(new RouteMapPanel(m_window->workspace()))
    , m_tray(nullptr)
{
    m_window->setWindowIcon(AppIcon::icon(AppIcon::Badge::None));
    createEngineMenu();
    connect(m_engine, &EngineController::statusMessage, m_window.get(),
            [this](const QString &text) { m_window->statusBar()->showMessage(text, kStatusMessageMs); });

    createLivePanels();

    // Route map: a bottom tab, View > Route Map, and clicks that select resources.
    m_routeMap->setEngineSettings(m_settings->engineSettings());
    m_window->resourceEditor()->setEngineSettings(m_settings->engineSettings());
    m_window->workspace()->setEngineSettings(m_settings->engineSettings());
    m_window->addPanel(m_routeMap, tr("Route map"), QStringLiteral("RouteMapDock"));
    m_routeMapAction = m_window->viewMenu()->addAction(tr("Route &Map"), this,
                                                       [this] { m_window->showPanel(m_routeMap); });
    m_routeMapAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    createPanelActions();
    connect(m_routeMap, &RouteMapPanel::resourceActivated, m_window.get(), &MainWindow::selectResource);
    connect(m_window.get(), &MainWindow::currentResourceChanged, m_routeMap, &RouteMapPanel::setCurrentResource);
    connect(m_engine, &EngineController::engineChanged, m_routeMap, &RouteMapPanel::setEngine);
    // The access log in front the first time; afterwards the saved layout decides.
    m_window->panelDock(m_log)->raise();

    // Settings.
    const bool trayAvailable = TrayIcon::isSystemTrayAvailable();
    m_settings->setDialogParent(m_window.get());
    m_settings->setTrayAvailable(trayAvailable);
    m_window->editMenu()->addSeparator();
    m_window->editMenu()->addAction(m_settings->preferencesAction());
    connect(m_settings, &SettingsController::settingsChanged, this, &DesktopShell::handleSettingsChanged);
    connect(m_settings, &SettingsController::engineSettingsChanged, this, &DesktopShell::handleEngineSettingsChanged);

    // Tray.
    m_tray = new TrayIcon(m_window.get(), m_engine, this);
    m_tray->show();
    m_window->setCloseToTray(trayAvailable && m_settings->settings().closeToTray);
    connect(m_window.get(), &MainWindow::hiddenToTray, m_tray, &TrayIcon::notifyHiddenToTray);
    connect(m_engine, &EngineController::engineChanged, m_window.get(),
            [this](Engine *engine) {
                m_window->setWindowIcon(AppIcon::icon(engine ? AppIcon::Badge::Running : AppIcon::Badge::None));
            });
}

DesktopShell::~DesktopShell()
{
    // The tray's menu holds the window's actions; the window holds the engine.
    delete m_tray;
    m_tray = nullptr;
    m_window.reset();
}

void DesktopShell::createEngineMenu()
{
    m_restartAction = new QAction(tr("&Restart Engine"), this);
    m_restartAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F5));
    m_restartAction->setToolTip(tr("Stop the engine and start it again with the current settings"));
    m_restartAction->setEnabled(false);
    connect(m_restartAction, &QAction::triggered, this, &DesktopShell::restartEngine);
    connect(m_engine, &EngineController::stateChanged, this, [this](EngineController::State state) {
        m_restartAction->setEnabled(m_engine->engine() && state != EngineController::State::Stopping);
    });

    QMenu *menu = m_window->addMenuBeforeHelp(tr("E&ngine"));
    menu->addAction(m_engine->startAction());
    menu->addAction(m_engine->stopAction());
    menu->addAction(m_restartAction);
    menu->addSeparator();
    menu->addAction(m_engine->applyAction());
    QToolBar *toolBar = m_window->mainToolBar();
    toolBar->addAction(m_engine->startAction());
    toolBar->addAction(m_engine->stopAction());
    toolBar->addAction(m_engine->applyAction());
    m_window->addStatusWidget(m_engine->indicator());
}

void DesktopShell::createLivePanels()
{
    m_log = new AccessLogPanel;
    m_charts = new TrafficCharts;
    m_listeners = new ListenersPanel;
    m_tracer = new RouteTracerPanel;
    const EngineSettings settings = m_settings->engineSettings();
    if (auto formatter = AccessLogFormatter::create(settings.accessLogFormat);
        std::holds_alternative<AccessLogFormatter>(formatter))
        m_log->setFormatter(std::get<AccessLogFormatter>(formatter));
    m_log->setCapacity(m_settings->settings().logCapacity);
    connect(m_settings, &SettingsController::logCapacityChanged, m_log, &AccessLogPanel::setCapacity);
    m_window->addPanel(m_log, tr("Access log"), QStringLiteral("AccessLogDock"));
    m_window->addPanel(m_charts, tr("Traffic"), QStringLiteral("TrafficDock"));
    m_window->addPanel(m_listeners, tr("Listeners"), QStringLiteral("ListenersDock"));
    m_window->addPanel(m_tracer, tr("Route tracer"), QStringLiteral("RouteTracerDock"));
    connect(m_log, &AccessLogPanel::traceRequested, m_tracer, &RouteTracerPanel::traceRequest);
    connect(m_listeners, &ListenersPanel::traceRequested, m_tracer, &RouteTracerPanel::traceRequest);
    connect(m_tracer, &RouteTracerPanel::showRequested, m_window.get(),
            [this] { m_window->showPanel(m_tracer); });
    connect(m_log, &AccessLogPanel::createServiceRequested, m_window.get(), [this](const QString &host, quint16 port) {
        Workspace *ws = m_window->workspace();
        quint64 last = 0;
        for (const Resource &r : ServiceScaffold::forHost(ws->config(), host, port))
            last = ws->addResource(r);
        if (last)
            m_window->selectResource(last);
    });
    // The live panels follow whichever engine runs (a stop/start creates a new one).
    connect(m_engine, &EngineController::engineChanged, this, &DesktopShell::attachLivePanels);
}

void DesktopShell::createPanelActions()
{
    QMenu *view = m_window->viewMenu();
    const std::pair<QWidget *, QString> panels[] = {
        {m_log, tr("Access &Log")}, {m_charts, tr("&Traffic")}, {m_listeners, tr("L&isteners")},
        {m_tracer, tr("Route Tra&cer")}};
    int key = Qt::Key_4;
    for (const auto &[panel, text] : panels) {
        QAction *action = view->addAction(text, this, [this, panel = panel] { m_window->showPanel(panel); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(key++)));
    }
    // The live log and the charts at once: with tabbed panels only one of them shows.
    m_besideAction = view->addAction(tr("Traffic &Beside Access Log"));
    m_besideAction->setCheckable(true);
    m_besideAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    connect(m_besideAction, &QAction::triggered, this,
            [this](bool beside) { m_window->setPanelBeside(m_charts, m_log, beside); });
    connect(m_window.get(), &MainWindow::panelLayoutChanged, m_besideAction,
            [this] { m_besideAction->setChecked(m_window->isPanelBeside(m_charts, m_log)); });
}

void DesktopShell::attachLivePanels(Engine *engine)
{
    m_listeners->setEngine(engine);
    if (!engine) {
        if (!m_window->workspace()->hasErrors())
            m_tracer->setRouteTable(RouteTable::compile(m_window->workspace()->config(),
                                                        m_settings->engineSettings()).table);
        return;
    }
    connect(engine, &Engine::accessLogBatch, m_log, &AccessLogPanel::appendRecords);
    connect(engine, &Engine::listenersChanged, m_log, &AccessLogPanel::setListenerStates);
    m_log->setListenerStates(engine->listenerStates());
    connect(engine, &Engine::trafficSample, m_charts, &TrafficCharts::addSample);
    connect(engine, &Engine::accessLogBatch, m_charts, &TrafficCharts::addRecords);
    connect(engine, &Engine::configApplied, m_tracer, [this, engine] { m_tracer->setRouteTable(engine->table()); });
    m_tracer->setRouteTable(engine->table());
}

bool DesktopShell::startEngineIfWanted()
{
    if (m_settings->settings().engineAutoStart && m_engine->start())
        return true;
    attachLivePanels(nullptr);
    return false;
}

void DesktopShell::restartEngine()
{
    if (!m_engine->engine()) {
        Q_EMIT engineRestarted(m_engine->start());
        return;
    }
    if (m_restartPending)
        return;
    m_restartPending = true;
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_engine, &EngineController::engineChanged, this, [this, connection](Engine *engine) {
        if (engine)
            return;
        disconnect(*connection);
        // After the controller has finished announcing the stop.
        QTimer::singleShot(0, this, [this] {
            m_restartPending = false;
            Q_EMIT engineRestarted(m_engine->start());
        });
    });
    m_engine->stop();
}

void DesktopShell::handleSettingsChanged(const AppSettings &now, const AppSettings &before)
{
    if (now.theme != before.theme)
        m_theme->apply(now.theme);
    m_window->setCloseToTray(TrayIcon::isSystemTrayAvailable() && now.closeToTray);
    if (now.language != before.language)
        m_window->statusBar()->showMessage(tr("The new language applies when Meshgate starts again."),
                                           kStatusMessageMs);
}

void DesktopShell::handleEngineSettingsChanged(const EngineSettings &settings)
{
    m_engine->setSettings(settings);
    m_routeMap->setEngineSettings(settings);
    m_window->resourceEditor()->setEngineSettings(settings);
    m_window->workspace()->setEngineSettings(settings);
    if (auto formatter = AccessLogFormatter::create(settings.accessLogFormat);
        std::holds_alternative<AccessLogFormatter>(formatter))
        m_log->setFormatter(std::get<AccessLogFormatter>(formatter));
    if (!m_engine->engine())
        return;
    const bool restart = m_restartPrompt ? m_restartPrompt() : QMessageBox::question(
        m_window.get(), tr("Restart the engine?"),
        tr("The engine runs with the previous settings. Restart it now to use the new ones? Connections in "
           "flight are given a few seconds to finish."),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) == QMessageBox::Yes;
    if (restart)
        restartEngine();
    else
        m_window->statusBar()->showMessage(tr("The new engine settings apply at the next start."), kStatusMessageMs);
}

} // namespace meshgate
