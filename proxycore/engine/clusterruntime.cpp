// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/clusterruntime.h"

namespace meshgate {

bool ClusterRuntime::isEjected(const QByteArray &endpoint, qint64 nowMs) const
{
    QMutexLocker lock(&m_mutex);
    auto it = m_health.constFind(endpoint);
    return it != m_health.constEnd() && it->ejectedUntilMs > nowMs;
}

int ClusterRuntime::ejectedCount(qint64 nowMs) const
{
    QMutexLocker lock(&m_mutex);
    int n = 0;
    for (const Health &h : m_health)
        if (h.ejectedUntilMs > nowMs)
            ++n;
    return n;
}

bool ClusterRuntime::report(const QByteArray &endpoint, bool serverError, bool gatewayError,
                            const OutlierPolicy &policy, int endpointCount, qint64 nowMs)
{
    if (!policy.enabled)
        return false;
    QMutexLocker lock(&m_mutex);
    Health &h = m_health[endpoint];
    if (!serverError) {
        h.consecutive5xx = 0;
        h.consecutiveGateway = 0;
        return false;
    }
    ++h.consecutive5xx;
    if (gatewayError)
        ++h.consecutiveGateway;
    const bool trip = (policy.consecutive5xxErrors > 0 && h.consecutive5xx >= policy.consecutive5xxErrors)
        || (policy.consecutiveGatewayErrors > 0 && h.consecutiveGateway >= policy.consecutiveGatewayErrors);
    if (!trip || h.ejectedUntilMs > nowMs)
        return false;
    // maxEjectionPercent caps how much of the cluster may be out at once (at least one host,
    // as Envoy allows when the percentage rounds down to zero for small clusters).
    int ejected = 0;
    for (const Health &other : m_health)
        if (other.ejectedUntilMs > nowMs)
            ++ejected;
    const int cap = std::max(1, endpointCount * policy.maxEjectionPercent / 100);
    if (ejected >= cap && policy.maxEjectionPercent < 100)
        return false;
    ++h.ejections;
    h.ejectedUntilMs = nowMs + policy.baseEjectionTime.count() * h.ejections;
    h.consecutive5xx = 0;
    h.consecutiveGateway = 0;
    return true;
}

std::shared_ptr<ClusterRuntime> ClusterRuntimeRegistry::get(const QByteArray &clusterName)
{
    QMutexLocker lock(&m_mutex);
    std::shared_ptr<ClusterRuntime> &slot = m_clusters[clusterName];
    if (!slot)
        slot = std::make_shared<ClusterRuntime>();
    return slot;
}

} // namespace meshgate
