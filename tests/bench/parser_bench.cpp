// SPDX-License-Identifier: GPL-3.0-or-later
// Throughput of meshgate's HTTP/1.1 parsers against Debian's http-parser on the same corpus, in
// the same run. Not a test: it prints MB/s and the ratio ours/http-parser.
//
// Fairness notes: http-parser's callbacks only record name/value pointers (its cheapest possible
// use; an engine would still have to copy them once its read buffer is reused), while ours copies
// every head into its reusable arena and validates it strictly. Both see the same bytes in the
// same read sizes and both deliver body bytes in place.

#include "http/httprequestparser.h"
#include "http/httpresponseparser.h"

#include <QByteArray>
#include <QList>

#include <http_parser.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <vector>

using namespace meshgate;

namespace {

// Shapes seen at an ingress gateway: browser navigation, API calls, uploads.
QByteArray requestCorpus()
{
    const QByteArray browser =
        "GET /products/42/reviews?page=2&sort=recent HTTP/1.1\r\n"
        "Host: shop.example.com\r\n"
        "User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Firefox/115.0\r\n"
        "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8\r\n"
        "Accept-Language: en-US,en;q=0.5\r\n"
        "Accept-Encoding: gzip, deflate, br\r\n"
        "Referer: https://shop.example.com/products/42\r\n"
        "Connection: keep-alive\r\n"
        "Cookie: session=7f9c2ba4e88f827d616045507605853e; theme=dark; consent=1\r\n"
        "Upgrade-Insecure-Requests: 1\r\n"
        "Sec-Fetch-Dest: document\r\n"
        "Sec-Fetch-Mode: navigate\r\n"
        "Sec-Fetch-Site: same-origin\r\n"
        "\r\n";
    const QByteArray apiBody =
        "{\"customer\":\"c-1234\",\"items\":[{\"sku\":\"A-1\",\"qty\":2},{\"sku\":\"B-7\",\"qty\":1}],\"express\":true}";
    const QByteArray api =
        "POST /api/v1/orders HTTP/1.1\r\n"
        "Host: api.example.com\r\n"
        "User-Agent: okhttp/4.11.0\r\n"
        "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N\r\n"
        "Content-Type: application/json\r\n"
        "Accept: application/json\r\n"
        "X-Request-Id: 4bf92f3577b34da6a3ce929d0e0e4736\r\n"
        "Content-Length: " + QByteArray::number(apiBody.size()) + "\r\n"
        "\r\n" + apiBody;
    const QByteArray curl = "GET /status/418 HTTP/1.1\r\nHost: httpbin.local\r\nUser-Agent: curl/7.88.1\r\nAccept: */*\r\n\r\n";
    QByteArray upload = "PUT /files/report.csv HTTP/1.1\r\nHost: files.example.com\r\n"
                        "Content-Type: text/csv\r\nTransfer-Encoding: chunked\r\n\r\n";
    for (int i = 0; i < 4; ++i)
        upload += "200\r\n" + QByteArray(0x200, 'a' + char(i)) + "\r\n";
    upload += "0\r\n\r\n";

    QByteArray corpus;
    while (corpus.size() < 4 * 1024 * 1024)
        corpus += browser + api + curl + browser + curl + upload;
    return corpus;
}

QByteArray responseCorpus()
{
    const QByteArray page = "HTTP/1.1 200 OK\r\n"
                            "Date: Mon, 27 May 2024 12:00:00 GMT\r\n"
                            "Server: nginx/1.22.1\r\n"
                            "Content-Type: text/html; charset=utf-8\r\n"
                            "Content-Length: 2048\r\n"
                            "Cache-Control: private, max-age=0\r\n"
                            "Set-Cookie: session=7f9c2ba4e88f827d616045507605853e; Path=/; HttpOnly; Secure\r\n"
                            "Vary: Accept-Encoding\r\n"
                            "X-Content-Type-Options: nosniff\r\n"
                            "\r\n" + QByteArray(2048, 'x');
    const QByteArray jsonBody = "{\"id\":981,\"status\":\"queued\"}";
    const QByteArray json = "HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(jsonBody.size()) + "\r\nLocation: /api/v1/orders/981\r\n\r\n" + jsonBody;
    const QByteArray notModified = "HTTP/1.1 304 Not Modified\r\nDate: Mon, 27 May 2024 12:00:00 GMT\r\n"
                                   "ETag: \"5e8f-1a2b\"\r\nCache-Control: max-age=60\r\n\r\n";
    QByteArray chunked = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n";
    for (int i = 0; i < 8; ++i)
        chunked += "40\r\n" + QByteArray(0x40, 'e') + "\r\n";
    chunked += "0\r\n\r\n";
    QByteArray corpus;
    while (corpus.size() < 4 * 1024 * 1024)
        corpus += page + json + notModified + json + chunked;
    return corpus;
}

struct Tally
{
    long long messages = 0;
    long long bodyBytes = 0;
    long long headers = 0;
};

template<typename Parser>
Tally runOurs(const QByteArray &corpus, qsizetype readSize)
{
    Parser parser;
    Tally t;
    const char *const base = corpus.constData();
    const qsizetype total = corpus.size();
    qsizetype received = std::min(readSize, total);
    qsizetype pos = 0;
    for (;;) {
        const HttpParseResult r = parser.feed(base + pos, received - pos);
        pos += r.consumed;
        switch (r.status) {
        case HttpParseStatus::HeadComplete:
            t.headers += parser.head().headers().size();
            continue;
        case HttpParseStatus::Body:
            t.bodyBytes += r.length;
            continue;
        case HttpParseStatus::MessageComplete:
            ++t.messages;
            continue;
        case HttpParseStatus::NeedMore:
            break;
        case HttpParseStatus::Tunnel:
        case HttpParseStatus::Error:
            std::fprintf(stderr, "ours: unexpected status at %lld: %s\n", (long long)pos,
                         parser.error().details().data());
            std::exit(2);
        }
        if (received == total)
            return t;
        received = std::min(total, received + readSize);
    }
}

struct PeerContext
{
    Tally tally;
    bool inValue = false; // a value callback may come in pieces when a read splits it
    std::vector<std::pair<const char *, size_t>> names;
    std::vector<std::pair<const char *, size_t>> values;
};

Tally runPeer(const QByteArray &corpus, qsizetype readSize, http_parser_type type)
{
    http_parser_settings settings;
    http_parser_settings_init(&settings);
    settings.on_message_begin = [](http_parser *p) {
        auto *c = static_cast<PeerContext *>(p->data);
        c->names.clear();
        c->values.clear();
        return 0;
    };
    settings.on_header_field = [](http_parser *p, const char *at, size_t len) {
        auto *c = static_cast<PeerContext *>(p->data);
        if (c->inValue || c->names.empty()) {
            c->names.emplace_back(at, len);
            ++c->tally.headers;
        }
        c->inValue = false;
        return 0;
    };
    settings.on_header_value = [](http_parser *p, const char *at, size_t len) {
        auto *c = static_cast<PeerContext *>(p->data);
        c->values.emplace_back(at, len);
        c->inValue = true;
        return 0;
    };
    settings.on_headers_complete = [](http_parser *p) {
        static_cast<PeerContext *>(p->data)->inValue = false;
        return 0;
    };
    settings.on_body = [](http_parser *p, const char *, size_t len) {
        static_cast<PeerContext *>(p->data)->tally.bodyBytes += (long long)len;
        return 0;
    };
    settings.on_message_complete = [](http_parser *p) {
        ++static_cast<PeerContext *>(p->data)->tally.messages;
        return 0;
    };
    PeerContext context;
    context.names.reserve(128);
    context.values.reserve(128);
    http_parser parser;
    http_parser_init(&parser, type);
    parser.data = &context;
    const char *const base = corpus.constData();
    for (qsizetype pos = 0; pos < corpus.size(); pos += readSize) {
        const size_t n = size_t(std::min(readSize, corpus.size() - pos));
        if (http_parser_execute(&parser, &settings, base + pos, n) != n) {
            std::fprintf(stderr, "http-parser: %s\n", http_errno_name(HTTP_PARSER_ERRNO(&parser)));
            std::exit(2);
        }
    }
    return context.tally;
}

// MB/s of one timed round (at least 0.2 s of repeated whole-corpus passes).
double measureOnce(const QByteArray &corpus, const std::function<Tally()> &run, Tally *tally)
{
    using Clock = std::chrono::steady_clock;
    const auto start = Clock::now();
    int iterations = 0;
    double seconds = 0;
    do {
        *tally = run();
        ++iterations;
        seconds = std::chrono::duration<double>(Clock::now() - start).count();
    } while (seconds < 0.2);
    return double(corpus.size()) * iterations / seconds / 1e6;
}

bool report(const char *name, const QByteArray &corpus, qsizetype readSize,
            const std::function<Tally()> &ours, const std::function<Tally()> &peer)
{
    // Rounds alternate between the two parsers and the best round of each counts, so that load
    // from other processes on a shared machine hits both alike instead of skewing the ratio.
    Tally oursTally;
    Tally peerTally;
    double oursRate = 0;
    double peerRate = 0;
    for (int round = 0; round < 9; ++round) {
        oursRate = std::max(oursRate, measureOnce(corpus, ours, &oursTally));
        peerRate = std::max(peerRate, measureOnce(corpus, peer, &peerTally));
    }
    const bool same = oursTally.messages == peerTally.messages && oursTally.bodyBytes == peerTally.bodyBytes
        && oursTally.headers == peerTally.headers;
    std::printf("%-10s reads of %7lld B: meshgate %7.1f MB/s  http-parser %7.1f MB/s  ratio ours/http-parser %.2f"
                "  (%lld messages, %lld body bytes%s)\n",
                name, (long long)readSize, oursRate, peerRate, oursRate / peerRate,
                (long long)oursTally.messages, (long long)oursTally.bodyBytes,
                same ? "" : "; MISMATCH between parsers");
    std::fflush(stdout);
    return same;
}

} // namespace

int main(int argc, char **argv)
{
    // Optional argument "requests" or "responses" runs one half (for profiling).
    const QByteArray only = argc > 1 ? QByteArray(argv[1]) : QByteArray();
    const unsigned long v = http_parser_version();
    std::printf("HTTP/1.1 parser throughput, meshgate vs http-parser %lu.%lu.%lu (best of 9 alternating rounds)\n",
                (v >> 16) & 255, (v >> 8) & 255, v & 255);
    const QByteArray requests = requestCorpus();
    const QByteArray responses = responseCorpus();
    std::printf("corpus: %.1f MB of requests, %.1f MB of responses\n", requests.size() / 1e6,
                responses.size() / 1e6);
    bool ok = true;
    for (qsizetype readSize : {qsizetype(1460), qsizetype(16384), requests.size()}) {
        if (only == "responses")
            break;
        ok &= report("requests", requests, readSize,
                     [&] { return runOurs<HttpRequestParser>(requests, readSize); },
                     [&] { return runPeer(requests, readSize, HTTP_REQUEST); });
    }
    for (qsizetype readSize : {qsizetype(1460), qsizetype(16384), responses.size()}) {
        if (only == "requests")
            break;
        ok &= report("responses", responses, readSize,
                     [&] { return runOurs<HttpResponseParser>(responses, readSize); },
                     [&] { return runPeer(responses, readSize, HTTP_RESPONSE); });
    }
    return ok ? 0 : 1;
}
