// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/enginesettings.h"
#include "log/logrow.h"
#include "routemap/routemaptraffic.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

class QLabel;
class QTimer;
class QToolButton;

namespace meshgate {

class Engine;
class RouteMapView;
class Workspace;

// The Route map tab. While the engine runs it shows the configuration the engine applied, with
// requests per second on every edge (counted from the access-log batches, shown once a second);
// while it is stopped, the workspace's configuration as it would be compiled, rebuilt after each
// edit that leaves the workspace valid. Clicking a node selects the resource behind it.
class RouteMapPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RouteMapPanel)
public:
    explicit RouteMapPanel(Workspace *workspace, QWidget *parent = nullptr);
    ~RouteMapPanel() override;

    // nullptr: stopped. Connect to EngineController::engineChanged.
    void setEngine(Engine *engine);
    // Port offset and mesh port for compiling the workspace while the engine is stopped.
    void setEngineSettings(const EngineSettings &settings);
    // Outlines the nodes of the resource the main window shows.
    void setCurrentResource(quint64 id);

    RouteMapView *view() const { return m_view; }
    QString statusText() const;
    void rebuildNow(); // what the timers and signals would do a moment later (tests)
    void updateRatesNow();

Q_SIGNALS:
    void resourceActivated(quint64 id); // connect to MainWindow::selectResource

protected:
    void showEvent(QShowEvent *event) override;

private:
    void scheduleRebuild();
    void rebuild();
    void handleAccessLogBatch(const QList<LogRow> &records);
    void handleNodeActivated(int node);
    void updateHighlight();

    Workspace *m_workspace;
    QPointer<Engine> m_engine;
    EngineSettings m_settings;
    RouteMapView *m_view;
    QLabel *m_status;
    QToolButton *m_fit;
    QTimer *m_rebuildTimer;
    QTimer *m_rateTimer;
    QElapsedTimer m_sinceRates;
    RouteMapTraffic m_traffic;
    quint64 m_currentId = 0;
    bool m_stale = true;       // the map does not show the current configuration yet
    bool m_showingLastValid = false;
    // The running table the map was drawn from: drawing the same one again would only zero its counts.
    quint64 m_drawnGeneration = 0;
};

} // namespace meshgate
