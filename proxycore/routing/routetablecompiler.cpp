// SPDX-License-Identifier: GPL-3.0-or-later
#include "routing/routetablecompiler.h"

#include "routing/hostmatch.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <atomic>

namespace meshgate {

namespace {

// Gives the free functions here a translation context lupdate can see.
struct RouteTableCompilerText
{
    Q_DECLARE_TR_FUNCTIONS(RouteTableCompiler)
};

std::optional<ListenerSpec::Kind> kindOf(const Server &s, QString *problem)
{
    problem->clear();
    const QString protocol = s.port.protocol.toUpper();
    const QString mode = s.tls ? (s.tls->mode.isEmpty() ? QStringLiteral("PASSTHROUGH") : s.tls->mode.toUpper())
                               : QString();
    if (protocol == u"HTTP" || protocol == u"HTTP2" || protocol == u"GRPC" || protocol == u"GRPC-WEB")
        return ListenerSpec::Kind::Http;
    if (protocol == u"TCP" || protocol == u"MONGO" || protocol == u"REDIS" || protocol == u"MYSQL")
        return ListenerSpec::Kind::Tcp;
    if (protocol == u"HTTPS" || protocol == u"TLS") {
        if (mode == u"PASSTHROUGH" || mode == u"AUTO_PASSTHROUGH" || mode.isEmpty()) {
            if (mode == u"AUTO_PASSTHROUGH")
                *problem = RouteTableCompilerText::tr("AUTO_PASSTHROUGH routes mesh-internal SNI names; treated as PASSTHROUGH");
            return ListenerSpec::Kind::TlsPassthrough;
        }
        if (mode == u"SIMPLE" || mode == u"MUTUAL" || mode == u"OPTIONAL_MUTUAL") {
            if (protocol == u"HTTPS")
                return ListenerSpec::Kind::HttpsTerminate;
            *problem = RouteTableCompilerText::tr("TLS servers that terminate (mode %1) and then proxy TCP are not supported").arg(mode);
            return std::nullopt;
        }
        *problem = RouteTableCompilerText::tr("tls mode %1 needs mesh certificates and is not supported").arg(mode);
        return std::nullopt;
    }
    *problem = RouteTableCompilerText::tr("protocol \"%1\" is not supported").arg(s.port.protocol);
    return std::nullopt;
}

// The process-wide generation counter: every compiled table gets a new number, so workers and
// the GUI can tell snapshots apart. Atomic because tables may be compiled off the GUI thread.
quint64 nextGeneration()
{
    static std::atomic<quint64> counter{0};
    return ++counter;
}

// Files a host pattern under its kind: `*`, `*.suffix` or an exact name; the first index to
// claim a pattern keeps it.
void indexHostPattern(const QString &host, int index, QHash<QByteArray, int> &exact,
                      std::vector<std::pair<QByteArray, int>> &suffixes, int &catchAll)
{
    const QByteArray pattern = host.toLower().toUtf8();
    if (pattern == "*") {
        if (catchAll < 0)
            catchAll = index;
    } else if (pattern.startsWith("*.")) {
        const QByteArray suffix = pattern.mid(1);
        if (std::none_of(suffixes.begin(), suffixes.end(), [&](const auto &s) { return s.first == suffix; }))
            suffixes.emplace_back(suffix, index);
    } else if (!exact.contains(pattern)) {
        exact.insert(pattern, index);
    }
}

// Longest suffix first, so the most specific wildcard matches.
void sortSuffixes(std::vector<std::pair<QByteArray, int>> &suffixes)
{
    std::stable_sort(suffixes.begin(), suffixes.end(),
                     [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
}

} // namespace

RouteTableCompiler::RouteTableCompiler(const ConfigSet &config, const EngineSettings &settings)
    : m_config(config),
      m_settings(settings),
      m_table(std::make_shared<RouteTable>()),
      m_clusters(config, &m_warnings),
      m_routes(m_clusters, &m_warnings)
{
}

void RouteTableCompiler::warn(const QString &text)
{
    if (!m_warnings.contains(text))
        m_warnings.append(text);
}

void RouteTableCompiler::warnAt(const Resource &resource, const QString &fieldPath, const QString &where, const QString &problem)
{
    warn(QStringLiteral("%1: %2").arg(where, problem));
    m_findings.append({Diagnostic::Severity::Warning, problem, resource.source.file, resource.source.find(fieldPath),
                       resource.displayName(), fieldPath, QStringLiteral("local-port")});
}

Diagnostics RouteTableCompiler::check(const ConfigSet &config, const EngineSettings &settings)
{
    RouteTableCompiler compiler(config, settings);
    compiler.build();
    return compiler.m_findings;
}

bool RouteTableCompiler::serverHostAllows(const QString &serverHost, const QString &gatewayNamespace,
                                          const QString &vsNamespace, QString *host)
{
    const qsizetype slash = serverHost.indexOf(QLatin1Char('/'));
    if (slash < 0) {
        *host = serverHost;
        return true;
    }
    const QString ns = serverHost.left(slash);
    *host = serverHost.mid(slash + 1);
    return ns == u"*" || (ns == u"." && vsNamespace == gatewayNamespace) || ns == vsNamespace;
}

QStringList RouteTableCompiler::gatewaysOf(const Resource &vr) const
{
    const VirtualServiceSpec &vs = *vr.as<VirtualServiceSpec>();
    if (vs.gateways.isEmpty())
        return {QStringLiteral("mesh")}; // no gateways: the mesh only, never a gateway
    QStringList out;
    for (const QString &g : vs.gateways)
        out.append(qualifiedGatewayRef(g, vr.metadata.effectiveNamespace()));
    return out;
}

std::vector<const Resource *> RouteTableCompiler::virtualServicesBoundTo(const QString &gateway) const
{
    std::vector<const Resource *> out;
    for (const Resource *vr : m_config.ofKind<VirtualServiceSpec>())
        if (gatewaysOf(*vr).contains(gateway))
            out.push_back(vr);
    return out;
}

std::optional<ListenerSpec::Kind> RouteTableCompiler::listenerKind(const Server &server, QString *problem)
{
    return kindOf(server, problem);
}

bool RouteTableCompiler::exposes(const ServerRef &s, const Resource &vr) const
{
    const QString vsNs = vr.metadata.effectiveNamespace();
    for (const QString &sh : s.server->hosts) {
        QString host;
        if (!serverHostAllows(sh, s.gateway->metadata.effectiveNamespace(), vsNs, &host))
            continue;
        for (const QString &h : vr.as<VirtualServiceSpec>()->hosts)
            if (hostmatch::overlaps(host, h))
                return true;
    }
    return false;
}

void RouteTableCompiler::collectListeners()
{
    for (const Resource *gr : m_config.ofKind<GatewaySpec>()) {
        const GatewaySpec &g = *gr->as<GatewaySpec>();
        const QString gatewayName = qualifiedName(*gr);
        for (size_t i = 0; i < g.servers.size(); ++i) {
            const Server &s = g.servers[i];
            const QString where = QStringLiteral("Gateway %1 servers[%2]").arg(gatewayName).arg(i);
            if (!s.port.number || *s.port.number < 1 || *s.port.number > 65535) {
                warn(RouteTableCompilerText::tr("%1: no valid port number; server skipped").arg(where));
                continue;
            }
            QString problem;
            const auto kind = kindOf(s, &problem);
            if (!problem.isEmpty())
                warn(QStringLiteral("%1: %2").arg(where, problem));
            if (!kind)
                continue;
            const quint16 gatewayPort = quint16(*s.port.number);
            const QString portPath = QStringLiteral("spec.servers[%1].port.number").arg(i);
            const int listenPort = m_settings.listenPort(gatewayPort);
            if (listenPort < 1 || listenPort > 65535) {
                warnAt(*gr, portPath, where,
                       RouteTableCompilerText::tr("port %1 with the port offset gives %2, which is not a port; this server is "
                                                  "skipped (change the port or the port offset)")
                           .arg(gatewayPort)
                           .arg(listenPort));
                continue;
            }
            QHostAddress bind = m_settings.bindAddress;
            if (!s.bind.isEmpty()) {
                if (QHostAddress parsed(s.bind); !parsed.isNull())
                    bind = parsed;
                else
                    warn(RouteTableCompilerText::tr("%1: bind \"%2\" is not an IP address; listening on %3")
                             .arg(where, s.bind, m_settings.bindAddress.toString()));
            }
            // The engine's own ports are opened on the engine's bind address; a Gateway port that
            // lands on one of them fails to open (or takes it from the mesh proxy), whichever binds first.
            if (bind == m_settings.bindAddress && (listenPort == m_settings.meshPort || listenPort == m_settings.adminPort))
                warnAt(*gr, portPath, where,
                       (listenPort == m_settings.meshPort
                            ? RouteTableCompilerText::tr("port %1 maps to local port %2, which is the mesh forward proxy's; only one "
                                                         "of them can open (change a port, the port offset or the mesh port)")
                            : RouteTableCompilerText::tr("port %1 maps to local port %2, which is the admin endpoint's; only one "
                                                         "of them can open (change a port, the port offset or the admin port)"))
                           .arg(gatewayPort)
                           .arg(listenPort));
            auto it = std::find_if(m_pending.begin(), m_pending.end(), [&](const PendingListener &p) {
                return p.spec.listenPort == listenPort && p.spec.bind == bind;
            });
            if (it == m_pending.end()) {
                PendingListener p;
                p.spec.kind = *kind;
                p.spec.bind = bind;
                p.spec.gatewayPort = gatewayPort;
                p.spec.listenPort = quint16(listenPort);
                p.spec.protocol = s.port.protocol.toUpper();
                if (*kind == ListenerSpec::Kind::HttpsTerminate && s.tls)
                    p.spec.serverTls = *s.tls;
                m_pending.push_back(std::move(p));
                it = m_pending.end() - 1;
            } else if (it->spec.gatewayPort != gatewayPort) {
                warnAt(*gr, portPath, where,
                       RouteTableCompilerText::tr("port %1 maps to local port %2, which port %3 of Gateway %4 already uses; "
                                                  "this server is skipped (change a port or the port offset)")
                           .arg(gatewayPort)
                           .arg(listenPort)
                           .arg(it->spec.gatewayPort)
                           .arg(it->servers.front().gatewayName));
                continue;
            } else if (it->spec.kind != *kind) {
                // The validator refuses this (IST0145); kept so that compile() stands on its own.
                warn(RouteTableCompilerText::tr("%1: %2 port %3 is already served as %4 by Gateway %5; server skipped")
                         .arg(where, s.port.protocol.toUpper())
                         .arg(gatewayPort)
                         .arg(it->spec.protocol, it->servers.front().gatewayName));
                continue;
            }
            if (!it->spec.gateways.contains(gatewayName))
                it->spec.gateways.append(gatewayName);
            it->servers.push_back(ServerRef{gr, &s, gatewayName, gatewayPort});
        }
    }
}

void RouteTableCompiler::buildHttp(PendingListener &l)
{
    struct HostEntry
    {
        QString host;
        std::vector<std::pair<int, int>> parts; // (virtual service slot, entry)
        std::vector<int> addedSlots;
        QStringList gateways;
        bool httpsRedirect = false;
    };
    std::vector<HostEntry> hosts;
    QHash<QString, int> hostIndex;
    std::vector<std::vector<CompiledRouteEntry>> compiled;
    QHash<const Resource *, int> slotOf;
    const bool tlsListener = l.spec.kind == ListenerSpec::Kind::HttpsTerminate;

    auto entryFor = [&](const QString &host) -> HostEntry & {
        auto it = hostIndex.constFind(host);
        if (it != hostIndex.constEnd())
            return hosts[*it];
        hostIndex.insert(host, int(hosts.size()));
        hosts.push_back(HostEntry{host, {}, {}, {}, false});
        return hosts.back();
    };

    for (const ServerRef &s : l.servers) {
        const bool redirect = s.server->tls && s.server->tls->httpsRedirect.value_or(false);
        for (const Resource *vr : virtualServicesBoundTo(s.gatewayName)) {
            const QString vsNs = vr->metadata.effectiveNamespace();
            QStringList domains;
            for (const QString &sh : s.server->hosts) {
                QString serverHost;
                if (!serverHostAllows(sh, s.gateway->metadata.effectiveNamespace(), vsNs, &serverHost))
                    continue;
                for (const QString &vh : vr->as<VirtualServiceSpec>()->hosts) {
                    const QString d = hostmatch::intersect(serverHost, vh);
                    if (!d.isEmpty() && !domains.contains(d))
                        domains.append(d);
                }
            }
            if (domains.isEmpty())
                continue;
            int slot = slotOf.value(vr, -1);
            if (slot < 0) {
                HttpRouteContext ctx;
                ctx.virtualService = vr;
                ctx.gatewayPort = l.spec.gatewayPort;
                ctx.tlsListener = tlsListener;
                ctx.fallbackDestinationPort = l.spec.gatewayPort;
                for (const QString &g : gatewaysOf(*vr))
                    if (l.spec.gateways.contains(g))
                        ctx.gateways.append(g);
                slot = int(compiled.size());
                compiled.push_back(m_routes.compile(ctx));
                slotOf.insert(vr, slot);
            }
            if (!HttpRouteCompiler::anyApplicable(compiled[slot]))
                continue;
            for (const QString &d : domains) {
                HostEntry &e = entryFor(d);
                if (!e.gateways.contains(s.gatewayName))
                    e.gateways.append(s.gatewayName);
                e.httpsRedirect = e.httpsRedirect || redirect;
                if (std::find(e.addedSlots.begin(), e.addedSlots.end(), slot) != e.addedSlots.end())
                    continue;
                e.addedSlots.push_back(slot);
                for (size_t k = 0; k < compiled[slot].size(); ++k)
                    e.parts.emplace_back(slot, int(k));
            }
        }
        if (redirect) {
            // An httpsRedirect server answers 301 for its hosts even without a VirtualService.
            for (const QString &sh : s.server->hosts) {
                const qsizetype slash = sh.indexOf(QLatin1Char('/'));
                HostEntry &e = entryFor((slash < 0 ? sh : sh.mid(slash + 1)).toLower());
                e.httpsRedirect = true;
                if (!e.gateways.contains(s.gatewayName))
                    e.gateways.append(s.gatewayName);
            }
        }
    }

    // Catch-all routes go behind every specific route of the host (Istio's SortVHostRoutes),
    // then hosts with identical routes share one virtual host (collapseDuplicateRoutes).
    std::sort(hosts.begin(), hosts.end(), [](const HostEntry &a, const HostEntry &b) { return a.host < b.host; });
    std::vector<int> groupOf(hosts.size(), -1);
    for (size_t i = 0; i < hosts.size(); ++i) {
        HostEntry &e = hosts[i];
        std::stable_partition(e.parts.begin(), e.parts.end(),
                              [&](const std::pair<int, int> &p) { return !compiled[p.first][p.second].catchAll; });
        // Another VirtualService's routes behind the first catch-all never apply (Istio merges
        // them the same way); the validator sees one VirtualService at a time, so it is said here.
        const CompiledRouteEntry *firstCatchAll = nullptr;
        int catchAllSlot = -1;
        for (const auto &[slot, k] : e.parts) {
            const CompiledRouteEntry &c = compiled[size_t(slot)][size_t(k)];
            if (!c.applicable)
                continue;
            if (firstCatchAll && slot != catchAllSlot) {
                const Resource *shadowed = slotOf.key(slot);
                warnAt(*shadowed, QStringLiteral("spec.http[%1]").arg(c.route.indexInVirtualService),
                       QStringLiteral("VirtualService %1").arg(qualifiedName(*shadowed)),
                       RouteTableCompilerText::tr("for host %1 on port %2 this route is never used: %3 of VirtualService %4 "
                                                  "matches every request first (the routes of all VirtualServices for a host "
                                                  "are merged, catch-alls last)")
                           .arg(e.host)
                           .arg(l.spec.gatewayPort)
                           .arg(firstCatchAll->route.displayName, firstCatchAll->route.virtualService));
            } else if (c.catchAll && !firstCatchAll) {
                firstCatchAll = &c;
                catchAllSlot = slot;
            }
        }
        e.gateways.sort();
        for (size_t j = 0; j < i; ++j) {
            const HostEntry &o = hosts[j];
            if (groupOf[j] == int(j) && o.parts == e.parts && o.gateways == e.gateways
                && o.httpsRedirect == e.httpsRedirect) {
                groupOf[i] = int(j);
                break;
            }
        }
        if (groupOf[i] < 0)
            groupOf[i] = int(i);
    }
    for (size_t i = 0; i < hosts.size(); ++i) {
        if (groupOf[i] != int(i))
            continue;
        VirtualHost vh;
        vh.name = QStringLiteral("%1:%2").arg(hosts[i].host).arg(l.spec.gatewayPort);
        for (size_t j = i; j < hosts.size(); ++j)
            if (groupOf[j] == int(i))
                vh.domains.append(hosts[j].host);
        vh.gateways = hosts[i].gateways;
        vh.httpsRedirect = hosts[i].httpsRedirect;
        for (const auto &[slot, k] : hosts[i].parts)
            vh.routes.push_back(compiled[slot][k].route);
        l.spec.http.virtualHosts.push_back(std::move(vh));
    }
    indexHttp(l.spec.http);
}

std::vector<WeightedTarget> RouteTableCompiler::weightedTargets(const std::vector<RouteDestination> &route,
                                                                quint16 fallbackPort, int *totalWeight,
                                                                const QString &where)
{
    std::vector<WeightedTarget> out;
    *totalWeight = 0;
    for (const RouteDestination &d : route) {
        WeightedTarget t;
        QString problem;
        t.cluster = m_clusters.resolve(d.destination, fallbackPort, &problem);
        if (t.cluster < 0)
            warn(QStringLiteral("%1: %2").arg(where, problem));
        t.host = d.destination.host;
        t.weight = route.size() == 1 ? 100 : std::max(0, d.weight.value_or(0));
        *totalWeight += t.weight;
        out.push_back(std::move(t));
    }
    if (*totalWeight == 0 && !out.empty()) {
        for (WeightedTarget &t : out)
            t.weight = 1;
        *totalWeight = int(out.size());
    }
    return out;
}

void RouteTableCompiler::addSniChain(SniTable &table, SniChain chain)
{
    chain.sniPattern = chain.sniPattern.toLower();
    for (const SniChain &c : table.chains) {
        if (c.sniPattern == chain.sniPattern) {
            // Envoy rejects two filter chains with one server name; Istio keeps the first.
            warn(RouteTableCompilerText::tr("SNI %1: %2 is ignored, %3 already routes it").arg(chain.sniPattern, chain.displayName, c.displayName));
            return;
        }
    }
    table.chains.push_back(std::move(chain));
}

void RouteTableCompiler::buildSni(PendingListener &l)
{
    for (const ServerRef &s : l.servers) {
        for (const Resource *vr : virtualServicesBoundTo(s.gatewayName)) {
            if (!exposes(s, *vr))
                continue;
            const VirtualServiceSpec &vs = *vr->as<VirtualServiceSpec>();
            const QString ns = vr->metadata.effectiveNamespace();
            for (size_t i = 0; i < vs.tls.size(); ++i) {
                const TlsRoute &tls = vs.tls[i];
                if (tls.route.empty())
                    continue;
                const QString display = QStringLiteral("%1 tls[%2]").arg(vr->metadata.name).arg(i);
                for (const TlsMatchAttributes &m : tls.match) {
                    if (m.port && *m.port != s.port)
                        continue;
                    if (!m.gateways.isEmpty()
                        && std::none_of(m.gateways.begin(), m.gateways.end(),
                                        [&](const QString &g) { return qualifiedGatewayRef(g, ns) == s.gatewayName; }))
                        continue;
                    for (const QString &sni : m.sniHosts) {
                        SniChain chain;
                        chain.sniPattern = sni;
                        chain.targets = weightedTargets(tls.route, s.port, &chain.totalWeight,
                                                        QStringLiteral("VirtualService %1 tls[%2]").arg(qualifiedName(*vr)).arg(i));
                        chain.virtualService = qualifiedName(*vr);
                        chain.displayName = display;
                        addSniChain(l.spec.sni, std::move(chain));
                    }
                }
            }
        }
    }
    indexSni(l.spec.sni);
}

void RouteTableCompiler::buildTcp(PendingListener &l)
{
    for (const ServerRef &s : l.servers) {
        for (const Resource *vr : virtualServicesBoundTo(s.gatewayName)) {
            if (!exposes(s, *vr))
                continue;
            const VirtualServiceSpec &vs = *vr->as<VirtualServiceSpec>();
            const QString ns = vr->metadata.effectiveNamespace();
            for (size_t i = 0; i < vs.tcp.size(); ++i) {
                const TcpRoute &tcp = vs.tcp[i];
                const bool applies = tcp.match.empty()
                    || std::any_of(tcp.match.begin(), tcp.match.end(), [&](const L4MatchAttributes &m) {
                           const bool portOk = !m.port || *m.port == s.port;
                           const bool gatewayOk = m.gateways.isEmpty()
                               || std::any_of(m.gateways.begin(), m.gateways.end(), [&](const QString &g) {
                                      return qualifiedGatewayRef(g, ns) == s.gatewayName;
                                  });
                           return portOk && gatewayOk;
                       });
                if (!applies || tcp.route.empty())
                    continue;
                // The first applicable tcp route takes the whole port (as in Istio).
                l.spec.tcp.targets = weightedTargets(tcp.route, s.port, &l.spec.tcp.totalWeight,
                                                     QStringLiteral("VirtualService %1 tcp[%2]").arg(qualifiedName(*vr)).arg(i));
                l.spec.tcp.virtualService = qualifiedName(*vr);
                l.spec.tcp.displayName = QStringLiteral("%1 tcp[%2]").arg(vr->metadata.name).arg(i);
                return;
            }
        }
    }
}

void RouteTableCompiler::buildMeshHttp()
{
    HttpRouteConfig &cfg = m_table->m_meshHttp;
    QHash<QString, QString> claimedBy;
    for (const Resource *vr : virtualServicesBoundTo(QStringLiteral("mesh"))) {
        const VirtualServiceSpec &vs = *vr->as<VirtualServiceSpec>();
        if (vs.http.empty())
            continue;
        HttpRouteContext ctx;
        ctx.virtualService = vr;
        ctx.mesh = true;
        ctx.gateways = {QStringLiteral("mesh")};
        ctx.fallbackDestinationPort = 80;
        std::vector<CompiledRouteEntry> entries = m_routes.compile(ctx);
        if (!HttpRouteCompiler::anyApplicable(entries))
            continue; // every route is for gateways only: the mesh never sees this VirtualService
        QStringList domains;
        for (const QString &h : vs.hosts) {
            const QString host = h.toLower();
            if (auto it = claimedBy.constFind(host); it != claimedBy.constEnd()) {
                warn(RouteTableCompilerText::tr("mesh host %1: VirtualService %2 is ignored, %3 already routes it (IST0109)")
                         .arg(host, qualifiedName(*vr), *it));
                continue;
            }
            claimedBy.insert(host, qualifiedName(*vr));
            domains.append(host);
        }
        if (domains.isEmpty())
            continue;
        VirtualHost vh;
        domains.sort();
        vh.name = domains.front();
        vh.domains = domains;
        vh.gateways = ctx.gateways;
        for (CompiledRouteEntry &e : entries)
            vh.routes.push_back(std::move(e.route));
        cfg.virtualHosts.push_back(std::move(vh));
    }
    std::sort(cfg.virtualHosts.begin(), cfg.virtualHosts.end(),
              [](const VirtualHost &a, const VirtualHost &b) { return a.name < b.name; });
    indexHttp(cfg);
}

void RouteTableCompiler::buildMeshTls()
{
    for (const Resource *vr : virtualServicesBoundTo(QStringLiteral("mesh"))) {
        const VirtualServiceSpec &vs = *vr->as<VirtualServiceSpec>();
        for (size_t i = 0; i < vs.tls.size(); ++i) {
            const TlsRoute &tls = vs.tls[i];
            if (tls.route.empty())
                continue;
            for (const TlsMatchAttributes &m : tls.match) {
                if (!m.gateways.isEmpty() && !m.gateways.contains(QStringLiteral("mesh")))
                    continue;
                for (const QString &sni : m.sniHosts) {
                    SniChain chain;
                    chain.sniPattern = sni;
                    chain.targets = weightedTargets(tls.route, quint16(m.port.value_or(443)), &chain.totalWeight,
                                                    QStringLiteral("VirtualService %1 tls[%2]").arg(qualifiedName(*vr)).arg(i));
                    chain.virtualService = qualifiedName(*vr);
                    chain.displayName = QStringLiteral("%1 tls[%2]").arg(vr->metadata.name).arg(i);
                    addSniChain(m_table->m_meshTls, std::move(chain));
                }
            }
        }
    }
    indexSni(m_table->m_meshTls);
}

void RouteTableCompiler::indexHttp(HttpRouteConfig &cfg)
{
    cfg.exact.clear();
    cfg.suffixes.clear();
    cfg.catchAll = -1;
    for (size_t i = 0; i < cfg.virtualHosts.size(); ++i) {
        for (const QString &d : cfg.virtualHosts[i].domains)
            indexHostPattern(d, int(i), cfg.exact, cfg.suffixes, cfg.catchAll);
    }
    sortSuffixes(cfg.suffixes);
}

void RouteTableCompiler::indexSni(SniTable &t)
{
    t.exact.clear();
    t.suffixes.clear();
    t.catchAll = -1;
    for (size_t i = 0; i < t.chains.size(); ++i) {
        const QByteArray pattern = t.chains[i].sniPattern.toUtf8();
        if (pattern == "*")
            t.catchAll = int(i);
        else if (pattern.startsWith("*."))
            t.suffixes.emplace_back(pattern.mid(1), int(i));
        else
            t.exact.insert(pattern, int(i));
    }
    sortSuffixes(t.suffixes);
}

void RouteTableCompiler::buildServerTls(PendingListener &l)
{
    ServerTlsTable &t = l.spec.serverTlsByName;
    QSet<QString> claimed;
    for (const ServerRef &ref : l.servers) {
        if (!ref.server->tls)
            continue;
        // "ns/host": the namespace part says who may bind routes, not which SNI is served.
        QStringList hosts;
        for (const QString &qualified : ref.server->hosts)
            hosts.append((qualified.contains(QLatin1Char('/')) ? qualified.section(QLatin1Char('/'), 1) : qualified).toLower());
        const auto repeated = std::find_if(hosts.cbegin(), hosts.cend(), [&](const QString &h) { return claimed.contains(h); });
        if (repeated != hosts.cend()) {
            warn(RouteTableCompilerText::tr("Gateway %1: server %2 on port %3 skipped: host %4 is already served by another "
                                            "TLS server on that port")
                     .arg(ref.gatewayName, ref.server->port.name)
                     .arg(ref.port)
                     .arg(*repeated));
            continue;
        }
        const int index = int(t.servers.size());
        for (const QString &h : hosts) {
            claimed.insert(h);
            indexHostPattern(h, index, t.exact, t.suffixes, t.catchAll);
        }
        // Its own routes: the listener's, built from this one server (the listener's own when it
        // is the only one there, which is the common case).
        HttpRouteConfig routes;
        if (l.servers.size() == 1) {
            routes = l.spec.http;
        } else {
            PendingListener single{l.spec, {ref}};
            single.spec.gateways = QStringList{ref.gatewayName}; // its routes see its own Gateway only
            single.spec.http = HttpRouteConfig();
            single.spec.serverTlsByName = ServerTlsTable();
            buildHttp(single);
            routes = std::move(single.spec.http);
        }
        t.servers.push_back({ref.gatewayName, ref.server->port.name, hosts, *ref.server->tls, std::move(routes)});
    }
    sortSuffixes(t.suffixes);
}

RouteTable::CompileResult RouteTableCompiler::compile()
{
    build();
    m_table->m_generation = nextGeneration();
    return RouteTable::CompileResult{std::move(m_table), m_warnings, m_findings};
}

void RouteTableCompiler::build()
{
    collectListeners();
    for (PendingListener &l : m_pending) {
        switch (l.spec.kind) {
        case ListenerSpec::Kind::Http:
        case ListenerSpec::Kind::HttpsTerminate:
            buildHttp(l);
            if (l.spec.kind == ListenerSpec::Kind::HttpsTerminate)
                buildServerTls(l);
            break;
        case ListenerSpec::Kind::TlsPassthrough:
            buildSni(l);
            break;
        case ListenerSpec::Kind::Tcp:
            buildTcp(l);
            break;
        }
        m_table->m_listeners.push_back(std::move(l.spec));
    }
    buildMeshHttp();
    buildMeshTls();
    m_clusters.addRegistryClusters();

    RouteTable &t = *m_table;
    t.m_passthroughCluster = m_clusters.passthroughCluster();
    t.m_blackHoleCluster = m_clusters.blackHoleCluster();
    t.m_clusters = m_clusters.takeClusters();
    t.m_clusterByName = m_clusters.takeIndex();
    t.m_outboundPolicy = m_settings.outboundPolicy;
    t.m_config = m_config;
}

} // namespace meshgate
