// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routing/routetable.h"

namespace meshgate {

// Walks a RouteTable the way a request would and records why each listener, virtual host, route
// and filter chain did or did not apply. Uses the same matcher as the request path.
class RouteExplainer final
{
public:
    explicit RouteExplainer(const RouteTable &table);
    Explanation explain(const RequestDescription &request) const;

private:
    void explainHttp(const HttpRouteConfig &config, const ListenerSpec *listener, const RequestDescription &request,
                     Explanation &out) const;
    void explainRoute(const CompiledHttpRoute &route, const RequestDescription &request, Explanation &out) const;
    void explainSni(const SniTable &table, const ListenerSpec *listener, const RequestDescription &request,
                    Explanation &out) const;
    // HTTPS listeners: which server (certificate and routes) the SNI selects; -1 when none does.
    int explainServerTls(const ListenerSpec &l, const RequestDescription &r, Explanation &out) const;
    void explainTcp(const ListenerSpec &listener, Explanation &out) const;
    void explainMeshDefault(const QString &host, quint16 port, bool tls, Explanation &out) const;
    // Forwarding to one of several weighted targets: describes each, decides on the heaviest.
    template<typename Target>
    void explainTargets(const std::vector<Target> &targets, int totalWeight, Explanation &out) const;
    // Fills the decision for forwarding to `cluster` (-1: not in the registry).
    void forward(int cluster, const QString &host, Explanation &out) const;

    const RouteTable &m_table;
};

} // namespace meshgate
