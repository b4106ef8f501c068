// SPDX-License-Identifier: GPL-3.0-or-later
// What the gateway does to requests as HTTP/1.1, with hand-crafted bytes where curl would be too
// polite: forwarded headers, HTTP/1.0, a missing Host, garbage, a client too slow with its
// headers, keep-alive, and the server header on local replies.
#include "curl.h"
#include "gatewayharness.h"
#include "eventwait.h"
#include "httpbinserver.h"
#include "prometheustext.h"
#include "rawclient.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QSet>
#include <QUuid>

using namespace meshgate::test;
using namespace std::chrono_literals;

namespace {

QByteArray echoYaml()
{
    return GatewayHarness::gatewayYaml() + R"(---
apiVersion: networking.istio.io/v1beta1
kind: ServiceEntry
metadata:
  name: echo
spec:
  hosts:
  - echo.internal
  ports:
  - number: 80
    name: http
    protocol: HTTP
  resolution: STATIC
  endpoints:
  - address: 127.0.0.1
    ports:
      http: {{HTTPBIN_PORT}}
---
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
)";
}

} // namespace

class TestEngineProtocol : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(m_httpbin.startAndWait(), m_httpbin.diagnostics().constData());
    }

    void init()
    {
        m_gw = std::make_unique<GatewayHarness>();
        m_gw->define("HTTPBIN_PORT", m_httpbin.port());
        const QString problem = m_gw->launch(echoYaml(), {}, {QStringLiteral("--request-headers-timeout"), QStringLiteral("1")});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void cleanup() { m_gw.reset(); }

    void forwardedHeadersFollowTheGatewayRules()
    {
        const CurlResult r = m_gw->get(QStringLiteral("echo.test:1234"), QStringLiteral("/headers?show_env=1"),
                                       {"X-Forwarded-For: 203.0.113.7", "X-Envoy-Custom: from-client",
                                        "X-Envoy-Retry-On: 5xx"});
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        QCOMPARE(r.header("server"), QByteArray("istio-envoy"));
        const QJsonObject h = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("headers")).toObject();
        const auto header = [&h](const char *name) { return h.value(QLatin1String(name)).toString(); };

        QCOMPARE(header("Host"), QStringLiteral("echo.test:1234")); // the port only mattered for matching
        const QStringList xff = header("X-Forwarded-For").split(u',', Qt::SkipEmptyParts);
        QVERIFY2(xff.size() == 2, qPrintable(header("X-Forwarded-For")));
        QCOMPARE(xff.first().trimmed(), QStringLiteral("203.0.113.7"));
        QCOMPARE(xff.last().trimmed(), QStringLiteral("127.0.0.1")); // the peer appended
        QCOMPARE(header("X-Forwarded-Proto"), QStringLiteral("http"));
        QVERIFY2(!QUuid::fromString(header("X-Request-Id")).isNull(), qPrintable(header("X-Request-Id")));
        QCOMPARE(header("X-Envoy-Attempt-Count"), QStringLiteral("1"));
        QVERIFY2(!h.contains(QStringLiteral("X-Envoy-Custom")), r.body.constData());
        QVERIFY(!h.contains(QStringLiteral("X-Envoy-Retry-On")));

        const auto l = m_gw->logOf(r);
        QVERIFY(l);
        QCOMPARE(l->authority, QStringLiteral("echo.test:1234"));
        QCOMPARE(l->requestId, header("X-Request-Id")); // the id the upstream saw is the one logged
    }

    void http10IsAnswered426()
    {
        RawClient client;
        QVERIFY(client.connectTo(m_gw->gatewayPort()));
        QVERIFY(client.send("GET /get HTTP/1.0\r\nHost: echo.test\r\n\r\n"));
        const auto r = client.readResponse();
        QVERIFY2(r, client.received().constData());
        QCOMPARE(r->status, 426);
        QCOMPARE(m_httpbin.countRequests("/get"), 0);
    }

    void missingHostIsAnswered400()
    {
        RawClient client;
        QVERIFY(client.connectTo(m_gw->gatewayPort()));
        QVERIFY(client.send("GET /get HTTP/1.1\r\n\r\n"));
        const auto r = client.readResponse();
        QVERIFY2(r, client.received().constData());
        QCOMPARE(r->status, 400);
    }

    void garbageIsAnswered400AndClosed()
    {
        RawClient client;
        QVERIFY(client.connectTo(m_gw->gatewayPort()));
        QVERIFY(client.send(QByteArray("\x16\x03\x01 this is not HTTP at all\r\n\r\n")));
        const auto r = client.readResponse();
        QVERIFY2(r, client.received().constData());
        QCOMPARE(r->status, 400);
        QVERIFY(client.waitForClose(5s));
        QVERIFY(m_gw->meshgate().isRunning());
    }

    void slowHeadersAreCutOff()
    {
        // --request-headers-timeout 1: half a request, then silence.
        RawClient client;
        QVERIFY(client.connectTo(m_gw->gatewayPort()));
        QVERIFY(client.send("GET /get HTTP/1.1\r\nHost: echo.test\r\n"));
        QVERIFY2(client.waitForClose(8s), client.received().constData());
        QCOMPARE(m_httpbin.countRequests("/get"), 0);
    }

    void headersTimeoutCountsFromEachRequestsStart()
    {
        // --request-headers-timeout 1 on a keep-alive connection: an idle pause between requests
        // is not cut off, and a request whose head stalls gets its 408 one second after its own
        // first byte, not after an earlier request's.
        RawClient client;
        QVERIFY(client.connectTo(m_gw->gatewayPort()));
        for (int i = 0; i < 2; ++i) {
            QVERIFY(client.send("GET /status/418 HTTP/1.1\r\nHost: echo.test\r\n\r\n"));
            const auto r = client.readResponse();
            QVERIFY2(r, client.received().constData());
            QCOMPARE(r->status, 418);
            QTest::qWait(i == 0 ? 1300 : 300); // first longer than the timeout, then a part of it
        }
        QVERIFY(!client.peerClosed());
        const qsizetype before = client.received().size();
        QElapsedTimer stalled;
        stalled.start();
        QVERIFY(client.send("GET /get HTTP/1.1\r\nHost: echo.test\r\n"));
        QVERIFY2(client.waitForClose(8s), client.received().constData());
        QVERIFY2(stalled.elapsed() >= 950, qPrintable(QStringLiteral("408 after %1 ms").arg(stalled.elapsed())));
        QVERIFY2(client.received().mid(before).startsWith("HTTP/1.1 408"), client.received().constData());
        QCOMPARE(m_httpbin.countRequests("/get"), 0);
    }

    void keepAliveCarriesSeveralRequests()
    {
        // Werkzeug closes after every answer; the client's connection to meshgate must not.
        RawClient client;
        QVERIFY(client.connectTo(m_gw->gatewayPort()));
        for (int i = 0; i < 3; ++i) {
            QVERIFY(client.send("GET /status/418 HTTP/1.1\r\nHost: echo.test\r\n\r\n"));
            const auto r = client.readResponse();
            QVERIFY2(r, client.received().constData());
            QCOMPARE(r->status, 418);
            QVERIFY(r->body.contains("teapot"));
            QVERIFY(!client.peerClosed());
        }
        const QString remote = QStringLiteral("127.0.0.1:%1").arg(client.localPort());
        int lines = 0;
        QVERIFY(m_gw->meshgate().waitForAccessLog(
            [&](const AccessLogLine &l) { return l.downstreamRemote == remote && ++lines == 3; }, 10s));
    }

    void connectionCloseGetsTheWholeAnswerThenTheEnd()
    {
        // A client that says "Connection: close" and has sent nothing more is closed on at once
        // (a plain FIN after the answer); the log line still names both ends, which the engine
        // now takes from accept() and the listener instead of asking the kernel per connection.
        RawClient client;
        QVERIFY(client.connectTo(m_gw->gatewayPort()));
        QVERIFY(client.send("GET /status/418 HTTP/1.1\r\nHost: echo.test\r\nConnection: close\r\n\r\n"));
        const auto r = client.readResponse();
        QVERIFY2(r, client.received().constData());
        QCOMPARE(r->status, 418);
        QVERIFY(r->body.contains("teapot"));
        QVERIFY(client.waitForClose(2s));
        const QString remote = QStringLiteral("127.0.0.1:%1").arg(client.localPort());
        const QString local = QStringLiteral("127.0.0.1:%1").arg(m_gw->gatewayPort());
        QVERIFY(m_gw->meshgate().waitForAccessLog(
            [&](const AccessLogLine &l) { return l.downstreamRemote == remote && l.downstreamLocal == local; }, 10s));

        // Bytes after the "close" request (a client that pipelines anyway) are still read before
        // the connection ends, so the answer is not reset away; only the first is answered.
        RawClient eager;
        QVERIFY(eager.connectTo(m_gw->gatewayPort()));
        QVERIFY(eager.send("GET /status/418 HTTP/1.1\r\nHost: echo.test\r\nConnection: close\r\n\r\n"
                           "GET /status/200 HTTP/1.1\r\nHost: echo.test\r\n\r\n"));
        const auto first = eager.readResponse();
        QVERIFY2(first, eager.received().constData());
        QCOMPARE(first->status, 418);
        QVERIFY(first->body.contains("teapot"));
        QVERIFY(eager.waitForClose(5s));
        QVERIFY2(!eager.received().contains("HTTP/1.1 200"), eager.received().constData());
    }

    void localRepliesCarryTheServerHeader()
    {
        const CurlResult r = m_gw->get(QStringLiteral("unknown.test"), QStringLiteral("/get"));
        QVERIFY2(r.status == 404, qPrintable(r.describe()));
        QCOMPARE(r.header("server"), QByteArray("istio-envoy"));
    }

    void withoutAnAccessLogNothingElseIsLost()
    {
        // --access-log '' makes the workers skip what only a log line shows; forwarding headers
        // and the stats must not notice. Several requests on one connection: the client address
        // behind X-Forwarded-For is worked out once per connection.
        GatewayHarness gw;
        gw.define("HTTPBIN_PORT", m_httpbin.port());
        const QString problem = gw.launch(echoYaml(), {}, {QStringLiteral("--access-log"), QString()});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        RawClient client;
        QVERIFY(client.connectTo(gw.gatewayPort()));
        QSet<QString> requestIds;
        for (int i = 0; i < 3; ++i) {
            const QByteArray forwarded = i == 1 ? "X-Forwarded-For: 203.0.113.7\r\n" : "";
            QVERIFY(client.send("GET /headers?show_env=1 HTTP/1.1\r\nHost: echo.test\r\n" + forwarded + "\r\n"));
            const auto r = client.readResponse();
            QVERIFY2(r && r->status == 200, client.received().constData());
            const QJsonObject seen = QJsonDocument::fromJson(r->body).object().value(QStringLiteral("headers")).toObject();
            QCOMPARE(seen.value(QStringLiteral("X-Forwarded-For")).toString(),
                     i == 1 ? QStringLiteral("203.0.113.7, 127.0.0.1") : QStringLiteral("127.0.0.1"));
            requestIds.insert(seen.value(QStringLiteral("X-Request-Id")).toString());
        }
        QCOMPARE(requestIds.size(), 3);
        QVERIFY(!requestIds.contains(QString()));

        std::optional<double> count;
        QByteArray text;
        const QDeadlineTimer deadline(5s);
        while (!deadline.hasExpired() && !(count && *count >= 3)) {
            text = gw.admin(QStringLiteral("/stats/prometheus")).body;
            count = prometheusSum(text, "istio_requests_total", {"response_code=\"200\""});
            EventWait::pause(200ms);
        }
        QVERIFY2(count && *count == 3, text.left(3000).constData());
        QVERIFY2(gw.meshgate().stdoutLines().isEmpty(), gw.meshgate().stdoutLines().join('\n').constData());
    }

private:
    HttpbinServer m_httpbin;
    std::unique_ptr<GatewayHarness> m_gw;
};

QTEST_GUILESS_MAIN(TestEngineProtocol)
#include "tst_engine_protocol.moc"
