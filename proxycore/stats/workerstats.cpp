// SPDX-License-Identifier: GPL-3.0-or-later
#include "stats/workerstats.h"

#include "log/accesslogrecord.h"

#include <utility>

namespace meshgate {

void WorkerStats::recordRequest(const AccessLogRecord &record,
                                const QByteArray &destinationService)
{
    RequestSeries &series = m_delta.requests[RequestSeriesKey{
        destinationService, record.responseCode, record.responseFlags}];
    ++series.requests;
    series.durationMs.record(record.durationMs > 0 ? quint64(record.durationMs) : 0);
    series.requestBytes.record(record.bytesReceived);
    series.responseBytes.record(record.bytesSent);
    m_delta.traffic.recordRequest(record);
}

void WorkerStats::recordTcpConnection(const AccessLogRecord &record,
                                      const QByteArray &destinationService)
{
    TcpSeries &series = m_delta.tcp[TcpSeriesKey{destinationService, record.responseFlags}];
    ++series.opened;
    ++series.closed;
    series.sentBytes += record.bytesSent;
    series.receivedBytes += record.bytesReceived;
    m_delta.traffic.recordTcpConnection(record);
}

void WorkerStats::recordRefusedConnection(const AccessLogRecord &record)
{
    m_delta.traffic.recordTcpConnection(record);
}

StatsSnapshot WorkerStats::takeDelta()
{
    return std::exchange(m_delta, StatsSnapshot());
}

} // namespace meshgate
