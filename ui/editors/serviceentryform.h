// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editors/resourceform.h"

class QComboBox;
class QLineEdit;

namespace meshgate {

class TableEditor;

// ServiceEntry: hosts, addresses, ports, resolution, location and endpoints.
class ServiceEntryForm final : public ResourceForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceEntryForm)
public:
    enum PortColumn { PortNumberColumn, PortNameColumn, PortProtocolColumn, PortTargetColumn };
    enum EndpointColumn { AddressColumn, EndpointPortsColumn, LabelsColumn, WeightColumn, LocalityColumn,
                          NetworkColumn };

    explicit ServiceEntryForm(QWidget *parent = nullptr);
    ~ServiceEntryForm() override;

    void setResource(const Resource &resource) override;
    QLineEdit *hostsEdit() const { return m_hosts; }
    TableEditor *ports() const { return m_ports; }
    TableEditor *endpoints() const { return m_endpoints; }

private:
    void fill();
    void handleListsEdited();
    void handleChoiceEdited();
    void handlePortEdited(int row, int column);
    void handleEndpointEdited(int row, int column);

    QLineEdit *m_hosts;
    QLineEdit *m_addresses;
    QComboBox *m_resolution;
    QComboBox *m_location;
    TableEditor *m_ports;
    TableEditor *m_endpoints;
};

} // namespace meshgate
