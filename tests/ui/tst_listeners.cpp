// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/trafficcharts.h"
#include "config/configloader.h"
#include "engine/engine.h"
#include "engine/listenersmodel.h"
#include "engine/listenerspanel.h"
#include "logs/accesslogfilter.h"
#include "logs/accesslogmodel.h"
#include "logs/accesslogpanel.h"

#include "freeport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace meshgate;

namespace {

ListenerState gateway(const QString &key, quint16 listenPort, quint16 gatewayPort, const QString &protocol)
{
    ListenerState s;
    s.role = ListenerState::Role::Gateway;
    s.key = key;
    s.bind = QHostAddress::LocalHost;
    s.listenPort = listenPort;
    s.gatewayPort = gatewayPort;
    s.protocol = protocol;
    s.gateways = {QStringLiteral("default/proxy")};
    return s;
}

QList<ListenerState> sampleListeners()
{
    ListenerState http = gateway(QStringLiteral("127.0.0.1:8080"), 8080, 80, QStringLiteral("HTTP"));
    http.connections = 3;
    ListenerState tls = gateway(QStringLiteral("127.0.0.1:8443"), 8443, 443, QStringLiteral("TLS"));
    tls.state = ListenerState::State::Failed;
    tls.error = QStringLiteral("port 8443 in use");
    ListenerState mesh;
    mesh.role = ListenerState::Role::Mesh;
    mesh.key = QStringLiteral("127.0.0.1:15001");
    mesh.key = QStringLiteral("mesh:127.0.0.1:15001"); // as the engine names it
    mesh.bind = QHostAddress::LocalHost;
    mesh.listenPort = 15001;
    mesh.protocol = QStringLiteral("HTTP");
    mesh.gateways = {QStringLiteral("mesh")};
    ListenerState admin;
    admin.role = ListenerState::Role::Admin;
    admin.key = QStringLiteral("admin"); // as the engine names it: one admin listener, whatever its port
    admin.bind = QHostAddress::LocalHost;
    admin.listenPort = 15000;
    admin.protocol = QStringLiteral("HTTP");
    return {http, tls, mesh, admin};
}

quint16 freePort()
{
    return test::FreePort::pick();
}

} // namespace

class TestListeners : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("meshgate-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_listeners"));
        QSettings().clear();
    }

    void showsEachListener()
    {
        ListenersModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setListeners(sampleListeners());
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.failedCount(), 1);
        auto text = [&](int row, int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(text(0, ListenersModel::AddressColumn), QStringLiteral("127.0.0.1:8080"));
        QCOMPARE(text(0, ListenersModel::GatewayPortColumn), QStringLiteral("80"));
        QCOMPARE(text(0, ListenersModel::ProtocolColumn), QStringLiteral("HTTP"));
        QCOMPARE(text(0, ListenersModel::GatewaysColumn), QStringLiteral("default/proxy"));
        QCOMPARE(text(0, ListenersModel::StateColumn), QStringLiteral("listening"));
        QCOMPARE(text(0, ListenersModel::ConnectionsColumn), QStringLiteral("3"));
        QCOMPARE(text(1, ListenersModel::StateColumn), QStringLiteral("failed: port 8443 in use"));
        QVERIFY(model.index(1, 0).data(Qt::BackgroundRole).isValid());
        QVERIFY(!model.index(0, 0).data(Qt::BackgroundRole).isValid());
        QCOMPARE(text(2, ListenersModel::GatewaysColumn), QStringLiteral("mesh (forward proxy)"));
        QCOMPARE(text(2, ListenersModel::GatewayPortColumn), QStringLiteral("-"));
        QCOMPARE(text(3, ListenersModel::AddressColumn), QStringLiteral("127.0.0.1:15000"));
        QCOMPARE(text(3, ListenersModel::GatewaysColumn), QStringLiteral("admin endpoint: /stats/prometheus, /config_dump, /clusters, /ready"));
        // The port offset is explained where it applies.
        QVERIFY(model.index(0, ListenersModel::AddressColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("8080")));

        // Same ports again with new counts: updated in place, the selection survives.
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        QList<ListenerState> again = sampleListeners();
        again[0].connections = 7;
        model.setListeners(again);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(text(0, ListenersModel::ConnectionsColumn), QStringLiteral("7"));
        again.removeAt(1);
        model.setListeners(again);
        QCOMPARE(resets.size(), 1);
        QCOMPARE(model.rowCount(), 3);
    }

    void panelSummarisesAndTraces()
    {
        ListenersPanel panel;
        QVERIFY(panel.summaryText().contains(QStringLiteral("Not listening")));
        panel.setListeners(sampleListeners());
        QVERIFY(panel.summaryText().startsWith(QStringLiteral("3 listening, 1 failed")));
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy traced(&panel, &ListenersPanel::traceRequested);
        panel.view()->setCurrentIndex(panel.model()->index(0, 0));
        panel.view()->setFocus();
        QTest::keyClick(panel.view(), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(traced.size(), 1);
        QCOMPARE(traced.at(0).at(0).toString(), QStringLiteral("GET / gateway=default/proxy port=80"));
        panel.view()->setCurrentIndex(panel.model()->index(1, 0));
        QTest::keyClick(panel.view(), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(traced.at(1).at(0).toString(), QStringLiteral("TLS gateway=default/proxy port=443"));
        // The admin endpoint routes nothing: no trace offered on its row.
        QVERIFY(panel.traceAction()->isEnabled());
        panel.view()->setCurrentIndex(panel.model()->index(3, 0));
        QVERIFY(!panel.traceAction()->isEnabled());
        QTest::keyClick(panel.view(), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(traced.size(), 2);
        panel.view()->setCurrentIndex(panel.model()->index(2, 0));
        QVERIFY(panel.traceAction()->isEnabled());

        // Ctrl+C copies what the Address column shows, for the admin row too (the engine keys it "admin").
        for (const auto &[row, address] :
             {std::pair{0, "127.0.0.1:8080"}, std::pair{2, "127.0.0.1:15001"}, std::pair{3, "127.0.0.1:15000"}}) {
            QApplication::clipboard()->clear();
            panel.view()->setCurrentIndex(panel.model()->index(row, ListenersModel::StateColumn));
            QTest::keyClick(panel.view(), Qt::Key_C, Qt::ControlModifier);
            QCOMPARE(QApplication::clipboard()->text(), QLatin1String(address));
        }
    }

    // A real engine on loopback: one Gateway port it can open, one that another socket holds.
    // The panels show what happened and what the engine reports about a request.
    void followsARealEngine()
    {
        const quint16 open = freePort();
        QVERIFY(open > 0);
        QTcpServer squatter;
        quint16 taken = 0;
        for (quint16 candidate = quint16(open + 1); candidate < open + 50 && !taken; ++candidate)
            if (squatter.listen(QHostAddress::LocalHost, candidate))
                taken = candidate;
        QVERIFY(taken > 0);

        EngineSettings settings;
        settings.bindAddress = QHostAddress(QHostAddress::LocalHost);
        settings.portOffset = int(open) - 80; // Gateway port 80 listens on `open`
        settings.meshPort = 0;
        settings.adminPort = 0;
        settings.workers = 1;
        const int busyGatewayPort = int(taken) - *settings.portOffset;
        const QByteArray yaml = QStringLiteral(R"(apiVersion: networking.istio.io/v1alpha3
kind: Gateway
metadata:
  name: proxy
spec:
  selector:
    istio: ingressgateway
  servers:
  - port: {number: 80, name: http, protocol: HTTP}
    hosts: ["*"]
  - port: {number: %1, name: http-busy, protocol: HTTP}
    hosts: ["*"]
)").arg(busyGatewayPort).toUtf8();
        const LoadResult loaded = ConfigLoader::loadText(yaml, QStringLiteral("listeners.yaml"));
        QVERIFY(loaded.ok());

        Engine engine(settings);
        ListenersPanel listeners;
        AccessLogPanel log;
        TrafficCharts charts;
        listeners.setEngine(&engine);
        connect(&engine, &Engine::accessLogBatch, &log, &AccessLogPanel::appendRecords);
        connect(&engine, &Engine::listenersChanged, &log, &AccessLogPanel::setListenerStates);
        connect(&engine, &Engine::accessLogBatch, &charts, &TrafficCharts::addRecords);
        connect(&engine, &Engine::trafficSample, &charts, &TrafficCharts::addSample);

        const Engine::ApplyResult applied = engine.apply(loaded.config);
        QVERIFY(applied.applied);
        QTRY_COMPARE(listeners.model()->rowCount(), 2);
        QCOMPARE(listeners.model()->failedCount(), 1);
        int failedRow = -1;
        for (int row = 0; row < 2; ++row)
            if (listeners.model()->listeners().at(row).state == ListenerState::State::Failed)
                failedRow = row;
        QVERIFY(failedRow >= 0);
        QCOMPARE(listeners.model()->index(failedRow, ListenersModel::StateColumn).data().toString(),
                 QStringLiteral("failed: port %1 in use").arg(taken));
        QCOMPARE(listeners.model()->index(1 - failedRow, ListenersModel::AddressColumn).data().toString(),
                 QStringLiteral("127.0.0.1:%1").arg(open));
        QCOMPARE(listeners.model()->index(1 - failedRow, ListenersModel::GatewayPortColumn).data().toString(),
                 QStringLiteral("80"));

        // A request nothing routes: the log shows it as NR, the charts count it as a 4xx.
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, open);
        QTRY_COMPARE(client.state(), QAbstractSocket::ConnectedState);
        client.write("GET /nowhere HTTP/1.1\r\nHost: nothing.example\r\nConnection: close\r\n\r\n");
        QByteArray response;
        connect(&client, &QTcpSocket::readyRead, this, [&] { response += client.readAll(); });
        QTRY_VERIFY(response.startsWith("HTTP/1.1 404"));
        QTRY_COMPARE(log.model()->rowCount(), 1);
        const LogRow &row = log.model()->logRow(0);
        QCOMPARE(row.responseCode(), 404);
        QVERIFY(row.responseFlags().testFlag(ResponseFlags::NoRouteFound));
        QCOMPARE(row.text(LogRow::Text::Authority), QByteArrayView("nothing.example"));
        QCOMPARE(row.text(LogRow::Text::Path), QByteArrayView("/nowhere"));

        // The log row traces back to the Gateway it arrived on.
        log.view()->selectionModel()->setCurrentIndex(log.filter()->index(0, 0), QItemSelectionModel::ClearAndSelect);
        QCOMPARE(log.traceDescriptionForCurrent(),
                 QStringLiteral("GET /nowhere host=nothing.example gateway=%1 port=80")
                     .arg(listeners.model()->listeners().at(1 - failedRow).gateways.first()));
        QCOMPARE(log.createServiceHostForCurrent(), QStringLiteral("nothing.example"));

        QTRY_VERIFY_WITH_TIMEOUT(charts.history().size() > 0 && [&] {
            for (int i = 0; i < charts.history().size(); ++i)
                if (charts.history().at(i).requests4xx > 0)
                    return true;
            return false;
        }(), 5000);

        QSignalSpy stopped(&engine, &Engine::stopped);
        engine.shutdown();
        QVERIFY(stopped.wait(10000));
    }
};

QTEST_MAIN(TestListeners)
#include "tst_listeners.moc"
