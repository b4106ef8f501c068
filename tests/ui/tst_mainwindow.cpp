// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/exportdialog.h"
#include "common/recentfiles.h"
#include "common/recoverystore.h"
#include "common/safefilewriter.h"
#include "common/workspace.h"
#include "documentcontroller.h"
#include "editors/problemspanel.h"
#include "editors/resourceeditor.h"
#include "editors/resourcenavigator.h"
#include "editors/syntaxfixdialog.h"
#include "editors/yamleditor.h"
#include "mainwindow.h"
#include "testpaths.h"

#include <QAction>
#include <QApplication>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QSignalSpy>
#include <QDir>
#include <QDockWidget>
#include <QSettings>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QAbstractButton>
#include <QMessageBox>
#include <QLockFile>
#include <QMenuBar>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTreeView>

using namespace meshgate;

namespace {

QString referencePath()
{
    return test::sourceDir() + QStringLiteral("/resources/examples/reference-scenario.yaml");
}

// Set MESHGATE_SCREENSHOT_DIR to keep the window's picture for a look (run under xvfb-run to
// get real fonts; offscreen works too).
void screenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("MESHGATE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QVERIFY(w->grab().save(dir + QLatin1Char('/') + name));
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyMenuActionHasAShortcut();
    void showsWorkspaceStateAndProblems();
    void problemActivationJumpsToTheLine();
    void extensionPointsAcceptPanels();
    void panelsSitSideBySideAndAreRemembered();
    void aLayoutFromBeforeThePanelDocksIsNotRestored();
    void exportDialogPreselectsAndConverts();
    void exportDialogWarnsAboutFieldsAClusterRefuses();
    void exportDialogNamesTheErrorsItExports();
    void recentFilesPersistAtOnce();
    void recoveryStoreKeepsUnsavedEdits();
    void restoredSessionStillAsksAboutOutsideChanges();
    void aFileWithAYamlErrorIsFixedWhereItWasFound();
    void cancellingTheFixKeepsWorkspaceAndFile();
    void formsFitALaptopScreenWithoutSidewaysScrolling();
    void theFixDialogChangesOnlyWhatWasTyped();
    void aMisspeltKindIsFixedWhereItWasFound();
    void editMenuUndoIncludesYamlThatDoesNotParse();
    void aSecondWindowLeavesTheFirstOnesRecoveryAlone();

private:
    QTemporaryDir m_dir;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MeshgateTest"));
    QCoreApplication::setApplicationName(QStringLiteral("meshgate-test"));
}

void TestMainWindow::everyMenuActionHasAShortcut()
{
    MainWindow window;
    QStringList missing;
    std::function<void(QMenu *)> walk = [&](QMenu *menu) {
        for (QAction *a : menu->actions()) {
            if (a->isSeparator())
                continue;
            if (a->menu()) {
                walk(a->menu());
                continue;
            }
            const bool mnemonic = a->text().startsWith(QLatin1Char('&')); // numbered recent files
            if (a->shortcut().isEmpty() && !mnemonic && a->text() != QObject::tr("&Clear Recent Files"))
                missing.append(menu->title() + QStringLiteral(" > ") + a->text());
        }
    };
    for (QAction *top : window.menuBar()->actions())
        if (top->menu())
            walk(top->menu());
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
}

void TestMainWindow::showsWorkspaceStateAndProblems()
{
    MainWindow window;
    window.resize(1500, 950);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.documents()->openFiles({referencePath()}));
    QCOMPARE(window.windowTitle(), QStringLiteral("Meshgate — reference-scenario.yaml"));
    // the first resource is shown right away
    QVERIFY(window.resourceEditor()->currentId() != 0);
    const quint64 vs = window.workspace()->entry(window.workspace()->indexOf(ResourceKind::VirtualService, QStringLiteral("httpbin"))).id;
    window.selectResource(vs);
    QCOMPARE(window.resourceEditor()->currentId(), vs);
    QCOMPARE(window.navigator()->currentId(), vs);
    QTest::qWait(50);
    screenshot(&window, QStringLiteral("mainwindow-form.png"));
    for (const char *kind : {"Gateway", "ServiceEntry", "DestinationRule"}) {
        const int at = window.workspace()->indexOf(*kindFromName(QString::fromLatin1(kind)),
                                                    kind == QByteArrayView("ServiceEntry") ? QStringLiteral("localhost")
                                                    : kind == QByteArrayView("Gateway")    ? QStringLiteral("proxy")
                                                                                           : QStringLiteral("localhost"));
        window.selectResource(window.workspace()->entry(at).id);
        QTest::qWait(30);
        screenshot(&window, QStringLiteral("form-%1.png").arg(QString::fromLatin1(kind).toLower()));
    }
    window.selectResource(window.workspace()->entry(window.workspace()->indexOf(ResourceKind::VirtualService, QStringLiteral("cnn"))).id);
    QTest::qWait(30);
    screenshot(&window, QStringLiteral("form-virtualservice-tls.png"));
    window.selectResource(vs);

    Resource r = window.workspace()->resource(window.workspace()->indexOf(ResourceKind::VirtualService, QStringLiteral("httpbin")));
    r.as<VirtualServiceSpec>()->http[0].route[0].destination.port.number = 99999;
    QVERIFY(window.workspace()->replaceResource(vs, r, QStringLiteral("break")));
    window.workspace()->revalidateNow();
    QVERIFY(window.windowTitle().endsWith(QStringLiteral("● modified")));
    const QList<QLabel *> labels = window.statusBar()->findChildren<QLabel *>();
    bool errorShown = false;
    for (QLabel *l : labels)
        errorShown |= l->text().contains(QStringLiteral("1 error"));
    QVERIFY(errorShown);
    QVERIFY(window.panelDock(window.problemsPanel())->windowTitle().startsWith(QStringLiteral("Problems (")));
    window.resourceEditor()->showYaml();
    QTest::qWait(50);
    screenshot(&window, QStringLiteral("mainwindow-yaml.png"));
    window.workspace()->undoStack()->undo(); // leave it clean so closing does not ask
}

void TestMainWindow::problemActivationJumpsToTheLine()
{
    MainWindow window;
    QVERIFY(window.documents()->openFiles({referencePath()}));
    Workspace *ws = window.workspace();
    const int index = ws->indexOf(ResourceKind::ServiceEntry, QStringLiteral("cnn"));
    const quint64 id = ws->entry(index).id;
    QByteArray text = ws->entry(index).text;
    text.replace("number: 443", "number: 65536");
    QCOMPARE(ws->replaceFromText(id, text), Workspace::TextCommit::Committed);
    ws->revalidateNow();
    const int line = int(text.left(text.indexOf("65536")).count('\n')) + 1;
    QSignalSpy activated(window.problemsPanel(), &ProblemsPanel::problemActivated);
    window.problemsPanel()->activateRow(0); // errors sort first
    QCOMPARE(activated.count(), 1);
    QCOMPARE(window.resourceEditor()->currentId(), id);
    QCOMPARE(window.resourceEditor()->tabs()->currentIndex(), 1);
    QCOMPARE(window.resourceEditor()->yamlEditor()->textCursor().blockNumber() + 1, line);
    ws->undoStack()->undo();
}

void TestMainWindow::extensionPointsAcceptPanels()
{
    MainWindow window;
    auto *log = new QLabel(QStringLiteral("access log"));
    QDockWidget *logDock = window.addPanel(log, QStringLiteral("Access log"), QStringLiteral("LogDock"));
    QCOMPARE(window.panelDock(log), logDock);
    QCOMPARE(window.dockWidgetArea(logDock), Qt::BottomDockWidgetArea);
    // Tabbed with Problems: one of the two in front at a time.
    QVERIFY(window.tabifiedDockWidgets(logDock).contains(window.panelDock(window.problemsPanel())));
    auto *tracer = new QLabel(QStringLiteral("tracer"));
    QDockWidget *dock = window.addRightDock(tracer, QStringLiteral("Route tracer"), QStringLiteral("TracerDock"));
    QCOMPARE(window.dockWidgetArea(dock), Qt::RightDockWidgetArea);
    QMenu *engine = window.addMenuBeforeHelp(QStringLiteral("&Engine"));
    const QList<QAction *> menus = window.menuBar()->actions();
    QCOMPARE(menus.at(menus.size() - 2), engine->menuAction());
}

void TestMainWindow::panelsSitSideBySideAndAreRemembered()
{
    // A window with a log and a charts panel, shown (and restoring the saved layout, if any).
    const auto open = [](MainWindow &window) {
        auto *log = new QLabel(QStringLiteral("access log"));
        auto *charts = new QLabel(QStringLiteral("charts"));
        window.addPanel(log, QStringLiteral("Access log"), QStringLiteral("LogDock"));
        window.addPanel(charts, QStringLiteral("Traffic"), QStringLiteral("ChartsDock"));
        window.resize(1200, 800);
        window.show();
        return std::pair{log, charts};
    };
    {
        MainWindow window;
        const auto [log, charts] = open(window);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPanel(log);
        QTRY_VERIFY(window.isPanelInFront(log) && !window.isPanelInFront(charts)); // tabbed: charts behind the log
        QVERIFY(!window.isPanelInFront(window.problemsPanel()));
        QVERIFY(!window.isPanelBeside(charts, log));

        window.setPanelBeside(charts, log, true);
        QTRY_VERIFY(window.isPanelInFront(charts));
        QVERIFY(window.isPanelInFront(log));
        QVERIFY(window.isPanelBeside(charts, log));
        // Side by side means side by side, the log with most of the width.
        const auto rectOf = [&window](QWidget *w) { return QRect(w->mapTo(&window, QPoint()), w->size()); };
        QTRY_VERIFY(log->width() > window.width() / 2 && charts->width() > window.width() / 4);
        QVERIFY2(!rectOf(log).intersects(rectOf(charts)), "the two panels overlap");
        // View > Panels hides all of them and brings back the same ones.
        window.setPanelsVisible(false);
        QTRY_VERIFY(!window.isPanelInFront(log));
        QVERIFY(!window.isPanelInFront(charts));
        window.setPanelsVisible(true);
        QTRY_VERIFY(window.isPanelInFront(log) && window.isPanelInFront(charts));
        QVERIFY(!window.isPanelInFront(window.problemsPanel()));
        QVERIFY(window.close()); // saves the layout
    }
    {
        MainWindow window;
        const auto [log, charts] = open(window);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(window.isPanelBeside(charts, log));
        // And back into one tab group.
        window.setPanelBeside(charts, log, false);
        QTRY_VERIFY(window.isPanelInFront(log) != window.isPanelInFront(charts));
        QVERIFY(window.tabifiedDockWidgets(window.panelDock(log)).contains(window.panelDock(charts)));
    }
}

void TestMainWindow::aLayoutFromBeforeThePanelDocksIsNotRestored()
{
    // What an older Meshgate saved: the resources dock and one "Panels" dock holding tabs.
    {
        QMainWindow old;
        old.setCentralWidget(new QLabel(QStringLiteral("editor")));
        for (const auto &[name, area] : {std::pair{"ResourcesDock", Qt::LeftDockWidgetArea},
                                         std::pair{"BottomDock", Qt::BottomDockWidgetArea}}) {
            auto *dock = new QDockWidget(QString::fromLatin1(name), &old);
            dock->setObjectName(QString::fromLatin1(name));
            dock->setWidget(new QLabel(QString::fromLatin1(name)));
            old.addDockWidget(area, dock);
        }
        old.resize(1200, 800);
        QSettings().setValue(QStringLiteral("window/state"), old.saveState());
    }
    MainWindow window;
    auto *log = new QLabel(QStringLiteral("access log"));
    QDockWidget *logDock = window.addPanel(log, QStringLiteral("Access log"), QStringLiteral("LogDock"));
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Restoring it would have put the panels side by side in thin columns; they stay tabbed.
    QTRY_VERIFY(window.isPanelInFront(window.problemsPanel()) != window.isPanelInFront(log));
    QVERIFY(window.tabifiedDockWidgets(logDock).contains(window.panelDock(window.problemsPanel())));
    QVERIFY(logDock->width() > 1000);
}

void TestMainWindow::exportDialogPreselectsAndConverts()
{
    Workspace ws;
    QVERIFY(ws.open({referencePath()}).ok);
    const quint64 gw = ws.entry(ws.indexOf(ResourceKind::Gateway, QStringLiteral("proxy"))).id;
    const quint64 vs = ws.entry(ws.indexOf(ResourceKind::VirtualService, QStringLiteral("httpbin"))).id;
    ExportDialog dialog(&ws, {gw, vs});
    QCOMPARE(dialog.selectedIds(), (QList<quint64>{gw, vs}));
    dialog.apiVersionCombo()->setCurrentIndex(dialog.apiVersionCombo()->findData(int(ApiVersion::V1)));
    const QByteArray yaml = dialog.yaml();
    QCOMPARE(yaml.count("kind:"), 2);
    QCOMPARE(yaml.count("apiVersion: networking.istio.io/v1\n"), 2);
    for (int i = 0; i < dialog.resourceList()->count(); ++i)
        dialog.resourceList()->item(i)->setCheckState(Qt::Unchecked);
    QVERIFY(dialog.yaml().isEmpty());
}

void TestMainWindow::exportDialogWarnsAboutFieldsAClusterRefuses()
{
    QFile f(referencePath());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray text = f.readAll();
    QVERIFY(text.contains("        prefix: /status\n"));
    text.replace("        prefix: /status\n", "        prefix: /status\n        prefx: /typo\n");
    Workspace ws;
    QVERIFY(ws.openUntitled(text, QStringLiteral("typo")).ok);
    ws.revalidateNow();
    const quint64 gw = ws.entry(ws.indexOf(ResourceKind::Gateway, QStringLiteral("proxy"))).id;
    const quint64 vs = ws.entry(ws.indexOf(ResourceKind::VirtualService, QStringLiteral("httpbin"))).id;
    ExportDialog dialog(&ws, {gw, vs});
    screenshot(&dialog, QStringLiteral("export-unknown-field.png"));
    QCOMPARE(dialog.unknownFieldCount(), 1);
    QVERIFY2(dialog.summaryText().contains(QLatin1String("strict field validation")), qPrintable(dialog.summaryText()));
    QVERIFY2(dialog.summaryText().contains(QLatin1String("VirtualService/httpbin line")), qPrintable(dialog.summaryText()));
    QVERIFY2(dialog.summaryText().contains(QLatin1String("prefx")), qPrintable(dialog.summaryText()));
    // Only what is exported counts.
    for (int i = 0; i < dialog.resourceList()->count(); ++i)
        if (dialog.resourceList()->item(i)->data(Qt::UserRole).toULongLong() == vs)
            dialog.resourceList()->item(i)->setCheckState(Qt::Unchecked);
    QCOMPARE(dialog.unknownFieldCount(), 0);
    QVERIFY(!dialog.summaryText().contains(QLatin1String("strict field validation")));
}

void TestMainWindow::exportDialogNamesTheErrorsItExports()
{
    Workspace ws;
    QVERIFY(ws.open({referencePath()}).ok);
    const int index = ws.indexOf(ResourceKind::VirtualService, QStringLiteral("httpbin"));
    const quint64 vs = ws.entry(index).id;
    const quint64 gw = ws.entry(ws.indexOf(ResourceKind::Gateway, QStringLiteral("proxy"))).id;
    Resource r = ws.resource(index);
    r.as<VirtualServiceSpec>()->gateways = QStringList{QStringLiteral("istio-system/edge")};
    QVERIFY(ws.replaceResource(vs, r, QStringLiteral("bind to a shared gateway")));
    ws.revalidateNow();
    QVERIFY(ws.hasErrors());
    ExportDialog dialog(&ws, {gw, vs});
    QCOMPARE(dialog.errorCount(), 1);
    QVERIFY2(dialog.summaryText().contains(QLatin1String("VirtualService/httpbin: gateway &quot;istio-system/edge&quot; not found")),
             qPrintable(dialog.summaryText()));
    QVERIFY(dialog.yaml().contains("- istio-system/edge")); // still exported: the cluster may have it
    for (int i = 0; i < dialog.resourceList()->count(); ++i)
        if (dialog.resourceList()->item(i)->data(Qt::UserRole).toULongLong() == vs)
            dialog.resourceList()->item(i)->setCheckState(Qt::Unchecked);
    QCOMPARE(dialog.errorCount(), 0);
    QVERIFY(!dialog.summaryText().contains(QLatin1String("not found")));
}

void TestMainWindow::recentFilesPersistAtOnce()
{
    {
        RecentFiles recent;
        recent.clear();
        recent.add({referencePath()});
        recent.add({QStringLiteral("/tmp/a.yaml")});
        recent.add({referencePath()});
    }
    RecentFiles again; // a new reader sees it without any clean shutdown in between
    QCOMPARE(again.files(), (QStringList{referencePath(), QStringLiteral("/tmp/a.yaml")}));
    again.clear();
}

void TestMainWindow::recoveryStoreKeepsUnsavedEdits()
{
    QTemporaryDir dir;
    Workspace ws;
    QVERIFY(ws.open({referencePath()}).ok);
    RecoveryStore store(&ws, dir.path());
    store.start();
    store.writeNow();
    QVERIFY(!store.pending()); // clean: nothing to recover
    QVERIFY(ws.renameResource(ws.entry(0).id, QStringLiteral("edge")));
    QTRY_VERIFY_WITH_TIMEOUT(store.pending().has_value(), RecoveryStore::kDelayMs * 3);
    const RecoveryStore::Snapshot snapshot = *store.pending();
    QCOMPARE(snapshot.files, QStringList{referencePath()});
    QVERIFY(snapshot.text.contains("name: edge"));

    // what a restart does with it
    Workspace restored;
    QVERIFY(restored.open(snapshot.files).ok);
    QVERIFY(restored.importText(snapshot.text, QStringLiteral("recovered"), Workspace::ImportMode::Replace, {}).ok);
    QVERIFY(restored.isDirty());
    QVERIFY(restored.indexOf(ResourceKind::Gateway, QStringLiteral("edge")) >= 0);
    QCOMPARE(restored.count(), 7);

    ws.undoStack()->undo();
    store.writeNow();
    QVERIFY(!store.pending()); // back to clean: the snapshot is gone
}

void TestMainWindow::restoredSessionStillAsksAboutOutsideChanges()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ws.yaml"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(test::readFile(referencePath()));
    }
    Workspace ws;
    QVERIFY(ws.open({path}).ok);
    RecoveryStore store(&ws, dir.filePath(QStringLiteral("recovery")));
    QVERIFY(ws.renameResource(ws.entry(0).id, QStringLiteral("edge")));
    store.writeNow(); // then the app crashes

    // Before the restart someone pulls a change to the file.
    const QByteArray pulled = test::readFile(path) + "# pulled after the crash\n";
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(pulled);
    }
    const std::optional<RecoveryStore::Snapshot> snapshot = store.pending();
    QVERIFY(snapshot);
    QCOMPARE(snapshot->fingerprints.size(), 1);

    // What the restore does: open, take over what the files held when the snapshot was taken,
    // apply the snapshot. Save must not silently overwrite the pulled change.
    Workspace restored;
    QVERIFY(restored.open(snapshot->files).ok);
    restored.adoptDiskFingerprints(snapshot->fingerprints);
    QVERIFY(restored.importText(snapshot->text, QStringLiteral("recovered"), Workspace::ImportMode::Replace, {}).ok);
    const Workspace::SaveOutcome saved = restored.save();
    QVERIFY(!saved.ok);
    QCOMPARE(saved.changedOnDisk.size(), 1);
    QCOMPARE(test::readFile(path), pulled);
}

QTEST_MAIN(TestMainWindow)

namespace {

// A Gateway, then a VirtualService whose hosts list lacks its closing bracket (line 15).
const QByteArray kBrokenFile = "apiVersion: networking.istio.io/v1\nkind: Gateway\nmetadata:\n  name: gw\nspec:\n"
                               "  servers:\n  - port: {number: 8080, name: http, protocol: HTTP}\n    hosts: [\"*\"]\n---\n"
                               "apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata:\n  name: vs\nspec:\n"
                               "  hosts: [example.com\n  gateways: [gw]\n  http:\n  - route:\n    - destination:\n"
                               "        host: example.com\n";

QString writeFile(const QString &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir + QLatin1Char('/') + name;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        return {};
    return path;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

void TestMainWindow::aFileWithAYamlErrorIsFixedWhereItWasFound()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTemporaryDir dir;
    const QString path = writeFile(dir.path(), QStringLiteral("broken.yaml"), kBrokenFile);
    QVERIFY(!path.isEmpty());

    bool sawDialog = false;
    bool disabledWhileBroken = false;
    int markerLine = 0;
    QString brokenStatus;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<SyntaxFixDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            if (auto *other = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
                other->reject(); // fail below instead of waiting forever
            return;
        }
        sawDialog = true;
        const auto closeIfStillOpen = qScopeGuard([dialog] {
            if (dialog->isVisible() && dialog->result() != QDialog::Accepted)
                dialog->reject(); // a failed check below must fail the test, not hang it
        });
        screenshot(dialog, QStringLiteral("syntax-fix-dialog.png"));
        disabledWhileBroken = !dialog->saveButton()->isEnabled();
        brokenStatus = dialog->statusText();
        if (!dialog->editor()->markers().isEmpty())
            markerLine = dialog->editor()->markers().first().line;
        // Type the missing bracket at the end of line 15, as a user would.
        QTextCursor c(dialog->editor()->document()->findBlockByNumber(14));
        c.movePosition(QTextCursor::EndOfBlock);
        dialog->editor()->setTextCursor(c);
        QTest::keyClicks(dialog->editor(), QStringLiteral("]"));
        QTRY_VERIFY(dialog->saveButton()->isEnabled()); // re-checked after typing stops
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    });
    QVERIFY(window.documents()->openFiles({path}));
    QVERIFY(sawDialog);
    QVERIFY(disabledWhileBroken); // never "open" half a file
    QVERIFY2(markerLine >= 15 && markerLine <= 16, qPrintable(brokenStatus)); // where yaml-cpp notices it
    QVERIFY2(brokenStatus.contains(QLatin1String("YAML syntax error")), qPrintable(brokenStatus));
    QCOMPARE(window.workspace()->count(), 2);
    QCOMPARE(window.workspace()->mainFile(), path);
    QVERIFY(readFile(path).contains("  hosts: [example.com]\n"));
    QCOMPARE(readFile(SafeFileWriter::backupPath(path)), kBrokenFile); // the broken version is not lost
}

void TestMainWindow::cancellingTheFixKeepsWorkspaceAndFile()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.documents()->openFiles({referencePath()}));
    const int before = window.workspace()->count();
    QTemporaryDir dir;
    const QString path = writeFile(dir.path(), QStringLiteral("broken.yaml"), kBrokenFile);
    QVERIFY(!path.isEmpty());
    bool sawDialog = false;
    QTimer::singleShot(0, this, [&] {
        if (auto *other = QApplication::activeModalWidget(); !qobject_cast<SyntaxFixDialog *>(other)) {
            if (auto *box = qobject_cast<QDialog *>(other))
                box->reject();
        } else if (auto *dialog = qobject_cast<SyntaxFixDialog *>(other)) {
            sawDialog = true;
            QTest::keyClicks(dialog->editor(), QStringLiteral(" # an edit that is then thrown away"));
            dialog->reject();
        }
    });
    QVERIFY(!window.documents()->openFiles({path}));
    QVERIFY(sawDialog);
    QCOMPARE(window.workspace()->count(), before);
    QCOMPARE(window.workspace()->mainFile(), referencePath());
    QCOMPARE(readFile(path), kBrokenFile);
    QVERIFY(!QFile::exists(SafeFileWriter::backupPath(path)));
    // The broken file's error is listed, marked as not opened, and Apply still works on the
    // workspace (it used to count as the workspace's own error and disable Apply).
    QVERIFY(!window.workspace()->hasErrors());
    const auto &shown = window.workspace()->diagnostics();
    QVERIFY(std::any_of(shown.begin(), shown.end(), [&](const WorkspaceDiagnostic &d) { return d.rejected && d.file == path; }));
}

void TestMainWindow::formsFitALaptopScreenWithoutSidewaysScrolling()
{
    // A 1200×800 screen: every form of the reference scenario must fit the editor's width
    // (tables scroll inside themselves). A stack of forms used to be as wide as its widest page.
    MainWindow window;
    window.resize(1140, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.documents()->openFiles({referencePath()}));
    QScrollArea *scroll = window.resourceEditor()->findChild<QScrollArea *>();
    QVERIFY(scroll);
    QStringList sideways;
    for (int i = 0; i < window.workspace()->count(); ++i) {
        window.selectResource(window.workspace()->entry(i).id);
        QTest::qWait(30); // layouts settle on the event loop
        if (scroll->horizontalScrollBar()->maximum() > 0)
            sideways.append(window.workspace()->resource(i).displayName() + QStringLiteral(" (%1 px too wide)")
                                                                                  .arg(scroll->horizontalScrollBar()->maximum()));
    }
    QVERIFY2(sideways.isEmpty(), qPrintable(sideways.join(QStringLiteral(", "))));
}

void TestMainWindow::theFixDialogChangesOnlyWhatWasTyped()
{
    // CRLF line ends, a no-break space and a U+2028 inside a quoted string: an editor round trip
    // through toPlainText() turned them into LF, a space and a newline (found in review).
    QByteArray original = "# owner:\xC2\xA0platform team\n" + kBrokenFile;
    original.replace("  name: gw\n", "  name: gw\n  annotations: {note: \"a\xE2\x80\xA8" "b\"}\n");
    original.replace("\n", "\r\n");
    QVERIFY(SyntaxFixDialog::canEdit(original));
    QVERIFY(!SyntaxFixDialog::canEdit("kind: Gateway\n# caf\xE9 (Latin-1)\n"));
    QVERIFY(!SyntaxFixDialog::canEdit(QByteArray("kind: Gateway\n\0\n", 16)));
    QVERIFY(!SyntaxFixDialog::canEdit("kind: Gateway\r\nspec: x\rmore\r\n")); // a lone CR

    QTemporaryDir dir;
    const QString path = writeFile(dir.path(), QStringLiteral("crlf.yaml"), original);
    QVERIFY(!path.isEmpty());
    SyntaxFixDialog dialog(path, original);
    QVERIFY(!dialog.saveButton()->isEnabled());
    QTextCursor c(dialog.editor()->document()->findBlockByNumber(16)); // "  hosts: [example.com"
    QVERIFY2(c.block().text() == QLatin1String("  hosts: [example.com"), qPrintable(c.block().text()));
    c.movePosition(QTextCursor::EndOfBlock);
    dialog.editor()->setTextCursor(c);
    QTest::keyClicks(dialog.editor(), QStringLiteral("]"));
    QTRY_VERIFY(dialog.saveButton()->isEnabled());
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QByteArray expected = original;
    expected.replace("  hosts: [example.com\r\n", "  hosts: [example.com]\r\n");
    QCOMPARE(readFile(path), expected);
}

void TestMainWindow::aMisspeltKindIsFixedWhereItWasFound()
{
    // Skipped as "not one of the four kinds", the VirtualService would have vanished and the
    // workspace looked valid (Apply would then have removed every route).
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.documents()->openFiles({referencePath()}));
    QTemporaryDir dir;
    const QByteArray misspelt = "apiVersion: networking.istio.io/v1\nkind: VirtualServce\nmetadata:\n  name: web\nspec:\n"
                                "  hosts: [web.example.com]\n  http:\n  - route:\n    - destination: {host: web.example.com}\n";
    const QString path = writeFile(dir.path(), QStringLiteral("web.yaml"), misspelt);
    QString status;
    bool disabled = false;
    int markerLine = 0;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<SyntaxFixDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            if (auto *other = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
                other->reject();
            return;
        }
        const auto closeIfStillOpen = qScopeGuard([dialog] {
            if (dialog->isVisible() && dialog->result() != QDialog::Accepted)
                dialog->reject();
        });
        status = dialog->statusText();
        disabled = !dialog->saveButton()->isEnabled();
        if (!dialog->editor()->markers().isEmpty())
            markerLine = dialog->editor()->markers().first().line;
        QTextCursor c(dialog->editor()->document()->findBlockByNumber(1)); // "kind: VirtualServce"
        c.movePosition(QTextCursor::EndOfBlock);
        c.movePosition(QTextCursor::Left, QTextCursor::MoveAnchor, 2);
        dialog->editor()->setTextCursor(c);
        QTest::keyClicks(dialog->editor(), QStringLiteral("i"));
        QTRY_VERIFY(dialog->saveButton()->isEnabled());
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    });
    QVERIFY(window.documents()->openFiles({path}));
    QVERIFY2(status.contains(QLatin1String("did you mean \"VirtualService\"")), qPrintable(status));
    QVERIFY(disabled);
    QCOMPARE(markerLine, 2);
    QCOMPARE(window.workspace()->count(), 1);
    QCOMPARE(window.workspace()->resource(0).kind(), ResourceKind::VirtualService);
    QVERIFY(readFile(path).contains("kind: VirtualService\n"));
}

// Text in a YAML tab that does not parse is no step in the undo history, yet Undo takes it back
// first; the Edit menu says so, for whichever resource holds it.
void TestMainWindow::editMenuUndoIncludesYamlThatDoesNotParse()
{
    MainWindow window;
    QVERIFY(window.documents()->openFiles({referencePath()}));
    Workspace *ws = window.workspace();
    ResourceEditor *editor = window.resourceEditor();
    QAction *undo = window.undoAction();
    QAction *redo = window.redoAction();
    const quint64 gw = ws->entry(ws->indexOf(ResourceKind::Gateway, QStringLiteral("proxy"))).id;
    const quint64 vs = ws->entry(ws->indexOf(ResourceKind::VirtualService, QStringLiteral("httpbin"))).id;
    // Turns "- httpbin.org" in the resource's YAML tab into "- [httpbin.org", as typed.
    const auto typeBrokenYaml = [&](quint64 id) {
        editor->showResource(id);
        editor->showYaml();
        YamlEditor *yaml = editor->yamlEditor();
        QTextCursor cursor(yaml->document());
        cursor.setPosition(int(yaml->toPlainText().indexOf(QStringLiteral("- httpbin.org")) + 2));
        yaml->setTextCursor(cursor);
        QTest::keyClicks(yaml, QStringLiteral("["));
        const bool pendingUndoable = undo->isEnabled(); // typing pending: Undo takes it back
        editor->commitPendingYaml();
        return pendingUndoable && ws->hasDraft(id);
    };
    QVERIFY(!undo->isEnabled());
    QVERIFY(!redo->isEnabled());

    QVERIFY(typeBrokenYaml(gw));
    const QString gwDraft = QStringLiteral("YAML of Gateway/proxy that does not parse");
    QCOMPARE(undo->text(), QStringLiteral("&Undo ") + gwDraft);
    QCOMPARE(undo->iconText(), QStringLiteral("Undo")); // the toolbar keeps its width
    QCOMPARE(undo->toolTip(), QStringLiteral("Undo ") + gwDraft);
    undo->trigger();
    QVERIFY(!ws->hasDraft(gw));
    QVERIFY(!undo->isEnabled()); // the history is still empty
    QVERIFY(redo->isEnabled());
    QCOMPARE(redo->text(), QStringLiteral("&Redo ") + gwDraft);
    editor->undo(); // Ctrl+Z again in the YAML tab, with nothing left to undo: the text stays redoable
    QVERIFY(redo->isEnabled());
    redo->trigger();
    QVERIFY(ws->hasDraft(gw));
    QVERIFY(!redo->isEnabled());

    // The Gateway's draft stands while another resource is shown; undoing the Gateway's last
    // edit would overwrite it, so Undo takes back the draft first, and says whose it is. With a
    // draft in the shown resource too, that one goes first; Redo brings both back, in turn.
    ws->discardDraft(gw);
    Resource labelled = ws->entryById(gw)->resource;
    labelled.metadata.labels.insert(QStringLiteral("edited"), QStringLiteral("yes"));
    QVERIFY(ws->replaceResource(gw, labelled, QStringLiteral("Edit labels of Gateway/proxy")));
    QVERIFY(typeBrokenYaml(gw));
    QVERIFY(typeBrokenYaml(vs));
    QCOMPARE(undo->text(), QStringLiteral("&Undo YAML of VirtualService/httpbin that does not parse"));
    undo->trigger();
    QVERIFY(!ws->hasDraft(vs));
    QCOMPARE(undo->text(), QStringLiteral("&Undo ") + gwDraft);
    undo->trigger();
    QVERIFY(!ws->hasDraft(gw));
    QVERIFY(ws->entryById(gw)->resource.metadata.labels.contains(QStringLiteral("edited")));
    QCOMPARE(undo->text(), QStringLiteral("&Undo Edit labels of Gateway/proxy"));
    undo->trigger();
    QVERIFY(!ws->entryById(gw)->resource.metadata.labels.contains(QStringLiteral("edited")));
    redo->trigger(); // the edit
    QVERIFY(ws->entryById(gw)->resource.metadata.labels.contains(QStringLiteral("edited")));
    QCOMPARE(redo->text(), QStringLiteral("&Redo ") + gwDraft);
    redo->trigger();
    QVERIFY(ws->hasDraft(gw));
    redo->trigger();
    QVERIFY(ws->hasDraft(vs));
    QVERIFY(!redo->isEnabled());

    // Text typed after an undo ends the redo history, as in any editor: Redo would overwrite it.
    ws->discardDraft(vs);
    ws->discardDraft(gw);
    undo->trigger();
    QVERIFY(redo->isEnabled());
    QVERIFY(typeBrokenYaml(gw));
    QVERIFY(!redo->isEnabled());
    editor->redo(); // Ctrl+Shift+Z in the YAML tab reaches it all the same: nothing may be lost
    QVERIFY(ws->hasDraft(gw));
    QVERIFY(!ws->entryById(gw)->resource.metadata.labels.contains(QStringLiteral("edited")));
}

// Two Meshgates at once: the second must not take the first one's unsaved edits for a crash to
// restore (and then discard or overwrite its snapshot). Once the first is gone, they are offered.
void TestMainWindow::aSecondWindowLeavesTheFirstOnesRecoveryAlone()
{
    QTemporaryDir dir;
    QLockFile running(dir.filePath(QStringLiteral("session.lock"))); // the first window's
    running.setStaleLockTime(0);
    QVERIFY(running.tryLock(0));
    Workspace first;
    QVERIFY(first.open({referencePath()}).ok);
    RecoveryStore firstStore(&first, dir.path());
    QVERIFY(first.renameResource(first.entry(0).id, QStringLiteral("edge")));
    firstStore.writeNow();
    QVERIFY(firstStore.pending());

    int asked = 0;
    QTimer answer;
    answer.setInterval(10);
    connect(&answer, &QTimer::timeout, this, [&asked] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            ++asked;
            box->button(QMessageBox::No)->click();
        }
    });
    answer.start();
    {
        MainWindow second;
        QSignalSpy said(second.documents(), &DocumentController::statusMessage);
        second.documents()->startRecovery(dir.path());
        QCOMPARE(asked, 0);
        QVERIFY(!said.isEmpty());
        QVERIFY2(said.first().first().toString().contains(QStringLiteral("Another Meshgate is running")),
                 qPrintable(said.first().first().toString()));
    }
    QVERIFY(firstStore.pending()); // untouched

    running.unlock(); // the first one ended without saving
    MainWindow later;
    later.documents()->startRecovery(dir.path());
    QCOMPARE(asked, 1);
}

#include "tst_mainwindow.moc"
