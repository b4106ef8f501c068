// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/listenersmodel.h"

#include <QColor>
#include <QLocale>

namespace meshgate {

ListenersModel::ListenersModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

ListenersModel::~ListenersModel() = default;

void ListenersModel::setListeners(const QList<ListenerState> &listeners)
{
    bool sameRows = listeners.size() == m_listeners.size();
    for (qsizetype i = 0; sameRows && i < listeners.size(); ++i)
        sameRows = listeners[i].key == m_listeners[i].key && listeners[i].role == m_listeners[i].role;
    if (!sameRows) {
        beginResetModel();
        m_listeners = listeners;
        endResetModel();
        return;
    }
    m_listeners = listeners;
    if (!m_listeners.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ListenersModel::failedCount() const
{
    return int(std::count_if(m_listeners.cbegin(), m_listeners.cend(),
                             [](const ListenerState &l) { return l.state == ListenerState::State::Failed; }));
}

int ListenersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_listeners.size());
}

int ListenersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ListenersModel::stateText(const ListenerState &l)
{
    if (l.state == ListenerState::State::Listening)
        return tr("listening");
    return l.error.isEmpty() ? tr("failed") : tr("failed: %1").arg(l.error);
}

QVariant ListenersModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const ListenerState &l = m_listeners[index.row()];
    const bool failed = l.state == ListenerState::State::Failed;
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case AddressColumn:
            // The engine keys the admin and mesh listeners by role ("admin", "mesh:…"); the user
            // needs the address to curl it.
            if (l.listenPort && !l.bind.isNull())
                return socketAddressText(l.bind, l.listenPort);
            return l.key;
        case GatewayPortColumn:
            return l.role == ListenerState::Role::Gateway && l.gatewayPort ? QString::number(l.gatewayPort) : QStringLiteral("-");
        case ProtocolColumn:
            return l.protocol;
        case GatewaysColumn:
            switch (l.role) {
            case ListenerState::Role::Mesh: return tr("mesh (forward proxy)");
            case ListenerState::Role::Admin: return tr("admin endpoint: /stats/prometheus, /config_dump, /clusters, /ready");
            case ListenerState::Role::Gateway: return l.gateways.join(QStringLiteral(", "));
            }
            return {};
        case StateColumn:
            return stateText(l);
        case ConnectionsColumn:
            return failed ? QString() : QLocale().toString(l.connections);
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StateColumn)
            return failed ? QColor(0xc6, 0x28, 0x28) : QColor(0x2e, 0x7d, 0x32);
        return {};
    case Qt::BackgroundRole:
        return failed ? QVariant(QColor(229, 57, 53, 40)) : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == ConnectionsColumn || index.column() == GatewayPortColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StateColumn && failed)
            return l.error;
        if (index.column() == AddressColumn && l.role == ListenerState::Role::Gateway && l.gatewayPort != l.listenPort)
            return tr("Gateway port %1 listens on local port %2 (port offset)").arg(l.gatewayPort).arg(l.listenPort);
        return {};
    default:
        return {};
    }
}

QVariant ListenersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case AddressColumn: return tr("Listening on");
    case GatewayPortColumn: return tr("Gateway port");
    case ProtocolColumn: return tr("Protocol");
    case GatewaysColumn: return tr("Gateways");
    case StateColumn: return tr("State");
    case ConnectionsColumn: return tr("Connections");
    case ColumnCount: break;
    }
    return {};
}

} // namespace meshgate
