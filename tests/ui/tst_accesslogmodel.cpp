// SPDX-License-Identifier: GPL-3.0-or-later
#include "logs/accesslogfilter.h"
#include "logs/accesslogmodel.h"
#include "logs/accesslogquery.h"
#include "tst_accesslogfixtures.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QColor>
#include <QSignalSpy>
#include <QTest>

using namespace meshgate;
using meshgate::test::makeBatch;
using meshgate::test::makeRecord;
using meshgate::test::recordIndex;

class TestAccessLogModel : public QObject
{
    Q_OBJECT

private:
    static QList<int> indices(const AccessLogModel &model)
    {
        QList<int> out;
        for (int r = 0; r < model.rowCount(); ++r)
            out.append(recordIndex(model.logRow(r).startTimeMs()));
        return out;
    }
    static QList<int> range(int first, int last)
    {
        QList<int> out;
        for (int i = first; i <= last; ++i)
            out.append(i);
        return out;
    }

private Q_SLOTS:
    void rowKeepsEveryField()
    {
        AccessLogRecord r = makeRecord(6);
        r.requestHeaders = {CapturedHeader{"x-custom", "abc"}};
        r.responseHeaders = {CapturedHeader{"server", "nginx"}};
        r.xForwardedFor = "10.1.1.1";
        r.upstreamTransportFailureReason = "connection refused";
        r.connectionTerminationDetails = "idle";
        const LogRow row = LogRow::fromRecord(r);
        const AccessLogRecord back = row.toRecord();
        QCOMPARE(back.method, r.method);
        QCOMPARE(back.path, r.path);
        QCOMPARE(back.protocol, r.protocol);
        QCOMPARE(back.responseCode, 503);
        QCOMPARE(back.responseFlags, ResponseFlags(ResponseFlags::UpstreamConnectionFailure));
        QCOMPARE(back.responseCodeDetails, r.responseCodeDetails);
        QCOMPARE(back.connectionTerminationDetails, r.connectionTerminationDetails);
        QCOMPARE(back.bytesReceived, r.bytesReceived);
        QCOMPARE(back.bytesSent, r.bytesSent);
        QCOMPARE(back.durationMs, r.durationMs);
        QCOMPARE(back.upstreamServiceTimeMs, r.upstreamServiceTimeMs);
        QCOMPARE(back.xForwardedFor, r.xForwardedFor);
        QCOMPARE(back.userAgent, r.userAgent);
        QCOMPARE(back.requestId, r.requestId);
        QCOMPARE(back.authority, r.authority);
        QCOMPARE(back.upstreamHost, r.upstreamHost);
        QCOMPARE(back.upstreamCluster, r.upstreamCluster);
        QCOMPARE(back.upstreamLocalAddress, r.upstreamLocalAddress);
        QCOMPARE(back.downstreamLocalAddress, r.downstreamLocalAddress);
        QCOMPARE(back.downstreamRemoteAddress, r.downstreamRemoteAddress);
        QCOMPARE(back.requestedServerName, r.requestedServerName);
        QCOMPARE(back.upstreamTransportFailureReason, r.upstreamTransportFailureReason);
        QCOMPARE(back.routeName, r.routeName);
        QCOMPARE(back.requestHeaders.size(), 1);
        QCOMPARE(back.requestHeaders.front().value, QByteArray("abc"));
        QCOMPARE(back.responseHeaders.front().value, QByteArray("nginx"));
        QCOMPARE(row.host(), QByteArrayView("api.example.com"));

        const LogRow copy = row; // rows with captured headers copy deeply
        QCOMPARE(copy.toRecord().requestHeaders.front().name, QByteArray("x-custom"));

        // A missing upstream service time stays missing.
        QVERIFY(!LogRow::fromRecord(makeRecord(5)).toRecord().upstreamServiceTimeMs.has_value());
    }

    void displaysColumns()
    {
        AccessLogModel model;
        model.appendRecords(makeBatch(5, 4)); // NR, UF, 200, TLS
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(AccessLogModel::ColumnCount));
        auto text = [&](int row, int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(text(0, AccessLogModel::MethodColumn), QStringLiteral("GET"));
        QCOMPARE(text(0, AccessLogModel::AuthorityColumn), QStringLiteral("unknown.example.com"));
        QCOMPARE(text(0, AccessLogModel::PathColumn), QStringLiteral("/headers"));
        QCOMPARE(text(0, AccessLogModel::StatusColumn), QStringLiteral("404"));
        QCOMPARE(text(0, AccessLogModel::FlagsColumn), QStringLiteral("NR"));
        QCOMPARE(text(1, AccessLogModel::ClusterColumn), QStringLiteral("outbound|8080||api.example.com"));
        QCOMPARE(text(1, AccessLogModel::RouteColumn), QStringLiteral("api"));
        QCOMPARE(text(1, AccessLogModel::UpstreamHostColumn), QStringLiteral("127.0.0.1:9"));
        QCOMPARE(text(2, AccessLogModel::FlagsColumn), QString());
        // A TLS passthrough connection shows its SNI where the Host would be, and no status.
        QCOMPARE(text(3, AccessLogModel::MethodColumn), QStringLiteral("TLS"));
        QCOMPARE(text(3, AccessLogModel::AuthorityColumn), QStringLiteral("edition.cnn.com"));
        QCOMPARE(text(3, AccessLogModel::StatusColumn), QStringLiteral("-"));
        QCOMPARE(text(3, AccessLogModel::BytesOutColumn), QLocale().toString(48000));
        QVERIFY(text(0, AccessLogModel::TimeColumn).contains(QRegularExpression(QStringLiteral("^\\d\\d:\\d\\d:\\d\\d\\.\\d{3}$"))));
        QCOMPARE(model.headerData(AccessLogModel::AuthorityColumn, Qt::Horizontal).toString(), QStringLiteral("Host / SNI"));

        // Failures stand out: NR tinted differently from an upstream failure, OK rows not at all.
        const QVariant nrTint = model.index(0, AccessLogModel::PathColumn).data(Qt::BackgroundRole);
        const QVariant ufTint = model.index(1, AccessLogModel::PathColumn).data(Qt::BackgroundRole);
        QVERIFY(nrTint.isValid());
        QVERIFY(ufTint.isValid());
        QVERIFY(nrTint.value<QColor>() != ufTint.value<QColor>());
        QVERIFY(!model.index(2, AccessLogModel::PathColumn).data(Qt::BackgroundRole).isValid());
        const QColor ok = model.index(2, AccessLogModel::StatusColumn).data(Qt::ForegroundRole).value<QColor>();
        const QColor bad = model.index(1, AccessLogModel::StatusColumn).data(Qt::ForegroundRole).value<QColor>();
        QVERIFY(ok.isValid() && bad.isValid() && ok != bad);
        QVERIFY(model.index(0, AccessLogModel::FlagsColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("no route")));
    }

    void appendsOneInsertPerBatch()
    {
        AccessLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        for (int b = 0; b < 5; ++b)
            model.appendRecords(makeBatch(b * 300, 300));
        QCOMPARE(model.rowCount(), 1500);
        QCOMPARE(inserted.size(), 5);
        QCOMPARE(removed.size(), 0);
        QCOMPARE(inserted.at(4).at(1).toInt(), 1200);
        QCOMPARE(inserted.at(4).at(2).toInt(), 1499);
        QCOMPARE(indices(model), range(0, 1499));
        QCOMPARE(model.droppedCount(), quint64(0));
        model.appendRecords({}); // nothing to announce
        QCOMPARE(inserted.size(), 5);
    }

    void wrapsAroundAtCapacity()
    {
        AccessLogModel model;
        model.setCapacity(100);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        int next = 0;
        for (int b = 0; b < 20; ++b) { // 20 batches of 37: wraps the ring several times
            model.appendRecords(makeBatch(next, 37));
            next += 37;
            QVERIFY(model.rowCount() <= 100);
        }
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(indices(model), range(next - 100, next - 1));
        QCOMPARE(model.droppedCount(), quint64(next - 100));
        QCOMPARE(model.firstSequence(), quint64(next - 100));
        QCOMPARE(inserted.size(), 20);
        // One removal per batch that overflowed, always at the front.
        QCOMPARE(removed.size(), 20 - 2);
        for (const auto &args : std::as_const(removed))
            QCOMPARE(args.at(1).toInt(), 0);

        // A batch larger than the whole ring keeps only its newest rows.
        model.appendRecords(makeBatch(next, 250));
        next += 250;
        QCOMPARE(indices(model), range(next - 100, next - 1));
        QCOMPARE(model.droppedCount(), quint64(next - 100));

        // Shrinking drops the oldest; growing keeps what is there and lets it fill further.
        model.setCapacity(MinimumCapacityForTest);
        QCOMPARE(model.rowCount(), 100);
        model.setCapacity(250);
        model.appendRecords(makeBatch(next, 120));
        next += 120;
        QCOMPARE(model.rowCount(), 220);
        QCOMPARE(indices(model), range(next - 220, next - 1));
        model.appendRecords(makeBatch(next, 60));
        next += 60;
        QCOMPARE(indices(model), range(next - 250, next - 1));
        model.setCapacity(120);
        QCOMPARE(indices(model), range(next - 120, next - 1));
        model.appendRecords(makeBatch(next, 7));
        next += 7;
        QCOMPARE(indices(model), range(next - 120, next - 1));

        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.droppedCount(), quint64(0));
        model.appendRecords(makeBatch(0, 3));
        QCOMPARE(indices(model), range(0, 2));
    }

    void filterFollowsWrapAround()
    {
        AccessLogModel model;
        model.setCapacity(200);
        AccessLogFilter filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester sourceTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.applyFilterText(QStringLiteral("status:4xx,5xx"));
        QVERIFY(filter.isFiltering());

        auto expected = [&] {
            QList<int> out;
            const auto query = AccessLogQuery::parse(filter.filterText()).query;
            for (int r = 0; r < model.rowCount(); ++r)
                if (query->matches(model.logRow(r)))
                    out.append(recordIndex(model.logRow(r).startTimeMs()));
            return out;
        };
        auto shown = [&] {
            QList<int> out;
            for (int r = 0; r < filter.rowCount(); ++r) {
                const QModelIndex source = filter.mapToSource(filter.index(r, 0));
                out.append(recordIndex(model.logRow(source.row()).startTimeMs()));
                // Mapping back and forth agrees, and the data is the source's.
                if (filter.mapFromSource(source).row() != r)
                    return QList<int>{-1};
                if (filter.index(r, AccessLogModel::StatusColumn).data() != source.siblingAtColumn(AccessLogModel::StatusColumn).data())
                    return QList<int>{-2};
            }
            return out;
        };

        int next = 0;
        for (int b = 0; b < 15; ++b) {
            model.appendRecords(makeBatch(next, 53));
            next += 53;
            QCOMPARE(shown(), expected());
        }
        // Every 4xx/5xx row: i%10 in {5 (404), 6 (503), 0..4 (418)}.
        QCOMPARE(filter.rowCount(), 140);

        // A row that the filter hides maps to nothing.
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.logRow(r).responseCode() == 200) {
                QVERIFY(!filter.mapFromSource(model.index(r, 0)).isValid());
                break;
            }
        }

        filter.applyFilterText(QStringLiteral("flag:NR"));
        QCOMPARE(shown(), expected());
        QCOMPARE(filter.rowCount(), 20);
        model.appendRecords(makeBatch(next, 500)); // more than the capacity in one go
        next += 500;
        QCOMPARE(shown(), expected());

        filter.applyFilterText(QString()); // pass-through again
        QVERIFY(!filter.isFiltering());
        QCOMPARE(filter.rowCount(), model.rowCount());
        model.appendRecords(makeBatch(next, 33));
        next += 33;
        QCOMPARE(filter.rowCount(), 200);

        filter.applyFilterText(QStringLiteral("method:TLS"));
        model.clear();
        QCOMPARE(filter.rowCount(), 0);
        model.appendRecords(makeBatch(0, 30));
        QCOMPARE(shown(), (QList<int>{8, 18, 28}));
    }

private:
    static constexpr int MinimumCapacityForTest = AccessLogModel::MinimumCapacity;
};

QTEST_MAIN(TestAccessLogModel)
#include "tst_accesslogmodel.moc"
