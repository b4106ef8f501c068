// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routing/routetable.h"

#include <QByteArray>
#include <QHash>
#include <QMutex>

#include <atomic>
#include <memory>

namespace meshgate {

// State of one cluster that outlives route-table reloads and is shared by all workers: the
// circuit-breaker connection count (DestinationRule maxConnections, 503 UO) and outlier
// detection (consecutive errors eject an endpoint for baseEjectionTime x ejections).
class ClusterRuntime final
{
    Q_DISABLE_COPY_MOVE(ClusterRuntime)
public:
    ClusterRuntime() = default;

    std::atomic<int> activeConnections{0};
    std::atomic<quint32> roundRobin{0};

    bool isEjected(const QByteArray &endpoint, qint64 nowMs) const;
    // Reports the outcome of one request to `endpoint`. `gatewayError` is a 502/503/504 or a
    // connect failure; `serverError` any 5xx (or connect failure). Returns true when this
    // report ejected the endpoint.
    bool report(const QByteArray &endpoint, bool serverError, bool gatewayError, const OutlierPolicy &policy,
                int endpointCount, qint64 nowMs);
    int ejectedCount(qint64 nowMs) const;

private:
    struct Health
    {
        int consecutive5xx = 0;
        int consecutiveGateway = 0;
        int ejections = 0;
        qint64 ejectedUntilMs = 0;
    };
    mutable QMutex m_mutex;
    QHash<QByteArray, Health> m_health;
};

// All ClusterRuntimes by cluster name.
class ClusterRuntimeRegistry final
{
    Q_DISABLE_COPY_MOVE(ClusterRuntimeRegistry)
public:
    ClusterRuntimeRegistry() = default;
    std::shared_ptr<ClusterRuntime> get(const QByteArray &clusterName);

private:
    QMutex m_mutex;
    QHash<QByteArray, std::shared_ptr<ClusterRuntime>> m_clusters;
};

} // namespace meshgate
