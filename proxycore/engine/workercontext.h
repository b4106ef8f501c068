// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/enginesettings.h"
#include "log/accesslogrecord.h"
#include "log/logrowpacker.h"
#include "routing/routetable.h"

#include <QByteArray>
#include <QList>
#include <QRandomGenerator>

#include <atomic>
#include <memory>
#include <vector>

namespace meshgate {

class ClusterRuntimeRegistry;
class EndpointSelector;
class SplicePipe;
class UpstreamPool;
class WorkerStats;

// What a session needs from the worker it lives on. Everything here belongs to that one thread
// except the ClusterRuntimeRegistry and the global connection counter, which are thread-safe.
struct WorkerContext
{
    int index = 0;
    std::shared_ptr<const RouteTable> table; // the newest; a request keeps the one it started with
    EngineSettings settings;
    EndpointSelector *selector = nullptr;
    UpstreamPool *pool = nullptr;
    ClusterRuntimeRegistry *clusters = nullptr;
    WorkerStats *stats = nullptr;
    SplicePipe *splicePipe = nullptr; // null: TCP relays copy (the default, or no pipe)
    // Where every TCP relay of this worker reads into and writes from at once: a relayed
    // connection owns no buffer of its own, only what its peer did not take yet.
    QByteArray relayBuffer;
    std::atomic<int> *activeDownstream = nullptr;
    QList<QByteArray> captureRequestHeaders;  // for custom %REQ(X)% operators
    QList<QByteArray> captureResponseHeaders; // for custom %RESP(X)% operators
    bool draining = false;

    QList<LogRow> pendingLogs; // handed to the engine in batches
    LogRowPacker logPacker;

    // Request heads, local replies and chunk framing are built here and written in the same
    // call, so one buffer per worker serves every session: steady state allocates nothing, and
    // an idle keep-alive connection holds no head buffer (at 5,000 connections that is memory).
    // A response head that waits for its first body bytes borrows it (HttpSession::m_pendingHead)
    // and gives it back once written.
    QByteArray scratch;

    void log(AccessLogRecord &&record, const QByteArray &destinationService);
    void logTcp(AccessLogRecord &&record, const QByteArray &destinationService);
    // Logged like any TCP connection, but not an Istio TCP connection (see WorkerStats).
    void logRefused(AccessLogRecord &&record);

    // A random UUIDv4 for x-request-id, from a per-thread generator (no syscall per request).
    QByteArray newRequestId();
    // The HTTP Date header value, formatted at most once per second.
    const QByteArray &httpDate();

    quint32 random() { return m_random.generate(); }

private:
    QRandomGenerator m_random{QRandomGenerator::securelySeeded()};
    QByteArray m_date;
    qint64 m_dateSecond = -1;
};

} // namespace meshgate
