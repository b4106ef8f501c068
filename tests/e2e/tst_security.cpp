// SPDX-License-Identifier: GPL-3.0-or-later
// Security defaults: listeners on 127.0.0.1 unless told otherwise; the mesh proxy refuses
// clients from other addresses unless --mesh-allow-remote; the admin endpoint on a wider bind
// wants its token; hop-by-hop and x-envoy-* headers from clients never reach the upstream, and
// X-Forwarded-For is appended to, never believed; CR/LF in configured header values and
// rewrites is refused by --validate and never reaches the engine.
#include "curl.h"
#include "freeport.h"
#include "gatewayharness.h"
#include "httpbinserver.h"
#include "managedprocess.h"
#include "rawclient.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkInterface>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace meshgate::test;
using namespace std::chrono_literals;

namespace {

QByteArray echoYaml(const QByteArray &routeExtra = {})
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
  - )" + (routeExtra.isEmpty() ? QByteArray() : routeExtra + "\n    ")
        + R"(route:
    - destination:
        host: echo.internal
)";
}

// Addresses (as text) that listen on `port`, from /proc/net/tcp and /proc/net/tcp6.
QStringList listeningAddresses(quint16 port)
{
    QStringList out;
    for (const char *table : {"/proc/net/tcp", "/proc/net/tcp6"}) {
        QFile f(QString::fromLatin1(table));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> lines = f.readAll().split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> fields = lines[i].simplified().split(' ');
            if (fields.size() < 4 || fields[3] != "0A") // LISTEN
                continue;
            const QList<QByteArray> local = fields[1].split(':');
            if (local.size() != 2 || local[1].toUShort(nullptr, 16) != port)
                continue;
            if (local[0].size() == 8) {
                const quint32 raw = local[0].toUInt(nullptr, 16); // little-endian in the table
                out << QHostAddress(qFromBigEndian(qToLittleEndian(raw))).toString();
            } else {
                out << QStringLiteral("v6:") + QString::fromLatin1(local[0]);
            }
        }
    }
    out.removeDuplicates();
    return out;
}

// An IPv4 address of this host other than loopback: connecting to it from here gives the server
// a non-loopback peer address without any packet leaving the machine.
QHostAddress ownNonLoopbackAddress()
{
    for (const QHostAddress &a : QNetworkInterface::allAddresses())
        if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback() && !a.isLinkLocal())
            return a;
    return {};
}

QJsonObject upstreamHeaders(const CurlResult &r)
{
    return QJsonDocument::fromJson(r.body).object().value(QStringLiteral("headers")).toObject();
}

const QByteArray kMeshRequest = "GET http://echo.internal/status/418 HTTP/1.1\r\nHost: echo.internal\r\n\r\n";

} // namespace

class TestSecurity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(m_httpbin.startAndWait(), m_httpbin.diagnostics().constData());
    }

    void listenersBindLoopbackByDefault()
    {
        GatewayHarness gw;
        gw.define("HTTPBIN_PORT", m_httpbin.port());
        QCOMPARE(gw.validate(echoYaml()), QString());
        QVERIFY(gw.writeConfig(echoYaml()));
        const quint16 mesh = FreePort::pickMany(1, {gw.gatewayPort(), gw.adminPort()}).value(0);
        QVERIFY(mesh != 0);
        MeshgateProcess meshgate;
        MeshgateLaunch launch;
        launch.configFiles = {gw.configPath()};
        launch.bind.clear(); // no --bind: meshgate's own default
        launch.meshPort = mesh;
        launch.adminPort = gw.adminPort();
        launch.waitForPorts = {gw.gatewayPort(), mesh, gw.adminPort()};
        QVERIFY2(meshgate.start(launch), qPrintable(meshgate.failureReport()));

        for (quint16 port : {gw.gatewayPort(), mesh, gw.adminPort()}) {
            QCOMPARE(listeningAddresses(port), QStringList{QStringLiteral("127.0.0.1")});
            // The ports open inside apply(), a moment before the lines are printed: wait for them.
            const QByteArray line = "listening on 127.0.0.1:" + QByteArray::number(port);
            QVERIFY2(meshgate.waitForStderrLine([&](const QByteArray &l) { return l.contains(line); }, 10s) >= 0,
                     meshgate.stderrText().constData());
        }
    }

    void meshProxyRefusesRemoteClientsUnlessAllowed()
    {
        const QHostAddress own = ownNonLoopbackAddress();
        if (own.isNull())
            QSKIP("this host has no non-loopback IPv4 address to be a 'remote' client from");
        for (const bool allowRemote : {false, true}) {
            GatewayHarness gw;
            gw.define("HTTPBIN_PORT", m_httpbin.port());
            QVERIFY(gw.writeConfig(echoYaml()));
            const quint16 mesh = FreePort::pickMany(1, {gw.gatewayPort(), gw.adminPort()}).value(0);
            MeshgateProcess meshgate;
            MeshgateLaunch launch;
            launch.configFiles = {gw.configPath()};
            launch.bind = QStringLiteral("0.0.0.0"); // reachable from the host's own other address
            launch.meshPort = mesh;
            if (allowRemote)
                launch.extraArguments << QStringLiteral("--mesh-allow-remote");
            launch.waitForPorts = {gw.gatewayPort(), mesh};
            QVERIFY2(meshgate.start(launch), qPrintable(meshgate.failureReport()));

            RawClient local;
            QVERIFY(local.connectTo(mesh));
            QVERIFY(local.send(kMeshRequest));
            const auto served = local.readResponse();
            QVERIFY2(served && served->status == 418, local.received().constData());

            RawClient remote;
            QVERIFY(remote.connectTo(own, mesh));
            remote.send(kMeshRequest);
            if (allowRemote) {
                const auto r = remote.readResponse();
                QVERIFY2(r && r->status == 418, remote.received().constData());
            } else {
                QVERIFY2(remote.waitForClose(5s), "the mesh proxy kept a non-loopback client's connection");
                QVERIFY2(remote.received().isEmpty(), remote.received().constData());
                QVERIFY(meshgate.waitForStderrLine([&](const QByteArray &l) {
                    return l.contains("non-loopback") && l.contains(own.toString().toUtf8());
                }, 5s) >= 0);
            }
            QVERIFY(meshgate.isRunning());
        }
    }

    void adminOnAWiderBindWantsTheToken()
    {
        GatewayHarness gw;
        gw.define("HTTPBIN_PORT", m_httpbin.port());
        QVERIFY(gw.writeConfig(echoYaml()));
        const QString adminUrl = QStringLiteral("http://127.0.0.1:%1/ready").arg(gw.adminPort());
        {
            MeshgateProcess meshgate;
            MeshgateLaunch launch;
            launch.configFiles = {gw.configPath()};
            launch.bind = QStringLiteral("0.0.0.0"); // tested through 127.0.0.1 only
            launch.adminPort = gw.adminPort();
            launch.extraArguments << QStringLiteral("--admin-token") << QStringLiteral("s3cret");
            launch.waitForPorts = {gw.gatewayPort(), gw.adminPort()};
            QVERIFY2(meshgate.start(launch), qPrintable(meshgate.failureReport()));
            QCOMPARE(Curl::run(CurlRequest::get(adminUrl)).status, 401);
            QCOMPARE(Curl::run(CurlRequest::get(adminUrl, {"Authorization: Bearer wrong"})).status, 401);
            const CurlResult ok = Curl::run(CurlRequest::get(adminUrl, {"Authorization: Bearer s3cret"}));
            QCOMPARE(ok.status, 200);
            QCOMPARE(ok.body, QByteArray("LIVE\n"));
        }
        {
            // Without a token the admin endpoint stays off; the gateway runs regardless.
            MeshgateProcess meshgate;
            MeshgateLaunch launch;
            launch.configFiles = {gw.configPath()};
            launch.bind = QStringLiteral("0.0.0.0");
            launch.adminPort = gw.adminPort();
            launch.waitForPorts = {gw.gatewayPort()};
            QVERIFY2(meshgate.start(launch), qPrintable(meshgate.failureReport()));
            QVERIFY2(meshgate.waitForStderrLine([](const QByteArray &l) { return l.contains("--admin-token"); }, 5s) >= 0,
                     meshgate.stderrText().constData());
            QVERIFY(listeningAddresses(gw.adminPort()).isEmpty());
            QCOMPARE(gw.get(QStringLiteral("echo.test"), QStringLiteral("/status/418")).status, 418);
        }
    }

    void hopByHopAndEnvoyHeadersAreStripped()
    {
        GatewayHarness gw;
        gw.define("HTTPBIN_PORT", m_httpbin.port());
        const QString problem = gw.launch(echoYaml());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        const QList<QByteArray> sent = {"Connection: keep-alive, X-Hop, x-other-hop", "X-Hop: 1", "X-Other-Hop: 2",
                                        "Keep-Alive: timeout=5", "TE: gzip", "Proxy-Connection: keep-alive",
                                        "Upgrade: websocket", "X-Envoy-Decorator-Operation: evil",
                                        "X-Envoy-Anything: evil", "X-Keep: end-to-end",
                                        "X-Forwarded-For: 203.0.113.7"};
        const char *stripped[] = {"X-Hop", "X-Other-Hop", "Keep-Alive", "Te", "Proxy-Connection", "Upgrade",
                                  "X-Envoy-Decorator-Operation", "X-Envoy-Anything"};
        // Control: straight to httpbin, every one of them is echoed back.
        CurlRequest direct = CurlRequest::get(m_httpbin.baseUrl() + QStringLiteral("/headers?show_env=1"), sent);
        const QJsonObject plain = upstreamHeaders(Curl::run(direct));
        for (const char *name : stripped)
            QVERIFY2(plain.contains(QLatin1String(name)), name);

        const CurlResult r = gw.get(QStringLiteral("echo.test"), QStringLiteral("/headers?show_env=1"), sent);
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        const QJsonObject seen = upstreamHeaders(r);
        for (const char *name : stripped)
            QVERIFY2(!seen.contains(QLatin1String(name)), qPrintable(QLatin1String(name) + QLatin1String(" reached the upstream: ") + QString::fromUtf8(r.body)));
        QCOMPARE(seen.value(QStringLiteral("X-Keep")).toString(), QStringLiteral("end-to-end"));
        // Appended, not believed: the peer goes last, and the log names the real peer.
        QCOMPARE(seen.value(QStringLiteral("X-Forwarded-For")).toString(), QStringLiteral("203.0.113.7, 127.0.0.1"));
        const auto l = gw.logOf(r);
        QVERIFY(l);
        QCOMPARE(l->downstreamRemote, QStringLiteral("127.0.0.1:%1").arg(r.localPort));
        QCOMPARE(l->xForwardedFor, QStringLiteral("203.0.113.7, 127.0.0.1"));

        // TE keeps its "trailers" element only.
        const CurlResult te = gw.get(QStringLiteral("echo.test"), QStringLiteral("/headers"), {"TE: trailers, deflate;q=0.5"});
        QCOMPARE(upstreamHeaders(te).value(QStringLiteral("Te")).toString(), QStringLiteral("trailers"));

        // A Connection header cannot take the framing away from a body.
        CurlRequest post = gw.request(QStringLiteral("echo.test"), QStringLiteral("/post"),
                                      {"Connection: content-length, transfer-encoding", "Content-Type: text/plain"});
        post.data = "body-intact";
        const CurlResult posted = Curl::run(post);
        QVERIFY2(posted.status == 200, qPrintable(posted.describe()));
        QCOMPARE(QJsonDocument::fromJson(posted.body).object().value(QStringLiteral("data")).toString(),
                 QStringLiteral("body-intact"));
    }

    void headerInjectionIsRefusedAtValidation_data()
    {
        QTest::addColumn<QByteArray>("routeExtra");
        QTest::newRow("request header set") << QByteArray(R"(headers:
      request:
        set:
          x-a: "ok\r\nX-Injected: 1")");
        QTest::newRow("request header add") << QByteArray(R"(headers:
      request:
        add:
          x-a: "ok\nX-Injected: 1")");
        QTest::newRow("response header set") << QByteArray(R"(headers:
      response:
        set:
          x-a: "ok\r\nX-Injected: 1")");
        QTest::newRow("rewrite uri") << QByteArray(R"(rewrite:
      uri: "/x HTTP/1.1\r\nX-Injected: 1\r\nX-Pad: ")");
        QTest::newRow("rewrite authority") << QByteArray(R"(rewrite:
      authority: "echo.internal\r\nX-Injected: 1")");
        QTest::newRow("regex rewrite substitution") << QByteArray(R"(rewrite:
      uriRegexRewrite:
        match: "^/(.*)$"
        rewrite: "/\\1 HTTP/1.1\r\nX-Injected: 1\r\nX-Pad: ")");
    }

    void headerInjectionIsRefusedAtValidation()
    {
        QFETCH(QByteArray, routeExtra);
        QTemporaryDir dir;
        GatewayHarness gw;
        gw.define("HTTPBIN_PORT", m_httpbin.port());
        const QString path = dir.filePath(QStringLiteral("inject.yaml"));
        QVERIFY(ConfigFile(path).write(gw.fill(echoYaml(routeExtra))));

        ManagedProcess validator;
        QVERIFY(validator.start(MeshgateProcess::binary(), {QStringLiteral("--validate"), QStringLiteral("-c"), path}));
        QVERIFY(validator.waitForFinished(30s));
        const QByteArray report = validator.text(ManagedProcess::Channel::Stdout) + validator.text(ManagedProcess::Channel::Stderr);
        QVERIFY2(validator.exitCode() == std::optional<int>(1), report.constData());
        QVERIFY2(report.contains("inject.yaml:") && report.contains("error") && report.contains("CR"), report.constData());

        // And never reaches the engine: headless start-up refuses the file.
        MeshgateProcess meshgate;
        MeshgateLaunch launch;
        launch.configFiles = {path};
        QVERIFY(meshgate.start(launch));
        QVERIFY(meshgate.waitForExit(15s));
        QCOMPARE(meshgate.exitCode(), std::optional<int>(1));
    }

    void injectionOnReloadIsRefused()
    {
        GatewayHarness gw;
        gw.define("HTTPBIN_PORT", m_httpbin.port());
        const QString problem = gw.launch(echoYaml());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const int from = int(gw.meshgate().stderrLines().size());
        QVERIFY(gw.writeConfig(echoYaml(R"(headers:
      request:
        set:
          x-a: "ok\r\nX-Injected: 1")")));
        QVERIFY2(gw.meshgate().waitForStderrLine([](const QByteArray &l) { return l.contains("rejected"); }, 10s, from) >= 0,
                 gw.meshgate().stderrText().constData());
        const CurlResult r = gw.get(QStringLiteral("echo.test"), QStringLiteral("/headers"));
        QCOMPARE(r.status, 200);
        QVERIFY(!upstreamHeaders(r).contains(QStringLiteral("X-Injected")));
        QVERIFY(!upstreamHeaders(r).contains(QStringLiteral("X-A")));
    }

private:
    HttpbinServer m_httpbin;
};

QTEST_GUILESS_MAIN(TestSecurity)
#include "tst_security.moc"
