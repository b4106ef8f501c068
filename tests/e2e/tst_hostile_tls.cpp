// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile and broken clients on a TLS PASSTHROUGH gateway port (the reference scenario's shape:
// route by SNI to an nginx TLS upstream). A ClientHello split into one-byte TCP segments must
// still route; garbage, an SSLv2 hello, hellos declared too large and plain HTTP are closed and
// logged `"- - -" 0 NR` at once; a client that sends nothing, or half a hello, is closed after
// the 5 s inspect timeout with the same log line. The port keeps serving throughout.
#include "eventwait.h"
#include "gatewayharness.h"
#include "nginxtlsserver.h"
#include "opensslclient.h"
#include "prometheustext.h"
#include "rawclient.h"
#include "testcertificate.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace meshgate::test;
using namespace std::chrono_literals;

namespace {

QByteArray passthroughYaml()
{
    return R"(apiVersion: networking.istio.io/v1beta1
kind: Gateway
metadata:
  name: gw
spec:
  selector:
    istio: ingressgateway
  servers:
  - port:
      number: {{GW_PORT}}
      name: tls
      protocol: TLS
    tls:
      mode: PASSTHROUGH
    hosts:
    - secure.example
---
apiVersion: networking.istio.io/v1beta1
kind: ServiceEntry
metadata:
  name: secure
spec:
  hosts:
  - secure.example
  ports:
  - number: 443
    name: tls
    protocol: TLS
  resolution: DNS
  location: MESH_EXTERNAL
---
apiVersion: networking.istio.io/v1beta1
kind: VirtualService
metadata:
  name: secure
spec:
  hosts:
  - secure.example
  gateways:
  - gw
  tls:
  - match:
    - sniHosts:
      - secure.example
    route:
    - destination:
        host: secure.example
        port:
          number: 443
)";
}

// A TCP relay for one client connection that sends the client's first flight (the ClientHello)
// to the target one byte per TCP segment: TCP_NODELAY, one write per byte, a short pause between
// writes. Once the server has answered, bytes flow through unchanged.
class FragmentingRelay final : public QObject
{
public:
    explicit FragmentingRelay(quint16 target)
        : m_target(target)
    {
        m_drip.setTimerType(Qt::PreciseTimer);
        m_drip.setInterval(2ms);
        connect(&m_drip, &QTimer::timeout, this, &FragmentingRelay::dripOne);
        connect(&m_server, &QTcpServer::newConnection, this, &FragmentingRelay::accept);
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    quint16 port() const { return m_server.serverPort(); }
    int drippedBytes() const { return m_dripped; }

private:
    void accept()
    {
        QTcpSocket *in = m_server.nextPendingConnection();
        if (!in || m_in) {
            delete in;
            return;
        }
        m_in = in;
        m_out.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connect(m_in, &QTcpSocket::readyRead, this, [this] {
            m_queue += m_in->readAll();
            if (m_serverSpoke)
                flushQueue();
        });
        connect(m_in, &QTcpSocket::disconnected, this, [this] {
            flushQueue();
            m_out.disconnectFromHost();
        });
        connect(&m_out, &QTcpSocket::connected, this, [this] {
            m_out.setSocketOption(QAbstractSocket::LowDelayOption, 1);
            m_drip.start();
        });
        connect(&m_out, &QTcpSocket::readyRead, this, [this] {
            m_serverSpoke = true;
            m_drip.stop();
            flushQueue();
            m_in->write(m_out.readAll());
        });
        connect(&m_out, &QTcpSocket::disconnected, this, [this] { m_in->disconnectFromHost(); });
        m_out.connectToHost(QHostAddress::LocalHost, m_target);
    }

    void dripOne()
    {
        if (m_queue.isEmpty() || m_out.state() != QAbstractSocket::ConnectedState)
            return;
        m_out.write(m_queue.constData(), 1);
        m_out.flush(); // one send(), hence one segment with TCP_NODELAY
        m_queue.remove(0, 1);
        ++m_dripped;
    }

    void flushQueue()
    {
        if (m_queue.isEmpty() || m_out.state() != QAbstractSocket::ConnectedState)
            return;
        m_out.write(m_queue);
        m_queue.clear();
    }

    quint16 m_target;
    QTcpServer m_server;
    QTcpSocket *m_in = nullptr;
    QTcpSocket m_out;
    QByteArray m_queue;
    QTimer m_drip;
    bool m_serverSpoke = false;
    int m_dripped = 0;
};

// The first bytes of a TLS 1.2-style ClientHello record, cut off long before it ends.
QByteArray truncatedHello()
{
    return QByteArray::fromHex("160301020001000200fc0303") + QByteArray(8, '\x42');
}

} // namespace

class TestHostileTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_certDir.isValid());
        QString error;
        auto cert = TestCertificate::generate(m_certDir.path(), QStringLiteral("secure.example"), {}, &error);
        QVERIFY2(cert, qPrintable(error));
        m_cert = std::make_unique<TestCertificate>(*cert);
        m_nginx = std::make_unique<NginxTlsServer>(*m_cert);
        QVERIFY2(m_nginx->start(&error), qPrintable(error));
        const QString problem =
            m_gw.launch(passthroughYaml(), {QStringLiteral("secure.example:443:127.0.0.1:%1").arg(m_nginx->tlsPort())});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(normalHandshakeWorks());
    }

    void helloInOneByteSegmentsStillRoutes()
    {
        FragmentingRelay relay(m_gw.gatewayPort());
        const int from = int(m_gw.meshgate().stdoutLines().size());
        const TlsProbeResult probe = OpenSslClient::probe(relay.port(), QStringLiteral("secure.example"));
        QVERIFY2(probe.handshakeCompleted, probe.output.constData());
        QCOMPARE(probe.sha256Hex(), m_cert->sha256Hex()); // nginx's certificate: routed, bytes intact
        QVERIFY2(relay.drippedBytes() >= 100, qPrintable(QString::number(relay.drippedBytes())));
        qInfo("the ClientHello went out in %d one-byte segments", relay.drippedBytes());

        const auto l = m_gw.meshgate().waitForAccessLog([](const AccessLogLine &l) { return l.sni == u"secure.example"; },
                                                        10s, from);
        QVERIFY(l);
        QVERIFY(l->isTcp());
        QCOMPARE(l->flagsText, QStringLiteral("-"));
        QCOMPARE(l->upstreamCluster, QStringLiteral("outbound|443||secure.example"));
        QCOMPARE(l->upstreamHost, m_nginx->tlsHostPort());
        QVERIFY(l->bytesReceived >= relay.drippedBytes());
    }

    void notAHelloIsClosedAtOnce_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("garbage") << QByteArray::fromHex("00010203") + "definitely not TLS \xff\xfe\r\n\r\n";
        // SSLv2-compatible CLIENT-HELLO: 2-byte header with the top bit set, msg type 1.
        QTest::newRow("SSLv2 hello") << QByteArray::fromHex("802e0100020015000000100700c00500800300800100800600400400800200")
                                            + QByteArray(16, '\x11');
        // Handshake message declared 20 KiB long (over the 16 KiB an inspector buffers).
        QTest::newRow("hello declared over 16 KiB")
            << QByteArray::fromHex("1603014000" "01005000" "0303") + QByteArray(2048, '\x22');
        // A record longer than TLS allows (2^14 bytes of plaintext).
        QTest::newRow("record over 16 KiB") << QByteArray::fromHex("1603014800" "010047fc" "0303") + QByteArray(2048, '\x33');
        QTest::newRow("plain HTTP") << QByteArray("GET / HTTP/1.1\r\nHost: secure.example\r\n\r\n");
    }

    void notAHelloIsClosedAtOnce()
    {
        QFETCH(QByteArray, bytes);
        RawClient client;
        QVERIFY(client.connectTo(m_gw.gatewayPort()));
        client.send(bytes);
        // Closed on the spot, not after the 5 s inspect timeout.
        QVERIFY2(client.waitForClose(4s), "the connection was not closed");
        QVERIFY(client.received().isEmpty());
        expectRefusedLine(client.localPort());
        QVERIFY(normalHandshakeWorks());
    }

    void silentAndHalfHellosAreClosedAfterTheInspectTimeout()
    {
        RawClient silent;
        RawClient half;
        QVERIFY(silent.connectTo(m_gw.gatewayPort()));
        QVERIFY(half.connectTo(m_gw.gatewayPort()));
        QVERIFY(half.send(truncatedHello()));

        // Meanwhile the port serves others, and the two are still waiting.
        QVERIFY(normalHandshakeWorks());
        EventWait::pause(1s);
        QVERIFY(!silent.peerClosed());
        QVERIFY(!half.peerClosed());

        QVERIFY2(silent.waitForClose(10s), "a client that sent nothing was never closed");
        QVERIFY2(half.waitForClose(5s), "a client with half a hello was never closed");
        expectRefusedLine(silent.localPort(), 0);
        expectRefusedLine(half.localPort(), truncatedHello().size());
        QVERIFY(normalHandshakeWorks());
    }

    void refusedConnectionsAreNotIstioTcpConnections()
    {
        // The refusals above are in the access log; in the metrics, as in Envoy (no filter chain,
        // no stats filter), only the connections a route took count: the opened total settles
        // at the number of routed lines in the log, and there is no NR series. (The harness's
        // own port probe, closed before any hello, is a refusal too.)
        RawClient refused;
        QVERIFY(refused.connectTo(m_gw.gatewayPort()));
        refused.send(QByteArrayLiteral("GET / HTTP/1.1\r\nHost: secure.example\r\n\r\n"));
        QVERIFY(refused.waitForClose(4s));
        expectRefusedLine(refused.localPort());
        QVERIFY(normalHandshakeWorks());

        qsizetype routed = 0;
        qsizetype refusals = 0;
        double opened = -1;
        QByteArray text;
        const QDeadlineTimer deadline(5s);
        while (!deadline.hasExpired() && opened != double(routed)) {
            EventWait::pause(200ms);
            routed = refusals = 0;
            for (const AccessLogLine &l : m_gw.meshgate().accessLog())
                ++(l.upstreamCluster == u"outbound|443||secure.example" ? routed : refusals);
            text = m_gw.admin(QStringLiteral("/stats/prometheus")).body;
            opened = prometheusSum(text, "istio_tcp_connections_opened_total", {}).value_or(0);
        }
        QVERIFY2(refusals >= 8, qPrintable(QString::number(refusals))); // five at once, silent, half, this one
        QVERIFY(routed >= 5);
        QCOMPARE(opened, double(routed));
        QVERIFY2(!prometheusSum(text, "istio_tcp_connections_opened_total", {"response_flags=\"NR\""}), text.constData());
        QCOMPARE(prometheusSum(text, "istio_tcp_connections_opened_total", {"destination_service=\"secure.example\""}),
                 std::optional<double>(routed));
    }

    void cleanupTestCase()
    {
        QCOMPARE(m_gw.meshgate().stop(), std::optional<int>(0));
    }

private:
    bool normalHandshakeWorks()
    {
        const TlsProbeResult probe = OpenSslClient::probe(m_gw.gatewayPort(), QStringLiteral("secure.example"));
        if (!probe.handshakeCompleted || probe.sha256Hex() != m_cert->sha256Hex()) {
            qWarning().noquote() << "normal handshake failed:" << probe.output.left(2000);
            return false;
        }
        return true;
    }

    // `"- - -" 0 NR`, no upstream, no SNI; `bytesIn` (when >= 0) the bytes the client sent.
    void expectRefusedLine(quint16 clientPort, qint64 bytesIn = -1)
    {
        const auto l = m_gw.meshgate().waitForClientPort(clientPort);
        QVERIFY2(l, "no access-log line for the refused connection");
        const QString remote = QStringLiteral("127.0.0.1:%1").arg(clientPort);
        const QByteArray raw = *std::find_if(m_gw.meshgate().stdoutLines().begin(), m_gw.meshgate().stdoutLines().end(),
                                             [&](const QByteArray &line) { return line.contains(remote.toUtf8()); });
        QVERIFY2(raw.contains("\"- - -\" 0 NR "), raw.constData());
        QVERIFY(l->isTcp());
        QCOMPARE(l->code, 0);
        QCOMPARE(l->flags, QStringList{QStringLiteral("NR")});
        QCOMPARE(l->upstreamHost, QStringLiteral("-"));
        QCOMPARE(l->bytesSent, 0);
        if (bytesIn >= 0)
            QCOMPARE(l->bytesReceived, bytesIn);
    }

    QTemporaryDir m_certDir;
    std::unique_ptr<TestCertificate> m_cert;
    std::unique_ptr<NginxTlsServer> m_nginx;
    GatewayHarness m_gw;
};

QTEST_GUILESS_MAIN(TestHostileTls)
#include "tst_hostile_tls.moc"
