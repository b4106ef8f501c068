// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editors/resourceform.h"

class QLabel;
class QLineEdit;

namespace meshgate {

class TableEditor;

// Gateway: the workload selector and the servers (port, protocol, TLS mode, hosts, bind, and the
// certificate files a SIMPLE/MUTUAL server needs).
class GatewayForm final : public ResourceForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GatewayForm)
public:
    enum Column { PortColumn, NameColumn, ProtocolColumn, TlsModeColumn, HostsColumn, BindColumn, CertColumn,
                  KeyColumn, CredentialColumn };

    explicit GatewayForm(QWidget *parent = nullptr);
    ~GatewayForm() override;

    void setResource(const Resource &resource) override;
    void setContext(const FormContext &context) override;
    TableEditor *servers() const { return m_servers; }
    QLabel *localPorts() const { return m_localPorts; }

private:
    void fill();
    void updateLocalPorts();
    void handleSelectorEdited();
    void handleServerEdited(int row, int column);
    void handleAddServer();
    void handleRemoveServer(int row);

    QLineEdit *m_selector;
    TableEditor *m_servers;
    QLabel *m_localPorts = nullptr;
};

} // namespace meshgate
