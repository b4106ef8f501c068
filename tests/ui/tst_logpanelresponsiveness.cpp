// SPDX-License-Identifier: GPL-3.0-or-later
// The access log must keep the GUI responsive at 20,000 entries per second: batches of 2,000
// every 100 ms for 10 s into a visible panel (model, filter and table) while a 10 ms heartbeat
// measures how long the event loop is ever kept from running.
#include "logs/accesslogfilter.h"
#include "logs/accesslogmodel.h"
#include "logs/accesslogpanel.h"
#include "tst_accesslogfixtures.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <ctime>

namespace {
// Under ASan the same code runs several times slower and freed memory sits in a quarantine, so
// the time and memory bounds below say nothing there; the run still checks every row arrived
// and exercises the code under the sanitizer, and prints the figures.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif
} // namespace

using namespace meshgate;

namespace {

qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

qint64 rssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').front().toLongLong();
    return -1;
}

} // namespace

class TestLogPanelResponsiveness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("meshgate-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_logpanelresponsiveness"));
        QSettings().remove(QStringLiteral("accessLogPanel"));
    }

    void keepsUpWith20kPerSecond_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::newRow("unfiltered") << QString();
        QTest::newRow("filtered") << QStringLiteral("status:4xx,5xx -flag:NR host:example");
    }

    void keepsUpWith20kPerSecond()
    {
        QFETCH(QString, filter);
        constexpr int batchSize = 2000;
        constexpr int batchIntervalMs = 100;
        constexpr int batches = 100; // 10 s
        constexpr qint64 maxStallMs = 100;

        // Ten distinct sets of records, built up front. Each hand-over packs a fresh batch, as a
        // worker does, so no two rows share bytes (the memory bound below stays honest); the
        // packing runs on this thread here, so the busy time measured is if anything too high.
        QList<QList<AccessLogRecord>> prepared;
        for (int b = 0; b < 10; ++b) {
            QList<AccessLogRecord> records;
            for (int i = b * batchSize; i < (b + 1) * batchSize; ++i)
                records.append(test::makeRecord(i));
            prepared.append(records);
        }

        AccessLogPanel panel;
        QCOMPARE(panel.model()->capacity(), AccessLogModel::DefaultCapacity);
        panel.resize(1400, 800);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.filter()->applyFilterText(filter);
        QCOMPARE(panel.filter()->isFiltering(), !filter.isEmpty());
        const qint64 rssBefore = rssKiB();

        QElapsedTimer wall;
        qint64 lastBeatNs = 0;
        qint64 lastBeatCpuNs = threadCpuNs();
        qint64 longestGapNs = 0;
        qint64 longestBusyNs = 0; // GUI-thread CPU time between two heartbeats
        int beats = 0;
        int sent = 0;
        QTimer heartbeat;
        heartbeat.setTimerType(Qt::PreciseTimer);
        heartbeat.setInterval(10);
        connect(&heartbeat, &QTimer::timeout, this, [&] {
            const qint64 now = wall.nsecsElapsed();
            const qint64 cpu = threadCpuNs();
            longestGapNs = std::max(longestGapNs, now - lastBeatNs);
            longestBusyNs = std::max(longestBusyNs, cpu - lastBeatCpuNs);
            lastBeatNs = now;
            lastBeatCpuNs = cpu;
            ++beats;
        });

        int maxRows = 0;
        qint64 rssWhenFull = -1;
        qint64 rssPeak = 0;
        QEventLoop loop;
        QTimer producer;
        producer.setTimerType(Qt::PreciseTimer);
        producer.setInterval(batchIntervalMs);
        connect(&producer, &QTimer::timeout, this, [&] {
            QList<LogRow> batch;
            batch.reserve(batchSize);
            for (const AccessLogRecord &r : prepared[sent % prepared.size()])
                batch.append(LogRow::fromRecord(r));
            panel.appendRecords(batch);
            ++sent;
            maxRows = std::max(maxRows, panel.model()->rowCount());
            const qint64 rss = rssKiB();
            rssPeak = std::max(rssPeak, rss);
            if (rssWhenFull < 0 && panel.model()->rowCount() == panel.model()->capacity())
                rssWhenFull = rss;
            if (sent == batches) {
                producer.stop();
                loop.quit();
            }
        });

        wall.start();
        heartbeat.start();
        producer.start();
        loop.exec();
        // Let the last batch be laid out and painted inside the measurement, too.
        QTimer::singleShot(300, &loop, &QEventLoop::quit);
        loop.exec();
        heartbeat.stop();
        producer.stop();
        const qint64 elapsedMs = wall.elapsed();
        const qint64 rssAfter = rssKiB();

        qInfo("%d batches of %d in %lld ms; %d heartbeats; longest gap %.1f ms (wall), %.1f ms busy (GUI thread CPU)",
              sent, batchSize, elapsedMs, beats, longestGapNs / 1e6, longestBusyNs / 1e6);
        qInfo("RSS: %lld MiB before, %lld MiB when the ring filled, %lld MiB at the end, %lld MiB peak",
              rssBefore / 1024, rssWhenFull / 1024, rssAfter / 1024, rssPeak / 1024);

        QCOMPARE(sent, batches);
        QVERIFY(maxRows <= panel.model()->capacity());
        QCOMPARE(panel.model()->rowCount(), panel.model()->capacity());
        QCOMPARE(panel.model()->droppedCount(), quint64(batches * batchSize - panel.model()->capacity()));
        QVERIFY(panel.isFollowingTail());
        // The table followed: the newest row is in view.
        QCOMPARE(panel.view()->verticalScrollBar()->value(), panel.view()->verticalScrollBar()->maximum());

        // Responsiveness. The wall-clock gap is what a user feels; on this shared 2-core
        // machine it also contains time the scheduler gave to other processes, which is not the
        // panel's doing. What the panel controls is how long it keeps the GUI thread busy
        // between two heartbeats, so that is asserted; the wall gap is printed above.
        if (kSanitized) {
            qInfo("sanitized build: responsiveness and memory bounds not asserted");
            return;
        }
        QVERIFY2(longestBusyNs < maxStallMs * 1000000,
                 qPrintable(QStringLiteral("the GUI thread was busy for %1 ms without returning to the event loop")
                                .arg(longestBusyNs / 1e6)));
        // And the heartbeat really ran throughout (about one per 10 ms, allowing for load).
        QVERIFY(beats > int(elapsedMs / 10 / 4));

        // Memory is bounded: once the ring is full, another 100,000 entries through it cost
        // nothing that lasts, and the whole log stays well below 1.5 KiB per kept row.
        QVERIFY(rssWhenFull > 0);
        QVERIFY2(rssAfter - rssWhenFull < 32 * 1024,
                 qPrintable(QStringLiteral("RSS grew by %1 MiB after the ring was full").arg((rssAfter - rssWhenFull) / 1024)));
        QVERIFY2(rssPeak - rssBefore < qint64(panel.model()->capacity()) * 3 / 2,
                 qPrintable(QStringLiteral("%1 MiB for %2 rows").arg((rssPeak - rssBefore) / 1024).arg(panel.model()->capacity())));
    }
};

QTEST_MAIN(TestLogPanelResponsiveness)
#include "tst_logpanelresponsiveness.moc"
