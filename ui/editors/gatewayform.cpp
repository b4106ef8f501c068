// SPDX-License-Identifier: GPL-3.0-or-later
#include "editors/gatewayform.h"

#include "editors/combodelegate.h"
#include "editors/formutil.h"
#include "editors/tableeditor.h"
#include "routing/routetablecompiler.h"

#include <QFormLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace meshgate {

namespace {

const QStringList kTlsModes{QString(),
                            QStringLiteral("PASSTHROUGH"),
                            QStringLiteral("SIMPLE"),
                            QStringLiteral("MUTUAL"),
                            QStringLiteral("AUTO_PASSTHROUGH"),
                            QStringLiteral("ISTIO_MUTUAL"),
                            QStringLiteral("OPTIONAL_MUTUAL")};

bool isEmpty(const ServerTlsSettings &t)
{
    return !t.httpsRedirect && t.mode.isEmpty() && t.serverCertificate.isEmpty() && t.privateKey.isEmpty()
        && t.caCertificates.isEmpty() && t.caCrl.isEmpty() && t.credentialName.isEmpty() && t.subjectAltNames.isEmpty()
        && t.minProtocolVersion.isEmpty() && t.maxProtocolVersion.isEmpty() && t.cipherSuites.isEmpty()
        && t.extras.empty();
}

} // namespace

GatewayForm::GatewayForm(QWidget *parent)
    : ResourceForm(parent)
    , m_selector(new QLineEdit(this))
    , m_servers(new TableEditor({tr("Port"), tr("Port name"), tr("Protocol"), tr("TLS mode"), tr("Hosts"), tr("Bind"),
                                 tr("Certificate"), tr("Private key"), tr("Credential")},
                                tr("Add server"), this))
{
    m_selector->setPlaceholderText(tr("istio=ingressgateway"));
    m_selector->setToolTip(tr("Labels of the gateway workload, as key=value separated by commas"));
    m_servers->setColumnDelegate(PortColumn, new NumberDelegate(1, 65535, this));
    m_servers->setColumnDelegate(ProtocolColumn, new ComboDelegate(formutil::protocols(), false, this));
    m_servers->setColumnDelegate(TlsModeColumn, new ComboDelegate(kTlsModes, false, this));
    m_servers->setColumnToolTip(HostsColumn, tr("Hosts this server exposes, separated by commas (\"*\" for all; "
                                                "\"ns/host\" to limit namespaces)"));
    m_servers->setColumnToolTip(CertColumn, tr("Server certificate file (PEM), for TLS mode SIMPLE or MUTUAL"));
    m_servers->setColumnToolTip(KeyColumn, tr("Private key file (PEM), for TLS mode SIMPLE or MUTUAL"));
    m_servers->setColumnWidth(PortColumn, 70);
    m_servers->setColumnWidth(NameColumn, 90);
    m_servers->setColumnWidth(ProtocolColumn, 90);
    m_servers->setColumnWidth(TlsModeColumn, 130);
    m_servers->setColumnWidth(HostsColumn, 200);
    m_servers->setColumnWidth(BindColumn, 90);

    auto *hint = new QLabel(tr("Each server opens a listener on its port. PASSTHROUGH forwards TLS untouched by "
                               "SNI; SIMPLE terminates TLS with the certificate and key."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    // A Gateway says port 80; on a laptop it listens on 8080 (or wherever the offset puts it).
    // Users curl the port they wrote, so the form says where it really is.
    m_localPorts = new QLabel(this);
    m_localPorts->setObjectName(QStringLiteral("localPorts"));
    m_localPorts->setWordWrap(true);
    m_localPorts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_localPorts->hide();

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Selector"), m_selector);
    auto *title = new QLabel(tr("Servers"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addWidget(title);
    layout->addWidget(m_servers);
    layout->addWidget(m_localPorts);
    layout->addWidget(hint);
    layout->addStretch(1);

    connect(m_selector, &QLineEdit::editingFinished, this, &GatewayForm::handleSelectorEdited);
    connect(m_servers, &TableEditor::cellEdited, this, &GatewayForm::handleServerEdited);
    connect(m_servers, &TableEditor::addRequested, this, &GatewayForm::handleAddServer);
    connect(m_servers, &TableEditor::removeRequested, this, &GatewayForm::handleRemoveServer);
}

GatewayForm::~GatewayForm() = default;

void GatewayForm::setResource(const Resource &resource)
{
    m_resource = resource;
    fill();
}

void GatewayForm::setContext(const FormContext &context)
{
    ResourceForm::setContext(context);
    updateLocalPorts();
}

void GatewayForm::updateLocalPorts()
{
    const GatewaySpec *g = m_resource.as<GatewaySpec>();
    if (!g || !m_context.engine) {
        m_localPorts->hide();
        return;
    }
    const EngineSettings &engine = *m_context.engine;
    QStringList places;
    // Said the way the route compiler decides it, so the form never promises a port that Apply
    // skips. Clashes with other Gateways are the compiler's to report (Problems, Apply).
    struct Taken
    {
        ListenerSpec::Kind kind;
        int gatewayPort;
    };
    QHash<QString, Taken> taken; // by local address:port
    for (const Server &s : g->servers) {
        if (!s.port.number || *s.port.number < 1 || *s.port.number > 65535)
            continue; // not a port: the field says so already
        const int number = *s.port.number;
        const int port = engine.listenPort(number);
        QHostAddress address = engine.bindAddress;
        if (QHostAddress bind(s.bind); !s.bind.isEmpty() && !bind.isNull())
            address = bind;
        const QString local = socketAddressText(address, port);
        QString problem;
        const std::optional<ListenerSpec::Kind> kind = RouteTableCompiler::listenerKind(s, &problem);
        QString place;
        if (!kind)
            place = tr("port %1 not at all (%2)").arg(number).arg(problem);
        else if (port < 1 || port > 65535)
            place = tr("port %1 nowhere (the port offset makes it %2)").arg(number).arg(port);
        else if (const auto it = taken.constFind(local); it != taken.constEnd() && it->gatewayPort != number)
            place = tr("port %1 not at all (%2 already serves port %3; change a port or the port offset)")
                        .arg(number)
                        .arg(local)
                        .arg(it->gatewayPort);
        else if (it != taken.constEnd() && it->kind != *kind)
            place = tr("port %1 as %2 not at all (%3 already serves another protocol or TLS mode)")
                        .arg(number)
                        .arg(s.port.protocol.toUpper(), local);
        else {
            taken.insert(local, {*kind, number});
            place = tr("port %1 at %2").arg(number).arg(local);
        }
        if (!places.contains(place))
            places.append(place);
    }
    m_localPorts->setVisible(!places.isEmpty());
    m_localPorts->setText(tr("On this machine the engine serves %1. The port offset and the address come from Edit ▸ Preferences or the command line.")
                              .arg(places.join(QStringLiteral(", "))));
}

void GatewayForm::fill()
{
    const GatewaySpec *g = m_resource.as<GatewaySpec>();
    if (!g)
        return;
    formutil::setText(m_selector, formutil::mapText(g->selector));
    QList<QStringList> rows;
    for (const Server &s : g->servers) {
        const ServerTlsSettings tls = s.tls.value_or(ServerTlsSettings{});
        rows.append({formutil::intText(s.port.number), s.port.name, s.port.protocol, tls.mode,
                     formutil::joinList(s.hosts), s.bind, tls.serverCertificate, tls.privateKey, tls.credentialName});
    }
    m_servers->setRows(rows);
    updateLocalPorts();
}

void GatewayForm::handleSelectorEdited()
{
    GatewaySpec *g = m_resource.as<GatewaySpec>();
    const std::optional<StringMap> selector = formutil::parseMap(m_selector->text());
    if (!g || !selector) {
        fill();
        return;
    }
    if (*selector == g->selector)
        return;
    g->selector = *selector;
    commit(tr("Edit Gateway selector"));
}

void GatewayForm::handleServerEdited(int row, int column)
{
    GatewaySpec *g = m_resource.as<GatewaySpec>();
    if (!g || row < 0 || row >= int(g->servers.size()))
        return;
    Server &s = g->servers[size_t(row)];
    const QString text = m_servers->text(row, column);
    ServerTlsSettings tls = s.tls.value_or(ServerTlsSettings{});
    switch (column) {
    case PortColumn: {
        const auto number = formutil::parseInt(text);
        if (!number.ok) {
            fill(); // not a number: put the model's value back
            return;
        }
        s.port.number = number.value;
        break;
    }
    case NameColumn:
        s.port.name = text;
        break;
    case ProtocolColumn:
        s.port.protocol = text;
        break;
    case TlsModeColumn:
        tls.mode = text;
        break;
    case HostsColumn:
        s.hosts = formutil::splitList(text);
        break;
    case BindColumn:
        s.bind = text;
        break;
    case CertColumn:
        tls.serverCertificate = text;
        break;
    case KeyColumn:
        tls.privateKey = text;
        break;
    case CredentialColumn:
        tls.credentialName = text;
        break;
    default:
        return;
    }
    if (isEmpty(tls))
        s.tls.reset();
    else
        s.tls = tls;
    commit(tr("Edit Gateway server %1").arg(row + 1));
}

void GatewayForm::handleAddServer()
{
    GatewaySpec *g = m_resource.as<GatewaySpec>();
    if (!g)
        return;
    Server s;
    int port = 80;
    for (const Server &existing : g->servers)
        port = std::max(port, existing.port.number.value_or(0) + 1);
    s.port.number = port;
    s.port.protocol = QStringLiteral("HTTP");
    s.port.name = QStringLiteral("http-%1").arg(port);
    s.hosts = QStringList{QStringLiteral("*")};
    g->servers.push_back(s);
    commit(tr("Add Gateway server"));
}

void GatewayForm::handleRemoveServer(int row)
{
    GatewaySpec *g = m_resource.as<GatewaySpec>();
    if (!g || row < 0 || row >= int(g->servers.size()))
        return;
    g->servers.erase(g->servers.begin() + row);
    commit(tr("Remove Gateway server %1").arg(row + 1));
}

} // namespace meshgate
