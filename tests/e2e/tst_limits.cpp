// SPDX-License-Identifier: GPL-3.0-or-later
// Resource limits under hostile load: a crowd of 2,000 clients trickling their headers does not
// stop ordinary requests (and each of them gets its 408), --max-connections refuses the excess
// without falling over and serves again once connections close, the engine lifts its own soft
// open-file limit so such crowds do not run it out of descriptors, and when it runs out all the
// same it says so, does not spin, and serves the clients waiting in the accept queue in turn.
#include "eventwait.h"
#include "gatewayharness.h"
#include "rawclient.h"
#include "slowclientswarm.h"
#include "testupstream.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include <algorithm>
#include <sys/resource.h>
#include <unistd.h>

using namespace meshgate::test;
using namespace std::chrono_literals;

namespace {

QByteArray limitsYaml(quint16 upstreamPort)
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
)";
}

// CPU time (user + system) a process has used, in clock ticks.
qint64 cpuTicks(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = f.readAll();
    // Fields after the parenthesised command name: state is field 3, utime 14, stime 15.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    return fields.size() > 12 ? fields[11].toLongLong() + fields[12].toLongLong() : -1;
}

qint64 median(QList<qint64> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

class TestLimits : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // 2,000 client sockets live in this process.
        m_ownLimit = SlowClientSwarm::raiseFileLimit();
        QVERIFY2(m_upstream.start(), m_upstream.diagnostics().constData());
    }

    void slowClientCrowdDoesNotStopNormalRequests()
    {
        constexpr int kClients = 2000;
        if (m_ownLimit < kClients + 200)
            QSKIP("the hard open-file limit of this machine is below 2,200");
        GatewayHarness gw;
        const QString problem = gw.launch(limitsYaml(m_upstream.port()), {},
                                          {QStringLiteral("--request-headers-timeout"), QStringLiteral("6")});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const qint64 engineLimit = SlowClientSwarm::fileLimitOf(gw.meshgate().pid());
        QVERIFY2(engineLimit >= kClients + 100, qPrintable(QStringLiteral("meshgate's open-file limit is %1").arg(engineLimit)));

        QVERIFY(timedRequest(gw.gatewayPort()) >= 0); // warm-up: the first upstream connection
        QList<qint64> idle;
        for (int i = 0; i < 5; ++i) {
            const qint64 ms = timedRequest(gw.gatewayPort());
            QVERIFY(ms >= 0);
            idle.append(ms);
        }

        SlowClientSwarm swarm;
        QCOMPARE(swarm.connect(gw.gatewayPort(), kClients), kClients);
        swarm.startTrickle("GET /slowloris HTTP/1.1\r\nHost: echo.test\r\nX-Slow: " + QByteArray(200, 'a'), 1s);

        // While they all hang (between their first byte and the 6 s cut-off), ordinary requests
        // on new connections keep being answered.
        EventWait::pause(1500ms);
        QList<qint64> busy;
        for (int i = 0; i < 10; ++i) {
            const qint64 ms = timedRequest(gw.gatewayPort());
            QVERIFY2(ms >= 0, "a normal request failed while slow clients hung");
            busy.append(ms);
            EventWait::pause(200ms);
        }
        swarm.poll();
        QVERIFY2(swarm.closedCount() == 0, "slow clients were cut off before their header timeout");
        qInfo("normal request latency: median %lld ms idle, %lld ms (max %lld ms) beside %d slow clients",
              median(idle), median(busy), *std::max_element(busy.begin(), busy.end()), kClients);

        // Then each of them gets its 408 and is closed.
        EventWait wait;
        QVERIFY2(wait.pollEvery(200ms).until([&] { swarm.poll(); return swarm.closedCount() == kClients; }, 30s),
                 qPrintable(QStringLiteral("%1 of %2 slow clients closed").arg(swarm.closedCount()).arg(kClients)));
        QCOMPARE(swarm.countStatus(408), kClients);
        int logged = 0;
        gw.meshgate().waitForLogLine([&](const QByteArray &line) {
            const auto l = AccessLogLine::parse(line);
            return l && l->code == 408 && ++logged == kClients;
        }, 20s);
        QCOMPARE(logged, kClients);
        QCOMPARE(m_upstream.countRequests("GET", "/slowloris"), 0);
        QVERIFY(timedRequest(gw.gatewayPort()) >= 0);
        QVERIFY(gw.meshgate().isRunning());
    }

    void connectionLimitRefusesTheExcessThenRecovers()
    {
        constexpr int kLimit = 5;
        GatewayHarness gw;
        const QString problem = gw.launch(limitsYaml(m_upstream.port()), {},
                                          {QStringLiteral("--max-connections"), QString::number(kLimit)});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        // kLimit keep-alive connections, each served once and then held open.
        std::vector<std::unique_ptr<RawClient>> held;
        for (int i = 0; i < kLimit; ++i) {
            auto c = std::make_unique<RawClient>();
            QVERIFY(c->connectTo(gw.gatewayPort()));
            QVERIFY(c->send("GET /held HTTP/1.1\r\nHost: echo.test\r\n\r\n"));
            const auto r = c->readResponse();
            QVERIFY2(r && r->status == 200, c->received().constData());
            held.push_back(std::move(c));
        }

        // One more: the kernel completes the handshake, meshgate closes it unanswered and says so.
        const int stderrFrom = int(gw.meshgate().stderrLines().size());
        RawClient excess;
        QVERIFY(excess.connectTo(gw.gatewayPort()));
        excess.send("GET /excess HTTP/1.1\r\nHost: echo.test\r\n\r\n");
        QVERIFY2(excess.waitForClose(5s), "the connection beyond --max-connections was not closed");
        QVERIFY2(excess.received().isEmpty(), excess.received().constData());
        QVERIFY2(gw.meshgate().waitForStderrLine(
                     [](const QByteArray &l) { return l.contains("max-connections") && l.contains("5"); }, 5s, stderrFrom)
                     >= 0,
                 gw.meshgate().stderrText().constData());
        QVERIFY(gw.meshgate().isRunning());
        QCOMPARE(m_upstream.countRequests("GET", "/excess"), 0);
        for (const auto &c : held)
            QVERIFY(!c->peerClosed()); // the refusal did not cost the others their connections

        // Once two of them leave, new connections are served again.
        held.pop_back();
        held.pop_back();
        bool served = false;
        EventWait wait;
        wait.pollEvery(100ms).until([&] {
            RawClient again;
            if (!again.connectTo(gw.gatewayPort()) || !again.send("GET /again HTTP/1.1\r\nHost: echo.test\r\n\r\n"))
                return false;
            const auto r = again.readResponse(2s);
            served = r && r->status == 200;
            return served;
        }, 10s);
        QVERIFY2(served, "no connection was served after others closed");
    }

    void runningOutOfDescriptorsNeitherSpinsNorLosesClients()
    {
        // The hard limit a few descriptors above what meshgate holds: most of 20 slow clients
        // wait in the accept queue. meshgate must say why, must not spin on a listener it cannot
        // accept from, and must take the waiting clients in turn as 408s free descriptors.
        constexpr int kClients = 20;
        GatewayHarness gw;
        const QString problem = gw.launch(limitsYaml(m_upstream.port()), {},
                                          {QStringLiteral("--request-headers-timeout"), QStringLiteral("1")});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const qint64 pid = gw.meshgate().pid();
        QFile maps(QStringLiteral("/proc/%1/maps").arg(pid));
        if (maps.open(QIODevice::ReadOnly) && maps.readAll().contains("libubsan"))
            QSKIP("UBSan's vptr check probes memory through a pipe; with no descriptor free it "
                  "reports a false 'invalid vptr' and aborts (the asan preset)");
        const int open = int(QDir(QStringLiteral("/proc/%1/fd").arg(pid)).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).size());
        QVERIFY(open > 0);
        const rlimit tight{rlim_t(open + 6), rlim_t(open + 6)};
        QCOMPARE(::prlimit(pid_t(pid), RLIMIT_NOFILE, &tight, nullptr), 0);

        const int stderrFrom = int(gw.meshgate().stderrLines().size());
        SlowClientSwarm swarm;
        QCOMPARE(swarm.connect(gw.gatewayPort(), kClients), kClients);
        swarm.startTrickle("GET /starved HTTP/1.1\r\nHost: echo.test\r\nX-Slow: " + QByteArray(64, 'a'), 1s);
        EventWait::pause(300ms);
        const qint64 before = cpuTicks(pid);
        EventWait::pause(2s);
        const qint64 used = cpuTicks(pid) - before;
        const long hz = ::sysconf(_SC_CLK_TCK);
        qInfo("meshgate used %lld ms of CPU in 2 s with clients queued beyond its descriptors", used * 1000 / hz);
        QVERIFY2(used * 1000 / hz < 700, "meshgate spins while it cannot accept"); // a spin takes a whole core
        QVERIFY2(gw.meshgate().waitForStderrLine([](const QByteArray &l) { return l.contains("Too many open files"); },
                                                 5s, stderrFrom)
                     >= 0,
                 gw.meshgate().stderrText().constData());

        EventWait wait;
        QVERIFY2(wait.pollEvery(200ms).until([&] { swarm.poll(); return swarm.closedCount() == kClients; }, 30s),
                 qPrintable(QStringLiteral("%1 of %2 clients served").arg(swarm.closedCount()).arg(kClients)));
        QVERIFY2(gw.meshgate().isRunning(), qPrintable(gw.failureReport()));
        QCOMPARE(swarm.countStatus(408), kClients); // every queued client got its answer in the end

        // Once the clients leave, ordinary requests are served again. Polled: with six spare
        // descriptors, a request accepted while only one is free cannot open its upstream (503).
        swarm.closeAll();
        bool served = false;
        wait.pollEvery(200ms).until([&] { served = timedRequest(gw.gatewayPort()) >= 0; return served; }, 10s);
        QVERIFY2(served, "no ordinary request was served after the queued clients left");
        QVERIFY2(gw.meshgate().isRunning(), qPrintable(gw.failureReport()));
    }

    void engineRaisesItsOwnFileLimit()
    {
        // Started with the soft limit most desktops give (1024), the engine lifts it to the hard
        // limit by itself.
        rlimit own{};
        QCOMPARE(::getrlimit(RLIMIT_NOFILE, &own), 0);
        if (own.rlim_max != RLIM_INFINITY && own.rlim_max <= 1024)
            QSKIP("the hard open-file limit is 1024 or less; nothing to raise");
        rlimit lowered = own;
        lowered.rlim_cur = 1024;
        QCOMPARE(::setrlimit(RLIMIT_NOFILE, &lowered), 0);
        GatewayHarness gw;
        const bool started = gw.start(limitsYaml(m_upstream.port())); // the child inherits 1024
        ::setrlimit(RLIMIT_NOFILE, &own);
        QVERIFY2(started, qPrintable(gw.failureReport()));

        const qint64 hard = own.rlim_max == RLIM_INFINITY ? std::numeric_limits<qint64>::max() : qint64(own.rlim_max);
        QCOMPARE(SlowClientSwarm::fileLimitOf(gw.meshgate().pid()), hard);
        QVERIFY(timedRequest(gw.gatewayPort()) >= 0);
    }

private:
    // One ordinary request on a new connection; its latency in ms, -1 when it failed.
    qint64 timedRequest(quint16 port)
    {
        QElapsedTimer clock;
        clock.start();
        RawClient client;
        if (!client.connectTo(port) || !client.send("GET /normal HTTP/1.1\r\nHost: echo.test\r\n\r\n"))
            return -1;
        const auto r = client.readResponse(10s);
        if (!r || r->status != 200 || r->body != "test upstream")
            return -1;
        return clock.elapsed();
    }

    TestUpstream m_upstream;
    qint64 m_ownLimit = 0;
};

QTEST_GUILESS_MAIN(TestLimits)
#include "tst_limits.moc"
