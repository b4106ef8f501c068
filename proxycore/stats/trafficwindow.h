// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stats/latencyhistogram.h"
#include "stats/topcounter.h"

#include <array>

namespace meshgate {

struct AccessLogRecord;

// What happened during one reporting interval (the GUI charts use one second): requests by
// status class, bytes, a latency histogram and the busiest hosts and routes. Mergeable so every
// worker keeps its own and the engine adds them up.
struct TrafficWindow
{
    enum StatusClass { Status2xx, Status3xx, Status4xx, Status5xx, StatusOther, StatusClassCount };

    std::array<quint64, StatusClassCount> requests{}; // HTTP requests that completed
    quint64 tcpConnections = 0; // TCP / TLS passthrough connections that ended
    quint64 bytesIn = 0; // from clients
    quint64 bytesOut = 0; // to clients
    LatencyHistogram latency; // HTTP request durations
    TopCounter hosts; // Host header without port, or SNI for TCP
    TopCounter routes;

    void recordRequest(const AccessLogRecord &record);
    void recordTcpConnection(const AccessLogRecord &record);
    void merge(const TrafficWindow &other);

    quint64 requestCount() const;
    // 0, 1xx and anything outside 100..599 count as "other".
    static StatusClass statusClass(int responseCode);
};

} // namespace meshgate
