// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/httpbodyreader.h"

#include "http/httpsyntax.h"

namespace meshgate {

using Code = HttpParseError::Code;

void HttpBodyReader::start(HttpBodyFraming framing, qint64 contentLength, HttpHeaders *trailers)
{
    m_framing = framing;
    m_remaining = framing == HttpBodyFraming::ContentLength ? contentLength : 0;
    m_trailers = trailers;
    m_trailerCount = 0;
    m_chunkState = ChunkState::SizeLine;
    if (framing == HttpBodyFraming::Chunked)
        m_lines.start(m_limits.maxChunkLineBytes);
}

HttpBodyReader::Result HttpBodyReader::feed(const char *data, qsizetype len)
{
    switch (m_framing) {
    case HttpBodyFraming::None:
        return {Kind::Complete, 0};
    case HttpBodyFraming::ContentLength: {
        if (m_remaining == 0)
            return {Kind::Complete, 0};
        if (len == 0)
            return {Kind::NeedMore, 0};
        const qsizetype n = qsizetype(qMin<qint64>(m_remaining, len));
        m_remaining -= n;
        return {Kind::Data, n, data, n};
    }
    case HttpBodyFraming::UntilClose:
        if (len == 0)
            return {Kind::NeedMore, 0};
        return {Kind::Data, len, data, len};
    case HttpBodyFraming::Chunked:
        return feedChunked(data, len);
    }
    return {Kind::Error, 0, nullptr, 0, Code::MalformedStartLine};
}

HttpBodyReader::Result HttpBodyReader::feedChunked(const char *data, qsizetype len)
{
    const char *p = data;
    const char *const end = data + len;
    const auto fail = [](Code code) { return Result{Kind::Error, 0, nullptr, 0, code}; };
    for (;;) {
        switch (m_chunkState) {
        case ChunkState::SizeLine: {
            const auto r = m_lines.next(p, end - p);
            p += r.consumed;
            if (r.kind == HttpLineReader::Kind::NeedMore)
                return {Kind::NeedMore, len};
            if (r.kind == HttpLineReader::Kind::TooLong)
                return fail(Code::InvalidChunkExtension);
            if (r.kind == HttpLineReader::Kind::BareLineFeed)
                return fail(Code::BareLineFeed);
            const auto size = httpsyntax::parseChunkSizeLine(r.line);
            if (size.error != Code::None)
                return fail(size.error);
            if (size.size == 0) {
                m_chunkState = ChunkState::Trailers;
                m_lines.start(m_limits.maxHeadBytes);
            } else {
                m_remaining = size.size;
                m_chunkState = ChunkState::Data;
            }
            break;
        }
        case ChunkState::Data: {
            if (p == end)
                return {Kind::NeedMore, len};
            const qsizetype n = qsizetype(qMin<qint64>(m_remaining, end - p));
            const char *chunk = p;
            p += n;
            m_remaining -= n;
            if (m_remaining == 0)
                m_chunkState = ChunkState::DataCr;
            return {Kind::Data, p - data, chunk, n};
        }
        case ChunkState::DataCr:
            if (p == end)
                return {Kind::NeedMore, len};
            if (*p++ != '\r')
                return fail(Code::InvalidChunkFraming);
            m_chunkState = ChunkState::DataLf;
            break;
        case ChunkState::DataLf:
            if (p == end)
                return {Kind::NeedMore, len};
            if (*p++ != '\n')
                return fail(Code::InvalidChunkFraming);
            m_chunkState = ChunkState::SizeLine;
            m_lines.start(m_limits.maxChunkLineBytes);
            break;
        case ChunkState::Trailers: {
            const auto r = m_lines.next(p, end - p);
            p += r.consumed;
            if (r.kind == HttpLineReader::Kind::NeedMore)
                return {Kind::NeedMore, len};
            if (r.kind == HttpLineReader::Kind::TooLong)
                return fail(Code::HeadersTooLarge);
            if (r.kind == HttpLineReader::Kind::BareLineFeed)
                return fail(Code::BareLineFeed);
            if (r.line.isEmpty()) {
                m_framing = HttpBodyFraming::None;
                return {Kind::Complete, p - data};
            }
            QByteArrayView name;
            QByteArrayView value;
            const Code error = httpsyntax::parseFieldLine(r.line, &name, &value);
            if (error != Code::None)
                return fail(error);
            if (++m_trailerCount > m_limits.maxHeaders)
                return fail(Code::TooManyHeaders);
            if (m_trailers)
                m_trailers->addFromLine(name, value);
            break;
        }
        }
    }
}

} // namespace meshgate
