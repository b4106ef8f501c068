// SPDX-License-Identifier: GPL-3.0-or-later
#include "routing/routetable.h"

#include "routing/clusterbuilder.h"
#include "routing/routeexplainer.h"
#include "routing/routematcher.h"
#include "routing/routetablecompiler.h"

namespace meshgate {

namespace {

// Host names are short; lower-casing into this buffer keeps the lookup free of heap allocations.
// Longer input (never a valid DNS name) falls back to an allocated copy.
class LowerCaseKey
{
public:
    explicit LowerCaseKey(QByteArrayView text)
    {
        if (text.size() <= qsizetype(sizeof(m_buffer))) {
            for (qsizetype i = 0; i < text.size(); ++i) {
                const char c = text[i];
                m_buffer[i] = (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
            }
            m_key = QByteArray::fromRawData(m_buffer, text.size());
        } else {
            m_key = text.toByteArray().toLower();
        }
    }
    Q_DISABLE_COPY_MOVE(LowerCaseKey)
    const QByteArray &key() const { return m_key; }

private:
    char m_buffer[256];
    QByteArray m_key;
};

// Looks up exact names, then wildcard suffixes (longest first), then the catch-all.
template<typename Map, typename Suffixes>
int lookupHost(const Map &exact, const Suffixes &suffixes, int catchAll, const QByteArray &host)
{
    if (!host.isEmpty()) {
        const auto it = exact.constFind(host);
        if (it != exact.constEnd())
            return *it;
        for (const auto &[suffix, index] : suffixes)
            if (host.size() > suffix.size() && host.endsWith(suffix))
                return index;
    }
    return catchAll;
}

QByteArrayView stripPort(QByteArrayView host)
{
    if (host.startsWith('[')) {
        const qsizetype close = host.indexOf(']');
        return close < 0 ? host : host.first(close + 1);
    }
    const qsizetype colon = host.lastIndexOf(':');
    if (colon < 0 || host.indexOf(':') != colon)
        return host; // no port, or a bare IPv6 address
    return host.first(colon);
}

} // namespace

RouteTable::CompileResult RouteTable::compile(const ConfigSet &config, const EngineSettings &settings)
{
    return RouteTableCompiler(config, settings).compile();
}

const VirtualHost *HttpRouteConfig::find(QByteArrayView hostWithoutPort) const
{
    const LowerCaseKey key(hostWithoutPort);
    const int index = lookupHost(exact, suffixes, catchAll, key.key());
    return index < 0 ? nullptr : &virtualHosts[size_t(index)];
}

const SniChain *SniTable::find(QByteArrayView sni) const
{
    const LowerCaseKey key(sni);
    const int index = lookupHost(exact, suffixes, catchAll, key.key());
    return index < 0 ? nullptr : &chains[size_t(index)];
}

int ServerTlsTable::find(QByteArrayView sni) const
{
    const LowerCaseKey key(sni);
    return lookupHost(exact, suffixes, catchAll, key.key());
}

int ServerTlsTable::indexOf(const QString &gateway, const QString &portName) const
{
    for (size_t i = 0; i < servers.size(); ++i)
        if (servers[i].gateway == gateway && servers[i].portName == portName)
            return int(i);
    return -1;
}

QString socketAddressText(const QHostAddress &address, int port)
{
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
        ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
        : address.toString();
    return host + QLatin1Char(':') + QString::number(port);
}

QString ListenerSpec::key() const
{
    return socketAddressText(bind, listenPort);
}

int RouteTable::clusterIndex(QByteArrayView name) const
{
    const auto it = m_clusterByName.constFind(QByteArray::fromRawData(name.data(), name.size()));
    return it == m_clusterByName.constEnd() ? -1 : *it;
}

int RouteTable::meshDefaultCluster(QByteArrayView host, quint16 port) const
{
    const int registry = clusterIndex(ClusterBuilder::clusterName(port, QString(), QString::fromUtf8(stripPort(host))));
    if (registry >= 0)
        return registry;
    return m_outboundPolicy == OutboundPolicy::AllowAny ? m_passthroughCluster : m_blackHoleCluster;
}

int RouteTable::findListener(QStringView gateway, quint16 gatewayPort) const
{
    const bool qualified = gateway.contains(QLatin1Char('/'));
    for (size_t i = 0; i < m_listeners.size(); ++i) {
        const ListenerSpec &l = m_listeners[i];
        if (l.gatewayPort != gatewayPort)
            continue;
        for (const QString &g : l.gateways) {
            if (qualified ? g == gateway : g.endsWith(QLatin1Char('/') + gateway.toString()))
                return int(i);
        }
    }
    return -1;
}

const HttpRouteConfig &RouteTable::httpRoutes(int listener, int tlsServer) const
{
    if (listener < 0 || listener >= int(m_listeners.size()))
        return m_meshHttp;
    const ListenerSpec &l = m_listeners[size_t(listener)];
    if (tlsServer < 0)
        return l.http;
    // Never the listener's merged routes for a TLS server: they hold every server's hosts.
    static const HttpRouteConfig none;
    return size_t(tlsServer) < l.serverTlsByName.servers.size() ? l.serverTlsByName.servers[size_t(tlsServer)].http : none;
}

RouteTable::HttpMatchResult RouteTable::matchHttp(int listener, QByteArrayView host, quint16 gatewayPort,
                                                  QByteArrayView method, QByteArrayView pathWithQuery,
                                                  QByteArrayView scheme, HeaderLookup headers,
                                                  const void *headersContext, int tlsServer) const
{
    HttpMatchResult result;
    if (listener >= int(m_listeners.size()))
        return result;
    const HttpRouteConfig &config = httpRoutes(listener, tlsServer);
    result.virtualHost = config.find(stripPort(host));
    if (!result.virtualHost)
        return result;

    RequestView request = RequestView::fromPathWithQuery(pathWithQuery);
    request.authority = host;
    request.method = method;
    request.scheme = scheme;
    request.gatewayPort = gatewayPort;
    request.headers = headers;
    request.headersContext = headersContext;
    for (const CompiledHttpRoute &route : result.virtualHost->routes) {
        if (RouteMatcher::firstMatchingBlock(route, result.virtualHost->gateways, request) >= 0) {
            result.route = &route;
            break;
        }
    }
    return result;
}

Explanation RouteTable::explain(const RequestDescription &request) const
{
    return RouteExplainer(*this).explain(request);
}

} // namespace meshgate
