// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/workspace.h"

#include <QObject>

#include <functional>
#include <memory>

class QAction;
class QMenu;
class QWidget;

class QLockFile;

namespace meshgate {

class RecentFiles;
class RecoveryStore;
class ResourceEditor;

// The File menu's work with dialogs around it: open, import (files, clipboard, drops), export,
// save, recent files, the unsaved-changes prompt and crash recovery. Errors are never reported
// as success: a failed open or import says what and where, and leaves the workspace as it was.
class DocumentController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentController)
public:
    DocumentController(Workspace *workspace, ResourceEditor *editor, QWidget *window, QObject *parent = nullptr);
    ~DocumentController() override;

    QAction *newAction() const { return m_new; }
    QAction *openAction() const { return m_open; }
    QAction *openExampleAction() const { return m_openExample; }
    QAction *importAction() const { return m_import; }
    QAction *importClipboardAction() const { return m_importClipboard; }
    QAction *exportAction() const { return m_export; }
    QAction *saveAction() const { return m_save; }
    QAction *saveAsAction() const { return m_saveAs; }
    QMenu *recentMenu() const { return m_recentMenu; }
    RecentFiles *recentFiles() const { return m_recent; }

    // The navigator's selection, preselected in the Export dialog.
    void setSelectionProvider(std::function<QList<quint64>()> provider) { m_selection = std::move(provider); }

    // The example File > Open Example loads (untitled, so Save asks where to write it).
    void setExamplePath(const QString &path) { m_examplePath = path; }

    bool openFiles(const QStringList &paths);
    bool openExample();
    bool importFiles(const QStringList &paths);
    bool importText(const QByteArray &text, const QString &sourceName);
    bool save();
    bool saveAs();
    bool maybeSave(); // false: the user cancelled
    void exportResources();
    // Offers a snapshot an earlier session left behind; then starts recording this one.
    void startRecovery(const QString &directory);
    void discardRecovery();

Q_SIGNALS:
    void statusMessage(const QString &text);

private:
    void createActions();
    void rebuildRecentMenu();
    bool prepareForSave();
    bool saveWorkspace(bool askAboutDrafts);
    bool saveWorkspaceAs(bool askAboutDrafts);
    QStringList draftedResources() const; // whose YAML tab holds text that does not parse
    void reportProblems(const QString &title, const QString &summary, const Diagnostics &diagnostics);
    Workspace::ClashResolver interactiveResolver();
    std::optional<Workspace::ImportMode> askImportMode(int incoming);
    void applyImportOutcome(const Workspace::ImportOutcome &outcome, const QString &sourceName);

    Workspace *m_workspace;
    ResourceEditor *m_editor;
    QWidget *m_window;
    RecentFiles *m_recent;
    RecoveryStore *m_recovery = nullptr;
    std::unique_ptr<QLockFile> m_recoveryLock; // held while this window keeps crash recovery
    std::function<QList<quint64>()> m_selection;
    QAction *m_new = nullptr;
    QAction *m_open = nullptr;
    QAction *m_openExample = nullptr;
    QAction *m_import = nullptr;
    QAction *m_importClipboard = nullptr;
    QAction *m_export = nullptr;
    QAction *m_save = nullptr;
    QAction *m_saveAs = nullptr;
    QMenu *m_recentMenu = nullptr;
    QString m_examplePath = QStringLiteral(":/examples/reference-scenario.yaml");
};

} // namespace meshgate
