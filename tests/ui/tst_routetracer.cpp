// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/configloader.h"
#include "engine/routetracerpanel.h"
#include "routing/routetable.h"
#include "testpaths.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTreeWidget>

using namespace meshgate;

namespace {

std::shared_ptr<const RouteTable> referenceTable()
{
    const LoadResult loaded =
        ConfigLoader::loadFiles({test::sourceDir() + QStringLiteral("/resources/examples/reference-scenario.yaml")});
    if (!loaded.ok())
        return {};
    return RouteTable::compile(loaded.config, EngineSettings{}).table;
}

// Every "subject: reason" line of the Steps branch.
QStringList steps(const RouteTracerPanel &panel)
{
    QStringList out;
    const QTreeWidget *tree = panel.resultTree();
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *top = tree->topLevelItem(i);
        if (top->text(0) != u"Steps")
            continue;
        for (int c = 0; c < top->childCount(); ++c)
            out.append(top->child(c)->text(0) + QStringLiteral(": ") + top->child(c)->text(1));
    }
    return out;
}

QString decisionField(const RouteTracerPanel &panel, const QString &name)
{
    const QTreeWidgetItem *decision = panel.resultTree()->topLevelItem(0);
    for (int c = 0; decision && c < decision->childCount(); ++c)
        if (decision->child(c)->text(0) == name)
            return decision->child(c)->text(1);
    return {};
}

} // namespace

class TestRouteTracer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void explainsTheTeapot()
    {
        RouteTracerPanel panel;
        const auto table = referenceTable();
        QVERIFY(table);
        panel.setRouteTable(table);
        QSignalSpy shown(&panel, &RouteTracerPanel::showRequested);
        panel.traceRequest(QStringLiteral("GET http://httpbin.org/status/418 gateway=proxy port=80"));
        QCOMPARE(shown.size(), 1);
        QVERIFY2(panel.explanation().has_value(), qPrintable(panel.decisionText()));
        const Explanation &e = *panel.explanation();
        QVERIFY(e.routed);
        QCOMPARE(e.cluster, QStringLiteral("outbound|80||httpbin.org"));
        // The decision comes first and names the destination.
        QVERIFY2(panel.decisionText().startsWith(QStringLiteral("Forwarded")), qPrintable(panel.decisionText()));
        QVERIFY(panel.decisionText().contains(QStringLiteral("outbound|80||httpbin.org")));
        QCOMPARE(panel.resultTree()->topLevelItem(0)->text(0), QStringLiteral("Decision"));
        QCOMPARE(decisionField(panel, QStringLiteral("cluster")), QStringLiteral("outbound|80||httpbin.org"));
        QVERIFY(!decisionField(panel, QStringLiteral("route")).isEmpty());
        // Then every step, the matching route marked as such.
        const QStringList s = steps(panel);
        QVERIFY(!s.isEmpty());
        QVERIFY2(std::any_of(s.begin(), s.end(), [](const QString &line) { return line.startsWith(u"✓ route"); }),
                 qPrintable(s.join(u'\n')));
        // The form shows the request it parsed.
        QCOMPARE(panel.gatewayBox()->currentText(), QStringLiteral("proxy"));
        QCOMPARE(panel.portBox()->value(), 80);
        QCOMPARE(panel.hostEdit()->text(), QStringLiteral("httpbin.org"));
        QCOMPARE(panel.pathEdit()->text(), QStringLiteral("/status/418"));
    }

    void explainsThe404ForHeaders()
    {
        RouteTracerPanel panel;
        panel.setRouteTable(referenceTable());
        panel.traceRequest(QStringLiteral("GET http://httpbin.org/headers gateway=proxy port=80"));
        QVERIFY(panel.explanation().has_value());
        const Explanation &e = *panel.explanation();
        QVERIFY(!e.routed);
        QCOMPARE(e.status, 404);
        QCOMPARE(e.flags, QByteArray("NR"));
        QVERIFY2(panel.decisionText().startsWith(QStringLiteral("Not forwarded: 404 NR")), qPrintable(panel.decisionText()));
        QCOMPARE(decisionField(panel, QStringLiteral("status")), QStringLiteral("404"));
        QCOMPARE(decisionField(panel, QStringLiteral("response flags")), QStringLiteral("NR"));
        // Why: the only gateway route wants the /status prefix; the mesh route is not for this gateway.
        const QStringList s = steps(panel);
        const QString routes = s.filter(QStringLiteral("route ")).join(u'\n');
        QVERIFY2(routes.contains(QStringLiteral("/status")), qPrintable(s.join(u'\n')));
        QVERIFY2(s.filter(QStringLiteral("✗ route")).size() >= 1, qPrintable(s.join(u'\n')));
    }

    void formEditsRetrace()
    {
        RouteTracerPanel panel;
        panel.setRouteTable(referenceTable());
        // Gateways come from the table, and the mesh is always offered.
        QVERIFY2(panel.gatewayChoices().contains(QStringLiteral("mesh")), qPrintable(panel.gatewayChoices().join(u',')));
        QVERIFY(panel.gatewayChoices().size() >= 2);
        panel.traceRequest(QStringLiteral("GET http://httpbin.org/status/418 gateway=proxy port=80"));
        QVERIFY(panel.explanation()->routed);
        panel.pathEdit()->setText(QStringLiteral("/headers"));
        QCOMPARE(panel.explanation()->status, 404);
        QVERIFY(panel.descriptionText().contains(QStringLiteral("/headers")));
        panel.pathEdit()->setText(QStringLiteral("/status/200"));
        QVERIFY(panel.explanation()->routed);
        // Through the mesh the same host goes to localhost.local.
        panel.gatewayBox()->setCurrentText(QStringLiteral("mesh"));
        QVERIFY(panel.explanation()->routed);
        QVERIFY2(panel.explanation()->cluster.contains(QStringLiteral("localhost.local")),
                 qPrintable(panel.explanation()->cluster));
        // The description line round-trips through RequestDescription.
        QVERIFY(RequestDescription::parse(panel.descriptionText()));
    }

    void anotherWorkspacesGatewayReplacesAPickedOne()
    {
        RouteTracerPanel panel;
        panel.setRouteTable(referenceTable());
        QCOMPARE(panel.gatewayBox()->currentText(), QStringLiteral("default/proxy"));
        QCOMPARE(panel.portBox()->value(), 80);
        // Another workspace, whose only Gateway is "edge" on port 9080.
        const LoadResult other = ConfigLoader::parseText(
            "apiVersion: networking.istio.io/v1\nkind: Gateway\nmetadata: {name: edge}\nspec:\n  servers:\n"
            "  - port: {number: 9080, name: http, protocol: HTTP}\n    hosts: ['*']\n",
            QStringLiteral("other.yaml"));
        QVERIFY(other.ok());
        const auto otherTable = RouteTable::compile(other.config, EngineSettings{}).table;
        panel.setRouteTable(otherTable);
        QCOMPARE(panel.gatewayBox()->currentText(), QStringLiteral("default/edge"));
        QCOMPARE(panel.portBox()->value(), 9080);
        QVERIFY2(panel.descriptionText().contains(QStringLiteral("gateway=default/edge port=9080")), qPrintable(panel.descriptionText()));

        // A name typed by hand is the user's: a new table does not replace it.
        panel.gatewayBox()->setEditText(QStringLiteral("istio-system/ingress"));
        panel.setRouteTable(otherTable);
        QCOMPARE(panel.gatewayBox()->currentText(), QStringLiteral("istio-system/ingress"));
    }

    void tlsBySni()
    {
        RouteTracerPanel panel;
        panel.setRouteTable(referenceTable());
        panel.traceRequest(QStringLiteral("TLS edition.cnn.com gateway=proxy port=443"));
        QVERIFY(panel.explanation().has_value());
        QVERIFY(panel.explanation()->routed);
        QCOMPARE(panel.explanation()->cluster, QStringLiteral("outbound|443||edition.cnn.com"));
        QCOMPARE(panel.hostEdit()->text(), QStringLiteral("edition.cnn.com"));
        QVERIFY(!panel.pathEdit()->isEnabled()); // a TLS connection has no path
    }

    void reportsWhatItCannotTrace()
    {
        RouteTracerPanel panel;
        panel.traceRequest(QStringLiteral("GET http://httpbin.org/ gateway=proxy"));
        QVERIFY(!panel.explanation().has_value());
        QVERIFY(panel.decisionText().contains(QStringLiteral("No configuration")));
        panel.setRouteTable(referenceTable());
        QVERIFY(panel.explanation().has_value()); // traced as soon as a table arrives

        panel.traceRequest(QStringLiteral("FETCH"));
        QVERIFY(!panel.explanation().has_value());
        QVERIFY(!panel.errorText().isEmpty());
        QVERIFY(panel.decisionText().startsWith(QStringLiteral("Cannot trace")));

        // An unknown gateway is explained, not an error.
        panel.traceRequest(QStringLiteral("GET http://httpbin.org/ gateway=nope port=80"));
        QVERIFY(panel.explanation().has_value());
        QVERIFY(!panel.explanation()->routed);
        // Nobody answers a connection no listener takes: not "answered locally".
        QCOMPARE(panel.resultTree()->topLevelItem(0)->text(1), QStringLiteral("not answered"));
        // A 404 from the gateway is an answer.
        panel.traceRequest(QStringLiteral("GET http://httpbin.org/headers gateway=proxy port=80"));
        QCOMPARE(panel.explanation()->status, 404);
        QCOMPARE(panel.resultTree()->topLevelItem(0)->text(1), QStringLiteral("answered locally"));
    }

    void promptsInsteadOfAVerdictBeforeInput()
    {
        RouteTracerPanel panel;
        panel.setRouteTable(referenceTable());
        // The form's defaults (GET /, the first gateway, port 80) are no request yet: the host
        // field shows only its placeholder, so no red "400: the request has no Host header".
        QVERIFY(panel.hostEdit()->text().isEmpty());
        QVERIFY2(!panel.explanation().has_value(), qPrintable(panel.decisionText()));
        QVERIFY(panel.errorText().isEmpty());
        QVERIFY2(!panel.decisionText().contains(QStringLiteral("Not forwarded")), qPrintable(panel.decisionText()));
        QVERIFY2(panel.decisionText().startsWith(QStringLiteral("Enter a host")), qPrintable(panel.decisionText()));
        QCOMPARE(panel.resultTree()->topLevelItemCount(), 0);
        // Changing other fields or a new table does not make it one.
        panel.portBox()->setValue(443);
        panel.setRouteTable(referenceTable());
        QVERIFY(!panel.explanation().has_value());
        // A host does.
        panel.portBox()->setValue(80);
        panel.hostEdit()->setText(QStringLiteral("httpbin.org"));
        QVERIFY(panel.explanation().has_value());
        // And asking for the trace explicitly gets the verdict even without one: it is what the
        // engine would answer.
        panel.hostEdit()->clear();
        QVERIFY(!panel.explanation().has_value());
        panel.trace();
        QVERIFY(panel.explanation().has_value());
        QCOMPARE(panel.explanation()->status, 400);
        QVERIFY(panel.decisionText().startsWith(QStringLiteral("Not forwarded")));
    }

    void resultsUseThePanelsHeight()
    {
        RouteTracerPanel panel;
        panel.setRouteTable(referenceTable());
        // As docked below the editor in a 1400x900 window: wide and short.
        panel.resize(1370, 290);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.traceRequest(QStringLiteral("GET http://httpbin.org/status/418 gateway=proxy port=80"));
        const QTreeWidget *tree = panel.resultTree();
        // The answer sits beside the form and gets most of the height, not what is left under it.
        QTRY_VERIFY2(tree->height() >= panel.height() * 3 / 4,
                     qPrintable(QStringLiteral("tree %1 of %2 px").arg(tree->height()).arg(panel.height())));
        QVERIFY(tree->geometry().top() < panel.hostEdit()->mapTo(&panel, QPoint(0, 0)).y() + 1);
        // Narrow (floating, or in a side dock) the two stack, and the tree still gets the rest.
        panel.resize(600, 700);
        QTRY_VERIFY(tree->mapTo(&panel, QPoint(0, 0)).y() > panel.pathEdit()->mapTo(&panel, QPoint(0, 0)).y());
        QTRY_VERIFY2(tree->height() >= panel.height() / 2,
                     qPrintable(QStringLiteral("tree %1 of %2 px").arg(tree->height()).arg(panel.height())));
    }

    void typedLineTracesAfterAPause()
    {
        RouteTracerPanel panel;
        panel.setRouteTable(referenceTable());
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.lineEdit()->clear();
        panel.lineEdit()->setFocus();
        QTest::keyClicks(panel.lineEdit(), QStringLiteral("GET http://httpbin.org/status/418 gateway=proxy port=80"));
        QTRY_VERIFY(panel.explanation().has_value() && panel.explanation()->routed);
        QCOMPARE(panel.pathEdit()->text(), QStringLiteral("/status/418"));
    }
};

QTEST_MAIN(TestRouteTracer)
#include "tst_routetracer.moc"
