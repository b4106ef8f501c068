// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/httpprotocol.h"

namespace meshgate {

HttpMethod httpMethodFromName(QByteArrayView name)
{
    // Dispatch on length first: one comparison decides for almost every request.
    switch (name.size()) {
    case 3:
        if (name == "GET") return HttpMethod::Get;
        if (name == "PUT") return HttpMethod::Put;
        break;
    case 4:
        if (name == "POST") return HttpMethod::Post;
        if (name == "HEAD") return HttpMethod::Head;
        break;
    case 5:
        if (name == "PATCH") return HttpMethod::Patch;
        if (name == "TRACE") return HttpMethod::Trace;
        break;
    case 6:
        if (name == "DELETE") return HttpMethod::Delete;
        break;
    case 7:
        if (name == "OPTIONS") return HttpMethod::Options;
        if (name == "CONNECT") return HttpMethod::Connect;
        break;
    default:
        break;
    }
    return HttpMethod::Other;
}

QByteArrayView httpMethodName(HttpMethod method)
{
    switch (method) {
    case HttpMethod::Get: return "GET";
    case HttpMethod::Head: return "HEAD";
    case HttpMethod::Post: return "POST";
    case HttpMethod::Put: return "PUT";
    case HttpMethod::Delete: return "DELETE";
    case HttpMethod::Connect: return "CONNECT";
    case HttpMethod::Options: return "OPTIONS";
    case HttpMethod::Trace: return "TRACE";
    case HttpMethod::Patch: return "PATCH";
    case HttpMethod::Other: break;
    }
    return {};
}

QByteArrayView httpVersionName(HttpVersion version)
{
    return version == HttpVersion::Http10 ? QByteArrayView("HTTP/1.0") : QByteArrayView("HTTP/1.1");
}

} // namespace meshgate
