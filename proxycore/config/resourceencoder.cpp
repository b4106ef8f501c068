// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/resourceencoder.h"

#include "config/fieldschema.h"

namespace meshgate {

namespace {

// Builds one mapping: modelled fields first, then the extras, then sorted into API order.
class MapBuilder
{
public:
    explicit MapBuilder(const FieldSchema &schema)
        : m_schema(schema)
        , m_node(Node::map())
    {
    }

    void str(const char *key, const QString &v)
    {
        if (!v.isEmpty())
            m_node.insert(QLatin1String(key), Node::string(v));
    }
    void optStr(const char *key, const std::optional<QString> &v)
    {
        if (v)
            m_node.insert(QLatin1String(key), Node::string(*v));
    }
    void integer(const char *key, const std::optional<int> &v)
    {
        if (v)
            m_node.insert(QLatin1String(key), Node::integer(*v));
    }
    void number(const char *key, const std::optional<double> &v)
    {
        if (v)
            m_node.insert(QLatin1String(key), Node::number(*v));
    }
    void boolean(const char *key, const std::optional<bool> &v)
    {
        if (v)
            m_node.insert(QLatin1String(key), Node::boolean(*v));
    }
    void list(const char *key, const QStringList &v)
    {
        if (v.isEmpty())
            return;
        Node seq = Node::sequence();
        for (const QString &s : v)
            seq.append(Node::string(s));
        m_node.insert(QLatin1String(key), std::move(seq));
    }
    void map(const char *key, const StringMap &v)
    {
        if (v.isEmpty())
            return;
        Node m = Node::map();
        for (auto it = v.begin(); it != v.end(); ++it)
            m.insert(it.key(), Node::string(it.value()));
        m_node.insert(QLatin1String(key), std::move(m));
    }
    // Empty objects are kept: `tls: {}` or `match: [{}]` may be meaningful to the user.
    void node(const char *key, Node n) { m_node.insert(QLatin1String(key), std::move(n)); }
    template<typename T, typename F>
    void opt(const char *key, const std::optional<T> &v, F &&encode)
    {
        if (v)
            node(key, encode(*v));
    }
    template<typename T, typename F>
    void seq(const char *key, const std::vector<T> &v, F &&encode)
    {
        if (v.empty())
            return;
        Node s = Node::sequence();
        for (const T &item : v)
            s.append(encode(item));
        node(key, std::move(s));
    }

    Node finish(const Extras &extras)
    {
        for (const auto &[k, v] : extras)
            if (!m_node.find(k))
                m_node.insert(k, v);
        sortCanonically(m_node, m_schema);
        return std::move(m_node);
    }

private:
    const FieldSchema &m_schema;
    Node m_node;
};

Node portSelector(const PortSelector &p)
{
    MapBuilder b(schema::PortSelector);
    b.integer("number", p.number);
    return b.finish(p.extras);
}

Node stringMatch(const StringMatch &m)
{
    MapBuilder b(schema::StringMatch);
    switch (m.kind) {
    case StringMatch::Kind::Exact:
        b.node("exact", Node::string(m.value));
        break;
    case StringMatch::Kind::Prefix:
        b.node("prefix", Node::string(m.value));
        break;
    case StringMatch::Kind::Regex:
        b.node("regex", Node::string(m.value));
        break;
    case StringMatch::Kind::None:
        break;
    }
    return b.finish(m.extras);
}

Node stringMatchMap(const QMap<QString, StringMatch> &m)
{
    Node out = Node::map();
    for (auto it = m.begin(); it != m.end(); ++it)
        out.insert(it.key(), stringMatch(it.value()));
    return out;
}

Node percent(const Percent &p)
{
    MapBuilder b(schema::Percent);
    b.number("value", p.value);
    return b.finish(p.extras);
}

// ---------------------------------------------------------------- Gateway

Node gatewayPort(const GatewayPort &p)
{
    MapBuilder b(schema::Port);
    b.integer("number", p.number);
    b.str("protocol", p.protocol);
    b.str("name", p.name);
    b.integer("targetPort", p.targetPort);
    return b.finish(p.extras);
}

Node serverTls(const ServerTlsSettings &t)
{
    MapBuilder b(schema::ServerTls);
    b.boolean("httpsRedirect", t.httpsRedirect);
    b.str("mode", t.mode);
    b.str("serverCertificate", t.serverCertificate);
    b.str("privateKey", t.privateKey);
    b.str("caCertificates", t.caCertificates);
    b.str("caCrl", t.caCrl);
    b.str("credentialName", t.credentialName);
    b.list("subjectAltNames", t.subjectAltNames);
    b.str("minProtocolVersion", t.minProtocolVersion);
    b.str("maxProtocolVersion", t.maxProtocolVersion);
    b.list("cipherSuites", t.cipherSuites);
    return b.finish(t.extras);
}

Node server(const Server &s)
{
    MapBuilder b(schema::Server);
    b.node("port", gatewayPort(s.port));
    b.str("bind", s.bind);
    b.list("hosts", s.hosts);
    b.opt("tls", s.tls, serverTls);
    b.str("name", s.name);
    return b.finish(s.extras);
}

Node gateway(const GatewaySpec &g)
{
    MapBuilder b(schema::GatewaySpec);
    b.seq("servers", g.servers, server);
    b.map("selector", g.selector);
    return b.finish(g.extras);
}

// ---------------------------------------------------------------- ServiceEntry

Node servicePort(const ServicePort &p)
{
    MapBuilder b(schema::Port);
    b.integer("number", p.number);
    b.str("protocol", p.protocol);
    b.str("name", p.name);
    b.integer("targetPort", p.targetPort);
    return b.finish(p.extras);
}

Node workloadEntry(const WorkloadEntry &e)
{
    MapBuilder b(schema::WorkloadEntry);
    b.str("address", e.address);
    if (!e.ports.isEmpty()) {
        Node ports = Node::map();
        for (auto it = e.ports.begin(); it != e.ports.end(); ++it)
            ports.insert(it.key(), Node::integer(it.value()));
        b.node("ports", std::move(ports));
    }
    b.map("labels", e.labels);
    b.str("network", e.network);
    b.str("locality", e.locality);
    b.integer("weight", e.weight);
    b.str("serviceAccount", e.serviceAccount);
    return b.finish(e.extras);
}

Node serviceEntry(const ServiceEntrySpec &s)
{
    MapBuilder b(schema::ServiceEntrySpec);
    b.list("hosts", s.hosts);
    b.list("addresses", s.addresses);
    b.seq("ports", s.ports, servicePort);
    b.str("location", s.location);
    b.str("resolution", s.resolution);
    b.seq("endpoints", s.endpoints, workloadEntry);
    b.list("exportTo", s.exportTo);
    b.list("subjectAltNames", s.subjectAltNames);
    return b.finish(s.extras);
}

// ---------------------------------------------------------------- DestinationRule

Node loadBalancer(const LoadBalancerSettings &l)
{
    MapBuilder b(schema::LoadBalancer);
    b.str("simple", l.simple);
    return b.finish(l.extras);
}

Node connectionPool(const ConnectionPoolSettings &c)
{
    MapBuilder b(schema::ConnectionPool);
    b.opt("tcp", c.tcp, [](const TcpSettings &t) {
        MapBuilder m(schema::TcpSettings);
        m.integer("maxConnections", t.maxConnections);
        m.str("connectTimeout", t.connectTimeout);
        m.str("maxConnectionDuration", t.maxConnectionDuration);
        m.str("idleTimeout", t.idleTimeout);
        return m.finish(t.extras);
    });
    b.opt("http", c.http, [](const HttpSettings &h) {
        MapBuilder m(schema::HttpSettings);
        m.integer("http1MaxPendingRequests", h.http1MaxPendingRequests);
        m.integer("http2MaxRequests", h.http2MaxRequests);
        m.integer("maxRequestsPerConnection", h.maxRequestsPerConnection);
        m.integer("maxRetries", h.maxRetries);
        m.str("idleTimeout", h.idleTimeout);
        m.str("h2UpgradePolicy", h.h2UpgradePolicy);
        m.boolean("useClientProtocol", h.useClientProtocol);
        m.integer("maxConcurrentStreams", h.maxConcurrentStreams);
        return m.finish(h.extras);
    });
    return b.finish(c.extras);
}

Node outlierDetection(const OutlierDetection &o)
{
    MapBuilder b(schema::OutlierDetection);
    b.boolean("splitExternalLocalOriginErrors", o.splitExternalLocalOriginErrors);
    b.integer("consecutiveLocalOriginFailures", o.consecutiveLocalOriginFailures);
    b.integer("consecutiveGatewayErrors", o.consecutiveGatewayErrors);
    b.integer("consecutive5xxErrors", o.consecutive5xxErrors);
    b.str("interval", o.interval);
    b.str("baseEjectionTime", o.baseEjectionTime);
    b.integer("maxEjectionPercent", o.maxEjectionPercent);
    b.integer("minHealthPercent", o.minHealthPercent);
    return b.finish(o.extras);
}

Node clientTls(const ClientTlsSettings &t)
{
    MapBuilder b(schema::ClientTls);
    b.str("mode", t.mode);
    b.str("clientCertificate", t.clientCertificate);
    b.str("privateKey", t.privateKey);
    b.str("caCertificates", t.caCertificates);
    b.str("credentialName", t.credentialName);
    b.list("subjectAltNames", t.subjectAltNames);
    b.str("sni", t.sni);
    b.boolean("insecureSkipVerify", t.insecureSkipVerify);
    b.str("caCrl", t.caCrl);
    return b.finish(t.extras);
}

template<typename Policy>
void policyCommon(MapBuilder &b, const Policy &p)
{
    b.opt("loadBalancer", p.loadBalancer, loadBalancer);
    b.opt("connectionPool", p.connectionPool, connectionPool);
    b.opt("outlierDetection", p.outlierDetection, outlierDetection);
    b.opt("tls", p.tls, clientTls);
}

Node trafficPolicy(const TrafficPolicy &t)
{
    MapBuilder b(schema::TrafficPolicy);
    policyCommon(b, t);
    b.seq("portLevelSettings", t.portLevelSettings, [](const PortTrafficPolicy &p) {
        MapBuilder m(schema::PortTrafficPolicy);
        m.node("port", portSelector(p.port));
        policyCommon(m, p);
        return m.finish(p.extras);
    });
    return b.finish(t.extras);
}

Node destinationRule(const DestinationRuleSpec &d)
{
    MapBuilder b(schema::DestinationRuleSpec);
    b.str("host", d.host);
    b.opt("trafficPolicy", d.trafficPolicy, trafficPolicy);
    b.seq("subsets", d.subsets, [](const Subset &s) {
        MapBuilder m(schema::Subset);
        m.str("name", s.name);
        m.map("labels", s.labels);
        m.opt("trafficPolicy", s.trafficPolicy, trafficPolicy);
        return m.finish(s.extras);
    });
    b.list("exportTo", d.exportTo);
    return b.finish(d.extras);
}

// ---------------------------------------------------------------- VirtualService

Node destination(const Destination &d)
{
    MapBuilder b(schema::Destination);
    b.str("host", d.host);
    b.str("subset", d.subset);
    if (d.hasPort)
        b.node("port", portSelector(d.port));
    return b.finish(d.extras);
}

Node headerOperations(const HeaderOperations &h)
{
    MapBuilder b(schema::HeaderOperations);
    b.map("set", h.set);
    b.map("add", h.add);
    b.list("remove", h.remove);
    return b.finish(h.extras);
}

Node headers(const Headers &h)
{
    MapBuilder b(schema::Headers);
    b.opt("request", h.request, headerOperations);
    b.opt("response", h.response, headerOperations);
    return b.finish(h.extras);
}

Node httpMatch(const HttpMatchRequest &m)
{
    MapBuilder b(schema::HttpMatch);
    b.str("name", m.name);
    auto sm = [&](const char *key, const StringMatch &v) {
        if (v.isSet() || !v.extras.empty())
            b.node(key, stringMatch(v));
    };
    sm("uri", m.uri);
    sm("scheme", m.scheme);
    sm("method", m.method);
    sm("authority", m.authority);
    if (!m.headers.isEmpty())
        b.node("headers", stringMatchMap(m.headers));
    b.integer("port", m.port);
    b.map("sourceLabels", m.sourceLabels);
    b.list("gateways", m.gateways);
    if (!m.queryParams.isEmpty())
        b.node("queryParams", stringMatchMap(m.queryParams));
    b.boolean("ignoreUriCase", m.ignoreUriCase);
    if (!m.withoutHeaders.isEmpty())
        b.node("withoutHeaders", stringMatchMap(m.withoutHeaders));
    b.str("sourceNamespace", m.sourceNamespace);
    b.str("statPrefix", m.statPrefix);
    return b.finish(m.extras);
}

Node httpRoute(const HttpRoute &r)
{
    MapBuilder b(schema::HttpRoute);
    b.str("name", r.name);
    b.seq("match", r.match, httpMatch);
    b.seq("route", r.route, [](const HttpRouteDestination &d) {
        MapBuilder m(schema::HttpRouteDestination);
        m.node("destination", destination(d.destination));
        m.integer("weight", d.weight);
        m.opt("headers", d.headers, headers);
        return m.finish(d.extras);
    });
    b.opt("redirect", r.redirect, [](const HttpRedirect &x) {
        MapBuilder m(schema::Redirect);
        m.str("uri", x.uri);
        m.str("prefixRewrite", x.prefixRewrite);
        m.str("authority", x.authority);
        m.integer("port", x.port);
        m.str("derivePort", x.derivePort);
        m.str("scheme", x.scheme);
        m.integer("redirectCode", x.redirectCode);
        return m.finish(x.extras);
    });
    b.opt("directResponse", r.directResponse, [](const HttpDirectResponse &x) {
        MapBuilder m(schema::DirectResponse);
        m.integer("status", x.status);
        m.opt("body", x.body, [](const HttpBody &body) {
            MapBuilder n(schema::Body);
            n.optStr("string", body.string);
            n.optStr("bytes", body.bytes);
            return n.finish(body.extras);
        });
        return m.finish(x.extras);
    });
    b.opt("rewrite", r.rewrite, [](const HttpRewrite &x) {
        MapBuilder m(schema::Rewrite);
        m.str("uri", x.uri);
        m.str("authority", x.authority);
        m.opt("uriRegexRewrite", x.uriRegexRewrite, [](const RegexRewrite &rr) {
            MapBuilder n(schema::RegexRewrite);
            n.str("match", rr.match);
            n.node("rewrite", Node::string(rr.rewrite)); // an empty rewrite is meaningful
            return n.finish(rr.extras);
        });
        return m.finish(x.extras);
    });
    b.str("timeout", r.timeout);
    b.opt("retries", r.retries, [](const HttpRetry &x) {
        MapBuilder m(schema::Retry);
        m.integer("attempts", x.attempts);
        m.str("perTryTimeout", x.perTryTimeout);
        m.str("retryOn", x.retryOn);
        m.boolean("retryRemoteLocalities", x.retryRemoteLocalities);
        return m.finish(x.extras);
    });
    b.opt("fault", r.fault, [](const HttpFaultInjection &x) {
        MapBuilder m(schema::Fault);
        m.opt("delay", x.delay, [](const FaultDelay &d) {
            MapBuilder n(schema::FaultDelay);
            n.str("fixedDelay", d.fixedDelay);
            n.opt("percentage", d.percentage, percent);
            n.integer("percent", d.percent);
            return n.finish(d.extras);
        });
        m.opt("abort", x.abort, [](const FaultAbort &a) {
            MapBuilder n(schema::FaultAbort);
            n.integer("httpStatus", a.httpStatus);
            n.str("grpcStatus", a.grpcStatus);
            n.opt("percentage", a.percentage, percent);
            return n.finish(a.extras);
        });
        return m.finish(x.extras);
    });
    b.opt("mirror", r.mirror, destination);
    b.seq("mirrors", r.mirrors, [](const HttpMirrorPolicy &x) {
        MapBuilder m(schema::MirrorPolicy);
        m.node("destination", destination(x.destination));
        m.opt("percentage", x.percentage, percent);
        return m.finish(x.extras);
    });
    b.opt("mirrorPercentage", r.mirrorPercentage, percent);
    b.opt("corsPolicy", r.corsPolicy, [](const CorsPolicy &c) {
        MapBuilder m(schema::Cors);
        m.seq("allowOrigins", c.allowOrigins, stringMatch);
        m.list("allowMethods", c.allowMethods);
        m.list("allowHeaders", c.allowHeaders);
        m.list("exposeHeaders", c.exposeHeaders);
        m.str("maxAge", c.maxAge);
        m.boolean("allowCredentials", c.allowCredentials);
        m.str("unmatchedPreflights", c.unmatchedPreflights);
        return m.finish(c.extras);
    });
    b.opt("headers", r.headers, headers);
    return b.finish(r.extras);
}

Node routeDestination(const RouteDestination &d)
{
    MapBuilder b(schema::RouteDestination);
    b.node("destination", destination(d.destination));
    b.integer("weight", d.weight);
    return b.finish(d.extras);
}

Node virtualService(const VirtualServiceSpec &v)
{
    MapBuilder b(schema::VirtualServiceSpec);
    b.list("hosts", v.hosts);
    b.list("gateways", v.gateways);
    b.seq("http", v.http, httpRoute);
    b.seq("tls", v.tls, [](const TlsRoute &r) {
        MapBuilder m(schema::TlsRoute);
        m.seq("match", r.match, [](const TlsMatchAttributes &a) {
            MapBuilder n(schema::TlsMatch);
            n.list("sniHosts", a.sniHosts);
            n.list("destinationSubnets", a.destinationSubnets);
            n.integer("port", a.port);
            n.map("sourceLabels", a.sourceLabels);
            n.list("gateways", a.gateways);
            n.str("sourceNamespace", a.sourceNamespace);
            return n.finish(a.extras);
        });
        m.seq("route", r.route, routeDestination);
        return m.finish(r.extras);
    });
    b.seq("tcp", v.tcp, [](const TcpRoute &r) {
        MapBuilder m(schema::TcpRoute);
        m.seq("match", r.match, [](const L4MatchAttributes &a) {
            MapBuilder n(schema::L4Match);
            n.list("destinationSubnets", a.destinationSubnets);
            n.integer("port", a.port);
            n.str("sourceSubnet", a.sourceSubnet);
            n.map("sourceLabels", a.sourceLabels);
            n.list("gateways", a.gateways);
            n.str("sourceNamespace", a.sourceNamespace);
            return n.finish(a.extras);
        });
        m.seq("route", r.route, routeDestination);
        return m.finish(r.extras);
    });
    b.list("exportTo", v.exportTo);
    return b.finish(v.extras);
}

Node metadata(const ObjectMeta &m)
{
    MapBuilder b(schema::Metadata);
    b.str("name", m.name);
    b.str("namespace", m.ns);
    b.map("labels", m.labels);
    b.map("annotations", m.annotations);
    return b.finish(m.extras);
}

} // namespace

QString apiVersionString(ApiVersion version)
{
    switch (version) {
    case ApiVersion::V1:
        return QStringLiteral("networking.istio.io/v1");
    case ApiVersion::V1beta1:
        return QStringLiteral("networking.istio.io/v1beta1");
    case ApiVersion::V1alpha3:
        return QStringLiteral("networking.istio.io/v1alpha3");
    case ApiVersion::Keep:
        break;
    }
    return {};
}

std::optional<ApiVersion> apiVersionFromString(const QString &text)
{
    const QString t = text.startsWith(QLatin1String("networking.istio.io/")) ? text.mid(20) : text;
    if (t == u"v1")
        return ApiVersion::V1;
    if (t == u"v1beta1")
        return ApiVersion::V1beta1;
    if (t == u"v1alpha3")
        return ApiVersion::V1alpha3;
    if (t == u"keep" || t.isEmpty())
        return ApiVersion::Keep;
    return std::nullopt;
}

Node ResourceEncoder::encode(const Resource &r, ApiVersion version)
{
    MapBuilder b(schema::Resource);
    b.node("apiVersion", Node::string(version == ApiVersion::Keep ? r.apiVersion : apiVersionString(version)));
    b.node("kind", Node::string(r.kindName()));
    b.node("metadata", metadata(r.metadata));
    b.node("spec", encodeSpec(r));
    return b.finish(r.extras);
}

Node ResourceEncoder::encodeSpec(const Resource &r)
{
    return std::visit(
        [](const auto &spec) -> Node {
            using T = std::decay_t<decltype(spec)>;
            if constexpr (std::is_same_v<T, GatewaySpec>)
                return gateway(spec);
            else if constexpr (std::is_same_v<T, ServiceEntrySpec>)
                return serviceEntry(spec);
            else if constexpr (std::is_same_v<T, DestinationRuleSpec>)
                return destinationRule(spec);
            else
                return virtualService(spec);
        },
        r.spec);
}

} // namespace meshgate
