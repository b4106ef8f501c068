// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "log/responseflags.h"
#include "stats/buckethistogram.h"
#include "stats/trafficwindow.h"

#include <QByteArray>
#include <QHash>
#include <QMetaType>

namespace meshgate {

// Label set of the HTTP series (istio_requests_total and the three request histograms).
struct RequestSeriesKey
{
    QByteArray destinationService; // "httpbin.org"; empty prints as "unknown"
    int responseCode = 0;
    ResponseFlags responseFlags;

    friend bool operator==(const RequestSeriesKey &a, const RequestSeriesKey &b)
    {
        return a.responseCode == b.responseCode && a.responseFlags == b.responseFlags
            && a.destinationService == b.destinationService;
    }
    friend size_t qHash(const RequestSeriesKey &k, size_t seed = 0)
    {
        return qHashMulti(seed, k.destinationService, k.responseCode, k.responseFlags.bits());
    }
};

struct RequestSeries
{
    quint64 requests = 0;
    BucketHistogram durationMs;
    BucketHistogram requestBytes;
    BucketHistogram responseBytes;

    void merge(const RequestSeries &other)
    {
        requests += other.requests;
        durationMs.merge(other.durationMs);
        requestBytes.merge(other.requestBytes);
        responseBytes.merge(other.responseBytes);
    }
};

// Label set of the TCP series.
struct TcpSeriesKey
{
    QByteArray destinationService;
    ResponseFlags responseFlags;

    friend bool operator==(const TcpSeriesKey &a, const TcpSeriesKey &b)
    {
        return a.responseFlags == b.responseFlags && a.destinationService == b.destinationService;
    }
    friend size_t qHash(const TcpSeriesKey &k, size_t seed = 0)
    {
        return qHashMulti(seed, k.destinationService, k.responseFlags.bits());
    }
};

struct TcpSeries
{
    quint64 opened = 0;
    quint64 closed = 0;
    quint64 sentBytes = 0; // to the client
    quint64 receivedBytes = 0; // from the client

    void merge(const TcpSeries &other)
    {
        opened += other.opened;
        closed += other.closed;
        sentBytes += other.sentBytes;
        receivedBytes += other.receivedBytes;
    }
};

// Counters as a value: a worker hands over what it counted since the last hand-over
// (WorkerStats::takeDelta()), and the engine merges those deltas into a running total that the
// Prometheus exporter renders. Merging is addition, so order and worker count do not matter.
struct StatsSnapshot
{
    QHash<RequestSeriesKey, RequestSeries> requests;
    QHash<TcpSeriesKey, TcpSeries> tcp;
    qint64 downstreamConnectionsOpened = 0;
    qint64 downstreamConnectionsClosed = 0;
    TrafficWindow traffic;

    qint64 activeConnections() const
    {
        return downstreamConnectionsOpened - downstreamConnectionsClosed;
    }
    void merge(const StatsSnapshot &other);
    bool isEmpty() const;
};

} // namespace meshgate

Q_DECLARE_METATYPE(meshgate::StatsSnapshot)
