// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "log/logrow.h"

#include <QList>

#include <vector>

namespace meshgate {

class RouteMapGraph;

// Counts the requests that travelled each edge of a route map between two readings, so the map
// can show requests per second without repainting for every record.
class RouteMapTraffic final
{
public:
    void reset(int edgeCount);
    void add(const RouteMapGraph &graph, const QList<LogRow> &records);
    // Requests per second on each edge since the previous call, which took `seconds` ago.
    std::vector<double> takeRates(double seconds);
    quint64 counted() const { return m_counted; } // records attributed to at least one edge, ever
    const std::vector<quint64> &hits() const { return m_hits; } // per edge, since reset()

private:
    std::vector<quint32> m_counts;
    std::vector<quint64> m_hits;
    quint64 m_counted = 0;
};

} // namespace meshgate
