// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/enginesettings.h"
#include "settings/commandlineoverrides.h"

#include <QObject>

#include <functional>
#include <memory>

class QAction;

namespace meshgate {

struct AppSettings;
class AccessLogPanel;
class Engine;
class EngineController;
class ListenersPanel;
class MainWindow;
class RouteMapPanel;
class RouteTracerPanel;
class SettingsController;
class Theme;
class TrafficCharts;
class TrayIcon;

// The desktop application put together: the main window with the Engine menu, the live panels
// (access log, traffic, listeners, route tracer, route map), Settings, theme and tray, wired to
// one EngineController. The app's runGui() makes one and shows it; tests make one to see the
// window exactly as users do.
class DesktopShell final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopShell)
public:
    // `commandLine`: the engine flags of this run; `overrides`: which of them were given (they
    // win over the saved settings).
    DesktopShell(const EngineSettings &commandLine, const CommandLineOverrides &overrides, QObject *parent = nullptr);
    ~DesktopShell() override;

    MainWindow *window() const { return m_window.get(); }
    EngineController *engine() const { return m_engine; }
    SettingsController *settings() const { return m_settings; }
    Theme *theme() const { return m_theme; }
    TrayIcon *tray() const { return m_tray; }
    RouteMapPanel *routeMap() const { return m_routeMap; }
    AccessLogPanel *accessLog() const { return m_log; }
    TrafficCharts *charts() const { return m_charts; }
    ListenersPanel *listeners() const { return m_listeners; }
    RouteTracerPanel *tracer() const { return m_tracer; }

    // Starts the engine when the setting "start the engine with the app" is on; the live panels
    // show the workspace's configuration otherwise. True when it runs.
    bool startEngineIfWanted();
    QAction *routeMapAction() const { return m_routeMapAction; }
    QAction *besideAction() const { return m_besideAction; } // Traffic beside Access log

    // Stops the engine and starts it again with the current settings, once it has stopped.
    void restartEngine();
    QAction *restartAction() const { return m_restartAction; }
    // Asked after engine settings changed while it runs; the default shows a question box.
    void setRestartPrompt(std::function<bool()> prompt) { m_restartPrompt = std::move(prompt); }

Q_SIGNALS:
    void engineRestarted(bool started);

private:
    void createEngineMenu();
    void createLivePanels();
    void createPanelActions();
    void attachLivePanels(Engine *engine);
    void handleSettingsChanged(const AppSettings &now, const AppSettings &before);
    void handleEngineSettingsChanged(const EngineSettings &settings);

    Theme *m_theme;
    SettingsController *m_settings;
    std::unique_ptr<MainWindow> m_window;
    EngineController *m_engine;
    RouteMapPanel *m_routeMap;
    AccessLogPanel *m_log = nullptr;
    TrafficCharts *m_charts = nullptr;
    ListenersPanel *m_listeners = nullptr;
    RouteTracerPanel *m_tracer = nullptr;
    TrayIcon *m_tray;
    QAction *m_routeMapAction = nullptr;
    QAction *m_besideAction = nullptr;
    QAction *m_restartAction = nullptr;
    std::function<bool()> m_restartPrompt;
    bool m_restartPending = false;
};

} // namespace meshgate
