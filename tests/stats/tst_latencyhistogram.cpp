// SPDX-License-Identifier: GPL-3.0-or-later
#include "stats/latencyhistogram.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace meshgate;

namespace {

// Nearest-rank percentile of the exact values: what the histogram approximates.
double exactPercentile(QList<quint64> values, double q)
{
    std::sort(values.begin(), values.end());
    const auto rank = qsizetype(std::ceil(q * double(values.size()) - 1e-9));
    return double(values[std::max<qsizetype>(rank, 1) - 1]);
}

// Half a bucket is at most 1/16 of the value above 16 ms.
constexpr double kRelativeError = 1.0 / 16;

void compareToExact(const QList<quint64> &values)
{
    LatencyHistogram h;
    for (quint64 v : values)
        h.record(v);
    for (double q : {0.5, 0.9, 0.95, 0.99, 0.999, 1.0}) {
        const double exact = exactPercentile(values, q);
        const double estimate = h.percentile(q);
        QVERIFY2(std::abs(estimate - exact) <= exact * kRelativeError + 0.5,
                 qPrintable(QStringLiteral("q=%1 exact=%2 estimate=%3").arg(q).arg(exact).arg(
                     estimate)));
    }
}

} // namespace

class TestLatencyHistogram : public QObject
{
    Q_OBJECT
private slots:
    void bucketsTileEveryValue()
    {
        QCOMPARE(LatencyHistogram::bucketLowerBound(0), 0u);
        for (int i = 0; i + 1 < LatencyHistogram::BucketCount; ++i) {
            const quint64 lower = LatencyHistogram::bucketLowerBound(i);
            const quint64 upper = LatencyHistogram::bucketUpperBound(i);
            QCOMPARE(LatencyHistogram::bucketLowerBound(i + 1), upper + 1);
            QCOMPARE(LatencyHistogram::bucketIndex(lower), i);
            QCOMPARE(LatencyHistogram::bucketIndex(upper), i);
            if (i >= LatencyHistogram::ExactBelow)
                QVERIFY(upper - lower + 1 <= lower / 8);
            else
                QCOMPARE(lower, upper);
        }
        // Absurd durations land in the last bucket instead of out of bounds.
        QCOMPARE(LatencyHistogram::bucketIndex(~quint64(0)), LatencyHistogram::BucketCount - 1);
    }

    void emptyIsZero()
    {
        QCOMPARE(LatencyHistogram().percentile(0.99), 0.0);
        QCOMPARE(LatencyHistogram().count(), 0u);
    }

    void smallValuesAreExact()
    {
        LatencyHistogram h;
        for (quint64 v = 1; v <= 10; ++v)
            h.record(v);
        QCOMPARE(h.percentile(0.5), 5.0);
        QCOMPARE(h.percentile(0.95), 10.0);
        QCOMPARE(h.percentile(0.1), 1.0);
        QCOMPARE(h.min(), 1u);
        QCOMPARE(h.max(), 10u);
    }

    void constantSeriesReportsItsValue()
    {
        LatencyHistogram h;
        for (int i = 0; i < 1000; ++i)
            h.record(187);
        QCOMPARE(h.percentile(0.5), 187.0);
        QCOMPARE(h.percentile(0.99), 187.0);
    }

    void bimodal()
    {
        LatencyHistogram h;
        for (int i = 0; i < 90; ++i)
            h.record(10);
        for (int i = 0; i < 10; ++i)
            h.record(1000);
        QCOMPARE(h.percentile(0.5), 10.0);
        QCOMPARE(h.percentile(0.9), 10.0);
        QVERIFY(std::abs(h.percentile(0.95) - 1000) <= 1000 * kRelativeError);
        QVERIFY(h.percentile(0.99) <= 1000);
    }

    void uniformDistribution()
    {
        QList<quint64> values;
        for (quint64 v = 1; v <= 10'000; ++v)
            values.append(v);
        compareToExact(values);
    }

    void logNormalDistribution()
    {
        QRandomGenerator rng(42); // fixed: the same values every run
        QList<quint64> values;
        for (int i = 0; i < 50'000; ++i) {
            // Box-Muller: median e^4 ~ 55 ms, long tail into seconds.
            const double u1 = std::max(rng.generateDouble(), 1e-12);
            const double u2 = rng.generateDouble();
            const double normal = std::sqrt(-2 * std::log(u1)) * std::cos(2 * M_PI * u2);
            values.append(quint64(std::exp(4 + 1.2 * normal)));
        }
        compareToExact(values);
    }

    void mergeEqualsRecordingEverything()
    {
        LatencyHistogram a, b, all;
        for (quint64 v : {3u, 80u, 900u, 15u})
            a.record(v), all.record(v);
        for (quint64 v : {1u, 2500u, 77u})
            b.record(v), all.record(v);
        a.merge(b);
        QCOMPARE(a.count(), all.count());
        QCOMPARE(a.min(), 1u);
        QCOMPARE(a.max(), 2500u);
        for (double q : {0.1, 0.5, 0.9, 1.0})
            QCOMPARE(a.percentile(q), all.percentile(q));
    }
};

QTEST_GUILESS_MAIN(TestLatencyHistogram)
#include "tst_latencyhistogram.moc"
