// SPDX-License-Identifier: GPL-3.0-or-later
// LogRowPacker: the rows a worker hands to the log writer and the GUI. Every entry must read back
// exactly what was recorded, however many rows share a chunk, whichever rows are dropped first,
// and after the packer itself is gone; a row too big to share a chunk must not be cut short.
#include "log/accesslogformatter.h"
#include "log/logrowpacker.h"

#include <QTest>

#include <deque>

using namespace meshgate;

namespace {

// Texts of varied, index-dependent lengths, so rows straddle chunk ends at different places.
AccessLogRecord record(int i)
{
    AccessLogRecord r;
    r.startTimeMs = 1767225600000 + i;
    r.method = i % 3 ? "GET" : "POST";
    r.path = "/item/" + QByteArray::number(i) + "?pad=" + QByteArray(i % 97, 'x');
    r.protocol = "HTTP/1.1";
    r.responseCode = 200 + i % 5;
    r.bytesSent = quint64(i) * 3;
    r.durationMs = i % 17;
    if (i % 4 == 0)
        r.upstreamServiceTimeMs = i % 11;
    r.userAgent = "curl/7.88." + QByteArray::number(i % 7);
    r.requestId = QByteArray::number(i, 16).rightJustified(32, '0');
    r.authority = "host" + QByteArray::number(i % 13) + ".example:8080";
    r.upstreamCluster = "outbound|80||host" + QByteArray::number(i % 13) + ".example";
    r.downstreamRemoteAddress = "127.0.0.1:" + QByteArray::number(40000 + i);
    if (i % 5 == 0)
        r.routeName = "route-" + QByteArray::number(i);
    return r;
}

void compareRecords(const AccessLogRecord &got, const AccessLogRecord &want)
{
    QCOMPARE(got.startTimeMs, want.startTimeMs);
    QCOMPARE(got.method, want.method);
    QCOMPARE(got.path, want.path);
    QCOMPARE(got.responseCode, want.responseCode);
    QCOMPARE(got.bytesSent, want.bytesSent);
    QCOMPARE(got.upstreamServiceTimeMs, want.upstreamServiceTimeMs);
    QCOMPARE(got.userAgent, want.userAgent);
    QCOMPARE(got.requestId, want.requestId);
    QCOMPARE(got.authority, want.authority);
    QCOMPARE(got.upstreamCluster, want.upstreamCluster);
    QCOMPARE(got.downstreamRemoteAddress, want.downstreamRemoteAddress);
    QCOMPARE(got.routeName, want.routeName);
}

} // namespace

class TestLogRowPacker : public QObject
{
    Q_OBJECT

private slots:
    void rowsReadBackWhatWasRecordedAfterThePackerIsGone()
    {
        constexpr int kRows = 3000; // about 200 bytes each: several chunks
        std::deque<LogRow> rows;
        {
            LogRowPacker packer;
            for (int i = 0; i < kRows; ++i)
                rows.push_back(packer.pack(record(i)));
        }
        const AccessLogFormatter classic = AccessLogFormatter::classic();
        for (int i = 0; i < kRows; ++i) {
            compareRecords(rows[std::size_t(i)].toRecord(), record(i));
            QCOMPARE(classic.format(rows[std::size_t(i)]), classic.format(record(i)));
            QCOMPARE(rows[std::size_t(i)].host().toByteArray(), "host" + QByteArray::number(i % 13) + ".example");
        }
    }

    void droppingRowsInAnyOrderLeavesTheOthersIntact()
    {
        LogRowPacker packer;
        std::deque<LogRow> rows;
        for (int i = 0; i < 2000; ++i)
            rows.push_back(packer.pack(record(i)));
        // A copy shares the bytes and outlives the original (the GUI's paused queue, a filter).
        std::vector<LogRow> copies(rows.begin() + 500, rows.begin() + 510);
        // Newest first, then every other one from the front: chunks are released out of order.
        for (int i = 0; i < 700; ++i)
            rows.pop_back();
        for (std::size_t i = 0; i < rows.size(); i += 2)
            rows[i] = LogRow();
        for (std::size_t i = 1; i < rows.size(); i += 2)
            compareRecords(rows[i].toRecord(), record(int(i)));
        rows.clear();
        for (std::size_t i = 0; i < copies.size(); ++i)
            compareRecords(copies[i].toRecord(), record(500 + int(i)));
        // The packer goes on cutting rows after all that.
        compareRecords(packer.pack(record(7)).toRecord(), record(7));
    }

    void aRowTooBigToShareAChunkIsKeptWhole()
    {
        LogRowPacker packer;
        AccessLogRecord big = record(1);
        big.path = "/long?" + QByteArray(LogRowPacker::kChunkSize, 'q'); // bigger than a chunk
        big.userAgent = QByteArray(3000, 'u');
        const LogRow before = packer.pack(record(2));
        const LogRow row = packer.pack(big);
        const LogRow after = packer.pack(record(3));
        compareRecords(row.toRecord(), big);
        QCOMPARE(row.text(LogRow::Text::Path).size(), big.path.size());
        QCOMPARE(row.heapBytes(), LogRow::packedSize(big));
        compareRecords(before.toRecord(), record(2));
        compareRecords(after.toRecord(), record(3));
    }
};

QTEST_GUILESS_MAIN(TestLogRowPacker)
#include "tst_logrowpacker.moc"
