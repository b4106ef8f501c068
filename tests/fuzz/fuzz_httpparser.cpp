// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the HTTP/1.1 request and response parsers.
//
// Input layout: byte 0 picks the read size for the chunked run (1..32), byte 1 picks the request
// method the response parser is told about (and whether an upgrade was requested); the rest is
// the byte stream. Invariants checked on every input:
//   - the event transcript is identical whether the stream arrives whole, in reads of the chosen
//     size, or one byte at a time (incremental parsing never changes the verdict);
//   - feed() never consumes more than it was given and NeedMore always consumes everything;
//   - the parser always makes progress (no endless zero-byte steps);
//   - a parsed request head, serialized and parsed again, gives the same head;
//   - a normalized path is a valid target with no "." / ".." segment and no backslash, and
//     (unless single-pass decoding left a decodable escape) normalizing it again changes nothing.
// Small limits make the limit paths reachable with short inputs.
//
// Build (Debian clang 14), from the repository root:
//   clang++ -std=c++20 -g -O1 -fsanitize=fuzzer,address,undefined -fPIC -I proxycore -I tests/http \
//       $(pkg-config --cflags Qt6Core) tests/fuzz/fuzz_httpparser.cpp proxycore/http/*.cpp \
//       -o fuzz_httpparser $(pkg-config --libs Qt6Core)
//   ./fuzz_httpparser -max_total_time=30 tests/fuzz/corpus/httpparser

#include "http/httprequestparser.h"
#include "http/httpresponseparser.h"
#include "http/httpsyntax.h"
#include "http/pathnormalizer.h"
#include "httpparsetranscript.h"

#include <cctype>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace meshgate;
using meshgate::testing::transcript;
using meshgate::testing::TranscriptOptions;

namespace {

HttpParserLimits fuzzLimits()
{
    HttpParserLimits limits;
    limits.maxHeadBytes = 2048;
    limits.maxHeaders = 16;
    limits.maxChunkLineBytes = 64;
    return limits;
}

[[noreturn]] void fail(const char *what, const QByteArray &a, const QByteArray &b)
{
    std::fprintf(stderr, "fuzz_httpparser: %s\n--- expected ---\n%s\n--- actual ---\n%s\n", what,
                 a.constData(), b.constData());
    std::abort();
}

template<typename Parser>
void checkChunkings(QByteArrayView input, qsizetype chunk, const std::function<void(Parser &)> &beforeMessage)
{
    const HttpParserLimits limits = fuzzLimits();
    QByteArray violation;
    Parser whole(limits);
    const QByteArray expected = transcript(whole, input, TranscriptOptions{0, true, &violation}, beforeMessage);
    if (!violation.isEmpty())
        fail("feed() contract broken (whole)", violation, expected);
    Parser pieces(limits);
    const QByteArray chunked = transcript(pieces, input, TranscriptOptions{chunk, true, &violation}, beforeMessage);
    if (!violation.isEmpty())
        fail("feed() contract broken (chunked)", violation, chunked);
    if (chunked != expected)
        fail("chunked feeding differs from whole", expected, chunked);
    Parser bytes(limits);
    const QByteArray single = transcript(bytes, input, TranscriptOptions{1, true}, beforeMessage);
    if (single != expected)
        fail("byte-at-a-time feeding differs from whole", expected, single);
}

void checkRequestRoundTrip(QByteArrayView input)
{
    const HttpParserLimits limits = fuzzLimits();
    HttpRequestParser parser(limits);
    if (parser.feed(input.data(), input.size()).status != HttpParseStatus::HeadComplete)
        return;
    QByteArray first;
    parser.head().appendTo(first);
    if (first.size() != parser.head().serializedSize())
        fail("serializedSize() differs from appendTo()", QByteArray::number(parser.head().serializedSize()), first);
    HttpParserLimits roomy = limits;
    roomy.maxHeadBytes = first.size() + 16; // serialization normalizes OWS and may grow a head
    HttpRequestParser again(roomy);
    const HttpParseResult r = again.feed(first);
    if (r.status != HttpParseStatus::HeadComplete || r.consumed != first.size())
        fail("serialized head does not parse back", first, again.error().details().toString().toLatin1());
    QByteArray second;
    again.head().appendTo(second);
    if (second != first)
        fail("serialize/parse round trip changed the head", first, second);
}

// A %XX that the normalizer would decode (an unreserved character) or refuse (NUL).
bool hasDecodableEscape(QByteArrayView path)
{
    for (qsizetype i = 0; i + 2 < path.size(); ++i) {
        if (path[i] != '%')
            continue;
        const int hi = httpsyntax::hexValue(path[i + 1]);
        const int lo = httpsyntax::hexValue(path[i + 2]);
        if (hi < 0 || lo < 0)
            continue;
        const char c = char(hi * 16 + lo);
        if (c == 0 || std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '.' || c == '_' || c == '~')
            return true;
    }
    return false;
}

void checkPathNormalization(QByteArrayView input)
{
    HttpRequestParser parser(fuzzLimits());
    if (parser.feed(input.data(), input.size()).status != HttpParseStatus::HeadComplete
        || parser.head().targetForm() != HttpRequestHead::TargetForm::Origin)
        return;
    HttpRequestHead &head = parser.head();
    QByteArray normalized;
    const PathNormalizer::Outcome outcome = PathNormalizer::normalize(head.path(), normalized);
    const QByteArray original = head.path().toByteArray();
    if (outcome == PathNormalizer::Outcome::Unchanged) {
        // The allocation-free shortcut must not let anything through that needs normalizing.
        const qsizetype q = original.indexOf('?');
        const QByteArray path = q < 0 ? original : original.left(q);
        bool dotSegment = false;
        for (const QByteArray &segment : path.split('/'))
            dotSegment |= segment == "." || segment == "..";
        if (path.contains('\\') || dotSegment || hasDecodableEscape(path))
            fail("a path that needs normalizing was left alone", original, original);
    }
    if (outcome != PathNormalizer::Outcome::Changed)
        return;
    const qsizetype q = normalized.indexOf('?');
    const QByteArray path = q < 0 ? normalized : normalized.left(q);
    if (!path.startsWith('/') || path.contains('\\'))
        fail("normalized path does not start with / or keeps a backslash", original, normalized);
    for (const QByteArray &segment : path.split('/'))
        if (segment == "." || segment == "..")
            fail("normalized path keeps a dot segment", original, normalized);
    // Decoding happens once, as in Istio ("%%32E" becomes "%2E" and stays): a path whose escapes
    // left decode to nothing normalization touches must be a fixed point.
    QByteArray again;
    if (!hasDecodableEscape(path) && PathNormalizer::normalize(normalized, again) != PathNormalizer::Outcome::Unchanged)
        fail("normalizing twice changes the path again", normalized, again);
    if (!head.setTarget(normalized))
        fail("a normalized path is not a valid target", original, normalized);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const qsizetype chunk = 1 + data[0] % 32;
    static constexpr HttpMethod kMethods[] = {HttpMethod::Get, HttpMethod::Head, HttpMethod::Connect,
                                              HttpMethod::Post};
    const HttpMethod method = kMethods[data[1] % 4];
    const bool upgradeRequested = (data[1] & 0x80) != 0;
    const QByteArrayView input(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));

    checkChunkings<HttpRequestParser>(input, chunk, {});
    checkChunkings<HttpResponseParser>(input, chunk, [method, upgradeRequested](HttpResponseParser &p) {
        p.setRequest(method, upgradeRequested);
    });
    checkRequestRoundTrip(input);
    checkPathNormalization(input);
    return 0;
}
