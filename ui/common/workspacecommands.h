// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/workspaceentry.h"

#include <QUndoCommand>

#include <vector>

namespace meshgate {

class Workspace;

// The undo commands behind every workspace edit. They hold whole entries (resource + text), so
// undo restores exactly what the user saw, comments included. Entries are found by id, not by
// position, so commands stay correct whatever other commands did in between.

// What every workspace command can say: which entries it writes, so that Undo and Redo can
// tell whether they would overwrite YAML of that entry that does not parse (a draft).
class EntryCommand : public QUndoCommand
{
public:
    using QUndoCommand::QUndoCommand;
    virtual bool touches(quint64 id) const = 0;
};

// Replaces one or more entries (a form edit, a YAML edit, a rename with its references, a route move).
class ReplaceEntriesCommand final : public EntryCommand
{
public:
    ReplaceEntriesCommand(Workspace *workspace, std::vector<WorkspaceEntry> before, std::vector<WorkspaceEntry> after,
                          const QString &text, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;
    bool touches(quint64 id) const override;

private:
    Workspace *m_workspace;
    std::vector<WorkspaceEntry> m_before;
    std::vector<WorkspaceEntry> m_after;
};

// Adds entries at given positions (add, duplicate, import).
class InsertEntriesCommand final : public EntryCommand
{
public:
    struct Item
    {
        int index;
        WorkspaceEntry entry;
    };
    // `items` sorted by index; each index is the position after the earlier items were inserted.
    InsertEntriesCommand(Workspace *workspace, std::vector<Item> items, const QString &text,
                         QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;
    bool touches(quint64 id) const override;

private:
    Workspace *m_workspace;
    std::vector<Item> m_items;
};

// Removes entries; undo puts them back where they were.
class RemoveEntriesCommand final : public EntryCommand
{
public:
    RemoveEntriesCommand(Workspace *workspace, const QList<quint64> &ids, const QString &text,
                         QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;
    bool touches(quint64 id) const override;
    bool isEmpty() const { return m_items.empty(); }

private:
    Workspace *m_workspace;
    std::vector<InsertEntriesCommand::Item> m_items; // ascending by index
};

// Replaces the whole content (import in replace mode, restoring a recovered session).
class ReplaceAllCommand final : public EntryCommand
{
public:
    ReplaceAllCommand(Workspace *workspace, std::vector<WorkspaceEntry> before, std::vector<WorkspaceEntry> after,
                      const QString &text, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;
    bool touches(quint64 id) const override;

private:
    Workspace *m_workspace;
    std::vector<WorkspaceEntry> m_before;
    std::vector<WorkspaceEntry> m_after;
};

} // namespace meshgate
