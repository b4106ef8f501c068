// SPDX-License-Identifier: GPL-3.0-or-later
#include "routingtestutil.h"

using namespace meshgate;
using namespace meshgate::test;

namespace {

RequestDescription parsed(const char *text)
{
    QString error;
    const auto r = RequestDescription::parse(QString::fromUtf8(text), &error);
    if (!r)
        qWarning("parse failed: %s", qPrintable(error));
    return r.value_or(RequestDescription{});
}

const ExplainStep *findStep(const Explanation &e, const QString &subject)
{
    for (const ExplainStep &s : e.steps)
        if (s.subject == subject)
            return &s;
    return nullptr;
}

} // namespace

class TestRouteExplain : public QObject
{
    Q_OBJECT

    std::shared_ptr<const RouteTable> m_reference;

    Explanation explain(const char *request) { return m_reference->explain(parsed(request)); }

private slots:
    void initTestCase()
    {
        m_reference = RouteTable::compile(loadFiles({referenceScenario()}), EngineSettings{}).table;
        QVERIFY(m_reference);
    }

    // ------------------------------------------------------------ RequestDescription::parse

    void parseHttp()
    {
        const RequestDescription r = parsed("GET http://httpbin.org/status/418 gateway=proxy port=80");
        QCOMPARE(r.method, QByteArray("GET"));
        QCOMPARE(r.host, QStringLiteral("httpbin.org"));
        QCOMPARE(r.path, QByteArray("/status/418"));
        QCOMPARE(r.scheme, QByteArray("http"));
        QCOMPARE(r.gateway, QStringLiteral("proxy"));
        QCOMPARE(r.port, quint16(80));
        QVERIFY(!r.tls);

        const RequestDescription h = parsed("GET /x host=a.example.com gateway=gw port=80 header:X-Canary=true "
                                            "'header:x-note=two words' header:x-empty");
        QCOMPARE(h.host, QStringLiteral("a.example.com"));
        QCOMPARE(h.path, QByteArray("/x"));
        QCOMPARE(h.headers.size(), size_t(3));
        QCOMPARE(h.headers[0], (std::pair<QByteArray, QByteArray>("x-canary", "true")));
        QCOMPARE(h.headers[1].second, QByteArray("two words"));
        QCOMPARE(h.headers[2], (std::pair<QByteArray, QByteArray>("x-empty", "")));

        const RequestDescription mesh = parsed("POST http://httpbin.org:8080/post?a=1&b=%20 gateway=mesh");
        QCOMPARE(mesh.method, QByteArray("POST"));
        QCOMPARE(mesh.port, quint16(8080)); // the mesh port comes from the URL
        QCOMPARE(mesh.host, QStringLiteral("httpbin.org:8080"));
        QCOMPARE(mesh.path, QByteArray("/post?a=1&b=%20"));

        const RequestDescription https = parsed("GET https://secure.example.com gateway=mesh");
        QCOMPARE(https.port, quint16(443));
        QCOMPARE(https.scheme, QByteArray("https"));
        QCOMPARE(https.path, QByteArray("/"));

        const RequestDescription bare = parsed("DELETE httpbin.org/delete gateway=ns/proxy");
        QCOMPARE(bare.host, QStringLiteral("httpbin.org"));
        QCOMPARE(bare.path, QByteArray("/delete"));
        QCOMPARE(bare.gateway, QStringLiteral("ns/proxy"));
        QCOMPARE(bare.port, quint16(80));
    }

    void parseTls()
    {
        const RequestDescription t = parsed("TLS edition.cnn.com gateway=proxy port=443");
        QVERIFY(t.tls);
        QCOMPARE(t.sni, QStringLiteral("edition.cnn.com"));
        QCOMPARE(t.port, quint16(443));
        QCOMPARE(parsed("tls Edition.CNN.com gateway=proxy").port, quint16(443));
        QCOMPARE(parsed("tls Edition.CNN.com gateway=proxy").sni, QStringLiteral("edition.cnn.com"));
        const RequestDescription noSni = parsed("TLS gateway=proxy port=443");
        QVERIFY(noSni.tls && noSni.sni.isEmpty());
    }

    void parseErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << "" << "GET http://";
        QTest::newRow("no method") << "http://x/ gateway=g" << "HTTP method";
        QTest::newRow("lower-case method") << "get /x gateway=g" << "HTTP method";
        QTest::newRow("no gateway") << "GET /x" << "gateway=";
        QTest::newRow("empty gateway") << "GET /x gateway=" << "gateway=";
        QTest::newRow("no target") << "GET gateway=g" << "missing URL";
        QTest::newRow("bad port") << "GET /x gateway=g port=99999" << "99999";
        QTest::newRow("port not a number") << "GET /x gateway=g port=http" << "http";
        QTest::newRow("unknown key") << "GET /x gateway=g color=red" << "color";
        QTest::newRow("two targets") << "GET /x /y gateway=g" << "/y";
        QTest::newRow("unbalanced quote") << "GET \"/x gateway=g" << "quote";
        QTest::newRow("other scheme") << "GET ftp://x.example.com/ gateway=g" << "ftp";
        QTest::newRow("header without name") << "GET /x gateway=g header:=1" << "header:NAME=VALUE";
    }
    void parseErrors()
    {
        QFETCH(QString, text);
        QFETCH(QString, mentions);
        QString error;
        QVERIFY(!RequestDescription::parse(text, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }

    // ------------------------------------------------------------ explain

    void notFoundShowsWhyEachRouteFailed()
    {
        const Explanation e = explain("GET http://httpbin.org/headers gateway=proxy port=80");
        QVERIFY(!e.routed);
        QCOMPARE(e.status, 404);
        QCOMPARE(e.flags, QByteArray("NR"));
        QCOMPARE(e.details, QByteArray("route_not_found"));
        QCOMPARE(e.listener, QStringLiteral("127.0.0.1:8080"));
        QCOMPARE(e.virtualHost, QStringLiteral("httpbin.org:80"));
        const ExplainStep *vh = findStep(e, QStringLiteral("virtual host httpbin.org:80"));
        QVERIFY(vh && vh->verdict == ExplainStep::Verdict::Matched);
        const ExplainStep *r0 = findStep(e, QStringLiteral("route httpbin[0]"));
        QVERIFY(r0 && r0->verdict == ExplainStep::Verdict::NotMatched);
        QVERIFY2(r0->reason.contains(QStringLiteral("uri prefix /status does not match /headers")), qPrintable(r0->reason));
        const ExplainStep *r1 = findStep(e, QStringLiteral("route httpbin[1]"));
        QVERIFY(r1 && r1->verdict == ExplainStep::Verdict::NotMatched);
        QVERIFY2(r1->reason.contains(QStringLiteral("gateway mesh is not proxy")), qPrintable(r1->reason));

        const QString text = e.toText();
        QVERIFY(text.contains(QStringLiteral("✗ route httpbin[0]: match[0]: uri prefix /status does not match /headers")));
        QVERIFY(text.contains(QStringLiteral("✗ route httpbin[1]: match[0]: gateway mesh is not proxy")));
        QVERIFY(text.contains(QStringLiteral("result: 404 NR route_not_found")));
    }

    void explainsTheNormalizedPath()
    {
        // The reference scenario routes only /status*: dots cannot reach past that, and can
        // reach into it, just as in the engine.
        const Explanation in = explain("GET http://httpbin.org/headers/../status/418 gateway=proxy port=80");
        QVERIFY(in.routed);
        QCOMPARE(in.route, QStringLiteral("httpbin[0]"));
        const ExplainStep *path = findStep(in, QStringLiteral("path"));
        QVERIFY(path);
        QVERIFY2(path->reason.contains(QStringLiteral("/headers/../status/418 is routed and forwarded as /status/418")),
                 qPrintable(path->reason));

        const Explanation out = explain("GET http://httpbin.org/status/../headers gateway=proxy port=80");
        QVERIFY(!out.routed);
        QCOMPARE(out.status, 404);

        const Explanation nul = explain("GET http://httpbin.org/status/%00 gateway=proxy port=80");
        QVERIFY(!nul.routed);
        QCOMPARE(nul.status, 400);
        QCOMPARE(nul.details, QByteArray("path_normalization_failed"));

        const Explanation plain = explain("GET http://httpbin.org/status/418 gateway=proxy port=80");
        QVERIFY(!findStep(plain, QStringLiteral("path"))); // said only when it changes something

        const Explanation badHost = explain("GET /status/418 'host=a b' gateway=proxy port=80");
        QCOMPARE(badHost.status, 400);
        QCOMPARE(badHost.details, QByteArray("http.invalid_authority"));

        // The path is taken as typed, backslashes and escapes included, as the engine gets it.
        const Explanation typed = explain("GET http://httpbin.org/headers\\..\\%73tatus/418 gateway=proxy port=80");
        QVERIFY(typed.routed);
        const ExplainStep *asTyped = findStep(typed, QStringLiteral("path"));
        QVERIFY(asTyped);
        QVERIFY2(asTyped->reason.startsWith(QStringLiteral("/headers\\..\\%73tatus/418 is routed and forwarded as /status/418")),
                 qPrintable(asTyped->reason));
    }

    void routedRequest()
    {
        const Explanation e = explain("GET http://httpbin.org/status/418 gateway=proxy port=80");
        QVERIFY(e.routed);
        QCOMPARE(e.status, 0);
        QCOMPARE(e.route, QStringLiteral("httpbin[0]"));
        QCOMPARE(e.cluster, QStringLiteral("outbound|80||httpbin.org"));
        QCOMPARE(e.endpoints, QStringList{QStringLiteral("httpbin.org:80 (weight 1)")});
        QVERIFY(e.summary.contains(QStringLiteral("outbound|80||httpbin.org")));
        QVERIFY(e.summary.contains(QStringLiteral("httpbin[0]")));
        const ExplainStep *r0 = findStep(e, QStringLiteral("route httpbin[0]"));
        QVERIFY(r0->reason.contains(QStringLiteral("uri prefix /status matches /status/418")));
        QVERIFY(!findStep(e, QStringLiteral("route httpbin[1]"))); // never evaluated
    }

    void meshRequests()
    {
        const Explanation ok = explain("GET http://httpbin.org/headers gateway=mesh");
        QVERIFY(ok.routed);
        QCOMPARE(ok.cluster, QStringLiteral("outbound|80||localhost.local"));
        QCOMPARE(ok.endpoints, QStringList{QStringLiteral("127.0.0.1:80 (weight 1)")});
        QVERIFY(ok.listener.isEmpty());

        const Explanation port = explain("GET http://httpbin.org/status/418 gateway=mesh port=443");
        QCOMPARE(port.status, 404);
        QVERIFY(findStep(port, QStringLiteral("route httpbin[0]"))->reason.contains(QStringLiteral("gateway proxy is not mesh")));
        QVERIFY(findStep(port, QStringLiteral("route httpbin[1]"))->reason.contains(QStringLiteral("port 80 is not 443")));

        const Explanation passthrough = explain("GET http://example.com/ gateway=mesh");
        QVERIFY(passthrough.routed);
        QCOMPARE(passthrough.cluster, QStringLiteral("PassthroughCluster"));

        const Explanation meshTls = explain("TLS edition.cnn.com gateway=mesh port=443");
        QVERIFY(meshTls.routed);
        QCOMPARE(meshTls.cluster, QStringLiteral("outbound|443||localhost.local"));
        QCOMPARE(meshTls.route, QStringLiteral("cnn tls[1]"));
    }

    void tlsRequests()
    {
        const Explanation ok = explain("TLS edition.cnn.com gateway=proxy port=443");
        QVERIFY(ok.routed);
        QCOMPARE(ok.listener, QStringLiteral("127.0.0.1:8443"));
        QCOMPARE(ok.route, QStringLiteral("cnn tls[0]"));
        QCOMPARE(ok.cluster, QStringLiteral("outbound|443||edition.cnn.com"));

        const Explanation unknown = explain("TLS www.cnn.com gateway=proxy port=443");
        QVERIFY(!unknown.routed);
        QCOMPARE(unknown.status, 0);
        QCOMPARE(unknown.flags, QByteArray("NR"));
        QCOMPARE(unknown.details, QByteArray("filter_chain_not_found"));
        QVERIFY(unknown.summary.contains(QStringLiteral("www.cnn.com")));

        const Explanation noSni = explain("TLS gateway=proxy port=443");
        QCOMPARE(noSni.details, QByteArray("filter_chain_not_found"));
        QVERIFY(noSni.summary.contains(QStringLiteral("32466")));

        const Explanation wrongPort = explain("TLS edition.cnn.com gateway=proxy port=80");
        QVERIFY(!wrongPort.routed);
        QCOMPARE(wrongPort.flags, QByteArray("DPE"));
    }

    // Several HTTPS servers on one port: the SNI picks the server and its certificate (exact,
    // then wildcard, whatever the order); an unclaimed name or none at all is closed with NR.
    void httpsServersAreChosenBySni()
    {
        const auto compiled = compileYaml(R"(apiVersion: networking.istio.io/v1
kind: Gateway
metadata: {name: gw}
spec:
  servers:
  - port: {number: 443, name: https-wild, protocol: HTTPS}
    hosts: ["*.shop.test"]
    tls: {mode: SIMPLE, serverCertificate: /certs/wild.pem, privateKey: /certs/wild.key}
  - port: {number: 443, name: https-api, protocol: HTTPS}
    hosts: ["./api.shop.test"]
    tls: {mode: SIMPLE, serverCertificate: /certs/api.pem, privateKey: /certs/api.key}
---
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: shop}
spec:
  hosts: ["*.shop.test"]
  gateways: [gw]
  http:
  - directResponse: {status: 200}
)");
        QVERIFY(compiled.table);
        const auto explainOn = [&](const char *request) { return compiled.table->explain(parsed(request)); };

        const Explanation exact = explainOn("GET https://api.shop.test/ gateway=gw port=443");
        QCOMPARE(exact.status, 200); // the direct response
        const ExplainStep *api = findStep(exact, QStringLiteral("TLS server https-api (api.shop.test)"));
        QVERIFY(api);
        QCOMPARE(api->verdict, ExplainStep::Verdict::Matched);
        QVERIFY2(api->reason.contains(QStringLiteral("/certs/api.pem")), qPrintable(api->reason));
        QCOMPARE(findStep(exact, QStringLiteral("TLS server https-wild (*.shop.test)"))->verdict,
                 ExplainStep::Verdict::NotMatched);

        const Explanation wild = explainOn("TLS cart.shop.test gateway=gw port=443");
        QCOMPARE(wild.status, 200);
        QCOMPARE(findStep(wild, QStringLiteral("TLS server https-wild (*.shop.test)"))->verdict, ExplainStep::Verdict::Matched);

        const Explanation outside = explainOn("TLS shop.test gateway=gw port=443");
        QCOMPARE(outside.status, 0);
        QCOMPARE(outside.flags, QByteArray("NR"));
        QCOMPARE(outside.details, QByteArray("filter_chain_not_found"));
        QVERIFY(outside.summary.contains(QStringLiteral("shop.test")));

        // curl to an IP address sends no SNI.
        const Explanation byAddress = explainOn("GET https://127.0.0.1/ gateway=gw port=443");
        QCOMPARE(byAddress.status, 0);
        QCOMPARE(byAddress.details, QByteArray("filter_chain_not_found"));
        QVERIFY(byAddress.summary.contains(QStringLiteral("no SNI")));
    }

    void noListener()
    {
        const Explanation e = explain("GET http://httpbin.org/ gateway=proxy port=81");
        QVERIFY(!e.routed);
        QVERIFY(e.summary.contains(QStringLiteral("80 (listening on 127.0.0.1:8080)")));
        const Explanation unknown = explain("GET http://httpbin.org/ gateway=nope port=80");
        QVERIFY(unknown.summary.contains(QStringLiteral("no Gateway named nope")));
        const Explanation qualified = explain("GET http://httpbin.org/status/1 gateway=default/proxy port=80");
        QVERIFY(qualified.routed);
    }

    // Without port=, a gateway whose only HTTP port is not 80 is still explained (it said
    // "connection refused" before), and says which port it took; an explicit port is obeyed.
    void aMissingPortMeansTheGatewaysOnlyPort()
    {
        const auto table = compileYaml(R"(apiVersion: networking.istio.io/v1
kind: Gateway
metadata: {name: edge}
spec:
  servers:
  - port: {number: 21080, name: http, protocol: HTTP}
    hosts: ["*.example.test"]
---
apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata: {name: backend}
spec:
  hosts: [backend.example.test]
  ports: [{number: 80, name: http, protocol: HTTP}]
  resolution: STATIC
  endpoints: [{address: 127.0.0.1}]
---
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: app}
spec:
  hosts: [app.example.test]
  gateways: [edge]
  http:
  - match: [{uri: {prefix: /api}}]
    route: [{destination: {host: backend.example.test}}]
    retries: {attempts: 3, perTryTimeout: 2s, retryOn: "5xx,connect-failure"}
  - route: [{destination: {host: backend.example.test}}]
    retries: {attempts: 0}
)").table;
        QVERIFY(table);
        const Explanation e = table->explain(parsed("GET http://app.example.test/api/x gateway=edge"));
        QVERIFY2(e.routed, qPrintable(e.toText()));
        QCOMPARE(e.route, QStringLiteral("app[0]"));
        const ExplainStep *port = findStep(e, QStringLiteral("port"));
        QVERIFY(port);
        QVERIFY2(port->reason.contains(u"21080"), qPrintable(port->reason));
        // The route's retry policy is part of the answer.
        const ExplainStep *retries = findStep(e, QStringLiteral("retries"));
        QVERIFY(retries);
        QVERIFY2(retries->reason.contains(u"3 more attempts") && retries->reason.contains(u"2000 ms")
                     && retries->reason.contains(u"5xx"),
                 qPrintable(retries->reason));
        QCOMPARE(findStep(table->explain(parsed("GET http://app.example.test/ gateway=edge")), QStringLiteral("retries"))->reason,
                 QStringLiteral("none"));

        const Explanation given = table->explain(parsed("GET http://app.example.test/api/x gateway=edge port=80"));
        QVERIFY(!given.routed);
        QVERIFY(given.summary.contains(u"has no server on port 80"));
    }

    void unknownHostIsNotFound()
    {
        const Explanation e = explain("GET http://example.com/status/418 gateway=proxy port=80");
        QCOMPARE(e.status, 404);
        QCOMPARE(e.details, QByteArray("route_not_found"));
        QVERIFY(e.virtualHost.isEmpty());
        const ExplainStep *vh = findStep(e, QStringLiteral("virtual host httpbin.org:80"));
        QVERIFY(vh && vh->verdict == ExplainStep::Verdict::NotMatched);
        QVERIFY(vh->reason.contains(QStringLiteral("example.com is not httpbin.org")));
    }

    void clusterProblems()
    {
        const auto r = compileYaml(kGatewayAndBackend + R"(apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata: {name: unresolved}
spec:
  hosts: [none.example.com]
  ports: [{number: 80, name: http, protocol: HTTP}]
---
apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata: {name: be}
spec:
  host: backend.local
  subsets: [{name: canary, labels: {track: canary}}]
---
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: p}
spec:
  hosts: [p.example.com]
  gateways: [gw]
  http:
  - match: [{uri: {prefix: /nc}}]
    route: [{destination: {host: nowhere.example}}]
  - match: [{uri: {prefix: /uh}}]
    route: [{destination: {host: none.example.com}}]
  - match: [{uri: {prefix: /subset}}]
    route: [{destination: {host: backend.local, subset: canary}}]
  - match: [{uri: {prefix: /moved}}]
    redirect: {uri: /new, authority: new.example.com, redirectCode: 307}
  - match: [{uri: {prefix: /health}}]
    directResponse: {status: 204}
)");
        auto ex = [&](const char *path) {
            RequestDescription d = parsed("GET /x host=p.example.com gateway=gw");
            d.path = path;
            return r.table->explain(d);
        };
        const Explanation nc = ex("/nc");
        QCOMPARE(nc.status, 503);
        QCOMPARE(nc.flags, QByteArray("NC"));
        QCOMPARE(nc.details, QByteArray("cluster_not_found"));
        QVERIFY(nc.summary.contains(QStringLiteral("nowhere.example")));
        const Explanation uh = ex("/uh");
        QCOMPARE(uh.status, 503);
        QCOMPARE(uh.flags, QByteArray("UH"));
        QCOMPARE(uh.details, QByteArray("no_healthy_upstream"));
        QVERIFY(uh.summary.contains(QStringLiteral("resolution NONE")));
        const Explanation subset = ex("/subset");
        QCOMPARE(subset.flags, QByteArray("UH"));
        QVERIFY(subset.summary.contains(QStringLiteral("subset canary")));
        const Explanation moved = ex("/moved/a");
        QCOMPARE(moved.status, 307);
        QCOMPARE(moved.location, QByteArray("http://new.example.com/new"));
        const Explanation health = ex("/health");
        QCOMPARE(health.status, 204);
        QCOMPARE(health.details, QByteArray("direct_response"));
    }

    void httpsRedirectAndWeights()
    {
        const auto https = RouteTable::compile(loadFiles({corpus("06-dns-round-robin-and-https.yaml")}), EngineSettings{});
        const Explanation e = https.table->explain(parsed("GET http://static.example.com/a?b=1 gateway=https-edge port=80"));
        QCOMPARE(e.status, 301);
        QCOMPARE(e.location, QByteArray("https://static.example.com/a?b=1"));
        const Explanation terminated =
            https.table->explain(parsed("GET https://static.example.com/assets/x gateway=https-edge port=443"));
        QVERIFY(terminated.routed);
        QCOMPARE(terminated.route, QStringLiteral("static-site[0]"));
        // A TLS connection to a terminating port is explained as GET / with the SNI as Host.
        const Explanation tlsIn = https.table->explain(parsed("TLS static.example.com gateway=https-edge port=443"));
        QVERIFY(tlsIn.routed);
        QCOMPARE(tlsIn.route, QStringLiteral("static-site[1]"));

        const auto canary = RouteTable::compile(loadFiles({corpus("01-weighted-canary.yaml")}), EngineSettings{});
        const Explanation split =
            canary.table->explain(parsed("GET http://api.shop.example.com/orders gateway=shop/shop-gateway"));
        QVERIFY(split.routed);
        QCOMPARE(split.route, QStringLiteral("api[1] (split)"));
        QCOMPARE(split.cluster, QStringLiteral("outbound|8080|v1|api.shop.example.com (90%), "
                                               "outbound|8080|v2|api.shop.example.com (10%)"));
        QCOMPARE(split.endpoints, QStringList{QStringLiteral("127.0.0.1:8080 (weight 1)")});
        const Explanation header = canary.table->explain(
            parsed("GET http://api.shop.example.com/orders gateway=shop-gateway header:x-canary=true"));
        QCOMPARE(header.route, QStringLiteral("api[0] (canary)"));
        QVERIFY(findStep(header, QStringLiteral("route api[0] (canary)"))->reason.contains(QStringLiteral("header x-canary exact true")));
        const Explanation missing = canary.table->explain(
            parsed("GET http://api.shop.example.com/orders gateway=shop-gateway header:x-canary=false"));
        QVERIFY(findStep(missing, QStringLiteral("route api[0] (canary)"))
                    ->reason.contains(QStringLiteral("header x-canary value \"false\" does not match exact true")));
        const Explanation absent = canary.table->explain(parsed("GET http://api.shop.example.com/ gateway=shop-gateway"));
        QVERIFY(findStep(absent, QStringLiteral("route api[0] (canary)"))->reason.contains(QStringLiteral("header x-canary missing")));
    }

    void explainAgreesWithMatchHttp_data()
    {
        QTest::addColumn<QString>("request");
        QTest::newRow("regex GET") << "GET http://www.shop.example.com/api/v1/x gateway=shop-gateway";
        QTest::newRow("regex POST") << "POST http://www.shop.example.com/api/v1/x gateway=shop-gateway";
        QTest::newRow("authority redirect") << "GET http://legacy.shop.example.com/ gateway=shop-gateway";
        QTest::newRow("health") << "GET http://www.shop.example.com/healthz gateway=shop-gateway";
        QTest::newRow("case-insensitive prefix") << "GET http://www.shop.example.com/OLD-DOCS/a gateway=shop-gateway";
        QTest::newRow("fault query") << "GET http://chaos.shop.example.com/?fail=1 gateway=shop-gateway";
        QTest::newRow("no query") << "GET http://chaos.shop.example.com/ gateway=shop-gateway";
        QTest::newRow("canary") << "GET http://api.shop.example.com/ gateway=shop-gateway header:x-canary=true";
        QTest::newRow("unknown host") << "GET http://nope.shop.example.com/ gateway=shop-gateway";
    }
    void explainAgreesWithMatchHttp()
    {
        QFETCH(QString, request);
        const auto t = RouteTable::compile(loadFiles({corpus("01-weighted-canary.yaml"), corpus("02-redirects-and-direct.yaml"),
                                                      corpus("03-faults.yaml")}),
                                           EngineSettings{})
                           .table;
        const RequestDescription d = RequestDescription::parse(request).value();
        const int listener = t->findListener(d.gateway, d.port);
        QVERIFY(listener >= 0);
        test::Headers headers(d.headers.begin(), d.headers.end());
        const auto m = t->matchHttp(listener, d.host.toUtf8(), d.port, d.method, d.path, d.scheme, &lookup, &headers);
        const Explanation e = t->explain(d);
        QCOMPARE(e.route, m.route ? m.route->displayName : QString());
        QCOMPARE(e.virtualHost, m.virtualHost ? m.virtualHost->name : QString());
    }
};

QTEST_GUILESS_MAIN(TestRouteExplain)
#include "tst_routeexplain.moc"
