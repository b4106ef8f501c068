// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "common/workspace.h"
#include "desktop/theme.h"
#include "documentcontroller.h"
#include "editors/problemspanel.h"
#include "editors/resourceeditor.h"
#include "editors/resourcenavigator.h"
#include "editors/virtualserviceform.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QPointer>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace meshgate {

namespace {
constexpr int kStatusMessageMs = 6000;
// Bumped when the dock layout changes shape: a state saved by an older layout (one "Panels" dock
// holding tabs, version 0) would scatter the new panel docks side by side, so it is not restored.
constexpr int kLayoutVersion = 2;
}

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(new Workspace(this))
    , m_editor(new ResourceEditor(m_workspace, this))
    , m_navigator(new ResourceNavigator(m_workspace, this))
    , m_problems(new ProblemsPanel(m_workspace, this))
    , m_documents(new DocumentController(m_workspace, m_editor, this, this))
    , m_settingsTimer(new QTimer(this))
    , m_panelSync(new QTimer(this))
{
    // Once the dock layout has settled after whatever changed it.
    m_panelSync->setSingleShot(true);
    m_panelSync->setInterval(0);
    connect(m_panelSync, &QTimer::timeout, this, &MainWindow::syncPanelContents);
    setObjectName(QStringLiteral("MainWindow"));
    setCentralWidget(m_editor);
    setAcceptDrops(true);
    setDockOptions(QMainWindow::AllowTabbedDocks | QMainWindow::AllowNestedDocks);
    setTabPosition(Qt::BottomDockWidgetArea, QTabWidget::North);
    // Roomy where there is room, but never larger than the screen: a 1366×768 laptop must see the
    // status bar and the right edge.
    const QSize preferred(1400, 900);
    const QScreen *screenNow = screen();
    resize(screenNow ? preferred.boundedTo(screenNow->availableGeometry().size() * 0.95) : preferred);
    m_documents->setSelectionProvider([this] { return m_navigator->selectedIds(); });

    createDocks();
    createMenus();
    createToolBar();
    createStatusBar();

    m_settingsTimer->setSingleShot(true);
    m_settingsTimer->setInterval(1000);
    connect(m_settingsTimer, &QTimer::timeout, this, &MainWindow::saveSettings);

    connect(m_navigator, &ResourceNavigator::currentChanged, m_editor, &ResourceEditor::showResource);
    connect(m_navigator, &ResourceNavigator::resourceAdded, this, [this] {
        m_editor->showForm();
        m_editor->nameEdit()->setFocus();
        m_editor->nameEdit()->selectAll();
    });
    connect(m_editor, &ResourceEditor::currentResourceChanged, this, &MainWindow::currentResourceChanged);
    connect(m_problems, &ProblemsPanel::problemActivated, this, &MainWindow::handleProblemActivated);
    connect(m_documents, &DocumentController::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, kStatusMessageMs); });
    connect(m_workspace, &Workspace::dirtyChanged, this, &MainWindow::updateTitle);
    connect(m_workspace, &Workspace::filesChanged, this, &MainWindow::updateTitle);
    connect(m_workspace, &Workspace::dirtyChanged, this, &MainWindow::updateStatus);
    connect(m_workspace, &Workspace::diagnosticsChanged, this, &MainWindow::updateStatus);
    connect(m_workspace, &Workspace::resourcesReset, this, [this] {
        if (!m_editor->currentId() && m_workspace->count() > 0)
            selectResource(m_workspace->entry(0).id);
    });
    updateTitle();
    updateStatus();
}

MainWindow::~MainWindow()
{
    // The children die after this object; nothing they emit on the way may reach it.
    m_workspace->disconnect(this);
    m_workspace->undoStack()->disconnect(this);
    m_editor->disconnect(this);
    for (QDockWidget *dock : std::as_const(m_panelDocks)) {
        dock->disconnect(this); // closing the window hides them all
        dock->toggleViewAction()->disconnect(this);
    }
}

void MainWindow::createDocks()
{
    m_resourcesDock = new QDockWidget(tr("Resources"), this);
    m_resourcesDock->setObjectName(QStringLiteral("ResourcesDock"));
    m_resourcesDock->setWidget(m_navigator);
    addDockWidget(Qt::LeftDockWidgetArea, m_resourcesDock);

    connect(m_resourcesDock, &QDockWidget::dockLocationChanged, m_settingsTimer, qOverload<>(&QTimer::start));
    connect(m_resourcesDock, &QDockWidget::topLevelChanged, m_settingsTimer, qOverload<>(&QTimer::start));
    m_problemsDock = addPanel(m_problems, tr("Problems"), QStringLiteral("ProblemsDock"));
    resizeDocks({m_resourcesDock}, {280}, Qt::Horizontal);
    resizeDocks({m_problemsDock}, {230}, Qt::Vertical);
}

QDockWidget *MainWindow::addPanel(QWidget *widget, const QString &title, const QString &objectName)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    // The panel sits in a host so it can be hidden while behind a tab (see syncPanelContents());
    // a dock whose own widget is hidden stops taking part in the area's sizing.
    auto *host = new QWidget(dock);
    auto *layout = new QVBoxLayout(host);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(widget);
    dock->setWidget(host);
    m_panelOf.insert(dock, widget);
    if (m_panelDocks.isEmpty())
        addDockWidget(Qt::BottomDockWidgetArea, dock);
    else
        tabifyDockWidget(m_panelDocks.constFirst(), dock);
    m_panelDocks.append(dock);
    const auto changed = [this] {
        m_settingsTimer->start();
        m_panelSync->start();
    };
    connect(dock, &QDockWidget::dockLocationChanged, this, changed);
    connect(dock, &QDockWidget::topLevelChanged, this, changed);
    connect(dock, &QDockWidget::visibilityChanged, this, changed);
    connect(dock->toggleViewAction(), &QAction::toggled, this, changed);
    m_panelSync->start();
    return dock;
}

QDockWidget *MainWindow::panelDock(const QWidget *panel) const
{
    for (QDockWidget *dock : m_panelDocks)
        if (m_panelOf.value(dock) == panel)
            return dock;
    return nullptr;
}

bool MainWindow::isPanelInFront(const QWidget *panel) const
{
    const QDockWidget *dock = panelDock(panel);
    return dock && dock->isVisible() && panel->isVisible();
}

void MainWindow::syncPanelContents()
{
    // Qt leaves the docks behind a tab "visible" and only moves them out of sight; their panels
    // would go on refreshing for nobody (the charts redraw once a second). Hiding the content
    // gives them the hide/show events a tab widget would.
    for (QDockWidget *dock : std::as_const(m_panelDocks)) {
        const bool inFront = dock->isVisible() && !dock->visibleRegion().isEmpty();
        if (QWidget *panel = m_panelOf.value(dock); panel && panel->isVisibleTo(dock) != inFront)
            panel->setVisible(inFront);
    }
    updatePanelsAction();
    Q_EMIT panelLayoutChanged();
}

bool MainWindow::isPanelBeside(const QWidget *panel, const QWidget *other) const
{
    QDockWidget *a = panelDock(panel);
    QDockWidget *b = panelDock(other);
    return a && b && a != b && isPanelInFront(panel) && isPanelInFront(other) && !a->isFloating()
        && !b->isFloating() && !tabifiedDockWidgets(b).contains(a);
}

void MainWindow::setPanelBeside(QWidget *panel, QWidget *other, bool beside)
{
    QDockWidget *a = panelDock(panel);
    QDockWidget *b = panelDock(other);
    if (!a || !b || a == b || beside == isPanelBeside(panel, other))
        return;
    for (QDockWidget *dock : {a, b}) {
        dock->setFloating(false);
        dock->show();
    }
    if (beside) {
        // splitDockWidget() would only add a tab to b's group; a new column of the area is beside
        // the whole group.
        Qt::DockWidgetArea area = dockWidgetArea(b);
        if (area == Qt::NoDockWidgetArea)
            addDockWidget(area = Qt::BottomDockWidgetArea, b);
        const bool across = area == Qt::BottomDockWidgetArea || area == Qt::TopDockWidgetArea;
        removeDockWidget(a); // out of its tab group first, then in as a column of its own
        addDockWidget(area, a, across ? Qt::Horizontal : Qt::Vertical);
        a->show();
        // The log keeps most of the width (a dozen columns; the charts scale), once the new
        // column has been laid out.
        if (across)
            QTimer::singleShot(0, this, [this, a = QPointer<QDockWidget>(a), b = QPointer<QDockWidget>(b)] {
                if (a && b)
                    resizeDocks({b, a}, {3 * width() / 5, 2 * width() / 5}, Qt::Horizontal);
            });
    } else {
        tabifyDockWidget(b, a);
    }
    a->raise();
    b->raise();
}

void MainWindow::setPanelsVisible(bool visible)
{
    if (!visible) {
        m_panelsToRestore.clear();
        QList<QDockWidget *> front;
        for (QDockWidget *dock : std::as_const(m_panelDocks)) {
            if (dock->isHidden() && !dock->toggleViewAction()->isChecked())
                continue;
            (m_panelOf.value(dock)->isVisible() ? front : m_panelsToRestore).append(dock);
        }
        // The ones in front last, so showing them again raises them over their tab groups.
        m_panelsToRestore.append(front);
        for (QDockWidget *dock : std::as_const(m_panelsToRestore))
            dock->close();
        return;
    }
    const bool remembered = !m_panelsToRestore.isEmpty();
    const QList<QDockWidget *> docks = remembered ? std::exchange(m_panelsToRestore, {}) : m_panelDocks;
    for (QDockWidget *dock : docks)
        dock->show();
    if (remembered) {
        for (QDockWidget *dock : docks)
            dock->raise(); // the ones that were in front come last
    } else {
        m_panelDocks.constFirst()->raise();
    }
}

void MainWindow::updatePanelsAction()
{
    if (!m_panelsAction)
        return;
    const bool any = std::any_of(m_panelDocks.cbegin(), m_panelDocks.cend(),
                                 [](const QDockWidget *dock) { return dock->toggleViewAction()->isChecked(); });
    const QSignalBlocker blocker(m_panelsAction);
    m_panelsAction->setChecked(any);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_documents->newAction());
    file->addAction(m_documents->openAction());
    file->addAction(m_documents->openExampleAction());
    file->addMenu(m_documents->recentMenu());
    file->addSeparator();
    file->addAction(m_documents->importAction());
    file->addAction(m_documents->importClipboardAction());
    file->addAction(m_documents->exportAction());
    file->addSeparator();
    file->addAction(m_documents->saveAction());
    file->addAction(m_documents->saveAsAction());
    file->addSeparator();
    m_quit = file->addAction(tr("&Quit"), this, &MainWindow::requestQuit);
    // QKeySequence::Quit is empty on some desktops (and Windows); Ctrl+Q everywhere else.
    m_quit->setShortcut(QKeySequence(QKeySequence::Quit).isEmpty() ? QKeySequence(Qt::CTRL | Qt::Key_Q)
                                                                    : QKeySequence(QKeySequence::Quit));
    m_quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = m_editMenu = menuBar()->addMenu(tr("&Edit"));
    m_undo = edit->addAction(style()->standardIcon(QStyle::SP_ArrowBack), tr("&Undo"), m_editor, &ResourceEditor::undo);
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = edit->addAction(style()->standardIcon(QStyle::SP_ArrowForward), tr("&Redo"), m_editor, &ResourceEditor::redo);
    m_redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    auto updateUndo = [this] {
        m_undo->setEnabled(m_editor->canUndo());
        m_redo->setEnabled(m_editor->canRedo());
        m_undo->setText(m_editor->canUndo() ? tr("&Undo %1").arg(m_editor->undoText()) : tr("&Undo"));
        m_redo->setText(m_editor->canRedo() ? tr("&Redo %1").arg(m_editor->redoText()) : tr("&Redo"));
        // The toolbar keeps a short label (a long one moved every button after it); the whole
        // text is the tooltip.
        m_undo->setIconText(tr("Undo"));
        m_redo->setIconText(tr("Redo"));
        m_undo->setToolTip(QString(m_undo->text()).remove(QLatin1Char('&')));
        m_redo->setToolTip(QString(m_redo->text()).remove(QLatin1Char('&')));
    };
    connect(m_editor, &ResourceEditor::historyChanged, this, updateUndo);
    updateUndo();
    edit->addSeparator();
    edit->addMenu(m_navigator->addMenu());
    edit->addAction(m_navigator->duplicateAction());
    edit->addAction(m_navigator->renameAction());
    edit->addAction(m_navigator->deleteAction());
    edit->addSeparator();
    edit->addAction(m_editor->virtualServiceForm()->moveUpAction());
    edit->addAction(m_editor->virtualServiceForm()->moveDownAction());
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find Resource"), this, [this] {
        m_resourcesDock->show();
        m_navigator->filterEdit()->setFocus();
        m_navigator->filterEdit()->selectAll();
    });
    find->setShortcut(QKeySequence::Find);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *showForm = m_viewMenu->addAction(tr("&Form"), m_editor, &ResourceEditor::showForm);
    showForm->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    QAction *showYaml = m_viewMenu->addAction(tr("&YAML"), m_editor, &ResourceEditor::showYaml);
    showYaml->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    m_viewMenu->addSeparator();
    QAction *resources = m_resourcesDock->toggleViewAction();
    resources->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    resources->setText(tr("Re&sources")); // the dock's title, with a mnemonic
    m_viewMenu->addAction(resources);
    m_panelsAction = m_viewMenu->addAction(tr("P&anels"));
    m_panelsAction->setCheckable(true);
    m_panelsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_panelsAction->setToolTip(tr("Show or hide the panels below the editor"));
    connect(m_panelsAction, &QAction::toggled, this, &MainWindow::setPanelsVisible);
    updatePanelsAction();
    QAction *problems = m_viewMenu->addAction(tr("&Problems"), this, &MainWindow::showProblems);
    problems->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    QAction *next = m_viewMenu->addAction(tr("&Next Problem"), m_problems, &ProblemsPanel::nextProblem);
    next->setShortcut(QKeySequence(Qt::Key_F8));
    QAction *previous = m_viewMenu->addAction(tr("P&revious Problem"), m_problems, &ProblemsPanel::previousProblem);
    previous->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8));
    m_viewMenu->addSeparator();

    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = m_helpMenu->addAction(tr("&About Meshgate"), this, [this] {
        QMessageBox::about(this, tr("About Meshgate"),
                           tr("<h3>Meshgate %1</h3><p>Makes this computer behave like an Istio ingress gateway: "
                              "Gateway, ServiceEntry, DestinationRule and VirtualService YAML drive a local proxy.</p>"
                              "<p>GPL-3.0-or-later</p>")
                               .arg(QApplication::applicationVersion()));
    });
    about->setShortcut(QKeySequence::HelpContents);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(tr("Main"));
    m_toolBar->setObjectName(QStringLiteral("MainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setMovable(false);
    m_toolBar->addAction(m_documents->openAction());
    m_toolBar->addAction(m_documents->saveAction());
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_documents->importAction());
    m_toolBar->addAction(m_documents->importClipboardAction());
    m_toolBar->addAction(m_documents->exportAction());
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_undo);
    m_toolBar->addAction(m_redo);
    m_toolBar->addSeparator();
}

void MainWindow::createStatusBar()
{
    m_stateLabel = new QLabel(this);
    m_stateLabel->setTextFormat(Qt::RichText);
    m_stateLabel->setContentsMargins(6, 0, 6, 0);
    statusBar()->addPermanentWidget(m_stateLabel);
}

QDockWidget *MainWindow::addRightDock(QWidget *widget, const QString &title, const QString &objectName)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setWidget(widget);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    m_viewMenu->addAction(dock->toggleViewAction());
    connect(dock, &QDockWidget::dockLocationChanged, m_settingsTimer, qOverload<>(&QTimer::start));
    return dock;
}

QMenu *MainWindow::addMenuBeforeHelp(const QString &title)
{
    auto *menu = new QMenu(title, this);
    menuBar()->insertMenu(m_helpMenu->menuAction(), menu);
    return menu;
}

void MainWindow::addStatusWidget(QWidget *widget)
{
    statusBar()->addPermanentWidget(widget);
}

void MainWindow::showPanel(QWidget *panel)
{
    QDockWidget *dock = panelDock(panel);
    if (!dock)
        return;
    dock->show();
    dock->raise();
    panel->setFocus();
}

void MainWindow::selectResource(quint64 id)
{
    m_navigator->select(id);
    m_editor->showResource(id);
}

void MainWindow::showProblems()
{
    showPanel(m_problems);
    m_problems->view()->setFocus();
}

void MainWindow::handleProblemActivated(quint64 entryId, int line, int column)
{
    if (!entryId) {
        statusBar()->showMessage(tr("This problem is about a file, not a resource in the workspace"), kStatusMessageMs);
        return;
    }
    selectResource(entryId);
    m_editor->jumpTo(line, column);
}

void MainWindow::updateTitle()
{
    const QString name = m_workspace->displayName();
    setWindowTitle(m_workspace->isDirty() ? tr("Meshgate — %1 ● modified").arg(name) : tr("Meshgate — %1").arg(name));
    setWindowFilePath(m_workspace->mainFile().startsWith(QLatin1Char(':')) ? QString() : m_workspace->mainFile());
}

void MainWindow::updateStatus()
{
    const QPalette pal = palette();
    const auto coloured = [&pal](Theme::Status status, const QString &text) {
        return QStringLiteral("<span style='color:%1'>%2</span>").arg(Theme::statusColor(status, pal).name(), text);
    };
    QStringList parts;
    // "unsaved", not "modified": the engine indicator beside it says "modified (Apply to use it)"
    // about the running configuration, a different thing.
    if (m_workspace->isDirty())
        parts.append(coloured(Theme::Status::Warning, QStringLiteral("● ") + tr("unsaved")));
    const int errors = m_workspace->errorCount();
    const int warnings = m_workspace->warningCount();
    if (errors)
        parts.append(coloured(Theme::Status::Error, QStringLiteral("✖ ") + tr("%n error(s)", nullptr, errors)));
    if (warnings)
        parts.append(coloured(Theme::Status::Warning, QStringLiteral("⚠ ") + tr("%n warning(s)", nullptr, warnings)));
    if (!errors)
        parts.append(coloured(Theme::Status::Ok, QStringLiteral("✔ ") + tr("valid")));
    m_stateLabel->setText(parts.join(QStringLiteral("&nbsp;&nbsp;")));
    const int count = int(m_workspace->diagnostics().size());
    m_problemsDock->setWindowTitle(count ? tr("Problems (%1)").arg(count) : tr("Problems"));
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray(), kLayoutVersion);
    m_restored = true;
}

void MainWindow::saveSettings()
{
    if (!m_restored)
        return; // never overwrite the saved layout with the one we start with
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState(kLayoutVersion));
    settings.sync();
}

void MainWindow::showEvent(QShowEvent *event)
{
    // Restored on first show, so docks that other panels added after construction get their
    // saved places too.
    if (!m_restored)
        restoreSettings();
    QMainWindow::showEvent(event);
    m_panelSync->start();
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateStatus(); // the state colours suit the palette
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_closeToTray && !m_quitting) {
        // Nothing is lost: the workspace stays as it is (and recovery keeps recording it).
        saveSettings();
        hide();
        event->ignore();
        Q_EMIT hiddenToTray();
        return;
    }
    if (!m_documents->maybeSave()) {
        event->ignore();
        return;
    }
    saveSettings();
    m_documents->discardRecovery();
    event->accept();
    Q_EMIT windowClosed();
}

bool MainWindow::requestQuit()
{
    if (isHidden() && (m_workspace->isDirty() || m_workspace->hasDrafts()))
        show(); // the unsaved-changes question needs its context
    m_quitting = true;
    const bool closed = close();
    m_quitting = false;
    return closed;
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!event->mimeData()->hasUrls())
        return;
    for (const QUrl &url : event->mimeData()->urls())
        if (!url.isLocalFile())
            return;
    event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        paths.append(url.toLocalFile());
    event->acceptProposedAction();
    // After the drop has finished (the import may ask questions), and into an empty, untouched
    // window a dropped file is simply opened; otherwise it is imported.
    QTimer::singleShot(0, this, [this, paths] {
        if (m_workspace->count() == 0 && !m_workspace->isDirty())
            m_documents->openFiles(paths);
        else
            m_documents->importFiles(paths);
    });
}

} // namespace meshgate
