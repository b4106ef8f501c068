// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/httpbodyreader.h"
#include "http/httpheaders.h"
#include "http/httpheadfacts.h"
#include "http/httplinereader.h"
#include "http/httpparseerror.h"
#include "http/httpparseresult.h"
#include "http/httpprotocol.h"

#include <QtGlobal>

namespace meshgate {

// The incremental HTTP/1.1 message machine shared by HttpRequestParser and HttpResponseParser:
// head lines, field validation, limits, body framing, tunnels. The subclasses parse their start
// line and decide framing from the head (RFC 9112 §6.3 differs for requests and responses).
//
// Driving it (the engine owns the buffer):
//     for (;;) {
//         const HttpParseResult r = parser.feed(buf.constData() + off, buf.size() - off);
//         off += r.consumed;
//         switch (r.status) { ... }          // forward r.bytes() for Body / Tunnel
//         if (r.status == HttpParseStatus::NeedMore || r.status == HttpParseStatus::Error) break;
//         if (peerIsBackedUp) break;         // backpressure: keep buf[off..], feed it later
//     }
// NeedMore always consumes everything. Other steps may consume nothing (MessageComplete right
// after a bodiless head), so feeding an empty span is valid and makes progress. The parser never
// consumes past MessageComplete: the rest of the buffer is the next pipelined message.
class HttpMessageParser
{
public:
    virtual ~HttpMessageParser() = default;
    Q_DISABLE_COPY_MOVE(HttpMessageParser)

    HttpParseResult feed(const char *data, qsizetype len);
    HttpParseResult feed(QByteArrayView data) { return feed(data.data(), data.size()); }
    // End of input from the peer. MessageComplete when that ends a close-delimited body;
    // NeedMore when no message was in progress (a clean close); Error (PrematureEof) otherwise.
    HttpParseResult finish();
    // Back to the start of a message, dropping any partial input; buffer capacity is kept.
    void reset();
    // When idle: frees the line buffers (for connections idle for long); heads keep capacity.
    void releaseMemory();

    // Trailer fields of the last chunked body (valid after its MessageComplete).
    const HttpHeaders &trailers() const { return m_trailers; }
    const HttpParseError &error() const { return m_error; }
    // Between messages with no byte of the next one consumed yet.
    bool isIdle() const { return m_state == State::Idle; }
    bool inTunnel() const { return m_state == State::Tunnel; }
    const HttpParserLimits &limits() const { return m_limits; }

protected:
    enum class Direction : quint8 { Request, Response };
    struct HeadDecision
    {
        HttpParseError::Code error = HttpParseError::Code::None;
        HttpBodyFraming framing = HttpBodyFraming::None;
        qint64 contentLength = -1;
        bool tunnelAfter = false;
    };

    HttpMessageParser(const HttpParserLimits &limits, Direction direction);

    virtual void clearHead() = 0;
    virtual HttpHeaders &headFields() = 0;
    virtual HttpParseError::Code parseStartLine(QByteArrayView line) = 0;
    virtual HeadDecision completeHead(const HttpHeadFacts &facts) = 0;

private:
    enum class State : quint8 { Idle, StartLine, Fields, Body, Tunnel, Failed };

    HttpParseResult feedHead(const char *data, qsizetype len);
    HttpParseResult fail(HttpParseError::Code code);
    HttpParseError::Code addField(HttpHeaders &fields, QByteArrayView name, QByteArrayView value);

    const HttpParserLimits m_limits;
    HttpLineReader m_lines;
    HttpBodyReader m_body;
    HttpHeaders m_trailers;
    HttpHeadFacts m_facts;
    HttpParseError m_error;
    int m_fieldCount = 0;
    State m_state = State::Idle;
    Direction m_direction;
    bool m_tunnelAfter = false;
    // Still inside the method of a request-line: its bytes are checked as they arrive, so a
    // TLS ClientHello or other binary sent to an HTTP port is refused at once, not after the
    // header timeout (it may never send the CRLF the line reader waits for).
    bool m_inMethod = false;
};

} // namespace meshgate
