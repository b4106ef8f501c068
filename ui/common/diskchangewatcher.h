// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>
#include <QTimer>

class QFileSystemWatcher;

namespace meshgate {

class Workspace;

// Notices when another program (an editor, `git pull`) changes the workspace's files. With no
// unsaved edits (nor YAML typed but not parsed yet) the workspace is reopened from disk, as
// editors do; with unsaved edits nothing is touched and the change is only reported (Save then
// asks before replacing it).
class DiskChangeWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiskChangeWatcher)
public:
    explicit DiskChangeWatcher(Workspace *workspace, QObject *parent = nullptr);
    ~DiskChangeWatcher() override;

Q_SIGNALS:
    void reloaded(const QStringList &files);
    void changedUnderEdits(const QStringList &files);
    void reloadFailed(const QStringList &files);

private:
    void watchWorkspaceFiles();
    void check();

    Workspace *m_workspace;
    QFileSystemWatcher *m_watcher;
    QTimer m_settle;
};

} // namespace meshgate
