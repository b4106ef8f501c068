// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editors/resourceform.h"

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace meshgate {

class TableEditor;

// DestinationRule: host, load balancer, upstream TLS (origination), connection pool, outlier
// detection and subsets. Port-level and subset-level policies are kept and edited in YAML.
class DestinationRuleForm final : public ResourceForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DestinationRuleForm)
public:
    explicit DestinationRuleForm(QWidget *parent = nullptr);
    ~DestinationRuleForm() override;

    void setResource(const Resource &resource) override;
    void setContext(const FormContext &context) override;
    QComboBox *hostCombo() const { return m_host; }
    QComboBox *tlsModeCombo() const { return m_tlsMode; }
    TableEditor *subsets() const { return m_subsets; }

private:
    void fill();
    void handleFieldsEdited();
    void handleSubsetEdited(int row, int column);

    QComboBox *m_host;
    QComboBox *m_loadBalancer;
    QComboBox *m_tlsMode;
    QLineEdit *m_sni;
    QLineEdit *m_caCertificates;
    QLineEdit *m_clientCertificate;
    QLineEdit *m_privateKey;
    QLineEdit *m_subjectAltNames;
    QCheckBox *m_insecureSkipVerify;
    QLineEdit *m_maxConnections;
    QLineEdit *m_connectTimeout;
    QLineEdit *m_maxRequestsPerConnection;
    QLineEdit *m_maxPendingRequests;
    QLineEdit *m_idleTimeout;
    QLineEdit *m_consecutive5xx;
    QLineEdit *m_interval;
    QLineEdit *m_baseEjectionTime;
    QLineEdit *m_maxEjectionPercent;
    TableEditor *m_subsets;
};

} // namespace meshgate
