// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apply/enginecontroller.h"
#include "desktop/appicon.h"
#include "stats/trafficsample.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace meshgate {

class Engine;
class MainWindow;

// The system-tray icon: shows whether the engine runs and, in its tooltip, the request rate of
// the last second; its menu starts and stops the engine, shows the window and quits. Where the
// desktop has no tray, nothing is shown, but the tooltip text is still kept (and tested).
class TrayIcon final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayIcon)
public:
    TrayIcon(MainWindow *window, EngineController *engine, QObject *parent = nullptr);
    ~TrayIcon() override;

    static bool isSystemTrayAvailable();
    bool isShown() const; // the desktop shows the icon
    void show();          // when the desktop has a tray

    QString toolTip() const { return m_toolTip; }
    QMenu *menu() const { return m_menu; }
    QAction *showWindowAction() const { return m_showWindow; }
    quint64 requestsPerSecond() const { return m_rate; }
    AppIcon::Badge badge() const { return m_badge; } // what the icon shows


    // Once per session, a balloon saying the window went to the tray and the engine still runs.
    void notifyHiddenToTray();

private:
    void handleEngineChanged(Engine *engine);
    void handleTrafficSample(const TrafficSample &sample);
    void updateToolTip();
    void toggleWindow();

    MainWindow *m_window;
    EngineController *m_engine;
    QPointer<Engine> m_running;
    QSystemTrayIcon *m_icon = nullptr;
    QMenu *m_menu;
    QAction *m_showWindow;
    QString m_toolTip;
    quint64 m_rate = 0;
    bool m_hasRate = false;
    bool m_notified = false;
    AppIcon::Badge m_badge = AppIcon::Badge::None;
};

} // namespace meshgate
