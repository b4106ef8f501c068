// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Plain value types for the four Istio networking kinds (networking.istio.io v1/v1beta1/v1alpha3
// share one schema). Field names follow the Istio API in lowerCamel. Optional scalars use
// std::optional so that "not written" and "written as the default" stay distinguishable: export
// writes back exactly what the user wrote. Every struct keeps the keys it does not model in
// `extras`, so nothing a user wrote is lost.

#include "config/node.h"

#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>
#include <vector>

namespace meshgate {

using StringMap = QMap<QString, QString>;

struct ObjectMeta
{
    QString name;
    QString ns; // "namespace"; empty means "default"
    StringMap labels;
    StringMap annotations;
    Extras extras; // resourceVersion, uid, generation, ...

    QString effectiveNamespace() const { return ns.isEmpty() ? QStringLiteral("default") : ns; }
};

// ---------------------------------------------------------------- common

struct PortSelector
{
    std::optional<int> number;
    Extras extras;
};

// StringMatch is a oneof: exactly one of exact/prefix/regex is set (validation checks it).
struct StringMatch
{
    enum class Kind { None, Exact, Prefix, Regex };
    Kind kind = Kind::None;
    QString value;
    Extras extras;

    bool isSet() const { return kind != Kind::None; }
};

struct Percent
{
    std::optional<double> value;
    Extras extras;
};

// ---------------------------------------------------------------- Gateway

struct GatewayPort
{
    std::optional<int> number;
    QString protocol;
    QString name;
    std::optional<int> targetPort; // an error on a Gateway; kept so validation can point at it
    Extras extras;
};

struct ServerTlsSettings
{
    std::optional<bool> httpsRedirect;
    QString mode; // PASSTHROUGH SIMPLE MUTUAL AUTO_PASSTHROUGH ISTIO_MUTUAL OPTIONAL_MUTUAL
    QString serverCertificate;
    QString privateKey;
    QString caCertificates;
    QString caCrl;
    QString credentialName;
    QStringList subjectAltNames;
    QString minProtocolVersion; // TLS_AUTO TLSV1_0 .. TLSV1_3
    QString maxProtocolVersion;
    QStringList cipherSuites;
    Extras extras;
};

struct Server
{
    GatewayPort port;
    QString bind;
    QStringList hosts;
    std::optional<ServerTlsSettings> tls;
    QString name;
    Extras extras;
};

struct GatewaySpec
{
    std::vector<Server> servers;
    StringMap selector;
    Extras extras;
};

// ---------------------------------------------------------------- ServiceEntry

struct ServicePort
{
    std::optional<int> number;
    QString protocol;
    QString name;
    std::optional<int> targetPort;
    Extras extras;
};

struct WorkloadEntry
{
    QString address;
    QMap<QString, int> ports; // port name -> port number
    StringMap labels;
    QString network;
    QString locality;
    std::optional<int> weight;
    QString serviceAccount;
    Extras extras;
};

struct ServiceEntrySpec
{
    QStringList hosts;
    QStringList addresses;
    std::vector<ServicePort> ports;
    QString location;   // MESH_EXTERNAL (default) | MESH_INTERNAL
    QString resolution; // NONE (default) | STATIC | DNS | DNS_ROUND_ROBIN
    std::vector<WorkloadEntry> endpoints;
    QStringList exportTo;
    QStringList subjectAltNames;
    Extras extras; // workloadSelector, ...
};

// ---------------------------------------------------------------- DestinationRule

struct LoadBalancerSettings
{
    QString simple; // UNSPECIFIED LEAST_CONN RANDOM PASSTHROUGH ROUND_ROBIN LEAST_REQUEST
    Extras extras;  // consistentHash, localityLbSetting, warmupDurationSecs
};

struct TcpSettings
{
    std::optional<int> maxConnections;
    QString connectTimeout; // duration as written, e.g. "5s"
    QString idleTimeout;
    QString maxConnectionDuration;
    Extras extras; // tcpKeepalive
};

struct HttpSettings
{
    std::optional<int> http1MaxPendingRequests;
    std::optional<int> http2MaxRequests;
    std::optional<int> maxRequestsPerConnection;
    std::optional<int> maxRetries;
    QString idleTimeout;
    QString h2UpgradePolicy;
    std::optional<bool> useClientProtocol;
    std::optional<int> maxConcurrentStreams;
    Extras extras;
};

struct ConnectionPoolSettings
{
    std::optional<TcpSettings> tcp;
    std::optional<HttpSettings> http;
    Extras extras;
};

struct OutlierDetection
{
    std::optional<bool> splitExternalLocalOriginErrors;
    std::optional<int> consecutiveLocalOriginFailures;
    std::optional<int> consecutiveGatewayErrors;
    std::optional<int> consecutive5xxErrors;
    QString interval;
    QString baseEjectionTime;
    std::optional<int> maxEjectionPercent;
    std::optional<int> minHealthPercent;
    Extras extras;
};

struct ClientTlsSettings
{
    QString mode; // DISABLE SIMPLE MUTUAL ISTIO_MUTUAL
    QString clientCertificate;
    QString privateKey;
    QString caCertificates;
    QString credentialName;
    QStringList subjectAltNames;
    QString sni;
    std::optional<bool> insecureSkipVerify;
    QString caCrl;
    Extras extras;
};

struct PortTrafficPolicy
{
    PortSelector port;
    std::optional<LoadBalancerSettings> loadBalancer;
    std::optional<ConnectionPoolSettings> connectionPool;
    std::optional<OutlierDetection> outlierDetection;
    std::optional<ClientTlsSettings> tls;
    Extras extras;
};

struct TrafficPolicy
{
    std::optional<LoadBalancerSettings> loadBalancer;
    std::optional<ConnectionPoolSettings> connectionPool;
    std::optional<OutlierDetection> outlierDetection;
    std::optional<ClientTlsSettings> tls;
    std::vector<PortTrafficPolicy> portLevelSettings;
    Extras extras; // tunnel, proxyProtocol
};

struct Subset
{
    QString name;
    StringMap labels;
    std::optional<TrafficPolicy> trafficPolicy;
    Extras extras;
};

struct DestinationRuleSpec
{
    QString host;
    std::optional<TrafficPolicy> trafficPolicy;
    std::vector<Subset> subsets;
    QStringList exportTo;
    Extras extras; // workloadSelector
};

// ---------------------------------------------------------------- VirtualService

struct Destination
{
    QString host;
    QString subset;
    PortSelector port;
    bool hasPort = false;
    Extras extras;
};

struct HeaderOperations
{
    StringMap set;
    StringMap add;
    QStringList remove;
    Extras extras;
    bool isEmpty() const { return set.isEmpty() && add.isEmpty() && remove.isEmpty() && extras.empty(); }
};

struct Headers
{
    std::optional<HeaderOperations> request;
    std::optional<HeaderOperations> response;
    Extras extras;
};

struct HttpMatchRequest
{
    QString name;
    StringMatch uri;
    StringMatch scheme;
    StringMatch method;
    StringMatch authority;
    QMap<QString, StringMatch> headers;
    std::optional<int> port;
    StringMap sourceLabels;
    QStringList gateways;
    QMap<QString, StringMatch> queryParams;
    std::optional<bool> ignoreUriCase;
    QMap<QString, StringMatch> withoutHeaders;
    QString sourceNamespace;
    QString statPrefix;
    Extras extras;
};

struct HttpRouteDestination
{
    Destination destination;
    std::optional<int> weight;
    std::optional<Headers> headers;
    Extras extras;
};

struct HttpRedirect
{
    QString uri;
    QString prefixRewrite;
    QString authority;
    std::optional<int> port;
    QString derivePort; // FROM_PROTOCOL_DEFAULT | FROM_REQUEST_PORT
    QString scheme;
    std::optional<int> redirectCode;
    Extras extras;
};

struct HttpBody
{
    std::optional<QString> string;
    std::optional<QString> bytes; // base64 as written
    Extras extras;
};

struct HttpDirectResponse
{
    std::optional<int> status;
    std::optional<HttpBody> body;
    Extras extras;
};

struct RegexRewrite
{
    QString match;
    QString rewrite;
    Extras extras;
};

struct HttpRewrite
{
    QString uri;
    QString authority;
    std::optional<RegexRewrite> uriRegexRewrite;
    Extras extras;
};

struct HttpRetry
{
    std::optional<int> attempts;
    QString perTryTimeout;
    QString retryOn;
    std::optional<bool> retryRemoteLocalities;
    Extras extras;
};

struct FaultDelay
{
    QString fixedDelay;
    std::optional<Percent> percentage;
    std::optional<int> percent; // deprecated integer form
    Extras extras;
};

struct FaultAbort
{
    std::optional<int> httpStatus;
    QString grpcStatus;
    std::optional<Percent> percentage;
    Extras extras;
};

struct HttpFaultInjection
{
    std::optional<FaultDelay> delay;
    std::optional<FaultAbort> abort;
    Extras extras;
};

struct CorsPolicy
{
    std::vector<StringMatch> allowOrigins;
    QStringList allowMethods;
    QStringList allowHeaders;
    QStringList exposeHeaders;
    QString maxAge;
    std::optional<bool> allowCredentials;
    QString unmatchedPreflights;
    Extras extras;
};

struct HttpMirrorPolicy
{
    Destination destination;
    std::optional<Percent> percentage;
    Extras extras;
};

struct HttpRoute
{
    QString name;
    std::vector<HttpMatchRequest> match;
    std::vector<HttpRouteDestination> route;
    std::optional<HttpRedirect> redirect;
    std::optional<HttpDirectResponse> directResponse;
    std::optional<HttpRewrite> rewrite;
    QString timeout;
    std::optional<HttpRetry> retries;
    std::optional<HttpFaultInjection> fault;
    std::optional<Destination> mirror;
    std::vector<HttpMirrorPolicy> mirrors;
    std::optional<Percent> mirrorPercentage;
    std::optional<CorsPolicy> corsPolicy;
    std::optional<Headers> headers;
    Extras extras; // delegate, mirrorPercent
};

struct TlsMatchAttributes
{
    QStringList sniHosts;
    QStringList destinationSubnets;
    std::optional<int> port;
    StringMap sourceLabels;
    QStringList gateways;
    QString sourceNamespace;
    Extras extras;
};

struct L4MatchAttributes
{
    QStringList destinationSubnets;
    std::optional<int> port;
    QString sourceSubnet;
    StringMap sourceLabels;
    QStringList gateways;
    QString sourceNamespace;
    Extras extras;
};

struct RouteDestination
{
    Destination destination;
    std::optional<int> weight;
    Extras extras;
};

struct TlsRoute
{
    std::vector<TlsMatchAttributes> match;
    std::vector<RouteDestination> route;
    Extras extras;
};

struct TcpRoute
{
    std::vector<L4MatchAttributes> match;
    std::vector<RouteDestination> route;
    Extras extras;
};

struct VirtualServiceSpec
{
    QStringList hosts;
    QStringList gateways;
    std::vector<HttpRoute> http;
    std::vector<TlsRoute> tls;
    std::vector<TcpRoute> tcp;
    QStringList exportTo;
    Extras extras;
};

// ---------------------------------------------------------------- resources

enum class ResourceKind { Gateway, ServiceEntry, DestinationRule, VirtualService };

QString kindName(ResourceKind kind);                    // "Gateway"
std::optional<ResourceKind> kindFromName(const QString &name); // accepts short names gw/se/dr/vs

// Positions of the fields of one resource, keyed by field path
// ("spec.http[0].route[1].destination.port.number"); filled by the importer.
struct SourceInfo
{
    QString file;
    int document = 0; // 0-based index within the file
    SourcePos pos;    // where the resource starts
    QHash<QString, SourcePos> fieldPositions;
    QHash<QString, SourcePos> keyPositions; // position of the key itself, for "unknown field" errors

    SourcePos find(const QString &path) const; // nearest position: the path or its closest parent
};

struct Resource
{
    QString apiVersion = QStringLiteral("networking.istio.io/v1");
    ObjectMeta metadata;
    std::variant<GatewaySpec, ServiceEntrySpec, DestinationRuleSpec, VirtualServiceSpec> spec;
    Extras extras; // top-level keys other than apiVersion/kind/metadata/spec (e.g. status)
    SourceInfo source;

    ResourceKind kind() const { return static_cast<ResourceKind>(spec.index()); }
    QString kindName() const { return meshgate::kindName(kind()); }
    QString displayName() const { return kindName() + QLatin1Char('/') + metadata.name; }

    template<typename T> T *as() { return std::get_if<T>(&spec); }
    template<typename T> const T *as() const { return std::get_if<T>(&spec); }
};

// Gateway references in a VirtualService: `mesh`, `name` (the VirtualService's namespace) or
// `ns/name`. Returns "mesh" or "ns/name".
QString qualifiedGatewayRef(const QString &ref, const QString &ownNamespace);
inline QString qualifiedName(const Resource &r)
{
    return r.metadata.effectiveNamespace() + QLatin1Char('/') + r.metadata.name;
}

// A set of resources, as loaded from one or more files.
struct ConfigSet
{
    std::vector<Resource> resources;

    template<typename T> std::vector<const Resource *> ofKind() const
    {
        std::vector<const Resource *> out;
        for (const Resource &r : resources)
            if (r.as<T>())
                out.push_back(&r);
        return out;
    }
    const Resource *find(ResourceKind kind, const QString &name, const QString &ns = QString()) const;
};

} // namespace meshgate
