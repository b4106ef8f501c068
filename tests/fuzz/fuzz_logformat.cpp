// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the access-log format parser and formatter.
//
// Input: NUL-separated parts. Part 0 is the format spec (UTF-8, may be invalid); the optional
// parts 1..5 replace the user agent, SNI, path, authority and a captured "x-fuzz" header of a
// sample record, so hostile values reach the escaping code as well.
//
// Checked beyond "does not crash": an error's offset lies inside the spec and says something;
// a formatted record is exactly one line; the JSON preset always yields a document Qt parses.
//
// Build without CMake (Debian clang 14, from the repository root):
//   clang++ -std=c++20 -g -O1 -fsanitize=fuzzer,address,undefined -fPIC -I proxycore \
//     $(pkg-config --cflags Qt6Core) tests/fuzz/fuzz_logformat.cpp \
//     proxycore/log/accesslogformatter.cpp proxycore/log/accesslogspecparser.cpp \
//     proxycore/log/responseflags.cpp proxycore/log/timestampformat.cpp \
//     $(pkg-config --libs Qt6Core) -o fuzz_logformat
//   ./fuzz_logformat -max_total_time=30 tests/fuzz/corpus/logformat

#include "log/accesslogformatter.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <variant>

using namespace meshgate;

namespace {

AccessLogRecord sampleRecord()
{
    AccessLogRecord r;
    r.startTimeMs = 1548945618645;
    r.method = "GET";
    r.path = "/status/418";
    r.protocol = "HTTP/1.1";
    r.responseCode = 418;
    r.responseFlags = ResponseFlags::UpstreamConnectionFailure
        | ResponseFlags::UpstreamRetryLimitExceeded;
    r.responseCodeDetails = "via_upstream";
    r.bytesSent = 135;
    r.durationMs = 187;
    r.upstreamServiceTimeMs = 186;
    r.xForwardedFor = "10.127.220.75";
    r.userAgent = "curl/7.54.0";
    r.requestId = "28255618-6ca5-9d91-9634-c562694a3625";
    r.authority = "httpbin.org";
    r.upstreamHost = "34.232.181.106:80";
    r.upstreamCluster = "outbound|80||httpbin.org";
    r.downstreamLocalAddress = "172.30.230.33:80";
    r.downstreamRemoteAddress = "[2001:db8::1]:52077";
    r.requestedServerName = "httpbin.org";
    r.routeName = "httpbin";
    r.requestHeaders.append(CapturedHeader{"x-fuzz", "value"});
    r.responseHeaders.append(CapturedHeader{"content-type", "text/plain"});
    return r;
}

void check(bool condition)
{
    if (!condition)
        std::abort();
}

// One record must stay one line: a single '\n', at the end.
void checkOneLine(const QByteArray &line)
{
    check(line.endsWith('\n'));
    check(line.indexOf('\n') == line.size() - 1);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const AccessLogFormatter json =
        std::get<AccessLogFormatter>(AccessLogFormatter::create(QStringLiteral("json")));

    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data),
                                                     qsizetype(size));
    const QList<QByteArray> parts = input.split('\0');

    AccessLogRecord record = sampleRecord();
    QByteArray *fields[] = {&record.userAgent, &record.requestedServerName, &record.path,
                            &record.authority, &record.requestHeaders[0].value};
    for (qsizetype i = 1; i < parts.size() && i <= qsizetype(std::size(fields)); ++i)
        *fields[i - 1] = parts[i];

    const QString spec = QString::fromUtf8(parts.value(0));
    auto result = AccessLogFormatter::create(spec);
    if (const auto *error = std::get_if<FormatError>(&result)) {
        check(error->offset >= 0 && error->offset <= spec.size());
        check(!error->message.isEmpty());
    } else {
        const AccessLogFormatter &formatter = std::get<AccessLogFormatter>(result);
        checkOneLine(formatter.format(sampleRecord()));
        checkOneLine(formatter.format(record));
        checkOneLine(formatter.format(AccessLogRecord())); // every field absent
    }

    const QByteArray line = json.format(record);
    checkOneLine(line);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    check(parseError.error == QJsonParseError::NoError && document.isObject());
    return 0;
}
