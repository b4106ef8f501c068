// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/endpointselector.h"

#include "engine/streamsocket.h"

#include <QDateTime>

#include <memory>

namespace meshgate {

EndpointSelector::EndpointSelector(DnsCache &dns, QList<ConnectToRule> connectTo, QObject *context)
    : m_dns(dns)
    , m_connectTo(std::move(connectTo))
    , m_context(context)
{
}

const ConnectToRule *EndpointSelector::connectToRule(const QString &host, quint16 port) const
{
    for (const ConnectToRule &rule : m_connectTo)
        if (rule.matches(host, port))
            return &rule;
    return nullptr;
}

void EndpointSelector::requestFinished(const QByteArray &endpoint)
{
    auto it = m_active.find(endpoint);
    if (it != m_active.end() && --*it <= 0)
        m_active.erase(it);
}

void EndpointSelector::resolveOne(const QString &hostIn, quint16 portIn, int weight, bool firstOnly,
                                  std::function<void(std::vector<ResolvedEndpoint>, QString)> done)
{
    QString host = hostIn;
    quint16 port = portIn;
    // --connect-to replaces the destination before any lookup, so a test or a split-horizon
    // setup never needs the public name to resolve.
    if (const ConnectToRule *rule = connectToRule(host, port)) {
        if (!rule->targetHost.isEmpty())
            host = rule->targetHost;
        if (rule->targetPort)
            port = rule->targetPort;
    }
    m_dns.resolve(host, m_context, [port, weight, firstOnly, done](const QList<QHostAddress> &addresses, const QString &error) {
        std::vector<ResolvedEndpoint> out;
        for (const QHostAddress &a : addresses) {
            out.push_back({a, port, StreamSocket::addressText(a, port), weight});
            if (firstOnly)
                break;
        }
        done(std::move(out), error);
    });
}

void EndpointSelector::resolve(const Cluster &cluster, const QString &originalHost, quint16 originalPort,
                               Callback callback)
{
    struct Job
    {
        int remaining = 0;
        std::vector<ResolvedEndpoint> endpoints;
        QString error;
        Callback callback;
    };
    std::vector<std::tuple<QString, quint16, int>> wanted;
    bool firstOnly = false;
    switch (cluster.discovery) {
    case Cluster::Discovery::None:
    case Cluster::Discovery::BlackHole:
        callback({}, {});
        return;
    case Cluster::Discovery::OriginalDst:
        wanted.emplace_back(originalHost, originalPort, 1);
        break;
    case Cluster::Discovery::DnsRoundRobin:
        firstOnly = true;
        [[fallthrough]];
    case Cluster::Discovery::Static:
    case Cluster::Discovery::Dns:
        for (const Endpoint &e : cluster.endpoints) {
            // A rule for the service name applies to all its endpoints (`--connect-to
            // localhost.local:80:...` redirects a STATIC service without knowing its IPs).
            const ConnectToRule *byService = connectToRule(cluster.host, e.port);
            if (byService && !connectToRule(e.address, e.port))
                wanted.emplace_back(cluster.host, e.port, e.weight);
            else
                wanted.emplace_back(e.address, e.port, e.weight);
        }
        break;
    }
    if (wanted.empty()) {
        callback({}, {});
        return;
    }
    auto job = std::make_shared<Job>();
    job->remaining = int(wanted.size());
    job->callback = std::move(callback);
    for (const auto &[host, port, weight] : wanted) {
        resolveOne(host, port, weight, firstOnly, [job](std::vector<ResolvedEndpoint> found, QString error) {
            for (ResolvedEndpoint &e : found)
                job->endpoints.push_back(std::move(e));
            if (!error.isEmpty())
                job->error = error;
            if (--job->remaining == 0)
                job->callback(std::move(job->endpoints), job->endpoints.empty() ? job->error : QString());
        });
    }
}

const ResolvedEndpoint *EndpointSelector::pick(const Cluster &cluster, ClusterRuntime &runtime,
                                               const std::vector<ResolvedEndpoint> &candidates,
                                               const QByteArray &avoid)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    std::vector<const ResolvedEndpoint *> healthy;
    healthy.reserve(candidates.size());
    for (const ResolvedEndpoint &e : candidates)
        if (!cluster.policy.outlier.enabled || !runtime.isEjected(e.text, now))
            healthy.push_back(&e);
    if (healthy.size() > 1 && !avoid.isEmpty()) {
        // Retries prefer another host, as Envoy's default retry host predicate does.
        std::erase_if(healthy, [&](const ResolvedEndpoint *e) { return e->text == avoid; });
    }
    if (healthy.empty())
        return nullptr;
    if (healthy.size() == 1)
        return healthy.front();

    auto nextRandom = [this] {
        m_random ^= m_random << 13;
        m_random ^= m_random >> 17;
        m_random ^= m_random << 5;
        return m_random;
    };
    int totalWeight = 0;
    for (const ResolvedEndpoint *e : healthy)
        totalWeight += std::max(0, e->weight);
    auto weighted = [&](quint32 r) -> const ResolvedEndpoint * {
        if (totalWeight <= 0)
            return healthy[r % healthy.size()];
        int x = int(r % quint32(totalWeight));
        for (const ResolvedEndpoint *e : healthy) {
            x -= std::max(0, e->weight);
            if (x < 0)
                return e;
        }
        return healthy.back();
    };
    switch (cluster.policy.loadBalancer) {
    case ClusterPolicy::LoadBalancer::RoundRobin:
        return weighted(runtime.roundRobin.fetch_add(1, std::memory_order_relaxed));
    case ClusterPolicy::LoadBalancer::Random:
        return weighted(nextRandom());
    case ClusterPolicy::LoadBalancer::LeastRequest: {
        // Envoy's default: the better of two random (weighted) choices.
        const ResolvedEndpoint *a = weighted(nextRandom());
        const ResolvedEndpoint *b = weighted(nextRandom());
        return m_active.value(a->text) <= m_active.value(b->text) ? a : b;
    }
    }
    return healthy.front();
}

} // namespace meshgate
