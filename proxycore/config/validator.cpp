// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/validator.h"

#include "config/duration.h"
#include "routing/hostmatch.h"
#include "tls/ciphersuites.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace meshgate {

namespace {

// Gives the free functions here a translation context lupdate can see.
struct ValidatorText
{
    Q_DECLARE_TR_FUNCTIONS(Validator)
};

QString at(const QString &path, size_t i)
{
    return path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
}

QString dot(const QString &path, const char *field)
{
    return path + QLatin1Char('.') + QLatin1String(field);
}

bool isDns1123Label(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"));
    return s.size() <= 63 && re.match(s).hasMatch();
}

bool isDns1123Subdomain(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"));
    return s.size() <= 253 && re.match(s).hasMatch();
}

// What Istio's webhook accepts in retries.retryOn: Envoy's x-envoy-retry-on and
// x-envoy-retry-grpc-on conditions, or an HTTP status code Go's net/http has a name for.
bool isRetryOnPolicy(const QString &policy)
{
    static const QStringList conditions{
        QStringLiteral("5xx"), QStringLiteral("gateway-error"), QStringLiteral("reset"),
        QStringLiteral("reset-before-request"), QStringLiteral("connect-failure"), QStringLiteral("retriable-4xx"),
        QStringLiteral("refused-stream"), QStringLiteral("retriable-status-codes"), QStringLiteral("retriable-headers"),
        QStringLiteral("envoy-ratelimited"), QStringLiteral("http3-post-connect-failure"), QStringLiteral("cancelled"),
        QStringLiteral("deadline-exceeded"), QStringLiteral("internal"), QStringLiteral("resource-exhausted"),
        QStringLiteral("unavailable")};
    if (conditions.contains(policy))
        return true;
    // Go's strconv.Atoi: an optional sign and digits, nothing else (QString::toInt would also
    // take surrounding whitespace, which Istio refuses).
    // (anchoredPattern: "$" would also match before a final newline, from a `retryOn: |` block.)
    static const QRegularExpression atoi(QRegularExpression::anchoredPattern(QStringLiteral("[+-]?[0-9]+")));
    if (!atoi.match(policy).hasMatch())
        return false;
    bool numeric = false;
    const int code = policy.toInt(&numeric);
    if (!numeric)
        return false;
    return (code >= 100 && code <= 103) || (code >= 200 && code <= 208) || code == 226
        || (code >= 300 && code <= 308 && code != 306) || (code >= 400 && code <= 418)
        || (code >= 421 && code <= 426) || code == 428 || code == 429 || code == 431 || code == 451
        || (code >= 500 && code <= 508) || code == 510 || code == 511;
}

bool hasCrLf(const QString &s)
{
    return s.contains(QLatin1Char('\r')) || s.contains(QLatin1Char('\n')) || s.contains(QChar(0));
}

bool isHeaderToken(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"));
    return re.match(s).hasMatch();
}

// Istio's gateway drops unsupported and repeated suites and its webhook warns; so do we, per
// entry, so the editor marks the very line.
void checkCipherSuites(ResourceDiagnostics &d, const QString &path, const QStringList &names)
{
    if (names.isEmpty())
        return;
    const CipherSuites suites = CipherSuites::resolve(names);
    QSet<QString> seen;
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString &name = names[i];
        const QString p = at(path, size_t(i));
        if (seen.contains(name))
            d.warning(p, ValidatorText::tr("cipher suite \"%1\" is listed twice; the repeat is ignored").arg(name),
                      QStringLiteral("cipher-suites"));
        else if (suites.unknown.contains(name))
            d.warning(p, ValidatorText::tr("cipher suite \"%1\" is not offered by this machine's OpenSSL and is ignored, "
                                           "as Istio ignores unsupported suites").arg(name),
                      QStringLiteral("cipher-suites"));
        else if (suites.tls13.contains(name))
            d.warning(p, ValidatorText::tr("\"%1\" is a TLS 1.3 suite; cipherSuites only chooses TLS 1.2 and below, "
                                           "so it is ignored").arg(name),
                      QStringLiteral("cipher-suites"));
        seen.insert(name);
    }
    if (suites.ciphers.isEmpty())
        d.warning(path, ValidatorText::tr("no usable cipher suite is left; the default list applies"),
                  QStringLiteral("cipher-suites"));
}

struct Checker
{
    ResourceDiagnostics &d;

    void port(const QString &path, std::optional<int> number, bool required)
    {
        if (!number) {
            if (required)
                d.error(path, ValidatorText::tr("port number is required"), QStringLiteral("required"));
            return;
        }
        if (*number < 1 || *number > 65535)
            d.error(path, ValidatorText::tr("port %1 is out of range (1-65535)").arg(*number), QStringLiteral("port-range"));
    }

    void duration(const QString &path, const QString &text)
    {
        if (text.isEmpty())
            return;
        const auto value = parseDuration(text);
        if (!value)
            d.error(path, ValidatorText::tr("\"%1\" is not a duration (e.g. 5s, 250ms, 1h)").arg(text), QStringLiteral("duration"));
        else if (value->count() < 1000)
            d.error(path, ValidatorText::tr("duration %1 is shorter than 1ms").arg(text), QStringLiteral("duration"));
    }

    void oneOf(const QString &path, const QString &value, const QStringList &allowed, bool caseInsensitive = false)
    {
        if (value.isEmpty())
            return;
        const bool ok = caseInsensitive ? allowed.contains(value, Qt::CaseInsensitive) : allowed.contains(value);
        if (!ok)
            d.error(path, ValidatorText::tr("\"%1\" is not one of %2").arg(value, allowed.join(QStringLiteral(", "))),
                    QStringLiteral("enum"));
    }

    void percentage(const QString &path, const std::optional<Percent> &p)
    {
        if (p && p->value && (*p->value < 0 || *p->value > 100))
            d.error(dot(path, "value"), ValidatorText::tr("percentage %1 is outside 0-100").arg(*p->value), QStringLiteral("range"));
    }

    void stringMatch(const QString &path, const StringMatch &m)
    {
        if (m.kind == StringMatch::Kind::Regex) {
            if (m.value.size() > 1024)
                d.error(path, ValidatorText::tr("regex longer than 1024 characters"), QStringLiteral("regex"));
            const QRegularExpression re(m.value);
            if (!re.isValid())
                d.error(dot(path, "regex"),
                        ValidatorText::tr("regex does not compile: %1 at offset %2").arg(re.errorString()).arg(re.patternErrorOffset()),
                        QStringLiteral("regex"));
        } else if (m.kind == StringMatch::Kind::None && m.extras.empty()) {
            d.error(path, ValidatorText::tr("a string match needs exact, prefix or regex"), QStringLiteral("oneof"));
        }
    }

    void headerOps(const QString &path, const std::optional<HeaderOperations> &ops)
    {
        if (!ops)
            return;
        auto checkMap = [&](const char *field, const StringMap &m) {
            for (auto it = m.begin(); it != m.end(); ++it) {
                const QString p = dot(path, field) + QLatin1Char('.') + it.key();
                if (!isHeaderToken(it.key()))
                    d.error(p, ValidatorText::tr("\"%1\" is not a valid header name").arg(it.key()), QStringLiteral("header-name"));
                if (hasCrLf(it.value()))
                    d.error(p, ValidatorText::tr("header value contains CR, LF or NUL, which would inject headers"),
                            QStringLiteral("header-injection"));
            }
        };
        checkMap("set", ops->set);
        checkMap("add", ops->add);
        for (qsizetype i = 0; i < ops->remove.size(); ++i)
            if (!isHeaderToken(ops->remove[i]))
                d.error(at(dot(path, "remove"), size_t(i)),
                        ValidatorText::tr("\"%1\" is not a valid header name").arg(ops->remove[i]), QStringLiteral("header-name"));
    }

    void headers(const QString &path, const std::optional<Headers> &h)
    {
        if (!h)
            return;
        headerOps(dot(path, "request"), h->request);
        headerOps(dot(path, "response"), h->response);
    }

    void destination(const QString &path, const Destination &dest)
    {
        if (dest.host.isEmpty())
            d.error(dot(path, "host"), ValidatorText::tr("destination host is required"), QStringLiteral("required"));
        else if (const auto e = hostmatch::checkSyntax(dest.host, true); e != hostmatch::SyntaxError::None)
            d.error(dot(path, "host"), ValidatorText::tr("destination host \"%1\": %2").arg(dest.host, hostmatch::describe(e)),
                    QStringLiteral("host"));
        else if (hostmatch::isWildcard(dest.host))
            d.error(dot(path, "host"), ValidatorText::tr("destination host cannot be a wildcard"), QStringLiteral("host"));
        if (dest.hasPort)
            port(dot(path, "port.number"), dest.port.number, true);
    }

    template<typename Route>
    void weights(const QString &path, const std::vector<Route> &routes)
    {
        if (routes.empty())
            return;
        int sum = 0;
        bool allZero = true;
        for (size_t i = 0; i < routes.size(); ++i) {
            const int w = routes[i].weight.value_or(routes.size() == 1 ? 100 : 0);
            if (w < 0)
                d.error(dot(at(path, i), "weight"), ValidatorText::tr("weight must not be negative"), QStringLiteral("weight"));
            sum += w;
            if (w > 0)
                allZero = false;
        }
        if (routes.size() > 1 && allZero)
            d.error(path, ValidatorText::tr("all destination weights are 0; no traffic can be routed"), QStringLiteral("weight"));
        else if (routes.size() > 1 && sum != 100)
            d.warning(path,
                      ValidatorText::tr("destination weights sum to %1, not 100; traffic is split in proportion to the weights")
                          .arg(sum),
                      QStringLiteral("weight-sum"));
    }
};

const QStringList kProtocols = {QStringLiteral("HTTP"),  QStringLiteral("HTTPS"), QStringLiteral("HTTP2"),
                                QStringLiteral("GRPC"),  QStringLiteral("GRPC-WEB"), QStringLiteral("TCP"),
                                QStringLiteral("TLS"),   QStringLiteral("MONGO"), QStringLiteral("REDIS"),
                                QStringLiteral("MYSQL")};

void validateMetadata(const Resource &r, ResourceDiagnostics &d)
{
    if (r.metadata.name.isEmpty())
        d.error(QStringLiteral("metadata.name"), ValidatorText::tr("metadata.name is required"), QStringLiteral("required"));
    else if (!isDns1123Subdomain(r.metadata.name))
        d.error(QStringLiteral("metadata.name"),
                ValidatorText::tr("name \"%1\" must be lower-case letters, digits, '-' or '.', starting and ending with a letter "
                   "or digit")
                    .arg(r.metadata.name),
                QStringLiteral("name"));
    if (!r.metadata.ns.isEmpty() && !isDns1123Label(r.metadata.ns))
        d.error(QStringLiteral("metadata.namespace"), ValidatorText::tr("namespace \"%1\" is not a valid name").arg(r.metadata.ns),
                QStringLiteral("name"));
}

void validateGateway(const GatewaySpec &g, ResourceDiagnostics &d)
{
    Checker c{d};
    if (g.servers.empty())
        d.error(QStringLiteral("spec.servers"), ValidatorText::tr("a Gateway needs at least one server"), QStringLiteral("required"));
    QSet<QString> portNames;
    for (size_t i = 0; i < g.servers.size(); ++i) {
        const Server &s = g.servers[i];
        const QString p = at(QStringLiteral("spec.servers"), i);
        c.port(p + QStringLiteral(".port.number"), s.port.number, true);
        if (s.port.name.isEmpty())
            d.error(p + QStringLiteral(".port.name"), ValidatorText::tr("port name is required"), QStringLiteral("required"));
        else if (portNames.contains(s.port.name))
            d.error(p + QStringLiteral(".port.name"), ValidatorText::tr("port name \"%1\" is used by another server").arg(s.port.name),
                    QStringLiteral("duplicate"));
        portNames.insert(s.port.name);
        const QString proto = s.port.protocol.toUpper();
        if (s.port.protocol.isEmpty())
            d.error(p + QStringLiteral(".port.protocol"), ValidatorText::tr("port protocol is required"), QStringLiteral("required"));
        else
            c.oneOf(p + QStringLiteral(".port.protocol"), s.port.protocol, kProtocols, true);
        if (s.port.targetPort)
            d.error(p + QStringLiteral(".port.targetPort"), ValidatorText::tr("targetPort is not allowed on a Gateway server"),
                    QStringLiteral("target-port"));
        if (s.hosts.isEmpty())
            d.error(p + QStringLiteral(".hosts"), ValidatorText::tr("a server needs at least one host"), QStringLiteral("required"));
        for (qsizetype h = 0; h < s.hosts.size(); ++h) {
            const QString hp = at(p + QStringLiteral(".hosts"), size_t(h));
            QString host = s.hosts[h];
            const qsizetype slash = host.indexOf(QLatin1Char('/'));
            if (slash >= 0) {
                const QString ns = host.left(slash);
                host = host.mid(slash + 1);
                if (ns != u"*" && ns != u"." && !isDns1123Label(ns))
                    d.error(hp, ValidatorText::tr("\"%1\" is not a namespace (use *, . or a namespace name)").arg(ns),
                            QStringLiteral("host"));
            }
            if (const auto e = hostmatch::checkSyntax(host, false); e != hostmatch::SyntaxError::None)
                d.error(hp, ValidatorText::tr("host \"%1\": %2").arg(host, hostmatch::describe(e)), QStringLiteral("host"));
        }
        if (!s.bind.isEmpty() && !hostmatch::isIpAddress(s.bind) && !s.bind.startsWith(QLatin1String("unix://")))
            d.error(p + QStringLiteral(".bind"), ValidatorText::tr("bind must be an IP address"), QStringLiteral("bind"));

        const bool tlsProtocol = proto == u"HTTPS" || proto == u"TLS";
        if (!s.tls) {
            if (tlsProtocol)
                d.error(p, ValidatorText::tr("a %1 server needs a tls block (mode PASSTHROUGH, SIMPLE or MUTUAL)").arg(proto),
                        QStringLiteral("tls-required"));
            continue;
        }
        const ServerTlsSettings &t = *s.tls;
        const QString tp = p + QStringLiteral(".tls");
        c.oneOf(tp + QStringLiteral(".mode"), t.mode,
                {QStringLiteral("PASSTHROUGH"), QStringLiteral("SIMPLE"), QStringLiteral("MUTUAL"),
                 QStringLiteral("AUTO_PASSTHROUGH"), QStringLiteral("ISTIO_MUTUAL"), QStringLiteral("OPTIONAL_MUTUAL")});
        const QStringList versions = {QStringLiteral("TLS_AUTO"), QStringLiteral("TLSV1_0"), QStringLiteral("TLSV1_1"),
                                      QStringLiteral("TLSV1_2"), QStringLiteral("TLSV1_3")};
        c.oneOf(tp + QStringLiteral(".minProtocolVersion"), t.minProtocolVersion, versions);
        c.oneOf(tp + QStringLiteral(".maxProtocolVersion"), t.maxProtocolVersion, versions);
        if (proto == u"HTTP" || proto == u"HTTP2" || proto == u"GRPC" || proto == u"GRPC-WEB") {
            if (!t.mode.isEmpty() || !t.serverCertificate.isEmpty() || !t.credentialName.isEmpty())
                d.error(tp, ValidatorText::tr("a plain %1 server may only set tls.httpsRedirect").arg(proto), QStringLiteral("tls"));
            continue;
        }
        if (proto == u"TCP" || proto == u"MONGO" || proto == u"REDIS" || proto == u"MYSQL") {
            d.error(tp, ValidatorText::tr("a %1 server cannot have tls settings; use protocol TLS").arg(proto), QStringLiteral("tls"));
            continue;
        }
        const QString mode = t.mode.isEmpty() ? QStringLiteral("PASSTHROUGH") : t.mode;
        if (mode == u"SIMPLE" || mode == u"MUTUAL" || mode == u"OPTIONAL_MUTUAL") {
            if (t.credentialName.isEmpty() && (t.serverCertificate.isEmpty() || t.privateKey.isEmpty()))
                d.error(tp, ValidatorText::tr("tls mode %1 needs serverCertificate and privateKey (or credentialName)").arg(mode),
                        QStringLiteral("tls"));
            if (mode != u"SIMPLE" && t.credentialName.isEmpty() && t.caCertificates.isEmpty())
                d.error(tp, ValidatorText::tr("tls mode %1 needs caCertificates to verify clients").arg(mode), QStringLiteral("tls"));
            checkCipherSuites(d, tp + QStringLiteral(".cipherSuites"), t.cipherSuites);
            if (mode == u"SIMPLE" && !t.subjectAltNames.isEmpty())
                d.warning(tp + QStringLiteral(".subjectAltNames"),
                          ValidatorText::tr("subjectAltNames checks client certificates, which mode SIMPLE does not ask for"),
                          QStringLiteral("not-enforced"));

            if (!t.credentialName.isEmpty())
                d.warning(tp + QStringLiteral(".credentialName"),
                          ValidatorText::tr("credentialName refers to a Kubernetes secret, which a local gateway cannot read; "
                             "set serverCertificate and privateKey for local use"),
                          QStringLiteral("not-enforced"));
        } else if (mode == u"AUTO_PASSTHROUGH" || mode == u"ISTIO_MUTUAL") {
            d.warning(tp + QStringLiteral(".mode"),
                      ValidatorText::tr("tls mode %1 needs the mesh's mTLS identities and is not supported by the local engine")
                          .arg(mode),
                      QStringLiteral("not-enforced"));
        }
        if ((mode == u"PASSTHROUGH" || mode == u"AUTO_PASSTHROUGH") && !t.cipherSuites.isEmpty())
            d.warning(tp + QStringLiteral(".cipherSuites"),
                      ValidatorText::tr("cipherSuites has no effect in %1 mode: the gateway does not terminate TLS").arg(mode),
                      QStringLiteral("not-enforced"));
        if (proto == u"HTTPS" && mode == u"PASSTHROUGH")
            d.warning(tp + QStringLiteral(".mode"),
                      ValidatorText::tr("an HTTPS server in PASSTHROUGH mode cannot route on HTTP attributes; use protocol TLS "
                         "with tls routes, or mode SIMPLE"),
                      QStringLiteral("tls"));
    }
}

void validateServiceEntry(const ServiceEntrySpec &s, ResourceDiagnostics &d)
{
    Checker c{d};
    if (s.hosts.isEmpty())
        d.error(QStringLiteral("spec.hosts"), ValidatorText::tr("a ServiceEntry needs at least one host"), QStringLiteral("required"));
    for (qsizetype i = 0; i < s.hosts.size(); ++i) {
        const QString p = at(QStringLiteral("spec.hosts"), size_t(i));
        if (s.hosts[i] == u"*")
            d.error(p, ValidatorText::tr("\"*\" is not allowed as a ServiceEntry host"), QStringLiteral("host"));
        else if (const auto e = hostmatch::checkSyntax(s.hosts[i], true); e != hostmatch::SyntaxError::None)
            d.error(p, ValidatorText::tr("host \"%1\": %2").arg(s.hosts[i], hostmatch::describe(e)), QStringLiteral("host"));
    }
    QSet<int> numbers;
    QSet<QString> names;
    for (size_t i = 0; i < s.ports.size(); ++i) {
        const ServicePort &port = s.ports[i];
        const QString p = at(QStringLiteral("spec.ports"), i);
        c.port(p + QStringLiteral(".number"), port.number, true);
        if (port.number && numbers.contains(*port.number))
            d.error(p + QStringLiteral(".number"), ValidatorText::tr("port %1 is listed twice").arg(*port.number),
                    QStringLiteral("duplicate"));
        if (port.number)
            numbers.insert(*port.number);
        if (port.name.isEmpty())
            d.error(p + QStringLiteral(".name"), ValidatorText::tr("port name is required"), QStringLiteral("required"));
        else if (!isDns1123Label(port.name))
            d.error(p + QStringLiteral(".name"), ValidatorText::tr("port name \"%1\" must be a DNS-1123 label").arg(port.name),
                    QStringLiteral("name"));
        else if (names.contains(port.name))
            d.error(p + QStringLiteral(".name"), ValidatorText::tr("port name \"%1\" is used twice").arg(port.name),
                    QStringLiteral("duplicate"));
        names.insert(port.name);
        if (port.protocol.isEmpty())
            d.warning(p + QStringLiteral(".protocol"), ValidatorText::tr("no protocol; the port is treated as TCP"),
                      QStringLiteral("protocol"));
        else
            c.oneOf(p + QStringLiteral(".protocol"), port.protocol, kProtocols, true);
        if (port.targetPort)
            c.port(p + QStringLiteral(".targetPort"), port.targetPort, false);
    }
    c.oneOf(QStringLiteral("spec.location"), s.location, {QStringLiteral("MESH_EXTERNAL"), QStringLiteral("MESH_INTERNAL")});
    const QStringList resolutions = {QStringLiteral("NONE"), QStringLiteral("STATIC"), QStringLiteral("DNS"),
                                     QStringLiteral("DNS_ROUND_ROBIN")};
    c.oneOf(QStringLiteral("spec.resolution"), s.resolution, resolutions);
    const QString resolution = s.resolution.isEmpty() ? QStringLiteral("NONE") : s.resolution;
    if (resolution == u"NONE") {
        if (!s.endpoints.empty())
            d.error(QStringLiteral("spec.endpoints"), ValidatorText::tr("resolution NONE cannot have endpoints"),
                    QStringLiteral("resolution"));
        d.warning(s.resolution.isEmpty() ? QStringLiteral("spec") : QStringLiteral("spec.resolution"),
                  ValidatorText::tr("resolution NONE: behind a gateway there is no original destination, so every request gets "
                     "503 UH \"no healthy upstream\" (istio/istio#7426); use DNS or STATIC"),
                  QStringLiteral("resolution-none"));
    }
    if (resolution == u"DNS" && s.endpoints.empty())
        for (qsizetype i = 0; i < s.hosts.size(); ++i)
            if (hostmatch::isWildcard(s.hosts[i]))
                d.error(at(QStringLiteral("spec.hosts"), size_t(i)),
                        ValidatorText::tr("resolution DNS without endpoints needs fully qualified hosts, not \"%1\"").arg(s.hosts[i]),
                        QStringLiteral("resolution"));
    if (resolution == u"DNS_ROUND_ROBIN" && s.endpoints.size() > 1)
        d.error(QStringLiteral("spec.endpoints"), ValidatorText::tr("resolution DNS_ROUND_ROBIN allows at most one endpoint"),
                QStringLiteral("resolution"));
    if (resolution == u"STATIC" && s.endpoints.empty())
        d.warning(QStringLiteral("spec.endpoints"),
                  ValidatorText::tr("resolution STATIC without endpoints: requests get 503 UH \"no healthy upstream\""),
                  QStringLiteral("resolution"));
    for (size_t i = 0; i < s.endpoints.size(); ++i) {
        const WorkloadEntry &e = s.endpoints[i];
        const QString p = at(QStringLiteral("spec.endpoints"), i);
        if (e.address.isEmpty())
            d.error(p + QStringLiteral(".address"), ValidatorText::tr("endpoint address is required"), QStringLiteral("required"));
        else if (resolution == u"STATIC" && !hostmatch::isIpAddress(e.address)
                 && !e.address.startsWith(QLatin1String("unix://")))
            d.error(p + QStringLiteral(".address"),
                    ValidatorText::tr("resolution STATIC needs IP addresses; \"%1\" is a name (use resolution DNS)").arg(e.address),
                    QStringLiteral("resolution"));
        for (auto it = e.ports.begin(); it != e.ports.end(); ++it) {
            if (!names.contains(it.key()))
                d.error(p + QStringLiteral(".ports.") + it.key(),
                        ValidatorText::tr("endpoint port \"%1\" names no port of this ServiceEntry").arg(it.key()),
                        QStringLiteral("port-name"));
            c.port(p + QStringLiteral(".ports.") + it.key(), it.value(), true);
        }
        if (e.weight && *e.weight < 0)
            d.error(p + QStringLiteral(".weight"), ValidatorText::tr("weight must not be negative"), QStringLiteral("weight"));
    }
}

void validatePolicy(Checker &c, ResourceDiagnostics &d, const QString &p,
                    const std::optional<LoadBalancerSettings> &lb, const std::optional<ConnectionPoolSettings> &pool,
                    const std::optional<OutlierDetection> &od, const std::optional<ClientTlsSettings> &tls)
{
    if (lb)
        c.oneOf(p + QStringLiteral(".loadBalancer.simple"), lb->simple,
                {QStringLiteral("UNSPECIFIED"), QStringLiteral("LEAST_CONN"), QStringLiteral("RANDOM"),
                 QStringLiteral("PASSTHROUGH"), QStringLiteral("ROUND_ROBIN"), QStringLiteral("LEAST_REQUEST")});
    if (pool && pool->tcp) {
        c.duration(p + QStringLiteral(".connectionPool.tcp.connectTimeout"), pool->tcp->connectTimeout);
        c.duration(p + QStringLiteral(".connectionPool.tcp.idleTimeout"), pool->tcp->idleTimeout);
        if (pool->tcp->maxConnections && *pool->tcp->maxConnections < 1)
            d.error(p + QStringLiteral(".connectionPool.tcp.maxConnections"), ValidatorText::tr("maxConnections must be at least 1"),
                    QStringLiteral("range"));
    }
    if (pool && pool->http) {
        c.duration(p + QStringLiteral(".connectionPool.http.idleTimeout"), pool->http->idleTimeout);
        if (pool->http->maxRequestsPerConnection && *pool->http->maxRequestsPerConnection < 0)
            d.error(p + QStringLiteral(".connectionPool.http.maxRequestsPerConnection"),
                    ValidatorText::tr("maxRequestsPerConnection must not be negative"), QStringLiteral("range"));
    }
    if (od) {
        c.duration(p + QStringLiteral(".outlierDetection.interval"), od->interval);
        c.duration(p + QStringLiteral(".outlierDetection.baseEjectionTime"), od->baseEjectionTime);
        if (od->maxEjectionPercent && (*od->maxEjectionPercent < 0 || *od->maxEjectionPercent > 100))
            d.error(p + QStringLiteral(".outlierDetection.maxEjectionPercent"), ValidatorText::tr("must be between 0 and 100"),
                    QStringLiteral("range"));
    }
    if (tls) {
        const QString tp = p + QStringLiteral(".tls");
        c.oneOf(tp + QStringLiteral(".mode"), tls->mode,
                {QStringLiteral("DISABLE"), QStringLiteral("SIMPLE"), QStringLiteral("MUTUAL"),
                 QStringLiteral("ISTIO_MUTUAL")});
        if (tls->mode == u"MUTUAL" && tls->credentialName.isEmpty()
            && (tls->clientCertificate.isEmpty() || tls->privateKey.isEmpty()))
            d.error(tp, ValidatorText::tr("tls mode MUTUAL needs clientCertificate and privateKey"), QStringLiteral("tls"));
        if (tls->mode == u"ISTIO_MUTUAL")
            d.warning(tp + QStringLiteral(".mode"),
                      ValidatorText::tr("ISTIO_MUTUAL needs mesh identities; the local engine connects without TLS"),
                      QStringLiteral("not-enforced"));
        if ((tls->mode == u"SIMPLE" || tls->mode == u"MUTUAL") && tls->sni.isEmpty())
            d.info(tp, ValidatorText::tr("no sni: the upstream TLS handshake sends the request's Host as SNI "
                          "(set sni explicitly when the upstream expects another name, istio/istio#50997)"),
                   QStringLiteral("tls-sni"));
        if (!tls->credentialName.isEmpty())
            d.warning(tp + QStringLiteral(".credentialName"),
                      ValidatorText::tr("credentialName refers to a Kubernetes secret, which a local gateway cannot read"),
                      QStringLiteral("not-enforced"));
    }
}

void validateTrafficPolicy(Checker &c, ResourceDiagnostics &d, const QString &p, const TrafficPolicy &t)
{
    validatePolicy(c, d, p, t.loadBalancer, t.connectionPool, t.outlierDetection, t.tls);
    for (size_t i = 0; i < t.portLevelSettings.size(); ++i) {
        const PortTrafficPolicy &pl = t.portLevelSettings[i];
        const QString pp = at(p + QStringLiteral(".portLevelSettings"), i);
        c.port(pp + QStringLiteral(".port.number"), pl.port.number, true);
        validatePolicy(c, d, pp, pl.loadBalancer, pl.connectionPool, pl.outlierDetection, pl.tls);
    }
}

void validateDestinationRule(const DestinationRuleSpec &dr, ResourceDiagnostics &d)
{
    Checker c{d};
    if (dr.host.isEmpty())
        d.error(QStringLiteral("spec.host"), ValidatorText::tr("host is required"), QStringLiteral("required"));
    else if (const auto e = hostmatch::checkSyntax(dr.host, true); e != hostmatch::SyntaxError::None)
        d.error(QStringLiteral("spec.host"), ValidatorText::tr("host \"%1\": %2").arg(dr.host, hostmatch::describe(e)),
                QStringLiteral("host"));
    if (dr.trafficPolicy)
        validateTrafficPolicy(c, d, QStringLiteral("spec.trafficPolicy"), *dr.trafficPolicy);
    QSet<QString> names;
    for (size_t i = 0; i < dr.subsets.size(); ++i) {
        const Subset &s = dr.subsets[i];
        const QString p = at(QStringLiteral("spec.subsets"), i);
        if (s.name.isEmpty())
            d.error(p + QStringLiteral(".name"), ValidatorText::tr("subset name is required"), QStringLiteral("required"));
        else if (names.contains(s.name))
            d.error(p + QStringLiteral(".name"), ValidatorText::tr("subset \"%1\" is defined twice").arg(s.name),
                    QStringLiteral("duplicate"));
        names.insert(s.name);
        if (s.trafficPolicy)
            validateTrafficPolicy(c, d, p + QStringLiteral(".trafficPolicy"), *s.trafficPolicy);
    }
}

bool isCatchAll(const HttpRoute &r)
{
    if (r.match.empty())
        return true;
    for (const HttpMatchRequest &m : r.match) {
        const bool uriAll = !m.uri.isSet() || (m.uri.kind == StringMatch::Kind::Prefix && m.uri.value == u"/");
        if (uriAll && !m.scheme.isSet() && !m.method.isSet() && !m.authority.isSet() && m.headers.isEmpty()
            && !m.port && m.sourceLabels.isEmpty() && m.gateways.isEmpty() && m.queryParams.isEmpty()
            && m.withoutHeaders.isEmpty() && m.sourceNamespace.isEmpty() && m.extras.empty())
            return true;
    }
    return false;
}

void validateHttpRoute(const HttpRoute &r, const QString &p, ResourceDiagnostics &d)
{
    Checker c{d};
    const bool hasRoute = !r.route.empty();
    const bool delegate = std::any_of(r.extras.begin(), r.extras.end(), [](const auto &e) { return e.first == u"delegate"; });
    if (!hasRoute && !r.redirect && !r.directResponse && !delegate)
        d.error(p, ValidatorText::tr("an HTTP route needs route, redirect or directResponse"), QStringLiteral("http-route"));
    if (hasRoute && r.redirect)
        d.error(p + QStringLiteral(".redirect"), ValidatorText::tr("an HTTP route cannot have both route and redirect"),
                QStringLiteral("http-route"));
    if (r.directResponse && (hasRoute || r.redirect))
        d.error(p + QStringLiteral(".directResponse"),
                ValidatorText::tr("directResponse cannot be combined with route or redirect"), QStringLiteral("http-route"));
    if (r.redirect && r.rewrite)
        d.error(p + QStringLiteral(".rewrite"), ValidatorText::tr("rewrite cannot be combined with redirect"),
                QStringLiteral("http-route"));
    for (size_t i = 0; i < r.match.size(); ++i) {
        const HttpMatchRequest &m = r.match[i];
        const QString mp = at(p + QStringLiteral(".match"), i);
        for (auto [field, sm] : {std::pair{"uri", &m.uri}, std::pair{"scheme", &m.scheme},
                                 std::pair{"method", &m.method}, std::pair{"authority", &m.authority}})
            if (sm->isSet() || !sm->extras.empty())
                c.stringMatch(dot(mp, field), *sm);
        for (auto [field, map] : {std::pair{"headers", &m.headers}, std::pair{"queryParams", &m.queryParams},
                                  std::pair{"withoutHeaders", &m.withoutHeaders}}) {
            for (auto it = map->begin(); it != map->end(); ++it) {
                const QString hp = dot(mp, field) + QLatin1Char('.') + it.key();
                if (field != std::string_view("queryParams") && it.key() != it.key().toLower())
                    d.error(hp, ValidatorText::tr("header names in matches must be lower-case (\"%1\")").arg(it.key().toLower()),
                            QStringLiteral("header-name"));
                if (it->isSet())
                    c.stringMatch(hp, *it);
            }
        }
        if (m.port)
            c.port(dot(mp, "port"), m.port, false);
    }
    for (size_t i = 0; i < r.route.size(); ++i) {
        const QString rp = at(p + QStringLiteral(".route"), i);
        c.destination(rp + QStringLiteral(".destination"), r.route[i].destination);
        c.headers(rp + QStringLiteral(".headers"), r.route[i].headers);
    }
    c.weights(p + QStringLiteral(".route"), r.route);
    if (r.redirect) {
        const QString rp = p + QStringLiteral(".redirect");
        if (!r.redirect->uri.isEmpty() && !r.redirect->prefixRewrite.isEmpty())
            d.error(rp, ValidatorText::tr("redirect takes uri or prefixRewrite, not both"), QStringLiteral("redirect"));
        if (r.redirect->redirectCode) {
            const int code = *r.redirect->redirectCode;
            if (code != 301 && code != 302 && code != 303 && code != 307 && code != 308)
                d.error(rp + QStringLiteral(".redirectCode"),
                        ValidatorText::tr("redirectCode %1 is not one of 301, 302, 303, 307, 308").arg(code), QStringLiteral("range"));
        }
        if (r.redirect->port)
            c.port(rp + QStringLiteral(".port"), r.redirect->port, false);
        c.oneOf(rp + QStringLiteral(".derivePort"), r.redirect->derivePort,
                {QStringLiteral("FROM_PROTOCOL_DEFAULT"), QStringLiteral("FROM_REQUEST_PORT")});
        for (const QString *v : {&r.redirect->uri, &r.redirect->authority, &r.redirect->prefixRewrite, &r.redirect->scheme})
            if (hasCrLf(*v))
                d.error(rp, ValidatorText::tr("redirect values must not contain CR or LF"), QStringLiteral("header-injection"));
    }
    if (r.directResponse) {
        const QString rp = p + QStringLiteral(".directResponse");
        if (!r.directResponse->status)
            d.error(rp + QStringLiteral(".status"), ValidatorText::tr("directResponse needs a status"), QStringLiteral("required"));
        else if (*r.directResponse->status < 200 || *r.directResponse->status > 599)
            d.error(rp + QStringLiteral(".status"),
                    ValidatorText::tr("status %1 is outside 200-599").arg(*r.directResponse->status), QStringLiteral("range"));
        if (r.directResponse->body && r.directResponse->body->bytes
            && QByteArray::fromBase64Encoding(r.directResponse->body->bytes->toLatin1(),
                                               QByteArray::AbortOnBase64DecodingErrors)
                       .decodingStatus
                   != QByteArray::Base64DecodingStatus::Ok)
            d.error(rp + QStringLiteral(".body.bytes"), ValidatorText::tr("body.bytes is not valid base64"), QStringLiteral("base64"));
    }
    if (r.rewrite) {
        const QString rp = p + QStringLiteral(".rewrite");
        if (!r.rewrite->uri.isEmpty() && r.rewrite->uriRegexRewrite)
            d.error(rp, ValidatorText::tr("rewrite takes uri or uriRegexRewrite, not both"), QStringLiteral("rewrite"));
        if (hasCrLf(r.rewrite->uri) || hasCrLf(r.rewrite->authority)
            || (r.rewrite->uriRegexRewrite && hasCrLf(r.rewrite->uriRegexRewrite->rewrite)))
            d.error(rp, ValidatorText::tr("rewrite values must not contain CR, LF or NUL"), QStringLiteral("header-injection"));
        if (r.rewrite->uriRegexRewrite && !QRegularExpression(r.rewrite->uriRegexRewrite->match).isValid())
            d.error(rp + QStringLiteral(".uriRegexRewrite.match"), ValidatorText::tr("regex does not compile"), QStringLiteral("regex"));
    }
    c.duration(p + QStringLiteral(".timeout"), r.timeout);
    if (r.retries) {
        c.duration(p + QStringLiteral(".retries.perTryTimeout"), r.retries->perTryTimeout);
        if (r.retries->attempts && *r.retries->attempts < 0)
            d.error(p + QStringLiteral(".retries.attempts"), ValidatorText::tr("attempts must not be negative"), QStringLiteral("range"));
        if (!r.retries->retryOn.isEmpty()) {
            // Istio splits on commas and nothing else, so "5xx, reset" names " reset" and is refused.
            for (const QString &policy : r.retries->retryOn.split(QLatin1Char(','))) {
                if (isRetryOnPolicy(policy))
                    continue;
                d.error(p + QStringLiteral(".retries.retryOn"),
                        policy.trimmed() != policy && isRetryOnPolicy(policy.trimmed())
                            ? ValidatorText::tr("\"%1\" is not a valid retryOn policy: no spaces around the commas").arg(policy)
                            : ValidatorText::tr("\"%1\" is not a valid retryOn policy (5xx, gateway-error, reset, "
                                                "connect-failure, retriable-4xx, refused-stream, retriable-status-codes, "
                                                "an HTTP status code, ...)")
                                  .arg(policy),
                        QStringLiteral("retry-on"));
            }
        }
        // Newer Istio refuses this; older Istio took it and turned retries off, as the engine does.
        if (r.retries->attempts.value_or(0) == 0
            && (!r.retries->perTryTimeout.isEmpty() || !r.retries->retryOn.isEmpty() || r.retries->retryRemoteLocalities))
            d.warning(p + QStringLiteral(".retries"),
                      ValidatorText::tr("retries has no attempts (or 0), so retries are off and its other fields do "
                                        "nothing; newer Istio refuses this. Set attempts (Istio's default is 2)"),
                      QStringLiteral("retry-attempts"));
    }
    if (r.fault) {
        const QString fp = p + QStringLiteral(".fault");
        if (!r.fault->delay && !r.fault->abort)
            d.error(fp, ValidatorText::tr("fault needs delay or abort"), QStringLiteral("fault"));
        if (r.fault->delay) {
            if (r.fault->delay->fixedDelay.isEmpty())
                d.error(fp + QStringLiteral(".delay"), ValidatorText::tr("delay needs fixedDelay"), QStringLiteral("required"));
            c.duration(fp + QStringLiteral(".delay.fixedDelay"), r.fault->delay->fixedDelay);
            c.percentage(fp + QStringLiteral(".delay.percentage"), r.fault->delay->percentage);
        }
        if (r.fault->abort) {
            if (!r.fault->abort->httpStatus && r.fault->abort->grpcStatus.isEmpty())
                d.error(fp + QStringLiteral(".abort"), ValidatorText::tr("abort needs httpStatus"), QStringLiteral("required"));
            if (r.fault->abort->httpStatus && (*r.fault->abort->httpStatus < 200 || *r.fault->abort->httpStatus > 599))
                d.error(fp + QStringLiteral(".abort.httpStatus"),
                        ValidatorText::tr("httpStatus %1 is outside 200-599").arg(*r.fault->abort->httpStatus), QStringLiteral("range"));
            c.percentage(fp + QStringLiteral(".abort.percentage"), r.fault->abort->percentage);
        }
    }
    if (r.mirror)
        c.destination(p + QStringLiteral(".mirror"), *r.mirror);
    for (size_t i = 0; i < r.mirrors.size(); ++i) {
        c.destination(at(p + QStringLiteral(".mirrors"), i) + QStringLiteral(".destination"), r.mirrors[i].destination);
        c.percentage(at(p + QStringLiteral(".mirrors"), i) + QStringLiteral(".percentage"), r.mirrors[i].percentage);
    }
    c.percentage(p + QStringLiteral(".mirrorPercentage"), r.mirrorPercentage);
    c.headers(p + QStringLiteral(".headers"), r.headers);
    if (r.corsPolicy)
        for (size_t i = 0; i < r.corsPolicy->allowOrigins.size(); ++i)
            c.stringMatch(at(p + QStringLiteral(".corsPolicy.allowOrigins"), i), r.corsPolicy->allowOrigins[i]);
}

void validateVirtualService(const Resource &res, const VirtualServiceSpec &v, ResourceDiagnostics &d)
{
    Checker c{d};
    const bool delegateTarget = v.hosts.isEmpty();
    if (v.http.empty() && v.tls.empty() && v.tcp.empty())
        d.error(QStringLiteral("spec"), ValidatorText::tr("a VirtualService needs at least one http, tls or tcp route"),
                QStringLiteral("required"));
    if (delegateTarget)
        d.error(QStringLiteral("spec.hosts"),
                ValidatorText::tr("a VirtualService needs at least one host (delegate VirtualServices are not supported locally)"),
                QStringLiteral("required"));
    const bool boundToMesh = v.gateways.isEmpty() || v.gateways.contains(QStringLiteral("mesh"));
    for (qsizetype i = 0; i < v.hosts.size(); ++i) {
        const QString p = at(QStringLiteral("spec.hosts"), size_t(i));
        const QString &h = v.hosts[i];
        if (h == u"*" && boundToMesh)
            d.error(p, ValidatorText::tr("\"*\" is not allowed for the mesh gateway; bind the VirtualService to a gateway"),
                    QStringLiteral("host"));
        else if (const auto e = hostmatch::checkSyntax(h, true); e != hostmatch::SyntaxError::None)
            d.error(p, ValidatorText::tr("host \"%1\": %2").arg(h, hostmatch::describe(e)), QStringLiteral("host"));
        for (qsizetype j = 0; j < i; ++j) {
            if (v.hosts[j].compare(h, Qt::CaseInsensitive) == 0)
                d.error(p, ValidatorText::tr("host \"%1\" is listed twice").arg(h), QStringLiteral("duplicate"));
            else if (hostmatch::overlaps(v.hosts[j], h))
                d.warning(p, ValidatorText::tr("host \"%1\" overlaps \"%2\"").arg(h, v.hosts[j]), QStringLiteral("host-overlap"));
        }
    }
    if (v.gateways.isEmpty() && !v.http.empty())
        d.info(QStringLiteral("spec"),
               ValidatorText::tr("no gateways: this VirtualService applies to the mesh (the forward proxy) only, not to any Gateway"),
               QStringLiteral("mesh-only"));
    bool catchAllSeen = false;
    for (size_t i = 0; i < v.http.size(); ++i) {
        const QString p = at(QStringLiteral("spec.http"), i);
        if (catchAllSeen)
            d.warning(p, ValidatorText::tr("route is unreachable: an earlier route matches every request (IST0130)"),
                      QStringLiteral("IST0130"));
        validateHttpRoute(v.http[i], p, d);
        if (isCatchAll(v.http[i]))
            catchAllSeen = true;
    }
    for (size_t i = 0; i < v.tls.size(); ++i) {
        const TlsRoute &r = v.tls[i];
        const QString p = at(QStringLiteral("spec.tls"), i);
        if (r.match.empty())
            d.error(p + QStringLiteral(".match"), ValidatorText::tr("a tls route needs at least one match"), QStringLiteral("required"));
        for (size_t m = 0; m < r.match.size(); ++m) {
            const QString mp = at(p + QStringLiteral(".match"), m);
            if (r.match[m].sniHosts.isEmpty())
                d.error(mp + QStringLiteral(".sniHosts"), ValidatorText::tr("a tls match needs sniHosts"), QStringLiteral("required"));
            for (qsizetype s = 0; s < r.match[m].sniHosts.size(); ++s) {
                const QString &sni = r.match[m].sniHosts[s];
                const bool covered = std::any_of(v.hosts.begin(), v.hosts.end(),
                                                 [&](const QString &h) { return hostmatch::subsetOf(sni, h); });
                if (!covered)
                    d.error(at(mp + QStringLiteral(".sniHosts"), size_t(s)),
                            ValidatorText::tr("sniHost \"%1\" is not covered by the VirtualService hosts").arg(sni),
                            QStringLiteral("sni-host"));
            }
            if (r.match[m].port)
                c.port(mp + QStringLiteral(".port"), r.match[m].port, false);
        }
        if (r.route.empty())
            d.error(p + QStringLiteral(".route"), ValidatorText::tr("a tls route needs at least one destination"), QStringLiteral("required"));
        for (size_t k = 0; k < r.route.size(); ++k)
            c.destination(at(p + QStringLiteral(".route"), k) + QStringLiteral(".destination"), r.route[k].destination);
        c.weights(p + QStringLiteral(".route"), r.route);
    }
    for (size_t i = 0; i < v.tcp.size(); ++i) {
        const TcpRoute &r = v.tcp[i];
        const QString p = at(QStringLiteral("spec.tcp"), i);
        if (r.route.empty())
            d.error(p + QStringLiteral(".route"), ValidatorText::tr("a tcp route needs at least one destination"), QStringLiteral("required"));
        for (size_t k = 0; k < r.route.size(); ++k)
            c.destination(at(p + QStringLiteral(".route"), k) + QStringLiteral(".destination"), r.route[k].destination);
        c.weights(p + QStringLiteral(".route"), r.route);
        for (size_t m = 0; m < r.match.size(); ++m)
            if (r.match[m].port)
                c.port(at(p + QStringLiteral(".match"), m) + QStringLiteral(".port"), r.match[m].port, false);
    }
    Q_UNUSED(res);
}

} // namespace

bool Validator::isKnownProtocol(const QString &protocol)
{
    return kProtocols.contains(protocol, Qt::CaseInsensitive);
}

Diagnostics Validator::validateResource(const Resource &r)
{
    Diagnostics out;
    ResourceDiagnostics d(r, out);
    validateMetadata(r, d);
    if (const auto *g = r.as<GatewaySpec>())
        validateGateway(*g, d);
    else if (const auto *s = r.as<ServiceEntrySpec>())
        validateServiceEntry(*s, d);
    else if (const auto *dr = r.as<DestinationRuleSpec>())
        validateDestinationRule(*dr, d);
    else if (const auto *v = r.as<VirtualServiceSpec>())
        validateVirtualService(r, *v, d);
    return out;
}

Diagnostics Validator::validate(const ConfigSet &config)
{
    Diagnostics out;
    for (const Resource &r : config.resources)
        out += validateResource(r);
    out += validateCrossResource(config);
    return out;
}

} // namespace meshgate
