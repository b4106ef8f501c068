// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/endpointselector.h"

#include "engine/streamsocket.h"

#include <QDateTime>
#include <QVarLengthArray>

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

EndpointList EndpointSelector::emptyList()
{
    static const EndpointList empty = std::make_shared<const std::vector<ResolvedEndpoint>>();
    return empty;
}

EndpointList EndpointSelector::build(const QList<QHostAddress> &addresses, quint16 port, int weight, bool firstOnly)
{
    if (addresses.isEmpty())
        return emptyList();
    auto out = std::make_shared<std::vector<ResolvedEndpoint>>();
    out->reserve(firstOnly ? 1 : size_t(addresses.size()));
    for (const QHostAddress &a : addresses) {
        out->push_back({a, port, StreamSocket::addressText(a, port), weight});
        if (firstOnly)
            break;
    }
    return out;
}

EndpointSelector::Memo &EndpointSelector::memoFor(const QString &host, quint16 port, int weight, bool firstOnly,
                                                  bool *found)
{
    if (m_memo.size() >= kMaxMemoHosts && !m_memo.contains(host))
        m_memo.clear();
    std::vector<Memo> &memos = m_memo[host];
    for (Memo &m : memos) {
        if (m.matches(port, weight, firstOnly)) {
            *found = true;
            return m;
        }
    }
    *found = false;
    memos.push_back({port, weight, firstOnly, false, {}, emptyList()});
    return memos.back();
}

void EndpointSelector::applyConnectTo(const QString **host, quint16 *port) const
{
    // --connect-to replaces the destination before any lookup, so a test or a split-horizon
    // setup never needs the public name to resolve.
    if (const ConnectToRule *rule = connectToRule(**host, *port)) {
        if (!rule->targetHost.isEmpty())
            *host = &rule->targetHost;
        if (rule->targetPort)
            *port = rule->targetPort;
    }
}

void EndpointSelector::resolveOne(const QString &hostIn, quint16 portIn, int weight, bool firstOnly, Callback done)
{
    const QString *host = &hostIn;
    quint16 port = portIn;
    applyConnectTo(&host, &port);
    bool found = false;
    Memo &memo = memoFor(*host, port, weight, firstOnly, &found);
    if (found && memo.literal) {
        done(memo.list, {});
        return;
    }
    if (!found) {
        QHostAddress literal;
        if (literal.setAddress(*host)) {
            memo.literal = true;
            memo.source = {literal};
            memo.list = build(memo.source, port, weight, firstOnly);
            done(memo.list, {});
            return;
        }
    }
    const QString key = *host; // the memo may move while the lookup runs
    m_dns.resolve(key, m_context, [this, key, port, weight, firstOnly, done](const QList<QHostAddress> &addresses,
                                                                           const QString &error) {
        bool known = false;
        Memo &m = memoFor(key, port, weight, firstOnly, &known);
        if (!known || m.source != addresses) {
            m.source = addresses;
            m.list = build(addresses, port, weight, firstOnly);
        }
        done(m.list, error);
    });
}

void EndpointSelector::collectWanted(const Cluster &cluster, const QString &originalHost, quint16 originalPort,
                                     WantedList *wanted, bool *firstOnly) const
{
    *firstOnly = false;
    switch (cluster.discovery) {
    case Cluster::Discovery::None:
    case Cluster::Discovery::BlackHole:
        return;
    case Cluster::Discovery::OriginalDst:
        wanted->append({&originalHost, originalPort, 1});
        return;
    case Cluster::Discovery::DnsRoundRobin:
        *firstOnly = true;
        [[fallthrough]];
    case Cluster::Discovery::Static:
    case Cluster::Discovery::Dns:
        for (const Endpoint &e : cluster.endpoints) {
            // A rule for the service name applies to all its endpoints (`--connect-to
            // localhost.local:80:...` redirects a STATIC service without knowing its IPs).
            const ConnectToRule *byService = connectToRule(cluster.host, e.port);
            if (byService && !connectToRule(e.address, e.port))
                wanted->append({&cluster.host, e.port, e.weight});
            else
                wanted->append({&e.address, e.port, e.weight});
        }
        return;
    }
}

bool EndpointSelector::resolveNow(const Cluster &cluster, const QString &originalHost, quint16 originalPort,
                                  EndpointList *endpoints)
{
    WantedList wanted;
    bool firstOnly = false;
    collectWanted(cluster, originalHost, originalPort, &wanted, &firstOnly);
    if (wanted.empty()) {
        *endpoints = emptyList();
        return true;
    }
    if (wanted.size() != 1)
        return false;
    const Wanted &w = wanted.front();
    const QString *host = w.host;
    quint16 port = w.port;
    applyConnectTo(&host, &port);
    const auto it = m_memo.constFind(*host);
    if (it == m_memo.constEnd())
        return false;
    for (const Memo &m : *it) {
        if (m.literal && m.matches(port, w.weight, firstOnly)) {
            *endpoints = m.list;
            return true;
        }
    }
    return false;
}

void EndpointSelector::resolve(const Cluster &cluster, const QString &originalHost, quint16 originalPort,
                               Callback callback)
{
    WantedList wanted;
    bool firstOnly = false;
    collectWanted(cluster, originalHost, originalPort, &wanted, &firstOnly);
    if (wanted.empty()) {
        callback(emptyList(), {});
        return;
    }
    if (wanted.size() == 1) {
        resolveOne(*wanted.front().host, wanted.front().port, wanted.front().weight, firstOnly, std::move(callback));
        return;
    }
    struct Job
    {
        int remaining = 0;
        std::vector<ResolvedEndpoint> endpoints;
        QString error;
        Callback callback;
    };
    auto job = std::make_shared<Job>();
    job->remaining = int(wanted.size());
    job->callback = std::move(callback);
    for (const Wanted &w : wanted) {
        resolveOne(*w.host, w.port, w.weight, firstOnly, [job](EndpointList found, const QString &error) {
            job->endpoints.insert(job->endpoints.end(), found->begin(), found->end());
            if (!error.isEmpty())
                job->error = error;
            if (--job->remaining == 0) {
                const bool none = job->endpoints.empty();
                job->callback(none ? emptyList() : std::make_shared<const std::vector<ResolvedEndpoint>>(std::move(job->endpoints)),
                              none ? job->error : QString());
            }
        });
    }
}

const ResolvedEndpoint *EndpointSelector::pick(const Cluster &cluster, ClusterRuntime &runtime,
                                               const std::vector<ResolvedEndpoint> &candidates,
                                               const QByteArray &avoid)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // On the stack for the usual handful of endpoints: this runs for every request.
    QVarLengthArray<const ResolvedEndpoint *, 16> healthy;
    healthy.reserve(qsizetype(candidates.size()));
    for (const ResolvedEndpoint &e : candidates)
        if (!cluster.policy.outlier.enabled || !runtime.isEjected(e.text, now))
            healthy.push_back(&e);
    if (healthy.size() > 1 && !avoid.isEmpty()) {
        // Retries prefer another host, as Envoy's default retry host predicate does.
        healthy.removeIf([&](const ResolvedEndpoint *e) { return e->text == avoid; });
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
            return healthy[qsizetype(r % quint32(healthy.size()))];
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
