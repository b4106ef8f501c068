// SPDX-License-Identifier: GPL-3.0-or-later
#include "editors/servicescaffold.h"

#include <QRegularExpression>

namespace meshgate {

QString ServiceScaffold::freeName(const ConfigSet &config, ResourceKind kind, const QString &host)
{
    QString base = host.toLower();
    base.replace(QRegularExpression(QStringLiteral("[^a-z0-9-]+")), QStringLiteral("-"));
    base.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    if (base.isEmpty())
        base = QStringLiteral("service");
    base = base.left(50);
    QString name = base;
    for (int i = 2; config.find(kind, name); ++i)
        name = base + QLatin1Char('-') + QString::number(i);
    return name;
}

std::vector<Resource> ServiceScaffold::forHost(const ConfigSet &config, const QString &hostIn, quint16 gatewayPort)
{
    const QString host = hostIn.toLower();
    const int port = gatewayPort ? gatewayPort : 80;

    Resource se;
    se.apiVersion = QStringLiteral("networking.istio.io/v1");
    se.metadata.name = freeName(config, ResourceKind::ServiceEntry, host);
    ServiceEntrySpec s;
    s.hosts = {host};
    ServicePort sp;
    sp.number = port;
    sp.name = QStringLiteral("http");
    sp.protocol = QStringLiteral("HTTP");
    s.ports.push_back(sp);
    s.resolution = QStringLiteral("DNS");
    s.location = QStringLiteral("MESH_EXTERNAL");
    se.spec = s;

    Resource vs;
    vs.apiVersion = QStringLiteral("networking.istio.io/v1");
    vs.metadata.name = freeName(config, ResourceKind::VirtualService, host);
    VirtualServiceSpec v;
    v.hosts = {host};
    for (const Resource *g : config.ofKind<GatewaySpec>())
        for (const Server &server : g->as<GatewaySpec>()->servers)
            if (server.port.number == port && !v.gateways.contains(g->metadata.name))
                v.gateways.append(g->metadata.name);
    if (v.gateways.isEmpty())
        v.gateways = {QStringLiteral("mesh")};
    HttpRoute route;
    HttpRouteDestination d;
    d.destination.host = host;
    d.destination.hasPort = true;
    d.destination.port.number = port;
    route.route.push_back(d);
    v.http.push_back(route);
    vs.spec = v;
    return {se, vs};
}

} // namespace meshgate
