// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QtGlobal>

namespace meshgate {

struct TrafficWindow;

// One point of the GUI's traffic charts (one per second). Small and flat so a chart can keep a
// ring buffer of them; the busiest hosts and routes stay in the StatsSnapshot's TrafficWindow.
struct TrafficSample
{
    qint64 timestampMs = 0; // end of the interval, ms since the epoch
    quint32 requests2xx = 0;
    quint32 requests3xx = 0;
    quint32 requests4xx = 0;
    quint32 requests5xx = 0;
    quint32 requestsOther = 0; // no response (0), 1xx, out of range
    quint32 tcpConnections = 0; // TCP / TLS connections that ended
    quint64 bytesIn = 0;
    quint64 bytesOut = 0;
    qint64 activeConnections = 0;
    // Request latency over the interval; meaningful only when requestCount() > 0.
    double latencyP50Ms = 0;
    double latencyP95Ms = 0;
    double latencyP99Ms = 0;

    quint32 requestCount() const
    {
        return requests2xx + requests3xx + requests4xx + requests5xx + requestsOther;
    }

    // `window` is the merged delta of all workers for the interval; `activeConnections` the
    // gauge from the running total.
    static TrafficSample fromWindow(const TrafficWindow &window, qint64 activeConnections,
                                    qint64 timestampMs);
};

} // namespace meshgate

Q_DECLARE_METATYPE(meshgate::TrafficSample)
