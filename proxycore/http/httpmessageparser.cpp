// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/httpmessageparser.h"

#include "http/httpsyntax.h"

#include <algorithm>

namespace meshgate {

using Code = HttpParseError::Code;
using Status = HttpParseStatus;

HttpMessageParser::HttpMessageParser(const HttpParserLimits &limits, Direction direction)
    : m_limits(limits), m_body(m_limits), m_direction(direction)
{
}

HttpParseResult HttpMessageParser::fail(Code code)
{
    m_error = m_direction == Direction::Request ? HttpParseError::forRequest(code)
                                                : HttpParseError::forResponse(code);
    m_state = State::Failed;
    return {Status::Error, 0};
}

HttpParseResult HttpMessageParser::feed(const char *data, qsizetype len)
{
    switch (m_state) {
    case State::Idle:
        if (len == 0)
            return {Status::NeedMore, 0};
        // The previous head stays readable until the first byte of the next message arrives.
        clearHead();
        m_trailers.clear();
        m_facts = HttpHeadFacts{};
        m_fieldCount = 0;
        m_tunnelAfter = false;
        m_lines.start(m_limits.maxHeadBytes);
        m_state = State::StartLine;
        m_inMethod = m_direction == Direction::Request;
        return feedHead(data, len);
    case State::StartLine:
    case State::Fields:
        return feedHead(data, len);
    case State::Body: {
        const HttpBodyReader::Result r = m_body.feed(data, len);
        switch (r.kind) {
        case HttpBodyReader::Kind::NeedMore:
            return {Status::NeedMore, r.consumed};
        case HttpBodyReader::Kind::Data:
            return {Status::Body, r.consumed, r.data, r.length};
        case HttpBodyReader::Kind::Complete:
            m_state = m_tunnelAfter ? State::Tunnel : State::Idle;
            return {Status::MessageComplete, r.consumed};
        case HttpBodyReader::Kind::Error:
            return fail(r.error);
        }
        break;
    }
    case State::Tunnel:
        if (len == 0)
            return {Status::NeedMore, 0};
        return {Status::Tunnel, len, data, len};
    case State::Failed:
        return {Status::Error, 0};
    }
    return fail(Code::MalformedStartLine);
}

HttpParseResult HttpMessageParser::feedHead(const char *data, qsizetype len)
{
    const char *p = data;
    const char *const end = data + len;
    HttpHeaders &fields = headFields();
    for (;;) {
        if (m_state == State::Fields) {
            // Fast path: a whole valid field line in the buffer is split, validated and found
            // to end in CRLF in one pass, without the line reader's separate search for LF.
            QByteArrayView name;
            QByteArrayView value;
            const char *lineEnd = nullptr;
            if (httpsyntax::scanFieldLine(p, end, &name, &value, &lineEnd) && m_lines.consumeLine(lineEnd - p)) {
                p = lineEnd;
                if (const Code code = addField(fields, name, value); code != Code::None)
                    return fail(code);
                continue;
            }
        }
        if (m_inMethod) {
            // Only bytes within the head budget: past it the verdict is TooLong, however the
            // bytes were split into reads.
            const char *const limit = p + std::clamp<qsizetype>(m_lines.remainingBudget(), 0, end - p);
            for (const char *q = p; q < limit; ++q) {
                if (*q == ' ' || *q == '\r' || *q == '\n') {
                    m_inMethod = false;
                    break;
                }
                if (!httpsyntax::is(*q, httpsyntax::Tchar))
                    return fail(Code::InvalidMethod);
            }
        }
        const HttpLineReader::Result r = m_lines.next(p, end - p);
        p += r.consumed;
        switch (r.kind) {
        case HttpLineReader::Kind::NeedMore:
            return {Status::NeedMore, len};
        case HttpLineReader::Kind::TooLong:
            return fail(m_state == State::StartLine && m_direction == Direction::Request
                            ? Code::RequestLineTooLong
                            : Code::HeadersTooLarge);
        case HttpLineReader::Kind::BareLineFeed:
            return fail(Code::BareLineFeed);
        case HttpLineReader::Kind::Line:
            break;
        }

        if (m_state == State::StartLine) {
            // RFC 9112 §2.2: a server SHOULD ignore empty lines before the request-line (old
            // clients add a CRLF after a POST body). They still count against the head budget.
            if (r.line.isEmpty() && m_direction == Direction::Request) {
                m_inMethod = true;
                continue;
            }
            if (const Code code = parseStartLine(r.line); code != Code::None)
                return fail(code);
            m_inMethod = false;
            m_state = State::Fields;
            continue;
        }

        if (r.line.isEmpty()) {
            const HeadDecision decision = completeHead(m_facts);
            if (decision.error != Code::None)
                return fail(decision.error);
            m_tunnelAfter = decision.tunnelAfter;
            m_body.start(decision.framing, decision.contentLength, &m_trailers);
            m_state = State::Body;
            return {Status::HeadComplete, p - data};
        }

        QByteArrayView name;
        QByteArrayView value;
        if (const Code code = httpsyntax::parseFieldLine(r.line, &name, &value); code != Code::None)
            return fail(code);
        if (const Code code = addField(fields, name, value); code != Code::None)
            return fail(code);
    }
}

HttpParseError::Code HttpMessageParser::addField(HttpHeaders &fields, QByteArrayView name, QByteArrayView value)
{
    if (++m_fieldCount > m_limits.maxHeaders)
        return Code::TooManyHeaders;
    if (const Code code = m_facts.observe(name, value); code != Code::None)
        return code;
    fields.addFromLine(name, value);
    return Code::None;
}

HttpParseResult HttpMessageParser::finish()
{
    switch (m_state) {
    case State::Idle:
    case State::Tunnel:
        return {Status::NeedMore, 0};
    case State::StartLine:
        // Only blank lines (fully received) since the last message: a clean close.
        if (m_direction == Direction::Request && !m_lines.hasPartial())
            return {Status::NeedMore, 0};
        break;
    case State::Body:
        if (m_body.completesAtEof()) {
            m_state = State::Idle;
            return {Status::MessageComplete, 0};
        }
        break;
    case State::Fields:
        break;
    case State::Failed:
        return {Status::Error, 0};
    }
    return fail(Code::PrematureEof);
}

void HttpMessageParser::reset()
{
    clearHead();
    m_trailers.clear();
    m_facts = HttpHeadFacts{};
    m_error = HttpParseError{};
    m_fieldCount = 0;
    m_tunnelAfter = false;
    m_inMethod = false;
    m_state = State::Idle;
}

void HttpMessageParser::releaseMemory()
{
    if (m_state != State::Idle)
        return; // a partial line may live in the buffers
    m_lines.release();
    m_body.release();
}

} // namespace meshgate
