// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/clusterruntime.h"
#include "engine/httpsession.h"
#include "engine/upstreampool.h"
#include "engine/workercontext.h"

#include <QElapsedTimer>

namespace meshgate {

// The state of the one request an HttpSession is working on, from its head to its log line.
struct HttpSession::Exchange
{
    // Which request of the session this is. Callbacks that run later compare it, not the
    // Exchange's address: the next request's Exchange is often allocated where this one was.
    quint64 serial = 0;
    std::shared_ptr<const RouteTable> table; // the snapshot this request routes on, start to end
    AccessLogRecord record;
    QElapsedTimer clock;
    qint64 clockStartedLateMs = 0; // a request cut off before its head began earlier than `clock`
    QElapsedTimer upstreamClock;

    qint64 durationMs() const { return clock.elapsed() + clockStartedLateMs; }

    const VirtualHost *virtualHost = nullptr;
    const CompiledHttpRoute *route = nullptr;
    const RouteTarget *target = nullptr;
    const Cluster *cluster = nullptr;
    std::shared_ptr<ClusterRuntime> runtime;

    QByteArray host;         // Host without port, lower-case
    QString originalHost;    // for the mesh passthrough cluster (set only for it)
    quint16 originalPort = 80;
    quint16 gatewayPort = 0; // the Gateway server port the request arrived on
    QByteArray rewrittenPath;
    QByteArray rewrittenAuthority;

    EndpointList endpoints; // null until resolved
    int endpointCount() const { return endpoints ? int(endpoints->size()) : 0; }
    QByteArray endpoint; // "ip:port" of the chosen endpoint (a ResolvedEndpoint here cost a QHostAddress per request)
    std::unique_ptr<UpstreamConnection> upstream;
    int attempts = 0;
    bool retried = false;      // another attempt was made (route retry or stale pooled connection)
    bool routeRetried = false; // ... by the route's retry policy: only that earns URX

    QByteArray replayBody;  // request body kept for a retry
    QByteArray earlyTunnel; // client bytes after an upgrade request, before the 101

    bool headSeen = false;
    bool requestComplete = false;
    bool requestChunked = false;
    bool upstreamConnected = false;
    bool upstreamReused = false;
    bool headSent = false;      // request head written upstream
    bool responseStarted = false;
    bool responseComplete = false;
    bool responseChunked = false; // re-chunked towards the client
    bool localReply = false;
    bool closeAfter = false;
    bool clientSaidClose = false; // the request itself ended the connection (Connection: close, 1.0)
    bool abandonRequest = false;
    bool tunnel = false;
    bool clientDone = false;
    bool upstreamDone = false;
    bool logged = false;
    bool replayable = true;
    bool endpointCounted = false;

    // clientIp: the session's cache of the client's IP (filled on its first request).
    void begin(WorkerContext &worker, Transport *client, QByteArray &clientIp, const HttpRequestHead &head);
};

} // namespace meshgate
