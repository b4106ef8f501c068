// SPDX-License-Identifier: GPL-3.0-or-later
// Proves the end-to-end harness itself, without meshgate in the path: if these fail, the engine
// tests' failures mean nothing.
#include "accesslogline.h"
#include "curl.h"
#include "freeport.h"
#include "httpbinserver.h"
#include "meshgateprocess.h"
#include "nginxtlsserver.h"
#include "opensslclient.h"
#include "portprobe.h"
#include "processmemory.h"
#include "rawclient.h"
#include "testcertificate.h"
#include "testpaths.h"
#include "testupstream.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace meshgate::test;
using namespace std::chrono_literals;

namespace {

// The two sample lines of istio-semantics.md (HTTP request, then a TLS passthrough connection).
constexpr const char *kHttpSample =
    R"([2019-01-31T14:40:18.645Z] "GET /status/418 HTTP/1.1" 418 - 0 135 187 186 "10.127.220.75" "curl/7.54.0" )"
    R"("28255618-6ca5-9d91-9634-c562694a3625" "httpbin.org" "34.232.181.106:80" outbound|80||httpbin.org - )"
    R"(172.30.230.33:80 10.127.220.75:52077 -)";
constexpr const char *kTlsSample =
    R"([2019-01-31T13:40:11.076Z] "- - -" 0 - 589 17798 1644 - "-" "-" "-" "-" "172.217.31.132:443" )"
    R"(outbound|443||edition.cnn.com 172.30.230.33:54508 172.30.230.33:443 10.127.220.75:49467 edition.cnn.com)";

void verifyHttpSample(const AccessLogLine &l)
{
    QCOMPARE(l.start, QDateTime(QDate(2019, 1, 31), QTime(14, 40, 18, 645), Qt::UTC));
    QCOMPARE(l.method, QStringLiteral("GET"));
    QCOMPARE(l.path, QStringLiteral("/status/418"));
    QCOMPARE(l.protocol, QStringLiteral("HTTP/1.1"));
    QCOMPARE(l.code, 418);
    QVERIFY(l.flags.isEmpty());
    QCOMPARE(l.flagsText, QStringLiteral("-"));
    QCOMPARE(l.bytesReceived, 0);
    QCOMPARE(l.bytesSent, 135);
    QCOMPARE(l.durationMs, 187);
    QCOMPARE(l.upstreamServiceTimeMs, std::optional<qint64>(186));
    QCOMPARE(l.xForwardedFor, QStringLiteral("10.127.220.75"));
    QCOMPARE(l.userAgent, QStringLiteral("curl/7.54.0"));
    QCOMPARE(l.requestId, QStringLiteral("28255618-6ca5-9d91-9634-c562694a3625"));
    QCOMPARE(l.authority, QStringLiteral("httpbin.org"));
    QCOMPARE(l.upstreamHost, QStringLiteral("34.232.181.106:80"));
    QCOMPARE(l.upstreamCluster, QStringLiteral("outbound|80||httpbin.org"));
    QCOMPARE(l.upstreamLocal, QStringLiteral("-"));
    QCOMPARE(l.downstreamLocal, QStringLiteral("172.30.230.33:80"));
    QCOMPARE(l.downstreamRemote, QStringLiteral("10.127.220.75:52077"));
    QCOMPARE(l.sni, QStringLiteral("-"));
    QVERIFY(!l.isTcp());
}

void verifyTlsSample(const AccessLogLine &l)
{
    QVERIFY(l.isTcp());
    QCOMPARE(l.code, 0);
    QVERIFY(l.flags.isEmpty());
    QCOMPARE(l.bytesReceived, 589);
    QCOMPARE(l.bytesSent, 17798);
    QCOMPARE(l.durationMs, 1644);
    QVERIFY(!l.upstreamServiceTimeMs);
    QCOMPARE(l.xForwardedFor, QStringLiteral("-"));
    QCOMPARE(l.userAgent, QStringLiteral("-"));
    QCOMPARE(l.requestId, QStringLiteral("-"));
    QCOMPARE(l.authority, QStringLiteral("-"));
    QCOMPARE(l.upstreamHost, QStringLiteral("172.217.31.132:443"));
    QCOMPARE(l.upstreamCluster, QStringLiteral("outbound|443||edition.cnn.com"));
    QCOMPARE(l.upstreamLocal, QStringLiteral("172.30.230.33:54508"));
    QCOMPARE(l.downstreamLocal, QStringLiteral("172.30.230.33:443"));
    QCOMPARE(l.downstreamRemote, QStringLiteral("10.127.220.75:49467"));
    QCOMPARE(l.sni, QStringLiteral("edition.cnn.com"));
}

} // namespace

class TestHarness : public QObject
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
    }

    void freePortsAreBindableAndOffsetsFitBothPorts()
    {
        const QList<quint16> ports = FreePort::pickMany(3);
        QCOMPARE(ports.size(), 3);
        QCOMPARE(QSet<quint16>(ports.begin(), ports.end()).size(), 3);
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, ports[0]));
        QVERIFY(!FreePort::isFree(ports[0]));
        QVERIFY(PortProbe::isAccepting(ports[0]));

        const auto offset = FreePort::offsetFor({80, 443});
        QVERIFY(offset);
        QVERIFY(FreePort::isFree(quint16(80 + *offset)));
        QVERIFY(FreePort::isFree(quint16(443 + *offset)));
    }

    void processMemorySeesAnAllocation()
    {
        // The streaming tests compare VmHWM after a transfer with VmRSS before it.
        const auto before = ProcessMemory::read(QCoreApplication::applicationPid());
        QVERIFY(before);
        QVERIFY(before->rssKiB > 0);
        QVERIFY(before->peakKiB >= before->rssKiB);
        QByteArray touched(48 * 1024 * 1024, 'x'); // written, so resident
        const auto after = ProcessMemory::read(QCoreApplication::applicationPid());
        QVERIFY(after);
        QVERIFY2(after->peakKiB - before->rssKiB >= 40 * 1024,
                 qPrintable(QStringLiteral("%1 -> %2").arg(before->rssKiB).arg(after->peakKiB)));
        QCOMPARE(touched.count('x'), touched.size());
        QVERIFY(!ProcessMemory::read(0));
    }

    void httpbinAnswersTheTeapot()
    {
        HttpbinServer httpbin;
        QVERIFY2(httpbin.startAndWait(), httpbin.diagnostics().constData());
        CurlRequest request;
        request.url = httpbin.baseUrl() + QStringLiteral("/status/418");
        const CurlResult r = Curl::run(request);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.status, 418);
        QCOMPARE(r.body.size(), 135);
        QVERIFY2(r.body.contains("teapot"), r.body.constData());
        QCOMPARE(r.bodySize, 135);
        QVERIFY(r.localPort != 0);
        // Werkzeug's request log is how tests tell which upstream got a request.
        QVERIFY(httpbin.waitForRequests("/status/418", 1, 5s));
        QCOMPARE(httpbin.countRequests("/headers"), 0);
    }

    void nginxServesItsPageOverTlsWithTheGeneratedCertificate()
    {
        NginxTlsServer nginx(*m_cert);
        QString error;
        QVERIFY2(nginx.start(&error), qPrintable(error));

        CurlRequest page;
        page.url = QStringLiteral("https://edition.cnn.com:%1/").arg(nginx.tlsPort());
        page.resolve = {QStringLiteral("edition.cnn.com:%1:127.0.0.1").arg(nginx.tlsPort())};
        page.caCertificate = m_cert->certificatePath(); // verification on: the SAN must match
        const CurlResult r = Curl::run(page);
        QVERIFY2(r.exitCode == 0 && r.status == 200, qPrintable(r.describe()));
        QVERIFY(r.body.contains(nginx.pageMarker()));

        CurlRequest big = page;
        big.url = QStringLiteral("https://edition.cnn.com:%1/big").arg(nginx.tlsPort());
        const CurlResult b = Curl::run(big);
        QCOMPARE(b.status, 200);
        QCOMPARE(b.body.size(), NginxTlsServer::kBigSize);
        QCOMPARE(QCryptographicHash::hash(b.body, QCryptographicHash::Sha256).toHex(), nginx.bigSha256Hex());

        CurlRequest teapot;
        teapot.url = QStringLiteral("http://%1/teapot").arg(nginx.httpHostPort());
        const CurlResult t = Curl::run(teapot);
        QCOMPARE(t.status, 418);
        QCOMPARE(t.body, QByteArray("teapot\n"));

        const QList<NginxTlsServer::LogEntry> log = nginx.accessLog();
        QCOMPARE(log.size(), 3);
        QCOMPARE(log[0].target, QByteArray("/"));
        QCOMPARE(log[0].serverName, QByteArray("edition.cnn.com"));
        QVERIFY(log[0].tlsProtocol.startsWith("TLS"));
        QCOMPARE(log[1].bytesSent, NginxTlsServer::kBigSize);
        QVERIFY(log[2].serverName.isEmpty());
        QCOMPARE(log[2].status, 418);

        QVERIFY(nginx.stop());
        QVERIFY(!PortProbe::isAccepting(nginx.tlsPort()));
    }

    void opensslClientSeesTheServersCertificate()
    {
        NginxTlsServer nginx(*m_cert);
        QString error;
        QVERIFY2(nginx.start(&error), qPrintable(error));
        const TlsProbeResult seen =
            OpenSslClient::probe(nginx.tlsPort(), QStringLiteral("edition.cnn.com"), m_cert->certificatePath());
        QVERIFY2(seen.handshakeCompleted, seen.output.constData());
        QCOMPARE(seen.subjectCommonName(), QStringLiteral("edition.cnn.com"));
        QCOMPARE(seen.sha256Hex(), m_cert->sha256Hex());
        QCOMPARE(seen.verifyResult, QStringLiteral("0 (ok)"));

        // A plain-HTTP port does not complete a handshake.
        const TlsProbeResult plain = OpenSslClient::probe(nginx.httpPort(), QStringLiteral("edition.cnn.com"));
        QVERIFY(!plain.handshakeCompleted);
        QVERIFY(plain.peerCertificate.isNull());
    }

    void testUpstreamHashesStreamedUploads()
    {
        TestUpstream sink;
        QVERIFY2(sink.start(), sink.diagnostics().constData());
        QTemporaryDir dir;
        QByteArray payload(3 * 1024 * 1024 + 17, Qt::Uninitialized);
        for (qsizetype i = 0; i < payload.size(); ++i)
            payload[i] = char((i * 131) ^ (i >> 9));
        QFile file(dir.filePath(QStringLiteral("payload")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(payload);
        file.close();
        const QByteArray sha = QCryptographicHash::hash(payload, QCryptographicHash::Sha256).toHex();

        for (bool chunked : {false, true}) {
            CurlRequest upload;
            upload.url = QStringLiteral("http://%1/upload").arg(sink.hostPort());
            upload.method = QStringLiteral("POST");
            upload.uploadFile = file.fileName();
            upload.headers = {"Expect:"};
            if (chunked)
                upload.headers.append("Transfer-Encoding: chunked");
            const CurlResult r = Curl::run(upload);
            QVERIFY2(r.status == 200, qPrintable(r.describe()));
            const QJsonObject reply = QJsonDocument::fromJson(r.body).object();
            QCOMPARE(reply.value(QStringLiteral("bytes")).toInteger(), payload.size());
            QCOMPARE(reply.value(QStringLiteral("sha256")).toString().toUtf8(), sha);
        }
        QCOMPARE(sink.countRequests("POST", "/upload"), 2);

        auto slow = Curl::start(CurlRequest::get(QStringLiteral("http://%1/slow/300").arg(sink.hostPort())));
        QVERIFY(sink.waitForRequest("GET", "/slow/300", 5s)); // announced before it is answered
        const CurlResult done = slow->wait();
        QCOMPARE(done.status, 200);
        QCOMPARE(done.body, QByteArray("slow done"));
    }

    void curlBatchRunsManyRequests()
    {
        HttpbinServer a;
        HttpbinServer b;
        QVERIFY(a.start());
        QVERIFY(b.start());
        QVERIFY(a.waitUntilReady());
        QVERIFY(b.waitUntilReady());
        QStringList urls;
        for (int i = 0; i < 100; ++i)
            urls << (i % 4 ? a.baseUrl() : b.baseUrl()) + QStringLiteral("/status/200?batch");
        urls << a.baseUrl() + QStringLiteral("/status/503?batch");
        const Curl::Batch batch = Curl::runBatch(urls, CurlRequest::get({}, {"Host: batch.test"}), 4);
        QVERIFY2(batch.exitCode == 0, batch.errorText.constData());
        QCOMPARE(batch.statuses.size(), 101);
        QCOMPARE(batch.count(200), 100);
        QCOMPARE(batch.count(503), 1);
        QVERIFY2(batch.errorText.isEmpty(), batch.errorText.constData());
        QVERIFY(HttpbinServer::waitForCombined({&a, &b}, "/status/200?batch", 100, 10s));
        QCOMPARE(a.countRequests("/status/200?batch"), 75);
        QCOMPARE(b.countRequests("/status/200?batch"), 25);

        // A refused connection is a status of 0, not a missing entry.
        const Curl::Batch refused = Curl::runBatch({QStringLiteral("http://127.0.0.1:%1/").arg(FreePort::pick())},
                                                   CurlRequest{}, 1);
        QCOMPARE(refused.statuses, QList<int>{0});
        QCOMPARE(refused.exitCode, 7);
    }

    void rawClientSpeaksHandCraftedHttp()
    {
        // Werkzeug closes after every response ("Connection: close"): a keep-alive peer is the
        // Python test upstream.
        TestUpstream upstream;
        QVERIFY2(upstream.start(), upstream.diagnostics().constData());
        RawClient client;
        QVERIFY(client.connectTo(upstream.port()));
        QVERIFY(client.send("GET /first HTTP/1.1\r\nHost: upstream.test\r\n\r\n"));
        const auto first = client.readResponse();
        QVERIFY(first);
        QCOMPARE(first->status, 200);
        QCOMPARE(first->body, QByteArray("test upstream"));
        QVERIFY(!client.peerClosed());
        QVERIFY(client.send("GET /second HTTP/1.1\r\nHost: upstream.test\r\nConnection: close\r\n\r\n"));
        const auto second = client.readResponse();
        QVERIFY(second);
        QCOMPARE(second->status, 200);
        QVERIFY(client.waitForClose(5s));
        QCOMPARE(upstream.countRequests("GET", "/first"), 1);
        QCOMPARE(upstream.countRequests("GET", "/second"), 1);

        HttpbinServer httpbin;
        QVERIFY2(httpbin.startAndWait(), httpbin.diagnostics().constData());
        RawClient teapot;
        QVERIFY(teapot.connectTo(httpbin.port()));
        QVERIFY(teapot.send("GET /status/418 HTTP/1.1\r\nHost: httpbin.org\r\n\r\n"));
        const auto answer = teapot.readResponse();
        QVERIFY(answer);
        QCOMPARE(answer->status, 418);
        QVERIFY(answer->body.contains("teapot"));
        QCOMPARE(answer->header("connection").toLower(), QByteArray("close"));
    }

    void accessLogParserReadsTheSampleLines()
    {
        QString error;
        const auto http = AccessLogLine::parse(kHttpSample, &error);
        QVERIFY2(http, qPrintable(error));
        verifyHttpSample(*http);
        const auto tls = AccessLogLine::parse(kTlsSample, &error);
        QVERIFY2(tls, qPrintable(error));
        verifyTlsSample(*tls);

        const auto flags = AccessLogLine::parse(QByteArray(kHttpSample).replace("418 - 0 135", "503 UF,URX 0 91"));
        QVERIFY(flags);
        QCOMPARE(flags->flags, QStringList({QStringLiteral("UF"), QStringLiteral("URX")}));
        QVERIFY(flags->hasFlag(QStringLiteral("URX")));
    }

    void accessLogParserRejectsOtherFormats()
    {
        QVERIFY(!AccessLogLine::parse(""));
        QVERIFY(!AccessLogLine::parse("meshgate: listening on 127.0.0.1:8080"));
        // Istio's current format has three more fields after the flags.
        QVERIFY(!AccessLogLine::parse(QByteArray(kHttpSample).replace("418 - 0", "418 - via_upstream - \"-\" 0")));
        QVERIFY(!AccessLogLine::parse(QByteArray(kHttpSample).replace("2019-01-31T14:40:18.645Z", "yesterday")));
        QVERIFY(!AccessLogLine::parse(QByteArray(kHttpSample).replace("\"curl/7.54.0\"", "\"curl/7.54.0")));
    }

    void accessLogParserReadsTheSampleLinesOfTheSharedDoc()
    {
        const QByteArray doc = readFile(sharedDocPath(QStringLiteral("istio-semantics.md")));
        if (doc.isEmpty())
            QSKIP(kNoShared);
        QList<AccessLogLine> samples;
        for (const QByteArray &line : doc.split('\n')) {
            const QByteArray t = line.trimmed();
            if (t.startsWith("`[2019-") && t.endsWith('`'))
                if (auto l = AccessLogLine::parse(t.mid(1, t.size() - 2)))
                    samples.append(*l);
        }
        QCOMPARE(samples.size(), 2);
        verifyHttpSample(samples[0]);
        verifyTlsSample(samples[1]);
    }

    void meshgateProcessReportsAnEarlyExit()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("no-such-config.yaml"));
        const quint16 port = FreePort::pick();
        MeshgateProcess meshgate;
        MeshgateLaunch launch;
        launch.configFiles = {missing};
        launch.waitForPorts = {port};
        // Must come back as soon as the process ends, not after the 60 s timeout.
        QVERIFY(!meshgate.start(launch, 60s));
        QVERIFY(!meshgate.isRunning());
        QVERIFY(meshgate.exitCode().has_value());
        QVERIFY(*meshgate.exitCode() != 0);
        QVERIFY2(meshgate.stderrText().contains("no-such-config.yaml"), meshgate.stderrText().constData());
        QVERIFY(meshgate.failureReport().contains(QStringLiteral("ended before port")));
    }

    void meshgateProcessCollectsTheAccessLog()
    {
        // A Python stand-in with meshgate's command line and log format: proves the stdout
        // collection, the curl-port matching and the SIGTERM exit path before the engine exists.
        HttpbinServer httpbin;
        QVERIFY2(httpbin.startAndWait(), httpbin.diagnostics().constData());
        const quint16 listen = FreePort::pick();
        MeshgateProcess fake;
        MeshgateLaunch launch;
        launch.program = sourceDir() + QStringLiteral("/tests/e2e/data/fake_meshgate.py");
        launch.extraArguments = {QStringLiteral("--fake-listen"), QString::number(listen),
                                 QStringLiteral("--fake-upstream"), httpbin.hostPort()};
        launch.waitForPorts = {listen};
        QVERIFY2(fake.start(launch), qPrintable(fake.failureReport()));

        QList<CurlResult> results;
        for (const char *path : {"/status/418", "/status/200", "/status/418"})
            results.append(Curl::run(CurlRequest::get(QStringLiteral("http://127.0.0.1:%1%2").arg(listen).arg(QLatin1String(path)),
                                                      {"Host: httpbin.org"})));
        QCOMPARE(results[0].status, 418);
        QCOMPARE(results[1].status, 200);
        for (const CurlResult &r : results) {
            const auto l = fake.waitForClientPort(r.localPort, 5s);
            QVERIFY2(l, fake.stdoutLines().join('\n').constData());
            QCOMPARE(l->code, r.status);
            QCOMPARE(l->bytesSent, r.bodySize);
            QCOMPARE(l->authority, QStringLiteral("httpbin.org"));
            QCOMPARE(l->upstreamHost, httpbin.hostPort());
            QCOMPARE(l->downstreamLocal, QStringLiteral("127.0.0.1:%1").arg(listen));
        }
        QCOMPARE(fake.accessLog().size(), 3);
        const auto code = fake.stop(10s);
        QVERIFY2(code == 0, qPrintable(fake.failureReport()));
    }

private:
    QTemporaryDir m_certDir;
    std::unique_ptr<TestCertificate> m_cert;
};

QTEST_GUILESS_MAIN(TestHarness)
#include "tst_harness.moc"
