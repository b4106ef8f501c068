// SPDX-License-Identifier: GPL-3.0-or-later
// Headless hot reload: the config file is rewritten while requests flow (in place and by
// rename, as editors do), and an invalid file leaves the running table alone.
#include "curl.h"
#include "eventwait.h"
#include "gatewayharness.h"
#include "freeport.h"
#include "httpbinserver.h"
#include "opensslclient.h"
#include "testcertificate.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>

using namespace meshgate::test;
using namespace std::chrono_literals;

namespace {

// /version answers the config generation from the table itself; everything else goes to httpbin.
QByteArray versionedYaml(int version)
{
    return GatewayHarness::gatewayYaml() + ConfigFile::fill(R"(---
apiVersion: networking.istio.io/v1beta1
kind: ServiceEntry
metadata:
  name: svc-a
spec:
  hosts:
  - svc-a.internal
  ports:
  - number: 80
    name: http
    protocol: HTTP
  resolution: STATIC
  endpoints:
  - address: 127.0.0.1
    ports:
      http: {{A_PORT}}
---
apiVersion: networking.istio.io/v1beta1
kind: VirtualService
metadata:
  name: reload
spec:
  hosts:
  - reload.test
  gateways:
  - gw
  http:
  - match:
    - uri:
        exact: /version
    directResponse:
      status: 200
      body:
        string: "v{{VERSION}}"
  - route:
    - destination:
        host: svc-a.internal
)",
                                                            {{"VERSION", QByteArray::number(version)}});
}

// Requests /version until it answers `expected` (a reload has no completion signal to wait for).
bool waitForVersion(const GatewayHarness &gw, int expected, QByteArray *last)
{
    const QByteArray wanted = "v" + QByteArray::number(expected);
    const QDeadlineTimer deadline(10s);
    while (!deadline.hasExpired()) {
        *last = gw.get(QStringLiteral("reload.test"), QStringLiteral("/version")).body;
        if (*last == wanted)
            return true;
        EventWait::pause(100ms);
    }
    return false;
}

// One keep-alive HTTP/1.1 connection (TLS with that SNI when `sni` is set) held by a Python
// client across a reload: it sends GET / for each host of `before`, waits for resume(), then does
// the same for `after`, and prints "STATUS BODY" ("-" for no body) per response.
// Whether meshgate said "configuration reloaded" on a stderr line from `from` on (within 10 s).
bool reloadedSince(GatewayHarness &gw, int from)
{
    return gw.meshgate().waitForStderrLine([](const QByteArray &l) { return l.contains("configuration reloaded"); },
                                           std::chrono::seconds(10), from)
        >= 0;
}

class KeepAliveClient final
{
public:
    KeepAliveClient(quint16 port, const QString &sni, const QStringList &before, const QStringList &after)
    {
        static const char script[] = R"(
import socket, ssl, sys
port, sni, before, after = int(sys.argv[1]), sys.argv[2], sys.argv[3].split(","), sys.argv[4].split(",")
s = socket.create_connection(("127.0.0.1", port), timeout=10)
if sni:
    ctx = ssl.create_default_context(); ctx.check_hostname = False; ctx.verify_mode = ssl.CERT_NONE
    s = ctx.wrap_socket(s, server_hostname=sni)
def get(host):
    s.sendall(("GET / HTTP/1.1\r\nHost: %s\r\n\r\n" % host).encode())
    data = b""
    while b"\r\n\r\n" not in data:
        data += s.recv(4096)
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value)
    while len(body) < length:
        body += s.recv(4096)
    print(head.split(b" ")[1].decode(), body.decode() or "-", flush=True)
for host in before:
    get(host)
sys.stdin.readline()
for host in after:
    get(host)
)";
        m_process.start(QStringLiteral("python3"), {QStringLiteral("-c"), QString::fromLatin1(script), QString::number(port),
                                                    sni, before.join(u','), after.join(u',')});
    }

    QByteArray readLine()
    {
        const QDeadlineTimer deadline(10000);
        while (!m_process.canReadLine() && !deadline.hasExpired() && m_process.state() != QProcess::NotRunning)
            m_process.waitForReadyRead(200);
        return m_process.readLine().trimmed();
    }
    void resume() { m_process.write("\n"); }
    bool finished() { return m_process.waitForFinished(10000) && m_process.exitCode() == 0; }

private:
    QProcess m_process;
};

} // namespace

class TestEngineReload : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(m_httpbin.startAndWait(), m_httpbin.diagnostics().constData());
    }

    void rewritesUnderLoadLoseNoRequest()
    {
        GatewayHarness gw;
        gw.define("A_PORT", m_httpbin.port());
        const QString problem = gw.launch(versionedYaml(0));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QByteArray last;
        QVERIFY2(waitForVersion(gw, 0, &last), last.constData());

        // Load runs in batches until every rewrite has happened, so a fast machine (where
        // httpbin answers 2,000 requests in under a second) still reloads under load each time.
        constexpr int kBatchRequests = 500;
        constexpr int kMaxBatches = 40;
        constexpr int kRewrites = 10;
        int rewrites = 0;
        bool writeFailed = false;
        QTimer rewriter;
        rewriter.setInterval(150ms); // ten rewrites in 1.5 s
        QObject::connect(&rewriter, &QTimer::timeout, &rewriter, [&] {
            if (rewrites == kRewrites) {
                rewriter.stop();
                return;
            }
            ++rewrites;
            const auto mode = rewrites % 2 ? ConfigFile::WriteMode::InPlace : ConfigFile::WriteMode::Replace;
            writeFailed |= !gw.writeConfig(versionedYaml(rewrites), mode);
        });
        rewriter.start();
        int batches = 0;
        int answered = 0;
        do {
            Curl::BatchJob load(QStringList(kBatchRequests, gw.url(QStringLiteral("/status/200?reload"))),
                                gw.request(QStringLiteral("reload.test"), {}), 4);
            const Curl::Batch batch = load.wait(); // the rewriter fires while this waits
            ++batches;
            QVERIFY2(batch.exitCode == 0, batch.errorText.constData());
            QCOMPARE(batch.statuses.size(), kBatchRequests);
            QCOMPARE(batch.count(200), kBatchRequests);
            answered += batch.count(200);
        } while (rewriter.isActive() && batches < kMaxBatches);
        rewriter.stop();

        QVERIFY(!writeFailed);
        QVERIFY2(rewrites == kRewrites,
                 qPrintable(QStringLiteral("%1 batches of load ended after %2 rewrites").arg(batches).arg(rewrites)));
        QCOMPARE(answered, batches * kBatchRequests);
        QVERIFY2(waitForVersion(gw, kRewrites, &last), last.constData());
        QVERIFY(gw.meshgate().isRunning());
    }

    // The watcher sees every file created or removed next to the config, and a touch: none of
    // that changes what runs, so none of it reloads. A real change does, and a warning in it
    // (here a misspelt field, which changes behaviour silently) is said with the reload.
    void onlyAChangeOfContentReloadsAndItsWarningsAreSaid()
    {
        GatewayHarness gw;
        gw.define("A_PORT", m_httpbin.port());
        const QString problem = gw.launch(versionedYaml(1));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QByteArray last;
        QVERIFY2(waitForVersion(gw, 1, &last), last.constData());
        const auto reloadLines = [&] {
            return std::count_if(gw.meshgate().stderrLines().begin(), gw.meshgate().stderrLines().end(),
                                 [](const QByteArray &l) { return l.contains("configuration reloaded"); });
        };

        const QDir dir = QFileInfo(gw.configPath()).absoluteDir();
        QFile notes(dir.filePath(QStringLiteral("notes.txt")));
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("a screenshot, an editor's swap file, ...\n");
        notes.close();
        QVERIFY(notes.remove());
        QFile config(gw.configPath());
        QVERIFY(config.open(QIODevice::ReadWrite));
        QVERIFY(config.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime));
        config.close();
        QVERIFY(gw.writeConfig(versionedYaml(1), ConfigFile::WriteMode::Replace)); // same bytes, new inode
        // Longer than the 300 ms the runner lets a burst of events settle, so these events are
        // handled on their own and not folded into the real change below.
        EventWait::pause(1500ms);
        QCOMPARE(reloadLines(), 0);

        QByteArray typo = versionedYaml(2);
        typo.replace("        host: svc-a.internal\n", "        host: svc-a.internal\n      wieght: 100\n");
        QVERIFY(typo != versionedYaml(2));
        const int from = int(gw.meshgate().stderrLines().size());
        QVERIFY(gw.writeConfig(typo));
        QVERIFY2(waitForVersion(gw, 2, &last), last.constData());
        QVERIFY2(gw.meshgate().waitForStderrLine([](const QByteArray &l) { return l.contains("did you mean \"weight\"?"); },
                                                 10s, from)
                     >= 0,
                 gw.meshgate().stderrText().constData());
        QCOMPARE(reloadLines(), 1);
    }

    // Certificates are read when a table is built: a renewed one (certbot replacing the file)
    // reloads like an edit of the YAML, and the gateway serves it from then on.
    void renewedCertificateIsServed()
    {
        QTemporaryDir certs;
        const auto first = TestCertificate::generate(certs.path(), QStringLiteral("first.test"), {QStringLiteral("tls.test")});
        QVERIFY(first);
        GatewayHarness gw;
        gw.define("A_PORT", m_httpbin.port());
        gw.define("TLS_PORT", FreePort::pick());
        gw.define("CERT", first->certificatePath().toUtf8());
        gw.define("KEY", first->keyPath().toUtf8());
        const QByteArray tlsGateway = R"(---
apiVersion: networking.istio.io/v1
kind: Gateway
metadata:
  name: tls-gw
spec:
  servers:
  - port: {number: {{TLS_PORT}}, name: https, protocol: HTTPS}
    hosts: ["*"]
    tls: {mode: SIMPLE, serverCertificate: "{{CERT}}", privateKey: "{{KEY}}"}
)";
        const QString problem = gw.launch(versionedYaml(1) + tlsGateway);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const quint16 tlsPort = quint16(gw.fill("{{TLS_PORT}}").toUInt());
        QTRY_COMPARE_WITH_TIMEOUT(OpenSslClient::probe(tlsPort, QStringLiteral("tls.test")).subjectCommonName(),
                                  QStringLiteral("first.test"), 10000);

        QTemporaryDir next;
        const auto renewed = TestCertificate::generate(next.path(), QStringLiteral("renewed.test"), {QStringLiteral("tls.test")});
        QVERIFY(renewed);
        const int from = int(gw.meshgate().stderrLines().size());
        // Key first, then certificate, each replaced whole (rename), as certbot's deploy does.
        QVERIFY(QFile::remove(first->keyPath()) && QFile::copy(renewed->keyPath(), first->keyPath()));
        QVERIFY(QFile::remove(first->certificatePath()) && QFile::copy(renewed->certificatePath(), first->certificatePath()));
        QVERIFY2(gw.meshgate().waitForStderrLine([](const QByteArray &l) { return l.contains("configuration reloaded"); },
                                                 10s, from)
                     >= 0,
                 gw.meshgate().stderrText().constData());
        QTRY_COMPARE_WITH_TIMEOUT(OpenSslClient::probe(tlsPort, QStringLiteral("tls.test")).subjectCommonName(),
                                  QStringLiteral("renewed.test"), 10000);
    }

    // An HTTPS connection keeps its own server's routes across a reload that reorders the
    // servers: it finds its server again by Gateway and port name (Istio's route name), not by
    // position, so the reload cannot hand it another server's hosts.
    void tlsConnectionKeepsItsServerAcrossAReload()
    {
        QTemporaryDir certs;
        const auto api = TestCertificate::generate(certs.path(), QStringLiteral("api.test"));
        const auto secret = TestCertificate::generate(certs.path(), QStringLiteral("secret.test"));
        QVERIFY(api && secret);
        const auto server = [](const TestCertificate &c, const QByteArray &name) {
            return "  - port: {number: {{GW_PORT}}, name: https-" + name + ", protocol: HTTPS}\n    hosts: [\""
                + c.commonName().toUtf8() + "\"]\n    tls: {mode: SIMPLE, serverCertificate: \"" + c.certificatePath().toUtf8()
                + "\", privateKey: \"" + c.keyPath().toUtf8() + "\"}\n";
        };
        const auto service = [](const QByteArray &host, const QByteArray &body) {
            return "---\napiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata: {name: " + body
                + "}\nspec:\n  hosts: [\"" + host + "\"]\n  gateways: [gw]\n  http:\n  - directResponse: {status: 200, body: {string: "
                + body + "}}\n";
        };
        const QByteArray head = "apiVersion: networking.istio.io/v1\nkind: Gateway\nmetadata: {name: gw}\nspec:\n  servers:\n";
        const QByteArray routes = service("api.test", "api") + service("secret.test", "secret");
        GatewayHarness gw;
        const QString problem = gw.launch(head + server(*api, "api") + server(*secret, "secret") + routes);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        // One TLS connection with SNI api.test; two requests, a pause for the reload, two more.
        KeepAliveClient client(gw.gatewayPort(), QStringLiteral("api.test"),
                               {QStringLiteral("secret.test"), QStringLiteral("api.test")},
                               {QStringLiteral("secret.test"), QStringLiteral("api.test")});
        const auto readLine = [&client] { return client.readLine(); };
        QCOMPARE(readLine(), QByteArray("404 -"));
        QCOMPARE(readLine(), QByteArray("200 api"));

        const int from = int(gw.meshgate().stderrLines().size());
        QVERIFY(gw.writeConfig(head + server(*secret, "secret") + server(*api, "api") + routes));
        QVERIFY2(reloadedSince(gw, from), gw.meshgate().stderrText().constData());
        EventWait::pause(300ms); // the workers take the new table from a queued call
        client.resume();
        QCOMPARE(readLine(), QByteArray("404 -"));
        QCOMPARE(readLine(), QByteArray("200 api"));
        QVERIFY(client.finished());
    }

    // A keep-alive connection keeps its own port's routes across a reload that puts a new
    // Gateway (another port, same host) in front of its own: the session finds its listener again
    // by address and port, not by position in the new table.
    void plainConnectionKeepsItsListenerAcrossAReload()
    {
        const QByteArray service = R"(---
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: mine}
spec:
  hosts: [same.test]
  gateways: [gw]
  http:
  - directResponse: {status: 200, body: {string: mine}}
)";
        GatewayHarness gw;
        gw.define("OTHER_PORT", FreePort::pick());
        const QString problem = gw.launch(GatewayHarness::gatewayYaml() + service);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        KeepAliveClient client(gw.gatewayPort(), QString(), {QStringLiteral("same.test")}, {QStringLiteral("same.test")});
        const auto readLine = [&client] { return client.readLine(); };
        QCOMPARE(readLine(), QByteArray("200 mine"));

        const int from = int(gw.meshgate().stderrLines().size());
        QVERIFY(gw.writeConfig(R"(apiVersion: networking.istio.io/v1
kind: Gateway
metadata: {name: aaa-front}
spec:
  servers:
  - port: {number: {{OTHER_PORT}}, name: http, protocol: HTTP}
    hosts: ["*"]
---
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: front}
spec:
  hosts: [same.test]
  gateways: [aaa-front]
  http:
  - directResponse: {status: 200, body: {string: front}}
---
)" + GatewayHarness::gatewayYaml() + service));
        QVERIFY2(reloadedSince(gw, from), gw.meshgate().stderrText().constData());
        EventWait::pause(300ms); // the workers take the new table from a queued call
        client.resume();
        QCOMPARE(readLine(), QByteArray("200 mine"));
        QVERIFY(client.finished());
    }

    void invalidFileKeepsTheRunningTable()
    {
        GatewayHarness gw;
        gw.define("A_PORT", m_httpbin.port());
        const QString problem = gw.launch(versionedYaml(1));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QByteArray last;
        QVERIFY2(waitForVersion(gw, 1, &last), last.constData());
        const QByteArray fileName = QFileInfo(gw.configPath()).fileName().toUtf8();

        // Broken YAML: said on stderr (naming the file), old routes keep answering.
        int from = int(gw.meshgate().stderrLines().size());
        QVERIFY(gw.writeConfig("apiVersion: networking.istio.io/v1beta1\nkind: VirtualService\nspec: [unclosed\n"));
        QVERIFY2(gw.meshgate().waitForStderrLine([&](const QByteArray &l) { return l.contains(fileName); }, 10s, from)
                     >= 0,
                 gw.meshgate().stderrText().constData());
        QCOMPARE(gw.get(QStringLiteral("reload.test"), QStringLiteral("/version")).body, QByteArray("v1"));
        QCOMPARE(gw.get(QStringLiteral("reload.test"), QStringLiteral("/status/200")).status, 200);

        // Well-formed YAML that fails validation (a route with no destination): the same.
        from = int(gw.meshgate().stderrLines().size());
        QByteArray invalid = versionedYaml(99);
        invalid.replace("  - route:\n    - destination:\n        host: svc-a.internal\n",
                        "  - match:\n    - uri:\n        prefix: /nowhere\n");
        QVERIFY(invalid != versionedYaml(99));
        QVERIFY(!gw.validate(invalid).isEmpty()); // the validator agrees it is invalid
        QVERIFY(gw.writeConfig(invalid));
        QVERIFY2(gw.meshgate().waitForStderrLine([&](const QByteArray &l) { return l.contains(fileName); }, 10s, from)
                     >= 0,
                 gw.meshgate().stderrText().constData());
        QCOMPARE(gw.get(QStringLiteral("reload.test"), QStringLiteral("/version")).body, QByteArray("v1"));

        // And a good file is picked up again.
        QVERIFY(gw.writeConfig(versionedYaml(2), ConfigFile::WriteMode::Replace));
        QVERIFY2(waitForVersion(gw, 2, &last), last.constData());
        QVERIFY(gw.meshgate().isRunning());
    }

    // A change that moves the gateway to a port someone else holds cannot run: it is refused
    // as a whole and the running port keeps serving (closing it first left nothing listening).
    // Once the port is free the same change goes through, and the new port is announced.
    void aPortInUseRefusesTheChangeAndTheRunningPortStays()
    {
        GatewayHarness gw;
        gw.define("A_PORT", m_httpbin.port());
        const QString problem = gw.launch(versionedYaml(1));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QByteArray last;
        QVERIFY2(waitForVersion(gw, 1, &last), last.constData());

        QTcpServer holder; // someone else's server on the port the change wants
        QVERIFY(holder.listen(QHostAddress::LocalHost, FreePort::pick()));
        const quint16 taken = holder.serverPort();
        const auto versionOn = [](quint16 port) {
            CurlRequest r = CurlRequest::get(QStringLiteral("http://127.0.0.1:%1/version").arg(port), {"Host: reload.test"});
            r.timeout = 5s;
            return Curl::run(r);
        };

        gw.define("GW_PORT", taken);
        int from = int(gw.meshgate().stderrLines().size());
        QVERIFY(gw.writeConfig(versionedYaml(2)));
        QVERIFY2(gw.meshgate().waitForStderrLine([](const QByteArray &l) { return l.contains("configuration change rejected"); },
                                                 10s, from)
                     >= 0,
                 gw.meshgate().stderrText().constData());
        QVERIFY2(gw.meshgate().waitForStderrLine(
                     [&](const QByteArray &l) { return l.contains(":" + QByteArray::number(taken)) && l.contains("in use"); }, 1s, from)
                     >= 0,
                 gw.meshgate().stderrText().constData());
        // Said once, not once by the engine and again by the runner.
        const QList<QByteArray> since = gw.meshgate().stderrLines().mid(from);
        QCOMPARE(std::count_if(since.cbegin(), since.cend(), [&](const QByteArray &l) { return l.contains("in use"); }), 1);
        const CurlResult still = versionOn(gw.gatewayPort());
        QVERIFY2(still.status == 200 && still.body == "v1", qPrintable(still.describe()));

        holder.close();
        from = int(gw.meshgate().stderrLines().size());
        QVERIFY(gw.writeConfig(versionedYaml(3)));
        QVERIFY(reloadedSince(gw, from));
        QVERIFY2(gw.meshgate().waitForStderrLine(
                     [&](const QByteArray &l) { return l.contains("listening on 127.0.0.1:" + QByteArray::number(taken)); }, 5s, from)
                     >= 0,
                 gw.meshgate().stderrText().constData());
        const CurlResult moved = versionOn(taken);
        QVERIFY2(moved.status == 200 && moved.body == "v3", qPrintable(moved.describe()));
        QTRY_VERIFY_WITH_TIMEOUT(versionOn(gw.gatewayPort()).exitCode == 7, 5000); // the old port is closed
    }

private:
    HttpbinServer m_httpbin;
};

QTEST_GUILESS_MAIN(TestEngineReload)
#include "tst_engine_reload.moc"
