// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/httpheaders.h"
#include "http/httpprotocol.h"

#include <QByteArray>
#include <QByteArrayView>

namespace meshgate {

// The status-line and fields of one HTTP/1.x response: produced by HttpResponseParser from
// upstream bytes, or built by the engine for local replies, and serialized towards the client.
// The "as received" accessors are decided while parsing and do not follow later edits.
class HttpResponseHead final
{
public:
    int statusCode() const { return m_statusCode; }
    QByteArrayView reason() const { return m_reason; }
    HttpVersion version() const { return m_version; }
    HttpHeaders &headers() { return m_headers; }
    const HttpHeaders &headers() const { return m_headers; }

    // 1xx other than 101: a final response for the same request follows.
    bool isInterim() const { return m_statusCode >= 100 && m_statusCode < 200 && m_statusCode != 101; }

    // --- as received ---
    bool keepAlive() const { return m_keepAlive; }
    // 101 to an upgrade request, or 2xx to CONNECT: the connection becomes a tunnel.
    bool startsTunnel() const { return m_startsTunnel; }
    HttpBodyFraming bodyFraming() const { return m_framing; }
    qint64 contentLength() const { return m_contentLength; }

    // --- editing ---
    // An empty reason writes the standard phrase for well-known codes.
    void setStatus(int code, QByteArrayView reason = {});
    void setVersion(HttpVersion version) { m_version = version; }
    void clear();

    qsizetype serializedSize() const;
    // "HTTP/1.x CODE reason\r\n" + fields + "\r\n".
    void appendTo(QByteArray &out) const;

    static QByteArrayView standardReason(int code);

private:
    friend class HttpResponseParser;

    QByteArray m_reason;
    HttpHeaders m_headers;
    qint64 m_contentLength = -1;
    int m_statusCode = 200;
    HttpVersion m_version = HttpVersion::Http11;
    HttpBodyFraming m_framing = HttpBodyFraming::None;
    bool m_keepAlive = true;
    bool m_startsTunnel = false;
};

} // namespace meshgate
