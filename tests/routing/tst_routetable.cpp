// SPDX-License-Identifier: GPL-3.0-or-later
#include "routingtestutil.h"
#include "routing/routetablecompiler.h"

#include <QSet>

using namespace meshgate;
using namespace meshgate::test;

class TestRouteTable : public QObject
{
    Q_OBJECT

    std::shared_ptr<const RouteTable> m_reference;
    QStringList m_referenceWarnings;

private slots:
    void initTestCase()
    {
        const ConfigSet config = loadFiles({referenceScenario()});
        QCOMPARE(config.resources.size(), size_t(7));
        auto result = RouteTable::compile(config, EngineSettings{});
        m_reference = result.table;
        m_referenceWarnings = result.warnings;
        QVERIFY(m_reference);
    }

    // ------------------------------------------------------------ the reference scenario

    void referenceCompilesWithoutWarnings()
    {
        QVERIFY2(m_referenceWarnings.isEmpty(), qPrintable(m_referenceWarnings.join(QLatin1Char('\n'))));
    }

    void referenceListeners()
    {
        const auto &ls = m_reference->listeners();
        QCOMPARE(ls.size(), size_t(2));
        QCOMPARE(ls[0].key(), QStringLiteral("127.0.0.1:8080"));
        QCOMPARE(ls[0].kind, ListenerSpec::Kind::Http);
        QCOMPARE(ls[0].gatewayPort, quint16(80));
        QCOMPARE(ls[0].gateways, QStringList{QStringLiteral("default/proxy")});
        QCOMPARE(ls[0].protocol, QStringLiteral("HTTP"));
        QCOMPARE(ls[1].key(), QStringLiteral("127.0.0.1:8443"));
        QCOMPARE(ls[1].kind, ListenerSpec::Kind::TlsPassthrough);
        QCOMPARE(ls[1].gatewayPort, quint16(443));
        QCOMPARE(m_reference->findListener(u"proxy", 80), 0);
        QCOMPARE(m_reference->findListener(u"default/proxy", 443), 1);
        QCOMPARE(m_reference->findListener(u"proxy", 8080), -1);
        QCOMPARE(m_reference->findListener(u"other/proxy", 80), -1);
    }

    void referenceClusters()
    {
        QSet<QByteArray> names;
        for (const Cluster &c : m_reference->clusters())
            names.insert(c.name);
        const QSet<QByteArray> expected{"outbound|80||httpbin.org", "outbound|443||edition.cnn.com",
                                        "outbound|80||localhost.local", "outbound|443||localhost.local",
                                        "PassthroughCluster", "BlackHoleCluster"};
        QCOMPARE(names, expected);
        QCOMPARE(m_reference->clusters().size(), size_t(6));

        const Cluster *httpbin = cluster(*m_reference, "outbound|80||httpbin.org");
        QCOMPARE(httpbin->discovery, Cluster::Discovery::Dns);
        QCOMPARE(httpbin->protocol, QStringLiteral("HTTP"));
        QCOMPARE(httpbin->endpoints.size(), size_t(1)); // DNS without endpoints resolves the host itself
        QCOMPARE(httpbin->endpoints[0].address, QStringLiteral("httpbin.org"));
        QCOMPARE(httpbin->endpoints[0].port, quint16(80));

        const Cluster *local = cluster(*m_reference, "outbound|443||localhost.local");
        QCOMPARE(local->discovery, Cluster::Discovery::Static);
        QCOMPARE(local->endpoints.size(), size_t(1));
        QCOMPARE(local->endpoints[0].address, QStringLiteral("127.0.0.1"));
        QCOMPARE(local->endpoints[0].port, quint16(443));
        QCOMPARE(local->protocol, QStringLiteral("TLS"));
        QCOMPARE(local->policy.tls.mode, UpstreamTlsPolicy::Mode::Disable);
        QCOMPARE(local->policy.tls.sni, QStringLiteral("localhost.local"));

        QCOMPARE(m_reference->clusters()[size_t(m_reference->passthroughCluster())].discovery,
                 Cluster::Discovery::OriginalDst);
        QCOMPARE(m_reference->clusters()[size_t(m_reference->blackHoleCluster())].discovery,
                 Cluster::Discovery::BlackHole);
    }

    void referenceGatewayRoute()
    {
        const auto m = match(*m_reference, 0, {"httpbin.org", "/status/418"});
        QVERIFY(m.virtualHost);
        QCOMPARE(m.virtualHost->name, QStringLiteral("httpbin.org:80"));
        QCOMPARE(m.virtualHost->gateways, QStringList{QStringLiteral("default/proxy")});
        QVERIFY(m.route);
        QCOMPARE(m.route->displayName, QStringLiteral("httpbin[0]"));
        QCOMPARE(m.route->virtualService, QStringLiteral("default/httpbin"));
        QCOMPARE(m.route->targets.size(), size_t(1));
        QCOMPARE(m.route->targets[0].weight, 100);
        QCOMPARE(clusterName(*m_reference, m.route->targets[0].cluster), QByteArray("outbound|80||httpbin.org"));
    }

    void referenceHostIsCaseInsensitiveAndPortIsIgnored()
    {
        QCOMPARE(routeName(*m_reference, 0, {"HTTPBIN.org:8080", "/status/200"}), QStringLiteral("httpbin[0]"));
        QCOMPARE(routeName(*m_reference, 0, {"httpbin.org:80", "/status"}), QStringLiteral("httpbin[0]"));
    }

    void referenceUnmatchedPathHasNoRoute()
    {
        // The mesh-only route is on the virtual host too, but its gateway condition fails: 404 NR.
        const auto m = match(*m_reference, 0, {"httpbin.org", "/headers"});
        QVERIFY(m.virtualHost);
        QVERIFY(!m.route);
        QVERIFY(!match(*m_reference, 0, {"example.com", "/status/418"}).virtualHost);
    }

    void referenceMesh()
    {
        const auto m = match(*m_reference, -1, {"httpbin.org", "/headers", 80});
        QVERIFY(m.virtualHost);
        QCOMPARE(m.virtualHost->gateways, QStringList{QStringLiteral("mesh")});
        QCOMPARE(m.route ? m.route->displayName : QString(), QStringLiteral("httpbin[1]"));
        QCOMPARE(clusterName(*m_reference, m.route->targets[0].cluster), QByteArray("outbound|80||localhost.local"));
        // The mesh route requires port 80.
        QVERIFY(!match(*m_reference, -1, {"httpbin.org", "/headers", 8080}).route);
        // /status on the mesh: the gateway-only route does not apply, the mesh route does.
        QCOMPARE(routeName(*m_reference, -1, {"httpbin.org", "/status/418", 80}), QStringLiteral("httpbin[1]"));
    }

    void referenceSni()
    {
        const ListenerSpec &tls = m_reference->listeners()[1];
        const SniChain *chain = tls.sni.find("edition.cnn.com");
        QVERIFY(chain);
        QCOMPARE(chain->displayName, QStringLiteral("cnn tls[0]"));
        QCOMPARE(chain->targets.size(), size_t(1));
        QCOMPARE(clusterName(*m_reference, chain->targets[0].cluster), QByteArray("outbound|443||edition.cnn.com"));
        QVERIFY(tls.sni.find("EDITION.CNN.COM"));
        QVERIFY(!tls.sni.find("www.cnn.com"));
        QVERIFY(!tls.sni.find(""));

        const SniChain *mesh = m_reference->meshTls().find("edition.cnn.com");
        QVERIFY(mesh);
        QCOMPARE(mesh->displayName, QStringLiteral("cnn tls[1]"));
        QCOMPARE(clusterName(*m_reference, mesh->targets[0].cluster), QByteArray("outbound|443||localhost.local"));
    }

    void referenceMeshDefaults()
    {
        // Registry hosts nobody routes in the mesh use their own cluster; others pass through.
        QCOMPARE(clusterName(*m_reference, m_reference->meshDefaultCluster("localhost.local", 443)),
                 QByteArray("outbound|443||localhost.local"));
        QCOMPARE(m_reference->meshDefaultCluster("example.com", 80), m_reference->passthroughCluster());
        EngineSettings strict;
        strict.outboundPolicy = OutboundPolicy::RegistryOnly;
        const auto t = RouteTable::compile(m_reference->config(), strict).table;
        QCOMPARE(t->meshDefaultCluster("example.com", 80), t->blackHoleCluster());
    }

    void generationAndConfigCopy()
    {
        const auto a = RouteTable::compile(m_reference->config(), EngineSettings{}).table;
        const auto b = RouteTable::compile(m_reference->config(), EngineSettings{}).table;
        QVERIFY(a->generation() > m_reference->generation());
        QVERIFY(b->generation() > a->generation());
        QCOMPARE(a->config().resources.size(), size_t(7));
    }

    // ------------------------------------------------------------ listeners

    void portOffsetAndBind()
    {
        EngineSettings s;
        s.portOffset = 0;
        s.bindAddress = QHostAddress(QStringLiteral("127.0.0.2"));
        const auto t = RouteTable::compile(m_reference->config(), s).table;
        QCOMPARE(t->listeners()[0].key(), QStringLiteral("127.0.0.2:80"));
        QCOMPARE(t->listeners()[1].key(), QStringLiteral("127.0.0.2:443"));
        QCOMPARE(t->listeners()[0].gatewayPort, quint16(80));

        s.portOffset = 10000;
        const auto shifted = RouteTable::compile(m_reference->config(), s).table;
        QCOMPARE(shifted->listeners()[0].listenPort, quint16(10080));

        // Ports from 1024 up keep their number by default; a server's bind wins over the setting.
        const auto r = compileYaml("apiVersion: networking.istio.io/v1\nkind: Gateway\nmetadata: {name: g}\nspec:\n"
                                   "  servers:\n  - port: {number: 9090, name: http, protocol: HTTP}\n"
                                   "    bind: ::1\n    hosts: ['*']\n");
        QCOMPARE(r.table->listeners().size(), size_t(1));
        QCOMPARE(r.table->listeners()[0].key(), QStringLiteral("[::1]:9090"));
    }

    void listenerKinds()
    {
        const auto r = compileYaml(
            "apiVersion: networking.istio.io/v1\nkind: Gateway\nmetadata: {name: g}\nspec:\n  servers:\n"
            "  - port: {number: 80, name: http, protocol: HTTP}\n    hosts: ['*']\n"
            "  - port: {number: 8081, name: grpc, protocol: GRPC}\n    hosts: ['*']\n"
            "  - port: {number: 443, name: https, protocol: HTTPS}\n    hosts: ['*']\n"
            "    tls: {mode: SIMPLE, serverCertificate: /c.pem, privateKey: /k.pem}\n"
            "  - port: {number: 9443, name: https-pass, protocol: HTTPS}\n    hosts: ['*']\n    tls: {mode: PASSTHROUGH}\n"
            "  - port: {number: 9444, name: tls, protocol: TLS}\n    hosts: ['*']\n    tls: {mode: PASSTHROUGH}\n"
            "  - port: {number: 6379, name: redis, protocol: REDIS}\n    hosts: ['*']\n"
            "  - port: {number: 5432, name: tcp, protocol: tcp}\n    hosts: ['*']\n");
        const auto &ls = r.table->listeners();
        QCOMPARE(ls.size(), size_t(7));
        const ListenerSpec::Kind expected[] = {ListenerSpec::Kind::Http,           ListenerSpec::Kind::Http,
                                               ListenerSpec::Kind::HttpsTerminate, ListenerSpec::Kind::TlsPassthrough,
                                               ListenerSpec::Kind::TlsPassthrough, ListenerSpec::Kind::Tcp,
                                               ListenerSpec::Kind::Tcp};
        for (size_t i = 0; i < ls.size(); ++i)
            QCOMPARE(ls[i].kind, expected[i]);
        QCOMPARE(ls[2].serverTls.serverCertificate, QStringLiteral("/c.pem"));
        QCOMPARE(ls[2].listenPort, quint16(8443));
        QCOMPARE(ls[6].protocol, QStringLiteral("TCP"));
        QCOMPARE(ls[6].listenPort, quint16(5432));
    }

    void localPortCollisionIsReported()
    {
        // 443 maps to 8443, where a server for Gateway port 8443 already listens.
        const auto r = compileYaml(
            "apiVersion: networking.istio.io/v1\nkind: Gateway\nmetadata: {name: g}\nspec:\n  servers:\n"
            "  - port: {number: 8443, name: a, protocol: HTTP}\n    hosts: ['*']\n"
            "  - port: {number: 443, name: b, protocol: HTTP}\n    hosts: ['*']\n");
        QCOMPARE(r.table->listeners().size(), size_t(1));
        QCOMPARE(r.table->listeners()[0].gatewayPort, quint16(8443));
        QVERIFY(r.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("local port 8443")));
        // ...and said at the field, so that the editor and --validate can point at it.
        QCOMPARE(r.findings.size(), 1);
        QCOMPARE(r.findings[0].resource, QStringLiteral("Gateway/g"));
        QCOMPARE(r.findings[0].fieldPath, QStringLiteral("spec.servers[1].port.number"));
        QCOMPARE(r.findings[0].pos.line, 8);
    }

    void routesBehindAnotherVirtualServicesCatchAllAreFindings()
    {
        // Two Gateways share port 80 and a host; both VirtualServices end in a catch-all. Merged,
        // a's catch-all comes first and b's routes never apply (as in Istio).
        const QByteArray yaml =
            "apiVersion: networking.istio.io/v1\nkind: Gateway\nmetadata: {name: gw-a}\nspec:\n  servers:\n"
            "  - port: {number: 80, name: http, protocol: HTTP}\n    hosts: [api.example.com]\n---\n"
            "apiVersion: networking.istio.io/v1\nkind: Gateway\nmetadata: {name: gw-b}\nspec:\n  servers:\n"
            "  - port: {number: 80, name: http, protocol: HTTP}\n    hosts: [api.example.com]\n---\n"
            "apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata: {name: a}\nspec:\n"
            "  hosts: [api.example.com]\n  gateways: [gw-a]\n  http:\n  - directResponse: {status: 200}\n---\n"
            "apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata: {name: b}\nspec:\n"
            "  hosts: [api.example.com]\n  gateways: [gw-b]\n  http:\n"
            "  - match: [{uri: {prefix: /b}}]\n    directResponse: {status: 201}\n"
            "  - directResponse: {status: 299}\n";
        const ConfigSet config = loadYaml(yaml);
        const Diagnostics found = RouteTableCompiler::check(config, EngineSettings{});
        QCOMPARE(found.size(), 1); // b's /b route comes before the catch-alls and still applies
        QCOMPARE(found[0].resource, QStringLiteral("VirtualService/b"));
        QCOMPARE(found[0].fieldPath, QStringLiteral("spec.http[1]"));
        QVERIFY2(found[0].message.contains(QStringLiteral("a[0] of VirtualService default/a")), qPrintable(found[0].message));

        // The table agrees: /b answers 201, anything else 200 from a.
        const auto t = RouteTable::compile(config, EngineSettings{}).table;
        QVERIFY2(routeName(*t, 0, Request("api.example.com", "/other")).startsWith(QStringLiteral("a[")),
                 qPrintable(routeName(*t, 0, Request("api.example.com", "/other"))));
        QVERIFY2(routeName(*t, 0, Request("api.example.com", "/b")).startsWith(QStringLiteral("b[0]")),
                 qPrintable(routeName(*t, 0, Request("api.example.com", "/b"))));
    }

    void enginePortsAndOffsetOverflowAreFindings()
    {
        const ConfigSet config = loadYaml("apiVersion: networking.istio.io/v1\nkind: Gateway\nmetadata: {name: g}\nspec:\n  servers:\n"
                                "  - port: {number: 7001, name: a, protocol: HTTP}\n    hosts: ['*']\n"
                                "  - port: {number: 9000, name: b, protocol: HTTP}\n    hosts: ['*']\n");
        EngineSettings s;
        s.portOffset = 8000; // 7001 -> 15001, the mesh proxy's port
        Diagnostics found = RouteTableCompiler::check(config, s);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].fieldPath, QStringLiteral("spec.servers[0].port.number"));
        QVERIFY2(found[0].message.contains(QStringLiteral("mesh forward proxy")), qPrintable(found[0].message));

        s.meshPort = 0; // off: no clash
        QVERIFY(RouteTableCompiler::check(config, s).isEmpty());

        s.portOffset = 60000; // 7001 -> 67001, 9000 -> 69000
        found = RouteTableCompiler::check(config, s);
        QCOMPARE(found.size(), 2);
        QCOMPARE(found[1].fieldPath, QStringLiteral("spec.servers[1].port.number"));
        QVERIFY2(found[1].message.contains(QStringLiteral("69000, which is not a port")), qPrintable(found[1].message));
        // Checking builds no table, so it does not use up a generation number.
        const quint64 before = RouteTable::compile(config, s).table->generation();
        RouteTableCompiler::check(config, s);
        QCOMPARE(RouteTable::compile(config, s).table->generation(), before + 1);
    }

    // ------------------------------------------------------------ gateways and virtual hosts

    void gatewaysMergeOnOnePort()
    {
        const auto r = compileYaml(
            kGatewayAndBackend
            + "apiVersion: networking.istio.io/v1\nkind: Gateway\nmetadata: {name: gw2, namespace: team}\nspec:\n"
              "  servers:\n  - port: {number: 80, name: http, protocol: HTTP}\n    hosts: ['*/b.example.com']\n---\n"
              "apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata: {name: a}\nspec:\n"
              "  hosts: [a.example.com]\n  gateways: [gw]\n"
              "  http: [{route: [{destination: {host: backend.local}}]}]\n---\n"
              "apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata: {name: b, namespace: team}\nspec:\n"
              "  hosts: [b.example.com]\n  gateways: [gw2]\n"
              "  http: [{route: [{destination: {host: other.local}}]}]\n");
        const auto &ls = r.table->listeners();
        QCOMPARE(ls.size(), size_t(1));
        QCOMPARE(ls[0].gateways, (QStringList{QStringLiteral("default/gw"), QStringLiteral("team/gw2")}));
        QCOMPARE(routedCluster(*r.table, 0, {"a.example.com"}), QByteArray("outbound|80||backend.local"));
        QCOMPARE(routedCluster(*r.table, 0, {"b.example.com"}), QByteArray("outbound|80||other.local"));
        const auto m = match(*r.table, 0, {"b.example.com"});
        QCOMPARE(m.virtualHost->gateways, QStringList{QStringLiteral("team/gw2")});
    }

    void namespaceScopedServerHosts()
    {
        // "team/*" only admits VirtualServices of namespace team; "./x" only the gateway's own.
        const QByteArray gw = "apiVersion: networking.istio.io/v1\nkind: Gateway\nmetadata: {name: gw, namespace: edge}\n"
                              "spec:\n  servers:\n  - port: {number: 80, name: http, protocol: HTTP}\n"
                              "    hosts: ['team/*', './own.example.com']\n---\n"
                              "apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata: {name: be}\n"
                              "spec:\n  hosts: [backend.local]\n  ports: [{number: 80, name: http, protocol: HTTP}]\n"
                              "  resolution: STATIC\n  endpoints: [{address: 127.0.0.1}]\n---\n";
        auto vs = [](const char *name, const char *ns, const char *host) {
            return QByteArray("apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata: {name: ") + name
                + ", namespace: " + ns + "}\nspec:\n  hosts: [" + host
                + "]\n  gateways: [edge/gw]\n  http: [{route: [{destination: {host: backend.local}}]}]\n---\n";
        };
        const auto r = compileYaml(gw + vs("t", "team", "t.example.com") + vs("o", "other", "o.example.com")
                                   + vs("own", "edge", "own.example.com") + vs("own2", "other", "own.example.com"));
        QCOMPARE(routeName(*r.table, 0, {"t.example.com"}), QStringLiteral("t[0]"));
        QCOMPARE(routeName(*r.table, 0, {"o.example.com"}), QString());
        QCOMPARE(routeName(*r.table, 0, {"own.example.com"}), QStringLiteral("own[0]"));
        QCOMPARE(match(*r.table, 0, {"own.example.com"}).virtualHost->routes.size(), size_t(1));
    }

    void exactHostBeatsWildcardAndLongestSuffixWins()
    {
        auto vs = [](const char *name, const char *host, const char *dest) {
            return QByteArray("apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata: {name: ") + name
                + "}\nspec:\n  hosts: ['" + host + "']\n  gateways: [gw]\n  http: [{route: [{destination: {host: "
                + dest + "}}]}]\n---\n";
        };
        // Declared least specific first, so list order cannot be what decides.
        const auto r = compileYaml(kGatewayAndBackend + vs("any", "*", "other.local")
                                   + vs("wide", "*.example.com", "backend.local")
                                   + vs("narrow", "*.api.example.com", "backend.local")
                                   + vs("exact", "v1.api.example.com", "other.local"));
        const HttpRouteConfig &http = r.table->listeners()[0].http;
        QCOMPARE(http.suffixes.size(), size_t(2));
        QCOMPARE(http.suffixes[0].first, QByteArray(".api.example.com"));
        QCOMPARE(http.suffixes[1].first, QByteArray(".example.com"));
        QVERIFY(http.catchAll >= 0);
        QCOMPARE(routeName(*r.table, 0, {"v1.api.example.com"}), QStringLiteral("exact[0]"));
        QCOMPARE(routeName(*r.table, 0, {"v2.api.example.com"}), QStringLiteral("narrow[0]"));
        QCOMPARE(routeName(*r.table, 0, {"x.y.api.example.com"}), QStringLiteral("narrow[0]"));
        QCOMPARE(routeName(*r.table, 0, {"www.example.com"}), QStringLiteral("wide[0]"));
        QCOMPARE(routeName(*r.table, 0, {"example.com"}), QStringLiteral("any[0]"));
        QCOMPARE(routeName(*r.table, 0, {"elsewhere.org"}), QStringLiteral("any[0]"));
    }

    void serverAndVirtualServiceHostsIntersect()
    {
        // Server *.example.com with VS hosts a.example.com and *.example.com: the virtual host takes the
        // more specific side of each intersection; other.org is not exposed.
        const auto r = compileYaml(
            "apiVersion: networking.istio.io/v1\nkind: Gateway\nmetadata: {name: gw}\nspec:\n  servers:\n"
            "  - port: {number: 80, name: http, protocol: HTTP}\n    hosts: ['*.example.com']\n---\n"
            "apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata: {name: be}\nspec:\n"
            "  hosts: [backend.local]\n  ports: [{number: 80, name: http, protocol: HTTP}]\n  resolution: STATIC\n"
            "  endpoints: [{address: 127.0.0.1}]\n---\n"
            "apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata: {name: v}\nspec:\n"
            "  hosts: [a.example.com, other.org, '*']\n  gateways: [gw]\n"
            "  http: [{route: [{destination: {host: backend.local}}]}]\n");
        const HttpRouteConfig &http = r.table->listeners()[0].http;
        QCOMPARE(http.virtualHosts.size(), size_t(1)); // identical routes share one virtual host
        QCOMPARE(http.virtualHosts[0].domains,
                 (QStringList{QStringLiteral("*.example.com"), QStringLiteral("a.example.com")}));
        QVERIFY(!http.exact.contains("other.org"));
        QCOMPARE(http.catchAll, -1);
        QCOMPARE(routeName(*r.table, 0, {"b.example.com"}), QStringLiteral("v[0]"));
        QCOMPARE(routeName(*r.table, 0, {"other.org"}), QString());
    }

    void virtualServiceWithoutGatewaysIsMeshOnly()
    {
        const auto r = compileYaml(kGatewayAndBackend
                                   + "apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata: {name: v}\n"
                                     "spec:\n  hosts: [a.example.com]\n"
                                     "  http: [{route: [{destination: {host: backend.local}}]}]\n");
        QVERIFY(!match(*r.table, 0, {"a.example.com"}).virtualHost);
        QCOMPARE(routeName(*r.table, -1, {"a.example.com"}), QStringLiteral("v[0]"));
    }

    void virtualServiceWithoutApplicableRoutesDoesNotClaimHost()
    {
        // "exact" is bound to gw but its only route is for the mesh: on gw, a.example.com falls
        // through to the wildcard virtual host instead of a virtual host without usable routes.
        const auto r = compileYaml(kGatewayAndBackend
                                   + "apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata: {name: wide}\n"
                                     "spec:\n  hosts: ['*.example.com']\n  gateways: [gw]\n"
                                     "  http: [{route: [{destination: {host: backend.local}}]}]\n---\n"
                                     "apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata: {name: exact}\n"
                                     "spec:\n  hosts: [a.example.com]\n  gateways: [gw, mesh]\n"
                                     "  http: [{match: [{gateways: [mesh]}], route: [{destination: {host: other.local}}]}]\n");
        QCOMPARE(routeName(*r.table, 0, {"a.example.com"}), QStringLiteral("wide[0]"));
        QVERIFY(!r.table->listeners()[0].http.exact.contains("a.example.com"));
        QCOMPARE(routeName(*r.table, -1, {"a.example.com"}), QStringLiteral("exact[0]"));
    }

    void routePrecedence()
    {
        // first: /a (specific), then a route whose blocks are [/b, catch-all]; second VS: /c, then catch-all.
        const auto r = compileYaml(
            kGatewayAndBackend
            + "apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata: {name: first}\nspec:\n"
              "  hosts: [a.example.com]\n  gateways: [gw]\n  http:\n"
              "  - match: [{uri: {prefix: /a}}, {uri: {prefix: /aa}}]\n    route: [{destination: {host: backend.local}}]\n"
              "  - match: [{uri: {prefix: /b}}, {uri: {prefix: /}}]\n    route: [{destination: {host: backend.local}}]\n"
              "  - match: [{uri: {prefix: /unreachable}}]\n    route: [{destination: {host: backend.local}}]\n---\n"
              "apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata: {name: second}\nspec:\n"
              "  hosts: [a.example.com]\n  gateways: [gw]\n  http:\n"
              "  - match: [{uri: {prefix: /c}}]\n    route: [{destination: {host: other.local}}]\n"
              "  - route: [{destination: {host: other.local}}]\n");
        const VirtualHost *vh = match(*r.table, 0, {"a.example.com"}).virtualHost;
        QVERIFY(vh);
        QStringList order;
        for (const CompiledHttpRoute &route : vh->routes)
            order.append(route.displayName + QLatin1Char('/') + QString::number(route.matches.size()));
        // first[1] is split: its /b block stays in place, its catch-all block moves to the end.
        QCOMPARE(order, (QStringList{QStringLiteral("first[0]/2"), QStringLiteral("first[1]/1"),
                                     QStringLiteral("second[0]/1"), QStringLiteral("first[1]/1"),
                                     QStringLiteral("second[1]/0")}));
        QCOMPARE(vh->routes[1].matches[0].indexInRoute, 0);
        QCOMPARE(vh->routes[3].matches[0].indexInRoute, 1);
        QCOMPARE(routeName(*r.table, 0, {"a.example.com", "/aa"}), QStringLiteral("first[0]"));
        QCOMPARE(routeName(*r.table, 0, {"a.example.com", "/b"}), QStringLiteral("first[1]"));
        // /c: the second VS's specific route beats the first VS's catch-all.
        QCOMPARE(routedCluster(*r.table, 0, {"a.example.com", "/c"}), QByteArray("outbound|80||other.local"));
        // Anything else: the first catch-all (first VS) wins over the second's.
        QCOMPARE(routedCluster(*r.table, 0, {"a.example.com", "/unreachable"}), QByteArray("outbound|80||backend.local"));
    }

    void httpsRedirectAndTermination()
    {
        const ConfigSet config = loadFiles({corpus("06-dns-round-robin-and-https.yaml")});
        const auto r = RouteTable::compile(config, EngineSettings{});
        const auto &ls = r.table->listeners();
        QCOMPARE(ls.size(), size_t(2));
        QCOMPARE(ls[0].kind, ListenerSpec::Kind::Http);
        QCOMPARE(ls[1].kind, ListenerSpec::Kind::HttpsTerminate);
        QCOMPARE(ls[1].key(), QStringLiteral("127.0.0.1:8443"));
        QCOMPARE(ls[1].serverTls.minProtocolVersion, QStringLiteral("TLSV1_2"));
        const auto plain = match(*r.table, 0, {"static.example.com", "/x"});
        QVERIFY(plain.virtualHost && plain.virtualHost->httpsRedirect);
        const auto https = match(*r.table, 1, {"static.example.com", "/assets/a.css", 443, "GET", "https"});
        QVERIFY(https.virtualHost && !https.virtualHost->httpsRedirect);
        QCOMPARE(https.route->displayName, QStringLiteral("static-site[0]"));
        QCOMPARE(https.route->targets[0].responseOps.set.size(), size_t(1));
        QCOMPARE(https.route->targets[0].responseOps.set[0].first, QByteArray("cache-control"));
        // withoutHeaders x-no-cache: "1" sends the request to the catch-all.
        Request noCache{"static.example.com", "/assets/a.css", 443, "GET", "https", {{"x-no-cache", "1"}}};
        QCOMPARE(routeName(*r.table, 1, noCache), QStringLiteral("static-site[1]"));

        const Cluster *c = cluster(*r.table, "outbound|80||static.example.com");
        QVERIFY(c);
        QCOMPARE(c->discovery, Cluster::Discovery::DnsRoundRobin);
        QCOMPARE(c->endpoints.size(), size_t(1));
        QCOMPARE(c->endpoints[0].address, QStringLiteral("localhost"));

        // An httpsRedirect server without any VirtualService still answers for its hosts.
        const auto bare = compileYaml("apiVersion: networking.istio.io/v1\nkind: Gateway\nmetadata: {name: g}\nspec:\n"
                                      "  servers:\n  - port: {number: 80, name: http, protocol: HTTP}\n"
                                      "    hosts: [r.example.com]\n    tls: {httpsRedirect: true}\n");
        const auto m = match(*bare.table, 0, {"r.example.com"});
        QVERIFY(m.virtualHost && m.virtualHost->httpsRedirect);
        QVERIFY(m.virtualHost->routes.empty());
    }

    // HTTPS servers sharing a port: each gets its own routes (a Host of another server is not
    // found through it), and a server repeating a host of an earlier TLS server is skipped, as
    // Istio does ("duplicate host names").
    void httpsServersOnOnePortHaveTheirOwnRoutes()
    {
        const auto r = compileYaml(R"(apiVersion: networking.istio.io/v1
kind: Gateway
metadata: {name: gw}
spec:
  servers:
  - port: {number: 443, name: https-a, protocol: HTTPS}
    hosts: [a.example.com]
    tls: {mode: SIMPLE, serverCertificate: /a.pem, privateKey: /a.key}
  - port: {number: 443, name: https-b, protocol: HTTPS}
    hosts: [b.example.com]
    tls: {mode: MUTUAL, serverCertificate: /b.pem, privateKey: /b.key, caCertificates: /ca.pem}
  - port: {number: 443, name: https-again, protocol: HTTPS}
    hosts: [c.example.com, B.example.com]
    tls: {mode: SIMPLE, serverCertificate: /c.pem, privateKey: /c.key}
---
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: both}
spec:
  hosts: [a.example.com, b.example.com, c.example.com]
  gateways: [gw]
  http:
  - directResponse: {status: 200}
)");
        QVERIFY(r.table);
        const ListenerSpec &l = r.table->listeners().at(0);
        QCOMPARE(l.kind, ListenerSpec::Kind::HttpsTerminate);
        QCOMPARE(l.serverTlsByName.servers.size(), size_t(2));
        QVERIFY2(r.warnings.join(u'\n').contains(QStringLiteral("server https-again on port 443 skipped: host b.example.com")),
                 qPrintable(r.warnings.join(u'\n')));
        const int a = l.serverTlsByName.find("A.example.com");
        const int b = l.serverTlsByName.find("b.example.com");
        QCOMPARE(a, 0);
        QCOMPARE(b, 1);
        QCOMPARE(l.serverTlsByName.find("c.example.com"), -1); // its server was skipped
        QCOMPARE(l.serverTlsByName.servers[size_t(b)].tls.mode, QStringLiteral("MUTUAL"));

        const meshgate::test::Headers noHeaders;
        const auto matchOn = [&](int server, const char *host) {
            return r.table->matchHttp(0, host, 443, "GET", "/", "https", &lookup, &noHeaders, server).virtualHost != nullptr;
        };
        QVERIFY(matchOn(a, "a.example.com"));
        QVERIFY(!matchOn(a, "b.example.com")); // SIMPLE's handshake does not open MUTUAL's routes
        QVERIFY(matchOn(b, "b.example.com"));
        QVERIFY(!matchOn(b, "a.example.com"));
    }

    // Two Gateways with an HTTPS server each on one port: each server's routes are built for its
    // own Gateway, so a route matching only the other Gateway is no catch-all that hides the rest.
    // And a server is found again by identity after a reload reorders the servers.
    void httpsServerRoutesSeeTheirOwnGateway()
    {
        const QByteArray gateways = R"(apiVersion: networking.istio.io/v1
kind: Gateway
metadata: {name: gw-a}
spec:
  servers:
  - port: {number: 443, name: https-a, protocol: HTTPS}
    hosts: [a.example.com]
    tls: {mode: SIMPLE, serverCertificate: /a.pem, privateKey: /a.key}
---
apiVersion: networking.istio.io/v1
kind: Gateway
metadata: {name: gw-b}
spec:
  servers:
  - port: {number: 443, name: https-b, protocol: HTTPS}
    hosts: [b.example.com]
    tls: {mode: SIMPLE, serverCertificate: /b.pem, privateKey: /b.key}
)";
        const QByteArray routes = R"(---
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: both}
spec:
  hosts: [a.example.com, b.example.com]
  gateways: [gw-a, gw-b]
  http:
  - name: only-b
    match: [{gateways: [gw-b]}]
    directResponse: {status: 201}
  - name: default
    directResponse: {status: 200}
)";
        const auto r = compileYaml(gateways + routes);
        QVERIFY(r.table);
        const ListenerSpec &l = r.table->listeners().at(0);
        const meshgate::test::Headers noHeaders;
        const auto routeOn = [&](int server, const char *host) {
            const auto m = r.table->matchHttp(0, host, 443, "GET", "/", "https", &lookup, &noHeaders, server);
            return m.route ? m.route->displayName : QString();
        };
        const int a = l.serverTlsByName.find("a.example.com");
        const int b = l.serverTlsByName.find("b.example.com");
        QCOMPARE(routeOn(a, "a.example.com"), QStringLiteral("both[1] (default)"));
        QCOMPARE(routeOn(b, "b.example.com"), QStringLiteral("both[0] (only-b)"));
        QCOMPARE(routeOn(a, "b.example.com"), QString()); // another server's host
        QCOMPARE(routeOn(99, "a.example.com"), QString()); // a server that is gone has no routes

        QCOMPARE(l.serverTlsByName.indexOf(QStringLiteral("default/gw-b"), QStringLiteral("https-b")), b);
        QCOMPARE(l.serverTlsByName.indexOf(QStringLiteral("default/gw-b"), QStringLiteral("https-a")), -1);
        // The same servers in the other order: the identity still finds each one.
        const qsizetype split = gateways.indexOf("---\n");
        const auto swapped = compileYaml(gateways.mid(split + 4) + "---\n" + gateways.left(split) + routes);
        QVERIFY(swapped.table);
        const ServerTlsTable &t = swapped.table->listeners().at(0).serverTlsByName;
        QCOMPARE(t.indexOf(QStringLiteral("default/gw-b"), QStringLiteral("https-b")), 0);
        QCOMPARE(t.indexOf(QStringLiteral("default/gw-a"), QStringLiteral("https-a")), 1);
    }

    void tlsPassthroughBySpecificityAndTcp()
    {
        const ConfigSet config = loadFiles({corpus("05-tls-passthrough-wildcard.yaml")});
        const auto r = RouteTable::compile(config, EngineSettings{});
        const int tls = listenerOn(*r.table, 8443);
        const int tcp = listenerOn(*r.table, 5432);
        QVERIFY(tls >= 0 && tcp >= 0);
        const SniTable &sni = r.table->listeners()[size_t(tls)].sni;
        QCOMPARE(sni.chains.size(), size_t(2));
        QCOMPARE(sni.find("secure.example.com")->displayName, QStringLiteral("tls-routes tls[0]"));
        const SniChain *wild = sni.find("db.example.net");
        QVERIFY(wild);
        QCOMPARE(wild->sniPattern, QStringLiteral("*.example.net"));
        QCOMPARE(wild->totalWeight, 100);
        QCOMPARE(wild->targets.size(), size_t(2));
        QCOMPARE(wild->targets[0].weight, 80);
        QCOMPARE(clusterName(*r.table, wild->targets[1].cluster), QByteArray("outbound|443||beta.example.net"));
        QVERIFY(!sni.find("example.net"));

        const ListenerSpec &t = r.table->listeners()[size_t(tcp)];
        QCOMPARE(t.kind, ListenerSpec::Kind::Tcp);
        QCOMPARE(t.tcp.displayName, QStringLiteral("postgres tcp[0]"));
        const Cluster *pg = cluster(*r.table, "outbound|5432||db.internal.example");
        QVERIFY(pg);
        QCOMPARE(t.tcp.targets[0].cluster, r.table->clusterIndex("outbound|5432||db.internal.example"));
        QCOMPARE(pg->endpoints[0].port, quint16(15432)); // endpoint ports map beats the number
    }

    void sniChainsPreferSpecificOverListOrder()
    {
        const auto r = compileYaml(
            "apiVersion: networking.istio.io/v1\nkind: Gateway\nmetadata: {name: gw}\nspec:\n  servers:\n"
            "  - port: {number: 443, name: tls, protocol: TLS}\n    tls: {mode: PASSTHROUGH}\n    hosts: ['*']\n---\n"
            "apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata: {name: be}\nspec:\n"
            "  hosts: [a.local, b.local, c.local]\n  ports: [{number: 443, name: tls, protocol: TLS}]\n"
            "  resolution: STATIC\n  endpoints: [{address: 127.0.0.1}]\n---\n"
            "apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata: {name: v}\nspec:\n"
            "  hosts: ['*']\n  gateways: [gw]\n  tls:\n"
            "  - match: [{sniHosts: ['*']}]\n    route: [{destination: {host: a.local}}]\n"
            "  - match: [{sniHosts: ['*.example.com']}]\n    route: [{destination: {host: b.local}}]\n"
            "  - match: [{sniHosts: ['*.api.example.com', 'x.api.example.com']}]\n"
            "    route: [{destination: {host: c.local}}]\n"
            "  - match: [{sniHosts: ['*.example.com'], port: 443}]\n    route: [{destination: {host: a.local}}]\n");
        QVERIFY(r.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("*.example.com")));
        const SniTable &sni = r.table->listeners()[0].sni;
        QCOMPARE(sni.chains.size(), size_t(4)); // the duplicate *.example.com is ignored
        QCOMPARE(sni.find("x.api.example.com")->sniPattern, QStringLiteral("x.api.example.com"));
        QCOMPARE(sni.find("y.api.example.com")->sniPattern, QStringLiteral("*.api.example.com"));
        QCOMPARE(sni.find("www.example.com")->sniPattern, QStringLiteral("*.example.com"));
        QCOMPARE(clusterName(*r.table, sni.find("www.example.com")->targets[0].cluster),
                 QByteArray("outbound|443||b.local"));
        QCOMPARE(sni.find("other.org")->sniPattern, QStringLiteral("*"));
        QCOMPARE(sni.find("")->sniPattern, QStringLiteral("*")); // no SNI only reaches "*"
    }

    // ------------------------------------------------------------ the corpus

    void corpusCompiles_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::newRow("01") << QStringList{corpus("01-weighted-canary.yaml")};
        QTest::newRow("01+02") << QStringList{corpus("01-weighted-canary.yaml"), corpus("02-redirects-and-direct.yaml")};
        QTest::newRow("01+03") << QStringList{corpus("01-weighted-canary.yaml"), corpus("03-faults.yaml")};
        QTest::newRow("04") << QStringList{corpus("04-tls-origination.yaml")};
        QTest::newRow("05") << QStringList{corpus("05-tls-passthrough-wildcard.yaml")};
        QTest::newRow("06") << QStringList{corpus("06-dns-round-robin-and-https.yaml")};
    }
    void corpusCompiles()
    {
        QFETCH(QStringList, files);
        const ConfigSet config = loadFiles(files);
        QVERIFY(!config.resources.empty());
        const auto r = RouteTable::compile(config, EngineSettings{});
        QVERIFY(r.table);
        QVERIFY(!r.table->listeners().empty());
        // Every route target either has a cluster or names a host outside the registry.
        for (const ListenerSpec &l : r.table->listeners())
            for (const VirtualHost &vh : l.http.virtualHosts)
                for (const CompiledHttpRoute &route : vh.routes)
                    for (const RouteTarget &t : route.targets)
                        QVERIFY2(t.cluster >= 0, qPrintable(route.displayName + QStringLiteral(" -> ") + t.host));
    }

    void canaryCorpus()
    {
        const auto r = RouteTable::compile(loadFiles({corpus("01-weighted-canary.yaml")}), EngineSettings{});
        const int l = listenerOn(*r.table, 8080);
        QVERIFY(l >= 0);
        Request canary{"api.shop.example.com", "/orders", 80, "GET", "http", {{"x-canary", "true"}}};
        QCOMPARE(routedCluster(*r.table, l, canary), QByteArray("outbound|8080|v2|api.shop.example.com"));
        const auto split = match(*r.table, l, {"api.shop.example.com", "/orders"});
        QCOMPARE(split.route->displayName, QStringLiteral("api[1] (split)"));
        QCOMPARE(split.route->name, QByteArray("split"));
        QCOMPARE(split.route->totalWeight, 100);
        QCOMPARE(split.route->targets[0].weight, 90);
        QCOMPARE(split.route->timeout, Millis(3000));
        QCOMPARE(split.route->retries.attempts, 3);
        QCOMPARE(split.route->retries.perTryTimeout, Millis(1000));
        QCOMPARE(split.route->retries.retryOn, QByteArray("connect-failure,refused-stream,retriable-status-codes"));
        QCOMPARE(split.route->retries.retriableStatusCodes, QList<int>{503});
        // The host is also exposed by *.shop.example.com, which has no other VirtualService.
        QVERIFY(!match(*r.table, l, {"www.shop.example.com"}).virtualHost);
        // Subsets pick endpoints by label.
        const Cluster *v2 = cluster(*r.table, "outbound|8080|v2|api.shop.example.com");
        QCOMPARE(v2->endpoints.size(), size_t(1));
        QCOMPARE(v2->endpoints[0].address, QStringLiteral("127.0.0.2"));
        QCOMPARE(v2->endpoints[0].weight, 3);
    }

    void redirectsAndDirectResponsesCorpus()
    {
        const auto r = RouteTable::compile(loadFiles({corpus("01-weighted-canary.yaml"), corpus("02-redirects-and-direct.yaml")}),
                                           EngineSettings{});
        const int l = listenerOn(*r.table, 8080);
        const auto legacy = match(*r.table, l, {"legacy.shop.example.com", "/x"});
        QCOMPARE(legacy.route->kind, CompiledHttpRoute::Kind::Redirect);
        QCOMPARE(legacy.route->redirect.code, 308);
        QCOMPARE(legacy.route->redirect.authority, QByteArray("www.shop.example.com"));
        const auto health = match(*r.table, l, {"www.shop.example.com", "/healthz"});
        QCOMPARE(health.route->kind, CompiledHttpRoute::Kind::DirectResponse);
        QCOMPARE(health.route->directResponse.status, 200);
        QCOMPARE(health.route->directResponse.body, QByteArray("ok\n"));
        const auto docs = match(*r.table, l, {"www.shop.example.com", "/OLD-Docs/intro"});
        QCOMPARE(docs.route ? docs.route->displayName : QString(), QStringLiteral("www[2]"));
        QCOMPARE(docs.route->redirect.code, 301);
        QCOMPARE(docs.route->redirect.uri, QByteArray("/docs/"));
        const auto api = match(*r.table, l, {"www.shop.example.com", "/api/v2/orders"});
        QCOMPARE(api.route->displayName, QStringLiteral("www[3]"));
        QCOMPARE(api.route->rewrite->uri, QByteArray("/"));
        QCOMPARE(api.route->rewrite->authority, QByteArray("api.shop.example.com"));
        QCOMPARE(api.route->requestOps.set.size(), size_t(1));
        QCOMPARE(api.route->requestOps.remove, std::vector<QByteArray>{"x-debug"});
        QCOMPARE(api.route->responseOps.add[0], (std::pair<QByteArray, QByteArray>("cache-control", "no-store")));
        // The regex is GET only; a POST falls through to the catch-all.
        QCOMPARE(routeName(*r.table, l, {"www.shop.example.com", "/api/v2/orders", 80, "POST"}), QStringLiteral("www[4]"));
    }

    void faultsAndMirrorsCorpus()
    {
        const auto r = RouteTable::compile(loadFiles({corpus("01-weighted-canary.yaml"), corpus("03-faults.yaml")}),
                                           EngineSettings{});
        const int l = listenerOn(*r.table, 8080);
        const auto abort = match(*r.table, l, {"chaos.shop.example.com", "/x?fail=1"});
        QCOMPARE(abort.route->displayName, QStringLiteral("chaos[0]"));
        QVERIFY(abort.route->fault && abort.route->fault->abortStatus);
        QCOMPARE(*abort.route->fault->abortStatus, 503);
        QCOMPARE(abort.route->fault->abortPercent, 100.0);
        QVERIFY(!abort.route->fault->delay);
        const auto delay = match(*r.table, l, {"chaos.shop.example.com", "/x?fail=0"});
        QCOMPARE(delay.route->displayName, QStringLiteral("chaos[1]"));
        QCOMPARE(*delay.route->fault->delay, Millis(500));
        QCOMPARE(delay.route->fault->delayPercent, 50.5);
        QCOMPARE(delay.route->mirrors.size(), size_t(1));
        QCOMPARE(delay.route->mirrors[0].percent, 10.0);
        QCOMPARE(clusterName(*r.table, delay.route->mirrors[0].cluster), QByteArray("outbound|8080|v2|api.shop.example.com"));
        QVERIFY(r.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("corsPolicy")));
    }

    void tlsOriginationCorpus()
    {
        const auto r = RouteTable::compile(loadFiles({corpus("04-tls-origination.yaml")}), EngineSettings{});
        const int l = listenerOn(*r.table, 8080);
        QCOMPARE(routedCluster(*r.table, l, {"payments.example.org", "/pay"}), QByteArray("outbound|443||payments.example.org"));
        const Cluster *c = cluster(*r.table, "outbound|443||payments.example.org");
        QCOMPARE(c->protocol, QStringLiteral("HTTPS"));
        QCOMPARE(c->policy.tls.mode, UpstreamTlsPolicy::Mode::Simple);
        QCOMPARE(c->policy.tls.sni, QStringLiteral("payments.example.org"));
        QCOMPARE(c->policy.tls.caCertificates, QStringLiteral("/etc/ssl/certs/ca-certificates.crt"));
    }
};

QTEST_GUILESS_MAIN(TestRouteTable)
#include "tst_routetable.moc"
