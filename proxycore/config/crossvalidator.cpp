// SPDX-License-Identifier: GPL-3.0-or-later
// The cross-resource half of Validator: the findings `istioctl analyze` is known for.
#include "config/fieldschema.h"
#include "config/validator.h"

#include "routing/hostmatch.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

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

enum class Family { Plain, Tls, Tcp };

Family familyOf(const QString &protocol)
{
    const QString p = protocol.toUpper();
    if (p == u"HTTPS" || p == u"TLS")
        return Family::Tls;
    if (p == u"TCP" || p == u"MONGO" || p == u"REDIS" || p == u"MYSQL")
        return Family::Tcp;
    return Family::Plain;
}

// A gateway server host ("ns/host") binds a VirtualService in vsNamespace when the namespace part allows it.
bool serverHostAllows(const QString &serverHost, const QString &gatewayNs, const QString &vsNs, QString *hostOut)
{
    const qsizetype slash = serverHost.indexOf(QLatin1Char('/'));
    if (slash < 0) {
        *hostOut = serverHost;
        return true;
    }
    const QString ns = serverHost.left(slash);
    *hostOut = serverHost.mid(slash + 1);
    return ns == u"*" || (ns == u"." && vsNs == gatewayNs) || ns == vsNs;
}

struct DestinationRef
{
    const Destination *destination;
    QString path;
};

std::vector<DestinationRef> destinationsOf(const VirtualServiceSpec &v)
{
    std::vector<DestinationRef> out;
    for (size_t i = 0; i < v.http.size(); ++i) {
        const QString p = at(QStringLiteral("spec.http"), i);
        for (size_t k = 0; k < v.http[i].route.size(); ++k)
            out.push_back({&v.http[i].route[k].destination, at(p + QStringLiteral(".route"), k) + QStringLiteral(".destination")});
        if (v.http[i].mirror)
            out.push_back({&*v.http[i].mirror, p + QStringLiteral(".mirror")});
        for (size_t k = 0; k < v.http[i].mirrors.size(); ++k)
            out.push_back({&v.http[i].mirrors[k].destination, at(p + QStringLiteral(".mirrors"), k) + QStringLiteral(".destination")});
    }
    for (size_t i = 0; i < v.tls.size(); ++i)
        for (size_t k = 0; k < v.tls[i].route.size(); ++k)
            out.push_back({&v.tls[i].route[k].destination,
                           at(at(QStringLiteral("spec.tls"), i) + QStringLiteral(".route"), k) + QStringLiteral(".destination")});
    for (size_t i = 0; i < v.tcp.size(); ++i)
        for (size_t k = 0; k < v.tcp[i].route.size(); ++k)
            out.push_back({&v.tcp[i].route[k].destination,
                           at(at(QStringLiteral("spec.tcp"), i) + QStringLiteral(".route"), k) + QStringLiteral(".destination")});
    return out;
}

// All gateway references of a VirtualService (top level and in matches), with their paths.
std::vector<std::pair<QString, QString>> gatewayRefsOf(const VirtualServiceSpec &v)
{
    std::vector<std::pair<QString, QString>> out;
    for (qsizetype i = 0; i < v.gateways.size(); ++i)
        out.emplace_back(v.gateways[i], at(QStringLiteral("spec.gateways"), size_t(i)));
    for (size_t i = 0; i < v.http.size(); ++i)
        for (size_t m = 0; m < v.http[i].match.size(); ++m)
            for (qsizetype g = 0; g < v.http[i].match[m].gateways.size(); ++g)
                out.emplace_back(v.http[i].match[m].gateways[g],
                                 at(at(at(QStringLiteral("spec.http"), i) + QStringLiteral(".match"), m) + QStringLiteral(".gateways"), size_t(g)));
    for (size_t i = 0; i < v.tls.size(); ++i)
        for (size_t m = 0; m < v.tls[i].match.size(); ++m)
            for (qsizetype g = 0; g < v.tls[i].match[m].gateways.size(); ++g)
                out.emplace_back(v.tls[i].match[m].gateways[g],
                                 at(at(at(QStringLiteral("spec.tls"), i) + QStringLiteral(".match"), m) + QStringLiteral(".gateways"), size_t(g)));
    for (size_t i = 0; i < v.tcp.size(); ++i)
        for (size_t m = 0; m < v.tcp[i].match.size(); ++m)
            for (qsizetype g = 0; g < v.tcp[i].match[m].gateways.size(); ++g)
                out.emplace_back(v.tcp[i].match[m].gateways[g],
                                 at(at(at(QStringLiteral("spec.tcp"), i) + QStringLiteral(".match"), m) + QStringLiteral(".gateways"), size_t(g)));
    return out;
}

} // namespace

Diagnostics Validator::validateCrossResource(const ConfigSet &config)
{
    Diagnostics out;

    // Duplicate names.
    QHash<QString, const Resource *> seen;
    for (const Resource &r : config.resources) {
        const QString key = r.kindName() + QLatin1Char('/') + qualifiedName(r);
        if (r.metadata.name.isEmpty())
            continue;
        if (const Resource *first = seen.value(key)) {
            ResourceDiagnostics(r, out).error(QStringLiteral("metadata.name"),
                                              ValidatorText::tr("%1 \"%2\" is defined twice (first in %3)")
                                                  .arg(r.kindName(), r.metadata.name, first->source.file),
                                              QStringLiteral("duplicate-name"));
            continue;
        }
        seen.insert(key, &r);
    }

    QHash<QString, const Resource *> gateways;
    for (const Resource *g : config.ofKind<GatewaySpec>())
        gateways.insert(qualifiedName(*g), g);

    // Ports claimed with different protocol families (also plaintext vs TLS on one port).
    struct PortClaim
    {
        const Resource *gateway;
        QString protocol;
        QString bind;
    };
    QHash<int, PortClaim> claims;
    for (const Resource *g : config.ofKind<GatewaySpec>()) {
        const auto &servers = g->as<GatewaySpec>()->servers;
        for (size_t i = 0; i < servers.size(); ++i) {
            const Server &s = servers[i];
            if (!s.port.number || s.port.protocol.isEmpty())
                continue;
            auto it = claims.constFind(*s.port.number);
            if (it == claims.constEnd()) {
                claims.insert(*s.port.number, {g, s.port.protocol, s.bind});
                continue;
            }
            if (it->bind == s.bind && familyOf(it->protocol) != familyOf(s.port.protocol))
                ResourceDiagnostics(*g, out).error(
                    at(QStringLiteral("spec.servers"), i) + QStringLiteral(".port.protocol"),
                    ValidatorText::tr("port %1 is already claimed as %2 by Gateway %3; one port cannot serve %4 and %2")
                        .arg(*s.port.number)
                        .arg(it->protocol.toUpper(), it->gateway->metadata.name, s.port.protocol.toUpper()),
                    QStringLiteral("IST0145"));
        }
    }

    // Two Gateways for one workload (same selector) serving one host on one port: istioctl
    // analyze reports IST0145, and the gateway merges their routes (the first catch-all wins).
    const std::vector<const Resource *> allGateways = config.ofKind<GatewaySpec>();
    for (size_t a = 0; a < allGateways.size(); ++a) {
        const GatewaySpec &ga = *allGateways[a]->as<GatewaySpec>();
        for (size_t b = a + 1; b < allGateways.size(); ++b) {
            const GatewaySpec &gb = *allGateways[b]->as<GatewaySpec>();
            if (ga.selector != gb.selector)
                continue;
            for (size_t i = 0; i < gb.servers.size(); ++i) {
                const Server &sb = gb.servers[i];
                bool reported = false;
                for (const Server &sa : ga.servers) {
                    if (reported || !sa.port.number || sa.port.number != sb.port.number)
                        continue;
                    for (size_t h = 0; h < sb.hosts.size() && !reported; ++h) {
                        const QString hb = sb.hosts[h].section(QLatin1Char('/'), -1);
                        for (const QString &ha : sa.hosts) {
                            if (!hostmatch::overlaps(ha.section(QLatin1Char('/'), -1), hb))
                                continue;
                            ResourceDiagnostics(*allGateways[b], out)
                                .warning(at(at(QStringLiteral("spec.servers"), i) + QStringLiteral(".hosts"), h),
                                         ValidatorText::tr("Gateway %1 also serves \"%2\" on port %3 for the same workload; "
                                                           "their routes are merged, and istioctl analyze reports the "
                                                           "conflict (IST0145)")
                                             .arg(allGateways[a]->metadata.name, ha)
                                             .arg(*sb.port.number),
                                         QStringLiteral("IST0145"));
                            reported = true;
                            break;
                        }
                    }
                }
            }
        }
    }

    // Registry: ServiceEntry hosts with their ports.
    std::vector<std::pair<QString, const ServiceEntrySpec *>> registry;
    for (const Resource *se : config.ofKind<ServiceEntrySpec>())
        for (const QString &h : se->as<ServiceEntrySpec>()->hosts)
            registry.emplace_back(h, se->as<ServiceEntrySpec>());
    auto findService = [&](const QString &host) -> const ServiceEntrySpec * {
        for (const auto &[h, se] : registry)
            if (h.compare(host, Qt::CaseInsensitive) == 0)
                return se;
        for (const auto &[h, se] : registry)
            if (hostmatch::matches(h, host))
                return se;
        return nullptr;
    };

    QHash<QString, QList<const Resource *>> meshHosts;
    QHash<QString, QList<const Resource *>> boundHosts; // gateway -> VSs bound to it
    for (const Resource *vr : config.ofKind<VirtualServiceSpec>()) {
        const VirtualServiceSpec &v = *vr->as<VirtualServiceSpec>();
        ResourceDiagnostics d(*vr, out);
        const QString ns = vr->metadata.effectiveNamespace();

        static const QRegularExpression fqdnGateway(QStringLiteral(R"(^([a-z0-9-]+)\.([a-z0-9-]+)\.svc\.cluster\.local$)"));
        for (const auto &[ref, path] : gatewayRefsOf(v)) {
            const QString q = qualifiedGatewayRef(ref, ns);
            if (q == u"mesh" || gateways.contains(q))
                continue;
            const QRegularExpressionMatch m = fqdnGateway.match(ref);
            if (m.hasMatch())
                d.error(path,
                        ValidatorText::tr("gateway \"%1\" not found: gateways are referenced as namespace/name, e.g. \"%2/%3\" "
                           "(istio/istio#26695)")
                            .arg(ref, m.captured(2), m.captured(1)),
                        QStringLiteral("IST0101"));
            else
                d.error(path, ValidatorText::tr("gateway \"%1\" not found (looked for Gateway %2)").arg(ref, q), QStringLiteral("IST0101"));
        }

        const QStringList vsGateways = v.gateways.isEmpty() ? QStringList{QStringLiteral("mesh")} : v.gateways;
        for (const QString &ref : vsGateways) {
            const QString q = qualifiedGatewayRef(ref, ns);
            if (q == u"mesh") {
                for (const QString &h : v.hosts)
                    meshHosts[h.toLower()].append(vr);
                continue;
            }
            const Resource *g = gateways.value(q);
            if (!g)
                continue;
            boundHosts[q].append(vr);
            bool anyExposed = false;
            for (const Server &s : g->as<GatewaySpec>()->servers) {
                for (const QString &sh : s.hosts) {
                    QString host;
                    if (!serverHostAllows(sh, g->metadata.effectiveNamespace(), ns, &host))
                        continue;
                    for (const QString &h : v.hosts)
                        if (hostmatch::overlaps(host, h))
                            anyExposed = true;
                }
            }
            if (!anyExposed && !v.hosts.isEmpty())
                d.warning(QStringLiteral("spec.hosts"),
                          ValidatorText::tr("none of the hosts %1 is exposed by Gateway %2; its routes never apply there (IST0132)")
                              .arg(v.hosts.join(QStringLiteral(", ")), g->metadata.name),
                          QStringLiteral("IST0132"));
        }

        // Destinations: in the registry, subsets defined, ports resolvable.
        for (const DestinationRef &ref : destinationsOf(v)) {
            const Destination &dest = *ref.destination;
            if (dest.host.isEmpty())
                continue;
            const ServiceEntrySpec *se = findService(dest.host);
            if (!se) {
                QString message = ValidatorText::tr("host \"%1\" is not defined by any ServiceEntry; requests routed here "
                                                    "get 503 NC")
                                      .arg(dest.host);
                QStringList known;
                for (const auto &entry : registry)
                    if (!entry.first.startsWith(u'*'))
                        known.append(entry.first);
                if (const QString near = closestField(dest.host, known); !near.isEmpty())
                    message += ValidatorText::tr("; did you mean \"%1\"?").arg(near);
                d.warning(ref.path + QStringLiteral(".host"), message, QStringLiteral("IST0101"));
            } else if (!dest.hasPort && se->ports.size() > 1) {
                d.warning(ref.path,
                          ValidatorText::tr("host \"%1\" has %2 ports; set destination.port so the route does not depend on the "
                             "listener port (IST0112)")
                              .arg(dest.host)
                              .arg(se->ports.size()),
                          QStringLiteral("IST0112"));
            } else if (dest.hasPort && dest.port.number && !se->ports.empty()
                       && std::none_of(se->ports.begin(), se->ports.end(),
                                       [&](const ServicePort &p) { return p.number == dest.port.number; })) {
                d.warning(ref.path + QStringLiteral(".port.number"),
                          ValidatorText::tr("port %1 is not a port of host \"%2\"").arg(*dest.port.number).arg(dest.host),
                          QStringLiteral("port"));
            }
            if (!dest.subset.isEmpty()) {
                bool found = false;
                for (const Resource *dr : config.ofKind<DestinationRuleSpec>()) {
                    const DestinationRuleSpec &rule = *dr->as<DestinationRuleSpec>();
                    if (!hostmatch::matches(rule.host, dest.host) && rule.host.compare(dest.host, Qt::CaseInsensitive) != 0)
                        continue;
                    for (const Subset &s : rule.subsets)
                        if (s.name == dest.subset)
                            found = true;
                }
                if (!found)
                    d.error(ref.path + QStringLiteral(".subset"),
                            ValidatorText::tr("subset \"%1\" of host \"%2\" is not defined by any DestinationRule")
                                .arg(dest.subset, dest.host),
                            QStringLiteral("IST0101"));
            }
        }

        // TLS routes must land on TLS PASSTHROUGH servers.
        for (size_t i = 0; i < v.tls.size(); ++i) {
            for (size_t m = 0; m < v.tls[i].match.size(); ++m) {
                const TlsMatchAttributes &match = v.tls[i].match[m];
                const QStringList refs = match.gateways.isEmpty() ? vsGateways : match.gateways;
                for (const QString &ref : refs) {
                    const Resource *g = gateways.value(qualifiedGatewayRef(ref, ns));
                    if (!g)
                        continue;
                    bool passthrough = false, portExists = !match.port;
                    for (const Server &s : g->as<GatewaySpec>()->servers) {
                        if (match.port && s.port.number != match.port)
                            continue;
                        portExists = true;
                        const QString mode = s.tls ? (s.tls->mode.isEmpty() ? QStringLiteral("PASSTHROUGH") : s.tls->mode) : QString();
                        if (familyOf(s.port.protocol) == Family::Tls && (mode == u"PASSTHROUGH" || mode == u"AUTO_PASSTHROUGH"))
                            passthrough = true;
                    }
                    const QString mp = at(at(QStringLiteral("spec.tls"), i) + QStringLiteral(".match"), m);
                    if (!portExists)
                        d.error(mp + QStringLiteral(".port"),
                                ValidatorText::tr("Gateway %1 has no server on port %2").arg(g->metadata.name).arg(*match.port),
                                QStringLiteral("IST0101"));
                    else if (!passthrough)
                        d.error(mp,
                                ValidatorText::tr("tls route bound to Gateway %1%2, which has no TLS PASSTHROUGH server there; "
                                   "tls routes only apply to PASSTHROUGH servers")
                                    .arg(g->metadata.name,
                                         match.port ? ValidatorText::tr(" port %1").arg(*match.port) : QString()),
                                QStringLiteral("tls-route-port"));
                }
            }
        }
    }

    // Gateway hosts no VirtualService binds.
    for (const Resource *g : config.ofKind<GatewaySpec>()) {
        const auto &servers = g->as<GatewaySpec>()->servers;
        const QList<const Resource *> bound = boundHosts.value(qualifiedName(*g));
        for (size_t i = 0; i < servers.size(); ++i) {
            const Server &s = servers[i];
            if (s.tls && s.tls->httpsRedirect.value_or(false))
                continue; // answered by the redirect itself
            for (qsizetype h = 0; h < s.hosts.size(); ++h) {
                bool covered = false;
                for (const Resource *vr : bound) {
                    QString host;
                    if (!serverHostAllows(s.hosts[h], g->metadata.effectiveNamespace(), vr->metadata.effectiveNamespace(), &host))
                        continue;
                    for (const QString &vh : vr->as<VirtualServiceSpec>()->hosts)
                        if (hostmatch::overlaps(host, vh))
                            covered = true;
                }
                if (covered)
                    continue;
                // Only an HTTP server can answer 404; a passthrough or TCP server has no route
                // for the connection and closes it.
                const QString mode = s.tls ? s.tls->mode.toUpper() : QString();
                const bool closes = familyOf(s.port.protocol) == Family::Tcp
                    || (familyOf(s.port.protocol) == Family::Tls
                        && (mode.isEmpty() || mode == u"PASSTHROUGH" || mode == u"AUTO_PASSTHROUGH"));
                ResourceDiagnostics(*g, out).warning(
                    at(at(QStringLiteral("spec.servers"), i) + QStringLiteral(".hosts"), size_t(h)),
                    closes ? ValidatorText::tr("no VirtualService bound to this gateway serves host \"%1\"; its connections "
                                               "are closed (NR)")
                                 .arg(s.hosts[h])
                           : ValidatorText::tr("no VirtualService bound to this gateway serves host \"%1\"; its requests get 404 NR")
                                 .arg(s.hosts[h]),
                    QStringLiteral("unbound-host"));
            }
        }
    }

    // A VirtualService without `gateways` binds only to the mesh: the classic reason a host a
    // Gateway exposes answers 404 there, and nothing above notices when another host of the
    // same server is bound.
    for (const Resource *vr : config.ofKind<VirtualServiceSpec>()) {
        const VirtualServiceSpec &v = *vr->as<VirtualServiceSpec>();
        if (!v.gateways.isEmpty())
            continue;
        const QString ns = vr->metadata.effectiveNamespace();
        for (qsizetype h = 0; h < v.hosts.size(); ++h) {
            const QString &vh = v.hosts[h];
            for (const Resource *g : config.ofKind<GatewaySpec>()) {
                bool exposed = false;
                for (const Server &server : g->as<GatewaySpec>()->servers) {
                    // Only servers that route HTTP answer 404 for it; and a "*" server exposes
                    // every internal service too, which is rarely meant.
                    const QString protocol = server.port.protocol.toUpper();
                    const bool terminates = !server.tls || server.tls->mode.isEmpty() ? protocol != u"HTTPS"
                                                                                     : server.tls->mode != u"PASSTHROUGH"
                                                                                           && server.tls->mode != u"AUTO_PASSTHROUGH";
                    if (!(protocol == u"HTTP" || protocol == u"HTTP2" || protocol == u"HTTPS") || !terminates)
                        continue;
                    for (const QString &sh : server.hosts) {
                        QString host;
                        if (serverHostAllows(sh, g->metadata.effectiveNamespace(), ns, &host) && host != u"*"
                            && hostmatch::overlaps(host, vh))
                            exposed = true;
                    }
                }
                const QList<const Resource *> bound = boundHosts.value(qualifiedName(*g));
                const bool routed = std::any_of(bound.begin(), bound.end(), [&](const Resource *other) {
                    const QStringList &hosts = other->as<VirtualServiceSpec>()->hosts;
                    return std::any_of(hosts.begin(), hosts.end(), [&](const QString &oh) { return hostmatch::matches(oh, vh); });
                });
                if (!exposed || routed)
                    continue;
                ResourceDiagnostics(*vr, out).warning(
                    at(QStringLiteral("spec.hosts"), size_t(h)),
                    ValidatorText::tr("no gateways: this VirtualService binds only to the mesh, so Gateway %1, which exposes "
                                      "\"%2\", answers 404 NR for it; add gateways: [%1] (and mesh, to keep mesh traffic)")
                        .arg(g->metadata.name, vh),
                    QStringLiteral("mesh-only-exposed"));
            }
        }
    }

    // Two mesh VirtualServices for one host (IST0109).
    for (auto it = meshHosts.begin(); it != meshHosts.end(); ++it) {
        if (it->size() < 2)
            continue;
        ResourceDiagnostics(*it->at(1), out)
            .warning(QStringLiteral("spec.hosts"),
                     ValidatorText::tr("host \"%1\" is also claimed for the mesh by VirtualService %2; only one takes effect (IST0109)")
                         .arg(it.key(), it->at(0)->metadata.name),
                     QStringLiteral("IST0109"));
    }

    // Several DestinationRules for one host: the first wins.
    QHash<QString, const Resource *> ruleHosts;
    for (const Resource *dr : config.ofKind<DestinationRuleSpec>()) {
        const QString host = dr->as<DestinationRuleSpec>()->host.toLower();
        if (const Resource *first = ruleHosts.value(host))
            ResourceDiagnostics(*dr, out).warning(
                QStringLiteral("spec.host"),
                ValidatorText::tr("DestinationRule %1 already applies to host \"%2\"; its policy wins and only new subsets are added "
                   "from this one")
                    .arg(first->metadata.name, host),
                QStringLiteral("dr-conflict"));
        else
            ruleHosts.insert(host, dr);
    }
    return out;
}

} // namespace meshgate
