// SPDX-License-Identifier: GPL-3.0-or-later
#include "editors/serviceentryform.h"

#include "editors/combodelegate.h"
#include "editors/formutil.h"
#include "editors/tableeditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace meshgate {

namespace {


QString portsText(const QMap<QString, int> &ports)
{
    QStringList parts;
    for (auto it = ports.cbegin(); it != ports.cend(); ++it)
        parts.append(it.key() + QLatin1Char('=') + QString::number(*it));
    return parts.join(QStringLiteral(", "));
}

std::optional<QMap<QString, int>> parsePorts(const QString &text)
{
    const std::optional<StringMap> map = formutil::parseMap(text);
    if (!map)
        return std::nullopt;
    QMap<QString, int> out;
    for (auto it = map->cbegin(); it != map->cend(); ++it) {
        bool ok = false;
        const int n = it.value().toInt(&ok);
        if (!ok)
            return std::nullopt;
        out.insert(it.key(), n);
    }
    return out;
}

} // namespace

ServiceEntryForm::ServiceEntryForm(QWidget *parent)
    : ResourceForm(parent)
    , m_hosts(new QLineEdit(this))
    , m_addresses(new QLineEdit(this))
    , m_resolution(new QComboBox(this))
    , m_location(new QComboBox(this))
    , m_ports(new TableEditor({tr("Number"), tr("Name"), tr("Protocol"), tr("Target port")}, tr("Add port"), this))
    , m_endpoints(new TableEditor({tr("Address"), tr("Ports"), tr("Labels"), tr("Weight"), tr("Locality"),
                                   tr("Network")},
                                  tr("Add endpoint"), this))
{
    m_hosts->setPlaceholderText(tr("api.example.com, *.example.org"));
    m_hosts->setToolTip(tr("Host names this entry adds to the registry, separated by commas"));
    m_addresses->setPlaceholderText(tr("optional virtual IPs or CIDRs"));
    m_resolution->addItem(tr("(default: NONE)"), QString());
    for (const char *r : {"NONE", "STATIC", "DNS", "DNS_ROUND_ROBIN"})
        m_resolution->addItem(QString::fromLatin1(r), QString::fromLatin1(r));
    m_resolution->setToolTip(tr("NONE: connect to the address the client asked for; STATIC: the endpoints' IPs; "
                                "DNS: resolve the host (or endpoint names) and balance over all answers; "
                                "DNS_ROUND_ROBIN: use the first answer per connection"));
    m_location->addItem(tr("(default: MESH_EXTERNAL)"), QString());
    m_location->addItem(QStringLiteral("MESH_EXTERNAL"), QStringLiteral("MESH_EXTERNAL"));
    m_location->addItem(QStringLiteral("MESH_INTERNAL"), QStringLiteral("MESH_INTERNAL"));

    m_ports->setColumnDelegate(PortNumberColumn, new NumberDelegate(1, 65535, this));
    m_ports->setColumnDelegate(PortProtocolColumn, new ComboDelegate(formutil::protocols(), false, this));
    m_ports->setColumnDelegate(PortTargetColumn, new NumberDelegate(1, 65535, this));
    m_endpoints->setColumnDelegate(WeightColumn, new NumberDelegate(0, 1000000, this));
    m_endpoints->setColumnToolTip(EndpointPortsColumn, tr("Per-port overrides: portname=number, separated by commas"));
    m_endpoints->setColumnToolTip(LabelsColumn, tr("key=value, separated by commas"));
    m_endpoints->setColumnWidth(AddressColumn, 160);
    m_endpoints->setColumnWidth(EndpointPortsColumn, 140);
    m_endpoints->setColumnWidth(LabelsColumn, 160);

    auto *outer = new QVBoxLayout(this);
    auto *layout = new QFormLayout;
    outer->addLayout(layout);
    outer->addStretch(1);
    layout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    layout->addRow(tr("Ho&sts"), m_hosts);
    layout->addRow(tr("&Addresses"), m_addresses);
    layout->addRow(tr("&Resolution"), m_resolution);
    layout->addRow(tr("&Location"), m_location);
    layout->addRow(tr("Ports"), m_ports);
    layout->addRow(tr("Endpoints"), m_endpoints);

    connect(m_hosts, &QLineEdit::editingFinished, this, &ServiceEntryForm::handleListsEdited);
    connect(m_addresses, &QLineEdit::editingFinished, this, &ServiceEntryForm::handleListsEdited);
    connect(m_resolution, &QComboBox::activated, this, &ServiceEntryForm::handleChoiceEdited);
    connect(m_location, &QComboBox::activated, this, &ServiceEntryForm::handleChoiceEdited);
    connect(m_ports, &TableEditor::cellEdited, this, &ServiceEntryForm::handlePortEdited);
    connect(m_endpoints, &TableEditor::cellEdited, this, &ServiceEntryForm::handleEndpointEdited);
    connect(m_ports, &TableEditor::addRequested, this, [this] {
        ServiceEntrySpec *se = m_resource.as<ServiceEntrySpec>();
        ServicePort p;
        p.number = se->ports.empty() ? 80 : se->ports.back().number.value_or(80) + 1;
        p.name = QStringLiteral("port-%1").arg(*p.number);
        p.protocol = QStringLiteral("HTTP");
        se->ports.push_back(p);
        commit(tr("Add ServiceEntry port"));
    });
    connect(m_ports, &TableEditor::removeRequested, this, [this](int row) {
        ServiceEntrySpec *se = m_resource.as<ServiceEntrySpec>();
        se->ports.erase(se->ports.begin() + row);
        commit(tr("Remove ServiceEntry port"));
    });
    connect(m_endpoints, &TableEditor::addRequested, this, [this] {
        WorkloadEntry e;
        e.address = QStringLiteral("127.0.0.1");
        m_resource.as<ServiceEntrySpec>()->endpoints.push_back(e);
        commit(tr("Add ServiceEntry endpoint"));
    });
    connect(m_endpoints, &TableEditor::removeRequested, this, [this](int row) {
        ServiceEntrySpec *se = m_resource.as<ServiceEntrySpec>();
        se->endpoints.erase(se->endpoints.begin() + row);
        commit(tr("Remove ServiceEntry endpoint"));
    });
}

ServiceEntryForm::~ServiceEntryForm() = default;

void ServiceEntryForm::setResource(const Resource &resource)
{
    m_resource = resource;
    fill();
}

void ServiceEntryForm::fill()
{
    const ServiceEntrySpec *se = m_resource.as<ServiceEntrySpec>();
    if (!se)
        return;
    formutil::setText(m_hosts, formutil::joinList(se->hosts));
    formutil::setText(m_addresses, formutil::joinList(se->addresses));
    formutil::setComboText(m_resolution, se->resolution);
    formutil::setComboText(m_location, se->location);
    QList<QStringList> ports;
    for (const ServicePort &p : se->ports)
        ports.append({formutil::intText(p.number), p.name, p.protocol, formutil::intText(p.targetPort)});
    m_ports->setRows(ports);
    QList<QStringList> endpoints;
    for (const WorkloadEntry &e : se->endpoints)
        endpoints.append({e.address, portsText(e.ports), formutil::mapText(e.labels), formutil::intText(e.weight),
                          e.locality, e.network});
    m_endpoints->setRows(endpoints);
}

void ServiceEntryForm::handleListsEdited()
{
    ServiceEntrySpec *se = m_resource.as<ServiceEntrySpec>();
    const QStringList hosts = formutil::splitList(m_hosts->text());
    const QStringList addresses = formutil::splitList(m_addresses->text());
    if (hosts == se->hosts && addresses == se->addresses)
        return;
    se->hosts = hosts;
    se->addresses = addresses;
    commit(tr("Edit ServiceEntry hosts"));
}

void ServiceEntryForm::handleChoiceEdited()
{
    ServiceEntrySpec *se = m_resource.as<ServiceEntrySpec>();
    se->resolution = m_resolution->currentData().toString();
    se->location = m_location->currentData().toString();
    commit(tr("Edit ServiceEntry resolution"));
}

void ServiceEntryForm::handlePortEdited(int row, int column)
{
    ServiceEntrySpec *se = m_resource.as<ServiceEntrySpec>();
    if (row < 0 || row >= int(se->ports.size()))
        return;
    ServicePort &p = se->ports[size_t(row)];
    const QString text = m_ports->text(row, column);
    if (column == PortNumberColumn || column == PortTargetColumn) {
        const auto number = formutil::parseInt(text);
        if (!number.ok) {
            fill();
            return;
        }
        (column == PortNumberColumn ? p.number : p.targetPort) = number.value;
    } else if (column == PortNameColumn) {
        p.name = text;
    } else if (column == PortProtocolColumn) {
        p.protocol = text;
    }
    commit(tr("Edit ServiceEntry port %1").arg(row + 1));
}

void ServiceEntryForm::handleEndpointEdited(int row, int column)
{
    ServiceEntrySpec *se = m_resource.as<ServiceEntrySpec>();
    if (row < 0 || row >= int(se->endpoints.size()))
        return;
    WorkloadEntry &e = se->endpoints[size_t(row)];
    const QString text = m_endpoints->text(row, column);
    switch (column) {
    case AddressColumn:
        e.address = text;
        break;
    case EndpointPortsColumn: {
        const auto ports = parsePorts(text);
        if (!ports) {
            fill();
            return;
        }
        e.ports = *ports;
        break;
    }
    case LabelsColumn: {
        const auto labels = formutil::parseMap(text);
        if (!labels) {
            fill();
            return;
        }
        e.labels = *labels;
        break;
    }
    case WeightColumn: {
        const auto weight = formutil::parseInt(text);
        if (!weight.ok) {
            fill();
            return;
        }
        e.weight = weight.value;
        break;
    }
    case LocalityColumn:
        e.locality = text;
        break;
    case NetworkColumn:
        e.network = text;
        break;
    }
    commit(tr("Edit ServiceEntry endpoint %1").arg(row + 1));
}

} // namespace meshgate
