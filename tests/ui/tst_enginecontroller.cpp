// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI's engine controls when a port the configuration asks for is taken by another
// program: the status bar must not show a green "running" over a dead port, and a change that
// needs a taken port is refused with the reason while the running one keeps serving.
#include "apply/applydialog.h"
#include "apply/enginecontroller.h"
#include "common/workspace.h"
#include "documentcontroller.h"
#include "engine/engine.h"
#include "freeport.h"
#include "mainwindow.h"
#include "testpaths.h"

#include <QApplication>
#include <QLabel>
#include <QFileInfo>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

using namespace meshgate;

namespace {

bool isListening(const Engine &engine, quint16 port)
{
    const QList<ListenerState> states = engine.listenerStates();
    return std::any_of(states.begin(), states.end(), [port](const ListenerState &l) {
        return l.listenPort == port && l.state == ListenerState::State::Listening;
    });
}

} // namespace

class TestEngineController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("MeshgateEngineControllerTest"));
        QCoreApplication::setApplicationName(QStringLiteral("meshgate-enginecontroller-test"));
    }

    void aTakenPortIsSaidAndAChangeNeedingOneIsRefused()
    {
        const QList<quint16> mesh = test::FreePort::pickMany(1);
        const std::optional<int> offset = test::FreePort::offsetFor({80, 443, 9000}, mesh);
        QVERIFY(offset);
        QTcpServer httpTaken; // another program on the HTTP port of the reference scenario
        QVERIFY(httpTaken.listen(QHostAddress::LocalHost, quint16(80 + *offset)));
        EngineSettings settings;
        settings.portOffset = *offset;
        settings.meshPort = mesh.value(0);
        settings.adminPort = 0;
        settings.workers = 1;
        MainWindow window;
        QVERIFY(window.documents()->openFiles({test::sourceDir() + QStringLiteral("/resources/examples/reference-scenario.yaml")}));
        window.workspace()->revalidateNow();
        auto *controller = new EngineController(settings, window.workspace(), &window, &window);
        QSignalSpy messages(controller, &EngineController::statusMessage);

        QVERIFY(controller->start()); // the TLS port and the mesh work: it runs, and says what does not
        const QString httpKey = QStringLiteral("127.0.0.1:%1").arg(80 + *offset);
        QVERIFY(!messages.isEmpty());
        const QString started = messages.last().first().toString();
        QCOMPARE(started, QStringLiteral("Engine started, but 1 listener(s) could not open (see Listeners)."));
        const QString indicator = controller->indicator()->text();
        QVERIFY2(indicator.contains(QStringLiteral("not listening on ") + httpKey), qPrintable(indicator));
        QVERIFY2(!indicator.contains(u"#2e9d3a"), qPrintable(indicator)); // not green
        QVERIFY(isListening(*controller->engine(), quint16(443 + *offset)));

        // A third server on a port that is taken too: refused with the reason; 443 still serves.
        QTcpServer extraTaken;
        QVERIFY(extraTaken.listen(QHostAddress::LocalHost, quint16(9000 + *offset)));
        Workspace *ws = window.workspace();
        const int gw = ws->indexOf(ResourceKind::Gateway, QStringLiteral("proxy"));
        QByteArray text = ws->entry(gw).text;
        const QByteArray servers = "  servers:\n";
        QVERIFY(text.contains(servers));
        text.replace(servers, servers + "  - port: {number: 9000, name: http-extra, protocol: HTTP}\n    hosts: [extra.test]\n");
        QCOMPARE(ws->replaceFromText(ws->entry(gw).id, text), Workspace::TextCommit::Committed);
        ws->revalidateNow();
        QVERIFY(!ws->hasErrors());
        const quint64 generation = controller->engine()->table()->generation();
        QSignalSpy refusals(controller, &EngineController::applyRefused);
        QVERIFY(!controller->apply(false));
        const QString refused = messages.last().first().toString();
        QVERIFY2(refused.startsWith(u"Not applied") && refused.contains(QString::number(9000 + *offset))
                     && refused.contains(u"in use"),
                 qPrintable(refused));
        // The reason names the port as written in the Gateway, not only where it would listen.
        QCOMPARE(refusals.size(), 1);
        const QStringList reasons = refusals.first().first().toStringList();
        QCOMPARE(reasons.size(), 1);
        QVERIFY2(reasons.first().startsWith(QStringLiteral("gateway default/proxy port 9000 (HTTP on 127.0.0.1:%1)").arg(9000 + *offset)),
                 qPrintable(reasons.first()));
        // The status bar's message fades; this stays until dismissed, without blocking.
        auto *box = window.findChild<QMessageBox *>(QStringLiteral("applyRefusedBox"));
        QVERIFY(box);
        QVERIFY(box->isVisible());
        QVERIFY2(box->informativeText().contains(reasons.first()), qPrintable(box->informativeText()));
        box->accept();
        QCOMPARE(controller->engine()->table()->generation(), generation);
        QVERIFY(isListening(*controller->engine(), quint16(443 + *offset)));

        // Once the other program lets go, the same change applies.
        extraTaken.close();
        QVERIFY(controller->apply(false));
        QVERIFY(isListening(*controller->engine(), quint16(9000 + *offset)));

        QSignalSpy changed(controller, &EngineController::engineChanged);
        controller->stop();
        QVERIFY(changed.wait(10000));
    }

    void applyPreviewNamesFieldsTheEngineIgnores()
    {
        // `prefx:` for `prefix:` is only a warning (the resource is kept as written), but the
        // engine ignores the field, so the route matches every path: the Apply preview says so.
        const QList<quint16> ports = test::FreePort::pickMany(1);
        const std::optional<int> offset = test::FreePort::offsetFor({80, 443}, ports);
        QVERIFY(offset);
        EngineSettings settings;
        settings.portOffset = *offset;
        settings.meshPort = 0;
        settings.adminPort = 0;
        settings.workers = 1;
        MainWindow window;
        QVERIFY(window.documents()->openFiles({test::sourceDir() + QStringLiteral("/resources/examples/reference-scenario.yaml")}));
        Workspace *ws = window.workspace();
        ws->revalidateNow();
        auto *controller = new EngineController(settings, ws, &window, &window);
        QVERIFY(controller->start());

        const int vs = ws->indexOf(ResourceKind::VirtualService, QStringLiteral("httpbin"));
        QVERIFY(vs >= 0);
        QByteArray text = ws->entry(vs).text;
        QVERIFY(text.contains("prefix: /status"));
        text.replace("prefix: /status", "prefx: /status");
        QCOMPARE(ws->replaceFromText(ws->entry(vs).id, text), Workspace::TextCommit::Committed);
        ws->revalidateNow();
        QVERIFY(!ws->hasErrors());

        QString warning;
        bool sawDialog = false;
        QTimer::singleShot(0, this, [&] {
            if (auto *dialog = qobject_cast<ApplyDialog *>(QApplication::activeModalWidget())) {
                sawDialog = true;
                warning = dialog->warningText();
                dialog->reject();
            }
        });
        QVERIFY(!controller->apply(true)); // cancelled in the preview
        QVERIFY(sawDialog);
        // Placed where the Problems panel places it: file:line:column.
        QString where;
        for (const WorkspaceDiagnostic &d : ws->diagnostics())
            if (d.diagnostic.code == u"unknown-field" && d.filePos.isValid())
                where = QStringLiteral("%1:%2:%3").arg(QFileInfo(d.file).fileName()).arg(d.filePos.line).arg(d.filePos.column);
        QVERIFY(where.startsWith(u"reference-scenario.yaml:"));
        QVERIFY2(warning.contains(QStringLiteral("VirtualService/httpbin (%1)").arg(where)) && warning.contains(u"prefx"),
                 qPrintable(warning));
        QVERIFY2(warning.contains(u"matches everything"), qPrintable(warning));

        QSignalSpy changed(controller, &EngineController::engineChanged);
        controller->stop();
        QVERIFY(changed.wait(10000));
    }
};

QTEST_MAIN(TestEngineController)
#include "tst_enginecontroller.moc"
