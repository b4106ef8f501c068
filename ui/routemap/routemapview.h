// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routemap/routemapgraph.h"

#include <QGraphicsView>
#include <QSet>

#include <memory>
#include <vector>

class QGraphicsPathItem;

namespace meshgate {

struct RouteMapColors;
class RouteMapNodeItem;
class RouteMapLabelItem;

// Draws a RouteMapGraph: one column per node kind, curved edges, and (while traffic is counted)
// a requests-per-second label on every edge. Rates change only the labels and edge pens; the
// layout is made once per graph. Small maps are shown at full size, large ones shrink to fit
// (down to a readable minimum) until the user zooms with Ctrl+wheel.
class RouteMapView final : public QGraphicsView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RouteMapView)
public:
    static constexpr qreal kNodeWidth = 236;
    static constexpr qreal kNodeHeight = 42;

    explicit RouteMapView(QWidget *parent = nullptr);
    ~RouteMapView() override;

    void setGraph(RouteMapGraph graph);
    const RouteMapGraph &graph() const { return m_graph; }
    // Requests per second per edge and, when given, the requests counted on it so far; empty
    // rates: no labels (nothing is being counted).
    void setRates(const std::vector<double> &rates, const std::vector<quint64> &hits = {});
    const std::vector<double> &rates() const { return m_rates; }
    QString edgeLabel(int edge) const; // what the edge's label shows; empty when hidden
    void setHighlightedNodes(const QSet<int> &nodes);

    QRectF nodeRect(int node) const; // in scene coordinates
    int nodeAt(const QPoint &viewportPos) const; // -1: none
    QPoint viewportPosOf(int node) const;         // the centre of a node, for tests and tooltips

    void fitToView(); // shrink to fit again and keep doing so on resizes
    void zoomBy(qreal factor);

Q_SIGNALS:
    void nodeActivated(int node);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void layoutNodes();
    void updateColors();
    void updateEdgeStyles();
    void applyAutoFit();

    RouteMapGraph m_graph;
    std::unique_ptr<RouteMapColors> m_colors;
    std::vector<RouteMapNodeItem *> m_nodeItems;
    std::vector<QGraphicsPathItem *> m_edgeItems;
    std::vector<RouteMapLabelItem *> m_labelItems;
    std::vector<double> m_rates;
    QSet<int> m_highlighted;
    bool m_autoFit = true;
    int m_pressedNode = -1;
    QPoint m_pressPos;
};

} // namespace meshgate
