// SPDX-License-Identifier: GPL-3.0-or-later
#include "routing/httproutecompiler.h"
#include "routingtestutil.h"

#include <atomic>
#include <cstdlib>

// Counts heap allocations so the test can show the exact-host + prefix path allocates nothing.
// glibc lets the executable interpose malloc; the real allocator stays reachable as __libc_*.
// Sanitizers interpose malloc themselves, so the count is only taken in plain builds.
#if defined(__SANITIZE_ADDRESS__)
#define MESHGATE_COUNT_ALLOCATIONS 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define MESHGATE_COUNT_ALLOCATIONS 0
#endif
#endif
#ifndef MESHGATE_COUNT_ALLOCATIONS
#define MESHGATE_COUNT_ALLOCATIONS 1
#endif

static std::atomic<long> g_allocations{0};
#if MESHGATE_COUNT_ALLOCATIONS
extern "C" {
void *__libc_malloc(size_t);
void *__libc_calloc(size_t, size_t);
void *__libc_realloc(void *, size_t);
void *malloc(size_t n)
{
    g_allocations.fetch_add(1, std::memory_order_relaxed);
    return __libc_malloc(n);
}
void *calloc(size_t n, size_t s)
{
    g_allocations.fetch_add(1, std::memory_order_relaxed);
    return __libc_calloc(n, s);
}
void *realloc(void *p, size_t n)
{
    g_allocations.fetch_add(1, std::memory_order_relaxed);
    return __libc_realloc(p, n);
}
}
#endif

using namespace meshgate;
using namespace meshgate::test;

namespace {

const QByteArray kRoutes = kGatewayAndBackend + R"(apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: m}
spec:
  hosts: [m.example.com]
  gateways: [gw]
  http:
  - name: present
    match: [{headers: {x-present: {}}}]
    route: [{destination: {host: backend.local}}]
  - name: exact
    match: [{headers: {x-env: {exact: prod}}}]
    route: [{destination: {host: backend.local}}]
  - name: hprefix
    match: [{headers: {x-user: {prefix: adm}}}]
    route: [{destination: {host: backend.local}}]
  - name: hregex
    match: [{headers: {x-id: {regex: "[0-9]+"}}}]
    route: [{destination: {host: backend.local}}]
  - name: without-present
    match: [{uri: {prefix: /wo1}, withoutHeaders: {x-block: {}}}]
    route: [{destination: {host: backend.local}}]
  - name: without-exact
    match: [{uri: {prefix: /wo2}, withoutHeaders: {x-mode: {exact: "off"}}}]
    route: [{destination: {host: backend.local}}]
  - name: query
    match: [{queryParams: {q: {exact: "a b"}}}]
    route: [{destination: {host: backend.local}}]
  - name: query-present
    match: [{uri: {prefix: /qp}, queryParams: {flag: {}}}]
    route: [{destination: {host: backend.local}}]
  - name: method
    match: [{uri: {prefix: /m}, method: {exact: POST}}]
    route: [{destination: {host: backend.local}}]
  - name: authority
    match: [{authority: {exact: "m.example.com:8080"}}]
    route: [{destination: {host: backend.local}}]
  - name: scheme
    match: [{uri: {prefix: /s}, scheme: {exact: https}}]
    route: [{destination: {host: backend.local}}]
  - name: regex
    match: [{uri: {regex: "/r/[a-z]+"}}]
    route: [{destination: {host: backend.local}}]
  - name: nocase
    match: [{uri: {prefix: /Case}, ignoreUriCase: true}]
    route: [{destination: {host: backend.local}}]
  - name: exact-uri
    match: [{uri: {exact: /exact}}]
    route: [{destination: {host: backend.local}}]
  - name: bytes
    match: [{uri: {prefix: /status}}]
    route: [{destination: {host: backend.local}}]
  - name: port
    match: [{uri: {prefix: /p}, port: 8080}]
    route: [{destination: {host: backend.local}}]
  - name: gateway
    match: [{uri: {prefix: /g}, gateways: [mesh]}, {uri: {prefix: /g}, gateways: [default/gw], headers: {x-g: {}}}]
    route: [{destination: {host: backend.local}}]
  - name: fallback
    route: [{destination: {host: other.local}}]
)";

} // namespace

class TestRouteMatch : public QObject
{
    Q_OBJECT

    std::shared_ptr<const RouteTable> m_table;

    QString routeFor(Request r) { return routeName(*m_table, 0, r).section(QLatin1Char('('), 1).chopped(1); }

private slots:
    void initTestCase()
    {
        const auto r = compileYaml(kRoutes);
        m_table = r.table;
        QCOMPARE(m_table->listeners().size(), size_t(1));
        QCOMPARE(match(*m_table, 0, {"m.example.com"}).virtualHost->routes.size(), size_t(18));
    }

    void conditions_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("scheme");
        QTest::addColumn<QByteArray>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("expected");
        auto row = [](const char *name, const char *path, const char *header, const char *value, const char *expected,
                      const char *method = "GET", const char *scheme = "http", const char *host = "m.example.com",
                      int port = 80) {
            QTest::newRow(name) << QByteArray(path) << QByteArray(method) << QByteArray(scheme) << QByteArray(host)
                                << port << QByteArray(header) << QByteArray(value) << QString::fromLatin1(expected);
        };
        row("header present, empty value", "/", "x-present", "", "present");
        row("header exact", "/", "x-env", "prod", "exact");
        row("header exact is case-sensitive", "/", "x-env", "Prod", "fallback");
        row("header prefix", "/", "x-user", "admin", "hprefix");
        row("header prefix miss", "/", "x-user", "root", "fallback");
        row("header regex is a full match", "/", "x-id", "123", "hregex");
        row("header regex partial is no match", "/", "x-id", "12a", "fallback");
        row("withoutHeaders present, header absent", "/wo1", "", "", "without-present");
        row("withoutHeaders present, header there", "/wo1", "x-block", "", "fallback");
        row("withoutHeaders exact, header absent", "/wo2", "", "", "without-exact");
        row("withoutHeaders exact, other value", "/wo2", "x-mode", "on", "without-exact");
        row("withoutHeaders exact, value matches", "/wo2", "x-mode", "off", "fallback");
        row("query exact, percent-decoded", "/x?z=1&q=a%20b", "", "", "query");
        row("query exact, plus is a space", "/x?q=a+b", "", "", "query");
        row("query exact miss", "/x?q=ab", "", "", "fallback");
        row("query name is exact", "/x?qq=a%20b", "", "", "fallback");
        row("query present without value", "/qp?flag", "", "", "query-present");
        row("query present with value", "/qp?a=1&flag=0", "", "", "query-present");
        row("query absent", "/qp?flags=1", "", "", "fallback");
        row("method", "/m", "", "", "method", "POST");
        row("method miss", "/m", "", "", "fallback", "GET");
        row("authority is the raw value", "/", "", "", "authority", "GET", "http", "m.example.com:8080");
        row("authority without port misses", "/", "", "", "fallback", "GET", "http", "M.example.com");
        row("scheme", "/s", "", "", "scheme", "GET", "https");
        row("scheme miss", "/s", "", "", "fallback", "GET", "http");
        row("regex full match", "/r/abc", "", "", "regex");
        row("regex excludes the query", "/r/abc?x=1", "", "", "regex");
        row("regex is anchored at the end", "/r/abc/d", "", "", "fallback");
        row("regex is anchored at the start", "/x/r/abc", "", "", "fallback");
        row("ignoreUriCase upper", "/CASE/x", "", "", "nocase");
        row("ignoreUriCase lower", "/casey", "", "", "nocase");
        row("exact uri", "/exact", "", "", "exact-uri");
        row("exact uri ignores the query", "/exact?x=1", "", "", "exact-uri");
        row("exact uri trailing slash", "/exact/", "", "", "fallback");
        row("exact uri is case-sensitive", "/EXACT", "", "", "fallback");
        row("prefix is a byte prefix", "/statusx", "", "", "bytes");
        row("port condition", "/p", "", "", "port", "GET", "http", "m.example.com", 8080);
        row("port condition miss", "/p", "", "", "fallback", "GET", "http", "m.example.com", 80);
        row("gateway condition (mesh only)", "/g", "", "", "fallback");
        row("gateway condition ORed with this gateway", "/g", "x-g", "1", "gateway");
    }
    void conditions()
    {
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, scheme);
        QFETCH(QByteArray, host);
        QFETCH(int, port);
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, value);
        QFETCH(QString, expected);
        test::Headers h;
        if (!header.isEmpty())
            h.emplace_back(header, value);
        QCOMPARE(routeFor(Request(host, path, quint16(port), method, scheme, h)), expected);
    }

    void exactHostPrefixPathDoesNotAllocate()
    {
        if (!MESHGATE_COUNT_ALLOCATIONS)
            QSKIP("allocation counting needs the plain allocator (sanitizer build)");
        {
            const long sanity = g_allocations.load();
            const QByteArray heap(512, 'x'); // the counter does see allocations
            QVERIFY(g_allocations.load() > sanity && heap.size() == 512);
        }
        // The reference scenario's gateway route: exact host, gateway + port + uri prefix conditions.
        const auto reference = RouteTable::compile(loadFiles({referenceScenario()}), EngineSettings{}).table;
        const Request r("HTTPBIN.org:80", "/status/418?x=1");
        long before = g_allocations.load();
        auto m = match(*reference, 0, r);
        long after = g_allocations.load();
        QCOMPARE(m.route ? m.route->displayName : QString(), QStringLiteral("httpbin[0]"));
        QCOMPARE(after - before, 0L);

        // Header presence and query parameter checks do not allocate either.
        const Request h("m.example.com", "/qp?flag", 80, "GET", "http", {{"x-other", "1"}});
        before = g_allocations.load();
        m = match(*m_table, 0, h);
        after = g_allocations.load();
        QCOMPARE(m.route ? m.route->displayName : QString(), QStringLiteral("m[7] (query-present)"));
        QCOMPARE(after - before, 0L);
    }

    void stringMatcher()
    {
        StringMatch prefix{StringMatch::Kind::Prefix, QStringLiteral("/A"), {}};
        const StringMatcher ci = StringMatcher::fromConfig(prefix, true);
        QVERIFY(ci.matches("/abc"));
        QVERIFY(ci.matches("/ABC"));
        QVERIFY(!ci.matches("/"));
        QCOMPARE(ci.describe(), QStringLiteral("prefix /a"));
        const StringMatcher cs = StringMatcher::fromConfig(prefix);
        QVERIFY(!cs.matches("/abc"));

        QString error;
        StringMatch bad{StringMatch::Kind::Regex, QStringLiteral("(unclosed"), {}};
        const StringMatcher broken = StringMatcher::fromConfig(bad, false, &error);
        QVERIFY(!error.isEmpty());
        QVERIFY(!broken.matches("(unclosed"));
        QCOMPARE(StringMatcher{}.describe(), QStringLiteral("present"));
    }

    void retryDefaults()
    {
        const RetryPolicy d = HttpRouteCompiler::retryPolicy(std::nullopt);
        QCOMPARE(d.attempts, 2);
        QVERIFY(d.onConnectFailure && d.onRefusedStream && !d.on5xx && !d.onReset);
        QCOMPARE(d.retriableStatusCodes, QList<int>{503});
        QCOMPARE(d.retryOn, QByteArray("connect-failure,refused-stream,unavailable,cancelled,retriable-status-codes"));

        HttpRetry off;
        off.attempts = 0;
        QCOMPARE(HttpRouteCompiler::retryPolicy(off).attempts, 0);
        HttpRetry noAttempts; // a retries block without attempts disables retries in Istio
        noAttempts.perTryTimeout = QStringLiteral("2s");
        QCOMPARE(HttpRouteCompiler::retryPolicy(noAttempts).attempts, 0);

        HttpRetry keepDefaults;
        keepDefaults.attempts = 5;
        keepDefaults.perTryTimeout = QStringLiteral("250ms");
        const RetryPolicy k = HttpRouteCompiler::retryPolicy(keepDefaults);
        QCOMPARE(k.attempts, 5);
        QCOMPARE(k.perTryTimeout, Millis(250));
        QVERIFY(k.onConnectFailure);
        QCOMPARE(k.retriableStatusCodes, QList<int>{503});

        HttpRetry custom;
        custom.attempts = 3;
        custom.retryOn = QStringLiteral("5xx, gateway-error,reset,429,503");
        const RetryPolicy c = HttpRouteCompiler::retryPolicy(custom);
        QVERIFY(c.on5xx && c.onGatewayError && c.onReset);
        QVERIFY(!c.onConnectFailure && !c.onRefusedStream && !c.onResetBeforeRequest);

        // Not the same as `reset`: a request that went out is not sent again.
        HttpRetry beforeRequest;
        beforeRequest.attempts = 2;
        beforeRequest.retryOn = QStringLiteral("reset-before-request");
        const RetryPolicy b = HttpRouteCompiler::retryPolicy(beforeRequest);
        QVERIFY(b.onResetBeforeRequest && !b.onReset);
        QCOMPARE(c.retriableStatusCodes, (QList<int>{429, 503}));
        QCOMPARE(c.retryOn, QByteArray("5xx,gateway-error,reset,retriable-status-codes"));

        HttpRetry fourxx;
        fourxx.attempts = 1;
        fourxx.retryOn = QStringLiteral("retriable-4xx");
        const RetryPolicy f = HttpRouteCompiler::retryPolicy(fourxx);
        QVERIFY(f.onRetriable4xx);
        QVERIFY(f.retriableStatusCodes.isEmpty());
    }

    void faultParsing()
    {
        HttpFaultInjection both;
        both.delay = FaultDelay{QStringLiteral("1.5s"), Percent{12.5, {}}, std::nullopt, {}};
        both.abort = FaultAbort{418, QString(), Percent{0.1, {}}, {}};
        const auto f = HttpRouteCompiler::faultPolicy(both);
        QVERIFY(f);
        QCOMPARE(*f->delay, Millis(1500));
        QCOMPARE(f->delayPercent, 12.5);
        QCOMPARE(*f->abortStatus, 418);
        QCOMPARE(f->abortPercent, 0.1);

        HttpFaultInjection legacy;
        legacy.delay = FaultDelay{QStringLiteral("5s"), std::nullopt, 30, {}};
        QCOMPARE(HttpRouteCompiler::faultPolicy(legacy)->delayPercent, 30.0);

        HttpFaultInjection bare;
        bare.abort = FaultAbort{503, QString(), std::nullopt, {}};
        QStringList notes;
        const auto b = HttpRouteCompiler::faultPolicy(bare, &notes);
        QCOMPARE(b->abortPercent, 100.0);
        QCOMPARE(notes.size(), 1); // the Istio discrepancy is reported

        HttpFaultInjection grpc;
        grpc.abort = FaultAbort{std::nullopt, QStringLiteral("UNAVAILABLE"), std::nullopt, {}};
        grpc.delay = FaultDelay{QStringLiteral("soon"), std::nullopt, std::nullopt, {}};
        QVERIFY(!HttpRouteCompiler::faultPolicy(grpc));
    }

    void actionsFromYaml()
    {
        const auto r = compileYaml(kGatewayAndBackend + R"(apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: a}
spec:
  hosts: [a.example.com]
  gateways: [gw]
  http:
  - match: [{uri: {prefix: /to80}}]
    redirect: {scheme: http, port: 80, uri: /new}
  - match: [{uri: {prefix: /other8080}}]
    redirect: {port: 8080, redirectCode: 302}
  - match: [{uri: {prefix: /derive}}]
    redirect: {derivePort: FROM_REQUEST_PORT}
  - match: [{uri: {prefix: /bytes}}]
    directResponse: {status: 503, body: {bytes: aGVsbG8=}}
  - match: [{uri: {prefix: /mirror}}]
    route:
    - destination: {host: backend.local}
      headers: {request: {set: {host: per-dest.example.com}}}
    mirror: {host: other.local}
    mirrorPercent: 25
    headers:
      request:
        set: {host: route.example.com, x-trace: "1"}
        add: {x-added: v}
        remove: [x-drop, host]
  - match: [{uri: {prefix: /nomirror}}]
    route: [{destination: {host: backend.local}}]
    mirror: {host: other.local}
    mirrorPercentage: {value: 0}
  - route:
    - destination: {host: backend.local}
      weight: 3
    - destination: {host: missing.example.com}
      weight: 1
    mirrors:
    - destination: {host: other.local}
    - destination: {host: other.local}
      percentage: {value: 5}
)");
        auto routeAt = [&](const char *path) { return match(*r.table, 0, {"a.example.com", path}).route; };
        QCOMPARE(routeAt("/to80")->redirect.port, std::optional<quint16>());
        QCOMPARE(routeAt("/to80")->redirect.uri, QByteArray("/new"));
        QCOMPARE(routeAt("/other8080")->redirect.port, std::optional<quint16>(8080));
        QCOMPARE(routeAt("/other8080")->redirect.code, 302);
        QVERIFY(routeAt("/derive")->redirect.derivePortFromRequest);
        QCOMPARE(routeAt("/bytes")->directResponse.body, QByteArray("hello"));
        QCOMPARE(routeAt("/bytes")->directResponse.status, 503);

        const CompiledHttpRoute *m = routeAt("/mirror");
        QCOMPARE(m->mirrors.size(), size_t(1));
        QCOMPARE(m->mirrors[0].percent, 25.0); // the deprecated integer mirrorPercent
        QCOMPARE(m->targets[0].authority, QByteArray("per-dest.example.com"));
        QCOMPARE(m->rewrite->authority, QByteArray("route.example.com")); // setting Host is a host rewrite
        QCOMPARE(m->requestOps.set.size(), size_t(1));
        QCOMPARE(m->requestOps.set[0].first, QByteArray("x-trace"));
        QCOMPARE(m->requestOps.add[0].first, QByteArray("x-added"));
        QCOMPARE(m->requestOps.remove, std::vector<QByteArray>{"x-drop"});
        QVERIFY(routeAt("/nomirror")->mirrors.empty());

        const CompiledHttpRoute *split = routeAt("/else");
        QCOMPARE(split->totalWeight, 4);
        QCOMPARE(split->targets[1].cluster, -1); // not in the registry: 503 NC
        QCOMPARE(split->targets[1].host, QStringLiteral("missing.example.com"));
        QCOMPARE(split->mirrors.size(), size_t(2));
        QCOMPARE(split->mirrors[0].percent, 100.0);
        QCOMPARE(split->mirrors[1].percent, 5.0);
        QVERIFY(r.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("missing.example.com")));

        // Weighted picks follow the weights.
        QCOMPARE(pickWeighted(split->targets, split->totalWeight, 0), 0);
        QCOMPARE(pickWeighted(split->targets, split->totalWeight, 2), 0);
        QCOMPARE(pickWeighted(split->targets, split->totalWeight, 3), 1);
        QCOMPARE(pickWeighted(split->targets, split->totalWeight, 7), 1);
        QCOMPARE(pickWeighted(split->targets, 0, 7), -1);
    }
};

QTEST_GUILESS_MAIN(TestRouteMatch)
#include "tst_routematch.moc"
