// SPDX-License-Identifier: GPL-3.0-or-later
#include "stats/statssnapshot.h"

namespace meshgate {

void StatsSnapshot::merge(const StatsSnapshot &other)
{
    for (auto it = other.requests.cbegin(); it != other.requests.cend(); ++it)
        requests[it.key()].merge(it.value());
    for (auto it = other.tcp.cbegin(); it != other.tcp.cend(); ++it)
        tcp[it.key()].merge(it.value());
    downstreamConnectionsOpened += other.downstreamConnectionsOpened;
    downstreamConnectionsClosed += other.downstreamConnectionsClosed;
    traffic.merge(other.traffic);
}

bool StatsSnapshot::isEmpty() const
{
    return requests.isEmpty() && tcp.isEmpty() && downstreamConnectionsOpened == 0
        && downstreamConnectionsClosed == 0 && traffic.requestCount() == 0
        && traffic.tcpConnections == 0;
}

} // namespace meshgate
