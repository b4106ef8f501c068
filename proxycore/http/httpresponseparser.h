// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/httpmessageparser.h"
#include "http/httpresponsehead.h"

namespace meshgate {

// Strict incremental parser for responses from upstream servers. See HttpMessageParser for the
// feed() protocol; every error maps to status 502 (the engine flags UPE).
//
// Whether a response has a body depends on the request, so the engine states what it sent with
// setRequest() before the response's bytes are fed; the setting holds for every later response
// until changed. Interim 1xx responses come as their own HeadComplete + MessageComplete (check
// head().isInterim()) and the final response for the same request follows. Responses without
// a length end with finish() at EOF.
class HttpResponseParser final : public HttpMessageParser
{
public:
    explicit HttpResponseParser(const HttpParserLimits &limits = {});

    // A HEAD request gets a bodiless response; CONNECT turns a 2xx into a tunnel; a 101 is only
    // accepted when the request asked for an upgrade.
    void setRequest(HttpMethod method, bool upgradeRequested = false)
    {
        m_requestMethod = method;
        m_upgradeRequested = upgradeRequested;
    }

    const HttpResponseHead &head() const { return m_head; }
    HttpResponseHead &head() { return m_head; }

private:
    void clearHead() override { m_head.clear(); }
    HttpHeaders &headFields() override { return m_head.m_headers; }
    HttpParseError::Code parseStartLine(QByteArrayView line) override;
    HeadDecision completeHead(const HttpHeadFacts &facts) override;

    HttpResponseHead m_head;
    HttpMethod m_requestMethod = HttpMethod::Get;
    bool m_upgradeRequested = false;
};

} // namespace meshgate
