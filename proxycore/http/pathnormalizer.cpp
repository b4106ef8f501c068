// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/pathnormalizer.h"

#include "http/httpsyntax.h"

namespace meshgate {

namespace {

bool isUnreserved(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
        || c == '_' || c == '~';
}

// Steps 1 and 2; false for %00.
bool decodeUnreservedAndSlashes(QByteArrayView path, QByteArray &out)
{
    out.reserve(path.size());
    for (qsizetype i = 0; i < path.size(); ++i) {
        const char c = path[i];
        if (c == '\\') {
            out += '/';
            continue;
        }
        if (c == '%' && i + 2 < path.size()) {
            const int hi = httpsyntax::hexValue(path[i + 1]);
            const int lo = httpsyntax::hexValue(path[i + 2]);
            if (hi >= 0 && lo >= 0) {
                const int decoded = hi * 16 + lo;
                if (decoded == 0)
                    return false;
                if (isUnreserved(decoded)) {
                    out += char(decoded);
                    i += 2;
                    continue;
                }
            }
        }
        out += c;
    }
    return true;
}

// RFC 3986 §5.2.4 for a path that starts with '/': segments are appended to `out` one by one,
// ".." drops the last one written.
QByteArray removeDotSegments(QByteArrayView in)
{
    QByteArray out;
    out.reserve(in.size());
    qsizetype i = 0;
    while (i < in.size()) {
        // `in[i]` is always a '/' here: the start of the next segment.
        qsizetype end = i + 1;
        while (end < in.size() && in[end] != '/')
            ++end;
        const QByteArrayView segment = in.sliced(i + 1, end - i - 1);
        const bool last = end == in.size();
        if (segment == ".") {
            if (last)
                out += '/';
        } else if (segment == "..") {
            const qsizetype slash = out.lastIndexOf('/');
            out.truncate(slash < 0 ? 0 : slash);
            if (last)
                out += '/';
        } else {
            out += '/';
            out.append(segment.data(), segment.size());
        }
        i = end;
    }
    if (out.isEmpty())
        out = "/";
    return out;
}

// Nearly every request path has nothing to normalize ("/files/a%20b", "/.well-known/x"
// included); finding that out must not allocate. Exact: true only when normalize() changes the
// path or rejects it.
bool needsWork(QByteArrayView path)
{
    const qsizetype n = path.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = path[i];
        if (c == '\\')
            return true;
        if (c == '%' && i + 2 < n) {
            const int hi = httpsyntax::hexValue(path[i + 1]);
            const int lo = httpsyntax::hexValue(path[i + 2]);
            if (hi >= 0 && lo >= 0 && (hi * 16 + lo == 0 || isUnreserved(hi * 16 + lo)))
                return true;
        }
        if (c == '/' && i + 1 < n && path[i + 1] == '.') {
            // "/." or "/.." as a whole segment
            const qsizetype dots = i + 2 < n && path[i + 2] == '.' ? 2 : 1;
            const qsizetype end = i + 1 + dots;
            if (end == n || path[end] == '/')
                return true;
        }
    }
    return false;
}

} // namespace

PathNormalizer::Outcome PathNormalizer::normalize(QByteArrayView target, QByteArray &out)
{
    const qsizetype q = target.indexOf('?');
    const QByteArrayView path = q < 0 ? target : target.first(q);
    if (!path.isEmpty() && !path.startsWith('/'))
        return Outcome::Rejected; // empty, as in absolute-form "http://h?q", reads as '/'
    if (!path.isEmpty() && !needsWork(path))
        return Outcome::Unchanged;
    QByteArray decoded;
    if (!decodeUnreservedAndSlashes(path, decoded))
        return Outcome::Rejected;
    QByteArray normalized = removeDotSegments(decoded);
    if (normalized == path)
        return Outcome::Unchanged;
    if (q >= 0)
        normalized.append(target.sliced(q).data(), target.size() - q);
    out = std::move(normalized);
    return Outcome::Changed;
}

} // namespace meshgate
