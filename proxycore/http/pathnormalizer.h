// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace meshgate {

// Istio's default request-path normalization (meshConfig pathNormalization BASE, which is
// Envoy's normalize_path), applied before routing and kept for the upstream, so that
// "/api/../admin" cannot slip past a prefix route meant for "/admin":
//   1. percent-encoded unreserved characters are decoded once (%41 -> A, %2E -> ., %7E -> ~);
//      %2F and %5C stay encoded (only DECODE_AND_MERGE_SLASHES decodes them);
//   2. a backslash is a slash;
//   3. "." and ".." segments are removed (RFC 3986 §5.2.4); ".." never climbs above "/".
// Slashes are not merged (that is MERGE_SLASHES). The query, from the first '?', is untouched.
class PathNormalizer final
{
public:
    enum class Outcome { Unchanged, Changed, Rejected };

    // `path` is an origin-form target ("/a/../b?q"). On Changed, `out` holds the new target;
    // Rejected is a path Istio answers with 400: %00, or one that does not start with '/' (an
    // empty one, as in absolute-form "http://h?q", is "/").
    static Outcome normalize(QByteArrayView path, QByteArray &out);
};

} // namespace meshgate
