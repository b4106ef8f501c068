// SPDX-License-Identifier: GPL-3.0-or-later
#include "stats/trafficsample.h"

#include "stats/trafficwindow.h"

#include <algorithm>
#include <limits>

namespace meshgate {

namespace {

quint32 saturate(quint64 v)
{
    return quint32(std::min<quint64>(v, std::numeric_limits<quint32>::max()));
}

} // namespace

TrafficSample TrafficSample::fromWindow(const TrafficWindow &window, qint64 activeConnections,
                                        qint64 timestampMs)
{
    TrafficSample s;
    s.timestampMs = timestampMs;
    s.requests2xx = saturate(window.requests[TrafficWindow::Status2xx]);
    s.requests3xx = saturate(window.requests[TrafficWindow::Status3xx]);
    s.requests4xx = saturate(window.requests[TrafficWindow::Status4xx]);
    s.requests5xx = saturate(window.requests[TrafficWindow::Status5xx]);
    s.requestsOther = saturate(window.requests[TrafficWindow::StatusOther]);
    s.tcpConnections = saturate(window.tcpConnections);
    s.bytesIn = window.bytesIn;
    s.bytesOut = window.bytesOut;
    s.activeConnections = activeConnections;
    s.latencyP50Ms = window.latency.percentile(0.50);
    s.latencyP95Ms = window.latency.percentile(0.95);
    s.latencyP99Ms = window.latency.percentile(0.99);
    return s;
}

} // namespace meshgate
