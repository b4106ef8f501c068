// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/resources.h"

#include <QWidget>

#include <array>

class QAction;
class QLineEdit;
class QMenu;
class QSortFilterProxyModel;
class QTreeView;

namespace meshgate {

class ResourceTreeModel;
class Workspace;

// The left panel: resources grouped by kind with error/warning badges, a filter box, and the
// resource actions (add, duplicate, delete, rename) that the Edit menu shares.
class ResourceNavigator final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceNavigator)
public:
    explicit ResourceNavigator(Workspace *workspace, QWidget *parent = nullptr);
    ~ResourceNavigator() override;

    quint64 currentId() const;
    QList<quint64> selectedIds() const;
    void select(quint64 id);

    QLineEdit *filterEdit() const { return m_filter; }
    QTreeView *view() const { return m_view; }
    ResourceTreeModel *model() const { return m_model; }
    QAction *addResourceAction(ResourceKind kind) const { return m_add[size_t(kind)]; }
    QAction *duplicateAction() const { return m_duplicate; }
    QAction *deleteAction() const { return m_delete; }
    QAction *renameAction() const { return m_rename; }
    QMenu *addMenu() const { return m_addMenu; }

Q_SIGNALS:
    void currentChanged(quint64 id);
    void resourceAdded(quint64 id);

private:
    void createActions();
    void updateActions();
    void handleContextMenu(const QPoint &pos);
    void handleCurrentChanged();
    void addResource(ResourceKind kind);

    Workspace *m_workspace;
    ResourceTreeModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTreeView *m_view;
    std::array<QAction *, 4> m_add{};
    QAction *m_duplicate = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_rename = nullptr;
    QMenu *m_addMenu = nullptr;
    quint64 m_restoreId = 0;
    quint64 m_lastReported = 0;
};

} // namespace meshgate
