// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/workspace.h"
#include "charts/trafficcharts.h"
#include "desktop/desktopshell.h"
#include "documentcontroller.h"
#include "editors/resourceeditor.h"
#include "editors/problemspanel.h"
#include "editors/resourceform.h"
#include "logs/accesslogpanel.h"
#include "mainwindow.h"
#include "routemap/routemappanel.h"
#include "settings/settingscontroller.h"
#include "settings/settingsdialog.h"
#include "testpaths.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QAction>
#include <QDialog>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace meshgate;

namespace {

// Every action reachable from the menu bar, with its menu path; submenus are walked, not listed.
QList<std::pair<QString, QAction *>> menuActions(QMenuBar *bar, const QMenu *skip)
{
    QList<std::pair<QString, QAction *>> out;
    std::function<void(QMenu *, const QString &)> walk = [&](QMenu *menu, const QString &path) {
        if (menu == skip)
            return;
        for (QAction *a : menu->actions()) {
            if (a->isSeparator())
                continue;
            const QString here = path + QStringLiteral(" > ") + QString(a->text()).remove(QLatin1Char('&'));
            if (a->menu())
                walk(a->menu(), here);
            else
                out.append({here, a});
        }
    };
    for (QAction *top : bar->actions())
        if (top->menu())
            walk(top->menu(), QString(top->text()).remove(QLatin1Char('&')));
    return out;
}

// The letter after '&' in a menu text ("&Save" → 's'); null when it has none.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] == u'&') {
            if (text[i + 1] != u'&')
                return text[i + 1].toLower();
            ++i;
        }
    }
    return {};
}

// Menu entries a keyboard user cannot reach: no mnemonic, or one a sibling shares (Qt then only
// moves between them), in the menu bar and every menu below it.
QStringList unreachableByMnemonic(QMenuBar *bar)
{
    QStringList out;
    const auto check = [&out](const QList<QAction *> &actions, const QString &path) {
        QHash<QChar, int> uses;
        for (QAction *a : actions)
            if (!a->isSeparator() && a->isVisible())
                ++uses[mnemonic(a->text())];
        for (QAction *a : actions) {
            if (a->isSeparator() || !a->isVisible())
                continue;
            const QChar m = mnemonic(a->text());
            if (m.isNull() || uses.value(m) > 1)
                out.append(path + QString(a->text()).remove(QLatin1Char('&')));
        }
    };
    std::function<void(QMenu *, const QString &)> walk = [&](QMenu *menu, const QString &path) {
        check(menu->actions(), path);
        for (QAction *a : menu->actions())
            if (a->menu())
                walk(a->menu(), path + QString(a->text()).remove(QLatin1Char('&')) + QStringLiteral(" > "));
    };
    check(bar->actions(), QString());
    for (QAction *top : bar->actions())
        if (top->menu())
            walk(top->menu(), QString(top->text()).remove(QLatin1Char('&')) + QStringLiteral(" > "));
    return out;
}

bool readingOrderBefore(const QRect &a, const QRect &b)
{
    // Same row (overlapping vertically): left to right; otherwise top to bottom.
    if (a.bottom() > b.top() && b.bottom() > a.top())
        return a.left() <= b.left();
    return a.top() <= b.top();
}

} // namespace

class TestKeyboard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyMenuActionIsReachable();
    void noTwoActionsShareAShortcut();
    void viewShortcutsShowThePanels();
    void settingsShortcutOpensTheDialog();
    void formsTabInReadingOrder_data();
    void formsTabInReadingOrder();
    void settingsDialogTabsInReadingOrder();

private:
    QTemporaryDir m_dir;
};

void TestKeyboard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MeshgateKeyboardTest"));
    QCoreApplication::setApplicationName(QStringLiteral("meshgate-keyboard-test"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
}

void TestKeyboard::everyMenuActionIsReachable()
{
    DesktopShell shell({}, {});
    MainWindow *window = shell.window();
    const auto actions = menuActions(window->menuBar(), window->documents()->recentMenu());
    QVERIFY(actions.size() > 25);
    QStringList menus;
    for (const auto &[path, action] : actions)
        menus.append(path.section(QStringLiteral(" > "), 0, 0));
    // Every entry is reachable with Alt+letter, letter, ...: a mnemonic of its own in its menu.
    const QStringList unreachable = unreachableByMnemonic(window->menuBar());
    QVERIFY2(unreachable.isEmpty(), qPrintable(QStringLiteral("no usable mnemonic: ") + unreachable.join(QStringLiteral(", "))));
    // The actions used all day also have a shortcut.
    QStringList missing;
    for (const auto &[path, action] : actions) {
        const QString p = path;
        const bool everyday = p.startsWith(QStringLiteral("File > ")) || p.startsWith(QStringLiteral("Edit > "))
            || p.startsWith(QStringLiteral("Engine > "));
        if (everyday && action->shortcut().isEmpty())
            missing.append(path);
    }
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("no shortcut: ") + missing.join(QStringLiteral(", "))));
    // The shell's own menus are part of the audit.
    for (const QString &menu : {QStringLiteral("File"), QStringLiteral("Edit"), QStringLiteral("View"),
                                QStringLiteral("Engine"), QStringLiteral("Help")})
        QVERIFY2(menus.contains(menu), qPrintable(menu));
}

void TestKeyboard::noTwoActionsShareAShortcut()
{
    // Qt triggers neither of two actions that share a shortcut in one window: it reports an
    // ambiguity and does nothing, which users only see as a key that stopped working.
    DesktopShell shell({}, {});
    MainWindow *window = shell.window();
    QHash<QKeySequence, QStringList> owners;
    QSet<QAction *> seen;
    const auto note = [&](QAction *a, const QString &where) {
        if (seen.contains(a) || a->shortcutContext() == Qt::WidgetShortcut)
            return;
        seen.insert(a);
        for (const QKeySequence &k : a->shortcuts())
            owners[k].append(where);
    };
    for (const auto &[path, action] : menuActions(window->menuBar(), nullptr))
        note(action, path);
    for (QWidget *w : window->findChildren<QWidget *>())
        for (QAction *a : w->actions())
            if (a->shortcutContext() == Qt::WindowShortcut || a->shortcutContext() == Qt::ApplicationShortcut)
                note(a, QString(a->text()).remove(QLatin1Char('&')));
    QStringList clashes;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it)
        if (it.value().size() > 1)
            clashes.append(it.key().toString() + QStringLiteral(": ") + it.value().join(QStringLiteral(" / ")));
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));
}

void TestKeyboard::viewShortcutsShowThePanels()
{
    DesktopShell shell({}, {});
    MainWindow *window = shell.window();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    // Ctrl+2 hides the panels, Ctrl+3 brings the route map to the front.
    QTest::keyClick(window, Qt::Key_2, Qt::ControlModifier);
    QTRY_VERIFY(!window->isPanelInFront(shell.accessLog()));
    for (QDockWidget *dock : window->panelDocks())
        QVERIFY(!dock->isVisible());
    QTest::keyClick(window, Qt::Key_3, Qt::ControlModifier);
    QTRY_VERIFY(window->isPanelInFront(shell.routeMap()));
    QTest::keyClick(window, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(window->isPanelInFront(window->problemsPanel()) && !window->isPanelInFront(shell.routeMap()));
    QTest::keyClick(window, Qt::Key_4, Qt::ControlModifier);
    QTRY_VERIFY(window->isPanelInFront(shell.accessLog()));
    // Ctrl+Shift+B: the traffic charts beside the log, both in sight; again: tabbed together.
    QTest::keyClick(window, Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(window->isPanelInFront(shell.charts()));
    QVERIFY(window->isPanelInFront(shell.accessLog()));
    QVERIFY(shell.besideAction()->isChecked());
    QTest::keyClick(window, Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(!shell.besideAction()->isChecked());
    QTRY_VERIFY(window->isPanelInFront(shell.accessLog()) && !window->isPanelInFront(shell.charts()));
}

void TestKeyboard::settingsShortcutOpensTheDialog()
{
    DesktopShell shell({}, {});
    MainWindow *window = shell.window();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QString opened;
    QTimer::singleShot(0, this, [&opened] {
        if (auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget())) {
            opened = dialog->windowTitle();
            dialog->reject();
        }
    });
    const QKeySequence key = shell.settings()->preferencesAction()->shortcut();
    QCOMPARE(key, QKeySequence(Qt::CTRL | Qt::Key_Comma));
    QTest::keySequence(window, key);
    QCOMPARE(opened, QStringLiteral("Preferences"));
}

void TestKeyboard::formsTabInReadingOrder_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("name");
    QTest::newRow("Gateway") << int(ResourceKind::Gateway) << QStringLiteral("proxy");
    QTest::newRow("ServiceEntry") << int(ResourceKind::ServiceEntry) << QStringLiteral("localhost");
    QTest::newRow("DestinationRule") << int(ResourceKind::DestinationRule) << QStringLiteral("localhost");
    QTest::newRow("VirtualService http") << int(ResourceKind::VirtualService) << QStringLiteral("httpbin");
    QTest::newRow("VirtualService tls") << int(ResourceKind::VirtualService) << QStringLiteral("cnn");
}

void TestKeyboard::formsTabInReadingOrder()
{
    QFETCH(int, kind);
    QFETCH(QString, name);
    MainWindow window;
    window.resize(1500, 1000);
    QVERIFY(window.documents()->openFiles({test::sourceDir() + QStringLiteral("/resources/examples/reference-scenario.yaml")}));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Workspace *ws = window.workspace();
    window.selectResource(ws->entry(ws->indexOf(ResourceKind(kind), name)).id);
    ResourceEditor *editor = window.resourceEditor();
    editor->showForm();
    QTest::qWait(20);

    // Press Tab from the name field until focus leaves the editor (or comes back to the start).
    QWidget *start = editor->nameEdit();
    start->setFocus();
    QList<QWidget *> chain{start};
    int stuck = 0;
    for (int presses = 0; presses < 300; ++presses) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        if (!now || now == start || !editor->isAncestorOf(now))
            break;
        if (now == chain.last()) {
            QVERIFY2(++stuck < 40, qPrintable(QStringLiteral("Tab does not leave a %1")
                                                  .arg(QString::fromLatin1(now->metaObject()->className()))));
            continue;
        }
        stuck = 0;
        chain.append(now);
    }
    QVERIFY(chain.size() > 3);
    // The Form/YAML tab bar sits above the form; Tab reaches it last, after the form's fields.
    while (chain.size() > 1 && (chain.last() == editor->tabs()->tabBar()))
        chain.removeLast();
    QStringList wrong;
    // Blocks are read as wholes (a group box beside two stacked ones is read first, all of it):
    // compare the two children of the fields' lowest common ancestor that hold them.
    const auto blocks = [](QWidget *x, QWidget *y) {
        QWidget *common = x->parentWidget();
        while (common && !common->isAncestorOf(y))
            common = common->parentWidget();
        const auto below = [common](QWidget *w) {
            while (w->parentWidget() && w->parentWidget() != common)
                w = w->parentWidget();
            return w;
        };
        return std::pair{below(x), below(y)};
    };
    for (int i = 1; i < chain.size(); ++i) {
        const auto [blockA, blockB] = blocks(chain[i - 1], chain[i]);
        const QRect a(blockA->mapTo(editor, QPoint(0, 0)), blockA->size());
        const QRect b(blockB->mapTo(editor, QPoint(0, 0)), blockB->size());
        if (!readingOrderBefore(a, b) && !chain[i - 1]->isAncestorOf(chain[i]))
            wrong.append(QStringLiteral("%1 (%2,%3) → %4 (%5,%6)")
                             .arg(QString::fromLatin1(chain[i - 1]->metaObject()->className()) + u'/' + chain[i - 1]->objectName() + u'/' + QString::fromLatin1(blockA->metaObject()->className()))
                             .arg(a.left()).arg(a.top())
                             .arg(QString::fromLatin1(chain[i]->metaObject()->className()) + u'/' + chain[i]->objectName() + u'/' + QString::fromLatin1(blockB->metaObject()->className()))
                             .arg(b.left()).arg(b.top()));
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QStringLiteral("; "))));
}

void TestKeyboard::settingsDialogTabsInReadingOrder()
{
    SettingsDialog dialog(AppSettings(), {}, true);
    dialog.resize(700, 800);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(QApplication::focusWidget(), dialog.autoStartBox());
    QList<QWidget *> order;
    for (int i = 0; i < 18; ++i) {
        order.append(QApplication::focusWidget());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    const QList<QWidget *> expected{dialog.autoStartBox(),       dialog.bindEdit(),       dialog.portOffsetSpin(),
                                    dialog.meshPortSpin(),       dialog.adminPortSpin(),  dialog.workersSpin(),
                                    dialog.maxConnectionsSpin(), dialog.headersTimeoutSpin(), dialog.formatCombo(),
                                    dialog.formatSpecEdit(),     dialog.formatPreview(),  dialog.accessLogFileEdit(),
                                    dialog.accessLogBrowseButton(), dialog.connectToEdit(),
                                    dialog.logCapacitySpin(),    dialog.closeToTrayBox(), dialog.themeCombo(),
                                    dialog.languageCombo()};
    QCOMPARE(order, expected);
}

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
