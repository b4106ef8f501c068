// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile and broken HTTP/1.1 from clients, with hand-crafted bytes: request-smuggling shapes,
// oversize heads, control bytes, and a client trickling its headers. Each case must end the way
// Envoy ends it (status, connection closed, an access-log line with DPE and an http1.* detail)
// and must leave the gateway serving the next ordinary request. The access log is JSON here so
// that %RESPONSE_CODE_DETAILS% can be checked too.
#include "eventwait.h"
#include "gatewayharness.h"
#include "rawclient.h"
#include "testupstream.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <QTimer>

using namespace meshgate::test;
using namespace std::chrono_literals;

namespace {

// echo.test goes to the Python upstream; direct.test answers from the route itself, so a request
// the upstream would refuse on its own (Python allows only 100 header lines) still shows what
// the gateway accepted.
QByteArray hostileYaml(quint16 upstreamPort)
{
    return GatewayHarness::gatewayYaml() + GatewayHarness::staticService("echo.internal", upstreamPort) + R"(---
apiVersion: networking.istio.io/v1beta1
kind: VirtualService
metadata:
  name: echo
spec:
  hosts:
  - echo.test
  gateways:
  - gw
  http:
  - route:
    - destination:
        host: echo.internal
---
apiVersion: networking.istio.io/v1beta1
kind: VirtualService
metadata:
  name: direct
spec:
  hosts:
  - direct.test
  gateways:
  - gw
  http:
  - directResponse:
      status: 200
      body:
        string: "direct"
)";
}

// A literal that may contain NUL bytes.
template <size_t N>
QByteArray bytes(const char (&literal)[N])
{
    return QByteArray(literal, qsizetype(N - 1));
}

QByteArray manyHeaders(int count)
{
    QByteArray out;
    for (int i = 0; i < count; ++i)
        out += "X-H" + QByteArray::number(i) + ": v\r\n";
    return out;
}

// What a smuggler appends: if the gateway mis-frames the first request, this one reaches the
// upstream as a request of its own.
constexpr char kSmuggled[] = "GET /smuggled HTTP/1.1\r\nHost: echo.test\r\n\r\n";

} // namespace

class TestHostileHttp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(m_upstream.start(), m_upstream.diagnostics().constData());
        const QString problem = m_gw.launch(hostileYaml(m_upstream.port()), {},
                                            {QStringLiteral("--access-log-format"), QStringLiteral("json"),
                                             QStringLiteral("--request-headers-timeout"), QStringLiteral("2")});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(normalRequestWorks());
    }

    void malformedRequestIsRefused_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("details");

        const QByteArray smuggled(kSmuggled);
        // Smuggling shapes (RFC 9112 §6.1, §6.3): the framing is ambiguous, so nothing may be forwarded.
        QTest::newRow("content-length and chunked")
            << "POST /cl-te HTTP/1.1\r\nHost: echo.test\r\nContent-Length: 6\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"
                   + smuggled
            << 400 << "http1.content_length_and_chunked_not_allowed";
        QTest::newRow("chunked and content-length")
            << "POST /te-cl HTTP/1.1\r\nHost: echo.test\r\nTransfer-Encoding: chunked\r\nContent-Length: 44\r\n\r\n0\r\n\r\n"
                   + smuggled
            << 400 << "http1.content_length_and_chunked_not_allowed";
        QTest::newRow("two different content-lengths")
            << "POST /cl-cl HTTP/1.1\r\nHost: echo.test\r\nContent-Length: 0\r\nContent-Length: 44\r\n\r\n" + smuggled
            << 400 << "http1.multiple_content_length";
        QTest::newRow("content-length list")
            << "POST /cl-list HTTP/1.1\r\nHost: echo.test\r\nContent-Length: 0, 44\r\n\r\n" + smuggled << 400
            << "http1.";
        QTest::newRow("chunked not last")
            << "POST /te-order HTTP/1.1\r\nHost: echo.test\r\nTransfer-Encoding: chunked, identity\r\n\r\n0\r\n\r\n" + smuggled
            << 400 << "http1.invalid_transfer_encoding";
        // RFC 9112 §6.3: chunked not final in a request is a 400 (Envoy answers 501 for an unknown
        // coding; the parser follows the RFC).
        QTest::newRow("unknown transfer-coding")
            << "POST /te-gzip HTTP/1.1\r\nHost: echo.test\r\nTransfer-Encoding: gzip\r\n\r\n" + smuggled << 400
            << "http1.invalid_transfer_encoding";
        QTest::newRow("space before colon in transfer-encoding")
            << "POST /te-space HTTP/1.1\r\nHost: echo.test\r\nTransfer-Encoding : chunked\r\nContent-Length: 0\r\n\r\n0\r\n\r\n"
                   + smuggled
            << 400 << "http1.invalid_characters";
        QTest::newRow("space before colon")
            << QByteArray("GET /space HTTP/1.1\r\nHost : echo.test\r\n\r\n") << 400 << "http1.invalid_characters";
        QTest::newRow("obs-fold")
            << QByteArray("GET /fold HTTP/1.1\r\nHost: echo.test\r\nX-A: b\r\n  folded\r\n\r\n") << 400
            << "http1.obsolete_line_folding";
        QTest::newRow("obs-fold continuing transfer-encoding")
            << "POST /fold-te HTTP/1.1\r\nHost: echo.test\r\nTransfer-Encoding: identity\r\n chunked\r\n\r\n0\r\n\r\n" + smuggled
            << 400 << "http1.obsolete_line_folding";
        QTest::newRow("bare LF everywhere")
            << QByteArray("GET /lf HTTP/1.1\nHost: echo.test\n\n") << 400 << "http1.invalid_line_ending";
        QTest::newRow("bare LF in one header line")
            << QByteArray("GET /lf2 HTTP/1.1\r\nHost: echo.test\nX-A: b\r\n\r\n") << 400 << "http1.invalid_line_ending";
        // Oversize (Envoy: max_request_headers_kb 60, max_headers_count 100).
        QTest::newRow("request line over 60 KiB")
            << "GET /" + QByteArray(61 * 1024, 'a') + " HTTP/1.1\r\nHost: echo.test\r\n\r\n" << 414 << "http1.uri_too_long";
        QTest::newRow("one header over 60 KiB")
            << "GET /big-header HTTP/1.1\r\nHost: echo.test\r\nX-Big: " + QByteArray(61 * 1024, 'a') + "\r\n\r\n" << 431
            << "http1.headers_too_large";
        QByteArray spread;
        for (int i = 0; i < 70; ++i)
            spread += "X-Part" + QByteArray::number(i) + ": " + QByteArray(1000, 'b') + "\r\n";
        QTest::newRow("headers adding up to over 60 KiB")
            << "GET /spread HTTP/1.1\r\nHost: echo.test\r\n" + spread + "\r\n" << 431 << "http1.headers_too_large";
        QTest::newRow("101 header fields")
            << "GET /many HTTP/1.1\r\nHost: echo.test\r\n" + manyHeaders(100) + "\r\n" << 431 << "http1.too_many_headers";
        // Bytes that do not belong in a field.
        QTest::newRow("NUL in a header value")
            << bytes("GET /nul HTTP/1.1\r\nHost: echo.test\r\nX-A: a\0b\r\n\r\n") << 400 << "http1.invalid_characters";
        QTest::newRow("NUL in a header name")
            << bytes("GET /nul2 HTTP/1.1\r\nHost: echo.test\r\nX-\0A: b\r\n\r\n") << 400 << "http1.invalid_characters";
        QTest::newRow("control byte in a header value")
            << QByteArray("GET /ctl HTTP/1.1\r\nHost: echo.test\r\nX-A: a\x01" "b\r\n\r\n") << 400 << "http1.invalid_characters";
        QTest::newRow("DEL in a header value")
            << QByteArray("GET /del HTTP/1.1\r\nHost: echo.test\r\nX-A: a\x7f" "b\r\n\r\n") << 400 << "http1.invalid_characters";
        QTest::newRow("lone CR in a header value")
            << QByteArray("GET /cr HTTP/1.1\r\nHost: echo.test\r\nX-A: a\rX-B: b\r\n\r\n") << 400 << "http1.";
        QTest::newRow("escape sequence in the target")
            << QByteArray("GET /es\x1b[2J HTTP/1.1\r\nHost: echo.test\r\n\r\n") << 400 << "http1.";
        // Never a CRLF: without a check as the bytes arrive this would wait for the header
        // timeout and end in a 408.
        QTest::newRow("TLS ClientHello on the HTTP port")
            << bytes("\x16\x03\x01\x00\x2a\x01\x00\x00\x26\x03\x03") + QByteArray(32, '\x5a') << 400
            << "http1.invalid_method";
        QTest::newRow("binary after an empty line")
            << bytes("\r\n\x00\x01\x02") << 400 << "http1.invalid_method";
        QTest::newRow("host that is no authority")
            << QByteArray("GET /host HTTP/1.1\r\nHost: a b@c\r\n\r\n") << 400 << "http.invalid_authority";
    }

    // Envoy serves only paths starting with '/' ("OPTIONS *" gets 404 absolute_path), and Istio
    // routes always match a path, so a CONNECT to a gateway gets 404 NR; nothing is forwarded
    // with an empty target.
    void pathlessRequestsAreNotRouted()
    {
        const int upstreamBefore = m_upstream.totalRequests();
        RawClient options;
        QVERIFY(options.connectTo(m_gw.gatewayPort()));
        options.send("OPTIONS * HTTP/1.1\r\nHost: echo.test\r\n\r\n");
        const auto o = options.readResponse();
        QVERIFY2(o, options.received().left(300).constData());
        QCOMPARE(o->status, 404);
        const auto ol = logOf(options.localPort());
        QVERIFY(ol);
        QCOMPARE(ol->value(QStringLiteral("response_code_details")).toString(), QStringLiteral("absolute_path"));
        // The connection carries on: the next request on it is served.
        options.send("GET /after-options HTTP/1.1\r\nHost: echo.test\r\n\r\n");
        const auto next = options.readResponse();
        QVERIFY2(next, options.received().left(300).constData());
        QCOMPARE(next->status, 200);

        RawClient connect;
        QVERIFY(connect.connectTo(m_gw.gatewayPort()));
        connect.send("CONNECT echo.test:443 HTTP/1.1\r\nHost: echo.test:443\r\n\r\n");
        const auto c = connect.readResponse();
        QVERIFY2(c, connect.received().left(300).constData());
        QCOMPARE(c->status, 404);
        QVERIFY2(connect.waitForClose(5s), "a refused CONNECT left the connection open");
        const auto cl = logOf(connect.localPort());
        QVERIFY(cl);
        QCOMPARE(cl->value(QStringLiteral("response_flags")).toString(), QStringLiteral("NR"));

        QCOMPARE(m_upstream.totalRequests(), upstreamBefore + 1); // only GET /after-options
        QCOMPARE(m_upstream.countRequests("GET", "/after-options"), 1);
    }

    void malformedRequestIsRefused()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        QFETCH(QString, details);
        const int upstreamBefore = m_upstream.totalRequests();

        RawClient client;
        QVERIFY(client.connectTo(m_gw.gatewayPort()));
        client.send(request); // the gateway may answer and close before it has read everything
        const auto r = client.readResponse();
        QVERIFY2(r, client.received().left(300).constData());
        QCOMPARE(r->status, status);
        QCOMPARE(r->header("connection").toLower(), QByteArray("close"));
        QVERIFY2(client.waitForClose(5s), "the connection stayed open after a framing error");
        QVERIFY(client.received().isEmpty()); // nothing after the error response (no smuggled answer)

        const auto line = logOf(client.localPort());
        QVERIFY2(line, "no access-log line for the refused request");
        QCOMPARE(line->value(QStringLiteral("response_code")).toInt(), status);
        QCOMPARE(line->value(QStringLiteral("response_flags")).toString(), QStringLiteral("DPE"));
        const QString logged = line->value(QStringLiteral("response_code_details")).toString();
        QVERIFY2(logged.startsWith(details), qPrintable(logged));

        // Nothing of it reached the upstream, the smuggled request least of all.
        QVERIFY(normalRequestWorks());
        QCOMPARE(m_upstream.countRequests("GET", "/smuggled"), 0);
        QCOMPARE(m_upstream.totalRequests(), upstreamBefore + 1); // only the normal request
        QVERIFY(m_gw.meshgate().isRunning());
    }

    void invalidChunkAfterForwardingIsRefused_data()
    {
        QTest::addColumn<QByteArray>("chunk");
        QTest::newRow("not hex") << QByteArray("zz\r\nhello\r\n0\r\n\r\n");
        QTest::newRow("negative") << QByteArray("-5\r\nhello\r\n0\r\n\r\n");
        QTest::newRow("0x prefix") << QByteArray("0x5\r\nhello\r\n0\r\n\r\n");
        QTest::newRow("overflowing size") << QByteArray("fffffffffffffffffff\r\nhello\r\n0\r\n\r\n");
        QTest::newRow("data longer than the size") << QByteArray("2\r\nhello\r\n0\r\n\r\n");
    }

    void invalidChunkAfterForwardingIsRefused()
    {
        // The head is valid, so the request is already on its way upstream when the body breaks:
        // the client still gets a 400 (no response had started) and the upstream connection is
        // dropped, so the half-sent body cannot be completed by bytes the client chose.
        QFETCH(QByteArray, chunk);
        RawClient client;
        QVERIFY(client.connectTo(m_gw.gatewayPort()));
        client.send("POST /chunks HTTP/1.1\r\nHost: echo.test\r\nTransfer-Encoding: chunked\r\n\r\n" + chunk + kSmuggled);
        const auto r = client.readResponse();
        QVERIFY2(r, client.received().left(300).constData());
        QCOMPARE(r->status, 400);
        QVERIFY(client.waitForClose(5s));
        const auto line = logOf(client.localPort());
        QVERIFY(line);
        QCOMPARE(line->value(QStringLiteral("response_code")).toInt(), 400);
        QVERIFY2(line->value(QStringLiteral("response_flags")).toString().split(u',').contains(QStringLiteral("DPE")),
                 qPrintable(line->value(QStringLiteral("response_flags")).toString()));
        QVERIFY(line->value(QStringLiteral("response_code_details")).toString().startsWith(QStringLiteral("http1.")));
        QVERIFY(normalRequestWorks());
        QCOMPARE(m_upstream.countRequests("GET", "/smuggled"), 0);
    }

    void limitsAreNotTooStrict()
    {
        // Just inside the limits is an ordinary request: 100 fields in all, a 59 KiB target.
        RawClient client;
        QVERIFY(client.connectTo(m_gw.gatewayPort()));
        QVERIFY(client.send("GET /hundred HTTP/1.1\r\nHost: direct.test\r\n" + manyHeaders(99) + "\r\n"));
        auto r = client.readResponse();
        QVERIFY2(r, client.received().left(300).constData());
        QCOMPARE(r->status, 200);
        QCOMPARE(r->body, QByteArray("direct"));
        QVERIFY(client.send("GET /" + QByteArray(59 * 1024, 'a') + " HTTP/1.1\r\nHost: direct.test\r\n\r\n"));
        r = client.readResponse();
        QVERIFY2(r, client.received().left(300).constData());
        QCOMPARE(r->status, 200);
        QVERIFY(!client.peerClosed());
    }

    void tricklingHeadersAreCutOffWith408()
    {
        // One byte per second; --request-headers-timeout 2 ends it with 408 and a log line, while
        // another client is served normally in the meantime.
        RawClient slow;
        QVERIFY(slow.connectTo(m_gw.gatewayPort()));
        const QByteArray head = "GET /trickle HTTP/1.1\r\nHost: echo.test\r\nX-Slow: " + QByteArray(64, 'a');
        qsizetype sent = 0;
        QTimer trickle;
        trickle.setInterval(1s);
        QObject::connect(&trickle, &QTimer::timeout, &trickle, [&] {
            if (sent < head.size() && !slow.peerClosed())
                slow.send(head.mid(sent++, 1), 1s);
        });
        QElapsedTimer clock;
        clock.start();
        slow.send(head.mid(sent++, 1));
        trickle.start();

        EventWait::pause(1200ms);
        QVERIFY(!slow.peerClosed());
        QVERIFY(normalRequestWorks()); // while the slow one hangs

        const auto r = slow.readResponse(15s);
        trickle.stop();
        QVERIFY2(r, slow.received().constData());
        QCOMPARE(r->status, 408);
        QVERIFY(slow.waitForClose(5s));
        // The 2 s setting, not the 10 s default, ended it (generous bound for a loaded machine).
        QVERIFY2(clock.elapsed() < 8000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(sent < head.size()); // it was cut off, not finished
        const auto line = logOf(slow.localPort());
        QVERIFY(line);
        QCOMPARE(line->value(QStringLiteral("response_code")).toInt(), 408);
        QCOMPARE(line->value(QStringLiteral("response_code_details")).toString(), QStringLiteral("request_header_timeout"));
        // The request lasted from its first byte to the 408, the whole 2 s timeout.
        QVERIFY2(line->value(QStringLiteral("duration")).toInteger() >= 2000,
                 qPrintable(QString::number(line->value(QStringLiteral("duration")).toInteger())));
        QCOMPARE(m_upstream.countRequests("GET", "/trickle"), 0);
        QVERIFY(normalRequestWorks());
    }

    void refusedUploadStillGetsItsAnswer()
    {
        // A client sends its whole 32 MiB body (more than loopback's socket buffers hold) before it reads anything (Python's http.client,
        // under `requests`, does) and the gateway refuses the request for its 101 headers. The
        // gateway must send FIN after the 431 and read on until the client closes (Envoy's
        // delayed close): closing at once, with body bytes unread in its socket, sends RST, and
        // the client's send then fails with "Connection reset by peer" instead of showing the 431.
        static const char script[] = R"(
import http.client, sys
conn = http.client.HTTPConnection("127.0.0.1", int(sys.argv[1]), timeout=20)
conn.putrequest("POST", "/upload", skip_host=True)
conn.putheader("Host", "direct.test")
for i in range(101):
    conn.putheader("X-H%d" % i, "v")
block = b"x" * (1 << 20)
conn.putheader("Content-Length", str(32 * len(block)))
conn.endheaders()
try:
    for _ in range(32):
        conn.send(block)
except OSError as e:
    print("send failed:", e)
    sys.exit(2)
r = conn.getresponse()
print(r.status, r.getheader("connection"))
)";
        for (int attempt = 0; attempt < 3; ++attempt) {
            QProcess python;
            python.start(QStringLiteral("python3"), {QStringLiteral("-c"), QString::fromLatin1(script),
                                                     QString::number(m_gw.gatewayPort())});
            QVERIFY(python.waitForFinished(30000));
            const QByteArray out = python.readAllStandardOutput().trimmed() + python.readAllStandardError();
            QVERIFY2(python.exitCode() == 0, out.constData());
            QCOMPARE(out, QByteArray("431 close"));
        }
        QVERIFY(normalRequestWorks());
    }

    void cleanupTestCase()
    {
        QCOMPARE(m_gw.meshgate().stop(), std::optional<int>(0));
    }

private:
    std::optional<QJsonObject> logOf(quint16 clientPort)
    {
        const QString remote = QStringLiteral("127.0.0.1:%1").arg(clientPort);
        return m_gw.meshgate().waitForJsonLog(
            [&](const QJsonObject &o) { return o.value(QStringLiteral("downstream_remote_address")).toString() == remote; });
    }

    // An ordinary request on a new connection, answered by the upstream. Returns once the
    // upstream's own announcement of it has been read too, so that request counts taken
    // afterwards include it.
    bool normalRequestWorks()
    {
        const QByteArray path = "/normal/" + QByteArray::number(++m_normalRequests);
        RawClient client;
        if (!client.connectTo(m_gw.gatewayPort()) || !client.send("GET " + path + " HTTP/1.1\r\nHost: echo.test\r\n\r\n"))
            return false;
        const auto r = client.readResponse();
        if (!r || r->status != 200 || r->body != "test upstream") {
            qWarning() << "normal request failed:" << client.received().left(300);
            return false;
        }
        return m_upstream.waitForRequest("GET", path, 5s);
    }

    TestUpstream m_upstream;
    GatewayHarness m_gw;
    int m_normalRequests = 0;
};

QTEST_GUILESS_MAIN(TestHostileHttp)
#include "tst_hostile_http.moc"
