// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routing/clusterbuilder.h"
#include "routing/httproutecompiler.h"
#include "routing/routetable.h"

#include <QStringList>

#include <memory>

namespace meshgate {

// Builds a RouteTable from a validated ConfigSet the way istiod builds an ingress gateway's
// listeners, routes and clusters (pilot/pkg/networking/core/gateway.go), plus the mesh's
// (sidecar-like) route table for the forward proxy.
class RouteTableCompiler final
{
public:
    RouteTableCompiler(const ConfigSet &config, const EngineSettings &settings);
    RouteTable::CompileResult compile();
    // The kind of listener a Gateway server becomes; none (and `problem` says why) when the
    // engine cannot serve it. `problem` (not null) may also be set beside a kind, as a caveat.
    static std::optional<ListenerSpec::Kind> listenerKind(const Server &server, QString *problem);
    // What compile() would say at a field with these settings (the port offset and the engine's
    // own ports decide which servers it skips; Gateways sharing a port merge their routes),
    // without using up a generation number: the editor shows it in Problems before any Apply.
    static Diagnostics check(const ConfigSet &config, const EngineSettings &settings);

private:
    struct ServerRef
    {
        const Resource *gateway = nullptr;
        const Server *server = nullptr;
        QString gatewayName; // qualified
        quint16 port = 0;
    };
    struct PendingListener
    {
        ListenerSpec spec;
        std::vector<ServerRef> servers;
    };

    void build(); // everything but the generation number
    void collectListeners();
    void buildHttp(PendingListener &listener);
    void buildServerTls(PendingListener &listener);
    void buildSni(PendingListener &listener);
    void buildTcp(PendingListener &listener);
    void buildMeshHttp();
    void buildMeshTls();

    std::vector<const Resource *> virtualServicesBoundTo(const QString &gateway) const;
    QStringList gatewaysOf(const Resource &virtualService) const; // qualified; "mesh" when none
    bool exposes(const ServerRef &server, const Resource &virtualService) const;
    std::vector<WeightedTarget> weightedTargets(const std::vector<RouteDestination> &route, quint16 fallbackPort,
                                                int *totalWeight, const QString &where);
    void addSniChain(SniTable &table, SniChain chain);
    void warn(const QString &text);
    // A warning that points at a field, so it can be shown at its line.
    void warnAt(const Resource &resource, const QString &fieldPath, const QString &where, const QString &problem);

    static void indexHttp(HttpRouteConfig &config);
    static void indexSni(SniTable &table);
    // Whether server host "ns/host" admits a VirtualService of `vsNamespace`; `host` gets the name part.
    static bool serverHostAllows(const QString &serverHost, const QString &gatewayNamespace,
                                 const QString &vsNamespace, QString *host);

    const ConfigSet &m_config;
    const EngineSettings &m_settings;
    QStringList m_warnings;
    Diagnostics m_findings;
    std::shared_ptr<RouteTable> m_table;
    ClusterBuilder m_clusters;
    HttpRouteCompiler m_routes;
    std::vector<PendingListener> m_pending;
};

} // namespace meshgate
