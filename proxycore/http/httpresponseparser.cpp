// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/httpresponseparser.h"

#include "http/httpsyntax.h"

namespace meshgate {

using Code = HttpParseError::Code;
using namespace httpsyntax;

HttpResponseParser::HttpResponseParser(const HttpParserLimits &limits)
    : HttpMessageParser(limits, Direction::Response)
{
}

Code HttpResponseParser::parseStartLine(QByteArrayView line)
{
    // status-line = HTTP-version SP status-code SP [ reason-phrase ]. A missing SP after the
    // code ("HTTP/1.1 200") is common and unambiguous, so it is accepted.
    if (line.size() < 8)
        return Code::InvalidVersion;
    if (const Code code = parseHttpVersion(line.first(8), &m_head.m_version); code != Code::None)
        return code;
    if (line.size() < 12 || line[8] != ' ')
        return Code::MalformedStartLine;
    int status = 0;
    for (int i = 9; i < 12; ++i) {
        const char c = line[i];
        if (c < '0' || c > '9')
            return Code::InvalidStatus;
        status = status * 10 + (c - '0');
    }
    if (status < 100 || status > 599)
        return Code::InvalidStatus;
    QByteArrayView reason;
    if (line.size() > 12) {
        if (line[12] != ' ')
            return Code::InvalidStatus;
        reason = line.sliced(13);
        if (!allOf(reason, ReasonChar))
            return Code::MalformedStartLine;
    }
    m_head.m_statusCode = status;
    m_head.m_reason.resize(0);
    m_head.m_reason.append(reason.data(), reason.size());
    return Code::None;
}

HttpMessageParser::HeadDecision HttpResponseParser::completeHead(const HttpHeadFacts &f)
{
    HttpResponseHead &h = m_head;
    const int status = h.m_statusCode;
    const bool http11 = h.m_version == HttpVersion::Http11;
    const bool informational = status < 200;
    if (f.transferEncoding && !http11)
        return {Code::TransferEncodingNotAllowed};
    // RFC 9110 §8.6 / RFC 9112 §6.1: no framing fields on 1xx and 204. Content-Length: 0 is
    // harmless and common, so only a non-zero length is refused.
    if (informational || status == 204) {
        if (f.transferEncoding)
            return {Code::TransferEncodingNotAllowed};
        if (f.contentLength > 0)
            return {Code::ContentLengthNotAllowed};
    }
    if (f.transferEncoding && f.contentLength >= 0)
        return {Code::ContentLengthAndChunked};
    // A response whose final coding is not chunked would be close-delimited (RFC 9112 §6.3);
    // refusing it keeps one framing rule for both directions.
    if (const Code code = f.transferEncodingError(); code != Code::None)
        return {code};

    h.m_keepAlive = http11 ? !f.connectionClose : (f.connectionKeepAlive && !f.connectionClose);
    if (status == 101) {
        if (!m_upgradeRequested)
            return {Code::UnexpectedUpgrade};
        h.m_startsTunnel = true;
    } else if (m_requestMethod == HttpMethod::Connect && status >= 200 && status < 300) {
        // RFC 9110 §9.3.6: any Content-Length or Transfer-Encoding of a 2xx CONNECT is ignored.
        h.m_startsTunnel = true;
    } else if (informational || status == 204 || status == 304 || m_requestMethod == HttpMethod::Head) {
        // No body, whatever the length fields announce (they describe the GET/200 equivalent).
        if (f.contentLength >= 0)
            h.m_contentLength = f.contentLength;
    } else if (f.transferEncoding) {
        h.m_framing = HttpBodyFraming::Chunked;
    } else if (f.contentLength >= 0) {
        h.m_framing = HttpBodyFraming::ContentLength;
        h.m_contentLength = f.contentLength;
    } else {
        h.m_framing = HttpBodyFraming::UntilClose;
        h.m_keepAlive = false;
    }
    const qint64 length = h.m_framing == HttpBodyFraming::ContentLength ? h.m_contentLength : -1;
    return {Code::None, h.m_framing, length, h.m_startsTunnel};
}

} // namespace meshgate
