// SPDX-License-Identifier: GPL-3.0-or-later
#include "logs/accesslogdetails.h"
#include "logs/accesslogfilter.h"
#include "logs/accesslogmodel.h"
#include "logs/accesslogpanel.h"
#include "logs/tailfollower.h"
#include "routing/routetable.h"
#include "tst_accesslogfixtures.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

using namespace meshgate;
using meshgate::test::makeBatch;
using meshgate::test::makeRecord;
using meshgate::test::recordIndex;

class TestLogPanel : public QObject
{
    Q_OBJECT

private:
    static QScrollBar *bar(AccessLogPanel &panel) { return panel.view()->verticalScrollBar(); }

    // What a mouse wheel does: a user scroll, not a programmatic one. Positive is up; one
    // notch per event, as a wheel sends them (a single event scrolls at most a page).
    static void wheel(AccessLogPanel &panel, int notches)
    {
        QWidget *viewport = panel.view()->viewport();
        const QPointF pos(viewport->width() / 2.0, viewport->height() / 2.0);
        for (int i = 0; i < qAbs(notches); ++i) {
            QWheelEvent event(pos, viewport->mapToGlobal(pos), QPoint(), QPoint(0, notches > 0 ? 120 : -120),
                              Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(viewport, &event);
        }
    }

    static int topRecord(AccessLogPanel &panel)
    {
        const QModelIndex top = panel.view()->indexAt(QPoint(2, 2));
        const int source = panel.filter()->sourceRow(top.row());
        return source < 0 ? -1 : recordIndex(panel.model()->logRow(source).startTimeMs());
    }

    static int bottomRecord(AccessLogPanel &panel)
    {
        const QModelIndex bottom = panel.view()->indexAt(QPoint(2, panel.view()->viewport()->height() - 2));
        const int source = panel.filter()->sourceRow(bottom.row());
        return source < 0 ? -1 : recordIndex(panel.model()->logRow(source).startTimeMs());
    }

    static void selectRow(AccessLogPanel &panel, int proxyRow)
    {
        panel.view()->selectionModel()->setCurrentIndex(panel.filter()->index(proxyRow, 0),
                                                        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }

    static QList<ListenerState> listeners()
    {
        ListenerState http;
        http.key = QStringLiteral("127.0.0.1:8080");
        http.bind = QHostAddress::LocalHost;
        http.listenPort = 8080;
        http.gatewayPort = 80;
        http.protocol = QStringLiteral("HTTP");
        http.gateways = {QStringLiteral("default/proxy")};
        ListenerState tls = http;
        tls.key = QStringLiteral("127.0.0.1:8443");
        tls.listenPort = 8443;
        tls.gatewayPort = 443;
        tls.protocol = QStringLiteral("TLS");
        return {http, tls};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("meshgate-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_logpanel"));
    }

    void init()
    {
        QSettings().remove(QStringLiteral("accessLogPanel"));
    }

    void followsTheTailUntilTheUserScrollsUp()
    {
        AccessLogPanel panel;
        panel.resize(1000, 500);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.appendRecords(makeBatch(0, 500));
        QVERIFY(panel.isFollowingTail());
        QTRY_COMPARE(bottomRecord(panel), 499);
        QVERIFY(bar(panel)->maximum() > 0 && bar(panel)->value() == bar(panel)->maximum());
        // At the bottom the view aligns the last row, so the first may be cut off by a part of a row.
        QVERIFY(qAbs(topRecord(panel) - bar(panel)->value()) <= 1);

        wheel(panel, 5); // up
        QVERIFY(!panel.isFollowingTail());
        const int readingAt = bar(panel)->value();
        QVERIFY(readingAt < bar(panel)->maximum());
        const int reading = topRecord(panel);

        panel.appendRecords(makeBatch(500, 200));
        QTest::qWait(TailFollower::IntervalMs * 3); // the tail timer would have fired by now
        QCOMPARE(bar(panel)->value(), readingAt);
        QCOMPARE(topRecord(panel), reading);
        QVERIFY(!panel.isFollowingTail());

        wheel(panel, -1000); // all the way down (the rest of the notches do nothing): following again
        QVERIFY(panel.isFollowingTail());
        panel.appendRecords(makeBatch(700, 100));
        QTRY_COMPARE(bottomRecord(panel), 799);
        QCOMPARE(bar(panel)->value(), bar(panel)->maximum());

        // Ctrl+End brings it back after scrolling away.
        wheel(panel, 3);
        QVERIFY(!panel.isFollowingTail());
        QVERIFY(bottomRecord(panel) < 799);
        QTest::keyClick(panel.view(), Qt::Key_End, Qt::ControlModifier);
        QVERIFY(panel.isFollowingTail());
        QCOMPARE(bottomRecord(panel), 799);
        QTest::keyClick(panel.view(), Qt::Key_End, Qt::ControlModifier); // again: still following
        QVERIFY(panel.isFollowingTail());
        // The Follow toggle (Ctrl+Shift+O) turns it off and on.
        QTest::keyClick(panel.view(), Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!panel.isFollowingTail());
        panel.appendRecords(makeBatch(800, 50));
        QTest::qWait(TailFollower::IntervalMs * 3);
        QVERIFY(bottomRecord(panel) <= 800); // stayed (give or take the part-row below)
        QTest::keyClick(panel.view(), Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(panel.isFollowingTail());
        QCOMPARE(bottomRecord(panel), 849);

        // Made shorter (the dock resized, another panel tabbed in): the newest row stays in sight
        // without waiting for the next request.
        panel.resize(1000, 250);
        QTRY_COMPARE(bar(panel)->value(), bar(panel)->maximum());
        QCOMPARE(bottomRecord(panel), 849);
        QVERIFY(panel.isFollowingTail());
    }

    void readingRowsStayPutWhileOldOnesAreDropped()
    {
        AccessLogPanel panel;
        panel.setCapacity(200);
        panel.resize(1000, 400);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.appendRecords(makeBatch(0, 200));
        QTRY_VERIFY(bar(panel)->maximum() > 0 && bar(panel)->value() == bar(panel)->maximum());
        wheel(panel, 1000); // to the top
        wheel(panel, -10);  // and down ten notches: reading rows around 30
        QVERIFY(!panel.isFollowingTail());
        const int reading = topRecord(panel);
        QVERIFY(reading >= 20);

        panel.appendRecords(makeBatch(200, 15)); // drops 15 rows above the ones being read
        QTest::qWait(TailFollower::IntervalMs * 2);
        QCOMPARE(panel.model()->droppedCount(), quint64(15));
        QCOMPARE(topRecord(panel), reading);
        QVERIFY(!panel.isFollowingTail());
    }

    void pauseBuffersAndResumes()
    {
        AccessLogPanel panel;
        panel.setCapacity(100);
        panel.appendRecords(makeBatch(0, 10));
        panel.setPaused(true);
        panel.appendRecords(makeBatch(10, 40));
        QCOMPARE(panel.model()->rowCount(), 10);
        QCOMPARE(panel.pendingCount(), 40);
        QVERIFY(panel.counterText().contains(QLocale().toString(40)));
        panel.setPaused(false);
        QCOMPARE(panel.model()->rowCount(), 50);
        QCOMPARE(panel.pendingCount(), 0);
        QCOMPARE(recordIndex(panel.model()->logRow(49).startTimeMs()), 49);

        // The pause buffer is capped like the table; the overflow is counted as dropped.
        panel.setPaused(true);
        panel.appendRecords(makeBatch(50, 130));
        QCOMPARE(panel.pendingCount(), 100);
        QCOMPARE(panel.droppedCount(), quint64(30));
        panel.setPaused(false);
        QCOMPARE(panel.model()->rowCount(), 100);
        QCOMPARE(recordIndex(panel.model()->logRow(0).startTimeMs()), 80);
        QCOMPARE(recordIndex(panel.model()->logRow(99).startTimeMs()), 179);
        QCOMPARE(panel.droppedCount(), quint64(30 + 50)); // and the ring dropped 50 of the older rows
    }

    void counterShowsRowsCapacityAndDrops()
    {
        AccessLogPanel panel;
        panel.appendRecords(makeBatch(0, 12408));
        const QLocale l;
        QCOMPARE(panel.counterText(), QStringLiteral("%1 / %2").arg(l.toString(12408), l.toString(100000)));
        panel.setCapacity(10000);
        QVERIFY(panel.counterText().contains(l.toString(2408)));
        panel.filter()->applyFilterText(QStringLiteral("status:5xx"));
        QCOMPARE(panel.counterText().left(panel.counterText().indexOf(QLatin1Char(' '))), l.toString(1000));
        panel.clear();
        QVERIFY(panel.counterText().startsWith(QStringLiteral("0 / %1").arg(l.toString(10000))));
    }

    void copiesLinesInTheActiveFormat()
    {
        AccessLogPanel panel;
        panel.appendRecords(makeBatch(0, 10));
        selectRow(panel, 6);
        QCOMPARE(panel.selectedLines(), QString::fromUtf8(AccessLogFormatter::classic().format(makeRecord(6))));
        auto custom = AccessLogFormatter::create(QStringLiteral("%REQ(:METHOD)% %RESPONSE_CODE% %RESPONSE_FLAGS%"));
        panel.setFormatter(std::get<AccessLogFormatter>(custom));
        panel.view()->selectionModel()->select(panel.filter()->index(5, 0),
                                               QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(panel.selectedLines(), QStringLiteral("GET 404 NR\nPOST 503 UF\n"));
        panel.copySelectedLines();
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("GET 404 NR\nPOST 503 UF\n"));
    }

    void detailsShowTheSelectedEntry()
    {
        AccessLogPanel panel;
        panel.show();
        panel.appendRecords(makeBatch(0, 10));
        selectRow(panel, 8);
        const QString details = panel.details()->text();
        QVERIFY(details.contains(QStringLiteral("edition.cnn.com")));
        QVERIFY(details.contains(QStringLiteral("151.101.3.5:443")));
        QVERIFY(details.contains(QLocale().toString(48000)));
        selectRow(panel, 6);
        QVERIFY(panel.details()->text().contains(QStringLiteral("upstream connection failure")));
    }

    void exportsTheFilteredRows()
    {
        QTemporaryDir dir;
        AccessLogPanel panel;
        panel.appendRecords(makeBatch(0, 1000));
        panel.filter()->applyFilterText(QStringLiteral("status:5xx,404"));
        QCOMPARE(panel.filter()->rowCount(), 200);

        const QString jsonl = dir.filePath(QStringLiteral("log.jsonl"));
        auto result = panel.exportVisibleRows(jsonl, AccessLogExporter::Format::JsonLines);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.rows, 200);
        QFile file(jsonl);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), 201); // ends in a newline
        const QJsonObject first = QJsonDocument::fromJson(lines[0]).object();
        QCOMPARE(first.value(QStringLiteral("response_code")).toInt(), 404);
        QCOMPARE(first.value(QStringLiteral("response_flags")).toString(), QStringLiteral("NR"));
        QCOMPARE(QJsonDocument::fromJson(lines[1]).object().value(QStringLiteral("upstream_cluster")).toString(),
                 QStringLiteral("outbound|8080||api.example.com"));

        // CSV: the visible columns, in the order the user arranged them.
        QHeaderView *header = panel.view()->horizontalHeader();
        for (int c = 0; c < AccessLogModel::ColumnCount; ++c)
            header->setSectionHidden(c, c != AccessLogModel::StatusColumn && c != AccessLogModel::AuthorityColumn
                                            && c != AccessLogModel::DurationColumn && c != AccessLogModel::ClusterColumn);
        header->moveSection(header->visualIndex(AccessLogModel::StatusColumn), 0);
        const QString csv = dir.filePath(QStringLiteral("log.csv"));
        result = panel.exportVisibleRows(csv, AccessLogExporter::Format::Csv);
        QVERIFY(result.ok);
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QList<QByteArray> rows = csvFile.readAll().split('\n');
        QCOMPARE(rows[0], QByteArray("status,authority,duration_ms,cluster\r"));
        QCOMPARE(rows[1], QByteArray("404,unknown.example.com,25,\r"));
        QCOMPARE(rows[2], QByteArray("503,api.example.com:8080,26,outbound|8080||api.example.com\r"));

        const QString text = dir.filePath(QStringLiteral("log.txt"));
        result = panel.exportVisibleRows(text, AccessLogExporter::Format::Text);
        QVERIFY(result.ok);
        QFile textFile(text);
        QVERIFY(textFile.open(QIODevice::ReadOnly));
        QCOMPARE(textFile.readLine(), AccessLogFormatter::classic().format(makeRecord(5)));

        // A failed export reports why and leaves no partial file behind.
        result = panel.exportVisibleRows(dir.filePath(QStringLiteral("missing/dir/x.csv")), AccessLogExporter::Format::Csv);
        QVERIFY(!result.ok);
        QVERIFY(!result.error.isEmpty());
    }

    void traceAndCreateServiceFromARow()
    {
        AccessLogPanel panel;
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setListenerStates(listeners());
        panel.appendRecords(makeBatch(0, 10));
        QSignalSpy traced(&panel, &AccessLogPanel::traceRequested);
        QSignalSpy create(&panel, &AccessLogPanel::createServiceRequested);

        selectRow(panel, 5); // NR
        panel.view()->setFocus();
        QTest::keyClick(panel.view(), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(traced.size(), 1);
        const QString description = traced.at(0).at(0).toString();
        QCOMPARE(description, QStringLiteral("GET /headers host=unknown.example.com gateway=default/proxy port=80"));
        QString error;
        const auto parsed = RequestDescription::parse(description, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->host, QStringLiteral("unknown.example.com"));
        QCOMPARE(parsed->path, QByteArray("/headers"));
        QCOMPARE(parsed->gateway, QStringLiteral("default/proxy"));
        QCOMPARE(parsed->port, quint16(80));

        QTest::keyClick(panel.view(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(create.size(), 1);
        QCOMPARE(create.at(0).at(0).toString(), QStringLiteral("unknown.example.com"));
        QCOMPARE(create.at(0).at(1).value<quint16>(), quint16(80));

        // Only a no-route row offers to create a route.
        selectRow(panel, 7);
        QTest::keyClick(panel.view(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(create.size(), 1);

        // A TLS passthrough connection traces by SNI on the Gateway port it arrived on.
        selectRow(panel, 8);
        QTest::keyClick(panel.view(), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(traced.size(), 2);
        QCOMPARE(traced.at(1).at(0).toString(), QStringLiteral("TLS edition.cnn.com gateway=default/proxy port=443"));
        QVERIFY(RequestDescription::parse(traced.at(1).at(0).toString()));

        // Without listener information the gateway is left for the user to fill in.
        panel.setListenerStates({});
        selectRow(panel, 6);
        QCOMPARE(panel.traceDescriptionForCurrent(), QStringLiteral("POST /post host=api.example.com:8080"));
    }

    void remembersColumns()
    {
        {
            AccessLogPanel panel;
            QHeaderView *header = panel.view()->horizontalHeader();
            header->setSectionHidden(AccessLogModel::ClientColumn, true);
            header->moveSection(header->visualIndex(AccessLogModel::StatusColumn), 0);
        }
        AccessLogPanel again;
        QHeaderView *header = again.view()->horizontalHeader();
        QVERIFY(header->isSectionHidden(AccessLogModel::ClientColumn));
        QVERIFY(!header->isSectionHidden(AccessLogModel::PathColumn));
        QCOMPARE(header->logicalIndex(0), int(AccessLogModel::StatusColumn));
    }

    void remembersCapacity()
    {
        {
            AccessLogPanel panel;
            panel.setCapacity(5000);
        }
        AccessLogPanel again;
        QCOMPARE(again.model()->capacity(), 5000);
    }
};

QTEST_MAIN(TestLogPanel)
#include "tst_logpanel.moc"
