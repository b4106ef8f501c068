// SPDX-License-Identifier: GPL-3.0-or-later
// LogReorderBuffer: rows of two workers, handed over 100 ms apart, reach the live view in the
// order the requests were made, and nothing is lost or repeated on the way.
#include "log/logreorderbuffer.h"
#include "log/logrowpacker.h"

#include <QSet>
#include <QTest>

using namespace meshgate;

namespace {

constexpr qint64 kT0 = 1767225600000;

LogRow row(LogRowPacker &packer, qint64 startOffsetMs, qint64 durationMs, const QByteArray &path)
{
    AccessLogRecord r;
    r.startTimeMs = kT0 + startOffsetMs;
    r.durationMs = durationMs;
    r.method = "GET";
    r.path = path;
    r.protocol = "HTTP/1.1";
    r.responseCode = 200;
    return packer.pack(r);
}

QByteArrayList paths(const QList<LogRow> &rows)
{
    QByteArrayList out;
    for (const LogRow &r : rows)
        out.append(r.text(LogRow::Text::Path).toByteArray());
    return out;
}

} // namespace

class TestLogReorderBuffer : public QObject
{
    Q_OBJECT
private slots:
    void rowsOfTwoWorkersComeOutInRequestOrder()
    {
        // Sequential requests /1 … /4, served alternately by two workers. Worker B hands over
        // first (its timer came round first), worker A 100 ms later.
        LogRowPacker a, b;
        LogReorderBuffer buffer(250);
        buffer.add({row(b, 20, 5, "/2"), row(b, 60, 5, "/4")});
        QVERIFY(buffer.takeSettled(kT0 + 100).isEmpty()); // too recent: A may still have older ones
        buffer.add({row(a, 0, 5, "/1"), row(a, 40, 5, "/3")});
        QCOMPARE(paths(buffer.takeSettled(kT0 + 400)), (QByteArrayList{"/1", "/2", "/3", "/4"}));
        QCOMPARE(buffer.size(), 0);
    }

    void aRowIsHeldUntilItEndedHoldMsAgo()
    {
        LogRowPacker p;
        LogReorderBuffer buffer(250);
        buffer.add({row(p, 0, 100, "/slow"), row(p, 50, 10, "/quick")});
        // /quick ended at 60: out at 310. /slow ended at 100: out at 350, after /quick though it
        // started first (it was still running when /quick was logged).
        QVERIFY(buffer.takeSettled(kT0 + 309).isEmpty());
        QCOMPARE(paths(buffer.takeSettled(kT0 + 310)), QByteArrayList{"/quick"});
        QVERIFY(buffer.takeSettled(kT0 + 349).isEmpty());
        QCOMPARE(paths(buffer.takeSettled(kT0 + 350)), QByteArrayList{"/slow"});
    }

    void equalStartTimesKeepArrivalOrder()
    {
        LogRowPacker p;
        LogReorderBuffer buffer(0);
        buffer.add({row(p, 5, 0, "/a"), row(p, 5, 0, "/b"), row(p, 1, 0, "/first"), row(p, 5, 0, "/c")});
        QCOMPARE(paths(buffer.takeSettled(kT0 + 10)), (QByteArrayList{"/first", "/a", "/b", "/c"}));
    }

    void takeAllReleasesWhatIsHeld()
    {
        // When the engine stops, nothing more will arrive: the rows still held come out, sorted.
        LogRowPacker p;
        LogReorderBuffer buffer;
        buffer.add({row(p, 30, 0, "/late"), row(p, 10, 0, "/early")});
        QVERIFY(buffer.takeSettled(kT0 + 40).isEmpty());
        QCOMPARE(paths(buffer.takeAll()), (QByteArrayList{"/early", "/late"}));
        QCOMPARE(buffer.size(), 0);
        QVERIFY(buffer.takeAll().isEmpty());
    }

    void aClockStepBackDoesNotHoldRowsForLong()
    {
        // The wall clock went back 10 s after these requests: by it they end in the future. They
        // still come out, a second after they arrived by the monotonic clock.
        LogRowPacker p;
        LogReorderBuffer buffer(250);
        buffer.add({row(p, 10'000, 5, "/b"), row(p, 9'990, 5, "/a")}, 5'000);
        QVERIFY(buffer.takeSettled(kT0, 5'500).isEmpty());
        QCOMPARE(paths(buffer.takeSettled(kT0, 5'000 + LogReorderBuffer::kMaxHoldMs)), (QByteArrayList{"/a", "/b"}));
    }

    void manyRowsAreNeitherLostNorRepeated()
    {
        LogRowPacker a, b;
        LogReorderBuffer buffer(250);
        int released = 0;
        QSet<QByteArray> seen;
        for (int tick = 0; tick < 50; ++tick) {
            QList<LogRow> fromA, fromB;
            for (int i = 0; i < 40; ++i) {
                const int n = tick * 40 + i;
                (n % 2 ? fromB : fromA).append(row(n % 2 ? b : a, n, n % 7, "/" + QByteArray::number(n)));
            }
            buffer.add(tick % 2 ? fromA : fromB); // handed over out of step
            buffer.add(tick % 2 ? fromB : fromA);
            qint64 previousStart = 0;
            for (const LogRow &r : buffer.takeSettled(kT0 + tick * 40 - 100)) {
                QVERIFY(r.startTimeMs() >= previousStart);
                previousStart = r.startTimeMs();
                QVERIFY(!seen.contains(r.text(LogRow::Text::Path).toByteArray()));
                seen.insert(r.text(LogRow::Text::Path).toByteArray());
                ++released;
            }
        }
        released += int(buffer.takeAll().size());
        QCOMPARE(released, 50 * 40);
    }
};

QTEST_GUILESS_MAIN(TestLogReorderBuffer)
#include "tst_logreorderbuffer.moc"
