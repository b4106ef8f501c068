// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/trafficcharts.h"

#include "charts/toptable.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDateTime>
#include <QEvent>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtCharts/QAreaSeries>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLegend>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <array>
#include <cmath>

namespace meshgate {

namespace {

// A y axis from 0 in round steps (1, 2 or 5 times a power of ten) with at most maxIntervals
// intervals, so tick labels read 0, 50, 100 … rather than 62.5, 187.5. An empty chart still gets
// 0…5, not a degenerate 0…0 axis.
struct YScale
{
    double max = 5;
    int ticks = 6;
};

YScale yScaleFor(double dataMax, int maxIntervals)
{
    const double v = std::max(dataMax, 5.0);
    const int n = std::clamp(maxIntervals, 1, 5);
    const double magnitude = std::pow(10.0, std::floor(std::log10(v / n)));
    double interval = 10 * magnitude;
    for (const double step : {1.0, 2.0, 5.0}) {
        if (v / (step * magnitude) <= n + 1e-9) {
            interval = step * magnitude;
            break;
        }
    }
    const int intervals = std::max(1, int(std::ceil(v / interval - 1e-9)));
    return {intervals * interval, intervals + 1};
}

struct Colors
{
    static QColor ok() { return QColor(0x2e, 0x7d, 0x32); }
    static QColor redirect() { return QColor(0x15, 0x65, 0xc0); }
    static QColor clientError() { return QColor(0xef, 0x8f, 0x00); }
    static QColor serverError() { return QColor(0xc6, 0x28, 0x28); }
    static QColor in() { return QColor(0x15, 0x65, 0xc0); }
    static QColor out() { return QColor(0x8e, 0x24, 0xaa); }
    static QColor connections() { return QColor(0x00, 0x83, 0x8f); }
};

struct SmallChart
{
    QChartView *view = nullptr;
    QChart *chart = nullptr;
    QValueAxis *x = nullptr;
    QValueAxis *y = nullptr;
    double yMax = -1;
    double dataMax = 0;   // the highest value drawn, for re-scaling when the plot resizes
    int maxIntervals = 5; // as many as fit the plot's height with a readable label each
};

} // namespace

class TrafficCharts::Charts final
{
public:
    explicit Charts(QWidget *parent)
    {
        m_requests = makeChart(QCoreApplication::translate("TrafficCharts", "Requests/s by status"), parent, true);
        m_bytes = makeChart(QCoreApplication::translate("TrafficCharts", "Throughput"), parent, true);
        m_connections = makeChart(QCoreApplication::translate("TrafficCharts", "Active connections"), parent, false);
        m_latency = makeChart(QCoreApplication::translate("TrafficCharts", "Latency (ms)"), parent, true);

        // Stacked areas: each band's lower edge is the band below's upper edge.
        const std::array<std::pair<const char *, QColor>, 4> bands = {{
            {"2xx", Colors::ok()},
            {"3xx", Colors::redirect()},
            {"4xx", Colors::clientError()},
            {"5xx", Colors::serverError()},
        }};
        for (std::size_t i = 0; i < bands.size(); ++i) {
            m_stack[i] = std::make_unique<QLineSeries>();
            auto *area = new QAreaSeries(m_stack[i].get(), i == 0 ? nullptr : m_stack[i - 1].get());
            area->setName(QString::fromLatin1(bands[i].first));
            QColor fill = bands[i].second;
            fill.setAlpha(200);
            area->setBrush(fill);
            // No outline: a band's outline also runs along its lower edge, so the 5xx band, drawn
            // last, laid a red line on top of all-2xx traffic whenever it was empty.
            area->setPen(Qt::NoPen);
            addSeries(m_requests, area);
        }
        m_bytesIn = addLine(m_bytes, QCoreApplication::translate("TrafficCharts", "in"), Colors::in());
        m_bytesOut = addLine(m_bytes, QCoreApplication::translate("TrafficCharts", "out"), Colors::out());
        m_active = addLine(m_connections, QString(), Colors::connections());
        m_p50 = addLine(m_latency, QStringLiteral("p50"), Colors::ok());
        m_p95 = addLine(m_latency, QStringLiteral("p95"), Colors::clientError());
        m_p99 = addLine(m_latency, QStringLiteral("p99"), Colors::serverError());

        // Qt Charts cuts a y label to "…" when the plot height per tick is below a text line, so
        // a short chart (the panel docked below the editor) gets fewer, still round, ticks.
        for (SmallChart *c : {&m_requests, &m_bytes, &m_connections, &m_latency}) {
            QObject::connect(c->chart, &QChart::plotAreaChanged, c->chart,
                             [c](const QRectF &plot) { fitYTicks(*c, plot.height()); });
        }
    }

    ~Charts()
    {
        // The area series refer to the stack lines, which they do not own: charts go first.
        for (SmallChart *c : {&m_requests, &m_bytes, &m_connections, &m_latency})
            delete c->view;
    }

    QWidget *requests() const { return m_requests.view; }
    QWidget *bytes() const { return m_bytes.view; }
    QWidget *connections() const { return m_connections.view; }
    QWidget *latency() const { return m_latency.view; }

    // Round ticks: -60…0 s by 15 s, -5…0 min by 1 min, -60…0 min by 10 min.
    void setTimeAxis(int windowSeconds)
    {
        m_minutes = windowSeconds > 60;
        const double span = m_minutes ? windowSeconds / 60.0 : windowSeconds;
        const int ticks = windowSeconds <= 60 ? 5 : windowSeconds <= 300 ? 6 : 7;
        for (SmallChart *c : {&m_requests, &m_bytes, &m_connections, &m_latency}) {
            c->x->setRange(-span, 0);
            c->x->setTickCount(ticks);
            c->x->setLabelFormat(m_minutes ? QStringLiteral("%d min") : QStringLiteral("%d s"));
        }
    }

    void draw(const std::vector<TrafficHistory::Point> &points, int bucketSeconds)
    {
        const auto n = qsizetype(points.size());
        std::array<QList<QPointF>, 10> lists;
        for (QList<QPointF> &l : lists)
            l.reserve(n);
        double stackMax = 0, bytesMax = 0, activeMax = 0, latencyMax = 0;
        for (qsizetype i = 0; i < n; ++i) {
            const TrafficHistory::Point &p = points[std::size_t(i)];
            const double x = double(i - (n - 1)) * bucketSeconds / (m_minutes ? 60.0 : 1.0);
            const double s2 = p.requests2xx;
            const double s3 = s2 + p.requests3xx;
            const double s4 = s3 + p.requests4xx;
            const double s5 = s4 + p.requests5xx;
            lists[0].append({x, s2});
            lists[1].append({x, s3});
            lists[2].append({x, s4});
            lists[3].append({x, s5});
            lists[4].append({x, p.bytesInPerSecond});
            lists[5].append({x, p.bytesOutPerSecond});
            lists[6].append({x, p.activeConnections});
            lists[7].append({x, p.latencyP50Ms});
            lists[8].append({x, p.latencyP95Ms});
            lists[9].append({x, p.latencyP99Ms});
            stackMax = std::max(stackMax, s5);
            bytesMax = std::max({bytesMax, p.bytesInPerSecond, p.bytesOutPerSecond});
            activeMax = std::max(activeMax, p.activeConnections);
            latencyMax = std::max({latencyMax, p.latencyP50Ms, p.latencyP95Ms, p.latencyP99Ms});
        }

        // Bytes in a readable unit; the series carry values in that unit.
        double divisor = 1;
        QString unit = QCoreApplication::translate("TrafficCharts", "B/s");
        if (bytesMax >= 10.0 * 1024 * 1024) {
            divisor = 1024.0 * 1024;
            unit = QCoreApplication::translate("TrafficCharts", "MiB/s");
        } else if (bytesMax >= 10.0 * 1024) {
            divisor = 1024.0;
            unit = QCoreApplication::translate("TrafficCharts", "KiB/s");
        }
        if (divisor != 1) {
            for (QList<QPointF> *l : {&lists[4], &lists[5]})
                for (QPointF &pt : *l)
                    pt.setY(pt.y() / divisor);
        }
        if (unit != m_bytesUnit) {
            m_bytesUnit = unit;
            m_bytes.chart->setTitle(QCoreApplication::translate("TrafficCharts", "Throughput (%1)").arg(unit));
        }

        for (std::size_t i = 0; i < 4; ++i)
            m_stack[i]->replace(lists[i]);
        QLineSeries *lines[] = {m_bytesIn, m_bytesOut, m_active, m_p50, m_p95, m_p99};
        for (std::size_t i = 0; i < 6; ++i)
            lines[i]->replace(lists[i + 4]);
        replaces += 10;
        pointCount = int(n);

        setYMax(m_requests, stackMax);
        setYMax(m_bytes, bytesMax / divisor);
        setYMax(m_connections, activeMax);
        setYMax(m_latency, latencyMax);
    }

    quint64 replaces = 0;
    int pointCount = 0;

private:
    static SmallChart makeChart(const QString &title, QWidget *parent, bool legend)
    {
        SmallChart c;
        c.chart = new QChart;
        c.chart->setAnimationOptions(QChart::NoAnimation);
        const bool dark = QApplication::palette().color(QPalette::Window).lightness() < 128;
        c.chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
        c.chart->setBackgroundRoundness(0);
        c.chart->setMargins(QMargins(4, 2, 4, 2));
        c.chart->layout()->setContentsMargins(0, 0, 0, 0);
        QFont titleFont = parent->font();
        titleFont.setBold(true);
        c.chart->setTitleFont(titleFont);
        c.chart->setTitle(title);
        QFont small = parent->font();
        small.setPointSizeF(std::max(6.0, small.pointSizeF() - 1));
        c.chart->legend()->setVisible(legend);
        // Beside the plot rather than above it: the charts are wide and short when docked.
        c.chart->legend()->setAlignment(Qt::AlignRight);
        c.chart->legend()->setFont(small);
        c.chart->legend()->setMarkerShape(QLegend::MarkerShapeRectangle);

        c.x = new QValueAxis;
        c.x->setTickCount(5);
        c.x->setLabelsFont(small);
        c.x->setMinorGridLineVisible(false);
        c.y = new QValueAxis;
        c.y->setLabelsFont(small);
        // Whole numbers: the steps are at least 1 (see yScaleFor) and "%g" turns 1000000 into "1e+06".
        c.y->setLabelFormat(QStringLiteral("%.0f"));
        setYMax(c, 0);
        c.chart->addAxis(c.x, Qt::AlignBottom);
        c.chart->addAxis(c.y, Qt::AlignLeft);

        c.view = new QChartView(c.chart, parent);
        c.view->setRenderHint(QPainter::Antialiasing);
        c.view->setMinimumSize(200, 130);
        c.view->setFrameShape(QFrame::NoFrame);
        return c;
    }

    static void addSeries(SmallChart &c, QAbstractSeries *series)
    {
        c.chart->addSeries(series);
        series->attachAxis(c.x);
        series->attachAxis(c.y);
    }

    static QLineSeries *addLine(SmallChart &c, const QString &name, const QColor &color)
    {
        auto *line = new QLineSeries;
        line->setName(name);
        line->setPen(QPen(color, 1.5));
        addSeries(c, line);
        return line;
    }

    static void setYMax(SmallChart &c, double dataMax)
    {
        c.dataMax = dataMax;
        const YScale scale = yScaleFor(dataMax, c.maxIntervals);
        if (scale.max == c.yMax && scale.ticks == c.y->tickCount())
            return;
        c.yMax = scale.max;
        c.y->setRange(0, scale.max);
        c.y->setTickCount(scale.ticks);
    }

    // Each tick label needs a text line plus Qt Charts' padding above and below it.
    static void fitYTicks(SmallChart &c, qreal plotHeight)
    {
        const qreal perLabel = QFontMetricsF(c.y->labelsFont()).height() + 8;
        const int intervals = std::clamp(int(plotHeight / perLabel) - 1, 1, 5);
        if (intervals == c.maxIntervals)
            return;
        c.maxIntervals = intervals;
        setYMax(c, c.dataMax);
    }

    SmallChart m_requests;
    SmallChart m_bytes;
    SmallChart m_connections;
    SmallChart m_latency;
    std::array<std::unique_ptr<QLineSeries>, 4> m_stack;
    QLineSeries *m_bytesIn = nullptr;
    QLineSeries *m_bytesOut = nullptr;
    QLineSeries *m_active = nullptr;
    QLineSeries *m_p50 = nullptr;
    QLineSeries *m_p95 = nullptr;
    QLineSeries *m_p99 = nullptr;
    QString m_bytesUnit;
    bool m_minutes = false;
};

TrafficCharts::TrafficCharts(QWidget *parent)
    : QWidget(parent)
    , m_hosts(new TopTable(tr("Host"), this))
    , m_routes(new TopTable(tr("Route"), this))
    , m_summary(new QLabel(this))
{
    auto *charts = new QWidget(this);
    m_charts = std::make_unique<Charts>(charts);
    auto *grid = new QGridLayout(charts);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(4);
    grid->addWidget(m_charts->requests(), 0, 0);
    grid->addWidget(m_charts->bytes(), 0, 1);
    grid->addWidget(m_charts->connections(), 1, 0);
    grid->addWidget(m_charts->latency(), 1, 1);

    auto *tables = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tables);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_hosts);
    tableLayout->addWidget(m_routes);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(charts);
    splitter->addWidget(tables);
    // The rankings keep their width (host names need it); the charts take the rest.
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    // Beside the access log the rankings may fold away; the charts never do.
    splitter->setCollapsible(0, false);
    splitter->setCollapsible(1, true);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    splitter->setSizes({em * 80, em * 26});

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 2);
    bar->addWidget(new QLabel(tr("Window:"), this));
    auto *group = new QActionGroup(this);
    const std::array<std::tuple<TimeWindow, QString, QString>, 3> windows = {{
        {TimeWindow::OneMinute, tr("1 min"), tr("Alt+1")},
        {TimeWindow::FiveMinutes, tr("5 min"), tr("Alt+2")},
        {TimeWindow::OneHour, tr("1 h"), tr("Alt+3")},
    }};
    for (std::size_t i = 0; i < windows.size(); ++i) {
        const auto &[w, text, key] = windows[i];
        auto *action = new QAction(text, group);
        action->setCheckable(true);
        action->setChecked(w == m_window);
        action->setShortcut(QKeySequence(key));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(tr("Show the last %1 (%2)").arg(text, QKeySequence(key).toString(QKeySequence::NativeText)));
        connect(action, &QAction::triggered, this, [this, w = w] { setTimeWindow(w); });
        addAction(action);
        m_windowActions[i] = action;
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setAutoRaise(true);
        bar->addWidget(button);
    }
    bar->addSpacing(12);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bar->addWidget(m_summary, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    m_charts->setTimeAxis(windowSeconds(m_window));
    updateSummary();
    m_dirty = true;
}

TrafficCharts::~TrafficCharts() = default;

int TrafficCharts::windowSeconds(TimeWindow w)
{
    switch (w) {
    case TimeWindow::OneMinute: return 60;
    case TimeWindow::FiveMinutes: return 300;
    case TimeWindow::OneHour: return 3600;
    }
    return 300;
}

int TrafficCharts::pointCount(TimeWindow w)
{
    return w == TimeWindow::OneHour ? 720 : windowSeconds(w);
}

quint64 TrafficCharts::replaceCount() const
{
    return m_charts->replaces;
}

int TrafficCharts::seriesPointCount() const
{
    return m_charts->pointCount;
}

void TrafficCharts::addSample(const TrafficSample &sample)
{
    m_history.append(sample);
    if (canDraw())
        redraw();
    else
        m_dirty = true;
}

void TrafficCharts::addRecords(const QList<LogRow> &records)
{
    m_top.add(records, QDateTime::currentMSecsSinceEpoch());
}

void TrafficCharts::setTimeWindow(TimeWindow window)
{
    if (window == m_window)
        return;
    m_window = window;
    for (QAction *a : m_windowActions)
        a->setChecked(a == m_windowActions[int(window)]);
    m_charts->setTimeAxis(windowSeconds(window));
    if (canDraw())
        redraw();
    else
        m_dirty = true;
}

void TrafficCharts::clear()
{
    m_history.clear();
    m_top.clear();
    if (canDraw())
        redraw();
    else
        m_dirty = true;
}

bool TrafficCharts::canDraw() const
{
    return isVisible() && !(window()->windowState() & Qt::WindowMinimized);
}

void TrafficCharts::redraw()
{
    m_dirty = false;
    ++m_redraws;
    const int points = pointCount(m_window);
    const int bucket = windowSeconds(m_window) / points;
    m_charts->draw(m_history.window(points, bucket), bucket);
    m_ranking = m_top.top(windowSeconds(m_window), 10, QDateTime::currentMSecsSinceEpoch());
    m_hosts->setEntries(m_ranking.hosts, m_ranking.total);
    m_routes->setEntries(m_ranking.routes, m_ranking.total);
    updateSummary();
}

void TrafficCharts::updateSummary()
{
    const TrafficSample *s = m_history.latest();
    if (!s) {
        m_summary->setText(tr("No traffic yet"));
        return;
    }
    const QLocale l;
    QString text = tr("Last second: %1 req/s (4xx %2, 5xx %3) · in %4/s · out %5/s · %6 connections")
                       .arg(l.toString(s->requestCount()), l.toString(s->requests4xx), l.toString(s->requests5xx),
                            l.formattedDataSize(qint64(s->bytesIn), 1), l.formattedDataSize(qint64(s->bytesOut), 1),
                            l.toString(s->activeConnections));
    if (s->requestCount() > 0)
        text += tr(" · p50 %1 ms, p99 %2 ms").arg(l.toString(s->latencyP50Ms, 'f', 0), l.toString(s->latencyP99Ms, 'f', 0));
    m_summary->setText(text);
}

void TrafficCharts::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Minimising does not hide child widgets; watch the window itself for that.
    if (window() != m_watchedWindow) {
        if (m_watchedWindow)
            m_watchedWindow->removeEventFilter(this);
        m_watchedWindow = window();
        m_watchedWindow->installEventFilter(this);
    }
    if (m_dirty && canDraw())
        redraw();
}

bool TrafficCharts::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_watchedWindow && event->type() == QEvent::WindowStateChange && m_dirty && canDraw())
        redraw();
    return QWidget::eventFilter(watched, event);
}

} // namespace meshgate
