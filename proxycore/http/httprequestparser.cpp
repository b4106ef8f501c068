// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/httprequestparser.h"

#include "http/httpsyntax.h"

#include <cstring>

namespace meshgate {

using Code = HttpParseError::Code;
using namespace httpsyntax;

HttpRequestParser::HttpRequestParser(const HttpParserLimits &limits)
    : HttpMessageParser(limits, Direction::Request)
{
}

Code HttpRequestParser::parseStartLine(QByteArrayView line)
{
    // request-line = method SP request-target SP HTTP-version: exactly one SP each, no tabs.
    const char *const begin = line.data();
    const char *const end = begin + line.size();
    const char *methodEnd = skipClass(begin, end, Tchar);
    if (methodEnd == end)
        return Code::MalformedStartLine;
    if (*methodEnd != ' ')
        return Code::InvalidMethod;
    if (methodEnd == begin)
        return Code::MalformedStartLine;
    const char *target = methodEnd + 1;
    const auto *targetEnd = static_cast<const char *>(std::memchr(target, ' ', size_t(end - target)));
    if (!targetEnd)
        return Code::MalformedStartLine; // HTTP/0.9 or a missing version
    if (const Code code = parseHttpVersion(QByteArrayView(targetEnd + 1, end - targetEnd - 1),
                                           &m_head.m_version);
        code != Code::None) {
        return code;
    }
    return m_head.assignLine(QByteArrayView(begin, methodEnd - begin),
                             QByteArrayView(target, targetEnd - target));
}

HttpMessageParser::HeadDecision HttpRequestParser::completeHead(const HttpHeadFacts &f)
{
    HttpRequestHead &h = m_head;
    const bool http11 = h.m_version == HttpVersion::Http11;
    h.m_hasHostHeader = f.hostCount > 0;
    if (f.hostCount > 1)
        return {Code::InvalidHost};
    // RFC 9112 §6.1: Transfer-Encoding in an HTTP/1.0 message means the framing is faulty.
    if (f.transferEncoding && !http11)
        return {Code::TransferEncodingNotAllowed};
    // RFC 9112 §6.3 lets Transfer-Encoding override Content-Length; a gateway cannot know its
    // upstream does the same, so it refuses the pair (the classic CL.TE / TE.CL smuggling).
    if (f.transferEncoding && f.contentLength >= 0)
        return {Code::ContentLengthAndChunked};
    if (const Code code = f.transferEncodingError(); code != Code::None)
        return {code};

    h.m_keepAlive = http11 ? !f.connectionClose : (f.connectionKeepAlive && !f.connectionClose);
    h.m_expectsContinue = http11 && f.expectContinue;
    h.m_upgrade = http11 && f.connectionUpgrade && f.upgradeField;
    if (f.transferEncoding) {
        h.m_framing = HttpBodyFraming::Chunked;
    } else if (f.contentLength >= 0) {
        h.m_framing = HttpBodyFraming::ContentLength;
        h.m_contentLength = f.contentLength;
    }
    if (h.m_method == HttpMethod::Connect && (f.transferEncoding || f.contentLength > 0))
        return {Code::BodyNotAllowed};
    return {Code::None, h.m_framing, h.m_contentLength, h.startsTunnel()};
}

} // namespace meshgate
