// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/clusterruntime.h"
#include "engine/dnscache.h"
#include "engine/enginesettings.h"
#include "routing/routetable.h"

#include <QHostAddress>
#include <QVarLengthArray>

#include <functional>
#include <memory>
#include <vector>

namespace meshgate {

struct ResolvedEndpoint
{
    QHostAddress address;
    quint16 port = 0;
    QByteArray text; // "ip:port", the log's %UPSTREAM_HOST%
    int weight = 1;
};

// Never null; shared, because the same list answers every request to the same addresses.
using EndpointList = std::shared_ptr<const std::vector<ResolvedEndpoint>>;

// Turns a cluster into concrete addresses (STATIC endpoints, DNS lookups, the original
// destination for the mesh passthrough), applies --connect-to, and picks one endpoint per the
// DestinationRule load balancer, skipping ejected hosts. One per worker: the least-request
// counts are the worker's own.
class EndpointSelector final
{
    Q_DISABLE_COPY_MOVE(EndpointSelector)
public:
    using Callback = std::function<void(EndpointList endpoints, const QString &dnsError)>;

    EndpointSelector(DnsCache &dns, QList<ConnectToRule> connectTo, QObject *context);

    // Calls back at once when nothing needs a lookup.
    void resolve(const Cluster &cluster, const QString &originalHost, quint16 originalPort, Callback callback);
    // The endpoints when they are known without a lookup or a callback (IP-address endpoints
    // seen before, or none at all); false when resolve() is needed. Most requests take this
    // path, and a callback object per request was one more allocation on it.
    bool resolveNow(const Cluster &cluster, const QString &originalHost, quint16 originalPort, EndpointList *endpoints);

    // nullptr when every candidate is ejected or excluded.
    const ResolvedEndpoint *pick(const Cluster &cluster, ClusterRuntime &runtime,
                                 const std::vector<ResolvedEndpoint> &candidates, const QByteArray &avoid);

    void requestStarted(const QByteArray &endpoint) { ++m_active[endpoint]; }
    void requestFinished(const QByteArray &endpoint);

    // The --connect-to rule for host:port, if any.
    const ConnectToRule *connectToRule(const QString &host, quint16 port) const;

    static EndpointList emptyList();

private:
    // The endpoints built from one lookup answer, kept so that a request to the same addresses
    // does not format "ip:port" texts and allocate a new list each time (that was the largest
    // allocator of the request path at 5,000 connections).
    struct Memo
    {
        quint16 port;
        int weight;
        bool firstOnly;
        bool literal; // an IP address: no lookup at all
        QList<QHostAddress> source;
        EndpointList list;

        bool matches(quint16 p, int w, bool first) const { return port == p && weight == w && firstOnly == first; }
    };
    struct Wanted
    {
        const QString *host;
        quint16 port;
        int weight;
    };
    using WantedList = QVarLengthArray<Wanted, 4>;
    void collectWanted(const Cluster &cluster, const QString &originalHost, quint16 originalPort, WantedList *wanted,
                       bool *firstOnly) const;
    void applyConnectTo(const QString **host, quint16 *port) const;
    void resolveOne(const QString &host, quint16 port, int weight, bool firstOnly, Callback done);
    Memo &memoFor(const QString &host, quint16 port, int weight, bool firstOnly, bool *found);
    static EndpointList build(const QList<QHostAddress> &addresses, quint16 port, int weight, bool firstOnly);

    DnsCache &m_dns;
    QList<ConnectToRule> m_connectTo;
    QObject *m_context;
    QHash<QByteArray, int> m_active; // in-flight requests per endpoint on this worker
    QHash<QString, std::vector<Memo>> m_memo;
    static constexpr qsizetype kMaxMemoHosts = 4096; // mesh passthrough sees arbitrary hosts
    quint32 m_random = 0x9e3779b9u;
};

} // namespace meshgate
