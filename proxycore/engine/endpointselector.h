// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/clusterruntime.h"
#include "engine/dnscache.h"
#include "engine/enginesettings.h"
#include "routing/routetable.h"

#include <QHostAddress>

#include <functional>
#include <vector>

namespace meshgate {

struct ResolvedEndpoint
{
    QHostAddress address;
    quint16 port = 0;
    QByteArray text; // "ip:port", the log's %UPSTREAM_HOST%
    int weight = 1;
};

// Turns a cluster into concrete addresses (STATIC endpoints, DNS lookups, the original
// destination for the mesh passthrough), applies --connect-to, and picks one endpoint per the
// DestinationRule load balancer, skipping ejected hosts. One per worker: the least-request
// counts are the worker's own.
class EndpointSelector final
{
    Q_DISABLE_COPY_MOVE(EndpointSelector)
public:
    using Callback = std::function<void(std::vector<ResolvedEndpoint> endpoints, const QString &dnsError)>;

    EndpointSelector(DnsCache &dns, QList<ConnectToRule> connectTo, QObject *context);

    // Calls back at once when nothing needs a lookup.
    void resolve(const Cluster &cluster, const QString &originalHost, quint16 originalPort, Callback callback);

    // nullptr when every candidate is ejected or excluded.
    const ResolvedEndpoint *pick(const Cluster &cluster, ClusterRuntime &runtime,
                                 const std::vector<ResolvedEndpoint> &candidates, const QByteArray &avoid);

    void requestStarted(const QByteArray &endpoint) { ++m_active[endpoint]; }
    void requestFinished(const QByteArray &endpoint);

    // The --connect-to rule for host:port, if any.
    const ConnectToRule *connectToRule(const QString &host, quint16 port) const;

private:
    struct Pending;
    void resolveOne(const QString &host, quint16 port, int weight, bool firstOnly,
                    std::function<void(std::vector<ResolvedEndpoint>, QString)> done);

    DnsCache &m_dns;
    QList<ConnectToRule> m_connectTo;
    QObject *m_context;
    QHash<QByteArray, int> m_active; // in-flight requests per endpoint on this worker
    quint32 m_random = 0x9e3779b9u;
};

} // namespace meshgate
