// SPDX-License-Identifier: GPL-3.0-or-later
#include "routemap/routemappanel.h"

#include "common/workspace.h"
#include "engine/engine.h"
#include "routemap/routemapview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace meshgate {

namespace {
constexpr int kRebuildDelayMs = 250;
constexpr int kRateIntervalMs = 1000;
}

RouteMapPanel::RouteMapPanel(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_view(new RouteMapView(this))
    , m_status(new QLabel(this))
    , m_fit(new QToolButton(this))
    , m_rebuildTimer(new QTimer(this))
    , m_rateTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("RouteMapPanel"));
    m_view->setToolTip(tr("Click a box to open its resource. Drag to pan, Ctrl+wheel to zoom."));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fit->setText(tr("&Fit"));
    m_fit->setToolTip(tr("Shrink the map to fit the panel"));
    connect(m_fit, &QToolButton::clicked, m_view, &RouteMapView::fitToView);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 3, 6, 3);
    bar->addWidget(m_status, 1);
    bar->addWidget(m_fit);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    m_rebuildTimer->setSingleShot(true);
    m_rebuildTimer->setInterval(kRebuildDelayMs);
    connect(m_rebuildTimer, &QTimer::timeout, this, &RouteMapPanel::rebuild);
    m_rateTimer->setInterval(kRateIntervalMs);
    connect(m_rateTimer, &QTimer::timeout, this, &RouteMapPanel::updateRatesNow);
    connect(m_view, &RouteMapView::nodeActivated, this, &RouteMapPanel::handleNodeActivated);
    // Diagnostics are recomputed after every edit (batched), so this is "the workspace changed
    // and we know whether it is valid". A running engine's map changes only when it applies.
    connect(m_workspace, &Workspace::diagnosticsChanged, this, [this] {
        if (!m_engine)
            scheduleRebuild();
    });
    scheduleRebuild();
}

RouteMapPanel::~RouteMapPanel() = default;

void RouteMapPanel::setEngine(Engine *engine)
{
    // The controller destroys a stopped engine before it says so: m_engine may already be null.
    if (m_engine && m_engine != engine)
        m_engine->disconnect(this);
    const bool another = engine != m_engine;
    m_engine = engine;
    if (engine && another) {
        // Not deferred while hidden, unlike workspace edits: requests are counted on the edges of
        // the running configuration's graph from the moment it applies, looked at or not.
        connect(engine, &Engine::configApplied, this, &RouteMapPanel::rebuildNow, Qt::UniqueConnection);
        connect(engine, &Engine::accessLogBatch, this, &RouteMapPanel::handleAccessLogBatch, Qt::UniqueConnection);
        m_sinceRates.start();
        m_rateTimer->start();
    } else if (!engine) {
        m_rateTimer->stop();
    }
    // The engine applied its configuration before anyone could connect to it.
    rebuildNow();
}

void RouteMapPanel::setEngineSettings(const EngineSettings &settings)
{
    m_settings = settings;
    if (!m_engine)
        scheduleRebuild();
}

void RouteMapPanel::setCurrentResource(quint64 id)
{
    m_currentId = id;
    updateHighlight();
}

void RouteMapPanel::scheduleRebuild()
{
    m_stale = true;
    // Hidden behind another tab, the map waits until it is looked at.
    if (isVisible())
        m_rebuildTimer->start();
}

void RouteMapPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        rebuild();
}

void RouteMapPanel::rebuildNow()
{
    m_rebuildTimer->stop();
    rebuild();
}

void RouteMapPanel::rebuild()
{
    m_stale = false;
    std::shared_ptr<const RouteTable> table;
    quint16 meshPort = 0;
    if (m_engine) {
        table = m_engine->table();
        meshPort = m_engine->settings().meshPort;
    } else if (!m_workspace->hasErrors()) {
        table = RouteTable::compile(m_workspace->config(), m_settings).table;
        meshPort = m_settings.meshPort;
    }
    const quint64 generation = m_engine && table ? table->generation() : 0;
    if (generation && generation == m_drawnGeneration) {
        m_status->setText(statusText());
        return;
    }
    m_drawnGeneration = generation;
    m_showingLastValid = !table && !m_engine && m_workspace->hasErrors();
    if (!m_showingLastValid) {
        m_view->setGraph(RouteMapGraph::build(table, meshPort));
        m_traffic.reset(int(m_view->graph().edges().size()));
        if (m_engine) {
            m_view->setRates(std::vector<double>(m_view->graph().edges().size(), 0.0));
            m_sinceRates.restart();
        }
        updateHighlight();
    }
    m_status->setText(statusText());
}

QString RouteMapPanel::statusText() const
{
    if (m_showingLastValid)
        return tr("The workspace has errors (see Problems): showing the last valid configuration.");
    if (m_view->graph().count(RouteMapNode::Kind::Listener) == 0)
        return tr("Nothing listens: add a Gateway with a server, or set a mesh port in Settings.");
    if (m_engine && m_engine->table())
        return tr("Running configuration (generation %1). Edges show the requests counted since it was applied and the requests per second, updated every second.")
            .arg(m_engine->table()->generation());
    return tr("The workspace's configuration; the engine is stopped, so there is no traffic to show.");
}

void RouteMapPanel::handleAccessLogBatch(const QList<LogRow> &records)
{
    m_traffic.add(m_view->graph(), records);
}

void RouteMapPanel::updateRatesNow()
{
    if (!m_engine)
        return;
    const double seconds = m_sinceRates.isValid() ? std::max(0.001, m_sinceRates.restart() / 1000.0) : 1.0;
    m_view->setRates(m_traffic.takeRates(seconds), m_traffic.hits());
}

void RouteMapPanel::handleNodeActivated(int node)
{
    const auto &nodes = m_view->graph().nodes();
    if (node < 0 || size_t(node) >= nodes.size() || !nodes[size_t(node)].resource)
        return;
    const ResourceRef &ref = *nodes[size_t(node)].resource;
    const int index = m_workspace->indexOf(ref.kind, ref.name, ref.ns);
    if (index >= 0)
        Q_EMIT resourceActivated(m_workspace->entry(index).id);
}

void RouteMapPanel::updateHighlight()
{
    QSet<int> nodes;
    if (const WorkspaceEntry *entry = m_currentId ? m_workspace->entryById(m_currentId) : nullptr) {
        const Resource &r = entry->resource;
        const auto &all = m_view->graph().nodes();
        for (size_t i = 0; i < all.size(); ++i) {
            const auto &ref = all[i].resource;
            if (ref && ref->kind == r.kind() && ref->name == r.metadata.name
                && (ref->ns.isEmpty() || ref->ns == r.metadata.effectiveNamespace()))
                nodes.insert(int(i));
        }
    }
    m_view->setHighlightedNodes(nodes);
}

} // namespace meshgate
