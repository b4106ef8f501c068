// SPDX-License-Identifier: GPL-3.0-or-later
#include "routemap/routemaptraffic.h"

#include "routemap/routemapgraph.h"

namespace meshgate {

void RouteMapTraffic::reset(int edgeCount)
{
    m_counts.assign(size_t(std::max(0, edgeCount)), 0);
    m_hits.assign(m_counts.size(), 0);
}

void RouteMapTraffic::add(const RouteMapGraph &graph, const QList<LogRow> &records)
{
    for (const LogRow &record : records) {
        bool counted = false;
        for (int edge : graph.edgesFor(record.view())) {
            if (edge >= 0 && size_t(edge) < m_counts.size()) {
                ++m_counts[size_t(edge)];
                ++m_hits[size_t(edge)];
                counted = true;
            }
        }
        m_counted += counted ? 1 : 0;
    }
}

std::vector<double> RouteMapTraffic::takeRates(double seconds)
{
    std::vector<double> rates(m_counts.size(), 0.0);
    if (seconds > 0)
        for (size_t i = 0; i < m_counts.size(); ++i)
            rates[i] = m_counts[i] / seconds;
    std::fill(m_counts.begin(), m_counts.end(), 0);
    return rates;
}

} // namespace meshgate
