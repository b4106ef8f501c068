// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The compiled, immutable form of a validated ConfigSet: what the engine's workers read on
// every request (through std::shared_ptr<const RouteTable>), and what `explain` walks to tell a
// user why a request went where it went.

#include "config/diagnostic.h"
#include "config/resources.h"
#include "engine/enginesettings.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QHostAddress>
#include <QRegularExpression>

#include <chrono>
#include <limits>
#include <memory>
#include <optional>
#include <vector>

namespace meshgate {

using Millis = std::chrono::milliseconds;

// ---------------------------------------------------------------- clusters

struct UpstreamTlsPolicy
{
    enum class Mode { Disable, Simple, Mutual, IstioMutual };
    Mode mode = Mode::Disable;
    QString sni; // empty: the downstream Host (without port)
    QString caCertificates; // file path; empty: the system store
    QString clientCertificate;
    QString privateKey;
    bool insecureSkipVerify = false;
    QStringList subjectAltNames;
    QString caCrl; // file path; empty: no revocation check
};

struct OutlierPolicy
{
    bool enabled = false;
    int consecutive5xxErrors = 5;
    int consecutiveGatewayErrors = 0; // 0 = off
    Millis interval{10000};
    Millis baseEjectionTime{30000};
    int maxEjectionPercent = 10;
};

struct ClusterPolicy
{
    enum class LoadBalancer { RoundRobin, LeastRequest, Random };
    LoadBalancer loadBalancer = LoadBalancer::LeastRequest;
    Millis connectTimeout{10000};
    int maxConnections = std::numeric_limits<int>::max();
    int maxRequestsPerConnection = 0; // 0 = unlimited; 1 disables keep-alive
    Millis idleTimeout{3600000};    // HTTP upstream connection idle timeout
    Millis tcpIdleTimeout{3600000}; // TCP proxy idle timeout (connectionPool.tcp.idleTimeout)
    OutlierPolicy outlier;
    UpstreamTlsPolicy tls;
};

struct Endpoint
{
    QString address; // IP, or a host name for DNS / DNS_ROUND_ROBIN resolution
    quint16 port = 0;
    int weight = 1;
    StringMap labels;
};

struct Cluster
{
    // How the endpoints are found. OriginalDst: the requested host:port (mesh ALLOW_ANY,
    // cluster "PassthroughCluster"); BlackHole: nothing (REGISTRY_ONLY, "BlackHoleCluster").
    enum class Discovery { Static, Dns, DnsRoundRobin, None, OriginalDst, BlackHole };

    QByteArray name;    // "outbound|80|v1|httpbin.org"
    QString host;       // "httpbin.org"
    QByteArray destinationService; // host in UTF-8 for the stats, made once rather than per request
    quint16 port = 0;   // service port
    QString subset;
    QString protocol;   // of the service port (HTTP, HTTPS, TLS, TCP, ...), upper-case
    Discovery discovery = Discovery::Static;
    std::vector<Endpoint> endpoints; // subset-filtered
    ClusterPolicy policy;            // top-level DR policy, overridden by port-level, then subset
};

// ---------------------------------------------------------------- HTTP routes

struct HeaderOps
{
    std::vector<std::pair<QByteArray, QByteArray>> set; // names lower-case
    std::vector<std::pair<QByteArray, QByteArray>> add;
    std::vector<QByteArray> remove;
    bool isEmpty() const { return set.empty() && add.empty() && remove.empty(); }
};

struct StringMatcher
{
    StringMatch::Kind kind = StringMatch::Kind::None;
    QByteArray value;          // exact / prefix (lower-cased when ignoreCase)
    QRegularExpression regex;  // anchored, for Regex
    bool ignoreCase = false;

    bool matches(QByteArrayView text) const;
    QString describe() const; // "prefix /status"

    // From the config form; an invalid regex is reported in `error` and never matches.
    static StringMatcher fromConfig(const StringMatch &match, bool ignoreCase = false, QString *error = nullptr);
    // Kind None: a header or query parameter only has to be present (`{}`; the compiler also maps
    // Istio's legacy regex "*" there).
    bool isPresentMatch() const { return kind == StringMatch::Kind::None; }
};

struct HeaderMatcher
{
    QByteArray name; // lower-case
    StringMatcher matcher; // kind None = "present"
};

struct CompiledMatch
{
    StringMatcher uri; // against the path without the query
    StringMatcher scheme;
    StringMatcher method;
    StringMatcher authority;
    std::vector<HeaderMatcher> headers;
    std::vector<HeaderMatcher> withoutHeaders;
    std::vector<HeaderMatcher> queryParams;
    std::optional<quint16> port; // gateway server port (not the local listen port)
    QStringList gateways;        // qualified ("ns/name" or "mesh"); empty = the VirtualService's
    int indexInRoute = 0;        // position in the route's `match` list, for explain ("match[1]")
};

struct RouteTarget
{
    int cluster = -1; // index into RouteTable::clusters(); -1 = not in the registry (503 NC)
    QString host;     // as written, for NC diagnostics
    int weight = 0;
    HeaderOps requestOps;
    HeaderOps responseOps;
    QByteArray authority; // per-destination `headers.request.set.host` (Host rewrite), else empty
};

struct RetryPolicy
{
    int attempts = 2;
    Millis perTryTimeout{0}; // 0 = the route timeout
    bool onConnectFailure = true;
    bool onRefusedStream = true;
    bool onReset = false;
    bool onResetBeforeRequest = false; // only while nothing of the request has gone upstream
    bool on5xx = false;
    bool onGatewayError = false;
    bool onRetriable4xx = false;
    QList<int> retriableStatusCodes; // non-empty only when retriable-status-codes is on
    QByteArray retryOn;              // the conditions as Envoy gets them (numeric codes removed)
};

struct FaultPolicy
{
    std::optional<Millis> delay;
    double delayPercent = 100;
    std::optional<int> abortStatus;
    double abortPercent = 100;
};

struct RedirectAction
{
    QByteArray uri;           // replaces the whole path
    QByteArray prefixRewrite; // replaces the matched prefix
    QByteArray authority;
    QByteArray scheme;
    std::optional<quint16> port;
    bool derivePortFromRequest = false;
    int code = 301;
};

struct DirectResponseAction
{
    int status = 200;
    QByteArray body;
};

struct RewriteAction
{
    QByteArray uri;       // replaces the matched prefix (or the whole path for exact/regex)
    QByteArray authority;
    std::optional<QRegularExpression> regex;
    QByteArray regexSubstitution;
};

struct MirrorTarget
{
    int cluster = -1;
    double percent = 100;
};

struct CompiledHttpRoute
{
    enum class Kind { Route, Redirect, DirectResponse };

    QByteArray name;        // the route's `name`, else empty (logged as "-")
    QString displayName;    // "httpbin[1]" or "httpbin[1] (status)", for the GUI and explain
    QString virtualService; // qualified "ns/name"
    int indexInVirtualService = 0;
    std::vector<CompiledMatch> matches; // ORed; empty = catch-all
    Kind kind = Kind::Route;
    std::vector<RouteTarget> targets;
    int totalWeight = 0;
    RedirectAction redirect;
    DirectResponseAction directResponse;
    std::optional<RewriteAction> rewrite;
    Millis timeout{0}; // 0 = none
    RetryPolicy retries; // attempts 0 = no retries
    std::optional<FaultPolicy> fault;
    std::vector<MirrorTarget> mirrors;
    HeaderOps requestOps;
    HeaderOps responseOps;
};

struct VirtualHost
{
    QString name;           // "httpbin.org:80"
    QStringList domains;    // the intersected host names
    QStringList gateways;   // qualified gateways whose servers contribute this host ("mesh" for the mesh)
    std::vector<CompiledHttpRoute> routes;
    bool httpsRedirect = false;
};

// Host-name lookup for one HTTP route configuration: exact names, then wildcard suffixes
// longest first, then "*".
struct HttpRouteConfig
{
    std::vector<VirtualHost> virtualHosts;
    QHash<QByteArray, int> exact;                    // lower-case host -> index
    std::vector<std::pair<QByteArray, int>> suffixes; // ".foo.com" longest first
    int catchAll = -1;

    const VirtualHost *find(QByteArrayView hostWithoutPort) const;
};

// ---------------------------------------------------------------- TLS / TCP routes

struct WeightedTarget
{
    int cluster = -1;
    QString host;
    int weight = 0;
};

struct SniChain
{
    QString sniPattern; // "edition.cnn.com", "*.example.net" or "*"
    std::vector<WeightedTarget> targets;
    int totalWeight = 0;
    QString virtualService;
    QString displayName; // "cnn tls[0]"
};

struct SniTable
{
    std::vector<SniChain> chains;
    QHash<QByteArray, int> exact;
    std::vector<std::pair<QByteArray, int>> suffixes; // longest first
    int catchAll = -1;

    const SniChain *find(QByteArrayView sni) const; // empty sni only matches "*"
};

struct TcpTable
{
    std::vector<WeightedTarget> targets; // empty: no tcp route applies (the connection is closed)
    int totalWeight = 0;
    QString virtualService;
    QString displayName; // "postgres tcp[0]"
};

// Index of the target a uniformly distributed `random` selects among weighted targets, or -1 when
// the total weight is 0. Works for RouteTarget and WeightedTarget.
template<typename Target>
int pickWeighted(const std::vector<Target> &targets, int totalWeight, quint32 random)
{
    if (totalWeight <= 0)
        return -1;
    int point = int(random % quint32(totalWeight));
    for (size_t i = 0; i < targets.size(); ++i) {
        if (point < targets[i].weight)
            return int(i);
        point -= targets[i].weight;
    }
    return -1;
}

// ---------------------------------------------------------------- listeners

// The TLS servers of one HTTPS (terminating) port. Like Envoy's filter chains, several servers
// on one port are told apart by the client's SNI against their hosts: exact name, then the
// longest wildcard suffix, then `*` (the only one a hello without SNI can reach). As in Istio, a
// server that repeats a host of an earlier TLS server on the port is skipped (with a warning).
struct ServerTlsTable
{
    struct Server
    {
        QString gateway;   // qualified name of its Gateway
        QString portName;  // servers[].port.name, e.g. "https-api"
        QStringList hosts; // without the "ns/" part
        ServerTlsSettings tls;
        // Its own routes, as Istio gives each HTTPS server its own route configuration: a Host
        // of another server on the port is not found here (a client cannot pick a SIMPLE server
        // by SNI and then reach a MUTUAL server's routes by Host).
        HttpRouteConfig http;
    };
    std::vector<Server> servers; // Gateway order
    QHash<QByteArray, int> exact;
    std::vector<std::pair<QByteArray, int>> suffixes; // longest first
    int catchAll = -1;

    int find(QByteArrayView sni) const; // index into servers, or -1: no server for that name
    // The server with this identity (its Gateway and port name, as Istio names a server's route
    // configuration), or -1: how a connection finds its server again after a reload.
    int indexOf(const QString &gateway, const QString &portName) const;
};

// "127.0.0.1:8080", "[::1]:8080": how listeners are named to users and keyed across reloads.
QString socketAddressText(const QHostAddress &address, int port);

struct ListenerSpec
{
    enum class Kind { Http, HttpsTerminate, TlsPassthrough, Tcp };
    Kind kind = Kind::Http;
    QHostAddress bind;
    quint16 gatewayPort = 0; // as written in the Gateway
    quint16 listenPort = 0;  // after --port-offset
    QStringList gateways;    // qualified names of the Gateways with servers here
    QString protocol;        // HTTP, HTTPS, TLS, TCP (upper-case)
    HttpRouteConfig http;    // Http; HttpsTerminate: all servers' routes (each server's own are in serverTlsByName)
    SniTable sni;            // TlsPassthrough
    TcpTable tcp;            // Tcp
    ServerTlsSettings serverTls; // HttpsTerminate: the first server's (what `explain` shows)
    ServerTlsTable serverTlsByName; // HttpsTerminate: every server's, chosen by SNI

    QString key() const; // "127.0.0.1:8080", identifies the socket across reloads
};

// ---------------------------------------------------------------- the table

// What `explain` and the engine need to know about a request.
struct RequestDescription
{
    QString gateway;      // "proxy", "ns/proxy" or "mesh"
    quint16 port = 80;    // the gateway server port (or the destination port for mesh)
    QString host;         // Host / :authority (port allowed)
    QString sni;          // for TLS
    QByteArray method = QByteArrayLiteral("GET");
    QByteArray path = QByteArrayLiteral("/");
    QByteArray scheme = QByteArrayLiteral("http");
    std::vector<std::pair<QByteArray, QByteArray>> headers; // names lower-case
    bool tls = false; // describe a TLS connection (SNI routing) instead of an HTTP request
    bool portAssumed = false; // no port= and none in the URL: `port` is the scheme's default

    // "GET http://httpbin.org/status/418 gateway=proxy port=80 header:x-a=b" or
    // "TLS edition.cnn.com gateway=proxy port=443".
    static std::optional<RequestDescription> parse(const QString &text, QString *error = nullptr);
};

struct ExplainStep
{
    enum class Verdict { Matched, NotMatched, Info };
    Verdict verdict = Verdict::Info;
    QString subject; // "virtual host httpbin.org:80", "route httpbin[0]"
    QString reason;  // "uri prefix /status does not match /headers"
};

struct Explanation
{
    bool routed = false;
    int status = 0;          // what the client would get when not forwarded (404, 301, 503, ...)
    QByteArray flags;        // "NR", "" ...
    QByteArray details;      // Envoy's response code details: route_not_found, filter_chain_not_found, ...
    QString summary;         // one line: "→ outbound|80||httpbin.org via route httpbin[0]"
    QString listener;        // "127.0.0.1:8080", empty for the mesh
    QString virtualHost;
    QString route;
    QString cluster;         // several weighted targets: "a (90%), b (10%)"
    QByteArray location;     // redirects: the Location the client gets
    QStringList endpoints;   // "127.0.0.1:80 (weight 1)"
    std::vector<ExplainStep> steps;

    QString toText() const;
};

class RouteTable final
{
public:
    struct CompileResult
    {
        std::shared_ptr<const RouteTable> table;
        QStringList warnings; // what could not be compiled (shown, never fatal)
        Diagnostics findings; // those of the warnings that point at a field of a resource
    };
    // `config` must have passed validation without errors.
    static CompileResult compile(const ConfigSet &config, const EngineSettings &settings);

    const std::vector<ListenerSpec> &listeners() const { return m_listeners; }
    const std::vector<Cluster> &clusters() const { return m_clusters; }
    const HttpRouteConfig &meshHttp() const { return m_meshHttp; }
    const SniTable &meshTls() const { return m_meshTls; }
    int clusterIndex(QByteArrayView name) const;
    const ConfigSet &config() const { return m_config; }
    quint64 generation() const { return m_generation; }

    // The mesh forward proxy's cluster for a host nobody routes: PassthroughCluster (ALLOW_ANY)
    // or BlackHoleCluster (REGISTRY_ONLY).
    int passthroughCluster() const { return m_passthroughCluster; }
    int blackHoleCluster() const { return m_blackHoleCluster; }
    OutboundPolicy outboundPolicy() const { return m_outboundPolicy; }
    // What the mesh does with a host:port no mesh VirtualService routes: the registry's
    // outbound|port||host cluster when a ServiceEntry defines it, else passthrough / black hole.
    int meshDefaultCluster(QByteArrayView host, quint16 port) const;

    // The listener serving `gateway` ("proxy" = any namespace, "ns/proxy") on a Gateway server
    // port, or -1.
    int findListener(QStringView gateway, quint16 gatewayPort) const;

    // Route lookup for an HTTP request on a listener (listener < 0: the mesh). `host` is the raw
    // Host / :authority value: its port is ignored and case does not matter for the virtual host,
    // while `authority` matches see it unchanged. `gatewayPort` is the Gateway server port (the
    // destination port for the mesh). `headers` returns a request header by lower-case name
    // (false when absent). Allocation-free unless a regex or a percent-encoded query value is
    // matched. No virtual host: 404 NR; a virtual host but no route: 404 NR.
    struct HttpMatchResult
    {
        const VirtualHost *virtualHost = nullptr;
        const CompiledHttpRoute *route = nullptr;
    };
    using HeaderLookup = bool (*)(const void *context, QByteArrayView lowerName, QByteArrayView *value);
    HttpMatchResult matchHttp(int listener, QByteArrayView host, quint16 gatewayPort, QByteArrayView method,
                              QByteArrayView pathWithQuery, QByteArrayView scheme, HeaderLookup headers,
                              const void *headersContext, int tlsServer = -1) const;
    // The routes a request on `listener` sees: an HTTPS listener's chosen server's own (`tlsServer`
    // from ServerTlsTable::find; none at all when out of range), else the listener's; the mesh's
    // for listener -1.
    const HttpRouteConfig &httpRoutes(int listener, int tlsServer = -1) const;

    Explanation explain(const RequestDescription &request) const;

private:
    friend class RouteTableCompiler;
    std::vector<ListenerSpec> m_listeners;
    std::vector<Cluster> m_clusters;
    QHash<QByteArray, int> m_clusterByName;
    HttpRouteConfig m_meshHttp;
    SniTable m_meshTls;
    int m_passthroughCluster = -1;
    int m_blackHoleCluster = -1;
    OutboundPolicy m_outboundPolicy = OutboundPolicy::AllowAny;
    ConfigSet m_config; // the resources this table was compiled from (for /config_dump)
    quint64 m_generation = 0;
};

} // namespace meshgate
