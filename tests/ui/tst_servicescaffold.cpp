// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/configloader.h"
#include "editors/servicescaffold.h"
#include "routing/routetable.h"
#include "testpaths.h"

#include <QTest>

using namespace meshgate;

class TestServiceScaffold : public QObject
{
    Q_OBJECT
private slots:
    // A request that got 404 NR becomes routable with the two generated resources.
    void makesAnNrHostRoutable()
    {
        LoadResult loaded = ConfigLoader::loadFiles(
            {test::sourceDir() + QStringLiteral("/resources/examples/reference-scenario.yaml")});
        QVERIFY(loaded.ok());
        // Let the gateway accept any host, as a user would after seeing NR for a new host.
        auto *gw = loaded.config.resources[0].as<GatewaySpec>();
        QVERIFY(gw);
        gw->servers[0].hosts.append(QStringLiteral("api.example.org"));

        const EngineSettings settings;
        auto before = RouteTable::compile(loaded.config, settings).table;
        QVERIFY(!before->explain(*RequestDescription::parse(QStringLiteral("GET http://api.example.org/x gateway=proxy port=80"))).routed);

        const std::vector<Resource> added = ServiceScaffold::forHost(loaded.config, QStringLiteral("API.example.org"), 80);
        QCOMPARE(added.size(), size_t(2));
        QCOMPARE(added[0].metadata.name, QStringLiteral("api-example-org"));
        QCOMPARE(added[1].as<VirtualServiceSpec>()->gateways, QStringList{QStringLiteral("proxy")});
        for (const Resource &r : added)
            loaded.config.resources.push_back(r);
        const Diagnostics d = ConfigLoader::validate(loaded.config);
        QVERIFY2(!hasErrors(d), qPrintable(d.isEmpty() ? QString() : d.first().toString()));
        auto after = RouteTable::compile(loaded.config, settings).table;
        const Explanation e = after->explain(*RequestDescription::parse(QStringLiteral("GET http://api.example.org/x gateway=proxy port=80")));
        QVERIFY2(e.routed, qPrintable(e.toText()));
        QCOMPARE(e.cluster, QStringLiteral("outbound|80||api.example.org"));
    }

    void namesDoNotClash()
    {
        ConfigSet config;
        Resource r;
        r.metadata.name = QStringLiteral("a-b");
        r.spec = ServiceEntrySpec{};
        config.resources.push_back(r);
        QCOMPARE(ServiceScaffold::freeName(config, ResourceKind::ServiceEntry, QStringLiteral("a.b")), QStringLiteral("a-b-2"));
        QCOMPARE(ServiceScaffold::freeName(config, ResourceKind::VirtualService, QStringLiteral("a.b")), QStringLiteral("a-b"));
    }
};

QTEST_MAIN(TestServiceScaffold)
#include "tst_servicescaffold.moc"
