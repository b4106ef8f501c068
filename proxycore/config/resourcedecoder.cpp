// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/resourcedecoder.h"

#include "config/fieldschema.h"

#include <QCoreApplication>

#include <limits>

namespace meshgate {

namespace {

// Gives the free functions here a translation context lupdate can see.
struct ResourceDecoderText
{
    Q_DECLARE_TR_FUNCTIONS(ResourceDecoder)
};

QString kindOfNode(const Node &n)
{
    switch (n.type()) {
    case Node::Type::Null:
        return ResourceDecoderText::tr("null");
    case Node::Type::Scalar:
        return ResourceDecoderText::tr("a scalar");
    case Node::Type::Sequence:
        return ResourceDecoderText::tr("a list");
    case Node::Type::Map:
        return ResourceDecoderText::tr("a mapping");
    }
    return {};
}

// Fields that Istio defines but that the local engine has no way to honour; they are kept and
// exported, and the user is told once per occurrence.
bool isHarmlessUnmodelled(const QString &field)
{
    static const QStringList harmless = {QStringLiteral("workloadSelector"), QStringLiteral("generateName")};
    return harmless.contains(field);
}

struct Context
{
    Diagnostics &diagnostics;
    QString file;
    QString resource;
    SourceInfo *source = nullptr;

    void add(Diagnostic::Severity severity, SourcePos pos, const QString &path, const QString &message,
             const QString &code)
    {
        diagnostics.append({severity, message, file, pos, resource, path, code});
    }
};

QString join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString index(const QString &path, size_t i)
{
    return path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
}

// Reads one mapping against its schema. Every key is looked up by its canonical (lowerCamel)
// name; whatever the caller does not take ends up in finish()'s extras.
class Fields
{
public:
    Fields(Context &ctx, const Node &node, QString path, const FieldSchema &schema)
        : m_ctx(ctx)
        , m_path(std::move(path))
        , m_schema(schema)
    {
        if (node.isNull())
            return;
        if (!node.isMap()) {
            m_ctx.add(Diagnostic::Severity::Error, node.pos(), m_path,
                      ResourceDecoderText::tr("expected a mapping for %1, found %2").arg(QString::fromLatin1(schema.message), kindOfNode(node)),
                      QStringLiteral("type"));
            return;
        }
        for (const auto &[key, value] : node.entries()) {
            QString canonical = key;
            if (m_schema.indexOf(key) < 0 && key.contains(QLatin1Char('_'))) {
                const QString json = protoNameToJsonName(key);
                if (m_schema.indexOf(json) >= 0) {
                    canonical = json;
                    m_ctx.add(Diagnostic::Severity::Warning, node.keyPos(key), join(m_path, json),
                              ResourceDecoderText::tr("\"%1\" is the proto field name; Kubernetes expects \"%2\" (export writes \"%2\")")
                                  .arg(key, json),
                              QStringLiteral("proto-field-name"));
                }
            }
            if (std::any_of(m_entries.begin(), m_entries.end(), [&](const Entry &e) { return e.name == canonical; })) {
                m_ctx.add(Diagnostic::Severity::Error, node.keyPos(key), join(m_path, canonical),
                          ResourceDecoderText::tr("\"%1\" is given twice (as \"%2\" and its other spelling)").arg(canonical, key),
                          QStringLiteral("duplicate-field"));
                continue;
            }
            m_entries.push_back({canonical, key, &value, node.keyPos(key), false});
            if (m_ctx.source) {
                const QString p = join(m_path, canonical);
                m_ctx.source->fieldPositions.insert(p, value.pos().isValid() ? value.pos() : node.keyPos(key));
                m_ctx.source->keyPositions.insert(p, node.keyPos(key));
            }
        }
    }

    QString path(const char *name) const { return join(m_path, QLatin1String(name)); }

    const Node *take(const char *name)
    {
        for (Entry &e : m_entries) {
            if (e.name == QLatin1String(name)) {
                e.taken = true;
                return e.value->isNull() ? nullptr : e.value;
            }
        }
        return nullptr;
    }

    bool has(const char *name) const
    {
        return std::any_of(m_entries.begin(), m_entries.end(),
                           [&](const Entry &e) { return e.name == QLatin1String(name) && !e.value->isNull(); });
    }

    QString string(const char *name)
    {
        const Node *n = take(name);
        return n ? scalarText(*n, path(name)) : QString();
    }

    std::optional<QString> optString(const char *name)
    {
        const Node *n = take(name);
        if (!n)
            return std::nullopt;
        return scalarText(*n, path(name));
    }

    std::optional<int> integer(const char *name)
    {
        const Node *n = take(name);
        if (!n)
            return std::nullopt;
        return toInt(*n, path(name));
    }

    std::optional<double> number(const char *name)
    {
        const Node *n = take(name);
        if (!n)
            return std::nullopt;
        if (!n->isScalar()) {
            typeError(*n, path(name), ResourceDecoderText::tr("a number"));
            return std::nullopt;
        }
        bool ok = false;
        const double v = n->text().toDouble(&ok);
        if (!ok) {
            typeError(*n, path(name), ResourceDecoderText::tr("a number"));
            return std::nullopt;
        }
        return v;
    }

    std::optional<bool> boolean(const char *name)
    {
        const Node *n = take(name);
        if (!n)
            return std::nullopt;
        const QString t = n->isScalar() ? n->text().toLower() : QString();
        if (n->isScalar() && (t == u"true" || t == u"false")) {
            if (n->style() == Node::ScalarStyle::Quoted)
                m_ctx.add(Diagnostic::Severity::Warning, n->pos(), path(name),
                          ResourceDecoderText::tr("quoted boolean \"%1\"; Kubernetes expects true or false without quotes").arg(n->text()),
                          QStringLiteral("type"));
            return t == u"true";
        }
        typeError(*n, path(name), ResourceDecoderText::tr("true or false"));
        return std::nullopt;
    }

    QStringList stringList(const char *name)
    {
        QStringList out;
        const Node *n = take(name);
        if (!n)
            return out;
        const QString p = path(name);
        if (!n->isSequence()) {
            typeError(*n, p, ResourceDecoderText::tr("a list of strings"));
            return out;
        }
        for (size_t i = 0; i < n->items().size(); ++i) {
            const Node &item = n->items()[i];
            recordPos(index(p, i), item.pos());
            out.append(scalarText(item, index(p, i)));
        }
        return out;
    }

    StringMap stringMap(const char *name)
    {
        StringMap out;
        const Node *n = take(name);
        if (!n)
            return out;
        const QString p = path(name);
        if (!n->isMap()) {
            typeError(*n, p, ResourceDecoderText::tr("a mapping of strings"));
            return out;
        }
        for (const auto &[k, v] : n->entries()) {
            recordPos(join(p, k), v.pos());
            out.insert(k, scalarText(v, join(p, k)));
        }
        return out;
    }

    template<typename F>
    auto object(const char *name, F &&decode) -> std::optional<decltype(decode(std::declval<const Node &>(), QString()))>
    {
        const Node *n = take(name);
        if (!n)
            return std::nullopt;
        return decode(*n, path(name));
    }

    template<typename F>
    auto list(const char *name, F &&decode) -> std::vector<decltype(decode(std::declval<const Node &>(), QString()))>
    {
        std::vector<decltype(decode(std::declval<const Node &>(), QString()))> out;
        const Node *n = take(name);
        if (!n)
            return out;
        const QString p = path(name);
        if (!n->isSequence()) {
            typeError(*n, p, ResourceDecoderText::tr("a list"));
            return out;
        }
        for (size_t i = 0; i < n->items().size(); ++i) {
            recordPos(index(p, i), n->items()[i].pos());
            out.push_back(decode(n->items()[i], index(p, i)));
        }
        return out;
    }

    // Keys nobody took: valid-but-unmodelled fields and unknown ones. Both are kept.
    Extras finish()
    {
        Extras extras;
        for (const Entry &e : m_entries) {
            if (e.taken)
                continue;
            extras.emplace_back(e.name, *e.value);
            const QString p = join(m_path, e.name);
            if (m_schema.indexOf(e.name) >= 0) {
                if (!isHarmlessUnmodelled(e.name))
                    m_ctx.add(Diagnostic::Severity::Warning, e.keyPos, p,
                              ResourceDecoderText::tr("\"%1\" is kept and exported, but the local engine does not enforce it").arg(e.name),
                              QStringLiteral("not-enforced"));
                continue;
            }
            const QString suggestion = closestField(e.name, m_schema.fields);
            QString message = ResourceDecoderText::tr("unknown field \"%1\" in %2").arg(e.name, QString::fromLatin1(m_schema.message));
            if (!suggestion.isEmpty())
                message += ResourceDecoderText::tr("; did you mean \"%1\"?").arg(suggestion);
            // A condition the engine cannot read is no condition: the route then takes requests
            // it was meant to leave alone, which a plain "unknown field" undersells.
            const QByteArray schema(m_schema.message);
            // (StringMatch also describes corsPolicy.allowOrigins, which takes no request.)
            if ((schema == "StringMatch" || schema.endsWith(".match")) && p.contains(QLatin1String(".match[")))
                message += ResourceDecoderText::tr(" (ignored, so this match does not check it and may match every request)");
            m_ctx.add(Diagnostic::Severity::Warning, e.keyPos, p, message, QStringLiteral("unknown-field"));
        }
        return extras;
    }

    QString scalarText(const Node &n, const QString &p)
    {
        if (n.isScalar())
            return n.text();
        if (!n.isNull())
            typeError(n, p, ResourceDecoderText::tr("a string"));
        return {};
    }

    std::optional<int> toInt(const Node &n, const QString &p)
    {
        if (!n.isScalar()) {
            typeError(n, p, ResourceDecoderText::tr("an integer"));
            return std::nullopt;
        }
        bool ok = false;
        const qint64 v = n.text().toLongLong(&ok, 10);
        if (!ok || v < std::numeric_limits<int>::min() || v > std::numeric_limits<int>::max()) {
            typeError(n, p, ResourceDecoderText::tr("an integer"));
            return std::nullopt;
        }
        if (n.style() == Node::ScalarStyle::Quoted)
            m_ctx.add(Diagnostic::Severity::Warning, n.pos(), p,
                      ResourceDecoderText::tr("quoted number \"%1\"; Kubernetes expects an integer (export writes %1)").arg(n.text()),
                      QStringLiteral("type"));
        return int(v);
    }

    void typeError(const Node &n, const QString &p, const QString &expected)
    {
        const QString found = n.isScalar() ? QStringLiteral("\"%1\"").arg(n.text()) : kindOfNode(n);
        m_ctx.add(Diagnostic::Severity::Error, n.pos(), p, ResourceDecoderText::tr("expected %1, found %2").arg(expected, found),
                  QStringLiteral("type"));
    }

    void recordPos(const QString &p, SourcePos pos)
    {
        if (m_ctx.source && pos.isValid())
            m_ctx.source->fieldPositions.insert(p, pos);
    }

    Context &ctx() { return m_ctx; }

private:
    struct Entry
    {
        QString name;     // canonical
        QString original; // as written
        const Node *value;
        SourcePos keyPos;
        bool taken;
    };
    Context &m_ctx;
    QString m_path;
    const FieldSchema &m_schema;
    std::vector<Entry> m_entries;
};

// ---------------------------------------------------------------- decoders per message

struct Decoder
{
    Context &ctx;

    PortSelector portSelector(const Node &n, const QString &p)
    {
        PortSelector out;
        Fields f(ctx, n, p, schema::PortSelector);
        out.number = f.integer("number");
        out.extras = f.finish();
        return out;
    }

    StringMatch stringMatch(const Node &n, const QString &p)
    {
        StringMatch out;
        Fields f(ctx, n, p, schema::StringMatch);
        int count = 0;
        for (auto [key, kind] : {std::pair{"exact", StringMatch::Kind::Exact},
                                 std::pair{"prefix", StringMatch::Kind::Prefix},
                                 std::pair{"regex", StringMatch::Kind::Regex}}) {
            if (auto v = f.optString(key)) {
                ++count;
                if (out.kind == StringMatch::Kind::None) {
                    out.kind = kind;
                    out.value = *v;
                }
            }
        }
        if (count > 1)
            ctx.add(Diagnostic::Severity::Error, n.pos(), p,
                    ResourceDecoderText::tr("a string match takes exactly one of exact, prefix or regex"), QStringLiteral("oneof"));
        out.extras = f.finish();
        return out;
    }

    QMap<QString, StringMatch> stringMatchMap(Fields &f, const char *name)
    {
        QMap<QString, StringMatch> out;
        const Node *n = f.take(name);
        if (!n)
            return out;
        const QString p = f.path(name);
        if (!n->isMap()) {
            f.typeError(*n, p, ResourceDecoderText::tr("a mapping of string matches"));
            return out;
        }
        for (const auto &[k, v] : n->entries()) {
            f.recordPos(join(p, k), v.pos());
            out.insert(k, stringMatch(v, join(p, k)));
        }
        return out;
    }

    Percent percent(const Node &n, const QString &p)
    {
        Percent out;
        Fields f(ctx, n, p, schema::Percent);
        out.value = f.number("value");
        out.extras = f.finish();
        return out;
    }

    // ------------------------------------------------------------ Gateway

    GatewayPort gatewayPort(const Node &n, const QString &p)
    {
        GatewayPort out;
        Fields f(ctx, n, p, schema::Port);
        out.number = f.integer("number");
        out.protocol = f.string("protocol");
        out.name = f.string("name");
        out.targetPort = f.integer("targetPort");
        out.extras = f.finish();
        return out;
    }

    ServerTlsSettings serverTls(const Node &n, const QString &p)
    {
        ServerTlsSettings out;
        Fields f(ctx, n, p, schema::ServerTls);
        out.httpsRedirect = f.boolean("httpsRedirect");
        out.mode = f.string("mode");
        out.serverCertificate = f.string("serverCertificate");
        out.privateKey = f.string("privateKey");
        out.caCertificates = f.string("caCertificates");
        out.caCrl = f.string("caCrl");
        out.credentialName = f.string("credentialName");
        out.subjectAltNames = f.stringList("subjectAltNames");
        out.minProtocolVersion = f.string("minProtocolVersion");
        out.maxProtocolVersion = f.string("maxProtocolVersion");
        out.cipherSuites = f.stringList("cipherSuites");
        out.extras = f.finish();
        return out;
    }

    Server server(const Node &n, const QString &p)
    {
        Server out;
        Fields f(ctx, n, p, schema::Server);
        if (auto port = f.object("port", [&](const Node &x, const QString &q) { return gatewayPort(x, q); }))
            out.port = *port;
        out.bind = f.string("bind");
        out.hosts = f.stringList("hosts");
        out.tls = f.object("tls", [&](const Node &x, const QString &q) { return serverTls(x, q); });
        out.name = f.string("name");
        out.extras = f.finish();
        return out;
    }

    GatewaySpec gateway(const Node &n, const QString &p)
    {
        GatewaySpec out;
        Fields f(ctx, n, p, schema::GatewaySpec);
        out.servers = f.list("servers", [&](const Node &x, const QString &q) { return server(x, q); });
        out.selector = f.stringMap("selector");
        out.extras = f.finish();
        return out;
    }

    // ------------------------------------------------------------ ServiceEntry

    ServicePort servicePort(const Node &n, const QString &p)
    {
        ServicePort out;
        Fields f(ctx, n, p, schema::Port);
        out.number = f.integer("number");
        out.protocol = f.string("protocol");
        out.name = f.string("name");
        out.targetPort = f.integer("targetPort");
        out.extras = f.finish();
        return out;
    }

    WorkloadEntry workloadEntry(const Node &n, const QString &p)
    {
        WorkloadEntry out;
        Fields f(ctx, n, p, schema::WorkloadEntry);
        out.address = f.string("address");
        if (const Node *ports = f.take("ports")) {
            const QString pp = f.path("ports");
            if (!ports->isMap()) {
                f.typeError(*ports, pp, ResourceDecoderText::tr("a mapping of port name to port number"));
            } else {
                for (const auto &[k, v] : ports->entries()) {
                    f.recordPos(join(pp, k), v.pos());
                    if (auto number = f.toInt(v, join(pp, k)))
                        out.ports.insert(k, *number);
                }
            }
        }
        out.labels = f.stringMap("labels");
        out.network = f.string("network");
        out.locality = f.string("locality");
        out.weight = f.integer("weight");
        out.serviceAccount = f.string("serviceAccount");
        out.extras = f.finish();
        return out;
    }

    ServiceEntrySpec serviceEntry(const Node &n, const QString &p)
    {
        ServiceEntrySpec out;
        Fields f(ctx, n, p, schema::ServiceEntrySpec);
        out.hosts = f.stringList("hosts");
        out.addresses = f.stringList("addresses");
        out.ports = f.list("ports", [&](const Node &x, const QString &q) { return servicePort(x, q); });
        out.location = f.string("location");
        out.resolution = f.string("resolution");
        out.endpoints = f.list("endpoints", [&](const Node &x, const QString &q) { return workloadEntry(x, q); });
        out.exportTo = f.stringList("exportTo");
        out.subjectAltNames = f.stringList("subjectAltNames");
        out.extras = f.finish();
        return out;
    }

    // ------------------------------------------------------------ DestinationRule

    LoadBalancerSettings loadBalancer(const Node &n, const QString &p)
    {
        LoadBalancerSettings out;
        Fields f(ctx, n, p, schema::LoadBalancer);
        out.simple = f.string("simple");
        out.extras = f.finish();
        return out;
    }

    ConnectionPoolSettings connectionPool(const Node &n, const QString &p)
    {
        ConnectionPoolSettings out;
        Fields f(ctx, n, p, schema::ConnectionPool);
        out.tcp = f.object("tcp", [&](const Node &x, const QString &q) {
            TcpSettings t;
            Fields g(ctx, x, q, schema::TcpSettings);
            t.maxConnections = g.integer("maxConnections");
            t.connectTimeout = g.string("connectTimeout");
            t.maxConnectionDuration = g.string("maxConnectionDuration");
            t.idleTimeout = g.string("idleTimeout");
            t.extras = g.finish();
            return t;
        });
        out.http = f.object("http", [&](const Node &x, const QString &q) {
            HttpSettings h;
            Fields g(ctx, x, q, schema::HttpSettings);
            h.http1MaxPendingRequests = g.integer("http1MaxPendingRequests");
            h.http2MaxRequests = g.integer("http2MaxRequests");
            h.maxRequestsPerConnection = g.integer("maxRequestsPerConnection");
            h.maxRetries = g.integer("maxRetries");
            h.idleTimeout = g.string("idleTimeout");
            h.h2UpgradePolicy = g.string("h2UpgradePolicy");
            h.useClientProtocol = g.boolean("useClientProtocol");
            h.maxConcurrentStreams = g.integer("maxConcurrentStreams");
            h.extras = g.finish();
            return h;
        });
        out.extras = f.finish();
        return out;
    }

    OutlierDetection outlierDetection(const Node &n, const QString &p)
    {
        OutlierDetection out;
        Fields f(ctx, n, p, schema::OutlierDetection);
        out.splitExternalLocalOriginErrors = f.boolean("splitExternalLocalOriginErrors");
        out.consecutiveLocalOriginFailures = f.integer("consecutiveLocalOriginFailures");
        out.consecutiveGatewayErrors = f.integer("consecutiveGatewayErrors");
        out.consecutive5xxErrors = f.integer("consecutive5xxErrors");
        out.interval = f.string("interval");
        out.baseEjectionTime = f.string("baseEjectionTime");
        out.maxEjectionPercent = f.integer("maxEjectionPercent");
        out.minHealthPercent = f.integer("minHealthPercent");
        out.extras = f.finish();
        return out;
    }

    ClientTlsSettings clientTls(const Node &n, const QString &p)
    {
        ClientTlsSettings out;
        Fields f(ctx, n, p, schema::ClientTls);
        out.mode = f.string("mode");
        out.clientCertificate = f.string("clientCertificate");
        out.privateKey = f.string("privateKey");
        out.caCertificates = f.string("caCertificates");
        out.credentialName = f.string("credentialName");
        out.subjectAltNames = f.stringList("subjectAltNames");
        out.sni = f.string("sni");
        out.insecureSkipVerify = f.boolean("insecureSkipVerify");
        out.caCrl = f.string("caCrl");
        out.extras = f.finish();
        return out;
    }

    template<typename Policy>
    void policyCommon(Fields &f, Policy &out)
    {
        out.loadBalancer = f.object("loadBalancer", [&](const Node &x, const QString &q) { return loadBalancer(x, q); });
        out.connectionPool =
            f.object("connectionPool", [&](const Node &x, const QString &q) { return connectionPool(x, q); });
        out.outlierDetection =
            f.object("outlierDetection", [&](const Node &x, const QString &q) { return outlierDetection(x, q); });
        out.tls = f.object("tls", [&](const Node &x, const QString &q) { return clientTls(x, q); });
    }

    TrafficPolicy trafficPolicy(const Node &n, const QString &p)
    {
        TrafficPolicy out;
        Fields f(ctx, n, p, schema::TrafficPolicy);
        policyCommon(f, out);
        out.portLevelSettings = f.list("portLevelSettings", [&](const Node &x, const QString &q) {
            PortTrafficPolicy pl;
            Fields g(ctx, x, q, schema::PortTrafficPolicy);
            if (auto port = g.object("port", [&](const Node &y, const QString &r) { return portSelector(y, r); }))
                pl.port = *port;
            policyCommon(g, pl);
            pl.extras = g.finish();
            return pl;
        });
        out.extras = f.finish();
        return out;
    }

    DestinationRuleSpec destinationRule(const Node &n, const QString &p)
    {
        DestinationRuleSpec out;
        Fields f(ctx, n, p, schema::DestinationRuleSpec);
        out.host = f.string("host");
        out.trafficPolicy = f.object("trafficPolicy", [&](const Node &x, const QString &q) { return trafficPolicy(x, q); });
        out.subsets = f.list("subsets", [&](const Node &x, const QString &q) {
            Subset s;
            Fields g(ctx, x, q, schema::Subset);
            s.name = g.string("name");
            s.labels = g.stringMap("labels");
            s.trafficPolicy =
                g.object("trafficPolicy", [&](const Node &y, const QString &r) { return trafficPolicy(y, r); });
            s.extras = g.finish();
            return s;
        });
        out.exportTo = f.stringList("exportTo");
        out.extras = f.finish();
        return out;
    }

    // ------------------------------------------------------------ VirtualService

    Destination destination(const Node &n, const QString &p)
    {
        Destination out;
        Fields f(ctx, n, p, schema::Destination);
        out.host = f.string("host");
        out.subset = f.string("subset");
        if (auto port = f.object("port", [&](const Node &x, const QString &q) { return portSelector(x, q); })) {
            out.port = *port;
            out.hasPort = true;
        }
        out.extras = f.finish();
        return out;
    }

    HeaderOperations headerOperations(const Node &n, const QString &p)
    {
        HeaderOperations out;
        Fields f(ctx, n, p, schema::HeaderOperations);
        out.set = f.stringMap("set");
        out.add = f.stringMap("add");
        out.remove = f.stringList("remove");
        out.extras = f.finish();
        return out;
    }

    Headers headers(const Node &n, const QString &p)
    {
        Headers out;
        Fields f(ctx, n, p, schema::Headers);
        out.request = f.object("request", [&](const Node &x, const QString &q) { return headerOperations(x, q); });
        out.response = f.object("response", [&](const Node &x, const QString &q) { return headerOperations(x, q); });
        out.extras = f.finish();
        return out;
    }

    HttpMatchRequest httpMatch(const Node &n, const QString &p)
    {
        HttpMatchRequest out;
        Fields f(ctx, n, p, schema::HttpMatch);
        auto sm = [&](const char *name) {
            auto v = f.object(name, [&](const Node &x, const QString &q) { return stringMatch(x, q); });
            return v ? *v : StringMatch{};
        };
        out.name = f.string("name");
        out.uri = sm("uri");
        out.scheme = sm("scheme");
        out.method = sm("method");
        out.authority = sm("authority");
        out.headers = stringMatchMap(f, "headers");
        out.port = f.integer("port");
        out.sourceLabels = f.stringMap("sourceLabels");
        out.gateways = f.stringList("gateways");
        out.queryParams = stringMatchMap(f, "queryParams");
        out.ignoreUriCase = f.boolean("ignoreUriCase");
        out.withoutHeaders = stringMatchMap(f, "withoutHeaders");
        out.sourceNamespace = f.string("sourceNamespace");
        out.statPrefix = f.string("statPrefix");
        out.extras = f.finish();
        return out;
    }

    HttpRoute httpRoute(const Node &n, const QString &p)
    {
        HttpRoute out;
        Fields f(ctx, n, p, schema::HttpRoute);
        out.name = f.string("name");
        out.match = f.list("match", [&](const Node &x, const QString &q) { return httpMatch(x, q); });
        out.route = f.list("route", [&](const Node &x, const QString &q) {
            HttpRouteDestination d;
            Fields g(ctx, x, q, schema::HttpRouteDestination);
            if (auto dest = g.object("destination", [&](const Node &y, const QString &r) { return destination(y, r); }))
                d.destination = *dest;
            d.weight = g.integer("weight");
            d.headers = g.object("headers", [&](const Node &y, const QString &r) { return headers(y, r); });
            d.extras = g.finish();
            return d;
        });
        out.redirect = f.object("redirect", [&](const Node &x, const QString &q) {
            HttpRedirect r;
            Fields g(ctx, x, q, schema::Redirect);
            r.uri = g.string("uri");
            r.prefixRewrite = g.string("prefixRewrite");
            r.authority = g.string("authority");
            r.port = g.integer("port");
            r.derivePort = g.string("derivePort");
            r.scheme = g.string("scheme");
            r.redirectCode = g.integer("redirectCode");
            r.extras = g.finish();
            return r;
        });
        out.directResponse = f.object("directResponse", [&](const Node &x, const QString &q) {
            HttpDirectResponse d;
            Fields g(ctx, x, q, schema::DirectResponse);
            d.status = g.integer("status");
            d.body = g.object("body", [&](const Node &y, const QString &r) {
                HttpBody b;
                Fields h(ctx, y, r, schema::Body);
                b.string = h.optString("string");
                b.bytes = h.optString("bytes");
                b.extras = h.finish();
                return b;
            });
            d.extras = g.finish();
            return d;
        });
        out.rewrite = f.object("rewrite", [&](const Node &x, const QString &q) {
            HttpRewrite r;
            Fields g(ctx, x, q, schema::Rewrite);
            r.uri = g.string("uri");
            r.authority = g.string("authority");
            r.uriRegexRewrite = g.object("uriRegexRewrite", [&](const Node &y, const QString &s) {
                RegexRewrite rr;
                Fields h(ctx, y, s, schema::RegexRewrite);
                rr.match = h.string("match");
                rr.rewrite = h.string("rewrite");
                rr.extras = h.finish();
                return rr;
            });
            r.extras = g.finish();
            return r;
        });
        out.timeout = f.string("timeout");
        out.retries = f.object("retries", [&](const Node &x, const QString &q) {
            HttpRetry r;
            Fields g(ctx, x, q, schema::Retry);
            r.attempts = g.integer("attempts");
            r.perTryTimeout = g.string("perTryTimeout");
            r.retryOn = g.string("retryOn");
            r.retryRemoteLocalities = g.boolean("retryRemoteLocalities");
            r.extras = g.finish();
            return r;
        });
        out.fault = f.object("fault", [&](const Node &x, const QString &q) {
            HttpFaultInjection fi;
            Fields g(ctx, x, q, schema::Fault);
            fi.delay = g.object("delay", [&](const Node &y, const QString &r) {
                FaultDelay d;
                Fields h(ctx, y, r, schema::FaultDelay);
                d.fixedDelay = h.string("fixedDelay");
                d.percentage = h.object("percentage", [&](const Node &z, const QString &s) { return percent(z, s); });
                d.percent = h.integer("percent");
                d.extras = h.finish();
                return d;
            });
            fi.abort = g.object("abort", [&](const Node &y, const QString &r) {
                FaultAbort a;
                Fields h(ctx, y, r, schema::FaultAbort);
                a.httpStatus = h.integer("httpStatus");
                a.grpcStatus = h.string("grpcStatus");
                a.percentage = h.object("percentage", [&](const Node &z, const QString &s) { return percent(z, s); });
                a.extras = h.finish();
                return a;
            });
            fi.extras = g.finish();
            return fi;
        });
        out.mirror = f.object("mirror", [&](const Node &x, const QString &q) { return destination(x, q); });
        out.mirrors = f.list("mirrors", [&](const Node &x, const QString &q) {
            HttpMirrorPolicy m;
            Fields g(ctx, x, q, schema::MirrorPolicy);
            if (auto dest = g.object("destination", [&](const Node &y, const QString &r) { return destination(y, r); }))
                m.destination = *dest;
            m.percentage = g.object("percentage", [&](const Node &y, const QString &r) { return percent(y, r); });
            m.extras = g.finish();
            return m;
        });
        out.mirrorPercentage = f.object("mirrorPercentage", [&](const Node &x, const QString &q) { return percent(x, q); });
        out.corsPolicy = f.object("corsPolicy", [&](const Node &x, const QString &q) {
            CorsPolicy c;
            Fields g(ctx, x, q, schema::Cors);
            c.allowOrigins = g.list("allowOrigins", [&](const Node &y, const QString &r) { return stringMatch(y, r); });
            c.allowMethods = g.stringList("allowMethods");
            c.allowHeaders = g.stringList("allowHeaders");
            c.exposeHeaders = g.stringList("exposeHeaders");
            c.maxAge = g.string("maxAge");
            c.allowCredentials = g.boolean("allowCredentials");
            c.unmatchedPreflights = g.string("unmatchedPreflights");
            c.extras = g.finish();
            return c;
        });
        out.headers = f.object("headers", [&](const Node &x, const QString &q) { return headers(x, q); });
        out.extras = f.finish();
        return out;
    }

    RouteDestination routeDestination(const Node &n, const QString &p)
    {
        RouteDestination out;
        Fields f(ctx, n, p, schema::RouteDestination);
        if (auto dest = f.object("destination", [&](const Node &x, const QString &q) { return destination(x, q); }))
            out.destination = *dest;
        out.weight = f.integer("weight");
        out.extras = f.finish();
        return out;
    }

    VirtualServiceSpec virtualService(const Node &n, const QString &p)
    {
        VirtualServiceSpec out;
        Fields f(ctx, n, p, schema::VirtualServiceSpec);
        out.hosts = f.stringList("hosts");
        out.gateways = f.stringList("gateways");
        out.http = f.list("http", [&](const Node &x, const QString &q) { return httpRoute(x, q); });
        out.tls = f.list("tls", [&](const Node &x, const QString &q) {
            TlsRoute r;
            Fields g(ctx, x, q, schema::TlsRoute);
            r.match = g.list("match", [&](const Node &y, const QString &s) {
                TlsMatchAttributes m;
                Fields h(ctx, y, s, schema::TlsMatch);
                m.sniHosts = h.stringList("sniHosts");
                m.destinationSubnets = h.stringList("destinationSubnets");
                m.port = h.integer("port");
                m.sourceLabels = h.stringMap("sourceLabels");
                m.gateways = h.stringList("gateways");
                m.sourceNamespace = h.string("sourceNamespace");
                m.extras = h.finish();
                return m;
            });
            r.route = g.list("route", [&](const Node &y, const QString &s) { return routeDestination(y, s); });
            r.extras = g.finish();
            return r;
        });
        out.tcp = f.list("tcp", [&](const Node &x, const QString &q) {
            TcpRoute r;
            Fields g(ctx, x, q, schema::TcpRoute);
            r.match = g.list("match", [&](const Node &y, const QString &s) {
                L4MatchAttributes m;
                Fields h(ctx, y, s, schema::L4Match);
                m.destinationSubnets = h.stringList("destinationSubnets");
                m.port = h.integer("port");
                m.sourceSubnet = h.string("sourceSubnet");
                m.sourceLabels = h.stringMap("sourceLabels");
                m.gateways = h.stringList("gateways");
                m.sourceNamespace = h.string("sourceNamespace");
                m.extras = h.finish();
                return m;
            });
            r.route = g.list("route", [&](const Node &y, const QString &s) { return routeDestination(y, s); });
            r.extras = g.finish();
            return r;
        });
        out.exportTo = f.stringList("exportTo");
        out.extras = f.finish();
        return out;
    }

    ObjectMeta metadata(const Node &n, const QString &p)
    {
        ObjectMeta out;
        Fields f(ctx, n, p, schema::Metadata);
        out.name = f.string("name");
        out.ns = f.string("namespace");
        out.labels = f.stringMap("labels");
        out.annotations = f.stringMap("annotations");
        // Server-managed fields are dropped (export is meant for kubectl apply); anything else a
        // user wrote under metadata is kept.
        for (const char *managed : {"resourceVersion", "uid", "generation", "creationTimestamp", "managedFields",
                                    "selfLink", "ownerReferences", "finalizers"})
            f.take(managed);
        out.extras = f.finish();
        return out;
    }
};

bool isIstioNetworkingApiVersion(const QString &v)
{
    return v == u"networking.istio.io/v1" || v == u"networking.istio.io/v1beta1"
        || v == u"networking.istio.io/v1alpha3";
}

void decodeDocument(const Node &doc, const QString &fileName, int docIndex, ResourceDecoder::Result &result)
{
    const QString kindText = doc.find(QStringLiteral("kind")) ? doc.find(QStringLiteral("kind"))->text() : QString();
    if (kindText == u"List") {
        const Node *items = doc.find(QStringLiteral("items"));
        if (!items || !items->isSequence()) {
            result.diagnostics.append({Diagnostic::Severity::Error, ResourceDecoderText::tr("a List needs an items list"), fileName,
                                       doc.pos(), {}, {}, QStringLiteral("list")});
            return;
        }
        for (const Node &item : items->items())
            decodeDocument(item, fileName, docIndex, result);
        return;
    }

    Resource resource;
    resource.source.file = fileName;
    resource.source.document = docIndex;
    resource.source.pos = doc.pos();

    const Node *metaNode = doc.find(QStringLiteral("metadata"));
    const Node *nameNode = metaNode && metaNode->isMap() ? metaNode->find(QStringLiteral("name")) : nullptr;
    const QString name = nameNode && nameNode->isScalar() ? nameNode->text() : QString();
    Context ctx{result.diagnostics, fileName, kindText + QLatin1Char('/') + name, &resource.source};

    if (!doc.isMap()) {
        ctx.resource.clear();
        ctx.add(Diagnostic::Severity::Error, doc.pos(), {},
                ResourceDecoderText::tr("expected a Kubernetes resource (a mapping with apiVersion and kind)"), QStringLiteral("document"));
        return;
    }
    const std::optional<ResourceKind> kind = kindFromName(kindText);
    const Node *apiNode = doc.find(QStringLiteral("apiVersion"));
    const QString apiVersion = apiNode && apiNode->isScalar() ? apiNode->text() : QString();
    if (!kind || kindText != kindName(*kind)) {
        const Node *kindNode = doc.find(QStringLiteral("kind"));
        const SourcePos kindPos = kindNode ? kindNode->pos() : doc.pos();
        if (kindText.isEmpty()) {
            ctx.add(Diagnostic::Severity::Error, kindPos, QStringLiteral("kind"), ResourceDecoderText::tr("document has no kind"),
                    QStringLiteral("kind"));
            return;
        }
        static const QStringList supported{QStringLiteral("Gateway"), QStringLiteral("ServiceEntry"),
                                           QStringLiteral("DestinationRule"), QStringLiteral("VirtualService")};
        // The rest of networking.istio.io: real kinds Meshgate does not run, kept as written.
        static const QStringList otherIstio{QStringLiteral("Sidecar"), QStringLiteral("EnvoyFilter"),
                                            QStringLiteral("WorkloadEntry"), QStringLiteral("WorkloadGroup"),
                                            QStringLiteral("ProxyConfig")};
        const QString suggestion = closestField(kindText, apiVersion.startsWith(u"networking.istio.io/") ? supported + otherIstio
                                                                                                          : supported);
        // An API server refuses a kind its group does not have ("no matches for kind"); skipping
        // it quietly would drop a resource someone meant to write.
        if (apiVersion.startsWith(u"networking.istio.io/") && !otherIstio.contains(kindText)) {
            QString message = ResourceDecoderText::tr("networking.istio.io has no kind \"%1\"").arg(kindText);
            if (!suggestion.isEmpty())
                message += ResourceDecoderText::tr("; did you mean \"%1\"?").arg(suggestion);
            ctx.add(Diagnostic::Severity::Error, kindPos, QStringLiteral("kind"), message, QStringLiteral("unknown-kind"));
            return;
        }
        QString message = ResourceDecoderText::tr("skipped: %1 is not one of Gateway, ServiceEntry, DestinationRule, "
                                                  "VirtualService")
                              .arg(kindText);
        if (!suggestion.isEmpty() && !otherIstio.contains(kindText))
            message += ResourceDecoderText::tr("; did you mean \"%1\"?").arg(suggestion);
        ctx.add(Diagnostic::Severity::Warning, kindPos, QStringLiteral("kind"), message, QStringLiteral("kind"));
        return;
    }
    if (!isIstioNetworkingApiVersion(apiVersion)) {
        ctx.add(Diagnostic::Severity::Error, apiNode ? apiNode->pos() : doc.pos(), QStringLiteral("apiVersion"),
                apiVersion.isEmpty()
                    ? ResourceDecoderText::tr("missing apiVersion (expected networking.istio.io/v1, v1beta1 or v1alpha3)")
                    : ResourceDecoderText::tr("unsupported apiVersion \"%1\" (expected networking.istio.io/v1, v1beta1 or v1alpha3)")
                          .arg(apiVersion),
                QStringLiteral("api-version"));
        return;
    }
    resource.apiVersion = apiVersion;

    Decoder d{ctx};
    Fields top(ctx, doc, QString(), schema::Resource);
    top.take("apiVersion");
    top.take("kind");
    if (auto meta = top.object("metadata", [&](const Node &x, const QString &q) { return d.metadata(x, q); }))
        resource.metadata = *meta;
    const Node *spec = top.take("spec");
    const Node empty = Node::map();
    const Node &specNode = spec ? *spec : empty;
    switch (*kind) {
    case ResourceKind::Gateway:
        resource.spec = d.gateway(specNode, QStringLiteral("spec"));
        break;
    case ResourceKind::ServiceEntry:
        resource.spec = d.serviceEntry(specNode, QStringLiteral("spec"));
        break;
    case ResourceKind::DestinationRule:
        resource.spec = d.destinationRule(specNode, QStringLiteral("spec"));
        break;
    case ResourceKind::VirtualService:
        resource.spec = d.virtualService(specNode, QStringLiteral("spec"));
        break;
    }
    top.take("status"); // written by the server, never applied
    resource.extras = top.finish();
    result.resources.push_back(std::move(resource));
}

} // namespace

ResourceDecoder::Result ResourceDecoder::decode(const std::vector<Node> &documents, const QString &fileName)
{
    Result result;
    for (size_t i = 0; i < documents.size(); ++i)
        decodeDocument(documents[i], fileName, int(i), result);
    return result;
}

} // namespace meshgate
