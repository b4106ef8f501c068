// SPDX-License-Identifier: GPL-3.0-or-later
#include "editors/destinationruleform.h"

#include "editors/formutil.h"
#include "editors/tableeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace meshgate {

namespace {

bool empty(const LoadBalancerSettings &s)
{
    return s.simple.isEmpty() && s.extras.empty();
}
bool empty(const ClientTlsSettings &t)
{
    return t.mode.isEmpty() && t.clientCertificate.isEmpty() && t.privateKey.isEmpty() && t.caCertificates.isEmpty()
        && t.credentialName.isEmpty() && t.subjectAltNames.isEmpty() && t.sni.isEmpty() && !t.insecureSkipVerify
        && t.caCrl.isEmpty() && t.extras.empty();
}
bool empty(const TcpSettings &t)
{
    return !t.maxConnections && t.connectTimeout.isEmpty() && t.idleTimeout.isEmpty()
        && t.maxConnectionDuration.isEmpty() && t.extras.empty();
}
bool empty(const HttpSettings &h)
{
    return !h.http1MaxPendingRequests && !h.http2MaxRequests && !h.maxRequestsPerConnection && !h.maxRetries
        && h.idleTimeout.isEmpty() && h.h2UpgradePolicy.isEmpty() && !h.useClientProtocol && !h.maxConcurrentStreams
        && h.extras.empty();
}
bool empty(const ConnectionPoolSettings &c)
{
    return !c.tcp && !c.http && c.extras.empty();
}
bool empty(const OutlierDetection &o)
{
    return !o.splitExternalLocalOriginErrors && !o.consecutiveLocalOriginFailures && !o.consecutiveGatewayErrors
        && !o.consecutive5xxErrors && o.interval.isEmpty() && o.baseEjectionTime.isEmpty() && !o.maxEjectionPercent
        && !o.minHealthPercent && o.extras.empty();
}
bool empty(const TrafficPolicy &p)
{
    return !p.loadBalancer && !p.connectionPool && !p.outlierDetection && !p.tls && p.portLevelSettings.empty()
        && p.extras.empty();
}

// Keeps an optional struct only while it holds something.
template<typename T> void settle(std::optional<T> &slot, T value)
{
    if (empty(value))
        slot.reset();
    else
        slot = std::move(value);
}

QLineEdit *numberEdit(QWidget *parent, const QString &placeholder)
{
    auto *e = new QLineEdit(parent);
    e->setValidator(new QIntValidator(0, 1000000000, e));
    e->setPlaceholderText(placeholder);
    return e;
}

QLineEdit *textEdit(QWidget *parent, const QString &placeholder)
{
    auto *e = new QLineEdit(parent);
    e->setPlaceholderText(placeholder);
    return e;
}

} // namespace

DestinationRuleForm::DestinationRuleForm(QWidget *parent)
    : ResourceForm(parent)
    , m_host(new QComboBox(this))
    , m_loadBalancer(new QComboBox(this))
    , m_tlsMode(new QComboBox(this))
    , m_sni(textEdit(this, tr("default: the request's host")))
    , m_caCertificates(textEdit(this, tr("default: the system store")))
    , m_clientCertificate(textEdit(this, tr("for MUTUAL")))
    , m_privateKey(textEdit(this, tr("for MUTUAL")))
    , m_subjectAltNames(textEdit(this, tr("names the server certificate must carry")))
    , m_insecureSkipVerify(new QCheckBox(tr("Skip certificate verification (insecure)"), this))
    , m_maxConnections(numberEdit(this, tr("unlimited")))
    , m_connectTimeout(textEdit(this, tr("10s")))
    , m_maxRequestsPerConnection(numberEdit(this, tr("unlimited")))
    , m_maxPendingRequests(numberEdit(this, tr("unlimited")))
    , m_idleTimeout(textEdit(this, tr("1h")))
    , m_consecutive5xx(numberEdit(this, tr("5")))
    , m_interval(textEdit(this, tr("10s")))
    , m_baseEjectionTime(textEdit(this, tr("30s")))
    , m_maxEjectionPercent(numberEdit(this, tr("10")))
    , m_subsets(new TableEditor({tr("Name"), tr("Labels"), tr("Own policy")}, tr("Add subset"), this))
{
    m_host->setEditable(true);
    m_host->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_host->setInsertPolicy(QComboBox::NoInsert);
    m_host->setToolTip(tr("The service this rule applies to, usually a ServiceEntry host"));
    m_loadBalancer->addItem(tr("(default: LEAST_REQUEST)"), QString());
    for (const char *lb : {"ROUND_ROBIN", "LEAST_REQUEST", "LEAST_CONN", "RANDOM", "PASSTHROUGH"})
        m_loadBalancer->addItem(QString::fromLatin1(lb), QString::fromLatin1(lb));
    m_tlsMode->addItem(tr("(none: plain connection)"), QString());
    for (const char *mode : {"DISABLE", "SIMPLE", "MUTUAL", "ISTIO_MUTUAL"})
        m_tlsMode->addItem(QString::fromLatin1(mode), QString::fromLatin1(mode));
    m_tlsMode->setToolTip(tr("SIMPLE originates TLS to the upstream; MUTUAL also presents a client certificate"));
    m_subsets->setColumnToolTip(1, tr("Endpoint labels, key=value separated by commas"));
    m_subsets->setColumnWidth(0, 120);
    m_subsets->setColumnWidth(1, 240);

    auto *tls = new QGroupBox(tr("Upstream TLS"), this);
    auto *tlsLayout = new QFormLayout(tls);
    tlsLayout->addRow(tr("&Mode"), m_tlsMode);
    tlsLayout->addRow(tr("SN&I"), m_sni);
    tlsLayout->addRow(tr("CA certificates"), m_caCertificates);
    tlsLayout->addRow(tr("Client certificate"), m_clientCertificate);
    tlsLayout->addRow(tr("Private key"), m_privateKey);
    tlsLayout->addRow(tr("Subject alt names"), m_subjectAltNames);
    tlsLayout->addRow(QString(), m_insecureSkipVerify);

    auto *pool = new QGroupBox(tr("Connection pool"), this);
    auto *poolLayout = new QFormLayout(pool);
    poolLayout->addRow(tr("Max connections"), m_maxConnections);
    poolLayout->addRow(tr("Connect timeout"), m_connectTimeout);
    poolLayout->addRow(tr("Max requests per connection"), m_maxRequestsPerConnection);
    poolLayout->addRow(tr("Max pending requests"), m_maxPendingRequests);
    poolLayout->addRow(tr("Idle timeout"), m_idleTimeout);

    auto *outlier = new QGroupBox(tr("Outlier detection"), this);
    auto *outlierLayout = new QFormLayout(outlier);
    outlierLayout->addRow(tr("Consecutive 5xx errors"), m_consecutive5xx);
    outlierLayout->addRow(tr("Interval"), m_interval);
    outlierLayout->addRow(tr("Base ejection time"), m_baseEjectionTime);
    outlierLayout->addRow(tr("Max ejection %"), m_maxEjectionPercent);

    auto *groups = new QGridLayout;
    groups->addWidget(tls, 0, 0, 2, 1);
    groups->addWidget(pool, 0, 1);
    groups->addWidget(outlier, 1, 1);
    groups->setColumnStretch(0, 1);
    groups->setColumnStretch(1, 1);

    auto *outer = new QVBoxLayout(this);
    auto *layout = new QFormLayout;
    outer->addLayout(layout);
    outer->addStretch(1);
    layout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    layout->addRow(tr("Ho&st"), m_host);
    layout->addRow(tr("&Load balancer"), m_loadBalancer);
    layout->addRow(groups);
    layout->addRow(tr("Subsets"), m_subsets);

    for (QLineEdit *e : {m_sni, m_caCertificates, m_clientCertificate, m_privateKey, m_subjectAltNames,
                         m_maxConnections, m_connectTimeout, m_maxRequestsPerConnection, m_maxPendingRequests,
                         m_idleTimeout, m_consecutive5xx, m_interval, m_baseEjectionTime, m_maxEjectionPercent})
        connect(e, &QLineEdit::editingFinished, this, &DestinationRuleForm::handleFieldsEdited);
    connect(m_host->lineEdit(), &QLineEdit::editingFinished, this, &DestinationRuleForm::handleFieldsEdited);
    connect(m_host, &QComboBox::activated, this, &DestinationRuleForm::handleFieldsEdited);
    connect(m_loadBalancer, &QComboBox::activated, this, &DestinationRuleForm::handleFieldsEdited);
    connect(m_tlsMode, &QComboBox::activated, this, &DestinationRuleForm::handleFieldsEdited);
    connect(m_insecureSkipVerify, &QCheckBox::clicked, this, &DestinationRuleForm::handleFieldsEdited);
    connect(m_subsets, &TableEditor::cellEdited, this, &DestinationRuleForm::handleSubsetEdited);
    connect(m_subsets, &TableEditor::addRequested, this, [this] {
        DestinationRuleSpec *dr = m_resource.as<DestinationRuleSpec>();
        Subset s;
        s.name = QStringLiteral("v%1").arg(dr->subsets.size() + 1);
        s.labels.insert(QStringLiteral("version"), s.name);
        dr->subsets.push_back(s);
        commit(tr("Add subset"));
    });
    connect(m_subsets, &TableEditor::removeRequested, this, [this](int row) {
        DestinationRuleSpec *dr = m_resource.as<DestinationRuleSpec>();
        dr->subsets.erase(dr->subsets.begin() + row);
        commit(tr("Remove subset"));
    });
}

DestinationRuleForm::~DestinationRuleForm() = default;

void DestinationRuleForm::setContext(const FormContext &context)
{
    ResourceForm::setContext(context);
    const QString current = m_host->currentText();
    m_updating = true;
    m_host->clear();
    m_host->addItems(context.serviceHosts);
    m_host->setEditText(current);
    m_updating = false;
}

void DestinationRuleForm::setResource(const Resource &resource)
{
    m_resource = resource;
    fill();
}

void DestinationRuleForm::fill()
{
    const DestinationRuleSpec *dr = m_resource.as<DestinationRuleSpec>();
    if (!dr)
        return;
    m_updating = true;
    if (!m_host->lineEdit()->hasFocus() || !m_host->lineEdit()->isModified())
        m_host->setEditText(dr->host);
    const TrafficPolicy tp = dr->trafficPolicy.value_or(TrafficPolicy{});
    formutil::setComboText(m_loadBalancer, tp.loadBalancer ? tp.loadBalancer->simple : QString());
    const ClientTlsSettings tls = tp.tls.value_or(ClientTlsSettings{});
    formutil::setComboText(m_tlsMode, tls.mode);
    formutil::setText(m_sni, tls.sni);
    formutil::setText(m_caCertificates, tls.caCertificates);
    formutil::setText(m_clientCertificate, tls.clientCertificate);
    formutil::setText(m_privateKey, tls.privateKey);
    formutil::setText(m_subjectAltNames, formutil::joinList(tls.subjectAltNames));
    m_insecureSkipVerify->setChecked(tls.insecureSkipVerify.value_or(false));
    const ConnectionPoolSettings pool = tp.connectionPool.value_or(ConnectionPoolSettings{});
    const TcpSettings tcp = pool.tcp.value_or(TcpSettings{});
    const HttpSettings http = pool.http.value_or(HttpSettings{});
    formutil::setText(m_maxConnections, formutil::intText(tcp.maxConnections));
    formutil::setText(m_connectTimeout, tcp.connectTimeout);
    formutil::setText(m_maxRequestsPerConnection, formutil::intText(http.maxRequestsPerConnection));
    formutil::setText(m_maxPendingRequests, formutil::intText(http.http1MaxPendingRequests));
    formutil::setText(m_idleTimeout, http.idleTimeout);
    const OutlierDetection outlier = tp.outlierDetection.value_or(OutlierDetection{});
    formutil::setText(m_consecutive5xx, formutil::intText(outlier.consecutive5xxErrors));
    formutil::setText(m_interval, outlier.interval);
    formutil::setText(m_baseEjectionTime, outlier.baseEjectionTime);
    formutil::setText(m_maxEjectionPercent, formutil::intText(outlier.maxEjectionPercent));

    QList<QStringList> rows;
    for (const Subset &s : dr->subsets)
        rows.append({s.name, formutil::mapText(s.labels), s.trafficPolicy ? tr("yes (edit in YAML)") : QString()});
    m_subsets->setRows(rows);
    for (int r = 0; r < m_subsets->table()->rowCount(); ++r)
        if (QTableWidgetItem *item = m_subsets->table()->item(r, 2))
            item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    m_updating = false;
}

void DestinationRuleForm::handleFieldsEdited()
{
    if (m_updating)
        return;
    DestinationRuleSpec *dr = m_resource.as<DestinationRuleSpec>();
    if (!dr)
        return;
    const auto maxConnections = formutil::parseInt(m_maxConnections->text());
    const auto maxRequests = formutil::parseInt(m_maxRequestsPerConnection->text());
    const auto maxPending = formutil::parseInt(m_maxPendingRequests->text());
    const auto consecutive = formutil::parseInt(m_consecutive5xx->text());
    const auto maxEjection = formutil::parseInt(m_maxEjectionPercent->text());
    if (!maxConnections.ok || !maxRequests.ok || !maxPending.ok || !consecutive.ok || !maxEjection.ok) {
        fill();
        return;
    }

    DestinationRuleSpec spec = *dr;
    spec.host = m_host->currentText().trimmed();
    TrafficPolicy tp = spec.trafficPolicy.value_or(TrafficPolicy{});

    LoadBalancerSettings lb = tp.loadBalancer.value_or(LoadBalancerSettings{});
    lb.simple = m_loadBalancer->currentData().toString();
    settle(tp.loadBalancer, lb);

    ClientTlsSettings tls = tp.tls.value_or(ClientTlsSettings{});
    tls.mode = m_tlsMode->currentData().toString();
    tls.sni = m_sni->text().trimmed();
    tls.caCertificates = m_caCertificates->text().trimmed();
    tls.clientCertificate = m_clientCertificate->text().trimmed();
    tls.privateKey = m_privateKey->text().trimmed();
    tls.subjectAltNames = formutil::splitList(m_subjectAltNames->text());
    if (m_insecureSkipVerify->isChecked())
        tls.insecureSkipVerify = true;
    else if (tls.insecureSkipVerify)
        tls.insecureSkipVerify = false; // written before: keep the key, now saying false
    settle(tp.tls, tls);

    ConnectionPoolSettings pool = tp.connectionPool.value_or(ConnectionPoolSettings{});
    TcpSettings tcp = pool.tcp.value_or(TcpSettings{});
    tcp.maxConnections = maxConnections.value;
    tcp.connectTimeout = m_connectTimeout->text().trimmed();
    settle(pool.tcp, tcp);
    HttpSettings http = pool.http.value_or(HttpSettings{});
    http.maxRequestsPerConnection = maxRequests.value;
    http.http1MaxPendingRequests = maxPending.value;
    http.idleTimeout = m_idleTimeout->text().trimmed();
    settle(pool.http, http);
    settle(tp.connectionPool, pool);

    OutlierDetection outlier = tp.outlierDetection.value_or(OutlierDetection{});
    outlier.consecutive5xxErrors = consecutive.value;
    outlier.interval = m_interval->text().trimmed();
    outlier.baseEjectionTime = m_baseEjectionTime->text().trimmed();
    outlier.maxEjectionPercent = maxEjection.value;
    settle(tp.outlierDetection, outlier);

    settle(spec.trafficPolicy, tp);
    *dr = spec;
    commit(tr("Edit DestinationRule %1").arg(m_resource.metadata.name));
}

void DestinationRuleForm::handleSubsetEdited(int row, int column)
{
    DestinationRuleSpec *dr = m_resource.as<DestinationRuleSpec>();
    if (!dr || row < 0 || row >= int(dr->subsets.size()))
        return;
    Subset &s = dr->subsets[size_t(row)];
    if (column == 0) {
        s.name = m_subsets->text(row, 0);
    } else if (column == 1) {
        const auto labels = formutil::parseMap(m_subsets->text(row, 1));
        if (!labels) {
            fill();
            return;
        }
        s.labels = *labels;
    } else {
        return;
    }
    commit(tr("Edit subset %1").arg(s.name));
}

} // namespace meshgate
