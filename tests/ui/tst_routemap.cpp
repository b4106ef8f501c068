// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/workspace.h"
#include "config/configloader.h"
#include "documentcontroller.h"
#include "editors/resourceeditor.h"
#include "engine/engine.h"
#include "freeport.h"
#include "mainwindow.h"
#include "routemap/routemapgraph.h"
#include "routemap/routemappanel.h"
#include "routemap/routemaptraffic.h"
#include "routemap/routemapview.h"
#include "testpaths.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QRegularExpression>
#include <QDockWidget>
#include <QTest>

using namespace meshgate;
using Kind = RouteMapNode::Kind;

namespace {

QString referencePath()
{
    return test::sourceDir() + QStringLiteral("/resources/examples/reference-scenario.yaml");
}

std::shared_ptr<const RouteTable> compile(const QByteArray &yaml, const EngineSettings &settings = {})
{
    const LoadResult loaded = ConfigLoader::loadText(yaml, QStringLiteral("test.yaml"));
    if (hasErrors(loaded.diagnostics))
        return {};
    return RouteTable::compile(loaded.config, settings).table;
}

int nodeTitled(const RouteMapGraph &g, Kind kind, const QString &title)
{
    for (size_t i = 0; i < g.nodes().size(); ++i)
        if (g.nodes()[i].kind == kind && g.nodes()[i].title == title)
            return int(i);
    return -1;
}

AccessLogRecord httpRecord(const char *local, const char *authority, const char *path, const char *cluster,
                           const char *upstreamHost)
{
    AccessLogRecord r;
    r.method = "GET";
    r.protocol = "HTTP/1.1";
    r.path = path;
    r.authority = authority;
    r.downstreamLocalAddress = local;
    r.upstreamCluster = cluster;
    r.upstreamHost = upstreamHost;
    r.responseCode = cluster[0] ? 200 : 404;
    return r;
}

// The edges of a record packed as the engine delivers it to the route map.
std::array<int, 4> edgesOf(const RouteMapGraph &g, const AccessLogRecord &record)
{
    return g.edgesFor(LogRow::fromRecord(record).view());
}

// Two routes for one host; the first only for requests with a header the log does not keep.
const char *const kCanary = R"(apiVersion: networking.istio.io/v1
kind: Gateway
metadata: {name: gw}
spec:
  servers:
  - port: {number: 80, name: http, protocol: HTTP}
    hosts: [shop.example]
---
apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata: {name: stable}
spec:
  hosts: [stable.internal]
  ports: [{number: 80, name: http, protocol: HTTP}]
  resolution: STATIC
  endpoints: [{address: 127.0.0.1}, {address: 127.0.0.2}]
---
apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata: {name: canary}
spec:
  hosts: [canary.internal]
  ports: [{number: 80, name: http, protocol: HTTP}]
  resolution: STATIC
  endpoints: [{address: 127.0.0.3}]
---
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: shop}
spec:
  hosts: [shop.example]
  gateways: [gw]
  http:
  - match: [{headers: {x-canary: {exact: "yes"}}}]
    route: [{destination: {host: canary.internal}}]
  - name: stable
    route: [{destination: {host: stable.internal}}]
)";

} // namespace

class TestRouteMap : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void graphOfTheReferenceScenario();
    void meshOffLeavesTheMeshOut();
    void recordsCountOnTheEdgesTheyTravelled();
    void unnamedRoutesAreFoundByTheirCluster();
    void noClusterFoundCountsOnTheUnregisteredDestination();
    void httpsServersSharingAPortHaveTheirOwnRoutes();
    void bindsSharingAPortAreToldApartByAddress();
    void clickingANodeSelectsItsResource();
    void followsTheWorkspaceWhileStopped();
    void showsLiveRatesFromARunningEngine();
};

void TestRouteMap::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MeshgateRouteMapTest"));
    QCoreApplication::setApplicationName(QStringLiteral("meshgate-routemap-test"));
}

void TestRouteMap::graphOfTheReferenceScenario()
{
    const auto table = compile(test::readFile(referencePath()));
    QVERIFY(table);
    const RouteMapGraph g = RouteMapGraph::build(table, 15001);
    // proxy :80 (HTTP), proxy :443 (TLS passthrough) and the mesh.
    QCOMPARE(g.count(Kind::Listener), 3);
    // httpbin.org on :80, edition.cnn.com by SNI on :443, and each again on the mesh.
    QCOMPARE(g.count(Kind::VirtualHost), 4);
    // httpbin[0] (proxy, /status), cnn tls[0], and the mesh's httpbin[1] and cnn tls[1].
    QCOMPARE(g.count(Kind::Route), 4);
    // httpbin.org:80, edition.cnn.com:443, localhost.local:80 and :443.
    QCOMPARE(g.count(Kind::Cluster), 4);
    // httpbin.org:80 and edition.cnn.com:443 (DNS), 127.0.0.1:80 and 127.0.0.1:443.
    QCOMPARE(g.count(Kind::Endpoint), 4);
    QCOMPARE(int(g.edges().size()), 4 + 4 + 4 + 4);

    const int proxy80 = nodeTitled(g, Kind::Listener, QStringLiteral("proxy :80"));
    QVERIFY(proxy80 >= 0);
    QVERIFY(g.nodes()[size_t(proxy80)].detail.contains(QStringLiteral("127.0.0.1:8080")));
    QVERIFY(nodeTitled(g, Kind::Listener, QStringLiteral("proxy :443")) >= 0);
    QVERIFY(nodeTitled(g, Kind::Listener, QStringLiteral("mesh :15001")) >= 0);

    // The gateway's path: proxy :80 → httpbin.org → httpbin[0] → outbound|80||httpbin.org.
    const int route0 = nodeTitled(g, Kind::Route, QStringLiteral("httpbin[0]"));
    const int route1 = nodeTitled(g, Kind::Route, QStringLiteral("httpbin[1]"));
    const int httpbinCluster = nodeTitled(g, Kind::Cluster, QStringLiteral("outbound|80||httpbin.org"));
    const int localCluster = nodeTitled(g, Kind::Cluster, QStringLiteral("outbound|80||localhost.local"));
    QVERIFY(route0 >= 0 && route1 >= 0 && httpbinCluster >= 0 && localCluster >= 0);
    QVERIFY(g.nodes()[size_t(route0)].detail.contains(QStringLiteral("prefix /status")));
    QVERIFY(g.edgeIndex(route0, httpbinCluster) >= 0);
    QVERIFY(g.edgeIndex(route1, localCluster) >= 0);
    QCOMPARE(g.edgeIndex(route0, localCluster), -1);
    QVERIFY(g.edgeIndex(localCluster, nodeTitled(g, Kind::Endpoint, QStringLiteral("127.0.0.1:80"))) >= 0);

    // What a click opens.
    const auto refOf = [&g](int node) { return g.nodes()[size_t(node)].resource; };
    QCOMPARE(refOf(proxy80)->kind, ResourceKind::Gateway);
    QCOMPARE(refOf(proxy80)->name, QStringLiteral("proxy"));
    QCOMPARE(refOf(route1)->kind, ResourceKind::VirtualService);
    QCOMPARE(refOf(route1)->name, QStringLiteral("httpbin"));
    QCOMPARE(refOf(localCluster)->kind, ResourceKind::ServiceEntry);
    QCOMPARE(refOf(localCluster)->name, QStringLiteral("localhost"));
    QCOMPARE(refOf(nodeTitled(g, Kind::Route, QStringLiteral("cnn tls[0]")))->name, QStringLiteral("cnn"));
}

void TestRouteMap::meshOffLeavesTheMeshOut()
{
    const auto table = compile(test::readFile(referencePath()));
    const RouteMapGraph g = RouteMapGraph::build(table, 0);
    QCOMPARE(g.count(Kind::Listener), 2);
    QCOMPARE(g.count(Kind::Route), 2);
    QCOMPARE(g.count(Kind::Cluster), 2); // localhost.local is only reached through the mesh
    QVERIFY(RouteMapGraph::build(nullptr, 15001).isEmpty());
}

void TestRouteMap::recordsCountOnTheEdgesTheyTravelled()
{
    const RouteMapGraph g = RouteMapGraph::build(compile(test::readFile(referencePath())), 15001);
    const int proxy80 = nodeTitled(g, Kind::Listener, QStringLiteral("proxy :80"));
    const int proxy443 = nodeTitled(g, Kind::Listener, QStringLiteral("proxy :443"));
    const int mesh = nodeTitled(g, Kind::Listener, QStringLiteral("mesh :15001"));
    const int route0 = nodeTitled(g, Kind::Route, QStringLiteral("httpbin[0]"));
    const int route1 = nodeTitled(g, Kind::Route, QStringLiteral("httpbin[1]"));
    const int httpbin = nodeTitled(g, Kind::Cluster, QStringLiteral("outbound|80||httpbin.org"));
    const int local80 = nodeTitled(g, Kind::Cluster, QStringLiteral("outbound|80||localhost.local"));
    const int cnn = nodeTitled(g, Kind::Cluster, QStringLiteral("outbound|443||edition.cnn.com"));
    const int cnnRoute = nodeTitled(g, Kind::Route, QStringLiteral("cnn tls[0]"));

    // A routed request: every edge, the DNS endpoint by elimination (its address was resolved).
    const AccessLogRecord teapot = httpRecord("127.0.0.1:8080", "httpbin.org", "/status/418",
                                              "outbound|80||httpbin.org", "34.227.213.82:80");
    const auto routed = edgesOf(g, teapot);
    QCOMPARE(routed[1], g.edgeIndex(g.edges()[size_t(routed[0])].to, route0));
    QCOMPARE(g.edges()[size_t(routed[0])].from, proxy80);
    QCOMPARE(routed[2], g.edgeIndex(route0, httpbin));
    QVERIFY(routed[3] >= 0);
    QCOMPARE(g.edges()[size_t(routed[3])].from, httpbin);

    // 404 NR: the virtual host matched, no route did.
    const auto noRoute = edgesOf(g, httpRecord("127.0.0.1:8080", "httpbin.org:8080", "/headers", "", ""));
    QCOMPARE(noRoute[0], routed[0]);
    QCOMPARE(noRoute[1], -1);
    QCOMPARE(noRoute[2], -1);

    // The mesh, with an endpoint found by address.
    const auto viaMesh = edgesOf(g, httpRecord("127.0.0.1:15001", "httpbin.org", "/get",
                                               "outbound|80||localhost.local", "127.0.0.1:80"));
    QCOMPARE(g.edges()[size_t(viaMesh[0])].from, mesh);
    QCOMPARE(viaMesh[2], g.edgeIndex(route1, local80));
    QCOMPARE(viaMesh[3], g.edgeIndex(local80, nodeTitled(g, Kind::Endpoint, QStringLiteral("127.0.0.1:80"))));

    // A TLS passthrough connection, by SNI.
    AccessLogRecord tls;
    tls.downstreamLocalAddress = "127.0.0.1:8443";
    tls.requestedServerName = "edition.cnn.com";
    tls.upstreamCluster = "outbound|443||edition.cnn.com";
    tls.upstreamHost = "151.101.3.5:443";
    const auto viaTls = edgesOf(g, tls);
    QCOMPARE(g.edges()[size_t(viaTls[0])].from, proxy443);
    QCOMPARE(viaTls[2], g.edgeIndex(cnnRoute, cnn));

    // Another port: nothing of this map.
    const auto elsewhere = edgesOf(g, httpRecord("127.0.0.1:9999", "httpbin.org", "/status/200", "", ""));
    QCOMPARE(elsewhere, (std::array<int, 4>{-1, -1, -1, -1}));

    RouteMapTraffic traffic;
    traffic.reset(int(g.edges().size()));
    traffic.add(g, {LogRow::fromRecord(teapot), LogRow::fromRecord(teapot), LogRow::fromRecord(tls)});
    std::vector<double> rates = traffic.takeRates(2.0);
    QCOMPARE(rates[size_t(routed[2])], 1.0);  // two requests in two seconds
    QCOMPARE(rates[size_t(viaTls[2])], 0.5);
    QCOMPARE(rates[size_t(viaMesh[2])], 0.0);
    QCOMPARE(traffic.counted(), quint64(3));
    rates = traffic.takeRates(1.0); // counted once, then the next second starts at zero
    QCOMPARE(std::accumulate(rates.begin(), rates.end(), 0.0), 0.0);
}

void TestRouteMap::unnamedRoutesAreFoundByTheirCluster()
{
    EngineSettings settings;
    settings.portOffset = 8000;
    const RouteMapGraph g = RouteMapGraph::build(compile(kCanary, settings), 0);
    QVERIFY(!g.isEmpty());
    const int canaryRoute = nodeTitled(g, Kind::Route, QStringLiteral("shop[0]"));
    const int stableRoute = nodeTitled(g, Kind::Route, QStringLiteral("shop[1] (stable)"));
    const int canary = nodeTitled(g, Kind::Cluster, QStringLiteral("outbound|80||canary.internal"));
    const int stable = nodeTitled(g, Kind::Cluster, QStringLiteral("outbound|80||stable.internal"));
    QVERIFY(canaryRoute >= 0 && stableRoute >= 0 && canary >= 0 && stable >= 0);
    QVERIFY(g.nodes()[size_t(canaryRoute)].detail.contains(QStringLiteral("1 header")));

    // The header that chose the canary is not in the log: the cluster tells.
    const auto viaCanary = edgesOf(g, httpRecord("127.0.0.1:8080", "shop.example", "/", "outbound|80||canary.internal",
                                                 "127.0.0.3:80"));
    QCOMPARE(viaCanary[2], g.edgeIndex(canaryRoute, canary));
    QCOMPARE(viaCanary[3], g.edgeIndex(canary, nodeTitled(g, Kind::Endpoint, QStringLiteral("127.0.0.3:80"))));
    // A named route is found by its name.
    AccessLogRecord named = httpRecord("127.0.0.1:8080", "shop.example", "/", "outbound|80||stable.internal",
                                       "127.0.0.2:80");
    named.routeName = "stable";
    const auto viaStable = edgesOf(g, named);
    QCOMPARE(viaStable[2], g.edgeIndex(stableRoute, stable));
    // Two endpoints: the one the request went to.
    QCOMPARE(viaStable[3], g.edgeIndex(stable, nodeTitled(g, Kind::Endpoint, QStringLiteral("127.0.0.2:80"))));
}

void TestRouteMap::noClusterFoundCountsOnTheUnregisteredDestination()
{
    // A split whose second destination is misspelt: the 503 NC requests went there, and the map
    // is there to explain them.
    QByteArray yaml = kCanary;
    yaml.replace("  - name: stable\n    route: [{destination: {host: stable.internal}}]\n",
                 "  - name: stable\n    route: [{destination: {host: stable.internal}, weight: 80},"
                 " {destination: {host: stable.internernal}, weight: 20}]\n");
    EngineSettings settings;
    settings.portOffset = 8000;
    const RouteMapGraph g = RouteMapGraph::build(compile(yaml, settings), 0);
    QVERIFY(!g.isEmpty());
    const int route = nodeTitled(g, Kind::Route, QStringLiteral("shop[1] (stable)"));
    const int missing = nodeTitled(g, Kind::Cluster, QStringLiteral("stable.internernal"));
    QVERIFY(route >= 0 && missing >= 0);
    AccessLogRecord nc = httpRecord("127.0.0.1:8080", "shop.example", "/", "", "");
    nc.routeName = "stable";
    nc.responseCode = 503;
    nc.responseFlags = ResponseFlags(ResponseFlags::NoClusterFound);
    const auto edges = edgesOf(g, nc);
    QVERIFY(edges[1] >= 0);
    QCOMPARE(edges[2], g.edgeIndex(route, missing));
    QVERIFY(edges[2] >= 0);
    QCOMPARE(edges[3], -1);
}

// Two HTTPS servers on one port, each with its own VirtualService: as in the engine, the SNI
// picks the server, and each server reaches only its own hosts.
void TestRouteMap::httpsServersSharingAPortHaveTheirOwnRoutes()
{
    const char *const yaml = R"(apiVersion: networking.istio.io/v1
kind: Gateway
metadata: {name: gw}
spec:
  servers:
  - port: {number: 443, name: https-api, protocol: HTTPS}
    hosts: [api.shop.test]
    tls: {mode: SIMPLE, serverCertificate: /api.pem, privateKey: /api.key}
  - port: {number: 443, name: https-web, protocol: HTTPS}
    hosts: [www.shop.test]
    tls: {mode: SIMPLE, serverCertificate: /web.pem, privateKey: /web.key}
---
apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata: {name: backends}
spec:
  hosts: [api.internal, web.internal]
  ports: [{number: 80, name: http, protocol: HTTP}]
  resolution: STATIC
  endpoints: [{address: 127.0.0.1}]
---
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: api}
spec:
  hosts: [api.shop.test]
  gateways: [gw]
  http: [{route: [{destination: {host: api.internal}}]}]
---
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: web}
spec:
  hosts: [www.shop.test]
  gateways: [gw]
  http: [{route: [{destination: {host: web.internal}}]}]
)";
    EngineSettings settings;
    settings.portOffset = 8000;
    const RouteMapGraph g = RouteMapGraph::build(compile(yaml, settings), 0);
    QVERIFY(!g.isEmpty());
    QCOMPARE(g.count(Kind::Listener), 2);
    const int api = nodeTitled(g, Kind::Listener, QStringLiteral("gw :443 https-api"));
    const int web = nodeTitled(g, Kind::Listener, QStringLiteral("gw :443 https-web"));
    QVERIFY(api >= 0 && web >= 0);
    QVERIFY(g.nodes()[size_t(api)].detail.startsWith(QStringLiteral("api.shop.test")));
    const auto hostNode = [&](const QString &name) {
        for (size_t i = 0; i < g.nodes().size(); ++i)
            if (g.nodes()[i].kind == Kind::VirtualHost && g.nodes()[i].title.split(QStringLiteral(", ")).contains(name))
                return int(i);
        return -1;
    };
    const int apiHost = hostNode(QStringLiteral("api.shop.test"));
    const int webHost = hostNode(QStringLiteral("www.shop.test"));
    QVERIFY(apiHost >= 0 && webHost >= 0);
    QVERIFY(g.edgeIndex(api, apiHost) >= 0);
    QCOMPARE(g.edgeIndex(api, webHost), -1); // the merged routes would draw this edge
    QVERIFY(g.edgeIndex(web, webHost) >= 0);
    QCOMPARE(g.edgeIndex(web, apiHost), -1);

    // A request is drawn through the server its SNI chose.
    AccessLogRecord viaApi = httpRecord("127.0.0.1:8443", "api.shop.test", "/orders", "outbound|80||api.internal",
                                        "127.0.0.1:80");
    viaApi.requestedServerName = "api.shop.test";
    const auto edges = edgesOf(g, viaApi);
    QCOMPARE(edges[0], g.edgeIndex(api, apiHost));
    QVERIFY(edges[2] >= 0);
    QCOMPARE(g.nodes()[size_t(g.edges()[size_t(edges[2])].to)].title, QStringLiteral("outbound|80||api.internal"));
    // The other server's host on that connection is not found (404 NR in the engine): no edge.
    AccessLogRecord crossed = httpRecord("127.0.0.1:8443", "www.shop.test", "/", "", "");
    crossed.requestedServerName = "api.shop.test";
    QCOMPARE(edgesOf(g, crossed), (std::array<int, 4>{-1, -1, -1, -1}));
}

void TestRouteMap::bindsSharingAPortAreToldApartByAddress()
{
    // Two servers on one port, each bound to its own loopback address, as a laptop serves an
    // internal and a "public" face of the same port.
    const char *const yaml = R"(apiVersion: networking.istio.io/v1
kind: Gateway
metadata: {name: gw}
spec:
  servers:
  - port: {number: 80, name: http-internal, protocol: HTTP}
    bind: 127.0.0.1
    hosts: [internal.shop.test]
  - port: {number: 80, name: http-public, protocol: HTTP}
    bind: 127.0.0.2
    hosts: [www.shop.test]
---
apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata: {name: backends}
spec:
  hosts: [internal.backend, web.backend]
  ports: [{number: 80, name: http, protocol: HTTP}]
  resolution: STATIC
  endpoints: [{address: 127.0.0.1}]
---
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: internal}
spec:
  hosts: [internal.shop.test]
  gateways: [gw]
  http: [{route: [{destination: {host: internal.backend}}]}]
---
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: web}
spec:
  hosts: [www.shop.test]
  gateways: [gw]
  http: [{route: [{destination: {host: web.backend}}]}]
)";
    EngineSettings settings;
    settings.portOffset = 8000;
    const RouteMapGraph g = RouteMapGraph::build(compile(yaml, settings), 0);
    QVERIFY(!g.isEmpty());
    QCOMPARE(g.count(Kind::Listener), 2);
    int first = -1;
    int second = -1;
    for (size_t i = 0; i < g.nodes().size(); ++i) {
        if (g.nodes()[i].kind != Kind::Listener)
            continue;
        if (g.nodes()[i].detail.startsWith(QStringLiteral("127.0.0.1:8080")))
            first = int(i);
        else if (g.nodes()[i].detail.startsWith(QStringLiteral("127.0.0.2:8080")))
            second = int(i);
    }
    QVERIFY2(first >= 0 && second >= 0, "one listener node per bind address");

    // Each request is drawn from the listener that accepted it, whichever was compiled last.
    const auto viaFirst = edgesOf(g, httpRecord("127.0.0.1:8080", "internal.shop.test", "/", "outbound|80||internal.backend",
                                                "127.0.0.1:80"));
    QVERIFY(viaFirst[0] >= 0);
    QCOMPARE(g.edges()[size_t(viaFirst[0])].from, first);
    QVERIFY(viaFirst[2] >= 0);
    const auto viaSecond = edgesOf(g, httpRecord("127.0.0.2:8080", "www.shop.test", "/", "outbound|80||web.backend",
                                                 "127.0.0.1:80"));
    QVERIFY(viaSecond[0] >= 0);
    QCOMPARE(g.edges()[size_t(viaSecond[0])].from, second);
    QVERIFY(viaSecond[2] >= 0);
}

void TestRouteMap::clickingANodeSelectsItsResource()
{
    MainWindow window;
    window.resize(1400, 900);
    QVERIFY(window.documents()->openFiles({referencePath()}));
    window.workspace()->revalidateNow();
    auto *panel = new RouteMapPanel(window.workspace());
    QDockWidget *dock = window.addPanel(panel, QStringLiteral("Route map"), QStringLiteral("RouteMapDock"));
    connect(panel, &RouteMapPanel::resourceActivated, &window, &MainWindow::selectResource);
    connect(&window, &MainWindow::currentResourceChanged, panel, &RouteMapPanel::setCurrentResource);
    window.show();
    window.showPanel(panel);
    window.resizeDocks({dock}, {450}, Qt::Vertical);
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    panel->rebuildNow();
    RouteMapView *view = panel->view();
    Workspace *ws = window.workspace();

    const auto click = [view](Kind kind, const QString &title) {
        const int node = nodeTitled(view->graph(), kind, title);
        if (node < 0)
            return false;
        view->ensureVisible(view->nodeRect(node), 10, 10);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->viewportPosOf(node));
        return true;
    };
    const auto idOf = [ws](ResourceKind kind, const QString &name) { return ws->entry(ws->indexOf(kind, name)).id; };

    QVERIFY(click(Kind::Route, QStringLiteral("cnn tls[1]")));
    QCOMPARE(window.resourceEditor()->currentId(), idOf(ResourceKind::VirtualService, QStringLiteral("cnn")));
    QVERIFY(click(Kind::Listener, QStringLiteral("proxy :443")));
    QCOMPARE(window.resourceEditor()->currentId(), idOf(ResourceKind::Gateway, QStringLiteral("proxy")));
    QVERIFY(click(Kind::Endpoint, QStringLiteral("127.0.0.1:443")));
    QCOMPARE(window.resourceEditor()->currentId(), idOf(ResourceKind::ServiceEntry, QStringLiteral("localhost")));
    QVERIFY(click(Kind::Cluster, QStringLiteral("outbound|80||httpbin.org")));
    QCOMPARE(window.resourceEditor()->currentId(), idOf(ResourceKind::ServiceEntry, QStringLiteral("httpbin-ext")));

    // The mesh has no resource of its own: a click there changes nothing.
    QVERIFY(click(Kind::Listener, QStringLiteral("mesh :15001")));
    QCOMPARE(window.resourceEditor()->currentId(), idOf(ResourceKind::ServiceEntry, QStringLiteral("httpbin-ext")));
    // A drag pans; it does not select.
    const int node = nodeTitled(view->graph(), Kind::Route, QStringLiteral("httpbin[0]"));
    const QPoint at = view->viewportPosOf(node);
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseMove(view->viewport(), at + QPoint(30, 0));
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, at + QPoint(30, 0));
    QCOMPARE(window.resourceEditor()->currentId(), idOf(ResourceKind::ServiceEntry, QStringLiteral("httpbin-ext")));
}

void TestRouteMap::followsTheWorkspaceWhileStopped()
{
    MainWindow window;
    QVERIFY(window.documents()->openFiles({referencePath()}));
    auto *panel = new RouteMapPanel(window.workspace());
    window.addPanel(panel, QStringLiteral("Route map"), QStringLiteral("RouteMapDock"));
    window.show();
    window.showPanel(panel);
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Workspace *ws = window.workspace();
    ws->revalidateNow();
    QVERIFY(QTest::qWaitFor([panel] { return panel->view()->graph().count(Kind::Route) == 4; }, 5000));

    // The TLS VirtualService goes: its SNI hosts and routes leave the map.
    QVERIFY(ws->removeResources({ws->entry(ws->indexOf(ResourceKind::VirtualService, QStringLiteral("cnn"))).id}));
    QVERIFY(QTest::qWaitFor([panel] { return panel->view()->graph().count(Kind::Route) == 2; }, 5000));
    QCOMPARE(panel->view()->graph().count(Kind::VirtualHost), 2);

    // An error: the map keeps the last valid configuration and says so.
    const int gw = ws->indexOf(ResourceKind::Gateway, QStringLiteral("proxy"));
    QByteArray text = ws->entry(gw).text;
    text.replace("number: 80", "number: 99999");
    QCOMPARE(ws->replaceFromText(ws->entry(gw).id, text), Workspace::TextCommit::Committed);
    ws->revalidateNow();
    QVERIFY(ws->hasErrors());
    QVERIFY(QTest::qWaitFor([panel] { return panel->statusText().contains(QStringLiteral("last valid")); }, 5000));
    QCOMPARE(panel->view()->graph().count(Kind::Route), 2);
    ws->undoStack()->undo();
    ws->undoStack()->undo();
    ws->revalidateNow();
    QVERIFY(QTest::qWaitFor([panel] { return panel->view()->graph().count(Kind::Route) == 4; }, 5000));
    QVERIFY(panel->statusText().contains(QStringLiteral("stopped")));
}

void TestRouteMap::showsLiveRatesFromARunningEngine()
{
    const QList<quint16> ports = test::FreePort::pickMany(1);
    const std::optional<int> offset = test::FreePort::offsetFor({80, 443}, ports);
    QVERIFY(offset);
    EngineSettings settings;
    settings.portOffset = *offset;
    settings.meshPort = ports.value(0);
    settings.adminPort = 0;
    settings.workers = 1;
    const LoadResult loaded = ConfigLoader::loadFiles({referencePath()});
    Engine engine(settings);
    QVERIFY(engine.apply(loaded.config).applied);

    Workspace ws;
    QVERIFY(ws.open({referencePath()}).ok);
    RouteMapPanel panel(&ws);
    panel.resize(1200, 500);
    panel.show();
    panel.setEngine(&engine);
    const RouteMapGraph &g = panel.view()->graph();
    QCOMPARE(g.count(Kind::Listener), 3);
    QVERIFY(panel.statusText().contains(QStringLiteral("generation")));
    const int proxy80 = nodeTitled(g, Kind::Listener, QStringLiteral("proxy :%1").arg(80));
    const int vhost = g.edges()[size_t([&] {
        for (size_t i = 0; i < g.edges().size(); ++i)
            if (g.edges()[i].from == proxy80)
                return int(i);
        return -1;
    }())].to;
    const int edge = g.edgeIndex(proxy80, vhost);
    QCOMPARE(panel.view()->edgeLabel(edge), QStringLiteral("0/s")); // live, nothing yet

    // Requests without a route (404 NR) still travel listener → virtual host.
    QNetworkAccessManager http;
    const bool shown = QTest::qWaitFor([&] {
        for (int i = 0; i < 4; ++i) {
            QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/headers").arg(80 + *offset)));
            request.setRawHeader("Host", "httpbin.org");
            QNetworkReply *reply = http.get(request);
            connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
        }
        return panel.view()->rates().size() > size_t(edge) && panel.view()->rates()[size_t(edge)] > 0;
    }, 15000);
    QVERIFY(shown);
    QVERIFY(panel.view()->edgeLabel(edge).endsWith(QStringLiteral("/s")));
    QVERIFY(panel.view()->edgeLabel(edge) != QStringLiteral("0/s"));
    // The label also counts the requests so far: "12 · 3.0/s".
    const QString label = panel.view()->edgeLabel(edge);
    QVERIFY2(QRegularExpression(QStringLiteral("^[1-9][\\d,]* · ")).match(label).hasMatch(), qPrintable(label));

    // A new configuration applied to the engine redraws the map.
    ConfigSet smaller = loaded.config;
    smaller.resources.erase(std::remove_if(smaller.resources.begin(), smaller.resources.end(),
                                           [](const Resource &r) { return r.kind() == ResourceKind::VirtualService && r.metadata.name == u"cnn"; }),
                            smaller.resources.end());
    QVERIFY(engine.apply(smaller).applied);
    QVERIFY(QTest::qWaitFor([&panel] { return panel.view()->graph().count(Kind::Route) == 2; }, 5000));

    // Applied while the map is out of sight (another tab in front): the requests from then on
    // are counted, not only those after the map is looked at again.
    QTest::qWait(2000); // the requests sent above, answered and logged
    panel.hide();
    QVERIFY(engine.apply(loaded.config).applied);
    QVERIFY(QTest::qWaitFor([&panel] { return panel.view()->graph().count(Kind::Route) == 4; }, 5000)); // drawn, hidden
    int finished = 0;
    for (int i = 0; i < 5; ++i) {
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/headers").arg(80 + *offset)));
        request.setRawHeader("Host", "httpbin.org");
        QNetworkReply *reply = http.get(request);
        connect(reply, &QNetworkReply::finished, reply, [reply, &finished] {
            ++finished;
            reply->deleteLater();
        });
    }
    QVERIFY(QTest::qWaitFor([&finished] { return finished == 5; }, 10000));
    const RouteMapGraph &again = panel.view()->graph();
    QCOMPARE(again.count(Kind::Route), 4);
    const int listenerAgain = nodeTitled(again, Kind::Listener, QStringLiteral("proxy :%1").arg(80));
    int edgeAgain = -1;
    for (size_t i = 0; i < again.edges().size(); ++i)
        if (again.edges()[i].from == listenerAgain)
            edgeAgain = int(i);
    QVERIFY(edgeAgain >= 0);
    const auto countedFive = [&] { return panel.view()->edgeLabel(edgeAgain).startsWith(QStringLiteral("5 · ")); };
    QVERIFY2(QTest::qWaitFor(countedFive, 5000), qPrintable(panel.view()->edgeLabel(edgeAgain)));
    panel.show();
    QVERIFY2(countedFive(), qPrintable(panel.view()->edgeLabel(edgeAgain)));

    // Only an apply starts the count again: not the engine handed over once more, not an edit
    // of the workspace (which the running engine does not serve until applied).
    panel.setEngine(&engine);
    Resource edited = ws.resource(0);
    edited.metadata.labels.insert(QStringLiteral("edited"), QStringLiteral("yes"));
    QVERIFY(ws.replaceResource(ws.entry(0).id, edited, QStringLiteral("edit")));
    ws.revalidateNow();
    QTest::qWait(500); // longer than the map's rebuild delay (250 ms)
    QVERIFY2(countedFive(), qPrintable(panel.view()->edgeLabel(edgeAgain)));

    panel.setEngine(nullptr);
    QVERIFY(panel.view()->rates().empty() || panel.view()->edgeLabel(0).isEmpty());
    engine.stopNow();
}

QTEST_MAIN(TestRouteMap)
#include "tst_routemap.moc"
