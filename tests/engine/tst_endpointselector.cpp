// SPDX-License-Identifier: GPL-3.0-or-later
// EndpointSelector: which addresses a request goes to. The lists it builds are reused between
// requests, so these check that reuse never hands one cluster another's port, weight or hosts.
#include "engine/dnscache.h"
#include "engine/endpointselector.h"

#include <QTest>

using namespace meshgate;

namespace {

Cluster staticCluster(const QString &host, std::vector<Endpoint> endpoints,
                      Cluster::Discovery discovery = Cluster::Discovery::Static)
{
    Cluster c;
    c.name = "outbound|80||" + host.toLatin1();
    c.host = host;
    c.port = 80;
    c.discovery = discovery;
    c.endpoints = std::move(endpoints);
    return c;
}

QStringList texts(const EndpointList &list)
{
    QStringList out;
    for (const ResolvedEndpoint &e : *list)
        out.append(QString::fromLatin1(e.text) + QLatin1Char('/') + QString::number(e.weight));
    return out;
}

} // namespace

class TestEndpointSelector : public QObject
{
    Q_OBJECT

    // Resolves and waits for the answer (DNS answers arrive through the event loop).
    EndpointList resolve(EndpointSelector &selector, const Cluster &cluster, const QString &originalHost = {},
                         quint16 originalPort = 0, QString *error = nullptr)
    {
        EndpointList result;
        QString why;
        selector.resolve(cluster, originalHost, originalPort, [&](EndpointList list, const QString &e) {
            result = std::move(list);
            why = e;
        });
        if (!QTest::qWaitFor([&] { return result != nullptr; }, 10000))
            return nullptr;
        if (error)
            *error = why;
        return result;
    }

private slots:
    void literalEndpointsKeepTheirPortsAndWeights()
    {
        DnsCache dns;
        QObject context;
        EndpointSelector selector(dns, {}, &context);
        const Cluster a = staticCluster(QStringLiteral("a.test"), {{QStringLiteral("127.0.0.1"), 8080, 3, {}},
                                                                   {QStringLiteral("::1"), 8081, 1, {}}});
        // Same address, other port and weight: must not get a's answer back.
        const Cluster b = staticCluster(QStringLiteral("b.test"), {{QStringLiteral("127.0.0.1"), 9090, 7, {}}});
        for (int round = 0; round < 3; ++round) {
            EndpointList la = resolve(selector, a);
            QVERIFY(la);
            QCOMPARE(texts(la), (QStringList{QStringLiteral("127.0.0.1:8080/3"), QStringLiteral("[::1]:8081/1")}));
            EndpointList lb = resolve(selector, b);
            QVERIFY(lb);
            QCOMPARE(texts(lb), QStringList{QStringLiteral("127.0.0.1:9090/7")});
            QCOMPARE(lb->front().address, QHostAddress(QHostAddress::LocalHost));
            QCOMPARE(lb->front().port, quint16(9090));
        }
    }

    void originalDestinationFollowsEachRequest()
    {
        // The mesh passthrough cluster: every request names its own host and port.
        DnsCache dns;
        QObject context;
        EndpointSelector selector(dns, {}, &context);
        const Cluster passthrough = staticCluster(QStringLiteral("PassthroughCluster"), {}, Cluster::Discovery::OriginalDst);
        for (int i = 0; i < 5000; ++i) { // beyond the memo's bound: it starts over, answers stay right
            const QString host = QStringLiteral("127.0.%1.%2").arg(i / 250).arg(i % 250 + 1);
            const quint16 port = quint16(1000 + i);
            EndpointList l = resolve(selector, passthrough, host, port);
            QVERIFY(l);
            QCOMPARE(l->size(), size_t(1));
            QCOMPARE(QString::fromLatin1(l->front().text), host + QLatin1Char(':') + QString::number(port));
        }
    }

    void namesResolveAndConnectToRedirects()
    {
        DnsCache dns;
        QObject context;
        const auto rule = ConnectToRule::parse(QStringLiteral("redirected.test:80:127.0.0.2:8099"));
        QVERIFY(rule);
        EndpointSelector selector(dns, {*rule}, &context);
        const Cluster named = staticCluster(QStringLiteral("localhost"), {{QStringLiteral("localhost"), 8080, 1, {}}},
                                            Cluster::Discovery::DnsRoundRobin);
        for (int round = 0; round < 2; ++round) { // the second answer comes from the caches
            EndpointList l = resolve(selector, named);
            QVERIFY(l);
            QCOMPARE(l->size(), size_t(1)); // DNS_ROUND_ROBIN: the first address only
            QVERIFY(l->front().address.isLoopback());
            QCOMPARE(l->front().port, quint16(8080));
        }
        const Cluster redirected = staticCluster(QStringLiteral("redirected.test"),
                                                 {{QStringLiteral("redirected.test"), 80, 1, {}}}, Cluster::Discovery::Dns);
        EndpointList r = resolve(selector, redirected);
        QVERIFY(r);
        QCOMPARE(texts(r), QStringList{QStringLiteral("127.0.0.2:8099/1")});

        QString error;
        const Cluster missing = staticCluster(QStringLiteral("nothing.invalid"),
                                              {{QStringLiteral("nothing.invalid"), 80, 1, {}}}, Cluster::Discovery::Dns);
        EndpointList none = resolve(selector, missing, {}, 0, &error);
        QVERIFY(none);
        QVERIFY(none->empty());
        QVERIFY(!error.isEmpty());
    }

    void answersWithoutACallbackOnlyWhatNeedsNoLookup()
    {
        // Most requests take resolveNow(); it must give exactly what resolve() gives, and never
        // an answer that a lookup or a --connect-to rule would change.
        DnsCache dns;
        QObject context;
        const auto rule = ConnectToRule::parse(QStringLiteral("moved.test:80:127.0.0.3:8098"));
        QVERIFY(rule);
        EndpointSelector selector(dns, {*rule}, &context);
        EndpointList now;

        const Cluster literal = staticCluster(QStringLiteral("lit.test"), {{QStringLiteral("127.0.0.1"), 8080, 2, {}}});
        QVERIFY(!selector.resolveNow(literal, {}, 0, &now)); // not seen yet: resolve() builds it
        const EndpointList first = resolve(selector, literal);
        QVERIFY(first);
        QVERIFY(selector.resolveNow(literal, {}, 0, &now));
        QCOMPARE(now, first); // the same shared list, not a copy
        QCOMPARE(texts(now), QStringList{QStringLiteral("127.0.0.1:8080/2")});

        // Same address, another weight: not the first cluster's answer.
        const Cluster heavier = staticCluster(QStringLiteral("lit2.test"), {{QStringLiteral("127.0.0.1"), 8080, 5, {}}});
        QVERIFY(!selector.resolveNow(heavier, {}, 0, &now));

        // A name goes through resolve(), which asks the DNS cache. (Not resolved here: the cache's
        // TTL query for it would outlive the test and hold up its exit.)
        const Cluster named = staticCluster(QStringLiteral("named.test"), {{QStringLiteral("named.test"), 8080, 1, {}}},
                                            Cluster::Discovery::Dns);
        QVERIFY(!selector.resolveNow(named, {}, 0, &now));

        // --connect-to applies before the memo is consulted.
        const Cluster moved = staticCluster(QStringLiteral("moved.test"), {{QStringLiteral("127.0.0.9"), 80, 1, {}}});
        QCOMPARE(texts(resolve(selector, moved)), QStringList{QStringLiteral("127.0.0.3:8098/1")});
        QVERIFY(selector.resolveNow(moved, {}, 0, &now));
        QCOMPARE(texts(now), QStringList{QStringLiteral("127.0.0.3:8098/1")});

        // Nothing to resolve: an empty answer at once.
        const Cluster blackHole = staticCluster(QStringLiteral("BlackHoleCluster"), {}, Cluster::Discovery::BlackHole);
        QVERIFY(selector.resolveNow(blackHole, {}, 0, &now));
        QVERIFY(now && now->empty());

        // Several endpoints are merged by resolve(), per request.
        const Cluster two = staticCluster(QStringLiteral("two.test"), {{QStringLiteral("127.0.0.1"), 8080, 2, {}},
                                                                       {QStringLiteral("127.0.0.2"), 8080, 1, {}}});
        QVERIFY(resolve(selector, two));
        QVERIFY(!selector.resolveNow(two, {}, 0, &now));
    }
};

QTEST_GUILESS_MAIN(TestEndpointSelector)
#include "tst_endpointselector.moc"
