// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/traffichistory.h"

#include <algorithm>

namespace meshgate {

TrafficHistory::TrafficHistory()
    : m_ring(Capacity)
{
}

void TrafficHistory::append(const TrafficSample &sample)
{
    if (m_size < Capacity) {
        m_ring[std::size_t((m_head + m_size) % Capacity)] = sample;
        ++m_size;
    } else {
        m_ring[std::size_t(m_head)] = sample;
        m_head = (m_head + 1) % Capacity;
    }
}

void TrafficHistory::clear()
{
    m_head = 0;
    m_size = 0;
}

const TrafficSample &TrafficHistory::at(int i) const
{
    return m_ring[std::size_t((m_head + i) % Capacity)];
}

std::vector<TrafficHistory::Point> TrafficHistory::window(int points, int bucketSeconds) const
{
    std::vector<Point> out(std::size_t(std::max(points, 0)));
    bucketSeconds = std::max(bucketSeconds, 1);
    // Walk back from the newest sample, filling buckets from the right.
    for (int p = points - 1, end = m_size; p >= 0 && end > 0; --p, end -= bucketSeconds) {
        Point &point = out[std::size_t(p)];
        const int begin = std::max(0, end - bucketSeconds);
        for (int i = begin; i < end; ++i) {
            const TrafficSample &s = at(i);
            point.requests2xx += s.requests2xx;
            point.requests3xx += s.requests3xx;
            point.requests4xx += s.requests4xx;
            point.requests5xx += s.requests5xx;
            point.bytesInPerSecond += double(s.bytesIn);
            point.bytesOutPerSecond += double(s.bytesOut);
            point.activeConnections = std::max(point.activeConnections, double(s.activeConnections));
            if (s.requestCount() > 0) {
                point.latencyP50Ms = std::max(point.latencyP50Ms, s.latencyP50Ms);
                point.latencyP95Ms = std::max(point.latencyP95Ms, s.latencyP95Ms);
                point.latencyP99Ms = std::max(point.latencyP99Ms, s.latencyP99Ms);
            }
        }
        const double seconds = bucketSeconds;
        point.requests2xx /= seconds;
        point.requests3xx /= seconds;
        point.requests4xx /= seconds;
        point.requests5xx /= seconds;
        point.bytesInPerSecond /= seconds;
        point.bytesOutPerSecond /= seconds;
    }
    return out;
}

} // namespace meshgate
