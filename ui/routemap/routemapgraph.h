// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/resources.h"
#include "log/accesslogview.h"
#include "routing/routetable.h"

#include <QHash>
#include <QString>

#include <array>
#include <memory>
#include <optional>
#include <vector>

namespace meshgate {

// A resource a route-map node stands for, found by kind and name when the node is clicked (the
// workspace's ids are not known to a compiled table).
struct ResourceRef
{
    ResourceKind kind = ResourceKind::Gateway;
    QString name;
    QString ns; // empty: any namespace
};

struct RouteMapNode
{
    // Also the column, left to right.
    enum class Kind { Listener, VirtualHost, Route, Cluster, Endpoint };
    static constexpr int kColumns = 5;

    Kind kind = Kind::Listener;
    QString title;  // "proxy :80", "httpbin.org", "httpbin[0]", "outbound|80||httpbin.org", "127.0.0.1:80"
    QString detail; // a second line: "127.0.0.1:8080 · HTTP", "uri prefix /status", ...
    QString toolTip;
    std::optional<ResourceRef> resource;

    int column() const { return int(kind); }
};

struct RouteMapEdge
{
    int from = -1;
    int to = -1;
};

// The whole compiled configuration as a graph in five columns: listener ports (and the mesh) →
// virtual hosts (SNI names for TLS passthrough) → routes → destination clusters → endpoints.
// Clusters and endpoints appear once however many routes lead to them. It also knows which
// edges a logged request travelled, so the map can label them with live request rates.
class RouteMapGraph final
{
public:
    // meshPort 0: no mesh column entry (the mesh forward proxy is off).
    static RouteMapGraph build(std::shared_ptr<const RouteTable> table, quint16 meshPort);

    const std::vector<RouteMapNode> &nodes() const { return m_nodes; }
    const std::vector<RouteMapEdge> &edges() const { return m_edges; }
    const std::shared_ptr<const RouteTable> &table() const { return m_table; }
    int count(RouteMapNode::Kind kind) const;
    bool isEmpty() const { return m_nodes.empty(); }
    int edgeIndex(int from, int to) const; // -1 when there is no such edge

    // The edges a request or connection went through: listener→virtual host, virtual host→route,
    // route→cluster, cluster→endpoint; -1 where the record does not say (a 404 NR has no route).
    // Unnamed routes are found again by matching the request line against the table (headers are
    // not in the record; the upstream cluster settles ties).
    std::array<int, 4> edgesFor(const AccessLogView &record) const;

private:
    struct ListenerInfo
    {
        int node = -1;
        int spec = -1; // index into RouteTable::listeners(); -1: the mesh
        int tlsServer = -1; // an HTTPS port's server (ServerTlsTable index) when it has several
    };

    struct Listening;
    void listen(const ListenerSpec &spec, Listening listening);
    int addNode(RouteMapNode node);
    int addEdge(int from, int to);
    void addHttpConfig(int listenerNode, const HttpRouteConfig &config, quint16 gatewayPort); // 0: the mesh
    void addSniTable(int listenerNode, const SniTable &table);
    void addTcpTable(int listenerNode, const TcpTable &table);
    // The cluster's node with its endpoints, made on first use; cluster -1: a host no ServiceEntry
    // defines (503 NC).
    int targetNode(int cluster, const QString &host);
    int resolveHttpRoute(const ListenerInfo &listener, const AccessLogView &record, const VirtualHost *host,
                         int cluster) const;

    std::shared_ptr<const RouteTable> m_table;
    std::vector<RouteMapNode> m_nodes;
    std::vector<RouteMapEdge> m_edges;
    QHash<quint64, int> m_edgeByPair;
    struct Listening
    {
        ListenerInfo listener;
        // An HTTPS port with several servers: one node per server (ServerTlsTable order), each
        // with its own routes, as the engine picks them by SNI.
        std::vector<ListenerInfo> servers;
    };
    // Listeners bound to one address, by "address:port" as the log's local address reads: two
    // binds may share a port. Wildcard binds and the mesh are found by port.
    QHash<QByteArray, Listening> m_listenerByAddress;
    QHash<quint16, Listening> m_listenerByPort;
    const Listening *listeningAt(QByteArrayView localAddress) const;
    QHash<const void *, int> m_hostNode;  // VirtualHost*, SniChain*, TcpTable* → node
    QHash<const void *, int> m_routeNode; // CompiledHttpRoute*, SniChain*, TcpTable* → node
    std::vector<int> m_clusterNode;       // by cluster index; -1: not on the map
    std::vector<int> m_soleEndpointEdge;  // by cluster index: its only endpoint edge, else -1
    QHash<QString, int> m_missingClusterNode; // by host
    QHash<QByteArray, int> m_endpointNode; // "address:port" → node
};

} // namespace meshgate
