// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/diskchangewatcher.h"

#include "common/workspace.h"

#include <QFileInfo>
#include <QFileSystemWatcher>

namespace meshgate {

DiskChangeWatcher::DiskChangeWatcher(Workspace *workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_watcher(new QFileSystemWatcher(this))
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(300); // editors and git write in bursts; look once it settles
    connect(&m_settle, &QTimer::timeout, this, &DiskChangeWatcher::check);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, [this] { m_settle.start(); });
    // A save by rename (ours included) replaces the watched inode; the folder tells of it.
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] { m_settle.start(); });
    connect(m_workspace, &Workspace::filesChanged, this, &DiskChangeWatcher::watchWorkspaceFiles);
    watchWorkspaceFiles();
}

DiskChangeWatcher::~DiskChangeWatcher() = default;

void DiskChangeWatcher::watchWorkspaceFiles()
{
    const QStringList watched = m_watcher->files() + m_watcher->directories();
    if (!watched.isEmpty())
        m_watcher->removePaths(watched);
    QStringList paths;
    for (const QString &file : m_workspace->files()) {
        if (file.startsWith(QLatin1Char(':')))
            continue; // built into the binary
        paths << file << QFileInfo(file).absolutePath();
    }
    paths.removeDuplicates();
    if (!paths.isEmpty())
        m_watcher->addPaths(paths);
}

void DiskChangeWatcher::check()
{
    // Files replaced by rename are watched again under their new inode.
    for (const QString &file : m_workspace->files())
        if (!m_watcher->files().contains(file) && QFileInfo::exists(file))
            m_watcher->addPath(file);
    const QStringList changed = m_workspace->changedOnDisk();
    if (changed.isEmpty())
        return;
    if (m_workspace->isDirty() || m_workspace->hasDrafts()) {
        Q_EMIT changedUnderEdits(changed);
        return;
    }
    if (m_workspace->open(m_workspace->files()).ok)
        Q_EMIT reloaded(changed);
    else
        Q_EMIT reloadFailed(changed); // the workspace stays as it was, its problems listed
}

} // namespace meshgate
