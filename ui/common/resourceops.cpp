// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/resourceops.h"

#include <QSet>

namespace meshgate::resourceops {

namespace {

bool renameIn(QStringList &refs, const QString &oldQualified, const QString &newName, const QString &gatewayNs,
              const QString &ownNs)
{
    bool changed = false;
    for (QString &ref : refs) {
        if (qualifiedGatewayRef(ref, ownNs) != oldQualified)
            continue;
        ref = ref.contains(QLatin1Char('/')) ? gatewayNs + QLatin1Char('/') + newName : newName;
        changed = true;
    }
    return changed;
}

} // namespace

bool renameGatewayReferences(Resource &virtualService, const QString &oldQualified, const QString &newName,
                             const QString &gatewayNamespace)
{
    VirtualServiceSpec *vs = virtualService.as<VirtualServiceSpec>();
    if (!vs)
        return false;
    const QString ns = virtualService.metadata.effectiveNamespace();
    bool changed = renameIn(vs->gateways, oldQualified, newName, gatewayNamespace, ns);
    for (HttpRoute &r : vs->http)
        for (HttpMatchRequest &m : r.match)
            changed |= renameIn(m.gateways, oldQualified, newName, gatewayNamespace, ns);
    for (TlsRoute &r : vs->tls)
        for (TlsMatchAttributes &m : r.match)
            changed |= renameIn(m.gateways, oldQualified, newName, gatewayNamespace, ns);
    for (TcpRoute &r : vs->tcp)
        for (L4MatchAttributes &m : r.match)
            changed |= renameIn(m.gateways, oldQualified, newName, gatewayNamespace, ns);
    return changed;
}

QString uniqueName(const QString &base, const QStringList &taken)
{
    const QString stem = base.isEmpty() ? QStringLiteral("new") : base;
    if (!taken.contains(stem))
        return stem;
    for (int i = 2;; ++i) {
        const QString candidate = stem + QLatin1Char('-') + QString::number(i);
        if (!taken.contains(candidate))
            return candidate;
    }
}

QStringList serviceHosts(const ConfigSet &config)
{
    QSet<QString> hosts;
    for (const Resource *r : config.ofKind<ServiceEntrySpec>())
        for (const QString &h : r->as<ServiceEntrySpec>()->hosts)
            hosts.insert(h);
    QStringList out(hosts.begin(), hosts.end());
    out.sort();
    return out;
}

QStringList gatewayReferences(const ConfigSet &config, const QString &ns)
{
    QStringList out;
    for (const Resource *r : config.ofKind<GatewaySpec>()) {
        const QString name = r->metadata.effectiveNamespace() == ns ? r->metadata.name : qualifiedName(*r);
        if (!out.contains(name))
            out.append(name);
    }
    return out;
}

QStringList subsetsOf(const ConfigSet &config, const QString &host)
{
    QStringList out;
    for (const Resource *r : config.ofKind<DestinationRuleSpec>()) {
        const DestinationRuleSpec &dr = *r->as<DestinationRuleSpec>();
        if (dr.host.compare(host, Qt::CaseInsensitive) != 0)
            continue;
        for (const Subset &s : dr.subsets)
            if (!out.contains(s.name))
                out.append(s.name);
    }
    return out;
}

Resource makeTemplate(ResourceKind kind, const ConfigSet &config)
{
    Resource r;
    const QStringList hosts = serviceHosts(config);
    const QString host = hosts.value(0, QStringLiteral("example.com"));
    switch (kind) {
    case ResourceKind::Gateway: {
        GatewaySpec g;
        g.selector.insert(QStringLiteral("istio"), QStringLiteral("ingressgateway"));
        Server s;
        s.port.number = 80;
        s.port.name = QStringLiteral("http");
        s.port.protocol = QStringLiteral("HTTP");
        s.hosts = QStringList{QStringLiteral("*")};
        g.servers.push_back(s);
        r.spec = g;
        r.metadata.name = QStringLiteral("gateway");
        break;
    }
    case ResourceKind::ServiceEntry: {
        ServiceEntrySpec se;
        se.hosts = QStringList{QStringLiteral("example.com")};
        ServicePort p;
        p.number = 80;
        p.name = QStringLiteral("http");
        p.protocol = QStringLiteral("HTTP");
        se.ports.push_back(p);
        se.resolution = QStringLiteral("DNS");
        se.location = QStringLiteral("MESH_EXTERNAL");
        r.spec = se;
        r.metadata.name = QStringLiteral("example");
        break;
    }
    case ResourceKind::DestinationRule: {
        DestinationRuleSpec dr;
        dr.host = host;
        r.spec = dr;
        r.metadata.name = host.section(QLatin1Char('.'), 0, 0);
        break;
    }
    case ResourceKind::VirtualService: {
        VirtualServiceSpec vs;
        vs.hosts = QStringList{host};
        vs.gateways = gatewayReferences(config, QStringLiteral("default")).mid(0, 1);
        if (!vs.gateways.isEmpty())
            vs.gateways.append(QStringLiteral("mesh"));
        HttpRoute route;
        HttpRouteDestination d;
        d.destination.host = host;
        route.route.push_back(d);
        vs.http.push_back(route);
        r.spec = vs;
        r.metadata.name = host.section(QLatin1Char('.'), 0, 0);
        break;
    }
    }
    return r;
}

} // namespace meshgate::resourceops
