// SPDX-License-Identifier: GPL-3.0-or-later
#include "editors/tlsrouteeditor.h"

#include "editors/combodelegate.h"
#include "editors/formutil.h"
#include "editors/routeutil.h"
#include "editors/tableeditor.h"

#include <QFormLayout>
#include <QLabel>
#include <QTableWidget>

namespace meshgate {

TlsRouteEditor::TlsRouteEditor(QWidget *parent)
    : QWidget(parent)
    , m_matches(new TableEditor({tr("SNI hosts"), tr("Port"), tr("Gateways")}, tr("Add match"), this))
    , m_destinations(new TableEditor({tr("Host"), tr("Port"), tr("Subset"), tr("Weight")}, tr("Add destination"), this))
{
    m_matches->setColumnToolTip(SniColumn, tr("Server names from the TLS ClientHello, separated by commas"));
    m_matches->setColumnDelegate(PortColumn, new NumberDelegate(1, 65535, this));
    m_matches->setColumnWidth(SniColumn, 220);
    m_matches->setColumnWidth(PortColumn, 60);
    m_destinations->setColumnDelegate(routeutil::HostColumn,
                                      new ComboDelegate([this](const QModelIndex &) { return m_context.serviceHosts; },
                                                        true, this));
    m_destinations->setColumnDelegate(routeutil::PortColumn, new NumberDelegate(1, 65535, this));
    m_destinations->setColumnDelegate(routeutil::WeightColumn, new NumberDelegate(0, 100, this));
    m_destinations->setColumnWidth(routeutil::HostColumn, 200);
    m_destinations->setColumnWidth(routeutil::PortColumn, 70);
    m_destinations->setColumnWidth(routeutil::SubsetColumn, 90);

    auto *layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    layout->addRow(tr("Match any of"), m_matches);
    layout->addRow(tr("Destinations"), m_destinations);

    connect(m_matches, &TableEditor::cellEdited, this, &TlsRouteEditor::handleMatchEdited);
    connect(m_destinations, &TableEditor::cellEdited, this, &TlsRouteEditor::handleDestinationEdited);
    connect(m_matches, &TableEditor::addRequested, this, [this] {
        TlsMatchAttributes m;
        m.port = 443;
        m_route.match.push_back(m);
        Q_EMIT edited(m_route, tr("Add match to TLS route %1").arg(m_index + 1));
    });
    connect(m_matches, &TableEditor::removeRequested, this, [this](int row) {
        m_route.match.erase(m_route.match.begin() + row);
        Q_EMIT edited(m_route, tr("Remove match from TLS route %1").arg(m_index + 1));
    });
    connect(m_destinations, &TableEditor::addRequested, this, [this] {
        RouteDestination d;
        d.destination.host = m_context.serviceHosts.value(0);
        d.destination.hasPort = true;
        d.destination.port.number = 443;
        m_route.route.push_back(d);
        Q_EMIT edited(m_route, tr("Add destination to TLS route %1").arg(m_index + 1));
    });
    connect(m_destinations, &TableEditor::removeRequested, this, [this](int row) {
        m_route.route.erase(m_route.route.begin() + row);
        Q_EMIT edited(m_route, tr("Remove destination from TLS route %1").arg(m_index + 1));
    });
}

TlsRouteEditor::~TlsRouteEditor() = default;

void TlsRouteEditor::setRoute(const TlsRoute &route, int index)
{
    m_route = route;
    m_index = index;
    fill();
}

void TlsRouteEditor::fill()
{
    QList<QStringList> matches;
    for (const TlsMatchAttributes &m : m_route.match)
        matches.append({formutil::joinList(m.sniHosts), formutil::intText(m.port), formutil::joinList(m.gateways)});
    m_matches->setRows(matches);
    QList<QStringList> destinations;
    std::vector<std::optional<int>> weights;
    for (const RouteDestination &d : m_route.route) {
        destinations.append(routeutil::destinationRow(d.destination, d.weight));
        weights.push_back(d.weight);
    }
    m_destinations->setRows(destinations);
    const routeutil::WeightCheck check = routeutil::checkWeights(weights);
    m_destinations->setNote(check.text);
    m_destinations->note()->setStyleSheet(routeutil::weightCheckStyle(check));
}

void TlsRouteEditor::handleMatchEdited(int row, int column)
{
    if (row < 0 || row >= int(m_route.match.size()))
        return;
    TlsMatchAttributes &m = m_route.match[size_t(row)];
    const QString text = m_matches->text(row, column);
    if (column == SniColumn) {
        m.sniHosts = formutil::splitList(text);
    } else if (column == PortColumn) {
        const auto port = formutil::parseInt(text);
        if (!port.ok) {
            fill();
            return;
        }
        m.port = port.value;
    } else if (column == GatewaysColumn) {
        m.gateways = formutil::splitList(text);
    }
    Q_EMIT edited(m_route, tr("Edit match %1 of TLS route %2").arg(row + 1).arg(m_index + 1));
}

void TlsRouteEditor::handleDestinationEdited(int row, int column)
{
    if (row < 0 || row >= int(m_route.route.size()))
        return;
    RouteDestination &d = m_route.route[size_t(row)];
    if (!routeutil::applyDestinationCell(d.destination, d.weight, column, m_destinations->text(row, column))) {
        fill();
        return;
    }
    Q_EMIT edited(m_route, tr("Edit destination %1 of TLS route %2").arg(row + 1).arg(m_index + 1));
}

} // namespace meshgate
