// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <array>
#include <limits>

namespace meshgate {

// Log-linear histogram of integer milliseconds for the GUI's p50/p95/p99 charts: exact below
// 16 ms, then 8 buckets per power of two (a bucket is at most 1/8 of its lower bound wide), so
// an estimate is off by at most ~6% of the true value. Fixed size, mergeable, no allocation.
class LatencyHistogram final
{
public:
    static constexpr int ExactBelow = 16;
    static constexpr int SubBuckets = 8; // per power of two
    static constexpr int MaxExponent = 39; // values clamp at 2^40 - 1 ms (about 34 years)
    static constexpr int BucketCount = ExactBelow + (MaxExponent - 3) * SubBuckets;

    void record(quint64 ms);
    void merge(const LatencyHistogram &other);

    quint64 count() const { return m_count; }
    quint64 min() const { return m_count ? m_min : 0; }
    quint64 max() const { return m_max; }

    // Nearest-rank quantile (q in (0, 1]): the middle of the bucket that holds that rank,
    // clamped to the observed min/max (so a constant series reports its exact value).
    // 0 when empty.
    double percentile(double q) const;

    static int bucketIndex(quint64 ms);
    static quint64 bucketLowerBound(int index);
    static quint64 bucketUpperBound(int index); // inclusive

private:
    std::array<quint64, BucketCount> m_buckets{};
    quint64 m_count = 0;
    quint64 m_min = std::numeric_limits<quint64>::max();
    quint64 m_max = 0;
};

} // namespace meshgate
