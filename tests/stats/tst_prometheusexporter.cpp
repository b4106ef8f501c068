// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/accesslogrecord.h"
#include "stats/prometheusexporter.h"
#include "stats/workerstats.h"

#include <QTest>

using namespace meshgate;

namespace {

AccessLogRecord http(int code, qint64 durationMs, quint64 in, quint64 out,
                     ResponseFlags flags = {})
{
    AccessLogRecord r;
    r.method = "GET";
    r.protocol = "HTTP/1.1";
    r.responseCode = code;
    r.responseFlags = flags;
    r.durationMs = durationMs;
    r.bytesReceived = in;
    r.bytesSent = out;
    return r;
}

// The expected series of one histogram, bounds spelled out here rather than taken from the
// code under test.
QByteArray histogram(const char *name, const QByteArray &labels,
                     const std::array<int, 19> &cumulative, quint64 sum, quint64 count)
{
    static const char *const les[] = {"0.5",  "1",     "5",     "10",     "25",
                                      "50",   "100",   "250",   "500",    "1000",
                                      "2500", "5000",  "10000", "30000",  "60000",
                                      "300000", "600000", "1800000", "3600000"};
    QByteArray out;
    for (int i = 0; i < 19; ++i) {
        out += QByteArray(name) + "_bucket{" + labels + ",le=\"" + les[i] + "\"} "
            + QByteArray::number(cumulative[std::size_t(i)]) + "\n";
    }
    out += QByteArray(name) + "_bucket{" + labels + ",le=\"+Inf\"} " + QByteArray::number(count)
        + "\n";
    out += QByteArray(name) + "_sum{" + labels + "} " + QByteArray::number(sum) + "\n";
    out += QByteArray(name) + "_count{" + labels + "} " + QByteArray::number(count) + "\n";
    return out;
}

} // namespace

class TestPrometheusExporter : public QObject
{
    Q_OBJECT
private slots:
    void rendersKnownRecordsExactly()
    {
        WorkerStats stats;
        stats.recordRequest(http(418, 187, 0, 135), "httpbin.org");
        stats.recordRequest(http(418, 3, 20, 135), "httpbin.org");
        stats.recordRequest(http(404, 0, 0, 0, ResponseFlags::NoRouteFound), QByteArray());
        AccessLogRecord tls;
        tls.bytesReceived = 589;
        tls.bytesSent = 17798;
        tls.durationMs = 1644;
        stats.recordTcpConnection(tls, "edition.cnn.com");
        for (int i = 0; i < 3; ++i)
            stats.connectionOpened();
        stats.connectionClosed();
        stats.connectionClosed();

        const QByteArray unknown = "reporter=\"source\",source_workload=\"meshgate\","
                                   "destination_service=\"unknown\",request_protocol=\"http\","
                                   "response_code=\"404\",response_flags=\"NR\"";
        const QByteArray httpbin = "reporter=\"source\",source_workload=\"meshgate\","
                                   "destination_service=\"httpbin.org\",request_protocol=\"http\","
                                   "response_code=\"418\",response_flags=\"-\"";
        const QByteArray cnn = "reporter=\"source\",source_workload=\"meshgate\","
                               "destination_service=\"edition.cnn.com\",request_protocol=\"tcp\","
                               "response_flags=\"-\"";
        const std::array<int, 19> allOne = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
                                            1, 1, 1, 1, 1, 1, 1, 1, 1};

        QByteArray expected =
            "# HELP istio_requests_total Requests handled by the gateway.\n"
            "# TYPE istio_requests_total counter\n"
            "istio_requests_total{" + unknown + "} 1\n"
            "istio_requests_total{" + httpbin + "} 2\n"
            "# HELP istio_request_duration_milliseconds Duration of requests in milliseconds.\n"
            "# TYPE istio_request_duration_milliseconds histogram\n";
        expected += histogram("istio_request_duration_milliseconds", unknown, allOne, 0, 1);
        expected += histogram("istio_request_duration_milliseconds", httpbin,
                              {0, 0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2}, 190, 2);
        expected += "# HELP istio_request_bytes HTTP request body sizes in bytes.\n"
                    "# TYPE istio_request_bytes histogram\n";
        expected += histogram("istio_request_bytes", unknown, allOne, 0, 1);
        expected += histogram("istio_request_bytes", httpbin,
                              {1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2}, 20, 2);
        expected += "# HELP istio_response_bytes HTTP response body sizes in bytes.\n"
                    "# TYPE istio_response_bytes histogram\n";
        expected += histogram("istio_response_bytes", unknown, allOne, 0, 1);
        expected += histogram("istio_response_bytes", httpbin,
                              {0, 0, 0, 0, 0, 0, 0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2}, 270, 2);
        expected +=
            "# HELP istio_tcp_connections_opened_total TCP connections opened.\n"
            "# TYPE istio_tcp_connections_opened_total counter\n"
            "istio_tcp_connections_opened_total{" + cnn + "} 1\n"
            "# HELP istio_tcp_connections_closed_total TCP connections closed.\n"
            "# TYPE istio_tcp_connections_closed_total counter\n"
            "istio_tcp_connections_closed_total{" + cnn + "} 1\n"
            "# HELP istio_tcp_sent_bytes_total Bytes sent to clients on TCP connections.\n"
            "# TYPE istio_tcp_sent_bytes_total counter\n"
            "istio_tcp_sent_bytes_total{" + cnn + "} 17798\n"
            "# HELP istio_tcp_received_bytes_total Bytes received from clients on TCP "
            "connections.\n"
            "# TYPE istio_tcp_received_bytes_total counter\n"
            "istio_tcp_received_bytes_total{" + cnn + "} 589\n"
            "# HELP meshgate_downstream_connections_active Client connections currently open.\n"
            "# TYPE meshgate_downstream_connections_active gauge\n"
            "meshgate_downstream_connections_active 1\n";

        const QByteArray actual = PrometheusExporter().render(stats.pending());
        if (actual != expected) {
            // Point at the first differing line; a 300-line QCOMPARE is unreadable.
            const QList<QByteArray> a = actual.split('\n');
            const QList<QByteArray> e = expected.split('\n');
            for (qsizetype i = 0; i < std::min(a.size(), e.size()); ++i)
                QCOMPARE(a[i], e[i]);
        }
        QCOMPARE(actual, expected);
    }

    void emptySnapshotStillDeclaresEveryFamily()
    {
        const QByteArray text = PrometheusExporter().render(StatsSnapshot());
        QCOMPARE(text.count("# TYPE "), 9);
        QVERIFY(text.contains("# TYPE istio_request_bytes histogram\n"));
        QVERIFY(text.endsWith("meshgate_downstream_connections_active 0\n"));
        QVERIFY(!text.contains('{'));
    }

    void labelValuesAreEscaped_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QByteArray>("escaped");
        QTest::newRow("plain") << QByteArray("httpbin.org") << QByteArray("httpbin.org");
        QTest::newRow("quote") << QByteArray("a\"b") << QByteArray("a\\\"b");
        QTest::newRow("backslash") << QByteArray("a\\b") << QByteArray("a\\\\b");
        QTest::newRow("newline") << QByteArray("a\nb") << QByteArray("a\\nb");
        QTest::newRow("all") << QByteArray("\\\"\n") << QByteArray("\\\\\\\"\\n");
        QTest::newRow("utf-8 passes") << QByteArray("caf\xc3\xa9") << QByteArray("caf\xc3\xa9");
    }

    void labelValuesAreEscaped()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QByteArray, escaped);
        QByteArray out;
        PrometheusExporter::appendEscapedLabelValue(out, raw);
        QCOMPARE(out, escaped);

        // And in a rendered series: a hostile destination cannot break out of its label.
        WorkerStats stats;
        stats.recordRequest(http(200, 1, 0, 0), raw);
        const QByteArray text = PrometheusExporter().render(stats.pending());
        QVERIFY(text.contains("destination_service=\"" + escaped + "\""));
        for (const QByteArray &line : text.split('\n')) {
            QVERIFY2(line.isEmpty() || line.startsWith("# ") || line.startsWith("istio_")
                         || line.startsWith("meshgate_"),
                     line.constData());
        }
    }

    void reporterAndWorkloadAreConfigurable()
    {
        WorkerStats stats;
        stats.recordRequest(http(200, 1, 0, 0), "x");
        PrometheusExporter::Options o;
        o.reporter = "gateway";
        o.sourceWorkload = "my \"laptop\"";
        const QByteArray text = PrometheusExporter(o).render(stats.pending());
        QVERIFY(text.contains(
            "istio_requests_total{reporter=\"gateway\",source_workload=\"my \\\"laptop\\\"\","));
    }
};

QTEST_GUILESS_MAIN(TestPrometheusExporter)
#include "tst_prometheusexporter.moc"
