// SPDX-License-Identifier: GPL-3.0-or-later
#include "routing/routeexplainer.h"

#include "http/httpsyntax.h"
#include "http/pathnormalizer.h"

#include "routing/hostmatch.h"
#include "routing/routematcher.h"

#include <QCoreApplication>

namespace meshgate {

namespace {

// Gives the free functions here a translation context lupdate can see.
struct RouteExplainerText
{
    Q_DECLARE_TR_FUNCTIONS(RouteExplainer)
};

void step(Explanation &out, ExplainStep::Verdict verdict, const QString &subject, const QString &reason)
{
    out.steps.push_back(ExplainStep{verdict, subject, reason});
}

void info(Explanation &out, const QString &subject, const QString &reason)
{
    step(out, ExplainStep::Verdict::Info, subject, reason);
}

void refuse(Explanation &out, int status, const char *flags, const char *details, const QString &summary)
{
    out.routed = false;
    out.status = status;
    out.flags = flags;
    out.details = details;
    out.summary = summary;
}

QString kindName(ListenerSpec::Kind kind)
{
    switch (kind) {
    case ListenerSpec::Kind::Http:
        return QStringLiteral("HTTP");
    case ListenerSpec::Kind::HttpsTerminate:
        return QStringLiteral("HTTPS, TLS terminated here");
    case ListenerSpec::Kind::TlsPassthrough:
        return QStringLiteral("TLS passthrough, routed by SNI");
    case ListenerSpec::Kind::Tcp:
        return QStringLiteral("TCP");
    }
    return {};
}

QString discoveryName(Cluster::Discovery d)
{
    switch (d) {
    case Cluster::Discovery::Static:
        return QStringLiteral("STATIC");
    case Cluster::Discovery::Dns:
        return QStringLiteral("DNS");
    case Cluster::Discovery::DnsRoundRobin:
        return QStringLiteral("DNS_ROUND_ROBIN");
    case Cluster::Discovery::None:
        return QStringLiteral("NONE");
    case Cluster::Discovery::OriginalDst:
        return RouteExplainerText::tr("original destination");
    case Cluster::Discovery::BlackHole:
        return RouteExplainerText::tr("black hole");
    }
    return {};
}

// How `host` matches one of `domains` ("exact domain a.com", "wildcard domain *.a.com", "catch-all
// domain *"), or "". `noun` is "domain" for virtual hosts, "server name" for SNI chains.
QString howMatched(const QStringList &domains, const QString &host, const QString &noun)
{
    QString best;
    int rank = 0; // 3 exact, 2 wildcard (longer wins), 1 catch-all
    int length = 0;
    for (const QString &d : domains) {
        if (d == u"*") {
            if (rank < 1) {
                rank = 1;
                best = RouteExplainerText::tr("catch-all %1 *").arg(noun);
            }
        } else if (hostmatch::isWildcard(d)) {
            if (hostmatch::matches(d, host) && (rank < 2 || (rank == 2 && d.size() > length))) {
                rank = 2;
                length = int(d.size());
                best = RouteExplainerText::tr("wildcard %1 %2").arg(noun, d);
            }
        } else if (d.compare(host, Qt::CaseInsensitive) == 0) {
            rank = 3;
            best = RouteExplainerText::tr("exact %1 %2").arg(noun, d);
        }
    }
    return best;
}

bool headerLookup(const void *context, QByteArrayView lowerName, QByteArrayView *value)
{
    const auto &headers = *static_cast<const std::vector<std::pair<QByteArray, QByteArray>> *>(context);
    for (const auto &[name, v] : headers) {
        if (QByteArrayView(name) == lowerName) {
            *value = v;
            return true;
        }
    }
    return false;
}

QString percentOf(int weight, int total)
{
    return total > 0 ? QString::number(100.0 * weight / total, 'g', 4) + QLatin1Char('%') : QStringLiteral("0%");
}

} // namespace

RouteExplainer::RouteExplainer(const RouteTable &table)
    : m_table(table)
{
}

Explanation RouteExplainer::explain(const RequestDescription &r) const
{
    Explanation out;
    const QString host = r.tls ? r.sni : hostmatch::stripPort(r.host).toString().toLower();
    if (r.gateway.compare(u"mesh", Qt::CaseInsensitive) == 0) {
        info(out, RouteExplainerText::tr("mesh"), RouteExplainerText::tr("the mesh forward proxy, destination port %1").arg(r.port));
        if (r.tls)
            explainSni(m_table.meshTls(), nullptr, r, out);
        else
            explainHttp(m_table.meshHttp(), nullptr, r, out);
        return out;
    }

    const int index = m_table.findListener(r.gateway, r.port);
    if (index < 0 && r.portAssumed) {
        // No port was given and the scheme's is not one of the gateway's: a gateway with a single
        // port of the right kind is what was meant (a local gateway rarely listens on 80).
        int only = -1;
        int candidates = 0;
        for (size_t i = 0; i < m_table.listeners().size(); ++i) {
            const ListenerSpec &l = m_table.listeners()[i];
            const bool named = std::any_of(l.gateways.begin(), l.gateways.end(), [&](const QString &g) {
                return g == r.gateway || g.endsWith(QLatin1Char('/') + r.gateway);
            });
            const bool fits = r.tls ? l.kind == ListenerSpec::Kind::TlsPassthrough
                : r.scheme == "https" ? l.kind == ListenerSpec::Kind::HttpsTerminate
                                      : l.kind == ListenerSpec::Kind::Http;
            if (named && fits) {
                only = int(i);
                ++candidates;
            }
        }
        if (candidates == 1) {
            const ListenerSpec &l = m_table.listeners()[size_t(only)];
            RequestDescription onItsPort = r;
            onItsPort.port = l.gatewayPort;
            onItsPort.portAssumed = false;
            Explanation chosen = explain(onItsPort);
            chosen.steps.insert(chosen.steps.begin(),
                                ExplainStep{ExplainStep::Verdict::Info, RouteExplainerText::tr("port"),
                                            RouteExplainerText::tr("no port= given; using the only %1 port of Gateway %2, %3")
                                                .arg(kindName(l.kind), r.gateway)
                                                .arg(l.gatewayPort)});
            return chosen;
        }
    }
    if (index < 0) {
        QStringList ports;
        for (const ListenerSpec &l : m_table.listeners())
            for (const QString &g : l.gateways)
                if (g == r.gateway || g.endsWith(QLatin1Char('/') + r.gateway))
                    ports.append(RouteExplainerText::tr("%1 (listening on %2)").arg(l.gatewayPort).arg(l.key()));
        const QString why = ports.isEmpty()
            ? RouteExplainerText::tr("no Gateway named %1 has a server Meshgate listens for").arg(r.gateway)
            : RouteExplainerText::tr("Gateway %1 has no server on port %2; its ports: %3").arg(r.gateway).arg(r.port).arg(ports.join(QStringLiteral(", ")));
        step(out, ExplainStep::Verdict::NotMatched, RouteExplainerText::tr("listener"), why);
        refuse(out, 0, "", "", RouteExplainerText::tr("connection refused: %1").arg(why));
        return out;
    }
    const ListenerSpec &l = m_table.listeners()[size_t(index)];
    out.listener = l.key();
    step(out, ExplainStep::Verdict::Matched, RouteExplainerText::tr("listener %1").arg(l.key()),
         RouteExplainerText::tr("%1, port %2 of %3").arg(kindName(l.kind)).arg(l.gatewayPort).arg(l.gateways.join(QStringLiteral(", "))));

    switch (l.kind) {
    case ListenerSpec::Kind::TlsPassthrough:
        if (!r.tls)
            info(out, RouteExplainerText::tr("request"), RouteExplainerText::tr("this port routes TLS connections by SNI; a plain HTTP request carries no SNI"));
        explainSni(l.sni, &l, r, out);
        return out;
    case ListenerSpec::Kind::Tcp:
        explainTcp(l, out);
        return out;
    case ListenerSpec::Kind::Http:
        if (r.tls) {
            refuse(out, 0, "DPE", "",
                   RouteExplainerText::tr("port %1 serves plain HTTP: a TLS ClientHello is a protocol error and the connection is closed")
                       .arg(r.port));
            return out;
        }
        break;
    case ListenerSpec::Kind::HttpsTerminate: {
        const int server = explainServerTls(l, r, out);
        if (server < 0)
            return out;
        const HttpRouteConfig &routes = l.serverTlsByName.servers[size_t(server)].http;
        if (r.tls) {
            info(out, RouteExplainerText::tr("request"),
                 RouteExplainerText::tr("TLS is terminated here, then HTTP is routed; explaining GET / with Host %1").arg(host));
            RequestDescription http = r;
            http.tls = false;
            http.host = r.sni;
            http.method = "GET";
            http.path = "/";
            http.scheme = "https";
            explainHttp(routes, &l, http, out);
            return out;
        }
        explainHttp(routes, &l, r, out);
        return out;
    }
    }
    explainHttp(l.http, &l, r, out);
    return out;
}

void RouteExplainer::explainHttp(const HttpRouteConfig &config, const ListenerSpec *listener,
                                 const RequestDescription &received, Explanation &out) const
{
    const QString host = hostmatch::stripPort(received.host).toString().toLower();
    if (host.isEmpty()) {
        refuse(out, 400, "", "missing_host_header", RouteExplainerText::tr("400: the request has no Host header"));
        return;
    }
    if (!httpsyntax::isAuthorityText(received.host.toUtf8())) {
        refuse(out, 400, "DPE", "http.invalid_authority",
               RouteExplainerText::tr("400: Host %1 is not a valid authority").arg(received.host));
        return;
    }
    // The engine routes (and forwards) the normalized path; so does the explanation.
    RequestDescription r = received;
    QByteArray normalized;
    switch (PathNormalizer::normalize(received.path, normalized)) {
    case PathNormalizer::Outcome::Rejected:
        refuse(out, 400, "DPE", "path_normalization_failed",
               RouteExplainerText::tr("400: path %1 cannot be normalized (it encodes a NUL byte or does not start with /)")
                   .arg(QString::fromUtf8(received.path)));
        return;
    case PathNormalizer::Outcome::Changed:
        info(out, RouteExplainerText::tr("path"),
             RouteExplainerText::tr("%1 is routed and forwarded as %2 (Istio's default path normalization)")
                 .arg(QString::fromUtf8(received.path), QString::fromUtf8(normalized)));
        r.path = normalized;
        break;
    case PathNormalizer::Outcome::Unchanged:
        break;
    }
    const VirtualHost *chosen = config.find(host.toUtf8());
    for (const VirtualHost &vh : config.virtualHosts) {
        const QString subject = RouteExplainerText::tr("virtual host %1").arg(vh.name);
        const QString how = howMatched(vh.domains, host, RouteExplainerText::tr("domain"));
        if (&vh == chosen)
            step(out, ExplainStep::Verdict::Matched, subject, RouteExplainerText::tr("host %1 matches %2").arg(host, how));
        else if (!how.isEmpty() && chosen)
            step(out, ExplainStep::Verdict::NotMatched, subject,
                 RouteExplainerText::tr("host %1 matches %2 too, but %3 is more specific").arg(host, how, chosen->name));
        else
            step(out, ExplainStep::Verdict::NotMatched, subject,
                 RouteExplainerText::tr("host %1 is not %2").arg(host, vh.domains.join(RouteExplainerText::tr(" or "))));
    }
    if (!chosen) {
        if (!listener) {
            explainMeshDefault(host, r.port, false, out);
            return;
        }
        if (config.virtualHosts.empty())
            info(out, RouteExplainerText::tr("virtual hosts"),
                 RouteExplainerText::tr("none: no VirtualService bound to %1 has a host this port's servers expose")
                     .arg(listener->gateways.join(QStringLiteral(", "))));
        refuse(out, 404, "NR", "route_not_found",
               RouteExplainerText::tr("404 NR route_not_found: no virtual host for %1 on port %2 (compare the Gateway's hosts with the "
                  "VirtualService's hosts and gateways)")
                   .arg(host)
                   .arg(r.port));
        return;
    }
    out.virtualHost = chosen->name;
    if (chosen->httpsRedirect && !(listener && listener->kind == ListenerSpec::Kind::HttpsTerminate)) {
        out.location = "https://" + r.host.toUtf8() + r.path;
        refuse(out, 301, "", "", RouteExplainerText::tr("301 to %1 (httpsRedirect)").arg(QString::fromUtf8(out.location)));
        return;
    }

    RequestView view = RequestView::fromPathWithQuery(r.path);
    const QByteArray authority = r.host.toUtf8();
    view.authority = authority;
    view.method = r.method;
    view.scheme = r.scheme;
    view.gatewayPort = r.port;
    view.headers = &headerLookup;
    view.headersContext = &r.headers;
    for (const CompiledHttpRoute &route : chosen->routes) {
        const QString subject = RouteExplainerText::tr("route %1").arg(route.displayName);
        const QString ns = route.virtualService.section(QLatin1Char('/'), 0, 0);
        if (route.matches.empty()) {
            step(out, ExplainStep::Verdict::Matched, subject, RouteExplainerText::tr("no match conditions (catch-all)"));
            explainRoute(route, r, out);
            return;
        }
        QStringList failures;
        for (const CompiledMatch &m : route.matches) {
            QStringList why;
            if (RouteMatcher::matches(m, chosen->gateways, view, &why, ns)) {
                step(out, ExplainStep::Verdict::Matched, subject,
                     RouteExplainerText::tr("match[%1]: %2").arg(m.indexInRoute).arg(why.join(QStringLiteral(", "))));
                explainRoute(route, r, out);
                return;
            }
            failures.append(RouteExplainerText::tr("match[%1]: %2").arg(m.indexInRoute).arg(why.join(QStringLiteral("; "))));
        }
        step(out, ExplainStep::Verdict::NotMatched, subject, failures.join(QStringLiteral(" | ")));
    }
    refuse(out, 404, "NR", "route_not_found",
           RouteExplainerText::tr("404 NR route_not_found: no route of virtual host %1 matches").arg(chosen->name));
}

void RouteExplainer::explainRoute(const CompiledHttpRoute &route, const RequestDescription &r, Explanation &out) const
{
    out.route = route.displayName;
    switch (route.kind) {
    case CompiledHttpRoute::Kind::Redirect: {
        const RedirectAction &rd = route.redirect;
        const QByteArray scheme = rd.scheme.isEmpty() ? r.scheme : rd.scheme;
        QByteArray authority = rd.authority.isEmpty() ? hostmatch::stripPort(r.host).toString().toUtf8() : rd.authority;
        if (rd.port)
            authority += ':' + QByteArray::number(*rd.port);
        else if (rd.derivePortFromRequest)
            authority += ':' + QByteArray::number(r.port);
        QByteArray path = r.path;
        if (!rd.uri.isEmpty())
            path = rd.uri;
        out.location = scheme + "://" + authority + path;
        refuse(out, rd.code, "", "", RouteExplainerText::tr("%1 redirect to %2").arg(rd.code).arg(QString::fromUtf8(out.location)));
        return;
    }
    case CompiledHttpRoute::Kind::DirectResponse:
        refuse(out, route.directResponse.status, "", "direct_response",
               RouteExplainerText::tr("%1 direct response (%2 bytes) from route %3")
                   .arg(route.directResponse.status)
                   .arg(route.directResponse.body.size())
                   .arg(route.displayName));
        return;
    case CompiledHttpRoute::Kind::Route:
        break;
    }
    if (route.fault) {
        if (route.fault->delay)
            info(out, RouteExplainerText::tr("fault"), RouteExplainerText::tr("delay %1 ms for %2% of requests (flag DI)")
                                       .arg(route.fault->delay->count())
                                       .arg(route.fault->delayPercent));
        if (route.fault->abortStatus)
            info(out, RouteExplainerText::tr("fault"), RouteExplainerText::tr("abort with %1 for %2% of requests (flag FI)")
                                       .arg(*route.fault->abortStatus)
                                       .arg(route.fault->abortPercent));
    }
    if (route.rewrite) {
        if (!route.rewrite->uri.isEmpty())
            info(out, RouteExplainerText::tr("rewrite"), RouteExplainerText::tr("the matched path prefix becomes %1").arg(QString::fromUtf8(route.rewrite->uri)));
        if (!route.rewrite->authority.isEmpty())
            info(out, RouteExplainerText::tr("rewrite"), RouteExplainerText::tr("Host becomes %1").arg(QString::fromUtf8(route.rewrite->authority)));
    }
    if (route.timeout.count() > 0)
        info(out, RouteExplainerText::tr("timeout"), RouteExplainerText::tr("%1 ms").arg(route.timeout.count()));
    const RetryPolicy &retries = route.retries;
    if (retries.attempts > 0) {
        QString conditions = QString::fromLatin1(retries.retryOn);
        if (!retries.retriableStatusCodes.isEmpty()) {
            QStringList codes;
            for (int code : retries.retriableStatusCodes)
                codes.append(QString::number(code));
            conditions += (conditions.isEmpty() ? QString() : QStringLiteral(",")) + codes.join(QLatin1Char(','));
        }
        info(out, RouteExplainerText::tr("retries"),
             retries.perTryTimeout.count() > 0
                 ? RouteExplainerText::tr("up to %1 more attempts, %2 ms each, on %3")
                       .arg(retries.attempts)
                       .arg(retries.perTryTimeout.count())
                       .arg(conditions)
                 : RouteExplainerText::tr("up to %1 more attempts on %2").arg(retries.attempts).arg(conditions));
    } else {
        info(out, RouteExplainerText::tr("retries"), RouteExplainerText::tr("none"));
    }
    explainTargets(route.targets, route.totalWeight, out);
    if (out.routed)
        out.summary += RouteExplainerText::tr(" via route %1").arg(route.displayName);
}

template<typename Target>
void RouteExplainer::explainTargets(const std::vector<Target> &targets, int totalWeight, Explanation &out) const
{
    if (targets.empty()) {
        refuse(out, 503, "NC", "cluster_not_found", RouteExplainerText::tr("503 NC: the route has no destination"));
        return;
    }
    if (targets.size() == 1) {
        forward(targets.front().cluster, targets.front().host, out);
        return;
    }
    QStringList split;
    size_t heaviest = 0;
    for (size_t i = 0; i < targets.size(); ++i) {
        const Target &t = targets[i];
        const QString name = t.cluster >= 0 ? QString::fromUtf8(m_table.clusters()[size_t(t.cluster)].name)
                                            : RouteExplainerText::tr("%1 (not in the registry: 503 NC)").arg(t.host);
        const QString share = percentOf(t.weight, totalWeight);
        info(out, RouteExplainerText::tr("weighted target"), RouteExplainerText::tr("%1 gets %2 of requests").arg(name, share));
        split.append(QStringLiteral("%1 (%2)").arg(name, share));
        if (t.weight > targets[heaviest].weight)
            heaviest = i;
    }
    forward(targets[heaviest].cluster, targets[heaviest].host, out);
    out.cluster = split.join(QStringLiteral(", "));
    out.summary += RouteExplainerText::tr(" (heaviest of %1 weighted targets)").arg(targets.size());
}

void RouteExplainer::forward(int index, const QString &host, Explanation &out) const
{
    if (index < 0) {
        refuse(out, 503, "NC", "cluster_not_found",
               RouteExplainerText::tr("503 NC: destination host %1 is not in the service registry (no ServiceEntry with that host "
                  "and port, or the subset is not defined)")
                   .arg(host));
        return;
    }
    const Cluster &c = m_table.clusters()[size_t(index)];
    out.cluster = QString::fromUtf8(c.name);
    switch (c.discovery) {
    case Cluster::Discovery::OriginalDst:
        out.routed = true;
        out.endpoints = {RouteExplainerText::tr("the original destination")};
        out.summary = RouteExplainerText::tr("→ %1 (original destination)").arg(out.cluster);
        return;
    case Cluster::Discovery::BlackHole:
        refuse(out, 502, "", "", RouteExplainerText::tr("502: %1 drops traffic to hosts outside the registry (REGISTRY_ONLY)").arg(out.cluster));
        return;
    case Cluster::Discovery::None:
        refuse(out, 503, "UH", "no_healthy_upstream",
               RouteExplainerText::tr("503 UH no healthy upstream: ServiceEntry %1 has resolution NONE, and a gateway has no original "
                  "destination to forward to (istio/istio#7426); use DNS or STATIC")
                   .arg(c.host));
        return;
    default:
        break;
    }
    for (const Endpoint &e : c.endpoints)
        out.endpoints.append(RouteExplainerText::tr("%1:%2 (weight %3)").arg(e.address).arg(e.port).arg(e.weight));
    if (c.endpoints.empty()) {
        refuse(out, 503, "UH", "no_healthy_upstream",
               c.subset.isEmpty()
                   ? RouteExplainerText::tr("503 UH no healthy upstream: %1 has no endpoints").arg(out.cluster)
                   : RouteExplainerText::tr("503 UH no healthy upstream: no endpoint of %1 has the labels of subset %2").arg(c.host, c.subset));
        return;
    }
    out.routed = true;
    out.status = 0;
    out.flags.clear();
    out.details.clear();
    out.summary = c.endpoints.size() == 1
        ? RouteExplainerText::tr("→ %1 (%2, 1 endpoint)").arg(out.cluster, discoveryName(c.discovery))
        : RouteExplainerText::tr("→ %1 (%2, %3 endpoints)").arg(out.cluster, discoveryName(c.discovery), QString::number(c.endpoints.size()));
}

void RouteExplainer::explainSni(const SniTable &table, const ListenerSpec *listener, const RequestDescription &r,
                                Explanation &out) const
{
    const QString sni = r.tls ? r.sni.toLower() : QString();
    const SniChain *chosen = table.find(sni.toUtf8());
    for (const SniChain &c : table.chains) {
        const QString subject = RouteExplainerText::tr("filter chain %1 (%2)").arg(c.sniPattern, c.displayName);
        const QString how = howMatched({c.sniPattern}, sni, RouteExplainerText::tr("server name"));
        if (&c == chosen)
            step(out, ExplainStep::Verdict::Matched, subject, RouteExplainerText::tr("SNI %1 matches %2").arg(sni, how));
        else if (!how.isEmpty() && !sni.isEmpty() && chosen)
            step(out, ExplainStep::Verdict::NotMatched, subject,
                 RouteExplainerText::tr("SNI %1 matches %2 too, but %3 is more specific").arg(sni, how, chosen->sniPattern));
        else
            step(out, ExplainStep::Verdict::NotMatched, subject,
                 sni.isEmpty() ? RouteExplainerText::tr("no SNI, and the chain needs %1").arg(c.sniPattern)
                               : RouteExplainerText::tr("SNI %1 is not %2").arg(sni, c.sniPattern));
    }
    if (!chosen) {
        if (!listener) {
            explainMeshDefault(sni, r.port, true, out);
            return;
        }
        refuse(out, 0, "NR", "filter_chain_not_found",
               sni.isEmpty() ? RouteExplainerText::tr("connection closed after the ClientHello: the client sent no SNI, so no filter chain "
                                  "matches (NR filter_chain_not_found, istio/istio#32466)")
                             : RouteExplainerText::tr("connection closed after the ClientHello: no filter chain for SNI %1 "
                                  "(NR filter_chain_not_found)")
                                   .arg(sni));
        return;
    }
    out.route = chosen->displayName;
    explainTargets(chosen->targets, chosen->totalWeight, out);
    if (out.routed)
        out.summary += RouteExplainerText::tr(" via %1").arg(chosen->displayName);
}

int RouteExplainer::explainServerTls(const ListenerSpec &l, const RequestDescription &r, Explanation &out) const
{
    // What a client sends as SNI: the name given, else (HTTPS) the URL's host unless it is an IP.
    QString sni = r.sni.toLower();
    if (sni.isEmpty() && !r.tls) {
        const QString host = hostmatch::stripPort(r.host).toString().toLower();
        if (!hostmatch::isIpAddress(host) && !host.startsWith(QLatin1Char('[')))
            sni = host;
    }
    const ServerTlsTable &table = l.serverTlsByName;
    const int chosen = table.find(sni.toUtf8());
    if (table.servers.size() > 1 || chosen < 0) {
        for (size_t i = 0; i < table.servers.size(); ++i) {
            const ServerTlsTable::Server &s = table.servers[i];
            const QString subject = RouteExplainerText::tr("TLS server %1 (%2)").arg(s.portName, s.hosts.join(QStringLiteral(", ")));
            const QString how = howMatched(s.hosts, sni, RouteExplainerText::tr("server name"));
            if (int(i) == chosen)
                step(out, ExplainStep::Verdict::Matched, subject,
                     RouteExplainerText::tr("SNI %1 matches %2; its certificate %3 is presented").arg(sni, how, s.tls.serverCertificate));
            else if (sni.isEmpty())
                step(out, ExplainStep::Verdict::NotMatched, subject, RouteExplainerText::tr("no SNI, and the server needs one of its hosts"));
            else if (!how.isEmpty())
                step(out, ExplainStep::Verdict::NotMatched, subject,
                     RouteExplainerText::tr("SNI %1 matches %2 too, but another server is more specific").arg(sni, how));
            else
                step(out, ExplainStep::Verdict::NotMatched, subject, RouteExplainerText::tr("SNI %1 is none of its hosts").arg(sni));
        }
    }
    if (chosen >= 0)
        return chosen;
    refuse(out, 0, "NR", "filter_chain_not_found",
           sni.isEmpty() ? RouteExplainerText::tr("connection closed after the ClientHello: the client sent no SNI and no HTTPS "
                                                  "server on this port is for * (NR filter_chain_not_found)")
                         : RouteExplainerText::tr("connection closed after the ClientHello: no HTTPS server on this port is for "
                                                  "SNI %1 (NR filter_chain_not_found)")
                               .arg(sni));
    return -1;
}

void RouteExplainer::explainTcp(const ListenerSpec &l, Explanation &out) const
{
    if (l.tcp.targets.empty()) {
        step(out, ExplainStep::Verdict::NotMatched, RouteExplainerText::tr("tcp routes"),
             RouteExplainerText::tr("no tcp route of a VirtualService bound to %1 applies to port %2")
                 .arg(l.gateways.join(QStringLiteral(", ")))
                 .arg(l.gatewayPort));
        refuse(out, 0, "NR", "filter_chain_not_found", RouteExplainerText::tr("connection closed: no tcp route for port %1").arg(l.gatewayPort));
        return;
    }
    step(out, ExplainStep::Verdict::Matched, RouteExplainerText::tr("tcp route %1").arg(l.tcp.displayName), RouteExplainerText::tr("the first tcp route for this port"));
    out.route = l.tcp.displayName;
    explainTargets(l.tcp.targets, l.tcp.totalWeight, out);
}

void RouteExplainer::explainMeshDefault(const QString &host, quint16 port, bool tls, Explanation &out) const
{
    const int cluster = m_table.meshDefaultCluster(host.toUtf8(), port);
    info(out, RouteExplainerText::tr("mesh"), RouteExplainerText::tr("no mesh VirtualService routes %1").arg(host.isEmpty() ? RouteExplainerText::tr("this connection") : host));
    if (cluster == m_table.passthroughCluster())
        info(out, RouteExplainerText::tr("outbound policy"), RouteExplainerText::tr("ALLOW_ANY: forwarded to the original destination %1:%2").arg(host).arg(port));
    else if (cluster == m_table.blackHoleCluster())
        info(out, RouteExplainerText::tr("outbound policy"), RouteExplainerText::tr("REGISTRY_ONLY: %1:%2 is not a ServiceEntry host and port").arg(host).arg(port));
    else
        info(out, RouteExplainerText::tr("registry"), RouteExplainerText::tr("a ServiceEntry defines %1 port %2").arg(host).arg(port));
    forward(cluster, host, out);
    if (tls && cluster == m_table.blackHoleCluster())
        refuse(out, 0, "", "", RouteExplainerText::tr("connection closed: %1 is not in the registry (REGISTRY_ONLY)").arg(host));
}

QString Explanation::toText() const
{
    QString out;
    for (const ExplainStep &s : steps) {
        const char *mark = s.verdict == ExplainStep::Verdict::Matched      ? "✓"
                           : s.verdict == ExplainStep::Verdict::NotMatched ? "✗"
                                                                           : "·";
        out += QString::fromUtf8(mark) + QLatin1Char(' ') + s.subject;
        if (!s.reason.isEmpty())
            out += QStringLiteral(": ") + s.reason;
        out += QLatin1Char('\n');
    }
    out += RouteExplainerText::tr("result: %1\n").arg(summary);
    if (!cluster.isEmpty())
        out += RouteExplainerText::tr("cluster: %1\n").arg(cluster);
    for (const QString &e : endpoints)
        out += RouteExplainerText::tr("endpoint: %1\n").arg(e);
    if (!location.isEmpty())
        out += RouteExplainerText::tr("location: %1\n").arg(QString::fromUtf8(location));
    return out;
}

} // namespace meshgate
