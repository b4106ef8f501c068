// SPDX-License-Identifier: GPL-3.0-or-later
#include "routemap/routemapgraph.h"

#include "http/httpsyntax.h"

#include <QCoreApplication>
#include <QHostAddress>

#include <algorithm>

namespace meshgate {

namespace {

// Gives the free functions here a translation context lupdate can see.
struct RouteMapText
{
    Q_DECLARE_TR_FUNCTIONS(RouteMapGraph)
};

quint64 pairKey(int from, int to)
{
    return (quint64(quint32(from)) << 32) | quint32(to);
}

// "default/proxy" -> "proxy"; other namespaces stay qualified.
QString shortName(const QString &qualified)
{
    return qualified.startsWith(QLatin1String("default/")) ? qualified.mid(8) : qualified;
}

std::optional<ResourceRef> refTo(ResourceKind kind, const QString &qualified)
{
    if (qualified.isEmpty() || qualified == u"mesh")
        return std::nullopt;
    const qsizetype slash = qualified.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return ResourceRef{kind, qualified, {}};
    return ResourceRef{kind, qualified.mid(slash + 1), qualified.left(slash)};
}

// The resource that defines a destination host: its ServiceEntry, else its DestinationRule.
std::optional<ResourceRef> definitionOf(const ConfigSet &config, const QString &host)
{
    for (const Resource *r : config.ofKind<ServiceEntrySpec>())
        for (const QString &h : r->as<ServiceEntrySpec>()->hosts)
            if (h.compare(host, Qt::CaseInsensitive) == 0)
                return ResourceRef{ResourceKind::ServiceEntry, r->metadata.name, r->metadata.effectiveNamespace()};
    for (const Resource *r : config.ofKind<DestinationRuleSpec>())
        if (r->as<DestinationRuleSpec>()->host.compare(host, Qt::CaseInsensitive) == 0)
            return ResourceRef{ResourceKind::DestinationRule, r->metadata.name, r->metadata.effectiveNamespace()};
    return std::nullopt;
}

QString discoveryText(Cluster::Discovery discovery)
{
    switch (discovery) {
    case Cluster::Discovery::Static:
        return RouteMapText::tr("static");
    case Cluster::Discovery::Dns:
        return RouteMapText::tr("DNS");
    case Cluster::Discovery::DnsRoundRobin:
        return RouteMapText::tr("DNS round robin");
    case Cluster::Discovery::None:
        return RouteMapText::tr("no resolution");
    case Cluster::Discovery::OriginalDst:
        return RouteMapText::tr("original destination");
    case Cluster::Discovery::BlackHole:
        return RouteMapText::tr("black hole");
    }
    return {};
}

QString matchSummary(const CompiledMatch &m)
{
    QStringList parts;
    if (m.uri.kind != StringMatch::Kind::None)
        parts.append(QStringLiteral("uri ") + m.uri.describe());
    if (m.method.kind != StringMatch::Kind::None)
        parts.append(QStringLiteral("method ") + m.method.describe());
    if (m.authority.kind != StringMatch::Kind::None)
        parts.append(QStringLiteral("authority ") + m.authority.describe());
    if (!m.headers.empty())
        parts.append(RouteMapText::tr("%n header(s)", nullptr, int(m.headers.size())));
    if (!m.queryParams.empty())
        parts.append(RouteMapText::tr("%n query parameter(s)", nullptr, int(m.queryParams.size())));
    if (m.port)
        parts.append(RouteMapText::tr("port %1").arg(*m.port));
    return parts.isEmpty() ? RouteMapText::tr("any request") : parts.join(QStringLiteral(", "));
}

QString routeSummary(const CompiledHttpRoute &route)
{
    switch (route.kind) {
    case CompiledHttpRoute::Kind::Redirect:
        return RouteMapText::tr("redirect %1").arg(route.redirect.code);
    case CompiledHttpRoute::Kind::DirectResponse:
        return RouteMapText::tr("direct response %1").arg(route.directResponse.status);
    case CompiledHttpRoute::Kind::Route:
        break;
    }
    if (route.matches.empty())
        return RouteMapText::tr("any request");
    QString text = matchSummary(route.matches.front());
    if (route.matches.size() > 1)
        text += RouteMapText::tr(" (+%n more)", nullptr, int(route.matches.size() - 1));
    return text;
}

QByteArrayView hostOf(QByteArrayView authority)
{
    if (authority.startsWith('[')) {
        const qsizetype close = authority.indexOf(']');
        return close < 0 ? authority : authority.sliced(1, close - 1);
    }
    const qsizetype colon = httpsyntax::lastIndexOfChar(authority, ':');
    return colon < 0 ? authority : authority.first(colon);
}

// The port after the last ':' of "ip:port", "[v6]:port" or "host:port"; `fallback` if none.
quint16 portOf(QByteArrayView address, quint16 fallback)
{
    const qsizetype colon = httpsyntax::lastIndexOfChar(address, ':');
    if (colon < 0 || address.indexOf(']', colon) >= 0)
        return fallback;
    bool ok = false;
    const uint port = QByteArray::fromRawData(address.data() + colon + 1, address.size() - colon - 1).toUInt(&ok);
    return ok && port <= 65535 ? quint16(port) : fallback;
}

bool noHeaders(const void *, QByteArrayView, QByteArrayView *)
{
    return false;
}

// The compiled table keeps routes no request on this listener can take (for explain's sake);
// the map shows only those some match block admits for the virtual host's gateways and port.
bool reachable(const CompiledHttpRoute &route, const VirtualHost &vh, quint16 gatewayPort)
{
    const bool mesh = gatewayPort == 0;
    if (route.matches.empty())
        return true;
    return std::any_of(route.matches.begin(), route.matches.end(), [&](const CompiledMatch &m) {
        const bool gatewayOk = m.gateways.isEmpty()
            || std::any_of(m.gateways.begin(), m.gateways.end(), [&](const QString &g) { return vh.gateways.contains(g); });
        return gatewayOk && (!m.port || mesh || *m.port == gatewayPort);
    });
}

bool routesTo(const CompiledHttpRoute &route, int cluster)
{
    return std::any_of(route.targets.begin(), route.targets.end(),
                       [cluster](const RouteTarget &t) { return t.cluster == cluster; });
}

} // namespace

RouteMapGraph RouteMapGraph::build(std::shared_ptr<const RouteTable> table, quint16 meshPort)
{
    RouteMapGraph g;
    g.m_table = std::move(table);
    if (!g.m_table)
        return g;
    const RouteTable &t = *g.m_table;
    g.m_clusterNode.assign(t.clusters().size(), -1);
    g.m_soleEndpointEdge.assign(t.clusters().size(), -1);

    for (size_t i = 0; i < t.listeners().size(); ++i) {
        const ListenerSpec &l = t.listeners()[i];
        QStringList gateways;
        for (const QString &gw : l.gateways)
            gateways.append(shortName(gw));
        RouteMapNode node;
        node.kind = RouteMapNode::Kind::Listener;
        node.title = QStringLiteral("%1 :%2").arg(gateways.join(QStringLiteral(", "))).arg(l.gatewayPort);
        node.detail = QStringLiteral("%1 · %2").arg(l.key(), l.protocol);
        node.toolTip = RouteMapText::tr("Gateway port %1 of %2, listening on %3 (%4)")
                           .arg(l.gatewayPort)
                           .arg(gateways.join(QStringLiteral(", ")), l.key(), l.protocol);
        node.resource = refTo(ResourceKind::Gateway, l.gateways.value(0));
        const auto &servers = l.serverTlsByName.servers;
        if (l.kind == ListenerSpec::Kind::HttpsTerminate && servers.size() > 1) {
            // Each server has its own certificate and routes; the client's SNI picks one.
            std::vector<ListenerInfo> infos;
            for (size_t s = 0; s < servers.size(); ++s) {
                const ServerTlsTable::Server &server = servers[s];
                RouteMapNode serverNode = node;
                serverNode.title = QStringLiteral("%1 :%2 %3").arg(shortName(server.gateway)).arg(l.gatewayPort).arg(server.portName);
                serverNode.detail = QStringLiteral("%1 · %2").arg(server.hosts.join(QStringLiteral(", ")), l.key());
                serverNode.toolTip = RouteMapText::tr("Server %1 of Gateway %2 on port %3, listening on %4 (%5): "
                                                      "clients asking for %6 by SNI get its certificate and routes")
                                         .arg(server.portName, shortName(server.gateway))
                                         .arg(l.gatewayPort)
                                         .arg(l.key(), l.protocol, server.hosts.join(QStringLiteral(", ")));
                serverNode.resource = refTo(ResourceKind::Gateway, server.gateway);
                const int n = g.addNode(std::move(serverNode));
                infos.push_back({n, int(i), int(s)});
                g.addHttpConfig(n, server.http, l.gatewayPort);
            }
            const ListenerInfo first = infos.front();
            g.listen(l, {first, std::move(infos)});
            continue;
        }
        const int n = g.addNode(std::move(node));
        // A lone HTTPS server: its own routes (a server skipped for a repeated host is not one).
        const int tlsServer = l.kind == ListenerSpec::Kind::HttpsTerminate && servers.size() == 1 ? 0 : -1;
        g.listen(l, {{n, int(i), tlsServer}, {}});
        switch (l.kind) {
        case ListenerSpec::Kind::Http:
        case ListenerSpec::Kind::HttpsTerminate:
            g.addHttpConfig(n, t.httpRoutes(int(i), tlsServer), l.gatewayPort);
            break;
        case ListenerSpec::Kind::TlsPassthrough:
            g.addSniTable(n, l.sni);
            break;
        case ListenerSpec::Kind::Tcp:
            g.addTcpTable(n, l.tcp);
            break;
        }
    }
    if (meshPort != 0) {
        RouteMapNode node;
        node.kind = RouteMapNode::Kind::Listener;
        node.title = RouteMapText::tr("mesh :%1").arg(meshPort);
        node.detail = RouteMapText::tr("forward proxy · HTTP and TLS");
        node.toolTip = RouteMapText::tr("The mesh forward proxy on port %1: VirtualServices bound to the "
                                        "\"mesh\" gateway, and ServiceEntry hosts by default")
                           .arg(meshPort);
        const int n = g.addNode(std::move(node));
        g.m_listenerByPort.insert(meshPort, {{n, -1}, {}});
        g.addHttpConfig(n, t.meshHttp(), 0);
        g.addSniTable(n, t.meshTls());
    }
    return g;
}

void RouteMapGraph::listen(const ListenerSpec &spec, Listening listening)
{
    if (spec.bind == QHostAddress::Any || spec.bind == QHostAddress::AnyIPv4 || spec.bind == QHostAddress::AnyIPv6)
        m_listenerByPort.insert(spec.listenPort, std::move(listening));
    else
        m_listenerByAddress.insert(spec.key().toLatin1(), std::move(listening));
}

const RouteMapGraph::Listening *RouteMapGraph::listeningAt(QByteArrayView localAddress) const
{
    if (const auto it = m_listenerByAddress.constFind(QByteArray::fromRawData(localAddress.data(), localAddress.size()));
        it != m_listenerByAddress.constEnd())
        return &*it;
    const auto it = m_listenerByPort.constFind(portOf(localAddress, 0));
    return it != m_listenerByPort.constEnd() ? &*it : nullptr;
}

int RouteMapGraph::count(RouteMapNode::Kind kind) const
{
    return int(std::count_if(m_nodes.begin(), m_nodes.end(), [kind](const RouteMapNode &n) { return n.kind == kind; }));
}

int RouteMapGraph::addNode(RouteMapNode node)
{
    m_nodes.push_back(std::move(node));
    return int(m_nodes.size()) - 1;
}

int RouteMapGraph::addEdge(int from, int to)
{
    const quint64 key = pairKey(from, to);
    if (const auto it = m_edgeByPair.constFind(key); it != m_edgeByPair.constEnd())
        return *it;
    m_edges.push_back({from, to});
    const int index = int(m_edges.size()) - 1;
    m_edgeByPair.insert(key, index);
    return index;
}

int RouteMapGraph::edgeIndex(int from, int to) const
{
    if (from < 0 || to < 0)
        return -1;
    return m_edgeByPair.value(pairKey(from, to), -1);
}

void RouteMapGraph::addHttpConfig(int listenerNode, const HttpRouteConfig &config, quint16 gatewayPort)
{
    for (const VirtualHost &vh : config.virtualHosts) {
        const auto shown = std::count_if(vh.routes.begin(), vh.routes.end(),
                                         [&](const CompiledHttpRoute &r) { return reachable(r, vh, gatewayPort); });
        RouteMapNode host;
        host.kind = RouteMapNode::Kind::VirtualHost;
        host.title = vh.domains.isEmpty() ? vh.name : vh.domains.join(QStringLiteral(", "));
        host.detail = RouteMapText::tr("%n route(s)", nullptr, int(shown));
        if (vh.httpsRedirect)
            host.detail += RouteMapText::tr(" · HTTPS redirect");
        host.toolTip = RouteMapText::tr("Virtual host %1\nDomains: %2").arg(vh.name, vh.domains.join(QStringLiteral(", ")));
        if (!vh.routes.empty())
            host.resource = refTo(ResourceKind::VirtualService, vh.routes.front().virtualService);
        const int hostNode = addNode(std::move(host));
        m_hostNode.insert(&vh, hostNode);
        addEdge(listenerNode, hostNode);
        for (const CompiledHttpRoute &route : vh.routes) {
            if (!reachable(route, vh, gatewayPort))
                continue;
            RouteMapNode r;
            r.kind = RouteMapNode::Kind::Route;
            r.title = route.displayName;
            r.detail = routeSummary(route);
            QStringList lines{RouteMapText::tr("Route %1 of VirtualService %2").arg(route.displayName, shortName(route.virtualService))};
            for (const CompiledMatch &m : route.matches)
                lines.append(QStringLiteral("match[%1]: %2").arg(m.indexInRoute).arg(matchSummary(m)));
            r.toolTip = lines.join(QLatin1Char('\n'));
            r.resource = refTo(ResourceKind::VirtualService, route.virtualService);
            const int routeNode = addNode(std::move(r));
            m_routeNode.insert(&route, routeNode);
            addEdge(hostNode, routeNode);
            for (const RouteTarget &target : route.targets)
                addEdge(routeNode, targetNode(target.cluster, target.host));
        }
    }
}

void RouteMapGraph::addSniTable(int listenerNode, const SniTable &table)
{
    for (const SniChain &chain : table.chains) {
        RouteMapNode host;
        host.kind = RouteMapNode::Kind::VirtualHost;
        host.title = chain.sniPattern;
        host.detail = RouteMapText::tr("SNI · TLS passthrough");
        host.toolTip = RouteMapText::tr("TLS connections whose ClientHello names %1").arg(chain.sniPattern);
        host.resource = refTo(ResourceKind::VirtualService, chain.virtualService);
        const int hostNode = addNode(host);
        m_hostNode.insert(&chain, hostNode);
        addEdge(listenerNode, hostNode);

        RouteMapNode r;
        r.kind = RouteMapNode::Kind::Route;
        r.title = chain.displayName;
        r.detail = RouteMapText::tr("sni %1").arg(chain.sniPattern);
        r.toolTip = RouteMapText::tr("TLS route %1 of VirtualService %2").arg(chain.displayName, shortName(chain.virtualService));
        r.resource = host.resource;
        const int routeNode = addNode(std::move(r));
        m_routeNode.insert(&chain, routeNode);
        addEdge(hostNode, routeNode);
        for (const WeightedTarget &target : chain.targets)
            addEdge(routeNode, targetNode(target.cluster, target.host));
    }
}

void RouteMapGraph::addTcpTable(int listenerNode, const TcpTable &table)
{
    if (table.targets.empty())
        return;
    RouteMapNode host;
    host.kind = RouteMapNode::Kind::VirtualHost;
    host.title = RouteMapText::tr("TCP");
    host.detail = RouteMapText::tr("every connection");
    host.resource = refTo(ResourceKind::VirtualService, table.virtualService);
    const int hostNode = addNode(host);
    m_hostNode.insert(&table, hostNode);
    addEdge(listenerNode, hostNode);
    RouteMapNode r;
    r.kind = RouteMapNode::Kind::Route;
    r.title = table.displayName;
    r.detail = RouteMapText::tr("%n destination(s)", nullptr, int(table.targets.size()));
    r.resource = host.resource;
    const int routeNode = addNode(std::move(r));
    m_routeNode.insert(&table, routeNode);
    addEdge(hostNode, routeNode);
    for (const WeightedTarget &target : table.targets)
        addEdge(routeNode, targetNode(target.cluster, target.host));
}

int RouteMapGraph::targetNode(int cluster, const QString &host)
{
    if (cluster < 0 || cluster >= int(m_clusterNode.size())) {
        // Not in the registry: requests there get 503 NC. Shown, so the map explains the 503s.
        if (const auto it = m_missingClusterNode.constFind(host); it != m_missingClusterNode.constEnd())
            return *it;
        RouteMapNode node;
        node.kind = RouteMapNode::Kind::Cluster;
        node.title = host;
        node.detail = RouteMapText::tr("not in the registry · 503 NC");
        node.toolTip = RouteMapText::tr("No ServiceEntry defines %1, so requests routed there get 503 NC").arg(host);
        const int n = addNode(std::move(node));
        m_missingClusterNode.insert(host, n);
        return n;
    }
    if (m_clusterNode[size_t(cluster)] >= 0)
        return m_clusterNode[size_t(cluster)];

    const Cluster &c = m_table->clusters()[size_t(cluster)];
    RouteMapNode node;
    node.kind = RouteMapNode::Kind::Cluster;
    node.title = QString::fromUtf8(c.name);
    node.detail = c.protocol.isEmpty() ? discoveryText(c.discovery)
                                       : QStringLiteral("%1 · %2").arg(discoveryText(c.discovery), c.protocol);
    if (!c.subset.isEmpty())
        node.detail += RouteMapText::tr(" · subset %1").arg(c.subset);
    node.toolTip = RouteMapText::tr("Cluster %1\nHost %2, port %3, %n endpoint(s)", nullptr, int(c.endpoints.size()))
                       .arg(node.title, c.host)
                       .arg(c.port);
    node.resource = definitionOf(m_table->config(), c.host);
    const int clusterNode = addNode(node);
    m_clusterNode[size_t(cluster)] = clusterNode;

    for (const Endpoint &e : c.endpoints) {
        const QByteArray key = QStringLiteral("%1:%2").arg(e.address).arg(e.port).toUtf8();
        int endpointNode = m_endpointNode.value(key, -1);
        if (endpointNode < 0) {
            RouteMapNode ep;
            ep.kind = RouteMapNode::Kind::Endpoint;
            ep.title = QString::fromUtf8(key);
            const bool named = QHostAddress(e.address).isNull();
            ep.detail = named ? RouteMapText::tr("resolved by DNS · weight %1").arg(e.weight)
                              : RouteMapText::tr("weight %1").arg(e.weight);
            ep.resource = node.resource;
            endpointNode = addNode(std::move(ep));
            m_endpointNode.insert(key, endpointNode);
        }
        addEdge(clusterNode, endpointNode);
    }
    if (c.discovery == Cluster::Discovery::OriginalDst) {
        RouteMapNode ep;
        ep.kind = RouteMapNode::Kind::Endpoint;
        ep.title = RouteMapText::tr("requested host:port");
        ep.detail = RouteMapText::tr("passthrough");
        addEdge(clusterNode, addNode(std::move(ep)));
    }
    int sole = -1;
    int endpoints = 0;
    for (size_t i = 0; i < m_edges.size(); ++i) {
        if (m_edges[i].from == clusterNode) {
            sole = int(i);
            ++endpoints;
        }
    }
    m_soleEndpointEdge[size_t(cluster)] = endpoints == 1 ? sole : -1;
    return clusterNode;
}

int RouteMapGraph::resolveHttpRoute(const ListenerInfo &listener, const AccessLogView &r, const VirtualHost *host,
                                    int cluster) const
{
    const CompiledHttpRoute *route = nullptr;
    if (!r.routeName.isEmpty()) {
        for (const CompiledHttpRoute &candidate : host->routes)
            if (candidate.name == r.routeName)
                return m_routeNode.value(&candidate, -1);
    }
    const ListenerSpec *spec = listener.spec >= 0 ? &m_table->listeners()[size_t(listener.spec)] : nullptr;
    const quint16 gatewayPort = spec ? spec->gatewayPort : portOf(r.authority, 80);
    const QByteArrayView scheme = spec && spec->kind == ListenerSpec::Kind::HttpsTerminate ? QByteArrayView("https")
                                                                                          : QByteArrayView("http");
    const RouteTable::HttpMatchResult match = m_table->matchHttp(listener.spec, r.authority, gatewayPort, r.method,
                                                                 r.path, scheme, &noHeaders, nullptr, listener.tlsServer);
    if (match.virtualHost == host)
        route = match.route;
    // A header match the record cannot replay may have chosen another route: the cluster the
    // request went to names it.
    if (cluster >= 0 && (!route || !routesTo(*route, cluster))) {
        for (const CompiledHttpRoute &candidate : host->routes) {
            if (routesTo(candidate, cluster)) {
                route = &candidate;
                break;
            }
        }
    }
    return route ? m_routeNode.value(route, -1) : -1;
}

std::array<int, 4> RouteMapGraph::edgesFor(const AccessLogView &r) const
{
    std::array<int, 4> out{-1, -1, -1, -1};
    if (!m_table)
        return out;
    ListenerInfo listener;
    if (const Listening *at = listeningAt(r.downstreamLocalAddress)) {
        listener = at->listener;
        if (!at->servers.empty()) {
            const ListenerSpec &spec = m_table->listeners()[size_t(listener.spec)];
            const int server = spec.serverTlsByName.find(r.requestedServerName);
            listener = server >= 0 && size_t(server) < at->servers.size() ? at->servers[size_t(server)] : ListenerInfo{};
        }
    }
    const int cluster = r.upstreamCluster.isEmpty() ? -1 : m_table->clusterIndex(r.upstreamCluster);
    int hostNode = -1;
    int routeNode = -1;
    if (listener.node >= 0) {
        const ListenerSpec *spec = listener.spec >= 0 ? &m_table->listeners()[size_t(listener.spec)] : nullptr;
        if (!r.isTcp()) {
            const HttpRouteConfig &config = m_table->httpRoutes(listener.spec, listener.tlsServer);
            if (const VirtualHost *vh = config.find(hostOf(r.authority))) {
                hostNode = m_hostNode.value(vh, -1);
                routeNode = resolveHttpRoute(listener, r, vh, cluster);
            }
        } else {
            const void *key = nullptr;
            if (spec && spec->kind == ListenerSpec::Kind::Tcp)
                key = &spec->tcp;
            else
                key = (spec ? spec->sni : m_table->meshTls()).find(r.requestedServerName);
            hostNode = m_hostNode.value(key, -1);
            routeNode = m_routeNode.value(key, -1);
        }
    }
    int clusterNode = cluster >= 0 ? m_clusterNode[size_t(cluster)] : -1;
    if (clusterNode < 0 && routeNode >= 0 && r.responseFlags.testFlag(ResponseFlags::NoClusterFound)) {
        // A 503 NC names no cluster: it went to the route's destination that is not in the
        // registry, which the map can tell when the route has only one such destination.
        for (const int missing : m_missingClusterNode) {
            if (edgeIndex(routeNode, missing) < 0)
                continue;
            if (clusterNode >= 0) {
                clusterNode = -1; // two of them: not said which
                break;
            }
            clusterNode = missing;
        }
    }
    out[0] = edgeIndex(listener.node, hostNode);
    out[1] = edgeIndex(hostNode, routeNode);
    out[2] = edgeIndex(routeNode, clusterNode);
    if (cluster >= 0 && clusterNode >= 0) {
        out[3] = edgeIndex(clusterNode, m_endpointNode.value(QByteArray::fromRawData(r.upstreamHost.data(), r.upstreamHost.size()), -1));
        if (out[3] < 0)
            out[3] = m_soleEndpointEdge[size_t(cluster)];
    }
    return out;
}

} // namespace meshgate
