// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace meshgate::test {

// One access-log line in Istio's classic format (Envoy's default plus cluster, addresses and SNI):
// [START] "METHOD PATH PROTOCOL" CODE FLAGS BYTES_IN BYTES_OUT DURATION UPSTREAM_TIME "XFF" "UA"
// "REQUEST_ID" "AUTHORITY" "UPSTREAM_HOST" CLUSTER UPSTREAM_LOCAL DOWNSTREAM_LOCAL DOWNSTREAM_REMOTE SNI
// Text fields keep the printed value: an empty value is "-" (quoted fields too, without the quotes).
struct AccessLogLine
{
    QString startText;
    QDateTime start; // UTC, millisecond precision
    QString method;   // "-" for a TCP/TLS connection
    QString path;     // X-ENVOY-ORIGINAL-PATH or :path; "-" for TCP
    QString protocol; // "HTTP/1.1"; "-" for TCP
    int code = 0;     // 0 for TCP
    QString flagsText; // "-" or "UF,URX"
    QStringList flags; // empty when "-"
    qint64 bytesReceived = 0;
    qint64 bytesSent = 0;
    qint64 durationMs = 0;
    std::optional<qint64> upstreamServiceTimeMs; // nullopt when "-"
    QString xForwardedFor;
    QString userAgent;
    QString requestId;
    QString authority;
    QString upstreamHost;
    QString upstreamCluster;
    QString upstreamLocal;
    QString downstreamLocal;
    QString downstreamRemote;
    QString sni;

    bool isTcp() const { return method == u"-" && path == u"-" && protocol == u"-"; }
    bool hasFlag(const QString &flag) const { return flags.contains(flag); }

    // nullopt (and a reason) when the line is not in the classic format.
    static std::optional<AccessLogLine> parse(QByteArrayView line, QString *error = nullptr);
};

} // namespace meshgate::test
