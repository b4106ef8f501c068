// SPDX-License-Identifier: GPL-3.0-or-later
#include "routemap/routemapview.h"

#include "common/icons.h"

#include <QGraphicsPathItem>
#include <QLocale>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

#include <cmath>
#include <functional>
#include <numeric>

namespace meshgate {

namespace {

constexpr qreal kColumnGap = 92;
constexpr qreal kRowGap = 10;
constexpr qreal kGroupGap = 22; // between the subtrees of two listeners
constexpr qreal kHeaderHeight = 30;
constexpr qreal kRadius = 6;
constexpr qreal kMinAutoScale = 0.5;
constexpr int kNodeIndexKey = 0;

QColor blend(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

QColor stripeColor(RouteMapNode::Kind kind)
{
    switch (kind) {
    case RouteMapNode::Kind::Listener:
        return Icons::kindColor(ResourceKind::Gateway);
    case RouteMapNode::Kind::VirtualHost:
    case RouteMapNode::Kind::Route:
        return Icons::kindColor(ResourceKind::VirtualService);
    case RouteMapNode::Kind::Cluster:
    case RouteMapNode::Kind::Endpoint:
        return Icons::kindColor(ResourceKind::ServiceEntry);
    }
    return Qt::gray;
}

QString formatRate(double rate)
{
    if (rate <= 0)
        return RouteMapView::tr("0/s");
    if (rate < 9.95)
        return RouteMapView::tr("%1/s").arg(QLocale().toString(rate, 'f', 1));
    return RouteMapView::tr("%1/s").arg(QLocale().toString(qRound64(rate)));
}

} // namespace

struct RouteMapColors
{
    QColor base;
    QColor border;
    QColor text;
    QColor dim;
    QColor edge;
    QColor active;
    QColor activeText;
    QColor idleLabel;
    QColor highlight;
    QFont titleFont;
    QFont detailFont;
};

class RouteMapNodeItem final : public QGraphicsItem
{
public:
    RouteMapNodeItem(const RouteMapNode &node, int index, const RouteMapColors *colors)
        : m_node(node)
        , m_colors(colors)
    {
        setData(kNodeIndexKey, index);
        setToolTip(node.toolTip.isEmpty() ? node.title + QLatin1Char('\n') + node.detail : node.toolTip);
        if (node.resource)
            setCursor(Qt::PointingHandCursor); // the others show the view's hand: drag to pan
    }

    QRectF boundingRect() const override { return {0, 0, RouteMapView::kNodeWidth, RouteMapView::kNodeHeight}; }
    void setHighlighted(bool on)
    {
        if (m_highlighted != on) {
            m_highlighted = on;
            update();
        }
    }

    void paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        const QRectF r = boundingRect().adjusted(0.5, 0.5, -0.5, -0.5);
        p->setRenderHint(QPainter::Antialiasing);
        p->setPen(QPen(m_highlighted ? m_colors->highlight : m_colors->border, m_highlighted ? 2.0 : 1.0));
        p->setBrush(m_colors->base);
        p->drawRoundedRect(r, kRadius, kRadius);
        QPainterPath shape;
        shape.addRoundedRect(r, kRadius, kRadius);
        p->save();
        p->setClipPath(shape);
        p->fillRect(QRectF(r.left(), r.top(), 5, r.height()), stripeColor(m_node.kind));
        p->restore();

        const qreal left = 13;
        const qreal width = r.width() - left - 8;
        const QFontMetricsF title(m_colors->titleFont);
        const QFontMetricsF detail(m_colors->detailFont);
        const qreal top = (r.height() - title.height() - detail.height() - 1) / 2;
        // A cluster name that does not fit loses "outbound|" first, then its left end: the
        // host at the end tells the nodes apart (the subset is on the detail line, the whole
        // name in the tooltip).
        const bool cluster = m_node.kind == RouteMapNode::Kind::Cluster;
        QString text = m_node.title;
        if (cluster && title.horizontalAdvance(text) > width && text.startsWith(QLatin1String("outbound|")))
            text = text.mid(9);
        p->setFont(m_colors->titleFont);
        p->setPen(m_colors->text);
        p->drawText(QPointF(left, top + title.ascent()), title.elidedText(text, cluster ? Qt::ElideLeft : Qt::ElideRight, width));
        p->setFont(m_colors->detailFont);
        p->setPen(m_colors->dim);
        p->drawText(QPointF(left, top + title.height() + 1 + detail.ascent()),
                    detail.elidedText(m_node.detail, Qt::ElideRight, width));
    }

private:
    RouteMapNode m_node;
    const RouteMapColors *m_colors;
    bool m_highlighted = false;
};

class RouteMapLabelItem final : public QGraphicsItem
{
public:
    explicit RouteMapLabelItem(const RouteMapColors *colors)
        : m_colors(colors)
    {
        setZValue(2);
    }

    void setRate(double rate, quint64 hits)
    {
        // "hits · rate": what travelled the edge since the map was built, and how busy it is now.
        const QString text = hits ? RouteMapView::tr("%L1 · %2").arg(hits).arg(formatRate(rate)) : formatRate(rate);
        if (text == m_text && (rate > 0) == m_active)
            return;
        prepareGeometryChange();
        m_text = text;
        m_active = rate > 0;
        const QFontMetricsF fm(m_colors->detailFont);
        m_size = QSizeF(fm.horizontalAdvance(m_text) + 12, fm.height() + 4);
        update();
    }
    const QString &text() const { return m_text; }

    QRectF boundingRect() const override { return {-m_size.width() / 2, -m_size.height() / 2, m_size.width(), m_size.height()}; }

    void paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        const QRectF r = boundingRect().adjusted(0.5, 0.5, -0.5, -0.5);
        p->setRenderHint(QPainter::Antialiasing);
        p->setPen(m_active ? Qt::NoPen : QPen(m_colors->edge));
        p->setBrush(m_active ? m_colors->active : m_colors->idleLabel);
        p->drawRoundedRect(r, r.height() / 2, r.height() / 2);
        p->setFont(m_colors->detailFont);
        p->setPen(m_active ? m_colors->activeText : m_colors->dim);
        p->drawText(r, Qt::AlignCenter, m_text);
    }

private:
    const RouteMapColors *m_colors;
    QString m_text;
    QSizeF m_size;
    bool m_active = false;
};

RouteMapView::RouteMapView(QWidget *parent)
    : QGraphicsView(parent)
    , m_colors(std::make_unique<RouteMapColors>())
{
    setScene(new QGraphicsScene(this));
    setRenderHint(QPainter::Antialiasing);
    setRenderHint(QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::MinimalViewportUpdate);
    setFrameShape(QFrame::NoFrame);
    updateColors();
}

RouteMapView::~RouteMapView() = default;

void RouteMapView::updateColors()
{
    const QPalette p = palette();
    RouteMapColors &c = *m_colors;
    c.base = p.color(QPalette::Base);
    c.text = p.color(QPalette::Text);
    c.border = blend(c.base, c.text, 0.35);
    c.dim = blend(c.base, c.text, 0.62);
    c.edge = blend(c.base, c.text, 0.38);
    c.active = p.color(QPalette::Highlight);
    c.activeText = p.color(QPalette::HighlightedText);
    c.idleLabel = p.color(QPalette::Window);
    c.highlight = p.color(QPalette::Highlight);
    c.titleFont = font();
    c.titleFont.setBold(true);
    c.detailFont = font();
    c.detailFont.setPointSizeF(font().pointSizeF() * 0.9);
    setBackgroundBrush(blend(p.color(QPalette::Window), c.base, 0.5));
    for (QGraphicsItem *item : scene()->items())
        if (auto *header = qgraphicsitem_cast<QGraphicsSimpleTextItem *>(item))
            header->setBrush(c.dim);
    updateEdgeStyles();
    scene()->update();
}

void RouteMapView::setGraph(RouteMapGraph graph)
{
    m_graph = std::move(graph);
    scene()->clear();
    m_nodeItems.clear();
    m_edgeItems.clear();
    m_labelItems.clear();
    m_rates.clear();
    m_highlighted.clear();
    layoutNodes();
    applyAutoFit();
}

void RouteMapView::layoutNodes()
{
    const auto &nodes = m_graph.nodes();
    const auto &edges = m_graph.edges();
    const size_t n = nodes.size();
    std::vector<std::vector<int>> parents(n), children(n);
    for (const RouteMapEdge &e : edges) {
        parents[size_t(e.to)].push_back(e.from);
        children[size_t(e.from)].push_back(e.to);
    }
    std::vector<std::vector<int>> columns(RouteMapNode::kColumns);
    for (size_t i = 0; i < n; ++i)
        columns[size_t(nodes[i].column())].push_back(int(i));

    // The fullest column is stacked top to bottom (a gap between the subtrees of different
    // listeners); the columns left of it are centred on their children, the ones right of it
    // on their parents, never overlapping.
    std::vector<int> root(n, -1);
    for (size_t i = 0; i < n; ++i) {
        int at = int(i);
        while (nodes[size_t(at)].kind != RouteMapNode::Kind::Listener && !parents[size_t(at)].empty())
            at = parents[size_t(at)].front();
        root[i] = at;
    }
    std::vector<qreal> y(n, 0);
    const qreal step = kNodeHeight + kRowGap;
    int anchor = 0;
    for (int c = 0; c < RouteMapNode::kColumns; ++c)
        if (columns[size_t(c)].size() > columns[size_t(anchor)].size())
            anchor = c;
    qreal next = 0;
    int previousRoot = -1;
    for (int node : columns[size_t(anchor)]) {
        if (previousRoot >= 0 && root[size_t(node)] != previousRoot)
            next += kGroupGap;
        y[size_t(node)] = next;
        next += step;
        previousRoot = root[size_t(node)];
    }
    const auto mean = [&y](const std::vector<int> &of, qreal fallback) {
        if (of.empty())
            return fallback;
        qreal sum = 0;
        for (int i : of)
            sum += y[size_t(i)];
        return sum / qreal(of.size());
    };
    const auto place = [&y, step](std::vector<int> column, const std::function<qreal(int)> &desired, bool sort) {
        std::vector<std::pair<qreal, int>> order;
        for (int node : column)
            order.emplace_back(desired(node), node);
        if (sort)
            std::stable_sort(order.begin(), order.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        qreal bottom = -step;
        for (const auto &[want, node] : order) {
            y[size_t(node)] = std::max(want, bottom + step);
            bottom = y[size_t(node)];
        }
    };
    for (int c = anchor - 1; c >= 0; --c) {
        qreal last = 0;
        place(columns[size_t(c)], [&](int node) { return last = mean(children[size_t(node)], last + step); }, false);
    }
    for (int c = anchor + 1; c < RouteMapNode::kColumns; ++c)
        place(columns[size_t(c)], [&](int node) { return mean(parents[size_t(node)], 0); }, true);

    // Column headers, then nodes, then the edges between them.
    static const char *const headers[] = {QT_TR_NOOP("Listeners"), QT_TR_NOOP("Virtual hosts"), QT_TR_NOOP("Routes"),
                                          QT_TR_NOOP("Destinations"), QT_TR_NOOP("Endpoints")};
    QFont headerFont = font();
    headerFont.setBold(true);
    for (int c = 0; c < RouteMapNode::kColumns; ++c) {
        auto *header = scene()->addSimpleText(tr(headers[c]), headerFont);
        header->setBrush(m_colors->dim);
        header->setPos(c * (kNodeWidth + kColumnGap) + 2, -kHeaderHeight);
    }
    for (size_t i = 0; i < n; ++i) {
        auto *item = new RouteMapNodeItem(nodes[i], int(i), m_colors.get());
        item->setPos(nodes[i].column() * (kNodeWidth + kColumnGap), y[i]);
        item->setZValue(1);
        scene()->addItem(item);
        m_nodeItems.push_back(item);
    }
    for (const RouteMapEdge &e : edges) {
        const QRectF from = nodeRect(e.from);
        const QRectF to = nodeRect(e.to);
        const QPointF a(from.right(), from.center().y());
        const QPointF b(to.left(), to.center().y());
        QPainterPath path(a);
        const qreal dx = (b.x() - a.x()) / 2;
        path.cubicTo(a + QPointF(dx, 0), b - QPointF(dx, 0), b);
        auto *edge = scene()->addPath(path);
        m_edgeItems.push_back(edge);
        auto *label = new RouteMapLabelItem(m_colors.get());
        label->setPos(path.pointAtPercent(0.5));
        label->setVisible(false);
        scene()->addItem(label);
        m_labelItems.push_back(label);
    }
    updateEdgeStyles();
    const QRectF bounds = scene()->itemsBoundingRect();
    setSceneRect(bounds.adjusted(-16, -12, 16, 16));
}

void RouteMapView::updateEdgeStyles()
{
    for (size_t i = 0; i < m_edgeItems.size(); ++i) {
        const double rate = i < m_rates.size() ? m_rates[i] : 0.0;
        // Busier edges are drawn thicker, on a log scale so one hot route does not drown the rest.
        const qreal width = rate > 0 ? 1.6 + std::min(4.0, std::log2(1.0 + rate)) : 1.2;
        m_edgeItems[i]->setPen(QPen(rate > 0 ? m_colors->active : m_colors->edge, width));
        m_edgeItems[i]->setZValue(rate > 0 ? 0.5 : 0);
    }
}

void RouteMapView::setRates(const std::vector<double> &rates, const std::vector<quint64> &hits)
{
    m_rates = rates;
    for (size_t i = 0; i < m_labelItems.size(); ++i) {
        const bool shown = i < rates.size();
        m_labelItems[i]->setVisible(shown);
        if (shown)
            m_labelItems[i]->setRate(rates[i], i < hits.size() ? hits[i] : 0);
    }
    updateEdgeStyles();
}

QString RouteMapView::edgeLabel(int edge) const
{
    if (edge < 0 || size_t(edge) >= m_labelItems.size() || !m_labelItems[size_t(edge)]->isVisible())
        return {};
    return m_labelItems[size_t(edge)]->text();
}

void RouteMapView::setHighlightedNodes(const QSet<int> &nodes)
{
    m_highlighted = nodes;
    for (size_t i = 0; i < m_nodeItems.size(); ++i)
        m_nodeItems[i]->setHighlighted(nodes.contains(int(i)));
}

QRectF RouteMapView::nodeRect(int node) const
{
    if (node < 0 || size_t(node) >= m_nodeItems.size())
        return {};
    return m_nodeItems[size_t(node)]->sceneBoundingRect();
}

int RouteMapView::nodeAt(const QPoint &viewportPos) const
{
    for (QGraphicsItem *item : items(viewportPos)) {
        const QVariant index = item->data(kNodeIndexKey);
        if (index.isValid())
            return index.toInt();
    }
    return -1;
}

QPoint RouteMapView::viewportPosOf(int node) const
{
    return mapFromScene(nodeRect(node).center());
}

void RouteMapView::fitToView()
{
    m_autoFit = true;
    applyAutoFit();
}

void RouteMapView::zoomBy(qreal factor)
{
    m_autoFit = false;
    const qreal current = transform().m11();
    const qreal target = std::clamp(current * factor, 0.2, 3.0);
    scale(target / current, target / current);
}

void RouteMapView::applyAutoFit()
{
    if (!m_autoFit)
        return;
    const QRectF scene = sceneRect();
    if (scene.isEmpty())
        return;
    const QSize viewportSize = viewport()->size();
    qreal s = std::min({1.0, viewportSize.width() / scene.width(), viewportSize.height() / scene.height()});
    s = std::max(s, kMinAutoScale);
    setTransform(QTransform::fromScale(s, s));
}

void RouteMapView::mousePressEvent(QMouseEvent *event)
{
    m_pressedNode = event->button() == Qt::LeftButton ? nodeAt(event->position().toPoint()) : -1;
    m_pressPos = event->position().toPoint();
    QGraphicsView::mousePressEvent(event);
}

void RouteMapView::mouseReleaseEvent(QMouseEvent *event)
{
    QGraphicsView::mouseReleaseEvent(event);
    const QPoint pos = event->position().toPoint();
    // A click, not the end of a drag that panned the map.
    if (event->button() == Qt::LeftButton && m_pressedNode >= 0 && (pos - m_pressPos).manhattanLength() < 5
        && nodeAt(pos) == m_pressedNode)
        Q_EMIT nodeActivated(m_pressedNode);
    m_pressedNode = -1;
}

void RouteMapView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        zoomBy(std::pow(1.0015, event->angleDelta().y()));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void RouteMapView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    applyAutoFit();
}

void RouteMapView::changeEvent(QEvent *event)
{
    QGraphicsView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        updateColors();
}

} // namespace meshgate
