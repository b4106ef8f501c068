// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "log/accesslogrecord.h"

#include <QByteArrayView>

#include <optional>

namespace meshgate {

// A read-only look at one access-log entry, whichever form holds it: the AccessLogRecord a worker
// fills in, or the packed LogRow that crosses threads. The formatter and the GUI's tallies read
// this, so neither form has to be converted into the other (a conversion is an allocation per
// string). Valid only while the entry it was taken from lives and is not modified.
struct AccessLogView
{
    qint64 startTimeMs = 0;

    QByteArrayView method;
    QByteArrayView path;
    QByteArrayView protocol;
    int responseCode = 0;
    ResponseFlags responseFlags;
    QByteArrayView responseCodeDetails;
    QByteArrayView connectionTerminationDetails;

    quint64 bytesReceived = 0;
    quint64 bytesSent = 0;
    qint64 durationMs = 0;
    std::optional<qint64> upstreamServiceTimeMs;

    QByteArrayView xForwardedFor;
    QByteArrayView userAgent;
    QByteArrayView requestId;
    QByteArrayView authority;

    QByteArrayView upstreamHost;
    QByteArrayView upstreamCluster;
    QByteArrayView upstreamLocalAddress;
    QByteArrayView downstreamLocalAddress;
    QByteArrayView downstreamRemoteAddress;
    QByteArrayView requestedServerName;
    QByteArrayView upstreamTransportFailureReason;
    QByteArrayView routeName;

    const QList<CapturedHeader> *requestHeaders = nullptr; // null: none captured
    const QList<CapturedHeader> *responseHeaders = nullptr;

    bool isTcp() const { return protocol.isEmpty(); }

    static AccessLogView of(const AccessLogRecord &r)
    {
        AccessLogView v;
        v.startTimeMs = r.startTimeMs;
        v.method = r.method;
        v.path = r.path;
        v.protocol = r.protocol;
        v.responseCode = r.responseCode;
        v.responseFlags = r.responseFlags;
        v.responseCodeDetails = r.responseCodeDetails;
        v.connectionTerminationDetails = r.connectionTerminationDetails;
        v.bytesReceived = r.bytesReceived;
        v.bytesSent = r.bytesSent;
        v.durationMs = r.durationMs;
        v.upstreamServiceTimeMs = r.upstreamServiceTimeMs;
        v.xForwardedFor = r.xForwardedFor;
        v.userAgent = r.userAgent;
        v.requestId = r.requestId;
        v.authority = r.authority;
        v.upstreamHost = r.upstreamHost;
        v.upstreamCluster = r.upstreamCluster;
        v.upstreamLocalAddress = r.upstreamLocalAddress;
        v.downstreamLocalAddress = r.downstreamLocalAddress;
        v.downstreamRemoteAddress = r.downstreamRemoteAddress;
        v.requestedServerName = r.requestedServerName;
        v.upstreamTransportFailureReason = r.upstreamTransportFailureReason;
        v.routeName = r.routeName;
        v.requestHeaders = r.requestHeaders.isEmpty() ? nullptr : &r.requestHeaders;
        v.responseHeaders = r.responseHeaders.isEmpty() ? nullptr : &r.responseHeaders;
        return v;
    }
};

} // namespace meshgate
