// SPDX-License-Identifier: GPL-3.0-or-later
// The reference scenario (resources/examples/reference-scenario.yaml) end to end: the headless
// engine between curl/openssl and local stand-ins for httpbin.org (werkzeug httpbin) and
// edition.cnn.com (nginx with a self-signed edition.cnn.com certificate), reached through
// --connect-to, as a user would run it on a laptop.
#include "curl.h"
#include "eventwait.h"
#include "freeport.h"
#include "httpbinserver.h"
#include "meshgateprocess.h"
#include "nginxtlsserver.h"
#include "opensslclient.h"
#include "prometheustext.h"
#include "testcertificate.h"
#include "testpaths.h"

#include <QDeadlineTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace meshgate::test;
using namespace std::chrono_literals;

class TestReferenceScenario : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_certDir.isValid());
        QString error;
        auto cert = TestCertificate::generate(m_certDir.path(), QStringLiteral("edition.cnn.com"), {}, &error);
        QVERIFY2(cert, qPrintable(error));
        m_cert = std::make_unique<TestCertificate>(*cert);

        QVERIFY(m_httpbin.start());
        QVERIFY(m_localhostLocal.start());
        m_nginx = std::make_unique<NginxTlsServer>(*m_cert);
        QVERIFY2(m_nginx->start(&error), qPrintable(error));
        QVERIFY2(m_httpbin.waitUntilReady(), m_httpbin.diagnostics().constData());
        QVERIFY2(m_localhostLocal.waitUntilReady(), m_localhostLocal.diagnostics().constData());

        const QList<quint16> taken{m_httpbin.port(), m_localhostLocal.port(), m_nginx->tlsPort(), m_nginx->httpPort()};
        const QList<quint16> ports = FreePort::pickMany(2, taken);
        QCOMPARE(ports.size(), 2);
        m_meshPort = ports[0];
        m_adminPort = ports[1];
        const auto offset = FreePort::offsetFor({80, 443}, taken + ports);
        QVERIFY(offset);
        m_httpPort = quint16(80 + *offset);
        m_tlsPort = quint16(443 + *offset);

        MeshgateLaunch launch;
        launch.configFiles = {sourceDir() + QStringLiteral("/resources/examples/reference-scenario.yaml")};
        launch.portOffset = *offset;
        launch.meshPort = m_meshPort;
        launch.adminPort = m_adminPort;
        launch.connectTo = {
            QStringLiteral("httpbin.org:80:127.0.0.1:%1").arg(m_httpbin.port()),
            QStringLiteral("edition.cnn.com:443:127.0.0.1:%1").arg(m_nginx->tlsPort()),
            QStringLiteral("localhost.local:80:127.0.0.1:%1").arg(m_localhostLocal.port()),
            QStringLiteral("localhost.local:443:127.0.0.1:%1").arg(m_nginx->tlsPort()),
        };
        launch.waitForPorts = {m_httpPort, m_tlsPort, m_meshPort, m_adminPort};
        QVERIFY2(m_meshgate.start(launch), qPrintable(m_meshgate.failureReport()));
    }

    void teapotThroughTheGateway()
    {
        const CurlResult r = Curl::run(CurlRequest::get(httpUrl(QStringLiteral("/status/418")), {"Host: httpbin.org"}));
        QVERIFY2(r.status == 418, qPrintable(r.describe()));
        QVERIFY(r.body.contains("teapot"));
        QCOMPARE(r.body.size(), 135);
        QCOMPARE(r.header("server"), QByteArray("istio-envoy"));
        QVERIFY(r.hasHeader("x-envoy-upstream-service-time"));
        QVERIFY(m_httpbin.waitForRequests("/status/418", 1, 5s));

        const auto l = m_meshgate.waitForClientPort(r.localPort);
        QVERIFY2(l, qPrintable(m_meshgate.stdoutLines().join('\n')));
        QCOMPARE(l->method, QStringLiteral("GET"));
        QCOMPARE(l->path, QStringLiteral("/status/418"));
        QCOMPARE(l->protocol, QStringLiteral("HTTP/1.1"));
        QCOMPARE(l->code, 418);
        QCOMPARE(l->flagsText, QStringLiteral("-"));
        QCOMPARE(l->bytesReceived, 0);
        QCOMPARE(l->bytesSent, 135);
        QVERIFY(l->upstreamServiceTimeMs.has_value());
        QCOMPARE(l->xForwardedFor, QStringLiteral("127.0.0.1"));
        QVERIFY(l->userAgent.startsWith(QStringLiteral("curl/")));
        QVERIFY2(!QUuid::fromString(l->requestId).isNull(), qPrintable(l->requestId));
        QCOMPARE(l->authority, QStringLiteral("httpbin.org"));
        QCOMPARE(l->upstreamHost, m_httpbin.hostPort());
        QCOMPARE(l->upstreamCluster, QStringLiteral("outbound|80||httpbin.org"));
        QCOMPARE(l->downstreamLocal, QStringLiteral("127.0.0.1:%1").arg(m_httpPort));
        QCOMPARE(l->sni, QStringLiteral("-"));
        QVERIFY(qAbs(l->start.secsTo(QDateTime::currentDateTimeUtc())) < 120); // UTC, not local time
    }

    void pathOutsideTheRouteIs404NoRoute()
    {
        const CurlResult r = Curl::run(CurlRequest::get(httpUrl(QStringLiteral("/headers")), {"Host: httpbin.org"}));
        QVERIFY2(r.status == 404, qPrintable(r.describe()));
        QVERIFY(r.body.isEmpty());
        const auto l = m_meshgate.waitForClientPort(r.localPort);
        QVERIFY(l);
        QCOMPARE(l->code, 404);
        QCOMPARE(l->flags, QStringList{QStringLiteral("NR")});
        QCOMPARE(l->path, QStringLiteral("/headers"));
        QCOMPARE(l->authority, QStringLiteral("httpbin.org"));
        QCOMPARE(l->upstreamHost, QStringLiteral("-"));
        QCOMPARE(l->upstreamCluster, QStringLiteral("-"));
        QCOMPARE(l->bytesSent, 0);
        QCOMPARE(m_httpbin.countRequests("/headers"), 0);
    }

    void hostOutsideTheGatewayIs404NoRoute()
    {
        const CurlResult r = Curl::run(CurlRequest::get(httpUrl(QStringLiteral("/status/418")), {"Host: example.org"}));
        QVERIFY2(r.status == 404, qPrintable(r.describe()));
        const auto l = m_meshgate.waitForClientPort(r.localPort);
        QVERIFY(l);
        QCOMPARE(l->flags, QStringList{QStringLiteral("NR")});
        QCOMPARE(l->authority, QStringLiteral("example.org"));
    }

    void tlsPassthroughReachesNginx()
    {
        const int nginxBefore = int(m_nginx->accessLog().size());
        CurlRequest page = CurlRequest::get(QStringLiteral("https://edition.cnn.com:%1/").arg(m_tlsPort));
        page.resolve = {QStringLiteral("edition.cnn.com:%1:127.0.0.1").arg(m_tlsPort)};
        page.insecure = true;
        const CurlResult r = Curl::run(page);
        QVERIFY2(r.exitCode == 0 && r.status == 200, qPrintable(r.describe()));
        QVERIFY(r.body.contains(m_nginx->pageMarker()));
        QVERIFY(!r.hasHeader("x-envoy-upstream-service-time")); // nobody in the middle read HTTP

        const auto l = m_meshgate.waitForClientPort(r.localPort);
        QVERIFY2(l, qPrintable(m_meshgate.stdoutLines().join('\n')));
        QVERIFY(l->isTcp());
        QCOMPARE(l->code, 0);
        QCOMPARE(l->flagsText, QStringLiteral("-"));
        QVERIFY(l->bytesReceived > 0); // at least the ClientHello
        QVERIFY(l->bytesSent > r.body.size()); // page plus the TLS handshake
        QCOMPARE(l->upstreamHost, m_nginx->tlsHostPort());
        QCOMPARE(l->upstreamCluster, QStringLiteral("outbound|443||edition.cnn.com"));
        QVERIFY(l->upstreamLocal.startsWith(QStringLiteral("127.0.0.1:")));
        QCOMPARE(l->downstreamLocal, QStringLiteral("127.0.0.1:%1").arg(m_tlsPort));
        QCOMPARE(l->sni, QStringLiteral("edition.cnn.com"));
        QCOMPARE(l->userAgent, QStringLiteral("-"));

        const QList<NginxTlsServer::LogEntry> nginxLog = m_nginx->accessLog();
        QCOMPARE(nginxLog.size(), nginxBefore + 1);
        QCOMPARE(nginxLog.last().serverName, QByteArray("edition.cnn.com"));

        // A megabyte through the tunnel: the byte counters are counted, not guessed.
        CurlRequest big = page;
        big.url = QStringLiteral("https://edition.cnn.com:%1/big").arg(m_tlsPort);
        const CurlResult b = Curl::run(big);
        QCOMPARE(b.status, 200);
        QCOMPARE(b.bodySize, NginxTlsServer::kBigSize);
        const auto bl = m_meshgate.waitForClientPort(b.localPort);
        QVERIFY(bl);
        QVERIFY(bl->bytesSent > NginxTlsServer::kBigSize);
        QVERIFY(bl->bytesSent < NginxTlsServer::kBigSize + 64 * 1024);
    }

    void passthroughShowsNginxsOwnCertificate()
    {
        const TlsProbeResult seen = OpenSslClient::probe(m_tlsPort, QStringLiteral("edition.cnn.com"));
        QVERIFY2(seen.handshakeCompleted, seen.output.constData());
        QCOMPARE(seen.sha256Hex(), m_cert->sha256Hex()); // not terminated by meshgate
        QCOMPARE(seen.subjectCommonName(), QStringLiteral("edition.cnn.com"));
    }

    void unknownSniIsRefusedAndLoggedNoRoute()
    {
        const int from = int(m_meshgate.stdoutLines().size());
        const TlsProbeResult seen = OpenSslClient::probe(m_tlsPort, QStringLiteral("unknown.example"));
        QVERIFY2(!seen.handshakeCompleted, seen.output.constData());
        QVERIFY(seen.peerCertificate.isNull());
        const auto l = m_meshgate.waitForAccessLog(
            [](const AccessLogLine &l) { return l.sni == u"unknown.example"; }, 10s, from);
        QVERIFY2(l, qPrintable(m_meshgate.stdoutLines().mid(from).join('\n')));
        QVERIFY(l->isTcp());
        QCOMPARE(l->code, 0);
        QCOMPARE(l->flags, QStringList{QStringLiteral("NR")});
        QCOMPARE(l->upstreamHost, QStringLiteral("-"));
        QCOMPARE(l->downstreamLocal, QStringLiteral("127.0.0.1:%1").arg(m_tlsPort));
    }

    void missingSniIsRefusedToo()
    {
        // istio/istio#32466: PASSTHROUGH without SNI has no filter chain either.
        const int from = int(m_meshgate.stdoutLines().size());
        const TlsProbeResult seen = OpenSslClient::probe(m_tlsPort, QString());
        QVERIFY2(!seen.handshakeCompleted, seen.output.constData());
        // Matched by its missing SNI too: the line of an earlier test's connection (it has one)
        // can be written after `from` when that connection closes late.
        const auto l = m_meshgate.waitForAccessLog(
            [this](const AccessLogLine &l) {
                return l.isTcp() && l.downstreamLocal == QStringLiteral("127.0.0.1:%1").arg(m_tlsPort)
                    && l.sni == QStringLiteral("-");
            },
            10s, from);
        QVERIFY(l);
        QCOMPARE(l->flags, QStringList{QStringLiteral("NR")});
    }

    void meshProxySendsHttpbinToLocalhostLocal()
    {
        // The VirtualService's second route (gateways: mesh) rewrites httpbin.org to localhost.local.
        CurlRequest viaMesh = CurlRequest::get(QStringLiteral("http://httpbin.org/status/418?via=mesh"));
        viaMesh.proxy = QStringLiteral("http://127.0.0.1:%1").arg(m_meshPort);
        const CurlResult r = Curl::run(viaMesh);
        QVERIFY2(r.status == 418, qPrintable(r.describe()));
        QVERIFY(m_localhostLocal.waitForRequests("/status/418?via=mesh", 1, 5s));
        QCOMPARE(m_httpbin.countRequests("/status/418?via=mesh"), 0);

        const auto l = m_meshgate.waitForClientPort(r.localPort);
        QVERIFY2(l, qPrintable(m_meshgate.stdoutLines().join('\n')));
        QCOMPARE(l->code, 418);
        QCOMPARE(l->path, QStringLiteral("/status/418?via=mesh"));
        QCOMPARE(l->authority, QStringLiteral("httpbin.org"));
        QCOMPARE(l->upstreamCluster, QStringLiteral("outbound|80||localhost.local"));
        QCOMPARE(l->upstreamHost, m_localhostLocal.hostPort());
        QCOMPARE(l->downstreamLocal, QStringLiteral("127.0.0.1:%1").arg(m_meshPort));
    }

    // The mesh proxy gets absolute-form targets; their paths are normalized like a gateway's.
    void meshProxyNormalizesAbsoluteFormPaths()
    {
        CurlRequest viaMesh = CurlRequest::get(QStringLiteral("http://httpbin.org/anything/../status/418?via=mesh-dots"));
        viaMesh.proxy = QStringLiteral("http://127.0.0.1:%1").arg(m_meshPort);
        viaMesh.extraArguments << QStringLiteral("--path-as-is");
        const CurlResult r = Curl::run(viaMesh);
        QVERIFY2(r.status == 418, qPrintable(r.describe()));
        QVERIFY(m_localhostLocal.waitForRequests("/status/418?via=mesh-dots", 1, 5s));
        const auto l = m_meshgate.waitForClientPort(r.localPort);
        QVERIFY(l);
        QCOMPARE(l->path, QStringLiteral("/status/418?via=mesh-dots"));
    }

    void adminEndpointAnswers()
    {
        const CurlResult ready = admin(QStringLiteral("/ready"));
        QVERIFY2(ready.status == 200, qPrintable(ready.describe()));
        const CurlResult clusters = admin(QStringLiteral("/clusters"));
        QCOMPARE(clusters.status, 200);
        QVERIFY2(clusters.body.contains("outbound|80||httpbin.org"), clusters.body.left(2000).constData());
        QVERIFY(clusters.body.contains("outbound|443||edition.cnn.com"));
        const CurlResult dump = admin(QStringLiteral("/config_dump"));
        QCOMPARE(dump.status, 200);
        QVERIFY(dump.body.contains("httpbin.org"));
        QVERIFY(dump.body.contains("edition.cnn.com"));
    }

    void prometheusCountsTheTeapot()
    {
        const CurlResult teapot =
            Curl::run(CurlRequest::get(httpUrl(QStringLiteral("/status/418")), {"Host: httpbin.org"}));
        QCOMPARE(teapot.status, 418);
        // Counters reach the admin endpoint on a stats tick, not per request: poll for a while.
        std::optional<double> count;
        QByteArray text;
        const QDeadlineTimer deadline(5s);
        while (!deadline.hasExpired()) {
            const CurlResult stats = admin(QStringLiteral("/stats/prometheus"));
            QCOMPARE(stats.status, 200);
            text = stats.body;
            count = prometheusSum(text, "istio_requests_total", {"response_code=\"418\""});
            if (count && *count >= 1)
                break;
            EventWait::pause(200ms);
        }
        QVERIFY2(count && *count >= 1, text.left(3000).constData());
        QVERIFY(text.contains("# TYPE istio_requests_total counter"));
    }

    void stdoutCarriesOnlyAccessLogLines()
    {
        QVERIFY(!m_meshgate.stdoutLines().isEmpty());
        for (const QByteArray &line : m_meshgate.stdoutLines()) {
            QString why;
            QVERIFY2(AccessLogLine::parse(line, &why), qPrintable(why + QStringLiteral(": ") + QString::fromUtf8(line)));
        }
    }

    void sigtermStopsWithExitCodeZero()
    {
        const auto code = m_meshgate.stop(10s);
        QVERIFY2(code.has_value(), qPrintable(m_meshgate.failureReport()));
        QCOMPARE(*code, 0);
    }

private:
    QString httpUrl(const QString &path) const { return QStringLiteral("http://127.0.0.1:%1%2").arg(m_httpPort).arg(path); }
    CurlResult admin(const QString &path) const
    {
        return Curl::run(CurlRequest::get(QStringLiteral("http://127.0.0.1:%1%2").arg(m_adminPort).arg(path)));
    }

    QTemporaryDir m_certDir;
    std::unique_ptr<TestCertificate> m_cert;
    HttpbinServer m_httpbin;        // stands in for httpbin.org
    HttpbinServer m_localhostLocal; // stands in for localhost.local:80
    std::unique_ptr<NginxTlsServer> m_nginx; // edition.cnn.com:443
    MeshgateProcess m_meshgate;
    quint16 m_httpPort = 0;
    quint16 m_tlsPort = 0;
    quint16 m_meshPort = 0;
    quint16 m_adminPort = 0;
};

QTEST_GUILESS_MAIN(TestReferenceScenario)
#include "tst_referencescenario.moc"
