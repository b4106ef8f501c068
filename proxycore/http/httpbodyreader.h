// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/httpheaders.h"
#include "http/httplinereader.h"
#include "http/httpparseerror.h"
#include "http/httpparseresult.h"
#include "http/httpprotocol.h"

namespace meshgate {

// Delimits and de-chunks one message body, shared by the request and response parsers. Body
// bytes are never copied: Data results point into the buffer being fed.
class HttpBodyReader final
{
public:
    enum class Kind : quint8 { NeedMore, Data, Complete, Error };
    struct Result
    {
        Kind kind;
        qsizetype consumed;
        const char *data = nullptr;
        qsizetype length = 0;
        HttpParseError::Code error = HttpParseError::Code::None;
    };

    explicit HttpBodyReader(const HttpParserLimits &limits) : m_limits(limits) {}

    // trailers receives the trailer section of a chunked body; it must outlive the body.
    void start(HttpBodyFraming framing, qint64 contentLength, HttpHeaders *trailers);
    Result feed(const char *data, qsizetype len);
    // At end of input: true when the body is thereby complete (close-delimited).
    bool completesAtEof() const { return m_framing == HttpBodyFraming::UntilClose; }
    void release() { m_lines.release(); }

private:
    enum class ChunkState : quint8 { SizeLine, Data, DataCr, DataLf, Trailers };

    Result feedChunked(const char *data, qsizetype len);

    const HttpParserLimits &m_limits;
    HttpLineReader m_lines;
    HttpHeaders *m_trailers = nullptr;
    qint64 m_remaining = 0;
    int m_trailerCount = 0;
    HttpBodyFraming m_framing = HttpBodyFraming::None;
    ChunkState m_chunkState = ChunkState::SizeLine;
};

} // namespace meshgate
