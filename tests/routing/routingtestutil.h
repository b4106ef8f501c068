// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/configloader.h"
#include "routing/routetable.h"
#include "testpaths.h"

#include <QTest>

#include <vector>

namespace meshgate::test {

// Loads YAML, fails the test on errors (warnings are fine: several scenarios are deliberately odd).
inline ConfigSet loadYaml(const QByteArray &yaml)
{
    const LoadResult r = ConfigLoader::loadText(yaml, QStringLiteral("test.yaml"));
    for (const Diagnostic &d : r.diagnostics)
        if (d.severity == Diagnostic::Severity::Error)
            qWarning("%s", qPrintable(d.toString()));
    return r.config;
}

inline RouteTable::CompileResult compileYaml(const QByteArray &yaml, EngineSettings settings = {})
{
    return RouteTable::compile(loadYaml(yaml), settings);
}

inline ConfigSet loadFiles(const QStringList &files)
{
    const LoadResult r = ConfigLoader::loadFiles(files);
    for (const Diagnostic &d : r.diagnostics)
        if (d.severity == Diagnostic::Severity::Error)
            qWarning("%s", qPrintable(d.toString()));
    return r.config;
}

inline QString referenceScenario()
{
    return sourceDir() + QStringLiteral("/resources/examples/reference-scenario.yaml");
}

inline QString corpus(const char *name)
{
    return dataPath(QStringLiteral("corpus/") + QLatin1String(name));
}

using Headers = std::vector<std::pair<QByteArray, QByteArray>>;

// Like the engine's lookup: a scan over the parsed headers, no allocation.
inline bool lookup(const void *context, QByteArrayView name, QByteArrayView *value)
{
    for (const auto &[n, v] : *static_cast<const Headers *>(context)) {
        if (QByteArrayView(n) == name) {
            *value = v;
            return true;
        }
    }
    return false;
}

struct Request
{
    Request(QByteArray h, QByteArray p = "/", quint16 gatewayPort = 80, QByteArray m = "GET",
            QByteArray s = "http", Headers hs = {})
        : host(std::move(h)), path(std::move(p)), port(gatewayPort), method(std::move(m)), scheme(std::move(s)),
          headers(std::move(hs))
    {
    }
    QByteArray host;
    QByteArray path;
    quint16 port;
    QByteArray method;
    QByteArray scheme;
    Headers headers;
};

inline RouteTable::HttpMatchResult match(const RouteTable &table, int listener, const Request &r)
{
    return table.matchHttp(listener, r.host, r.port, r.method, r.path, r.scheme, &lookup, &r.headers);
}

// Display name of the matched route, or "" (no virtual host / no route).
inline QString routeName(const RouteTable &table, int listener, const Request &r)
{
    const auto m = match(table, listener, r);
    return m.route ? m.route->displayName : QString();
}

inline QByteArray clusterName(const RouteTable &table, int index)
{
    return index < 0 ? QByteArray("<none>") : table.clusters()[size_t(index)].name;
}

// Cluster name of the first target of the matched route.
inline QByteArray routedCluster(const RouteTable &table, int listener, const Request &r)
{
    const auto m = match(table, listener, r);
    if (!m.route || m.route->targets.empty())
        return {};
    return clusterName(table, m.route->targets.front().cluster);
}

inline const Cluster *cluster(const RouteTable &table, const char *name)
{
    const int i = table.clusterIndex(name);
    return i < 0 ? nullptr : &table.clusters()[size_t(i)];
}

inline int listenerOn(const RouteTable &table, quint16 listenPort)
{
    for (size_t i = 0; i < table.listeners().size(); ++i)
        if (table.listeners()[i].listenPort == listenPort)
            return int(i);
    return -1;
}

// A minimal Gateway + ServiceEntry preamble: gateway `gw` (namespace default) on HTTP port 80 for
// every host, a STATIC backend `backend.local` on port 80 with one endpoint.
inline const QByteArray kGatewayAndBackend =
    "apiVersion: networking.istio.io/v1\nkind: Gateway\nmetadata: {name: gw}\n"
    "spec:\n  servers:\n  - port: {number: 80, name: http, protocol: HTTP}\n    hosts: ['*']\n---\n"
    "apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata: {name: backend}\n"
    "spec:\n  hosts: [backend.local, other.local]\n  ports: [{number: 80, name: http, protocol: HTTP}]\n"
    "  resolution: STATIC\n  endpoints: [{address: 127.0.0.1}]\n---\n";

} // namespace meshgate::test
