// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "log/accesslogrecord.h"
#include "log/logrow.h"

#include <QList>

namespace meshgate::test {

// A realistic mix of access-log entries, deterministic in `i`, so tests can tell rows apart
// (the request id is "req-<i>") and know which ones a filter must keep:
//   i % 10 == 0..4  GET httpbin.org /status/418 -> 418 via outbound|80||httpbin.org, route "httpbin"
//   i % 10 == 5     GET unknown.example.com /headers -> 404 NR (no route)
//   i % 10 == 6     POST api.example.com:8080 /post -> 503 UF, route "api"
//   i % 10 == 7     GET httpbin.org /headers -> 200
//   i % 10 == 8     TLS passthrough, SNI edition.cnn.com (TCP, no status)
//   i % 10 == 9     GET httpbin.org /redirect/1 -> 302, from client 10.0.0.9
inline AccessLogRecord makeRecord(int i)
{
    AccessLogRecord r;
    r.startTimeMs = 1767225600000 + qint64(i) * 7;
    r.protocol = "HTTP/1.1";
    r.method = "GET";
    r.authority = "httpbin.org";
    r.path = "/status/418";
    r.responseCode = 418;
    r.responseCodeDetails = "via_upstream";
    r.bytesReceived = 0;
    r.bytesSent = 135;
    r.durationMs = 20 + i % 50;
    r.upstreamServiceTimeMs = 18;
    r.userAgent = "curl/7.88.1";
    r.requestId = "req-" + QByteArray::number(i);
    r.upstreamHost = "34.236.82.201:80";
    r.upstreamCluster = "outbound|80||httpbin.org";
    r.upstreamLocalAddress = "192.168.1.20:40" + QByteArray::number(100 + i % 800);
    r.downstreamLocalAddress = "127.0.0.1:8080";
    r.downstreamRemoteAddress = "127.0.0.1:5" + QByteArray::number(1000 + i % 8000);
    r.routeName = "httpbin";
    switch (i % 10) {
    case 5:
        r.authority = "unknown.example.com";
        r.path = "/headers";
        r.responseCode = 404;
        r.responseFlags = ResponseFlags::NoRouteFound;
        r.responseCodeDetails = "route_not_found";
        r.bytesSent = 0;
        r.upstreamServiceTimeMs.reset();
        r.upstreamHost.clear();
        r.upstreamCluster.clear();
        r.upstreamLocalAddress.clear();
        r.routeName.clear();
        break;
    case 6:
        r.method = "POST";
        r.authority = "api.example.com:8080";
        r.path = "/post";
        r.responseCode = 503;
        r.responseFlags = ResponseFlags::UpstreamConnectionFailure;
        r.responseCodeDetails = "upstream_reset_before_response_started{connection_failure}";
        r.bytesReceived = 512;
        r.bytesSent = 91;
        r.upstreamHost = "127.0.0.1:9";
        r.upstreamCluster = "outbound|8080||api.example.com";
        r.routeName = "api";
        r.downstreamLocalAddress = "127.0.0.1:8081";
        break;
    case 7:
        r.path = "/headers";
        r.responseCode = 200;
        r.bytesSent = 300;
        break;
    case 8:
        r.protocol.clear();
        r.method.clear();
        r.path.clear();
        r.authority.clear();
        r.responseCode = 0;
        r.responseCodeDetails.clear();
        r.requestedServerName = "edition.cnn.com";
        r.upstreamHost = "151.101.3.5:443";
        r.upstreamCluster = "outbound|443||edition.cnn.com";
        r.downstreamLocalAddress = "127.0.0.1:8443";
        r.bytesReceived = 1500;
        r.bytesSent = 48000;
        r.upstreamServiceTimeMs.reset();
        r.routeName.clear();
        r.userAgent.clear();
        r.requestId.clear();
        break;
    case 9:
        r.path = "/redirect/1";
        r.responseCode = 302;
        r.downstreamRemoteAddress = "10.0.0.9:40000";
        break;
    default:
        break;
    }
    return r;
}

// The `i` a row was made from (startTimeMs is unique per i).
inline int recordIndex(qint64 startTimeMs)
{
    return int((startTimeMs - 1767225600000) / 7);
}

// Packed, as Engine::accessLogBatch delivers them.
inline QList<LogRow> makeBatch(int first, int count)
{
    QList<LogRow> batch;
    batch.reserve(count);
    for (int i = first; i < first + count; ++i)
        batch.append(LogRow::fromRecord(makeRecord(i)));
    return batch;
}

} // namespace meshgate::test
