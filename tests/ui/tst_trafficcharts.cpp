// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/toptracker.h"
#include "charts/traffichistory.h"
#include "charts/trafficcharts.h"
#include "tst_accesslogfixtures.h"

#include <QGraphicsTextItem>
#include <QGraphicsView>
#include <QHeaderView>
#include <QLocale>
#include <QScopeGuard>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>
#include <QtCharts/QAreaSeries>
#include <QtCharts/QChartView>

using namespace meshgate;

namespace {

TrafficSample sample(int i, quint32 ok = 10)
{
    TrafficSample s;
    s.timestampMs = 1767225600000 + qint64(i) * 1000;
    s.requests2xx = ok;
    s.requests4xx = 2;
    s.requests5xx = 1;
    s.bytesIn = 1000;
    s.bytesOut = 5000;
    s.activeConnections = i % 7;
    s.latencyP50Ms = 5;
    s.latencyP95Ms = 20 + i % 3;
    s.latencyP99Ms = 50 + i % 5;
    return s;
}

// Every text the charts draw (titles, legends, axis labels), as Qt Charts lays it out.
QStringList chartTexts(const TrafficCharts &charts)
{
    QStringList out;
    for (const QGraphicsView *view : charts.findChildren<QGraphicsView *>()) {
        for (const QGraphicsItem *item : view->scene()->items()) {
            if (const auto *text = dynamic_cast<const QGraphicsTextItem *>(item); text && text->isVisible())
                out.append(text->toPlainText());
        }
    }
    return out;
}

QStringList cutTexts(const TrafficCharts &charts)
{
    QStringList cut;
    for (const QString &text : chartTexts(charts))
        if (text.contains(QStringLiteral("...")) || text.contains(QChar(0x2026)))
            cut.append(text);
    return cut;
}

} // namespace

class TestTrafficCharts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void historyBucketsAndPads()
    {
        TrafficHistory h;
        QCOMPARE(h.window(60, 1).size(), std::size_t(60));
        QCOMPARE(h.window(60, 1).back().requests2xx, 0.0);
        for (int i = 0; i < 10; ++i)
            h.append(sample(i, quint32(i)));
        const auto perSecond = h.window(60, 1);
        QCOMPARE(perSecond.size(), std::size_t(60));
        QCOMPARE(perSecond[59].requests2xx, 9.0); // newest on the right
        QCOMPARE(perSecond[50].requests2xx, 0.0);
        QCOMPARE(perSecond[49].requests2xx, 0.0); // before the first sample: no traffic
        QCOMPARE(perSecond[49].latencyP99Ms, 0.0);
        QCOMPARE(perSecond[59].bytesOutPerSecond, 5000.0);

        // Five-second buckets average the rates and keep the peaks.
        const auto buckets = h.window(4, 5);
        QCOMPARE(buckets.size(), std::size_t(4));
        QCOMPARE(buckets[3].requests2xx, (5 + 6 + 7 + 8 + 9) / 5.0);
        QCOMPARE(buckets[2].requests2xx, (0 + 1 + 2 + 3 + 4) / 5.0);
        QCOMPARE(buckets[1].requests2xx, 0.0);
        QCOMPARE(buckets[3].activeConnections, 6.0);
        QCOMPARE(buckets[3].latencyP99Ms, 54.0);
        QCOMPARE(buckets[3].requests5xx, 1.0);

        // Idle seconds do not drag latency to zero inside a bucket that had requests.
        TrafficSample idle;
        idle.latencyP99Ms = 0;
        h.append(idle);
        QCOMPARE(h.window(1, 5).front().latencyP99Ms, 54.0);

        // The ring holds an hour and no more.
        for (int i = 0; i < 5000; ++i)
            h.append(sample(i));
        QCOMPARE(h.size(), TrafficHistory::Capacity);
        QCOMPARE(h.at(0).timestampMs, sample(5000 - TrafficHistory::Capacity).timestampMs);
        QCOMPARE(h.latest()->timestampMs, sample(4999).timestampMs);
        h.clear();
        QCOMPARE(h.size(), 0);
    }

    void rankingsFollowTheWindow()
    {
        TopTracker top;
        const qint64 t0 = 1767225600000;
        top.add(test::makeBatch(0, 100), t0);           // 70 httpbin.org
        top.add(test::makeBatch(100, 10), t0 + 120000); // two minutes later
        auto lastMinute = top.top(60, 10, t0 + 125000);
        QCOMPARE(lastMinute.total, quint64(10));
        QCOMPARE(lastMinute.hosts.front().name, QStringLiteral("httpbin.org"));
        QCOMPARE(lastMinute.hosts.front().count, quint64(7));
        auto fiveMinutes = top.top(300, 10, t0 + 125000);
        QCOMPARE(fiveMinutes.total, quint64(110));
        QCOMPARE(fiveMinutes.hosts.front().count, quint64(77));
        // api.example.com:8080 counts as its host; the TLS connection by SNI.
        QStringList hosts;
        for (const auto &e : fiveMinutes.hosts)
            hosts << e.name;
        QVERIFY(hosts.contains(QStringLiteral("api.example.com")));
        QVERIFY(hosts.contains(QStringLiteral("edition.cnn.com")));
        QStringList routes;
        for (const auto &e : fiveMinutes.routes)
            routes << e.name;
        QCOMPARE(routes.front(), QStringLiteral("httpbin"));
        QVERIFY(routes.contains(QStringLiteral("(no route)")));
        QVERIFY(routes.contains(QStringLiteral("(unnamed route)")));
        // An hour later none of it is in the last minute.
        QCOMPARE(top.top(60, 10, t0 + 3600000 + 200000).total, quint64(0));
        QCOMPARE(top.top(3600, 3, t0 + 125000).hosts.size(), 3);
    }

    void seriesStayFixedSize()
    {
        TrafficCharts charts;
        charts.resize(1200, 600);
        charts.show();
        QVERIFY(QTest::qWaitForWindowExposed(&charts));
        QCOMPARE(charts.timeWindow(), TrafficCharts::TimeWindow::FiveMinutes);
        const quint64 redraws = charts.redrawCount();
        const quint64 replaces = charts.replaceCount();
        for (int i = 0; i < 500; ++i) {
            charts.addSample(sample(i));
            QCOMPARE(charts.seriesPointCount(), 300);
        }
        // One redraw per sample, each one replace() per series (10 series), nothing else.
        QCOMPARE(charts.redrawCount() - redraws, quint64(500));
        QCOMPARE(charts.replaceCount() - replaces, quint64(500 * 10));
        for (int i = 500; i < 4000; i += 100) {
            for (int j = 0; j < 100; ++j)
                charts.addSample(sample(i + j));
            QCOMPARE(charts.seriesPointCount(), 300);
        }
        QCOMPARE(charts.history().size(), TrafficHistory::Capacity);
    }

    void switchesWindows()
    {
        TrafficCharts charts;
        charts.show();
        QVERIFY(QTest::qWaitForWindowExposed(&charts));
        for (int i = 0; i < 30; ++i)
            charts.addSample(sample(i));
        charts.setTimeWindow(TrafficCharts::TimeWindow::OneMinute);
        QCOMPARE(charts.seriesPointCount(), 60);
        charts.setTimeWindow(TrafficCharts::TimeWindow::OneHour);
        QCOMPARE(charts.seriesPointCount(), 720);
        charts.addSample(sample(31));
        QCOMPARE(charts.seriesPointCount(), 720);
        // The keyboard: Alt+1 / Alt+2 / Alt+3.
        charts.setFocus();
        QTest::keyClick(&charts, Qt::Key_1, Qt::AltModifier);
        QCOMPARE(charts.timeWindow(), TrafficCharts::TimeWindow::OneMinute);
        QCOMPARE(charts.seriesPointCount(), 60);
        QTest::keyClick(&charts, Qt::Key_2, Qt::AltModifier);
        QCOMPARE(charts.timeWindow(), TrafficCharts::TimeWindow::FiveMinutes);
        QCOMPARE(charts.seriesPointCount(), 300);
    }

    void hiddenChartsDoNotRedraw()
    {
        QTabWidget tabs;
        auto *charts = new TrafficCharts;
        auto *other = new QWidget;
        tabs.addTab(other, QStringLiteral("Log"));
        tabs.addTab(charts, QStringLiteral("Traffic"));
        tabs.resize(1000, 600);
        tabs.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tabs));
        QVERIFY(!charts->isVisible()); // behind the first tab
        const quint64 redraws = charts->redrawCount();
        const quint64 replaces = charts->replaceCount();
        for (int i = 0; i < 120; ++i)
            charts->addSample(sample(i));
        charts->setTimeWindow(TrafficCharts::TimeWindow::OneMinute);
        QCOMPARE(charts->redrawCount(), redraws);
        QCOMPARE(charts->replaceCount(), replaces);
        QCOMPARE(charts->history().size(), 120); // the data is kept

        tabs.setCurrentWidget(charts); // shown: one catch-up redraw with everything
        QCOMPARE(charts->redrawCount(), redraws + 1);
        QCOMPARE(charts->replaceCount(), replaces + 10);
        QCOMPARE(charts->seriesPointCount(), 60);
        charts->addSample(sample(120));
        QCOMPARE(charts->redrawCount(), redraws + 2);

        tabs.setCurrentWidget(other); // hidden again, and re-shown without news: no redraw
        tabs.setCurrentWidget(charts);
        QCOMPARE(charts->redrawCount(), redraws + 2);
    }

    void minimisedChartsDoNotRedraw()
    {
        TrafficCharts charts;
        charts.show();
        QVERIFY(QTest::qWaitForWindowExposed(&charts));
        charts.addSample(sample(0));
        const quint64 redraws = charts.redrawCount();
        charts.setWindowState(Qt::WindowMinimized);
        for (int i = 1; i < 20; ++i)
            charts.addSample(sample(i));
        QCOMPARE(charts.redrawCount(), redraws);
        charts.setWindowState(Qt::WindowNoState);
        QTRY_COMPARE(charts.redrawCount(), redraws + 1);
        charts.addSample(sample(20));
        QCOMPARE(charts.redrawCount(), redraws + 2);
    }

    void axisLabelsAreReadableWhenDocked()
    {
        // The panel's size docked below the editor in the default 1400x900 window: the y axes
        // of all four charts used to read "…", the tick labels cut for want of height.
        TrafficCharts charts;
        charts.resize(1370, 290);
        charts.show();
        QVERIFY(QTest::qWaitForWindowExposed(&charts));
        QTRY_VERIFY(!chartTexts(charts).isEmpty());
        QTRY_VERIFY2(cutTexts(charts).isEmpty(), qPrintable(cutTexts(charts).join(u'|')));
        QVERIFY(chartTexts(charts).contains(QStringLiteral("0")));
        for (int i = 0; i < 300; ++i)
            charts.addSample(sample(i));
        QTRY_VERIFY2(cutTexts(charts).isEmpty(), qPrintable(cutTexts(charts).join(u'|')));
        // Large values print in full, not as "2e+06".
        TrafficSample burst = sample(300, 2000000);
        charts.addSample(burst);
        QTRY_VERIFY2(chartTexts(charts).contains(QStringLiteral("2000000")), qPrintable(chartTexts(charts).join(u'|')));
        const QStringList texts = chartTexts(charts);
        QVERIFY2(std::none_of(texts.begin(), texts.end(), [](const QString &t) { return t.contains(u"e+"); }),
                 qPrintable(texts.join(u'|')));
        QVERIFY2(cutTexts(charts).isEmpty(), qPrintable(cutTexts(charts).join(u'|')));
    }

    void stackedBandsDrawNoOutline()
    {
        // Each band's outline runs along its lower edge too, so the 5xx band, drawn last, drew
        // its red outline along the top of all-2xx traffic. This inspects Qt Charts itself: the
        // colours on screen are the point, and pixels would depend on the style's antialiasing.
        TrafficCharts charts;
        charts.show();
        QVERIFY(QTest::qWaitForWindowExposed(&charts));
        int areas = 0;
        for (const QChartView *view : charts.findChildren<QChartView *>()) {
            for (QAbstractSeries *series : view->chart()->series()) {
                if (const auto *area = qobject_cast<QAreaSeries *>(series)) {
                    ++areas;
                    QVERIFY2(area->pen().style() == Qt::NoPen, qPrintable(area->name()));
                    // The fill alone tells the classes apart: 2xx is green, 5xx red.
                    QVERIFY(area->brush().style() != Qt::NoBrush);
                }
            }
        }
        QCOMPARE(areas, 4);
    }

    void rankingColumnsFitGermanText()
    {
        // "100,0%" in German did not fit the Share column and read "100…".
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const auto restore = qScopeGuard([before] { QLocale::setDefault(before); }); // also when a check fails
        {
            TrafficCharts charts;
            charts.resize(1370, 290);
            charts.show();
            QVERIFY(QTest::qWaitForWindowExposed(&charts));
            // One host and one route: a share of 100,0%.
            QList<LogRow> rows;
            for (int i = 0; i < 50; ++i) {
                AccessLogRecord r = test::makeRecord(i);
                r.authority = "httpbin.org";
                r.requestedServerName.clear();
                r.routeName = "httpbin";
                rows.append(LogRow::fromRecord(r));
            }
            charts.addRecords(rows);
            charts.addSample(sample(0));
            const QList<QTreeWidget *> tables = charts.findChildren<QTreeWidget *>();
            QCOMPARE(tables.size(), 2);
            for (const QTreeWidget *table : tables) {
                QVERIFY(table->topLevelItemCount() > 0);
                for (int column : {1, 2}) {
                    for (int row = 0; row < table->topLevelItemCount(); ++row) {
                        const QString text = table->topLevelItem(row)->text(column);
                        QVERIFY2(table->fontMetrics().horizontalAdvance(text) + 8 <= table->columnWidth(column),
                                 qPrintable(QStringLiteral("%1 in %2 px").arg(text).arg(table->columnWidth(column))));
                    }
                    QVERIFY(table->columnWidth(column) >= table->header()->sectionSizeHint(column));
                }
            }
            QCOMPARE(tables.front()->topLevelItem(0)->text(2), QStringLiteral("100,0%"));
        }
    }

    void rankingsShowWithTheCharts()
    {
        TrafficCharts charts;
        charts.show();
        QVERIFY(QTest::qWaitForWindowExposed(&charts));
        charts.addRecords(test::makeBatch(0, 50));
        charts.addSample(sample(0));
        QCOMPARE(charts.ranking().total, quint64(50));
        QCOMPARE(charts.ranking().hosts.front().name, QStringLiteral("httpbin.org"));
        QCOMPARE(charts.ranking().hosts.front().count, quint64(35));
        charts.clear();
        QCOMPARE(charts.ranking().total, quint64(0));
        QCOMPARE(charts.history().size(), 0);
    }
};

QTEST_MAIN(TestTrafficCharts)
#include "tst_trafficcharts.moc"
