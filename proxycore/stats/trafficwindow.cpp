// SPDX-License-Identifier: GPL-3.0-or-later
#include "stats/trafficwindow.h"

#include "log/accesslogrecord.h"
#include "log/logrow.h" // hostWithoutPort

#include <numeric>

namespace meshgate {

TrafficWindow::StatusClass TrafficWindow::statusClass(int responseCode)
{
    switch (responseCode / 100) {
    case 2: return Status2xx;
    case 3: return Status3xx;
    case 4: return Status4xx;
    case 5: return Status5xx;
    default: return StatusOther;
    }
}

void TrafficWindow::recordRequest(const AccessLogRecord &record)
{
    ++requests[statusClass(record.responseCode)];
    bytesIn += record.bytesReceived;
    bytesOut += record.bytesSent;
    latency.record(record.durationMs > 0 ? quint64(record.durationMs) : 0);
    hosts.add(hostWithoutPort(record.authority));
    routes.add(record.routeName);
}

void TrafficWindow::recordTcpConnection(const AccessLogRecord &record)
{
    ++tcpConnections;
    bytesIn += record.bytesReceived;
    bytesOut += record.bytesSent;
    hosts.add(record.requestedServerName);
    routes.add(record.routeName);
}

void TrafficWindow::merge(const TrafficWindow &other)
{
    for (std::size_t i = 0; i < requests.size(); ++i)
        requests[i] += other.requests[i];
    tcpConnections += other.tcpConnections;
    bytesIn += other.bytesIn;
    bytesOut += other.bytesOut;
    latency.merge(other.latency);
    hosts.merge(other.hosts);
    routes.merge(other.routes);
}

quint64 TrafficWindow::requestCount() const
{
    return std::accumulate(requests.begin(), requests.end(), quint64(0));
}

} // namespace meshgate
