// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/engine.h"

#include <QAbstractTableModel>

namespace meshgate {

// The engine's listening ports as a table. Updates in place when the set of ports is the same
// (connection counts change every second), so selection and scroll position survive.
class ListenersModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListenersModel)
public:
    enum Column { AddressColumn, GatewayPortColumn, ProtocolColumn, GatewaysColumn, StateColumn,
                  ConnectionsColumn, ColumnCount };

    explicit ListenersModel(QObject *parent = nullptr);
    ~ListenersModel() override;

    void setListeners(const QList<ListenerState> &listeners);
    const QList<ListenerState> &listeners() const { return m_listeners; }
    int failedCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stateText(const ListenerState &l);

private:
    QList<ListenerState> m_listeners;
};

} // namespace meshgate
