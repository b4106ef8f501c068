// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the TLS inspector, which parses hostile bytes on every TLS connection.
// Seed corpus: tests/fuzz/corpus/clienthello/ (the captures from tests/tls/data/).
// Stand-alone build and run, without the rest of the core:
//   clang++ -std=c++20 -O1 -g -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
//     -I proxycore $(pkg-config --cflags Qt6Core) -fPIC tests/fuzz/fuzz_clienthello.cpp \
//     proxycore/tls/clienthelloparser.cpp $(pkg-config --libs Qt6Core) -o fuzz_clienthello
//   mkdir -p /tmp/chwork && ./fuzz_clienthello /tmp/chwork tests/fuzz/corpus/clienthello -max_total_time=30
#include "tls/clienthelloparser.h"

#include <cstddef>
#include <cstdint>

using meshgate::ClientHelloInfo;
using meshgate::ClientHelloParser;
using Status = ClientHelloInfo::Status;

namespace {

bool isCleanHostName(const QByteArray &sni)
{
    for (char c : sni) {
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.'))
            return false;
    }
    return true;
}

} // namespace

// Beyond "no crash", checks the promises the listener relies on; a broken one traps, so libFuzzer
// keeps the input as a crash.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto *bytes = reinterpret_cast<const char *>(data);
    const auto length = qsizetype(size);
    const ClientHelloInfo info = ClientHelloParser::parse(bytes, length);

    switch (info.status) {
    case Status::Done:
        if (info.helloBytes <= 0 || info.helloBytes > length || !isCleanHostName(info.sni))
            __builtin_trap();
        // the hello delimits itself, and every shorter prefix of it is still Incomplete
        if (ClientHelloParser::parse(bytes, info.helloBytes).sni != info.sni)
            __builtin_trap();
        if (ClientHelloParser::parse(bytes, info.helloBytes - 1).status != Status::Incomplete
            || ClientHelloParser::parse(bytes, info.helloBytes / 2).status != Status::Incomplete)
            __builtin_trap();
        break;
    case Status::Incomplete:
        if (length > ClientHelloParser::kMaxBufferedBytes)
            __builtin_trap();
        break;
    case Status::NotTls:
    case Status::Malformed:
    case Status::TooLarge:
        if (info.error.isEmpty() || !info.sni.isEmpty())
            __builtin_trap();
        break;
    }

    // The session stops reading at the first verdict, so a verdict on a prefix must not change
    // when more bytes arrive.
    const Status early = ClientHelloParser::parse(bytes, length / 2).status;
    if (early != Status::Incomplete && early != info.status)
        __builtin_trap();
    return 0;
}
