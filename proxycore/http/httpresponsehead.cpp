// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/httpresponsehead.h"

#include <cstring>

namespace meshgate {

void HttpResponseHead::setStatus(int code, QByteArrayView reason)
{
    m_statusCode = code;
    const QByteArrayView r = reason.isEmpty() ? standardReason(code) : reason;
    m_reason.resize(0);
    m_reason.append(r.data(), r.size());
}

void HttpResponseHead::clear()
{
    if (!m_reason.isEmpty())
        m_reason.resize(0);
    m_headers.clear();
    m_contentLength = -1;
    m_statusCode = 200;
    m_version = HttpVersion::Http11;
    m_framing = HttpBodyFraming::None;
    m_keepAlive = true;
    m_startsTunnel = false;
}

qsizetype HttpResponseHead::serializedSize() const
{
    // "HTTP/1.1 200 " + reason + "\r\n" + fields + "\r\n"
    return 13 + m_reason.size() + 2 + m_headers.serializedSize() + 2;
}

void HttpResponseHead::appendTo(QByteArray &out) const
{
    const qsizetype oldSize = out.size();
    out.resize(oldSize + serializedSize());
    char *p = out.data() + oldSize;
    std::memcpy(p, httpVersionName(m_version).data(), 8);
    p += 8;
    const int code = qBound(0, m_statusCode, 999);
    *p++ = ' ';
    *p++ = char('0' + code / 100);
    *p++ = char('0' + code / 10 % 10);
    *p++ = char('0' + code % 10);
    *p++ = ' ';
    std::memcpy(p, m_reason.constData(), size_t(m_reason.size()));
    p += m_reason.size();
    *p++ = '\r';
    *p++ = '\n';
    p = m_headers.writeTo(p);
    *p++ = '\r';
    *p++ = '\n';
    Q_ASSERT(p == out.constData() + out.size());
}

QByteArrayView HttpResponseHead::standardReason(int code)
{
    switch (code) {
    case 100: return "Continue";
    case 101: return "Switching Protocols";
    case 103: return "Early Hints";
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 204: return "No Content";
    case 206: return "Partial Content";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 303: return "See Other";
    case 304: return "Not Modified";
    case 307: return "Temporary Redirect";
    case 308: return "Permanent Redirect";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 411: return "Length Required";
    case 413: return "Content Too Large";
    case 414: return "URI Too Long";
    case 417: return "Expectation Failed";
    case 418: return "I'm a teapot";
    case 426: return "Upgrade Required";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    case 505: return "HTTP Version Not Supported";
    default: return "Unknown";
    }
}

} // namespace meshgate
