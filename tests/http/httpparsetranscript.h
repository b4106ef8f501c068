// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Drives a parser the way the engine does (a growing receive buffer, unconsumed bytes kept and
// re-fed) and writes every event as text, so that two feeding strategies can be compared with
// one string comparison. Shared by the unit tests and the fuzz target.

#include "http/httprequestparser.h"
#include "http/httpresponseparser.h"

#include <QByteArray>
#include <QByteArrayView>

#include <algorithm>
#include <functional>

namespace meshgate::testing {

inline QByteArray framingName(HttpBodyFraming f)
{
    switch (f) {
    case HttpBodyFraming::None: return "none";
    case HttpBodyFraming::ContentLength: return "length";
    case HttpBodyFraming::Chunked: return "chunked";
    case HttpBodyFraming::UntilClose: return "until-close";
    }
    return "?";
}

inline void describeHead(const HttpRequestHead &h, QByteArray &out)
{
    out += "HEAD ";
    h.appendTo(out);
    out += "facts keepAlive=" + QByteArray::number(h.keepAlive())
        + " framing=" + framingName(h.bodyFraming())
        + " length=" + QByteArray::number(h.contentLength())
        + " continue=" + QByteArray::number(h.expectsContinue())
        + " upgrade=" + QByteArray::number(h.isUpgrade())
        + " host=" + h.host().toByteArray()
        + " hasHost=" + QByteArray::number(h.hasHostHeader())
        + " form=" + QByteArray::number(int(h.targetForm()))
        + " scheme=" + h.scheme().toByteArray()
        + " authority=" + h.authority().toByteArray()
        + " path=" + h.path().toByteArray() + "\n";
}

inline void describeHead(const HttpResponseHead &h, QByteArray &out)
{
    out += "HEAD ";
    h.appendTo(out);
    out += "facts keepAlive=" + QByteArray::number(h.keepAlive())
        + " framing=" + framingName(h.bodyFraming())
        + " length=" + QByteArray::number(h.contentLength())
        + " interim=" + QByteArray::number(h.isInterim())
        + " tunnel=" + QByteArray::number(h.startsTunnel()) + "\n";
}

struct TranscriptOptions
{
    qsizetype chunk = 0;        // bytes delivered per read; 0 = everything at once
    bool finishAtEof = true;    // call finish() when the input is exhausted
    // When set, receives the name of a broken feed() contract (empty if none). The transcript
    // also ends with that name, but the input is echoed into the transcript, so a caller that
    // must tell a broken contract from input that happens to spell one reads it here.
    QByteArray *violation = nullptr;
};

// Returns the event transcript. Consecutive Body (or Tunnel) events are merged, because how a
// body is split into events legitimately depends on how the bytes arrived.
template<typename Parser>
QByteArray transcript(Parser &parser, QByteArrayView input, TranscriptOptions options = {},
                      const std::function<void(Parser &)> &beforeMessage = {})
{
    QByteArray out;
    QByteArray body;
    QByteArray tunnel;
    const qsizetype chunk = options.chunk > 0 ? options.chunk : qMax<qsizetype>(input.size(), 1);
    qsizetype received = qMin(chunk, input.size());
    qsizetype pos = 0;
    const auto flush = [&] {
        if (!body.isEmpty())
            out += "BODY " + QByteArray::number(body.size()) + ":" + body + "\n";
        if (!tunnel.isEmpty())
            out += "TUNNEL " + QByteArray::number(tunnel.size()) + ":" + tunnel + "\n";
        body.clear();
        tunnel.clear();
    };
    const auto record = [&](const HttpParseResult &r) -> bool {
        switch (r.status) {
        case HttpParseStatus::NeedMore:
            return false;
        case HttpParseStatus::HeadComplete:
            describeHead(parser.head(), out);
            return true;
        case HttpParseStatus::Body:
            body.append(r.data, r.length);
            return true;
        case HttpParseStatus::Tunnel:
            tunnel.append(r.data, r.length);
            return true;
        case HttpParseStatus::MessageComplete:
            flush();
            for (const auto &field : parser.trailers())
                out += "TRAILER " + field.name.toByteArray() + ": " + field.value.toByteArray() + "\n";
            out += "END\n";
            return true;
        case HttpParseStatus::Error:
            flush();
            out += "ERROR " + QByteArray::number(parser.error().status) + " "
                + parser.error().details().toString().toLatin1() + "\n";
            return false;
        }
        return false;
    };
    // Every step either consumes a byte or changes state, so this bound is generous.
    qsizetype guard = 8 * input.size() + 64;
    bool failed = false;
    if (options.violation)
        options.violation->clear();
    const auto broken = [&](const char *contract) {
        out += contract;
        out += '\n';
        if (options.violation)
            *options.violation = contract;
        return out;
    };
    for (;;) {
        if (--guard < 0) {
            return broken("STUCK");
        }
        if (beforeMessage && parser.isIdle())
            beforeMessage(parser);
        const HttpParseResult r = parser.feed(input.data() + pos, received - pos);
        if (r.consumed < 0 || r.consumed > received - pos) {
            return broken("BAD-CONSUMED");
        }
        if (r.status == HttpParseStatus::NeedMore && r.consumed != received - pos) {
            return broken("NEEDMORE-LEFT-BYTES");
        }
        pos += r.consumed;
        if (record(r))
            continue;
        if (r.status == HttpParseStatus::Error) {
            failed = true;
            break;
        }
        if (received == input.size())
            break;
        received = qMin(input.size(), received + chunk);
    }
    if (!failed && options.finishAtEof) {
        const HttpParseResult r = parser.finish();
        if (r.status == HttpParseStatus::MessageComplete || r.status == HttpParseStatus::Error)
            record(r);
    }
    flush();
    return out;
}

} // namespace meshgate::testing
