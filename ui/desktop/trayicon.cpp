// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/trayicon.h"

#include "desktop/appicon.h"
#include "engine/engine.h"
#include "mainwindow.h"

#include <QAction>
#include <QMenu>
#include <QSystemTrayIcon>

namespace meshgate {

TrayIcon::TrayIcon(MainWindow *window, EngineController *engine, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_engine(engine)
    , m_menu(new QMenu)
    , m_showWindow(new QAction(tr("&Show Meshgate"), this))
{
    connect(m_showWindow, &QAction::triggered, this, &TrayIcon::toggleWindow);
    m_menu->addAction(m_showWindow);
    m_menu->addSeparator();
    m_menu->addAction(engine->startAction());
    m_menu->addAction(engine->stopAction());
    m_menu->addSeparator();
    m_menu->addAction(window->quitAction());
    connect(m_menu, &QMenu::aboutToShow, this, [this] {
        m_showWindow->setText(m_window->isVisible() ? tr("&Hide Meshgate") : tr("&Show Meshgate"));
    });

    if (isSystemTrayAvailable()) {
        m_icon = new QSystemTrayIcon(AppIcon::icon(AppIcon::Badge::None), this);
        m_icon->setContextMenu(m_menu);
        connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                toggleWindow();
        });
    }
    connect(engine, &EngineController::engineChanged, this, &TrayIcon::handleEngineChanged);
    connect(engine, &EngineController::stateChanged, this, &TrayIcon::updateToolTip);
    handleEngineChanged(engine->engine());
}

TrayIcon::~TrayIcon()
{
    delete m_menu; // a context menu has no parent: QSystemTrayIcon does not own it
}

bool TrayIcon::isSystemTrayAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

bool TrayIcon::isShown() const
{
    return m_icon && m_icon->isVisible();
}

void TrayIcon::show()
{
    if (m_icon)
        m_icon->show();
}

void TrayIcon::notifyHiddenToTray()
{
    if (m_notified || !isShown())
        return;
    m_notified = true;
    m_icon->showMessage(tr("Meshgate is still running"),
                        tr("The engine keeps serving requests. Use the tray icon to show the window or quit."),
                        QSystemTrayIcon::Information, 5000);
}

void TrayIcon::handleEngineChanged(Engine *engine)
{
    if (m_running && m_running != engine)
        m_running->disconnect(this);
    m_running = engine;
    m_rate = 0;
    m_hasRate = false;
    if (engine)
        connect(engine, &Engine::trafficSample, this, &TrayIcon::handleTrafficSample, Qt::UniqueConnection);
    updateToolTip();
}

void TrayIcon::handleTrafficSample(const TrafficSample &sample)
{
    // A sample covers one second; a TCP or TLS connection counts as one request.
    m_rate = sample.requestCount() + sample.tcpConnections;
    m_hasRate = true;
    updateToolTip();
}

void TrayIcon::updateToolTip()
{
    QStringList lines{QStringLiteral("Meshgate")};
    Engine *engine = m_running.data();
    if (!engine) {
        lines.append(tr("Engine stopped"));
    } else {
        QStringList ports;
        for (const ListenerState &l : engine->listenerStates())
            if (l.state == ListenerState::State::Listening && l.role != ListenerState::Role::Admin)
                ports.append(QString::number(l.listenPort));
        lines.append(ports.isEmpty() ? tr("Engine running") : tr("Engine running on %1").arg(ports.join(QLatin1Char(' '))));
        if (m_hasRate)
            lines.append(tr("%L1 requests/s").arg(m_rate));
        if (m_engine->state() == EngineController::State::Modified)
            lines.append(tr("The workspace has changes that are not applied"));
        else if (m_engine->state() == EngineController::State::Errors)
            lines.append(tr("The workspace has errors; the last applied configuration runs"));
    }
    m_toolTip = lines.join(QLatin1Char('\n'));
    const AppIcon::Badge badge = !engine ? AppIcon::Badge::None
        : m_engine->state() == EngineController::State::Errors ? AppIcon::Badge::Errors
                                                                : AppIcon::Badge::Running;
    if (m_icon) {
        m_icon->setToolTip(m_toolTip);
        if (badge != m_badge)
            m_icon->setIcon(AppIcon::icon(badge));
    }
    m_badge = badge;
}

void TrayIcon::toggleWindow()
{
    if (m_window->isVisible() && !m_window->isMinimized()) {
        m_window->hide();
        return;
    }
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
}

} // namespace meshgate
