// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/httpheaders.h"
#include "http/httpparseerror.h"
#include "http/httpprotocol.h"

#include <QByteArray>
#include <QByteArrayView>

namespace meshgate {

// The request-line and fields of one HTTP/1.x request: produced by HttpRequestParser, edited by
// the engine (rewrite target, add/remove fields) and serialized towards the upstream.
//
// The "as received" accessors (keepAlive(), bodyFraming(), ...) describe the message the client
// sent; they are decided once while parsing and do not follow later edits of headers().
class HttpRequestHead final
{
public:
    enum class TargetForm : quint8 { Origin, Absolute, Authority, Asterisk };

    HttpMethod method() const { return m_method; }
    QByteArrayView methodName() const { return {m_line.constData(), m_methodLength}; }
    QByteArrayView target() const { return span(m_target); }
    TargetForm targetForm() const { return m_targetForm; }
    // Absolute-form only ("http" in "http://h:8080/p").
    QByteArrayView scheme() const { return span(m_scheme); }
    // Absolute-form ("h:8080") and authority-form (CONNECT "h:443") targets; empty otherwise.
    QByteArrayView authority() const { return span(m_authority); }
    // Origin-form: the whole target. Absolute-form: path and query after the authority, "/" when
    // both are empty (a "?q" without path is returned as is). Empty for the other forms.
    QByteArrayView path() const;
    HttpVersion version() const { return m_version; }

    HttpHeaders &headers() { return m_headers; }
    const HttpHeaders &headers() const { return m_headers; }

    // --- as received ---
    bool hasHostHeader() const { return m_hasHostHeader; }
    // The authority of an absolute- or authority-form target (RFC 9112 §3.2.2: it wins over Host),
    // else the Host field; null when neither exists.
    QByteArrayView host() const;
    bool keepAlive() const { return m_keepAlive; }
    bool expectsContinue() const { return m_expectsContinue; }
    // Connection: upgrade together with an Upgrade field, on HTTP/1.1.
    bool isUpgrade() const { return m_upgrade; }
    QByteArrayView upgradeProtocol() const { return m_headers.value("upgrade"); }
    bool isWebSocketUpgrade() const;
    // CONNECT or upgrade: once this message is complete the parser hands out tunnel bytes.
    bool startsTunnel() const { return m_upgrade || m_method == HttpMethod::Connect; }
    HttpBodyFraming bodyFraming() const { return m_framing; }
    // Declared length for ContentLength framing; -1 otherwise.
    qint64 contentLength() const { return m_contentLength; }

    // --- editing ---
    // Builds a request (e.g. a health check) or rewrites one. false, and no change, when the
    // method is not a token or the target is not valid for the method (CONNECT needs host:port,
    // "*" needs OPTIONS). A default-constructed head has no request-line until this is called.
    bool setRequestLine(QByteArrayView method, QByteArrayView target);
    bool setMethod(QByteArrayView name);
    bool setTarget(QByteArrayView target);
    void setVersion(HttpVersion version) { m_version = version; }
    // Empties everything, keeping buffer capacity.
    void clear();

    qsizetype serializedSize() const;
    // "METHOD target HTTP/1.x\r\n" + fields + "\r\n".
    void appendTo(QByteArray &out) const;

private:
    friend class HttpRequestParser;

    // Stores method and target and parses the target for that method (RFC 9112 §3.2). The views
    // must not point into m_line.
    HttpParseError::Code assignLine(QByteArrayView method, QByteArrayView target);

    struct Span
    {
        qint32 offset = 0;
        qint32 length = 0;
    };
    QByteArrayView span(Span s) const { return {m_line.constData() + s.offset, s.length}; }
    HttpParseError::Code parseTarget();

    QByteArray m_line; // "METHOD TARGET": the request-line without the version
    HttpHeaders m_headers;
    qint32 m_methodLength = 0;
    Span m_target;
    Span m_scheme;
    Span m_authority;
    Span m_path;
    qint64 m_contentLength = -1;
    HttpMethod m_method = HttpMethod::Get;
    HttpVersion m_version = HttpVersion::Http11;
    TargetForm m_targetForm = TargetForm::Origin;
    HttpBodyFraming m_framing = HttpBodyFraming::None;
    bool m_hasHostHeader = false;
    bool m_keepAlive = true;
    bool m_expectsContinue = false;
    bool m_upgrade = false;
};

} // namespace meshgate
