// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <algorithm>
#include <array>

namespace meshgate {

// A Prometheus histogram with Envoy's default bucket bounds, which Istio uses unchanged for
// istio_request_duration_milliseconds and for istio_request_bytes / istio_response_bytes
// (Envoy's HistogramSettingsImpl::defaultBuckets(); Istio only sets the unit).
// Fixed size, no allocation: recording is a short search and two additions.
class BucketHistogram final
{
public:
    static constexpr int BoundCount = 19;
    static constexpr std::array<double, BoundCount> Bounds = {
        0.5,   1,     5,     10,     25,     50,     100,     250,     500,     1000,
        2500,  5000,  10000, 30000,  60000,  300000, 600000,  1800000, 3600000};
    // The `le` label of each bound as Envoy prints it.
    static constexpr std::array<const char *, BoundCount> BoundLabels = {
        "0.5",  "1",    "5",     "10",    "25",     "50",     "100",     "250",     "500", "1000",
        "2500", "5000", "10000", "30000", "60000", "300000", "600000", "1800000", "3600000"};

    void record(quint64 value)
    {
        const auto it = std::lower_bound(Bounds.begin(), Bounds.end(), double(value));
        ++m_buckets[std::size_t(it - Bounds.begin())]; // index BoundCount = above every bound
        m_sum += value;
        ++m_count;
    }

    void merge(const BucketHistogram &other)
    {
        for (std::size_t i = 0; i < m_buckets.size(); ++i)
            m_buckets[i] += other.m_buckets[i];
        m_sum += other.m_sum;
        m_count += other.m_count;
    }

    quint64 count() const { return m_count; }
    quint64 sum() const { return m_sum; }
    // Observations <= Bounds[i], as the `_bucket{le=...}` series wants them.
    quint64 cumulativeCount(int i) const
    {
        quint64 total = 0;
        for (int k = 0; k <= i; ++k)
            total += m_buckets[std::size_t(k)];
        return total;
    }

    friend bool operator==(const BucketHistogram &a, const BucketHistogram &b)
    {
        return a.m_buckets == b.m_buckets && a.m_sum == b.m_sum && a.m_count == b.m_count;
    }

private:
    std::array<quint64, BoundCount + 1> m_buckets{};
    quint64 m_sum = 0;
    quint64 m_count = 0;
};

} // namespace meshgate
