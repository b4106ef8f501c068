// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

namespace meshgate {

// One step of an incremental HTTP/1.1 parser. feed() returns after at most one event, so the
// engine decides between events whether to keep feeding (backpressure = stop calling feed and
// keep the unconsumed bytes).
enum class HttpParseStatus : quint8 {
    NeedMore,        // every byte was consumed; feed more when it arrives
    HeadComplete,    // head() is ready; body events (if any) follow
    Body,            // data/length: de-chunked body bytes inside the fed buffer
    MessageComplete, // the message ended; the next feed() starts the next message
    Tunnel,          // data/length: bytes after an upgrade/CONNECT, to relay verbatim
    Error,           // error() says why; the parser stays in this state until reset()
};

struct HttpParseResult
{
    HttpParseStatus status = HttpParseStatus::NeedMore;
    qsizetype consumed = 0; // bytes of the fed buffer used by this step
    const char *data = nullptr;
    qsizetype length = 0;

    QByteArrayView bytes() const { return {data, length}; }
};

// Envoy's defaults: max_request_headers_kb = 60, max_headers_count = 100.
struct HttpParserLimits
{
    // Start line + fields + CRLFs of a head (and, separately, of a trailer section).
    qsizetype maxHeadBytes = 60 * 1024;
    int maxHeaders = 100;
    // A chunk-size line including extensions; long extension lists are a known DoS shape.
    qsizetype maxChunkLineBytes = 4096;
};

} // namespace meshgate
