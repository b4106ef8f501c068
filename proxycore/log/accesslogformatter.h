// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "log/accesslogrecord.h"
#include "log/accesslogview.h"
#include "log/logrow.h"
#include "log/formaterror.h"
#include "log/timestampformat.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <variant>

namespace meshgate {

// Turns access-log entries (an AccessLogRecord, a packed LogRow, or a view of either) into
// log lines. Built once from a spec, then immutable, so one instance
// can be shared by every thread that formats.
//
// Spec: a preset name
//   classic  Envoy default + upstream cluster/local, downstream local/remote, SNI
//            (Istio 2018-2019; the default, the format of the reference scenario's samples)
//   istio    Istio >= 1.9 text format (adds response code details, connection termination
//            details, upstream transport failure reason and the route name)
//   envoy    Envoy's default format
//   json     Istio's JSON encoding, one object per line, numbers as numbers, absent as null
// or a custom string of Envoy command operators, e.g.
//   [%START_TIME(%Y-%m-%d %T)%] %REQ(:METHOD)% %REQ(X-CUSTOM):20% %RESPONSE_CODE%
// Absent values print "-"; a trailing newline in the spec is dropped (every line ends in one).
// The record keeps only the path as received, so %REQ(:PATH)% prints the pre-rewrite path too
// (Envoy would print the rewritten one); control bytes in values print as \xHH.
class AccessLogFormatter final
{
public:
    enum class Encoding : quint8 { Text, Json };

    static std::variant<AccessLogFormatter, FormatError> create(const QString &spec);
    // The default; cannot fail.
    static AccessLogFormatter classic();

    static QString presetSpec(const QString &presetName); // the operator string behind a preset
    static QStringList presetNames();

    // Appends one line including '\n'. Only grows `out`; no other allocation.
    void appendTo(QByteArray &out, const AccessLogView &record) const;
    void appendTo(QByteArray &out, const AccessLogRecord &record) const;
    void appendTo(QByteArray &out, const LogRow &row) const;
    QByteArray format(const AccessLogRecord &record) const; // convenience for tests and the GUI
    QByteArray format(const LogRow &row) const;

    // Lower-case header names the engine must capture into AccessLogRecord::requestHeaders /
    // responseHeaders for this format (fields with a dedicated member are never listed).
    const QList<QByteArray> &requiredRequestHeaders() const { return m_requestHeaders; }
    const QList<QByteArray> &requiredResponseHeaders() const { return m_responseHeaders; }

    Encoding encoding() const { return m_encoding; }
    const QString &spec() const { return m_spec; }

    // Each value source an operator can read. Public only so the .cpp's helpers can name it.
    enum class Source : quint8 {
        None,
        Literal,
        StartTime,
        Method,
        Path,
        Authority,
        XForwardedFor,
        UserAgent,
        RequestId,
        UpstreamServiceTime,
        RequestHeader, // captured
        ResponseHeader, // captured
        Protocol,
        ResponseCode,
        ResponseFlags,
        ResponseCodeDetails,
        ConnectionTerminationDetails,
        BytesReceived,
        BytesSent,
        Duration,
        UpstreamHost,
        UpstreamCluster,
        UpstreamLocalAddress,
        DownstreamLocalAddress,
        DownstreamLocalAddressWithoutPort,
        DownstreamRemoteAddress,
        DownstreamRemoteAddressWithoutPort,
        RequestedServerName,
        UpstreamTransportFailureReason,
        RouteName,
        Hostname,
    };

    struct Token
    {
        Source source = Source::Literal;
        Source fallback = Source::None; // %REQ(X?Y)%: used when `source` is absent
        int maxLength = -1; // %...:N%
        int timeFormat = -1; // index into m_timeFormats for StartTime
        QByteArray text; // literal bytes, or the lower-case header name
        QByteArray fallbackText;
        QByteArray jsonKey; // Json encoding: `"key":` prefix, with a leading ',' after the first
    };

private:
    AccessLogFormatter() = default;
    friend class AccessLogSpecParser;

    void appendToken(QByteArray &out, const Token &t, const AccessLogView &r) const;
    void appendJsonToken(QByteArray &out, const Token &t, const AccessLogView &r) const;

    QString m_spec;
    Encoding m_encoding = Encoding::Text;
    QList<Token> m_tokens;
    QList<TimestampFormat> m_timeFormats;
    QByteArray m_hostname;
    QList<QByteArray> m_requestHeaders;
    QList<QByteArray> m_responseHeaders;
};

} // namespace meshgate
