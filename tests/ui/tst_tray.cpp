// SPDX-License-Identifier: GPL-3.0-or-later
#include "apply/enginecontroller.h"
#include "common/workspace.h"
#include "desktop/trayicon.h"
#include "documentcontroller.h"
#include "editors/resourceeditor.h"
#include "editors/yamleditor.h"
#include "engine/engine.h"
#include "freeport.h"
#include "mainwindow.h"
#include "testpaths.h"

#include <QAbstractButton>
#include <QFile>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace meshgate;

namespace {

QString referencePath()
{
    return test::sourceDir() + QStringLiteral("/resources/examples/reference-scenario.yaml");
}

// Answers the next message box with `button` as soon as it is up.
void answerNextMessageBox(QObject *context, QMessageBox::StandardButton button, bool *seen, QString *text = nullptr)
{
    QTimer::singleShot(0, context, [context, button, seen, text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            answerNextMessageBox(context, button, seen, text);
            return;
        }
        *seen = true;
        if (text)
            *text = box->text();
        box->button(button)->click();
    });
}

} // namespace

class TestTray : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void toolTipShowsEngineStateAndRequestRate();
    void menuStartsStopsAndQuits();
    void closeHidesToTrayWhenAskedTo();
    void quitFromTrayStillAsksAboutUnsavedChanges();
    void quitAsksAboutYamlThatDoesNotParse();
    void savingAnUntitledWorkspaceOnQuitAsksAboutDraftsOnce();
    void closeWithoutTrayEndsTheApplication();
};

void TestTray::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MeshgateTrayTest"));
    QCoreApplication::setApplicationName(QStringLiteral("meshgate-tray-test"));
}

void TestTray::toolTipShowsEngineStateAndRequestRate()
{
    const QList<quint16> ports = test::FreePort::pickMany(1);
    const std::optional<int> offset = test::FreePort::offsetFor({80, 443}, ports);
    QVERIFY(offset);
    EngineSettings settings;
    settings.portOffset = *offset;
    settings.meshPort = ports.value(0);
    settings.adminPort = 0;
    settings.workers = 1;
    MainWindow window;
    QVERIFY(window.documents()->openFiles({referencePath()}));
    window.workspace()->revalidateNow();
    auto *engine = new EngineController(settings, window.workspace(), &window, &window);
    TrayIcon tray(&window, engine);
    QVERIFY(tray.toolTip().contains(QStringLiteral("Engine stopped")));
    QCOMPARE(tray.badge(), AppIcon::Badge::None);

    QVERIFY(engine->start());
    QCOMPARE(tray.badge(), AppIcon::Badge::Running);
    QVERIFY2(tray.toolTip().contains(QStringLiteral("Engine running on %1").arg(80 + *offset)), qPrintable(tray.toolTip()));
    QVERIFY(!tray.toolTip().contains(QStringLiteral("requests/s"))); // no second measured yet

    // Requests for a host no Gateway serves: 404 NR, counted all the same.
    QNetworkAccessManager http;
    const auto send = [&] {
        for (int i = 0; i < 5; ++i) {
            QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(80 + *offset)));
            request.setRawHeader("Host", "nobody.example");
            QNetworkReply *reply = http.get(request);
            connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
        }
    };
    const bool counted = QTest::qWaitFor([&] {
        send();
        return tray.requestsPerSecond() > 0;
    }, 15000);
    QVERIFY(counted);
    QVERIFY2(tray.toolTip().contains(QStringLiteral("%1 requests/s").arg(tray.requestsPerSecond())), qPrintable(tray.toolTip()));

    // An error in the workspace while it runs: a red badge, and the tooltip says what still runs.
    Workspace *ws = window.workspace();
    const int gw = ws->indexOf(ResourceKind::Gateway, QStringLiteral("proxy"));
    QByteArray text = ws->entry(gw).text;
    text.replace("number: 80", "number: 99999");
    QCOMPARE(ws->replaceFromText(ws->entry(gw).id, text), Workspace::TextCommit::Committed);
    ws->revalidateNow();
    QTRY_COMPARE(tray.badge(), AppIcon::Badge::Errors);
    QVERIFY2(tray.toolTip().contains(QStringLiteral("errors")), qPrintable(tray.toolTip()));

    QSignalSpy changed(engine, &EngineController::engineChanged);
    engine->stop();
    QVERIFY(changed.wait(10000));
    QVERIFY(tray.toolTip().contains(QStringLiteral("Engine stopped")));
    QVERIFY(!tray.toolTip().contains(QStringLiteral("requests/s")));
    QCOMPARE(tray.badge(), AppIcon::Badge::None);
}

void TestTray::menuStartsStopsAndQuits()
{
    MainWindow window;
    auto *engine = new EngineController(EngineSettings(), window.workspace(), &window, &window);
    TrayIcon tray(&window, engine);
    const QList<QAction *> actions = tray.menu()->actions();
    QVERIFY(actions.contains(engine->startAction()));
    QVERIFY(actions.contains(engine->stopAction()));
    QVERIFY(actions.contains(window.quitAction()));
    QVERIFY(actions.contains(tray.showWindowAction()));

    // Show / hide the window from the tray.
    QVERIFY(!window.isVisible());
    tray.showWindowAction()->trigger();
    QVERIFY(window.isVisible());
    tray.showWindowAction()->trigger();
    QVERIFY(!window.isVisible());
}

void TestTray::closeHidesToTrayWhenAskedTo()
{
    MainWindow window;
    QVERIFY(window.documents()->openFiles({referencePath()}));
    window.setCloseToTray(true);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy hidden(&window, &MainWindow::hiddenToTray);
    QSignalSpy closed(&window, &MainWindow::windowClosed);

    // Unsaved changes: closing to the tray loses nothing, so it does not ask.
    Resource r = window.workspace()->resource(0);
    r.metadata.labels.insert(QStringLiteral("edited"), QStringLiteral("yes"));
    QVERIFY(window.workspace()->replaceResource(window.workspace()->entry(0).id, r, QStringLiteral("edit")));
    QVERIFY(!window.close());
    QVERIFY(!window.isVisible());
    QCOMPARE(hidden.count(), 1);
    QCOMPARE(closed.count(), 0);
    QVERIFY(window.workspace()->isDirty());

    window.workspace()->undoStack()->undo();
    QVERIFY(window.requestQuit()); // clean: closes without a question
    QCOMPARE(closed.count(), 1);
    QCOMPARE(hidden.count(), 1);
}

void TestTray::quitFromTrayStillAsksAboutUnsavedChanges()
{
    MainWindow window;
    QVERIFY(window.documents()->openFiles({referencePath()}));
    window.setCloseToTray(true);
    Resource r = window.workspace()->resource(0);
    r.metadata.labels.insert(QStringLiteral("edited"), QStringLiteral("yes"));
    QVERIFY(window.workspace()->replaceResource(window.workspace()->entry(0).id, r, QStringLiteral("edit")));
    QSignalSpy closed(&window, &MainWindow::windowClosed);
    QVERIFY(!window.isVisible()); // in the tray

    bool asked = false;
    answerNextMessageBox(this, QMessageBox::Cancel, &asked);
    QVERIFY(!window.quitAction()->isChecked());
    window.quitAction()->trigger();
    QVERIFY(asked);
    QVERIFY(window.isVisible()); // shown for the question, and stays
    QCOMPARE(closed.count(), 0);

    asked = false;
    answerNextMessageBox(this, QMessageBox::Discard, &asked);
    QVERIFY(window.requestQuit());
    QVERIFY(asked);
    QCOMPARE(closed.count(), 1);
}

// Text in a YAML tab that does not parse leaves the workspace clean (Save would not write it),
// but quitting without a word would throw away what was typed.
void TestTray::quitAsksAboutYamlThatDoesNotParse()
{
    MainWindow window;
    QVERIFY(window.documents()->openFiles({referencePath()}));
    QSignalSpy closed(&window, &MainWindow::windowClosed);
    ResourceEditor *editor = window.resourceEditor();
    editor->showYaml();
    YamlEditor *yaml = editor->yamlEditor();
    const int at = int(yaml->toPlainText().indexOf(QStringLiteral("name:")));
    QVERIFY(at >= 0);
    QTextCursor cursor(yaml->document());
    cursor.setPosition(at);
    yaml->setTextCursor(cursor);
    QTest::keyClicks(yaml, QStringLiteral(": : ["));
    editor->commitPendingYaml();
    QVERIFY(window.workspace()->hasDrafts());
    QVERIFY(!window.workspace()->isDirty());

    bool asked = false;
    QString question;
    answerNextMessageBox(this, QMessageBox::Cancel, &asked, &question);
    QVERIFY(!window.requestQuit());
    QVERIFY(asked);
    QVERIFY2(question.contains(QStringLiteral("do not parse")), qPrintable(question));
    QCOMPARE(closed.count(), 0);
    QVERIFY(window.workspace()->hasDrafts()); // still there to be fixed

    asked = false;
    answerNextMessageBox(this, QMessageBox::Discard, &asked);
    QVERIFY(window.requestQuit());
    QVERIFY(asked);
    QCOMPARE(closed.count(), 1);
}

// Save from the quit question on a workspace that has no file yet: the question already said
// the unparsed YAML will not be written, so the next thing is where to save, not that again.
void TestTray::savingAnUntitledWorkspaceOnQuitAsksAboutDraftsOnce()
{
    MainWindow window;
    QFile example(referencePath());
    QVERIFY(example.open(QIODevice::ReadOnly));
    QVERIFY(window.workspace()->openUntitled(example.readAll(), QStringLiteral("Example")).ok);
    ResourceEditor *editor = window.resourceEditor();
    editor->showResource(window.workspace()->entry(0).id);
    editor->showYaml();
    YamlEditor *yaml = editor->yamlEditor();
    QTextCursor cursor(yaml->document());
    cursor.setPosition(int(yaml->toPlainText().indexOf(QStringLiteral("name:"))));
    yaml->setTextCursor(cursor);
    QTest::keyClicks(yaml, QStringLiteral(": : ["));
    editor->commitPendingYaml();
    QVERIFY(window.workspace()->hasDrafts());

    // Qt's own dialog, which the watcher below can see and close (a platform's native one it cannot).
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    QStringList shown;
    QTimer watcher;
    watcher.setInterval(10);
    connect(&watcher, &QTimer::timeout, this, [&shown] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            shown.append(box->text());
            box->button(QMessageBox::Save)->click();
        } else if (auto *dialog = qobject_cast<QFileDialog *>(modal)) {
            shown.append(QStringLiteral("file dialog"));
            dialog->reject();
        }
    });
    watcher.start();
    QVERIFY(!window.requestQuit()); // no file chosen: nothing saved, the window stays
    watcher.stop();
    QCOMPARE(shown.size(), 2);
    QVERIFY2(shown[0].contains(QStringLiteral("do not parse")), qPrintable(shown[0]));
    QCOMPARE(shown[1], QStringLiteral("file dialog"));
    QVERIFY(window.workspace()->hasDrafts());
}

void TestTray::closeWithoutTrayEndsTheApplication()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy hidden(&window, &MainWindow::hiddenToTray);
    QSignalSpy closed(&window, &MainWindow::windowClosed);
    QVERIFY(window.close());
    QCOMPARE(closed.count(), 1);
    QCOMPARE(hidden.count(), 0);
}

QTEST_MAIN(TestTray)
#include "tst_tray.moc"
