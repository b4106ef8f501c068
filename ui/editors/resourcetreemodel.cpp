// SPDX-License-Identifier: GPL-3.0-or-later
#include "editors/resourcetreemodel.h"

#include "common/icons.h"
#include "common/workspace.h"

namespace meshgate {

namespace {

// internalId: 0 on group rows, group + 1 on resource rows.
constexpr quintptr kGroupId = 0;

int groupOf(ResourceKind kind)
{
    for (size_t g = 0; g < ResourceTreeModel::kGroupOrder.size(); ++g)
        if (ResourceTreeModel::kGroupOrder[g] == kind)
            return int(g);
    return 0;
}

} // namespace

ResourceTreeModel::ResourceTreeModel(Workspace *workspace, QObject *parent)
    : QAbstractItemModel(parent)
    , m_workspace(workspace)
{
    for (size_t g = 0; g < kGroupOrder.size(); ++g)
        m_kindIcons[g] = Icons::kind(kGroupOrder[g]);
    m_rows = layout();
    handleDiagnosticsChanged();
    connect(workspace, &Workspace::resourcesReset, this, &ResourceTreeModel::handleReset);
    connect(workspace, &Workspace::resourceChanged, this, &ResourceTreeModel::handleResourceChanged);
    connect(workspace, &Workspace::diagnosticsChanged, this, &ResourceTreeModel::handleDiagnosticsChanged);
}

ResourceTreeModel::~ResourceTreeModel() = default;

QString ResourceTreeModel::groupTitle(ResourceKind kind)
{
    switch (kind) {
    case ResourceKind::Gateway:
        return tr("Gateways");
    case ResourceKind::VirtualService:
        return tr("VirtualServices");
    case ResourceKind::DestinationRule:
        return tr("DestinationRules");
    case ResourceKind::ServiceEntry:
        return tr("ServiceEntries");
    }
    return {};
}

std::array<std::vector<quint64>, 4> ResourceTreeModel::layout() const
{
    std::array<std::vector<quint64>, 4> rows;
    for (int i = 0; i < m_workspace->count(); ++i)
        rows[size_t(groupOf(m_workspace->resource(i).kind()))].push_back(m_workspace->entry(i).id);
    return rows;
}

void ResourceTreeModel::handleReset()
{
    beginResetModel();
    m_rows = layout();
    endResetModel();
}

void ResourceTreeModel::handleResourceChanged(int workspaceIndex)
{
    // A change that keeps the layout (the usual edit) only repaints its row.
    if (layout() != m_rows) {
        handleReset();
        return;
    }
    const QModelIndex changed = indexForId(m_workspace->entry(workspaceIndex).id);
    if (changed.isValid())
        Q_EMIT dataChanged(changed, changed);
}

void ResourceTreeModel::handleDiagnosticsChanged()
{
    QHash<quint64, Counts> counts;
    for (const WorkspaceDiagnostic &d : m_workspace->diagnostics()) {
        if (!d.entryId)
            continue;
        Counts &c = counts[d.entryId];
        if (d.diagnostic.severity == Diagnostic::Severity::Error)
            ++c.errors;
        else if (d.diagnostic.severity == Diagnostic::Severity::Warning)
            ++c.warnings;
        else
            continue;
        if (c.firstMessage.isEmpty())
            c.firstMessage = d.diagnostic.message;
    }
    if (counts == m_counts)
        return;
    m_counts = counts;
    for (size_t g = 0; g < m_rows.size(); ++g)
        if (!m_rows[g].empty())
            Q_EMIT dataChanged(index(0, 0, groupIndex(kGroupOrder[g])),
                               index(int(m_rows[g].size()) - 1, 0, groupIndex(kGroupOrder[g])));
}

QModelIndex ResourceTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < int(m_rows.size()) ? createIndex(row, 0, kGroupId) : QModelIndex();
    if (parent.internalId() != kGroupId || parent.row() >= int(m_rows.size()))
        return {};
    if (row >= int(m_rows[size_t(parent.row())].size()))
        return {};
    return createIndex(row, 0, quintptr(parent.row() + 1));
}

QModelIndex ResourceTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kGroupId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kGroupId);
}

int ResourceTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_rows.size());
    if (parent.column() != 0 || parent.internalId() != kGroupId)
        return 0;
    return int(m_rows[size_t(parent.row())].size());
}

int ResourceTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

quint64 ResourceTreeModel::idAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == kGroupId)
        return 0;
    return m_rows[size_t(index.internalId() - 1)][size_t(index.row())];
}

QModelIndex ResourceTreeModel::groupIndex(ResourceKind kind) const
{
    return index(groupOf(kind), 0);
}

QModelIndex ResourceTreeModel::indexForId(quint64 id) const
{
    for (size_t g = 0; g < m_rows.size(); ++g)
        for (size_t r = 0; r < m_rows[g].size(); ++r)
            if (m_rows[g][r] == id)
                return createIndex(int(r), 0, quintptr(g + 1));
    return {};
}

QVariant ResourceTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == kGroupId) {
        const ResourceKind kind = kGroupOrder[size_t(index.row())];
        switch (role) {
        case Qt::DisplayRole:
            return QStringLiteral("%1 (%2)").arg(groupTitle(kind)).arg(m_rows[size_t(index.row())].size());
        case Qt::DecorationRole:
            return m_kindIcons[size_t(index.row())];
        case KindRole:
            return int(kind);
        case IsGroupRole:
            return true;
        case EntryIdRole:
            return quint64(0);
        case ErrorCountRole:
        case WarningCountRole: {
            int n = 0;
            for (quint64 id : m_rows[size_t(index.row())]) {
                const Counts c = m_counts.value(id);
                n += role == ErrorCountRole ? c.errors : c.warnings;
            }
            return n;
        }
        default:
            return {};
        }
    }
    const quint64 id = idAt(index);
    const WorkspaceEntry *entry = m_workspace->entryById(id);
    if (!entry)
        return {};
    const Resource &r = entry->resource;
    const Counts counts = m_counts.value(id);
    switch (role) {
    case Qt::DisplayRole:
        return r.metadata.ns.isEmpty() || r.metadata.ns == u"default"
            ? r.metadata.name
            : r.metadata.name + QStringLiteral("  (") + r.metadata.ns + QLatin1Char(')');
    case Qt::EditRole:
        return r.metadata.name;
    case Qt::ToolTipRole: {
        QString tip = r.displayName();
        if (counts.errors || counts.warnings)
            tip += QLatin1Char('\n') + tr("%n error(s)", nullptr, counts.errors) + QStringLiteral(", ")
                + tr("%n warning(s)", nullptr, counts.warnings) + QLatin1Char('\n') + counts.firstMessage;
        if (m_workspace->hasDraft(id))
            tip += QLatin1Char('\n') + tr("The YAML tab has an edit that does not parse yet");
        return tip;
    }
    case EntryIdRole:
        return id;
    case KindRole:
        return int(r.kind());
    case ErrorCountRole:
        return counts.errors;
    case WarningCountRole:
        return counts.warnings;
    case IsGroupRole:
        return false;
    default:
        return {};
    }
}

bool ResourceTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !idAt(index))
        return false;
    // The workspace signals the change; the row is repainted from there.
    return m_workspace->renameResource(idAt(index), value.toString());
}

Qt::ItemFlags ResourceTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == kGroupId)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

} // namespace meshgate
