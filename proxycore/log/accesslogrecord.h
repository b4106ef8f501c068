// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "log/responseflags.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>

#include <optional>

namespace meshgate {

// A request or response header captured only because a custom format asks for it
// (%REQ(X)% / %RESP(X)% beyond the fields below). Name is lower-case.
struct CapturedHeader
{
    QByteArray name;
    QByteArray value;
};

// One access-log entry: one per HTTP request, one per TCP / TLS-passthrough connection.
// Built on a worker's hot path, so every string is a QByteArray that shares the bytes the parser
// already holds (no copy), and an empty value means "absent" (printed as "-").
// Addresses are "ip:port" ("[v6]:port" for IPv6).
struct AccessLogRecord
{
    qint64 startTimeMs = 0; // ms since the epoch, UTC

    QByteArray method;
    QByteArray path; // as received, before any rewrite (Envoy's X-ENVOY-ORIGINAL-PATH?:PATH)
    QByteArray protocol; // "HTTP/1.1"; empty for a TCP connection
    int responseCode = 0; // 0 for TCP, or when no response was sent
    ResponseFlags responseFlags;
    QByteArray responseCodeDetails; // "via_upstream", "route_not_found", ...
    QByteArray connectionTerminationDetails;

    quint64 bytesReceived = 0; // request body, or every byte from the client for TCP
    quint64 bytesSent = 0; // response body, or every byte to the client for TCP
    qint64 durationMs = 0;
    std::optional<qint64> upstreamServiceTimeMs; // x-envoy-upstream-service-time

    QByteArray xForwardedFor;
    QByteArray userAgent;
    QByteArray requestId;
    QByteArray authority;

    QByteArray upstreamHost;
    QByteArray upstreamCluster; // outbound|port|subset|host
    QByteArray upstreamLocalAddress;
    QByteArray downstreamLocalAddress;
    QByteArray downstreamRemoteAddress;
    QByteArray requestedServerName;
    QByteArray upstreamTransportFailureReason;
    QByteArray routeName;

    // Only what AccessLogFormatter::requiredRequestHeaders()/requiredResponseHeaders() asked for.
    QList<CapturedHeader> requestHeaders;
    QList<CapturedHeader> responseHeaders;

    // A TCP/TLS connection has no HTTP request line, hence no protocol.
    bool isTcp() const { return protocol.isEmpty(); }

    // Value of a captured header (name lower-case); null when absent.
    QByteArray capturedRequestHeader(QByteArrayView lowerName) const
    {
        return findHeader(requestHeaders, lowerName);
    }
    QByteArray capturedResponseHeader(QByteArrayView lowerName) const
    {
        return findHeader(responseHeaders, lowerName);
    }

private:
    static QByteArray findHeader(const QList<CapturedHeader> &list, QByteArrayView lowerName)
    {
        for (const CapturedHeader &h : list) {
            if (h.name == lowerName)
                return h.value;
        }
        return {};
    }
};

} // namespace meshgate

Q_DECLARE_METATYPE(meshgate::AccessLogRecord)
