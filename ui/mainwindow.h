// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QMainWindow>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QTimer;
class QToolBar;

namespace meshgate {

class DocumentController;
class ProblemsPanel;
class ResourceEditor;
class ResourceNavigator;
class Workspace;

// The main window: resources on the left, the resource editor in the centre, and panels below
// it (Problems now; access log, traffic and route map plug in through addPanel()). Each panel is
// a dock, tabbed together with the others at first, so a user can drag one beside another (the
// traffic charts beside the live log) and the layout is remembered. Right-hand docks plug in
// through addRightDock(). The window owns the workspace; the engine facade, when it exists, is
// owned by the app and wired in from outside.
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
    // A panel below the editor, tabbed with the others; objectName keeps its place across sessions.
    QDockWidget *addPanel(QWidget *widget, const QString &title, const QString &objectName);
    QDockWidget *panelDock(const QWidget *panel) const; // the dock holding a panel, or null
    const QList<QDockWidget *> &panelDocks() const { return m_panelDocks; }
    // Open and not behind another panel's tab: what the user can see of it right now.
    bool isPanelInFront(const QWidget *panel) const;
    // Puts `panel` beside `other` (split, both in front) or back into `other`'s tab group.
    void setPanelBeside(QWidget *panel, QWidget *other, bool beside);
    bool isPanelBeside(const QWidget *panel, const QWidget *other) const;
    // objectName keeps the dock's place and visibility across sessions.
    QDockWidget *addRightDock(QWidget *widget, const QString &title, const QString &objectName);
    QMenu *addMenuBeforeHelp(const QString &title); // e.g. "&Engine"
    QToolBar *mainToolBar() const { return m_toolBar; }
    QMenu *editMenu() const { return m_editMenu; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QMenu *viewMenu() const { return m_viewMenu; }
    void addStatusWidget(QWidget *widget); // permanent, right of the workspace state
    // Opens the panel and brings its tab to the front (View menu actions of the panels).
    void showPanel(QWidget *panel);
    // Hides every open panel, or opens again the ones that were open (View > Panels).
    void setPanelsVisible(bool visible);

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
    void panelLayoutChanged(); // a panel opened, closed, moved, floated or came to the front

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
    void updatePanelsAction();
    void syncPanelContents();

    Workspace *m_workspace;
    ResourceEditor *m_editor;
    ResourceNavigator *m_navigator;
    ProblemsPanel *m_problems;
    DocumentController *m_documents;
    QDockWidget *m_resourcesDock = nullptr;
    QDockWidget *m_problemsDock = nullptr;
    QList<QDockWidget *> m_panelDocks;
    QHash<const QDockWidget *, QWidget *> m_panelOf;
    QList<QDockWidget *> m_panelsToRestore; // open when View > Panels hid them
    QAction *m_panelsAction = nullptr;
    QToolBar *m_toolBar = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_quit = nullptr;
    QLabel *m_stateLabel = nullptr;
    QTimer *m_settingsTimer = nullptr;
    QTimer *m_panelSync = nullptr;
    bool m_restored = false;
    bool m_closeToTray = false;
    bool m_quitting = false;
};

} // namespace meshgate
