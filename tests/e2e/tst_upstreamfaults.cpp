// SPDX-License-Identifier: GPL-3.0-or-later
// Upstreams that fail: refused connections, connects that never complete, resets before and in
// the middle of a response (RST and FIN told apart), bytes that are not HTTP, an answer slower
// than the route timeout, a name that does not resolve, and a subset whose only endpoint was
// ejected by outlier detection. Each ends with the status, body, response flags and log line
// Envoy gives, and the gateway keeps serving a healthy route meanwhile and afterwards.
#include "curl.h"
#include "freeport.h"
#include "gatewayharness.h"
#include "rawclient.h"
#include "testupstream.h"

#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace meshgate::test;
using namespace std::chrono_literals;

namespace {

constexpr char kFailurePrefix[] = "upstream connect error or disconnect/reset before headers. reset reason: ";

QByteArray service(const QByteArray &host, const QByteArray &port, const QByteArray &labels = {})
{
    return ConfigFile::fill(R"(---
apiVersion: networking.istio.io/v1beta1
kind: ServiceEntry
metadata:
  name: {{NAME}}
spec:
  hosts:
  - {{HOST}}
  ports:
  - number: 80
    name: http
    protocol: HTTP
  resolution: STATIC
  endpoints:
  - address: 127.0.0.1
    ports:
      http: {{PORT}}
{{LABELS}})",
                            {{"NAME", QByteArray(host).replace('.', '-')}, {"HOST", host}, {"PORT", port}, {"LABELS", labels}});
}

QByteArray route(const QByteArray &host, const QByteArray &destination, const QByteArray &extra = {})
{
    return ConfigFile::fill(R"(---
apiVersion: networking.istio.io/v1beta1
kind: VirtualService
metadata:
  name: {{NAME}}
spec:
  hosts:
  - {{HOST}}
  gateways:
  - gw
  http:
{{EXTRA}}  - route:
    - destination:
        host: {{DESTINATION}}
)",
                            {{"NAME", QByteArray(host).replace('.', '-')}, {"HOST", host}, {"DESTINATION", destination},
                             {"EXTRA", extra}});
}

QByteArray faultsYaml()
{
    QByteArray yaml = GatewayHarness::gatewayYaml();
    yaml += service("echo.internal", "{{UP_PORT}}") + route("echo.test", "echo.internal");
    yaml += service("refused.internal", "{{CLOSED_PORT}}") + route("refused.test", "refused.internal");
    yaml += service("blackhole.internal", "{{BLACKHOLE_PORT}}") + route("blackhole.test", "blackhole.internal");
    yaml += R"(---
apiVersion: networking.istio.io/v1beta1
kind: DestinationRule
metadata:
  name: blackhole
spec:
  host: blackhole.internal
  trafficPolicy:
    connectionPool:
      tcp:
        connectTimeout: 300ms
)";
    yaml += service("faulty.internal", "{{UP_PORT}}")
        + route("faulty.test", "faulty.internal", R"(  - match:
    - uri:
        prefix: /slow/
    timeout: 500ms
    route:
    - destination:
        host: faulty.internal
)");
    // Each attempt gets 300 ms of the route's 10 s: retried on `5xx`, not on Istio's default.
    yaml += route("pertry.test", "echo.internal", R"(  - timeout: 10s
    retries:
      attempts: 2
      perTryTimeout: 300ms
      retryOn: 5xx
    route:
    - destination:
        host: echo.internal
)");
    yaml += route("pertry-rbr.test", "echo.internal", R"(  - timeout: 10s
    retries:
      attempts: 2
      perTryTimeout: 300ms
      retryOn: reset-before-request
    route:
    - destination:
        host: echo.internal
)");
    // A host that times out is a failing host: consecutiveGatewayErrors 1 ejects it.
    yaml += service("hanging.internal", "{{UP_PORT}}");
    yaml += R"(---
apiVersion: networking.istio.io/v1beta1
kind: DestinationRule
metadata:
  name: hanging
spec:
  host: hanging.internal
  trafficPolicy:
    outlierDetection:
      consecutiveGatewayErrors: 1
      interval: 1s
      baseEjectionTime: 30s
      maxEjectionPercent: 100
)";
    yaml += route("hanging.test", "hanging.internal", R"(  - timeout: 10s
    retries:
      attempts: 1
      perTryTimeout: 300ms
      retryOn: connect-failure
    route:
    - destination:
        host: hanging.internal
)");
    yaml += route("pertry-default.test", "echo.internal", R"(  - timeout: 10s
    retries:
      attempts: 2
      perTryTimeout: 300ms
    route:
    - destination:
        host: echo.internal
)");
    yaml += R"(---
apiVersion: networking.istio.io/v1beta1
kind: ServiceEntry
metadata:
  name: nowhere
spec:
  hosts:
  - nowhere.invalid
  ports:
  - number: 80
    name: http
    protocol: HTTP
  resolution: DNS
  location: MESH_EXTERNAL
)" + route("dns.test", "nowhere.invalid");
    yaml += service("flaky.internal", "{{UP_PORT}}", "    labels:\n      version: v1\n");
    yaml += R"(---
apiVersion: networking.istio.io/v1beta1
kind: DestinationRule
metadata:
  name: flaky
spec:
  host: flaky.internal
  trafficPolicy:
    outlierDetection:
      consecutive5xxErrors: 1
      interval: 1s
      baseEjectionTime: 30s
      maxEjectionPercent: 100
  subsets:
  - name: v1
    labels:
      version: v1
---
apiVersion: networking.istio.io/v1beta1
kind: VirtualService
metadata:
  name: flaky
spec:
  hosts:
  - flaky.test
  gateways:
  - gw
  http:
  - route:
    - destination:
        host: flaky.internal
        subset: v1
)";
    return yaml;
}

// A listener that never accepts, with its one-slot queue taken: the kernel drops further SYNs,
// so a connect to it neither succeeds nor fails until the client gives up.
class BlackholeListener final
{
public:
    BlackholeListener()
    {
        m_listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof(a);
        if (m_listener < 0 || ::bind(m_listener, reinterpret_cast<sockaddr *>(&a), len) != 0
            || ::listen(m_listener, 0) != 0 || ::getsockname(m_listener, reinterpret_cast<sockaddr *>(&a), &len) != 0)
            return;
        m_port = ntohs(a.sin_port);
        m_filler = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (m_filler < 0 || ::connect(m_filler, reinterpret_cast<sockaddr *>(&a), len) != 0)
            m_port = 0;
    }
    ~BlackholeListener()
    {
        for (int fd : {m_filler, m_listener})
            if (fd >= 0)
                ::close(fd);
    }
    Q_DISABLE_COPY_MOVE(BlackholeListener)

    quint16 port() const { return m_port; }

private:
    int m_listener = -1;
    int m_filler = -1;
    quint16 m_port = 0;
};

} // namespace

class TestUpstreamFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(m_upstream.start(), m_upstream.diagnostics().constData());
        QVERIFY(m_blackhole.port() != 0);
        const quint16 closed = FreePort::pick(); // nothing listens there
        QVERIFY(closed != 0);
        m_closedPort = closed;
        m_gw.define("UP_PORT", m_upstream.port());
        m_gw.define("CLOSED_PORT", closed);
        m_gw.define("BLACKHOLE_PORT", m_blackhole.port());
        const QString problem = m_gw.launch(faultsYaml());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(normalRequestWorks());
    }

    void refusedConnectionIs503UF()
    {
        const CurlResult r = m_gw.get(QStringLiteral("refused.test"), QStringLiteral("/x"));
        QCOMPARE(r.status, 503);
        QCOMPARE(r.body, QByteArray(kFailurePrefix) + "connection failure");
        const auto l = m_gw.logOf(r);
        QVERIFY(l);
        QCOMPARE(l->code, 503);
        // Istio's default retry policy retries connect failures twice: UF, then URX.
        QCOMPARE(l->flags, (QStringList{QStringLiteral("UF"), QStringLiteral("URX")}));
        QCOMPARE(l->upstreamHost, QStringLiteral("127.0.0.1:%1").arg(m_closedPort));
        QCOMPARE(l->upstreamCluster, QStringLiteral("outbound|80||refused.internal"));
        QVERIFY(normalRequestWorks());
    }

    void connectTimeoutIs503UF()
    {
        // The request hangs in SYN-SENT; a normal request is served meanwhile.
        auto hanging = Curl::start(m_gw.request(QStringLiteral("blackhole.test"), QStringLiteral("/x")));
        QVERIFY(normalRequestWorks());
        QVERIFY(!hanging->isFinished());
        const CurlResult r = hanging->wait();
        QCOMPARE(r.status, 503);
        QCOMPARE(r.body, QByteArray(kFailurePrefix) + "connection timeout");
        const auto l = m_gw.logOf(r);
        QVERIFY(l);
        QCOMPARE(l->flags, (QStringList{QStringLiteral("UF"), QStringLiteral("URX")}));
        QCOMPARE(l->upstreamHost, QStringLiteral("127.0.0.1:%1").arg(m_blackhole.port()));
        QVERIFY2(l->durationMs >= 3 * 300, qPrintable(QString::number(l->durationMs))); // three 300 ms attempts
        QVERIFY(normalRequestWorks());
    }

    void resetBeforeHeaders_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("flag");
        QTest::addColumn<QByteArray>("reason");
        QTest::newRow("RST") << QStringLiteral("rst-before-headers") << QStringLiteral("UR") << QByteArray("remote reset");
        QTest::newRow("FIN") << QStringLiteral("fin-before-headers") << QStringLiteral("UC")
                             << QByteArray("connection termination");
    }

    void resetBeforeHeaders()
    {
        QFETCH(QString, fault);
        QFETCH(QString, flag);
        QFETCH(QByteArray, reason);
        // On a keep-alive connection that has just been served through the same cluster, so the
        // request goes out on a pooled upstream connection: a reset there is first taken for a
        // stale connection and replayed once on a fresh one, which must not count as a retry
        // of the route's policy (no URX).
        RawClient client;
        QVERIFY(client.connectTo(m_gw.gatewayPort()));
        QVERIFY(client.send("GET /warm HTTP/1.1\r\nHost: faulty.test\r\n\r\n"));
        const auto warm = client.readResponse();
        QVERIFY(warm && warm->status == 200);
        const QByteArray path = "/fault/" + fault.toUtf8();
        QVERIFY(client.send("GET " + path + " HTTP/1.1\r\nHost: faulty.test\r\n\r\n"));
        const auto r = client.readResponse();
        QVERIFY2(r, client.received().constData());
        QCOMPARE(r->status, 503);
        QCOMPARE(r->body, QByteArray(kFailurePrefix) + reason);
        QVERIFY(m_upstream.countRequests("GET", path) >= 1); // it did reach the upstream
        const QString remote = QStringLiteral("127.0.0.1:%1").arg(client.localPort());
        const auto l = m_gw.meshgate().waitForAccessLog(
            [&](const AccessLogLine &l) { return l.downstreamRemote == remote && l.path == QString::fromUtf8(path); });
        QVERIFY(l);
        QCOMPARE(l->code, 503);
        QCOMPARE(l->flagsText, flag);
        QCOMPARE(l->upstreamHost, m_upstream.hostPort());
        QVERIFY(normalRequestWorks());
    }

    void resetMidBodyCutsTheClientOff()
    {
        // 200 and 64 KiB of a promised 1 MiB, then RST: the client must see a broken transfer,
        // never a short body it could take for complete.
        const CurlResult r = m_gw.get(QStringLiteral("faulty.test"), QStringLiteral("/fault/rst-mid-body"));
        QCOMPARE(r.status, 200);
        QVERIFY2(r.exitCode == 18 || r.exitCode == 56, qPrintable(r.describe())); // partial file / receive failure
        QVERIFY(r.bodySize < 1024 * 1024);
        const auto l = m_gw.logOf(r);
        QVERIFY(l);
        QCOMPARE(l->code, 200);
        QVERIFY2(l->hasFlag(QStringLiteral("UR")), qPrintable(l->flagsText));
        QVERIFY2(l->bytesSent >= 65536 && l->bytesSent < 1024 * 1024, qPrintable(QString::number(l->bytesSent)));
        QVERIFY(normalRequestWorks());
    }

    void invalidHttpFromUpstreamIs502UPE()
    {
        const CurlResult r = m_gw.get(QStringLiteral("faulty.test"), QStringLiteral("/fault/garbage"));
        QCOMPARE(r.status, 502);
        QCOMPARE(r.body, QByteArray(kFailurePrefix) + "protocol error");
        const auto l = m_gw.logOf(r);
        QVERIFY(l);
        QCOMPARE(l->code, 502);
        QCOMPARE(l->flags, QStringList{QStringLiteral("UPE")});
        QVERIFY(normalRequestWorks());
    }

    void slowUpstreamHitsTheRouteTimeout()
    {
        const CurlResult r = m_gw.get(QStringLiteral("faulty.test"), QStringLiteral("/slow/3000"));
        QCOMPARE(r.status, 504);
        QCOMPARE(r.body, QByteArray("upstream request timeout"));
        const auto l = m_gw.logOf(r);
        QVERIFY(l);
        QCOMPARE(l->code, 504);
        QCOMPARE(l->flags, QStringList{QStringLiteral("UT")});
        QVERIFY2(l->durationMs >= 500 && l->durationMs < 3000, qPrintable(QString::number(l->durationMs)));
        QVERIFY(normalRequestWorks());
    }

    void perTryTimeoutCutsEachAttemptAndRetriesOn5xx()
    {
        // Envoy resets an attempt that outlives perTryTimeout; with retryOn 5xx that counts as a
        // failure to retry: three attempts of 300 ms, then 504 UT with URX.
        const CurlResult r = m_gw.get(QStringLiteral("pertry.test"), QStringLiteral("/slow/2500"));
        QCOMPARE(r.status, 504);
        QCOMPARE(r.body, QByteArray("upstream request timeout"));
        const auto l = m_gw.logOf(r);
        QVERIFY(l);
        QCOMPARE(l->flags, (QStringList{QStringLiteral("UT"), QStringLiteral("URX")}));
        QCOMPARE(m_upstream.countRequests("GET", "/slow/2500"), 3);
        QVERIFY2(l->durationMs >= 3 * 300 && l->durationMs < 2500, qPrintable(QString::number(l->durationMs)));

        // An attempt that answers in time is not cut.
        const CurlResult quick = m_gw.get(QStringLiteral("pertry.test"), QStringLiteral("/slow/50"));
        QCOMPARE(quick.status, 200);
        QCOMPARE(quick.body, QByteArray("slow done"));
        QCOMPARE(m_upstream.countRequests("GET", "/slow/50"), 1);
        QVERIFY(normalRequestWorks());
    }

    void perTryTimeoutIsNotRetriedUnderIstiosDefaultRetryOn()
    {
        // Istio's default conditions (connect-failure, refused-stream, unavailable, cancelled,
        // retriable-status-codes) do not include a timed-out attempt: one attempt, 504 UT.
        const CurlResult r = m_gw.get(QStringLiteral("pertry-default.test"), QStringLiteral("/slow/2501"));
        QCOMPARE(r.status, 504);
        const auto l = m_gw.logOf(r);
        QVERIFY(l);
        QCOMPARE(l->flags, QStringList{QStringLiteral("UT")});
        QCOMPARE(m_upstream.countRequests("GET", "/slow/2501"), 1);
        QVERIFY2(l->durationMs >= 300 && l->durationMs < 2500, qPrintable(QString::number(l->durationMs)));

        // `reset-before-request` neither: the request had gone out, and sending it again could
        // repeat what it did upstream.
        const CurlResult once = m_gw.get(QStringLiteral("pertry-rbr.test"), QStringLiteral("/slow/2502"));
        QCOMPARE(once.status, 504);
        QCOMPARE(m_upstream.countRequests("GET", "/slow/2502"), 1);
        QVERIFY(normalRequestWorks());
    }

    void unresolvableNameIs503DF()
    {
        const CurlResult r = m_gw.get(QStringLiteral("dns.test"), QStringLiteral("/x"));
        QCOMPARE(r.status, 503);
        QCOMPARE(r.body, QByteArray("no healthy upstream"));
        const auto l = m_gw.logOf(r);
        QVERIFY(l);
        QCOMPARE(l->code, 503);
        QCOMPARE(l->flags, QStringList{QStringLiteral("DF")});
        QCOMPARE(l->upstreamCluster, QStringLiteral("outbound|80||nowhere.invalid"));
        QCOMPARE(l->upstreamHost, QStringLiteral("-"));
        QVERIFY(normalRequestWorks());
    }

    void ejectedSubsetIs503UH()
    {
        // consecutive5xxErrors 1, maxEjectionPercent 100: the first 500 ejects the subset's only
        // endpoint; with Istio's panic threshold of 0 the next request finds no healthy host.
        const CurlResult first = m_gw.get(QStringLiteral("flaky.test"), QStringLiteral("/status/500"));
        QCOMPARE(first.status, 500);
        const auto l1 = m_gw.logOf(first);
        QVERIFY(l1);
        QCOMPARE(l1->flagsText, QStringLiteral("-"));
        QCOMPARE(l1->upstreamCluster, QStringLiteral("outbound|80|v1|flaky.internal"));

        const CurlResult second = m_gw.get(QStringLiteral("flaky.test"), QStringLiteral("/status/200?second"));
        QCOMPARE(second.status, 503);
        QCOMPARE(second.body, QByteArray("no healthy upstream"));
        const auto l2 = m_gw.logOf(second);
        QVERIFY(l2);
        QCOMPARE(l2->code, 503);
        QCOMPARE(l2->flags, QStringList{QStringLiteral("UH")});
        QCOMPARE(l2->upstreamHost, QStringLiteral("-"));
        QCOMPARE(m_upstream.countRequests("GET", "/status/200?second"), 0);
        // The same upstream stays healthy for the cluster that did not fail.
        QVERIFY(normalRequestWorks());
    }

    void aTimedOutAttemptCountsAgainstItsHost()
    {
        // As in Envoy, a per-try timeout is a local-origin timeout of the host (seen as a 504):
        // with consecutiveGatewayErrors 1 the only endpoint is ejected, and the next request
        // finds no healthy host instead of waiting out another timeout.
        const CurlResult first = m_gw.get(QStringLiteral("hanging.test"), QStringLiteral("/slow/2503"));
        QCOMPARE(first.status, 504);
        const CurlResult second = m_gw.get(QStringLiteral("hanging.test"), QStringLiteral("/status/200?after-timeout"));
        QCOMPARE(second.status, 503);
        const auto l = m_gw.logOf(second);
        QVERIFY(l);
        QCOMPARE(l->flags, QStringList{QStringLiteral("UH")});
        QCOMPARE(m_upstream.countRequests("GET", "/status/200?after-timeout"), 0);
        QVERIFY(normalRequestWorks());
    }

    void cleanupTestCase()
    {
        QCOMPARE(m_gw.meshgate().stop(), std::optional<int>(0));
    }

private:
    bool normalRequestWorks()
    {
        const CurlResult r = m_gw.get(QStringLiteral("echo.test"), QStringLiteral("/normal"));
        if (r.status != 200 || r.body != "test upstream") {
            qWarning().noquote() << "normal request failed:" << r.describe();
            return false;
        }
        return true;
    }

    TestUpstream m_upstream;
    BlackholeListener m_blackhole;
    GatewayHarness m_gw;
    quint16 m_closedPort = 0;
};

QTEST_GUILESS_MAIN(TestUpstreamFaults)
#include "tst_upstreamfaults.moc"
