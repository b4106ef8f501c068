// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/logrow.h"

#include "http/httpsyntax.h"

#include <cstring>

namespace meshgate {

namespace {

using Member = QByteArray AccessLogRecord::*;

// Same order as LogRow::Text.
constexpr std::array<Member, LogRow::TextCount> kMembers = {
    &AccessLogRecord::method,
    &AccessLogRecord::path,
    &AccessLogRecord::protocol,
    &AccessLogRecord::responseCodeDetails,
    &AccessLogRecord::connectionTerminationDetails,
    &AccessLogRecord::xForwardedFor,
    &AccessLogRecord::userAgent,
    &AccessLogRecord::requestId,
    &AccessLogRecord::authority,
    &AccessLogRecord::upstreamHost,
    &AccessLogRecord::upstreamCluster,
    &AccessLogRecord::upstreamLocalAddress,
    &AccessLogRecord::downstreamLocalAddress,
    &AccessLogRecord::downstreamRemoteAddress,
    &AccessLogRecord::requestedServerName,
    &AccessLogRecord::upstreamTransportFailureReason,
    &AccessLogRecord::routeName,
};

// A head is capped far below 4 GiB, but an offset must never wrap: texts beyond are cut.
constexpr qsizetype kMaxPacked = qsizetype(std::numeric_limits<quint32>::max());

qsizetype clippedSize(const QByteArray &text, qsizetype before)
{
    return std::min(text.size(), kMaxPacked - before);
}

} // namespace

QByteArrayView hostWithoutPort(QByteArrayView authority)
{
    const qsizetype colon = httpsyntax::lastIndexOfChar(authority, ':');
    if (colon < 0)
        return authority;
    if (authority.startsWith('[')) {
        const qsizetype close = authority.indexOf(']');
        return close >= 0 && colon > close ? authority.first(colon) : authority;
    }
    return authority.indexOf(':') == colon ? authority.first(colon) : authority;
}

LogRow::LogRow(const LogRow &other)
    : m_startTimeMs(other.m_startTimeMs)
    , m_durationMs(other.m_durationMs)
    , m_upstreamServiceTimeMs(other.m_upstreamServiceTimeMs)
    , m_bytesReceived(other.m_bytesReceived)
    , m_bytesSent(other.m_bytesSent)
    , m_responseCode(other.m_responseCode)
    , m_flags(other.m_flags)
    , m_bytes(other.m_bytes)
    , m_ends(other.m_ends)
    , m_captured(other.m_captured ? std::make_unique<Captured>(*other.m_captured) : nullptr)
{
}

LogRow &LogRow::operator=(const LogRow &other)
{
    if (this != &other) {
        LogRow copy(other);
        *this = std::move(copy);
    }
    return *this;
}

qsizetype LogRow::packedSize(const AccessLogRecord &r)
{
    qsizetype total = 0;
    for (const Member m : kMembers)
        total += clippedSize(r.*m, total);
    return total;
}

LogRow LogRow::fromRecord(const AccessLogRecord &r)
{
    const qsizetype size = packedSize(r);
    std::shared_ptr<char[]> bytes(new char[std::size_t(std::max<qsizetype>(size, 1))]);
    char *dest = bytes.get();
    return pack(r, dest, std::shared_ptr<const char>(std::move(bytes), dest));
}

LogRow LogRow::pack(const AccessLogRecord &r, char *dest, std::shared_ptr<const char> owner)
{
    LogRow row;
    row.m_startTimeMs = r.startTimeMs;
    row.m_durationMs = r.durationMs;
    row.m_upstreamServiceTimeMs = r.upstreamServiceTimeMs.value_or(-1);
    row.m_bytesReceived = r.bytesReceived;
    row.m_bytesSent = r.bytesSent;
    row.m_responseCode = r.responseCode;
    row.m_flags = r.responseFlags.bits();
    // Runs on the worker for every request: one memcpy per field, nothing else.
    qsizetype end = 0;
    for (std::size_t i = 0; i < kMembers.size(); ++i) {
        const QByteArray &text = r.*kMembers[i];
        const qsizetype n = clippedSize(text, end);
        if (n > 0)
            std::memcpy(dest + end, text.constData(), std::size_t(n));
        end += n;
        row.m_ends[i] = quint32(end);
    }
    row.m_bytes = std::move(owner);
    if (!r.requestHeaders.isEmpty() || !r.responseHeaders.isEmpty())
        row.m_captured = std::make_unique<Captured>(Captured{r.requestHeaders, r.responseHeaders});
    return row;
}

AccessLogRecord LogRow::toRecord() const
{
    AccessLogRecord r;
    r.startTimeMs = m_startTimeMs;
    r.durationMs = m_durationMs;
    if (m_upstreamServiceTimeMs >= 0)
        r.upstreamServiceTimeMs = m_upstreamServiceTimeMs;
    r.bytesReceived = m_bytesReceived;
    r.bytesSent = m_bytesSent;
    r.responseCode = m_responseCode;
    r.responseFlags = ResponseFlags::fromBits(m_flags);
    for (std::size_t i = 0; i < kMembers.size(); ++i)
        r.*kMembers[i] = text(Text(i)).toByteArray();
    if (m_captured) {
        r.requestHeaders = m_captured->request;
        r.responseHeaders = m_captured->response;
    }
    return r;
}

AccessLogView LogRow::view() const
{
    AccessLogView v;
    v.startTimeMs = m_startTimeMs;
    v.method = text(Text::Method);
    v.path = text(Text::Path);
    v.protocol = text(Text::Protocol);
    v.responseCode = m_responseCode;
    v.responseFlags = ResponseFlags::fromBits(m_flags);
    v.responseCodeDetails = text(Text::ResponseCodeDetails);
    v.connectionTerminationDetails = text(Text::ConnectionTerminationDetails);
    v.bytesReceived = m_bytesReceived;
    v.bytesSent = m_bytesSent;
    v.durationMs = m_durationMs;
    if (m_upstreamServiceTimeMs >= 0)
        v.upstreamServiceTimeMs = m_upstreamServiceTimeMs;
    v.xForwardedFor = text(Text::XForwardedFor);
    v.userAgent = text(Text::UserAgent);
    v.requestId = text(Text::RequestId);
    v.authority = text(Text::Authority);
    v.upstreamHost = text(Text::UpstreamHost);
    v.upstreamCluster = text(Text::UpstreamCluster);
    v.upstreamLocalAddress = text(Text::UpstreamLocalAddress);
    v.downstreamLocalAddress = text(Text::DownstreamLocalAddress);
    v.downstreamRemoteAddress = text(Text::DownstreamRemoteAddress);
    v.requestedServerName = text(Text::RequestedServerName);
    v.upstreamTransportFailureReason = text(Text::UpstreamTransportFailureReason);
    v.routeName = text(Text::RouteName);
    if (m_captured) {
        v.requestHeaders = m_captured->request.isEmpty() ? nullptr : &m_captured->request;
        v.responseHeaders = m_captured->response.isEmpty() ? nullptr : &m_captured->response;
    }
    return v;
}

QByteArrayView LogRow::host() const
{
    const QByteArrayView authority = text(Text::Authority);
    return authority.isEmpty() ? text(Text::RequestedServerName) : hostWithoutPort(authority);
}

qsizetype LogRow::heapBytes() const
{
    qsizetype n = qsizetype(m_ends.back());
    if (m_captured)
        n += qsizetype(sizeof(Captured));
    return n;
}

} // namespace meshgate
