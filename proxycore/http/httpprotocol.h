// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

namespace meshgate {

// Methods the proxy treats specially get their own value; any other valid token is Other and
// keeps its spelling in the head (methods are case-sensitive: "get" is not GET).
enum class HttpMethod : quint8 { Other, Get, Head, Post, Put, Delete, Connect, Options, Trace, Patch };

HttpMethod httpMethodFromName(QByteArrayView name);
// Canonical spelling; empty for Other.
QByteArrayView httpMethodName(HttpMethod method);

// HTTP/1.x minor versions above 1 are treated as 1.1 (RFC 9112 §2.6).
enum class HttpVersion : quint8 { Http10, Http11 };

QByteArrayView httpVersionName(HttpVersion version);

// How the body of a message is delimited (RFC 9112 §6.3), decided when its head is parsed.
enum class HttpBodyFraming : quint8 {
    None,          // no body: GET without length, HEAD/1xx/204/304 responses
    ContentLength, // exactly contentLength() bytes
    Chunked,       // chunked transfer coding, de-chunked by the parser
    UntilClose,    // response without length: body ends when the upstream closes (finish())
};

} // namespace meshgate
