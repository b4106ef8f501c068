// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/httpmessageparser.h"
#include "http/httprequesthead.h"

namespace meshgate {

// Strict incremental parser for requests from downstream clients. See HttpMessageParser for the
// feed() protocol. On Error, error().status is the response to send (then close the connection).
//
// After HeadComplete the engine checks what the parser leaves to policy: HTTP/1.0 (version(),
// answer 426), a missing Host on HTTP/1.1 (hasHostHeader(), answer 400), expectsContinue().
// After the MessageComplete of a CONNECT or upgrade request every further byte is returned as
// Tunnel; if the upstream refuses the upgrade, close the connection after relaying its answer.
class HttpRequestParser final : public HttpMessageParser
{
public:
    explicit HttpRequestParser(const HttpParserLimits &limits = {});

    // The current (or, between messages, the last) request head.
    const HttpRequestHead &head() const { return m_head; }
    HttpRequestHead &head() { return m_head; }

private:
    void clearHead() override { m_head.clear(); }
    HttpHeaders &headFields() override { return m_head.m_headers; }
    HttpParseError::Code parseStartLine(QByteArrayView line) override;
    HeadDecision completeHead(const HttpHeadFacts &facts) override;

    HttpRequestHead m_head;
};

} // namespace meshgate
