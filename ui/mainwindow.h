// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QTabWidget;
class QTimer;
class QToolBar;

namespace meshgate {

class DocumentController;
class ProblemsPanel;
class ResourceEditor;
class ResourceNavigator;
class Workspace;

// The main window: resources on the left, the resource editor in the centre, a bottom panel of
// tabs (Problems now; access log, traffic and route map plug in through addBottomTab()), and
// room for right-hand docks (the route tracer, through addRightDock()). The window owns the
// workspace; the engine facade, when it exists, is owned by the app and wired in from outside.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    Workspace *workspace() const { return m_workspace; }
    ResourceNavigator *navigator() const { return m_navigator; }
    ResourceEditor *resourceEditor() const { return m_editor; }
    ProblemsPanel *problemsPanel() const { return m_problems; }
    DocumentController *documents() const { return m_documents; }

    // ---- extension points for the engine, log, charts and tracer panels
    QTabWidget *bottomTabs() const { return m_bottomTabs; }
    QDockWidget *bottomDock() const { return m_bottomDock; }
    int addBottomTab(QWidget *widget, const QString &title); // returns the tab index
    // objectName keeps the dock's place and visibility across sessions.
    QDockWidget *addRightDock(QWidget *widget, const QString &title, const QString &objectName);
    QMenu *addMenuBeforeHelp(const QString &title); // e.g. "&Engine"
    QToolBar *mainToolBar() const { return m_toolBar; }
    QMenu *editMenu() const { return m_editMenu; }
    QMenu *viewMenu() const { return m_viewMenu; }
    void addStatusWidget(QWidget *widget); // permanent, right of the workspace state
    // Shows the bottom panel with `widget`'s tab in front (View menu actions of the panels).
    void showBottomTab(QWidget *widget);

    // ---- closing
    QAction *quitAction() const { return m_quit; }
    // Closing the window then hides it (the app keeps running in the tray) instead of quitting;
    // only Quit ends the application, with the usual unsaved-changes prompt.
    void setCloseToTray(bool enabled) { m_closeToTray = enabled; }
    bool closeToTray() const { return m_closeToTray; }
    // Quit: asks about unsaved changes (showing the window first if it is in the tray), then
    // closes. False when the user cancelled.
    bool requestQuit();

    // Shows the resource (navigator selection + editor), e.g. from a route map click.
    void selectResource(quint64 id);
    void showProblems();

Q_SIGNALS:
    void currentResourceChanged(quint64 id);
    void hiddenToTray();
    void windowClosed(); // really closed (not hidden to the tray): the application should end

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createDocks();
    void createMenus();
    void createToolBar();
    void createStatusBar();
    void updateTitle();
    void updateStatus();
    void restoreSettings();
    void saveSettings();
    void handleProblemActivated(quint64 entryId, int line, int column);

    Workspace *m_workspace;
    ResourceEditor *m_editor;
    ResourceNavigator *m_navigator;
    ProblemsPanel *m_problems;
    DocumentController *m_documents;
    QDockWidget *m_resourcesDock = nullptr;
    QDockWidget *m_bottomDock = nullptr;
    QTabWidget *m_bottomTabs = nullptr;
    QToolBar *m_toolBar = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_quit = nullptr;
    QLabel *m_stateLabel = nullptr;
    QTimer *m_settingsTimer = nullptr;
    bool m_restored = false;
    bool m_closeToTray = false;
    bool m_quitting = false;
};

} // namespace meshgate
