// SPDX-License-Identifier: GPL-3.0-or-later
// How the headless process starts and stops: exit code 3 when no listener can be bound, and
// SIGTERM letting an in-flight request finish before exit code 0.
#include "curl.h"
#include "gatewayharness.h"
#include "testupstream.h"

#include <QTcpServer>
#include <QTest>

#include <algorithm>

using namespace meshgate::test;
using namespace std::chrono_literals;

class TestEngineLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void exitCode3WhenTheOnlyListenerPortIsTaken()
    {
        GatewayHarness gw;
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, gw.gatewayPort()));
        const QByteArray yaml = GatewayHarness::gatewayYaml() + GatewayHarness::staticService("svc.internal", 9)
            + R"(---
apiVersion: networking.istio.io/v1beta1
kind: VirtualService
metadata:
  name: any
spec:
  hosts:
  - any.test
  gateways:
  - gw
  http:
  - route:
    - destination:
        host: svc.internal
)";
        QCOMPARE(gw.validate(yaml), QString());
        QVERIFY(gw.writeConfig(yaml));

        MeshgateProcess meshgate;
        MeshgateLaunch launch;
        launch.configFiles = {gw.configPath()};
        launch.portOffset = 0;
        launch.meshPort = 0;  // off: the Gateway port is the only listener
        launch.adminPort = 0; // off
        QVERIFY(meshgate.start(launch));
        QVERIFY2(meshgate.waitForExit(15s), "meshgate kept running without any listener");
        QVERIFY2(meshgate.exitCode() == 3, qPrintable(meshgate.failureReport()));
        // Saying which port, so the user can find the culprit: once, naming the Gateway's port
        // (it used to be said twice, the second time in the engine's words).
        const QByteArray port = QByteArray::number(gw.gatewayPort());
        const qsizetype mentions = std::count_if(meshgate.stderrLines().begin(), meshgate.stderrLines().end(),
                                                 [&](const QByteArray &l) { return l.contains(port) && l.contains("in use"); });
        QVERIFY2(mentions == 1, meshgate.stderrText().constData());
        QVERIFY2(meshgate.stderrText().contains("cannot listen for gateway default/gw port " + port + ": port " + port + " in use"),
                 meshgate.stderrText().constData());
        QVERIFY(squatter.isListening());
    }

    void sigtermLetsTheInFlightRequestFinish()
    {
        TestUpstream upstream;
        QVERIFY2(upstream.start(), upstream.diagnostics().constData());
        GatewayHarness gw;
        const QByteArray yaml = GatewayHarness::gatewayYaml() + GatewayHarness::staticService("slow.internal", upstream.port())
            + R"(---
apiVersion: networking.istio.io/v1beta1
kind: VirtualService
metadata:
  name: slow
spec:
  hosts:
  - slow.test
  gateways:
  - gw
  http:
  - route:
    - destination:
        host: slow.internal
)";
        const QString problem = gw.launch(yaml);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        auto inFlight = Curl::start(gw.request(QStringLiteral("slow.test"), QStringLiteral("/slow/1500")));
        QVERIFY(upstream.waitForRequest("GET", "/slow/1500", 10s)); // it has reached the upstream
        gw.meshgate().terminate();

        const CurlResult r = inFlight->wait();
        QVERIFY2(r.exitCode == 0 && r.status == 200, qPrintable(r.describe() + gw.failureReport()));
        QCOMPARE(r.body, QByteArray("slow done"));
        QVERIFY2(gw.meshgate().waitForExit(10s), "meshgate still runs 10 s after SIGTERM");
        QVERIFY2(gw.meshgate().exitCode() == 0, qPrintable(gw.failureReport()));
        // The drained request was logged before the process ended.
        const auto l = gw.logOf(r, 0ms);
        QVERIFY2(l, gw.meshgate().stdoutLines().join('\n').constData());
        QCOMPARE(l->code, 200);
        QCOMPARE(l->path, QStringLiteral("/slow/1500"));
    }
};

QTEST_GUILESS_MAIN(TestEngineLifecycle)
#include "tst_engine_lifecycle.moc"
