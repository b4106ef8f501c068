// SPDX-License-Identifier: GPL-3.0-or-later
#include "stats/latencyhistogram.h"

#include <algorithm>
#include <bit>
#include <cmath>

namespace meshgate {

namespace {

constexpr quint64 kMaxValue = (quint64(1) << (LatencyHistogram::MaxExponent + 1)) - 1;

} // namespace

int LatencyHistogram::bucketIndex(quint64 ms)
{
    ms = std::min(ms, kMaxValue);
    if (ms < ExactBelow)
        return int(ms);
    const int exponent = std::bit_width(ms) - 1; // 4..MaxExponent
    const int sub = int((ms >> (exponent - 3)) & (SubBuckets - 1));
    return ExactBelow + (exponent - 4) * SubBuckets + sub;
}

quint64 LatencyHistogram::bucketLowerBound(int index)
{
    if (index < ExactBelow)
        return quint64(index);
    const int exponent = (index - ExactBelow) / SubBuckets + 4;
    const int sub = (index - ExactBelow) % SubBuckets;
    return quint64(SubBuckets + sub) << (exponent - 3);
}

quint64 LatencyHistogram::bucketUpperBound(int index)
{
    if (index < ExactBelow)
        return quint64(index);
    const int exponent = (index - ExactBelow) / SubBuckets + 4;
    return bucketLowerBound(index) + (quint64(1) << (exponent - 3)) - 1;
}

void LatencyHistogram::record(quint64 ms)
{
    ++m_buckets[std::size_t(bucketIndex(ms))];
    ++m_count;
    m_min = std::min(m_min, ms);
    m_max = std::max(m_max, ms);
}

void LatencyHistogram::merge(const LatencyHistogram &other)
{
    for (std::size_t i = 0; i < m_buckets.size(); ++i)
        m_buckets[i] += other.m_buckets[i];
    m_count += other.m_count;
    m_min = std::min(m_min, other.m_min);
    m_max = std::max(m_max, other.m_max);
}

double LatencyHistogram::percentile(double q) const
{
    if (m_count == 0)
        return 0;
    q = std::clamp(q, 0.0, 1.0);
    // The epsilon keeps 0.95 * 100 (94.99999...) or 95.000...01 from landing one rank off.
    const quint64 rank = std::max<quint64>(1, quint64(std::ceil(q * double(m_count) - 1e-9)));
    quint64 seen = 0;
    for (int i = 0; i < BucketCount; ++i) {
        seen += m_buckets[std::size_t(i)];
        if (seen < rank)
            continue;
        const double middle = (double(bucketLowerBound(i)) + double(bucketUpperBound(i))) / 2;
        return std::clamp(middle, double(m_min), double(m_max));
    }
    return double(m_max);
}

} // namespace meshgate
