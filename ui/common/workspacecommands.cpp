// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/workspacecommands.h"

#include "common/workspace.h"

#include <algorithm>

namespace meshgate {

ReplaceEntriesCommand::ReplaceEntriesCommand(Workspace *workspace, std::vector<WorkspaceEntry> before,
                                             std::vector<WorkspaceEntry> after, const QString &text,
                                             QUndoCommand *parent)
    : EntryCommand(text, parent)
    , m_workspace(workspace)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void ReplaceEntriesCommand::undo()
{
    for (const WorkspaceEntry &e : m_before)
        m_workspace->setEntryAt(m_workspace->indexOfId(e.id), e);
}

void ReplaceEntriesCommand::redo()
{
    for (const WorkspaceEntry &e : m_after)
        m_workspace->setEntryAt(m_workspace->indexOfId(e.id), e);
}

bool ReplaceEntriesCommand::touches(quint64 id) const
{
    const auto hasId = [id](const WorkspaceEntry &e) { return e.id == id; };
    return std::any_of(m_before.begin(), m_before.end(), hasId) || std::any_of(m_after.begin(), m_after.end(), hasId);
}

InsertEntriesCommand::InsertEntriesCommand(Workspace *workspace, std::vector<Item> items, const QString &text,
                                           QUndoCommand *parent)
    : EntryCommand(text, parent)
    , m_workspace(workspace)
    , m_items(std::move(items))
{
}

void InsertEntriesCommand::undo()
{
    for (auto it = m_items.rbegin(); it != m_items.rend(); ++it)
        m_workspace->removeEntryAt(m_workspace->indexOfId(it->entry.id));
}

void InsertEntriesCommand::redo()
{
    for (const Item &item : m_items)
        m_workspace->insertEntryAt(item.index, item.entry);
}

bool InsertEntriesCommand::touches(quint64 id) const
{
    return std::any_of(m_items.begin(), m_items.end(), [id](const Item &item) { return item.entry.id == id; });
}

RemoveEntriesCommand::RemoveEntriesCommand(Workspace *workspace, const QList<quint64> &ids, const QString &text,
                                           QUndoCommand *parent)
    : EntryCommand(text, parent)
    , m_workspace(workspace)
{
    for (quint64 id : ids) {
        const int index = workspace->indexOfId(id);
        if (index >= 0)
            m_items.push_back({index, workspace->entry(index)});
    }
    std::sort(m_items.begin(), m_items.end(), [](const auto &a, const auto &b) { return a.index < b.index; });
    m_items.erase(std::unique(m_items.begin(), m_items.end(),
                              [](const auto &a, const auto &b) { return a.index == b.index; }),
                  m_items.end());
}

void RemoveEntriesCommand::undo()
{
    for (const auto &item : m_items)
        m_workspace->insertEntryAt(item.index, item.entry);
}

void RemoveEntriesCommand::redo()
{
    for (auto it = m_items.rbegin(); it != m_items.rend(); ++it)
        m_workspace->removeEntryAt(m_workspace->indexOfId(it->entry.id));
}

bool RemoveEntriesCommand::touches(quint64 id) const
{
    return std::any_of(m_items.begin(), m_items.end(),
                       [id](const InsertEntriesCommand::Item &item) { return item.entry.id == id; });
}

ReplaceAllCommand::ReplaceAllCommand(Workspace *workspace, std::vector<WorkspaceEntry> before,
                                     std::vector<WorkspaceEntry> after, const QString &text, QUndoCommand *parent)
    : EntryCommand(text, parent)
    , m_workspace(workspace)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void ReplaceAllCommand::undo()
{
    m_workspace->setAllEntries(m_before);
}

void ReplaceAllCommand::redo()
{
    m_workspace->setAllEntries(m_after);
}

bool ReplaceAllCommand::touches(quint64) const
{
    return true; // every draft goes with the old content
}

} // namespace meshgate
