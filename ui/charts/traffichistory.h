// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stats/trafficsample.h"

#include <vector>

namespace meshgate {

// The last hour of 1 Hz TrafficSamples in a fixed ring, and the per-bucket rates a chart plots.
// Knows nothing about the chart library, so the charts can be swapped without touching the data.
class TrafficHistory final
{
public:
    static constexpr int Capacity = 3600;

    // One plotted point: the average over `bucketSeconds` samples (rates per second), the peak
    // connection count, and the highest latency percentiles seen in the bucket.
    struct Point
    {
        double requests2xx = 0;
        double requests3xx = 0;
        double requests4xx = 0;
        double requests5xx = 0;
        double bytesInPerSecond = 0;
        double bytesOutPerSecond = 0;
        double activeConnections = 0;
        double latencyP50Ms = 0;
        double latencyP95Ms = 0;
        double latencyP99Ms = 0;
    };

    TrafficHistory();

    void append(const TrafficSample &sample);
    void clear();
    int size() const { return m_size; }
    const TrafficSample &at(int i) const; // 0 = oldest
    const TrafficSample *latest() const { return m_size ? &at(m_size - 1) : nullptr; }

    // Exactly `points` points, oldest first; the last ends with the newest sample. Time before
    // the first sample reads as zero traffic.
    std::vector<Point> window(int points, int bucketSeconds) const;

private:
    std::vector<TrafficSample> m_ring; // fixed at Capacity
    int m_head = 0; // slot of the oldest
    int m_size = 0;
};

} // namespace meshgate
