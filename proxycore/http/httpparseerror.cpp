// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/httpparseerror.h"

namespace meshgate {

using Code = HttpParseError::Code;

HttpParseError HttpParseError::forRequest(Code code)
{
    return {code, code == Code::None ? 0 : requestStatusFor(code)};
}

HttpParseError HttpParseError::forResponse(Code code)
{
    return {code, code == Code::None ? 0 : 502};
}

int HttpParseError::requestStatusFor(Code code)
{
    switch (code) {
    case Code::None: return 0;
    case Code::TooManyHeaders:
    case Code::HeadersTooLarge: return 431;
    case Code::RequestLineTooLong: return 414;
    case Code::UnsupportedVersion: return 505;
    case Code::UnsupportedTransferEncoding: return 501;
    default: return 400;
    }
}

QLatin1StringView HttpParseError::detailsFor(Code code)
{
    switch (code) {
    case Code::None: return {};
    case Code::MalformedStartLine: return QLatin1StringView("http1.codec_error");
    case Code::InvalidMethod: return QLatin1StringView("http1.invalid_method");
    case Code::InvalidUrl: return QLatin1StringView("http1.invalid_url");
    case Code::InvalidVersion: return QLatin1StringView("http1.invalid_version");
    case Code::UnsupportedVersion: return QLatin1StringView("http1.unsupported_version");
    case Code::BareLineFeed: return QLatin1StringView("http1.invalid_line_ending");
    case Code::ObsFold: return QLatin1StringView("http1.obsolete_line_folding");
    case Code::InvalidHeaderName:
    case Code::InvalidHeaderValue: return QLatin1StringView("http1.invalid_characters");
    case Code::TooManyHeaders: return QLatin1StringView("http1.too_many_headers");
    case Code::HeadersTooLarge: return QLatin1StringView("http1.headers_too_large");
    case Code::RequestLineTooLong: return QLatin1StringView("http1.uri_too_long");
    case Code::InvalidContentLength: return QLatin1StringView("http1.invalid_content_length");
    case Code::MultipleContentLength: return QLatin1StringView("http1.multiple_content_length");
    case Code::ContentLengthAndChunked:
        return QLatin1StringView("http1.content_length_and_chunked_not_allowed");
    case Code::InvalidTransferEncoding:
    case Code::UnsupportedTransferEncoding: return QLatin1StringView("http1.invalid_transfer_encoding");
    case Code::TransferEncodingNotAllowed:
        return QLatin1StringView("http1.transfer_encoding_not_allowed");
    case Code::ContentLengthNotAllowed: return QLatin1StringView("http1.content_length_not_allowed");
    case Code::BodyNotAllowed: return QLatin1StringView("http1.body_disallowed");
    case Code::InvalidChunkSize: return QLatin1StringView("http1.invalid_chunk_size");
    case Code::InvalidChunkExtension: return QLatin1StringView("http1.invalid_chunk_extension");
    case Code::InvalidChunkFraming: return QLatin1StringView("http1.invalid_chunk_framing");
    case Code::InvalidStatus: return QLatin1StringView("http1.invalid_status");
    case Code::InvalidHost: return QLatin1StringView("http1.invalid_host");
    case Code::UnexpectedUpgrade: return QLatin1StringView("http1.unexpected_upgrade");
    case Code::PrematureEof: return QLatin1StringView("http1.premature_eof");
    }
    return QLatin1StringView("http1.codec_error");
}

} // namespace meshgate
