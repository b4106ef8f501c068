// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/accesslogformatter.h"

#include "http/httpsyntax.h"
#include "log/accesslogspecparser.h"

#include <QSysInfo>

#include <array>
#include <utility>

namespace meshgate {

namespace {

using Source = AccessLogFormatter::Source;
using Token = AccessLogFormatter::Token;

const QString kEnvoySpec = QStringLiteral(
    "[%START_TIME%] \"%REQ(:METHOD)% %REQ(X-ENVOY-ORIGINAL-PATH?:PATH)% %PROTOCOL%\" "
    "%RESPONSE_CODE% %RESPONSE_FLAGS% %BYTES_RECEIVED% %BYTES_SENT% %DURATION% "
    "%RESP(X-ENVOY-UPSTREAM-SERVICE-TIME)% \"%REQ(X-FORWARDED-FOR)%\" \"%REQ(USER-AGENT)%\" "
    "\"%REQ(X-REQUEST-ID)%\" \"%REQ(:AUTHORITY)%\" \"%UPSTREAM_HOST%\"");

const QString kClassicSpec = kEnvoySpec
    + QStringLiteral(" %UPSTREAM_CLUSTER% %UPSTREAM_LOCAL_ADDRESS% %DOWNSTREAM_LOCAL_ADDRESS% "
                     "%DOWNSTREAM_REMOTE_ADDRESS% %REQUESTED_SERVER_NAME%");

// pilot/pkg/model/telemetry_logging.go EnvoyTextLogFormat (Istio 1.9 onwards).
const QString kIstioSpec = QStringLiteral(
    "[%START_TIME%] \"%REQ(:METHOD)% %REQ(X-ENVOY-ORIGINAL-PATH?:PATH)% %PROTOCOL%\" "
    "%RESPONSE_CODE% %RESPONSE_FLAGS% %RESPONSE_CODE_DETAILS% %CONNECTION_TERMINATION_DETAILS% "
    "\"%UPSTREAM_TRANSPORT_FAILURE_REASON%\" %BYTES_RECEIVED% %BYTES_SENT% %DURATION% "
    "%RESP(X-ENVOY-UPSTREAM-SERVICE-TIME)% \"%REQ(X-FORWARDED-FOR)%\" \"%REQ(USER-AGENT)%\" "
    "\"%REQ(X-REQUEST-ID)%\" \"%REQ(:AUTHORITY)%\" \"%UPSTREAM_HOST%\" %UPSTREAM_CLUSTER% "
    "%UPSTREAM_LOCAL_ADDRESS% %DOWNSTREAM_LOCAL_ADDRESS% %DOWNSTREAM_REMOTE_ADDRESS% "
    "%REQUESTED_SERVER_NAME% %ROUTE_NAME%");

struct JsonField
{
    const char *key;
    const char *op;
};

// Istio's JSON access-log keys (EnvoyJSONLogFormatIstio), in the order Istio documents them.
constexpr std::array<JsonField, 24> kJsonFields = {{
    {"start_time", "%START_TIME%"},
    {"route_name", "%ROUTE_NAME%"},
    {"method", "%REQ(:METHOD)%"},
    {"path", "%REQ(X-ENVOY-ORIGINAL-PATH?:PATH)%"},
    {"protocol", "%PROTOCOL%"},
    {"response_code", "%RESPONSE_CODE%"},
    {"response_flags", "%RESPONSE_FLAGS%"},
    {"response_code_details", "%RESPONSE_CODE_DETAILS%"},
    {"connection_termination_details", "%CONNECTION_TERMINATION_DETAILS%"},
    {"bytes_received", "%BYTES_RECEIVED%"},
    {"bytes_sent", "%BYTES_SENT%"},
    {"duration", "%DURATION%"},
    {"upstream_service_time", "%RESP(X-ENVOY-UPSTREAM-SERVICE-TIME)%"},
    {"x_forwarded_for", "%REQ(X-FORWARDED-FOR)%"},
    {"user_agent", "%REQ(USER-AGENT)%"},
    {"request_id", "%REQ(X-REQUEST-ID)%"},
    {"authority", "%REQ(:AUTHORITY)%"},
    {"upstream_host", "%UPSTREAM_HOST%"},
    {"upstream_cluster", "%UPSTREAM_CLUSTER%"},
    {"upstream_local_address", "%UPSTREAM_LOCAL_ADDRESS%"},
    {"downstream_local_address", "%DOWNSTREAM_LOCAL_ADDRESS%"},
    {"downstream_remote_address", "%DOWNSTREAM_REMOTE_ADDRESS%"},
    {"requested_server_name", "%REQUESTED_SERVER_NAME%"},
    {"upstream_transport_failure_reason", "%UPSTREAM_TRANSPORT_FAILURE_REASON%"},
}};

QString jsonSpec()
{
    QString s = QStringLiteral("{");
    for (const JsonField &f : kJsonFields) {
        if (s.size() > 1)
            s += u',';
        s += QStringLiteral("\"%1\":\"%2\"").arg(QLatin1StringView(f.key), QLatin1StringView(f.op));
    }
    return s + u'}';
}

void appendUnsigned(QByteArray &out, quint64 v)
{
    char buf[20];
    int pos = sizeof(buf);
    do {
        buf[--pos] = char('0' + v % 10);
        v /= 10;
    } while (v != 0);
    out.append(buf + pos, qsizetype(sizeof(buf)) - pos);
}

void appendSigned(QByteArray &out, qint64 v)
{
    if (v < 0) {
        out.append('-');
        appendUnsigned(out, quint64(0) - quint64(v));
    } else {
        appendUnsigned(out, quint64(v));
    }
}

constexpr char kHex[] = "0123456789abcdef";

// One record per line is what log shippers and the GUI's tail rely on, and a hostile SNI or
// header could otherwise forge lines; so control bytes print as \xHH (Envoy prints them raw).
void appendText(QByteArray &out, QByteArrayView v)
{
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < v.size(); ++i) {
        const auto c = static_cast<unsigned char>(v[i]);
        if (c >= 0x20 && c != 0x7f)
            continue;
        out.append(v.sliced(runStart, i - runStart));
        const char esc[4] = {'\\', 'x', kHex[c >> 4], kHex[c & 0xf]};
        out.append(esc, 4);
        runStart = i + 1;
    }
    out.append(v.sliced(runStart));
}

// Length of the valid UTF-8 sequence starting at v[i], or 0 when it is not valid
// (overlong forms, surrogates and code points above U+10FFFF are invalid).
int utf8SequenceLength(QByteArrayView v, qsizetype i)
{
    const auto b0 = static_cast<unsigned char>(v[i]);
    int len;
    unsigned min;
    char32_t cp;
    if (b0 >= 0xc2 && b0 <= 0xdf) {
        len = 2, min = 0x80, cp = b0 & 0x1f;
    } else if (b0 >= 0xe0 && b0 <= 0xef) {
        len = 3, min = 0x800, cp = b0 & 0x0f;
    } else if (b0 >= 0xf0 && b0 <= 0xf4) {
        len = 4, min = 0x10000, cp = b0 & 0x07;
    } else {
        return 0;
    }
    if (i + len > v.size())
        return 0;
    for (int k = 1; k < len; ++k) {
        const auto b = static_cast<unsigned char>(v[i + k]);
        if ((b & 0xc0) != 0x80)
            return 0;
        cp = (cp << 6) | (b & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
        return 0;
    return len;
}

// JSON must be valid UTF-8: invalid bytes become U+FFFD instead of corrupting the document.
void appendJsonString(QByteArray &out, QByteArrayView v)
{
    out.append('"');
    qsizetype runStart = 0;
    qsizetype i = 0;
    auto flush = [&](qsizetype end) { out.append(v.sliced(runStart, end - runStart)); };
    while (i < v.size()) {
        const auto c = static_cast<unsigned char>(v[i]);
        if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
            ++i;
            continue;
        }
        if (c >= 0x80) {
            const int len = utf8SequenceLength(v, i);
            if (len > 0) {
                i += len;
                continue;
            }
            flush(i);
            out.append("\\ufffd");
            runStart = ++i;
            continue;
        }
        flush(i);
        switch (c) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        case '\b': out.append("\\b"); break;
        case '\f': out.append("\\f"); break;
        default: {
            const char esc[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xf]};
            out.append(esc, 6);
        }
        }
        runStart = ++i;
    }
    flush(i);
    out.append('"');
}

// "10.0.0.1:80" -> "10.0.0.1", "[::1]:80" -> "::1"; a bare IPv6 address stays as it is.
QByteArrayView withoutPort(QByteArrayView address)
{
    if (address.startsWith('[')) {
        const qsizetype close = address.indexOf(']');
        return close > 0 ? address.sliced(1, close - 1) : address;
    }
    const qsizetype colon = httpsyntax::lastIndexOfChar(address, ':');
    if (colon < 0 || address.indexOf(':') != colon)
        return address;
    return address.first(colon);
}

QByteArrayView findCaptured(const QList<CapturedHeader> *headers, const QByteArray &name)
{
    if (!headers)
        return {};
    for (const CapturedHeader &h : *headers) {
        if (h.name == name)
            return h.value;
    }
    return {};
}

bool isNumeric(Source s)
{
    switch (s) {
    case Source::ResponseCode:
    case Source::BytesReceived:
    case Source::BytesSent:
    case Source::Duration:
        return true;
    default:
        return false;
    }
}

bool appendNumber(QByteArray &out, Source s, const AccessLogView &r)
{
    switch (s) {
    case Source::ResponseCode: appendSigned(out, r.responseCode); return true;
    case Source::BytesReceived: appendUnsigned(out, r.bytesReceived); return true;
    case Source::BytesSent: appendUnsigned(out, r.bytesSent); return true;
    case Source::Duration: appendSigned(out, r.durationMs); return true;
    case Source::UpstreamServiceTime:
        if (!r.upstreamServiceTimeMs)
            return false;
        appendSigned(out, *r.upstreamServiceTimeMs);
        return true;
    default: return false;
    }
}

QByteArrayView stringValue(Source s, const QByteArray &name, const AccessLogView &r,
                           const QByteArray &hostname)
{
    switch (s) {
    case Source::Method: return r.method;
    case Source::Path: return r.path;
    case Source::Authority: return r.authority;
    case Source::XForwardedFor: return r.xForwardedFor;
    case Source::UserAgent: return r.userAgent;
    case Source::RequestId: return r.requestId;
    case Source::RequestHeader: return findCaptured(r.requestHeaders, name);
    case Source::ResponseHeader: return findCaptured(r.responseHeaders, name);
    case Source::Protocol: return r.protocol;
    case Source::ResponseCodeDetails: return r.responseCodeDetails;
    case Source::ConnectionTerminationDetails: return r.connectionTerminationDetails;
    case Source::UpstreamHost: return r.upstreamHost;
    case Source::UpstreamCluster: return r.upstreamCluster;
    case Source::UpstreamLocalAddress: return r.upstreamLocalAddress;
    case Source::DownstreamLocalAddress: return r.downstreamLocalAddress;
    case Source::DownstreamLocalAddressWithoutPort: return withoutPort(r.downstreamLocalAddress);
    case Source::DownstreamRemoteAddress: return r.downstreamRemoteAddress;
    case Source::DownstreamRemoteAddressWithoutPort: return withoutPort(r.downstreamRemoteAddress);
    case Source::RequestedServerName: return r.requestedServerName;
    case Source::UpstreamTransportFailureReason: return r.upstreamTransportFailureReason;
    case Source::RouteName: return r.routeName;
    case Source::Hostname: return hostname;
    default: return {};
    }
}

QByteArrayView truncated(QByteArrayView v, int maxLength)
{
    return maxLength >= 0 && v.size() > maxLength ? v.first(maxLength) : v;
}

} // namespace

QStringList AccessLogFormatter::presetNames()
{
    return {QStringLiteral("classic"), QStringLiteral("istio"), QStringLiteral("envoy"),
            QStringLiteral("json")};
}

QString AccessLogFormatter::presetSpec(const QString &presetName)
{
    if (presetName == u"classic")
        return kClassicSpec;
    if (presetName == u"istio")
        return kIstioSpec;
    if (presetName == u"envoy")
        return kEnvoySpec;
    if (presetName == u"json")
        return jsonSpec();
    return {};
}

std::variant<AccessLogFormatter, FormatError> AccessLogFormatter::create(const QString &spec)
{
    const QByteArray hostname = QSysInfo::machineHostName().toUtf8();
    const QString trimmed = spec.trimmed();
    if (trimmed == u"json") {
        AccessLogSpecParser::Result all;
        for (const JsonField &field : kJsonFields) {
            auto one = AccessLogSpecParser::parse(QString::fromLatin1(field.op));
            Q_ASSERT(std::holds_alternative<AccessLogSpecParser::Result>(one));
            auto &parsed = std::get<AccessLogSpecParser::Result>(one);
            Token t = parsed.tokens.constFirst();
            if (t.source == Source::StartTime) {
                t.timeFormat = int(all.timeFormats.size());
                all.timeFormats.append(parsed.timeFormats.constFirst());
            }
            t.jsonKey = (all.tokens.isEmpty() ? QByteArray("{\"") : QByteArray(",\""))
                + field.key + "\":";
            all.tokens.append(t);
        }
        return AccessLogSpecParser::build(QStringLiteral("json"), Encoding::Json, std::move(all),
                                          hostname);
    }

    QString operators = presetSpec(trimmed);
    const bool preset = !operators.isEmpty() || trimmed.isEmpty();
    if (trimmed.isEmpty())
        operators = kClassicSpec;
    if (!preset) {
        // Istio-style specs end in "\n"; every line gets exactly one anyway.
        operators = spec;
        while (operators.endsWith(u'\n') || operators.endsWith(u'\r'))
            operators.chop(1);
    }
    auto parsed = AccessLogSpecParser::parse(operators);
    if (auto *error = std::get_if<FormatError>(&parsed))
        return *error;
    return AccessLogSpecParser::build(preset ? (trimmed.isEmpty() ? QStringLiteral("classic")
                                                                  : trimmed)
                                             : spec,
                                      Encoding::Text,
                                      std::get<AccessLogSpecParser::Result>(std::move(parsed)),
                                      hostname);
}

AccessLogFormatter AccessLogFormatter::classic()
{
    return std::get<AccessLogFormatter>(create(QStringLiteral("classic")));
}

QByteArray AccessLogFormatter::format(const AccessLogRecord &record) const
{
    QByteArray out;
    appendTo(out, AccessLogView::of(record));
    return out;
}

QByteArray AccessLogFormatter::format(const LogRow &row) const
{
    QByteArray out;
    appendTo(out, row.view());
    return out;
}

void AccessLogFormatter::appendTo(QByteArray &out, const AccessLogRecord &record) const
{
    appendTo(out, AccessLogView::of(record));
}

void AccessLogFormatter::appendTo(QByteArray &out, const LogRow &row) const
{
    appendTo(out, row.view());
}

void AccessLogFormatter::appendTo(QByteArray &out, const AccessLogView &record) const
{
    if (m_encoding == Encoding::Json) {
        for (const Token &t : m_tokens)
            appendJsonToken(out, t, record);
        out.append("}\n");
        return;
    }
    for (const Token &t : m_tokens)
        appendToken(out, t, record);
    out.append('\n');
}

void AccessLogFormatter::appendToken(QByteArray &out, const Token &t,
                                     const AccessLogView &r) const
{
    const qsizetype before = out.size();
    switch (t.source) {
    case Source::Literal:
        out.append(t.text);
        return;
    case Source::StartTime:
        m_timeFormats[t.timeFormat].appendTo(out, r.startTimeMs);
        break;
    case Source::ResponseFlags:
        r.responseFlags.appendTo(out);
        break;
    default: {
        if (isNumeric(t.source) || t.source == Source::UpstreamServiceTime) {
            if (appendNumber(out, t.source, r))
                break;
        } else if (const QByteArrayView v = stringValue(t.source, t.text, r, m_hostname);
                   !v.isEmpty()) {
            appendText(out, truncated(v, t.maxLength));
            return; // truncated before escaping, so an escape is never cut in half
        }
        if (t.fallback != Source::None) {
            if (isNumeric(t.fallback) || t.fallback == Source::UpstreamServiceTime) {
                if (appendNumber(out, t.fallback, r))
                    break;
            } else if (const QByteArrayView v = stringValue(t.fallback, t.fallbackText, r,
                                                            m_hostname);
                       !v.isEmpty()) {
                appendText(out, truncated(v, t.maxLength));
                return;
            }
        }
        out.append('-');
        return;
    }
    }
    if (t.maxLength >= 0 && out.size() - before > t.maxLength)
        out.truncate(before + t.maxLength);
}

void AccessLogFormatter::appendJsonToken(QByteArray &out, const Token &t,
                                         const AccessLogView &r) const
{
    out.append(t.jsonKey);
    switch (t.source) {
    case Source::StartTime:
        out.append('"');
        m_timeFormats[t.timeFormat].appendTo(out, r.startTimeMs);
        out.append('"');
        return;
    case Source::ResponseFlags:
        out.append('"');
        r.responseFlags.appendTo(out);
        out.append('"');
        return;
    case Source::UpstreamServiceTime:
        // Envoy reads it from the response header, so Istio's JSON has it as a string.
        if (!r.upstreamServiceTimeMs) {
            out.append("null");
        } else {
            out.append('"');
            appendSigned(out, *r.upstreamServiceTimeMs);
            out.append('"');
        }
        return;
    default:
        break;
    }
    if (isNumeric(t.source)) {
        appendNumber(out, t.source, r);
        return;
    }
    QByteArrayView v = stringValue(t.source, t.text, r, m_hostname);
    if (v.isEmpty() && t.fallback != Source::None)
        v = stringValue(t.fallback, t.fallbackText, r, m_hostname);
    if (v.isEmpty())
        out.append("null");
    else
        appendJsonString(out, truncated(v, t.maxLength));
}

} // namespace meshgate
