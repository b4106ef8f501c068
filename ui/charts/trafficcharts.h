// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/traffichistory.h"
#include "charts/toptracker.h"
#include "log/logrow.h"
#include "stats/trafficsample.h"

#include <QWidget>

#include <memory>

class QAction;
class QLabel;

namespace meshgate {

class TopTable;

// Live traffic: requests/s stacked by status class, bytes/s in and out, active connections
// and latency percentiles, plus the busiest hosts and routes, over the last 1 min, 5 min or
// 1 h. Fed by Engine::trafficSample (1 Hz) and Engine::accessLogBatch (for the rankings).
//
// Drawing: at most one redraw per sample, each a replace() of fixed-size series (no growth,
// no animation), and none while the widget is hidden or its window minimised: the samples
// are kept and one replace catches up when it is shown again. The chart library lives only in
// trafficcharts.cpp (Qt Charts is deprecated upstream); the data is in TrafficHistory.
class TrafficCharts final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrafficCharts)
public:
    enum class TimeWindow { OneMinute, FiveMinutes, OneHour };

    explicit TrafficCharts(QWidget *parent = nullptr);
    ~TrafficCharts() override;

    TimeWindow timeWindow() const { return m_window; }
    static int windowSeconds(TimeWindow w);
    // Points per series for a window (1 s buckets up to 5 min, 5 s buckets for the hour).
    static int pointCount(TimeWindow w);
    const TrafficHistory &history() const { return m_history; }

    // Test hooks: how many series replace() calls and redraws happened, and the current
    // number of points in every series (all series always hold the same number).
    quint64 replaceCount() const;
    quint64 redrawCount() const { return m_redraws; }
    int seriesPointCount() const;
    // What the rankings show now, as drawn at the last redraw.
    const TopTracker::Ranking &ranking() const { return m_ranking; }

public Q_SLOTS:
    void addSample(const TrafficSample &sample);
    void addRecords(const QList<LogRow> &records);
    void setTimeWindow(TimeWindow window);
    void clear();

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    class Charts; // the chart-library side
    bool canDraw() const;
    void redraw();
    void updateSummary();

    std::unique_ptr<Charts> m_charts;
    TrafficHistory m_history;
    TopTracker m_top;
    TopTracker::Ranking m_ranking;
    TopTable *m_hosts;
    TopTable *m_routes;
    QLabel *m_summary;
    QAction *m_windowActions[3] = {};
    QObject *m_watchedWindow = nullptr;
    TimeWindow m_window = TimeWindow::FiveMinutes;
    bool m_dirty = false;
    quint64 m_redraws = 0;
};

} // namespace meshgate
