// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1StringView>

namespace meshgate {

// Why a parser refused a message: the HTTP status the engine should answer with and an
// Envoy-style detail string for the access log's %RESPONSE_CODE_DETAILS%. A downstream (request)
// error maps to a 4xx/5xx the engine sends to the client; an upstream (response) error always
// maps to 502, because the client did nothing wrong (the engine flags it UPE).
struct HttpParseError
{
    enum class Code : quint8 {
        None,
        MalformedStartLine,          // request-line / status-line syntax
        InvalidMethod,
        InvalidUrl,
        InvalidVersion,
        UnsupportedVersion,          // well-formed, but not HTTP/1.x
        BareLineFeed,                // LF without CR
        ObsFold,                     // a field line starting with SP/HTAB
        InvalidHeaderName,           // non-token byte in a name, incl. whitespace before ':'
        InvalidHeaderValue,          // NUL, CR, other controls in a value
        TooManyHeaders,
        HeadersTooLarge,
        RequestLineTooLong,
        InvalidContentLength,
        MultipleContentLength,       // differing values
        ContentLengthAndChunked,
        InvalidTransferEncoding,     // malformed, or chunked missing / not final / repeated
        UnsupportedTransferEncoding, // a coding other than chunked
        TransferEncodingNotAllowed,  // on HTTP/1.0, 1xx or 204
        ContentLengthNotAllowed,     // non-zero on 1xx or 204
        BodyNotAllowed,              // CONNECT with content
        InvalidChunkSize,
        InvalidChunkExtension,
        InvalidChunkFraming,         // chunk data not followed by CRLF
        InvalidStatus,
        InvalidHost,                 // more than one Host field
        UnexpectedUpgrade,           // 101 although no upgrade was requested
        PrematureEof,                // connection closed inside a message
    };

    Code code = Code::None;
    int status = 0; // HTTP status for the engine to answer; 0 when there is no error

    bool isError() const { return code != Code::None; }
    QLatin1StringView details() const { return detailsFor(code); }

    static HttpParseError forRequest(Code code);
    static HttpParseError forResponse(Code code);
    static QLatin1StringView detailsFor(Code code);
    static int requestStatusFor(Code code);
};

} // namespace meshgate
