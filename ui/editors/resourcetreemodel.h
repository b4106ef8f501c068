// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/resources.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QIcon>

#include <array>
#include <vector>

namespace meshgate {

class Workspace;

// The workspace's resources grouped by kind (Gateways, VirtualServices, DestinationRules,
// ServiceEntries), in file order within a group. Resource rows carry their error and warning
// counts for the navigator's badges; renaming in place goes through the workspace (undoable).
class ResourceTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceTreeModel)
public:
    enum Role {
        EntryIdRole = Qt::UserRole + 1, // quint64; 0 on group rows
        KindRole,                       // int(ResourceKind)
        ErrorCountRole,
        WarningCountRole,
        IsGroupRole,
    };

    explicit ResourceTreeModel(Workspace *workspace, QObject *parent = nullptr);
    ~ResourceTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    QModelIndex indexForId(quint64 id) const;
    QModelIndex groupIndex(ResourceKind kind) const;
    quint64 idAt(const QModelIndex &index) const;

    static constexpr std::array<ResourceKind, 4> kGroupOrder{ResourceKind::Gateway, ResourceKind::VirtualService,
                                                              ResourceKind::DestinationRule,
                                                              ResourceKind::ServiceEntry};
    static QString groupTitle(ResourceKind kind);

private:
    void handleReset();
    void handleResourceChanged(int workspaceIndex);
    void handleDiagnosticsChanged();
    std::array<std::vector<quint64>, 4> layout() const;

    struct Counts
    {
        int errors = 0;
        int warnings = 0;
        QString firstMessage;
        bool operator==(const Counts &) const = default;
    };

    Workspace *m_workspace;
    std::array<std::vector<quint64>, 4> m_rows;
    QHash<quint64, Counts> m_counts;
    std::array<QIcon, 4> m_kindIcons;
};

} // namespace meshgate
