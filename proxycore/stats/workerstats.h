// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stats/statssnapshot.h"

namespace meshgate {

struct AccessLogRecord;

// Counters of one worker thread. Only that thread touches it, so there are no locks or atomics;
// the engine periodically asks the worker for takeDelta() (on the worker's thread) and merges
// the result. Per request: one hash lookup for the series (an allocation only for a label set
// not seen since the last hand-over), a few bucket increments, and the traffic window.
class WorkerStats final
{
public:
    WorkerStats() = default;
    WorkerStats(const WorkerStats &) = delete;
    WorkerStats &operator=(const WorkerStats &) = delete;

    // One finished HTTP request. destinationService: the ServiceEntry host it was routed to,
    // empty when none (NR, no route).
    void recordRequest(const AccessLogRecord &record, const QByteArray &destinationService);
    // One finished TCP / TLS passthrough connection. Counts it as opened and closed at once:
    // like Istio for a peer without metadata exchange (every MESH_EXTERNAL service), the label
    // set, including the final response flags, is only known at the end.
    void recordTcpConnection(const AccessLogRecord &record, const QByteArray &destinationService);
    // A connection closed before any filter chain took it (no chain for its SNI, not TLS, no
    // hello in time) or whose TLS handshake failed. Envoy runs no stats filter for those, so
    // they stay out of the istio_* series; the traffic window still shows them.
    void recordRefusedConnection(const AccessLogRecord &record);

    // Any accepted downstream connection (HTTP or TCP), for the active-connections gauge.
    void connectionOpened() { ++m_delta.downstreamConnectionsOpened; }
    void connectionClosed() { ++m_delta.downstreamConnectionsClosed; }

    // Everything counted since the previous call; leaves this object empty.
    StatsSnapshot takeDelta();
    const StatsSnapshot &pending() const { return m_delta; }

private:
    StatsSnapshot m_delta;
};

} // namespace meshgate
