// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/accesslogrecord.h"
#include "stats/prometheusexporter.h"
#include "stats/trafficsample.h"
#include "stats/workerstats.h"

#include <QTest>

using namespace meshgate;

namespace {

AccessLogRecord http(int code, qint64 durationMs, const QByteArray &authority = "httpbin.org",
                     const QByteArray &route = "httpbin")
{
    AccessLogRecord r;
    r.protocol = "HTTP/1.1";
    r.responseCode = code;
    r.durationMs = durationMs;
    r.bytesReceived = 10;
    r.bytesSent = 100;
    r.authority = authority;
    r.routeName = route;
    return r;
}

AccessLogRecord tls(const QByteArray &sni, quint64 in, quint64 out)
{
    AccessLogRecord r;
    r.requestedServerName = sni;
    r.bytesReceived = in;
    r.bytesSent = out;
    r.durationMs = 1000;
    return r;
}

// Feeds the same traffic either to one worker or spread over two.
void feed(WorkerStats &a, WorkerStats &b)
{
    a.recordRequest(http(200, 5), "httpbin.org");
    b.recordRequest(http(200, 700), "httpbin.org");
    a.recordRequest(http(503, 10'000), "httpbin.org");
    b.recordRequest(http(404, 0, "nope.example:8080", {}), {});
    b.recordTcpConnection(tls("edition.cnn.com", 589, 17798), "edition.cnn.com");
    a.recordTcpConnection(tls("edition.cnn.com", 411, 2202), "edition.cnn.com");
    a.connectionOpened();
    b.connectionOpened();
    b.connectionOpened();
    a.connectionClosed();
}

} // namespace

class TestWorkerStats : public QObject
{
    Q_OBJECT
private slots:
    void mergingTwoWorkersEqualsOneWorkerSeeingEverything()
    {
        WorkerStats one;
        feed(one, one);
        WorkerStats a, b;
        feed(a, b);

        StatsSnapshot merged;
        merged.merge(a.takeDelta());
        merged.merge(b.takeDelta());
        const PrometheusExporter exporter;
        QCOMPARE(exporter.render(merged), exporter.render(one.pending()));

        const RequestSeries ok = merged.requests.value({"httpbin.org", 200, {}});
        QCOMPARE(ok.requests, 2u);
        QCOMPARE(ok.durationMs.sum(), 705u);
        const TcpSeries cnn = merged.tcp.value({"edition.cnn.com", {}});
        QCOMPARE(cnn.opened, 2u);
        QCOMPARE(cnn.closed, 2u);
        QCOMPARE(cnn.receivedBytes, 1000u);
        QCOMPARE(cnn.sentBytes, 20000u);
        QCOMPARE(merged.activeConnections(), 2);
        QCOMPARE(merged.traffic.hosts.count("edition.cnn.com"), 2u);
        QCOMPARE(merged.traffic.hosts.count("nope.example"), 1u); // port stripped
    }

    void takeDeltaHandsOverAndResets()
    {
        WorkerStats w;
        w.recordRequest(http(200, 1), "x");
        w.connectionOpened();
        const StatsSnapshot first = w.takeDelta();
        QVERIFY(!first.isEmpty());
        QVERIFY(w.pending().isEmpty());

        // The running total keeps counting across hand-overs; the gauge nets out.
        w.recordRequest(http(200, 1), "x");
        w.connectionClosed();
        StatsSnapshot total;
        total.merge(first);
        total.merge(w.takeDelta());
        QCOMPARE(total.requests.value({"x", 200, {}}).requests, 2u);
        QCOMPARE(total.activeConnections(), 0);
    }

    void refusedConnectionsAreTrafficButNotIstioTcpConnections()
    {
        // A passthrough port that found no filter chain for a name: Envoy ran no stats filter, so
        // istio_tcp_connections_opened_total stays where it was, but the charts show the attempt.
        WorkerStats w;
        AccessLogRecord refused = tls("unknown.example", 517, 0);
        refused.responseFlags = ResponseFlags::NoRouteFound;
        w.recordRefusedConnection(refused);
        w.recordTcpConnection(tls("edition.cnn.com", 589, 17798), "edition.cnn.com");

        const StatsSnapshot s = w.takeDelta();
        QCOMPARE(s.tcp.size(), 1);
        QCOMPARE(s.tcp.value({"edition.cnn.com", {}}).opened, 1u);
        const QByteArray text = PrometheusExporter().render(s);
        QVERIFY2(!text.contains("response_flags=\"NR\""), text.constData());
        QCOMPARE(s.traffic.tcpConnections, 2u);
        QCOMPARE(s.traffic.hosts.count("unknown.example"), 1u);
        QCOMPARE(s.traffic.bytesIn, 517u + 589u);
    }

    void seriesAreSplitByCodeFlagsAndDestination()
    {
        WorkerStats w;
        AccessLogRecord failed = http(503, 10);
        failed.responseFlags = ResponseFlags::UpstreamConnectionFailure;
        w.recordRequest(failed, "httpbin.org");
        w.recordRequest(http(503, 10), "httpbin.org");
        w.recordRequest(http(503, 10), "other.org");
        QCOMPARE(w.pending().requests.size(), 3);
    }

    void trafficSampleForOneSecond()
    {
        WorkerStats a, b;
        a.recordRequest(http(200, 10), "h");
        a.recordRequest(http(204, 20), "h");
        b.recordRequest(http(301, 30), "h");
        b.recordRequest(http(404, 40), "h");
        b.recordRequest(http(502, 50), "h");
        b.recordRequest(http(0, 60), "h"); // client went away before a response
        a.recordRequest(http(101, 70), "h");
        a.recordTcpConnection(tls("cnn", 5, 7), "cnn");
        a.connectionOpened();
        a.connectionOpened();

        StatsSnapshot second;
        second.merge(a.takeDelta());
        second.merge(b.takeDelta());
        const TrafficSample s = TrafficSample::fromWindow(second.traffic, 2, 1'000'000);
        QCOMPARE(s.timestampMs, 1'000'000);
        QCOMPARE(s.requests2xx, 2u);
        QCOMPARE(s.requests3xx, 1u);
        QCOMPARE(s.requests4xx, 1u);
        QCOMPARE(s.requests5xx, 1u);
        QCOMPARE(s.requestsOther, 2u);
        QCOMPARE(s.requestCount(), 7u);
        QCOMPARE(s.tcpConnections, 1u);
        QCOMPARE(s.bytesIn, 7u * 10 + 5);
        QCOMPARE(s.bytesOut, 7u * 100 + 7);
        QCOMPARE(s.activeConnections, 2);
        // Rank 4 of 7 is 40 ms, reported as the middle of its bucket [40, 43]; rank 7 is 70 ms,
        // in bucket [64, 71].
        QCOMPARE(s.latencyP50Ms, 41.5);
        QCOMPARE(s.latencyP99Ms, 67.5);
        QVERIFY(s.latencyP95Ms <= s.latencyP99Ms);

        const TrafficSample idle = TrafficSample::fromWindow(TrafficWindow(), 0, 0);
        QCOMPARE(idle.requestCount(), 0u);
        QCOMPARE(idle.latencyP99Ms, 0.0);
    }

    void topHostsAndRoutes()
    {
        WorkerStats w;
        for (int i = 0; i < 5; ++i)
            w.recordRequest(http(200, 1, "b.example", "rb"), "b");
        for (int i = 0; i < 3; ++i)
            w.recordRequest(http(200, 1, "a.example:443", "ra"), "a");
        for (int i = 0; i < 3; ++i)
            w.recordRequest(http(200, 1, "c.example", "rc"), "c");
        w.recordRequest(http(200, 1, "[::1]:8080", {}), "d");
        const auto hosts = w.pending().traffic.hosts.top(3);
        QCOMPARE(hosts.size(), 3);
        QCOMPARE(hosts[0], std::make_pair(QByteArray("b.example"), quint64(5)));
        QCOMPARE(hosts[1], std::make_pair(QByteArray("a.example"), quint64(3))); // tie: by name
        QCOMPARE(hosts[2], std::make_pair(QByteArray("c.example"), quint64(3)));
        QCOMPARE(w.pending().traffic.hosts.count("[::1]"), 1u);
        QCOMPARE(w.pending().traffic.routes.top(1).constFirst().first, QByteArray("rb"));
        QCOMPARE(w.pending().traffic.routes.size(), 3); // requests without a route are not named
    }

    void topCounterIsBounded()
    {
        TopCounter counter(4);
        for (int i = 0; i < 10; ++i)
            counter.add(QByteArray("host") + QByteArray::number(i));
        counter.add("host0", 5);
        QCOMPARE(counter.size(), 4);
        QCOMPARE(counter.overflow(), 6u);
        QCOMPARE(counter.count("host0"), 6u);

        TopCounter other(4);
        other.add("host9", 2);
        other.add("host1");
        counter.merge(other);
        QCOMPARE(counter.size(), 4);
        QCOMPARE(counter.count("host1"), 2u);
        QCOMPARE(counter.overflow(), 8u);
    }
};

QTEST_GUILESS_MAIN(TestWorkerStats)
#include "tst_workerstats.moc"
