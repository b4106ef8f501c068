// SPDX-License-Identifier: GPL-3.0-or-later
// Connection: upgrade (WebSocket) through the gateway: the 101 is relayed and the connection
// becomes a byte tunnel in both directions, logged once with code 101.
#include "gatewayharness.h"
#include "managedprocess.h"
#include "rawclient.h"
#include "testpaths.h"

#include <QTest>

using namespace meshgate::test;
using namespace std::chrono_literals;

class TestEngineUpgrade : public QObject
{
    Q_OBJECT
private slots:
    void webSocketUpgradeBecomesATunnel()
    {
        ManagedProcess upstream;
        QVERIFY(upstream.start(QStringLiteral("/usr/bin/python3"),
                               {sourceDir() + QStringLiteral("/tests/e2e/data/upgrade_echo.py")}));
        QVERIFY(upstream.waitForLine(ManagedProcess::Channel::Stdout, [](const QByteArray &l) { return l.toUInt() > 0; },
                                     10s) >= 0);
        const quint16 port = quint16(upstream.lines(ManagedProcess::Channel::Stdout).first().toUInt());

        GatewayHarness gw;
        const QByteArray yaml = GatewayHarness::gatewayYaml() + GatewayHarness::staticService("ws.internal", port)
            + "---\napiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata: {name: ws}\nspec:\n"
              "  hosts: [ws.test]\n  gateways: [gw]\n  http:\n  - route: [{destination: {host: ws.internal}}]\n";
        const QString problem = gw.launch(yaml);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        quint16 clientPort = 0;
        {
        RawClient client;
        QVERIFY(client.connectTo(gw.gatewayPort()));
        clientPort = client.localPort();
        QVERIFY(client.send("GET /chat HTTP/1.1\r\nHost: ws.test\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n"
                            "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\nhello"));
        QVERIFY(client.readUntil([](const QByteArray &r) { return r.contains("echo:hello"); }, 10s));
        QVERIFY(client.received().startsWith("HTTP/1.1 101"));
        QVERIFY(client.received().toLower().contains("upgrade: websocket"));
        // Both directions keep flowing after the switch.
        QVERIFY(client.send("second"));
        QVERIFY(client.readUntil([](const QByteArray &r) { return r.contains("echo:second"); }, 10s));
        }
        // One line for the whole upgraded connection, written when it closes.
        const auto line = gw.meshgate().waitForClientPort(clientPort, 10s);
        QVERIFY(line);
        QCOMPARE(line->code, 101);
        QCOMPARE(line->upstreamCluster, QStringLiteral("outbound|80||ws.internal"));
        QCOMPARE(line->bytesReceived, qint64(strlen("hello") + strlen("second")));
        QCOMPARE(line->bytesSent, qint64(strlen("echo:hello") + strlen("echo:second")));
    }
};

QTEST_GUILESS_MAIN(TestEngineUpgrade)
#include "tst_engine_upgrade.moc"
