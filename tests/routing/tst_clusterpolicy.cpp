// SPDX-License-Identifier: GPL-3.0-or-later
#include "routingtestutil.h"

using namespace meshgate;
using namespace meshgate::test;

namespace {

const QByteArray kGateway = R"(apiVersion: networking.istio.io/v1
kind: Gateway
metadata: {name: gw}
spec:
  servers:
  - port: {number: 80, name: http, protocol: HTTP}
    hosts: ['*']
---
)";

const QByteArray kService = R"(apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata: {name: svc}
spec:
  hosts: [svc.local]
  ports:
  - {number: 80, name: http, protocol: HTTP}
  - {number: 8080, name: http-alt, protocol: http, targetPort: 9090}
  resolution: STATIC
  endpoints:
  - address: 127.0.0.1
    labels: {version: v1}
    ports: {http-alt: 18080}
  - address: 127.0.0.2
    labels: {version: v2, zone: a}
    weight: 5
---
)";

// A VirtualService routing /<subset>/<port> to every combination used below.
QByteArray routesTo(const QList<std::pair<const char *, int>> &targets, const char *host = "svc.local")
{
    QByteArray out = "apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata: {name: r}\nspec:\n"
                     "  hosts: [r.example.com]\n  gateways: [gw]\n  http:\n";
    for (const auto &[subset, port] : targets) {
        out += "  - match: [{uri: {exact: /" + QByteArray(subset) + "/" + QByteArray::number(port) + "}}]\n"
               "    route: [{destination: {host: " + host + ", port: {number: " + QByteArray::number(port) + "}"
            + (QByteArray(subset).isEmpty() ? QByteArray() : ", subset: " + QByteArray(subset)) + "}}]\n";
    }
    return out + "---\n";
}

} // namespace

class TestClusterPolicy : public QObject
{
    Q_OBJECT
private slots:
    void policyMergeOrder()
    {
        const QByteArray dr = R"(apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata: {name: svc}
spec:
  host: svc.local
  trafficPolicy:
    loadBalancer: {simple: ROUND_ROBIN}
    connectionPool:
      tcp: {connectTimeout: 2s, maxConnections: 50, idleTimeout: 20m}
      http: {idleTimeout: 90s}
    outlierDetection: {consecutive5xxErrors: 7}
    tls: {mode: SIMPLE, sni: top.example}
    portLevelSettings:
    - port: {number: 8080}
      loadBalancer: {simple: RANDOM}
  subsets:
  - name: v1
    labels: {version: v1}
    trafficPolicy:
      loadBalancer: {simple: LEAST_REQUEST}
  - name: v2
    labels: {version: v2}
    trafficPolicy:
      connectionPool:
        http: {maxRequestsPerConnection: 1}
      portLevelSettings:
      - port: {number: 80}
        tls: {mode: DISABLE}
---
)";
        const auto r = compileYaml(kGateway + kService + dr
                                   + routesTo({{"", 80}, {"", 8080}, {"v1", 80}, {"v1", 8080}, {"v2", 80}, {"v2", 8080}}));
        using LB = ClusterPolicy::LoadBalancer;

        // Top level.
        const Cluster *top = cluster(*r.table, "outbound|80||svc.local");
        QVERIFY(top);
        QCOMPARE(top->policy.loadBalancer, LB::RoundRobin);
        QCOMPARE(top->policy.connectTimeout, Millis(2000));
        QCOMPARE(top->policy.maxConnections, 50);
        QCOMPARE(top->policy.idleTimeout, Millis(90000));
        QCOMPARE(top->policy.tcpIdleTimeout, Millis(20 * 60000));
        QVERIFY(top->policy.outlier.enabled);
        QCOMPARE(top->policy.outlier.consecutive5xxErrors, 7);
        QCOMPARE(top->policy.outlier.interval, Millis(10000)); // defaults fill the rest
        QCOMPARE(top->policy.outlier.baseEjectionTime, Millis(30000));
        QCOMPARE(top->policy.outlier.maxEjectionPercent, 10);
        QCOMPARE(top->policy.tls.mode, UpstreamTlsPolicy::Mode::Simple);
        QCOMPARE(top->policy.tls.sni, QStringLiteral("top.example"));

        // Port-level settings replace the top level for their port, unset parts included.
        const Cluster *alt = cluster(*r.table, "outbound|8080||svc.local");
        QCOMPARE(alt->policy.loadBalancer, LB::Random);
        QCOMPARE(alt->policy.connectTimeout, Millis(10000));
        QCOMPARE(alt->policy.maxConnections, std::numeric_limits<int>::max());
        QVERIFY(!alt->policy.outlier.enabled);
        QCOMPARE(alt->policy.tls.mode, UpstreamTlsPolicy::Mode::Disable);

        // A subset overrides only what it sets.
        const Cluster *v1 = cluster(*r.table, "outbound|80|v1|svc.local");
        QCOMPARE(v1->policy.loadBalancer, LB::LeastRequest);
        QCOMPARE(v1->policy.connectTimeout, Millis(2000));
        QCOMPARE(v1->policy.outlier.consecutive5xxErrors, 7);
        QCOMPARE(v1->policy.tls.mode, UpstreamTlsPolicy::Mode::Simple);
        const Cluster *v1alt = cluster(*r.table, "outbound|8080|v1|svc.local");
        QCOMPARE(v1alt->policy.loadBalancer, LB::LeastRequest);
        QVERIFY(!v1alt->policy.outlier.enabled);

        // A subset's port-level settings replace everything for that port.
        const Cluster *v2 = cluster(*r.table, "outbound|80|v2|svc.local");
        QCOMPARE(v2->policy.maxRequestsPerConnection, 0);
        QCOMPARE(v2->policy.loadBalancer, LB::LeastRequest);
        QCOMPARE(v2->policy.connectTimeout, Millis(10000));
        QCOMPARE(v2->policy.tls.mode, UpstreamTlsPolicy::Mode::Disable);
        const Cluster *v2alt = cluster(*r.table, "outbound|8080|v2|svc.local");
        QCOMPARE(v2alt->policy.maxRequestsPerConnection, 1);
        QCOMPARE(v2alt->policy.loadBalancer, LB::Random);
    }

    void subsetsAndPortsSelectEndpoints()
    {
        const QByteArray dr = "apiVersion: networking.istio.io/v1\nkind: DestinationRule\nmetadata: {name: svc}\n"
                              "spec:\n  host: svc.local\n  subsets:\n  - {name: v1, labels: {version: v1}}\n"
                              "  - {name: v2, labels: {version: v2}}\n  - {name: v2b, labels: {version: v2, zone: b}}\n---\n";
        const auto r = compileYaml(kGateway + kService + dr
                                   + routesTo({{"", 80}, {"", 8080}, {"v1", 8080}, {"v2", 80}, {"v2b", 80}}));
        const Cluster *all = cluster(*r.table, "outbound|8080||svc.local");
        QCOMPARE(all->endpoints.size(), size_t(2));
        QCOMPARE(all->endpoints[0].port, quint16(18080)); // the endpoint's named port beats targetPort
        QCOMPARE(all->endpoints[1].port, quint16(9090));  // targetPort beats the number
        QCOMPARE(cluster(*r.table, "outbound|80||svc.local")->endpoints[1].port, quint16(80));
        const Cluster *v1 = cluster(*r.table, "outbound|8080|v1|svc.local");
        QCOMPARE(v1->endpoints.size(), size_t(1));
        QCOMPARE(v1->endpoints[0].address, QStringLiteral("127.0.0.1"));
        QCOMPARE(v1->subset, QStringLiteral("v1"));
        const Cluster *v2 = cluster(*r.table, "outbound|80|v2|svc.local");
        QCOMPARE(v2->endpoints.size(), size_t(1));
        QCOMPARE(v2->endpoints[0].weight, 5);
        QCOMPARE(v2->protocol, QStringLiteral("HTTP"));
        // All subset labels must be present: no endpoint is in zone b.
        const Cluster *v2b = cluster(*r.table, "outbound|80|v2b|svc.local");
        QVERIFY(v2b);
        QVERIFY(v2b->endpoints.empty());
        QCOMPARE(cluster(*r.table, "outbound|8080||svc.local")->protocol, QStringLiteral("HTTP"));
    }

    void severalRulesMerge()
    {
        // The first top-level policy and the first definition of each subset win.
        const QByteArray drs = "apiVersion: networking.istio.io/v1\nkind: DestinationRule\nmetadata: {name: a}\n"
                               "spec:\n  host: svc.local\n  subsets: [{name: v1, labels: {version: v1}}]\n---\n"
                               "apiVersion: networking.istio.io/v1\nkind: DestinationRule\nmetadata: {name: b}\n"
                               "spec:\n  host: svc.local\n  trafficPolicy: {loadBalancer: {simple: RANDOM}}\n"
                               "  subsets: [{name: v1, labels: {version: v2}}, {name: v2, labels: {version: v2}}]\n---\n"
                               "apiVersion: networking.istio.io/v1\nkind: DestinationRule\nmetadata: {name: c}\n"
                               "spec:\n  host: svc.local\n  trafficPolicy: {loadBalancer: {simple: ROUND_ROBIN}}\n---\n";
        const auto r = compileYaml(kGateway + kService + drs + routesTo({{"v1", 80}, {"v2", 80}}));
        const Cluster *v1 = cluster(*r.table, "outbound|80|v1|svc.local");
        QCOMPARE(v1->endpoints.size(), size_t(1));
        QCOMPARE(v1->endpoints[0].address, QStringLiteral("127.0.0.1"));
        QCOMPARE(v1->policy.loadBalancer, ClusterPolicy::LoadBalancer::Random);
        QVERIFY(cluster(*r.table, "outbound|80|v2|svc.local"));
    }

    void exactRuleBeatsWildcard()
    {
        const QByteArray se = "apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata: {name: more}\n"
                              "spec:\n  hosts: [a.svc.local, b.svc.local]\n  ports: [{number: 80, name: http, protocol: HTTP}]\n"
                              "  resolution: DNS\n---\n";
        const QByteArray drs = "apiVersion: networking.istio.io/v1\nkind: DestinationRule\nmetadata: {name: wide}\n"
                               "spec:\n  host: '*.local'\n  trafficPolicy: {loadBalancer: {simple: RANDOM}}\n---\n"
                               "apiVersion: networking.istio.io/v1\nkind: DestinationRule\nmetadata: {name: narrow}\n"
                               "spec:\n  host: '*.svc.local'\n  trafficPolicy: {loadBalancer: {simple: ROUND_ROBIN}}\n---\n"
                               "apiVersion: networking.istio.io/v1\nkind: DestinationRule\nmetadata: {name: exact}\n"
                               "spec:\n  host: a.svc.local\n  trafficPolicy: {connectionPool: {tcp: {connectTimeout: 1s}}}\n---\n";
        const auto r = compileYaml(kGateway + kService + se + drs);
        using LB = ClusterPolicy::LoadBalancer;
        const Cluster *a = cluster(*r.table, "outbound|80||a.svc.local");
        QCOMPARE(a->policy.loadBalancer, LB::LeastRequest); // the exact rule wins entirely
        QCOMPARE(a->policy.connectTimeout, Millis(1000));
        QCOMPARE(cluster(*r.table, "outbound|80||b.svc.local")->policy.loadBalancer, LB::RoundRobin);
        QCOMPARE(cluster(*r.table, "outbound|80||svc.local")->policy.loadBalancer, LB::Random);
    }

    void resolutions()
    {
        const QByteArray ses = R"(apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata: {name: none}
spec:
  hosts: [none.example.com]
  ports: [{number: 80, name: http, protocol: HTTP}]
---
apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata: {name: dns}
spec:
  hosts: [dns.example.com]
  ports: [{number: 443, name: https, protocol: HTTPS}]
  resolution: DNS
  endpoints: [{address: a.backend.example}, {address: b.backend.example, weight: 2}]
---
apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata: {name: wild}
spec:
  hosts: ['*.wild.example']
  ports: [{number: 443, name: tls, protocol: TLS}]
  resolution: STATIC
  endpoints: [{address: 10.0.0.9}]
---
)";
        const auto r = compileYaml(kGateway + ses + routesTo({{"", 80}}, "none.example.com")
                                   + "apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata: {name: w}\nspec:\n"
                                     "  hosts: [w.example.com]\n  gateways: [gw]\n  http:\n"
                                     "  - route: [{destination: {host: app.wild.example}}]\n");
        const Cluster *none = cluster(*r.table, "outbound|80||none.example.com");
        QCOMPARE(none->discovery, Cluster::Discovery::None);
        QVERIFY(none->endpoints.empty());
        const Cluster *dns = cluster(*r.table, "outbound|443||dns.example.com");
        QCOMPARE(dns->discovery, Cluster::Discovery::Dns);
        QCOMPARE(dns->endpoints.size(), size_t(2));
        QCOMPARE(dns->endpoints[1].address, QStringLiteral("b.backend.example"));
        QCOMPARE(dns->endpoints[1].weight, 2);
        QCOMPARE(dns->protocol, QStringLiteral("HTTPS"));
        // A concrete name under a wildcard ServiceEntry host gets its own cluster from that entry;
        // with no destination port the ServiceEntry's single port is used.
        const Cluster *app = cluster(*r.table, "outbound|443||app.wild.example");
        QVERIFY(app);
        QCOMPARE(app->host, QStringLiteral("app.wild.example"));
        QCOMPARE(app->endpoints[0].address, QStringLiteral("10.0.0.9"));
        QVERIFY(!cluster(*r.table, "outbound|443||*.wild.example"));
    }

    void unresolvableDestinations()
    {
        const auto r = compileYaml(kGateway + kService
                                   + "apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata: {name: u}\nspec:\n"
                                     "  hosts: [u.example.com]\n  gateways: [gw]\n  http:\n"
                                     "  - match: [{uri: {prefix: /nohost}}]\n    route: [{destination: {host: nowhere.example}}]\n"
                                     "  - match: [{uri: {prefix: /noport}}]\n"
                                     "    route: [{destination: {host: svc.local, port: {number: 81}}}]\n"
                                     "  - match: [{uri: {prefix: /defaultport}}]\n"
                                     "    route: [{destination: {host: svc.local}}]\n");
        auto target = [&](const char *path) { return match(*r.table, 0, {"u.example.com", path}).route->targets[0]; };
        QCOMPARE(target("/nohost").cluster, -1);
        QCOMPARE(target("/noport").cluster, -1);
        // Two service ports and none given: the gateway port decides.
        QCOMPARE(clusterName(*r.table, target("/defaultport").cluster), QByteArray("outbound|80||svc.local"));
        const QString warnings = r.warnings.join(QLatin1Char('\n'));
        QVERIFY(warnings.contains(QStringLiteral("nowhere.example")));
        QVERIFY(warnings.contains(QStringLiteral("port 81")));
    }

    void upstreamTls()
    {
        const QByteArray dr = "apiVersion: networking.istio.io/v1\nkind: DestinationRule\nmetadata: {name: m}\nspec:\n"
                              "  host: svc.local\n  trafficPolicy:\n    tls:\n      mode: MUTUAL\n"
                              "      clientCertificate: /c.pem\n      privateKey: /k.pem\n      caCertificates: /ca.pem\n"
                              "      subjectAltNames: [svc.local, alt.local]\n      insecureSkipVerify: true\n---\n";
        const auto r = compileYaml(kGateway + kService + dr + routesTo({{"", 80}}));
        const UpstreamTlsPolicy &t = cluster(*r.table, "outbound|80||svc.local")->policy.tls;
        QCOMPARE(t.mode, UpstreamTlsPolicy::Mode::Mutual);
        QCOMPARE(t.clientCertificate, QStringLiteral("/c.pem"));
        QCOMPARE(t.privateKey, QStringLiteral("/k.pem"));
        QCOMPARE(t.caCertificates, QStringLiteral("/ca.pem"));
        QCOMPARE(t.subjectAltNames, (QStringList{QStringLiteral("svc.local"), QStringLiteral("alt.local")}));
        QVERIFY(t.insecureSkipVerify);
        QVERIFY(t.sni.isEmpty()); // empty: the engine sends the downstream Host
    }

    void meshDestinationPortDefaults()
    {
        // In the mesh, a destination without a port takes the ServiceEntry's single port, else 80.
        const QByteArray se = "apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata: {name: one}\nspec:\n"
                              "  hosts: [one.local]\n  ports: [{number: 8443, name: https, protocol: HTTPS}]\n"
                              "  resolution: DNS\n---\n";
        const auto r = compileYaml(kService + se
                                   + "apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata: {name: m}\nspec:\n"
                                     "  hosts: [m.local]\n  http:\n"
                                     "  - match: [{uri: {prefix: /one}}]\n    route: [{destination: {host: one.local}}]\n"
                                     "  - route: [{destination: {host: svc.local}}]\n");
        QCOMPARE(routedCluster(*r.table, -1, {"m.local", "/one", 9999}), QByteArray("outbound|8443||one.local"));
        QCOMPARE(routedCluster(*r.table, -1, {"m.local", "/x", 8080}), QByteArray("outbound|80||svc.local"));
    }
};

QTEST_GUILESS_MAIN(TestClusterPolicy)
#include "tst_clusterpolicy.moc"
