// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstdint>
#include <optional>

namespace meshgate {

// Envoy's %RESPONSE_FLAGS%: why a request or connection ended the way it did. A plain bitmask so a
// record carries it in four bytes; the enum order is Envoy's canonical print order
// (ResponseFlagUtils::ALL_RESPONSE_STRINGS_FLAGS), so printing walks the bits from low to high.
class ResponseFlags final
{
public:
    enum Flag : std::uint32_t {
        FailedLocalHealthCheck = 1u << 0, // LH
        NoHealthyUpstream = 1u << 1, // UH
        UpstreamRequestTimeout = 1u << 2, // UT
        LocalReset = 1u << 3, // LR
        UpstreamRemoteReset = 1u << 4, // UR
        UpstreamConnectionFailure = 1u << 5, // UF
        UpstreamConnectionTermination = 1u << 6, // UC
        UpstreamOverflow = 1u << 7, // UO
        NoRouteFound = 1u << 8, // NR
        DelayInjected = 1u << 9, // DI
        FaultInjected = 1u << 10, // FI
        RateLimited = 1u << 11, // RL
        UnauthorizedExternalService = 1u << 12, // UAEX
        RateLimitServiceError = 1u << 13, // RLSE
        DownstreamConnectionTermination = 1u << 14, // DC
        UpstreamRetryLimitExceeded = 1u << 15, // URX
        StreamIdleTimeout = 1u << 16, // SI
        InvalidEnvoyRequestHeaders = 1u << 17, // IH
        DownstreamProtocolError = 1u << 18, // DPE
        UpstreamMaxStreamDurationReached = 1u << 19, // UMSDR
        ResponseFromCacheFilter = 1u << 20, // RFCF
        NoFilterConfigFound = 1u << 21, // NFCF
        DurationTimeout = 1u << 22, // DT
        UpstreamProtocolError = 1u << 23, // UPE
        NoClusterFound = 1u << 24, // NC
        OverloadManager = 1u << 25, // OM
        DnsResolutionFailed = 1u << 26, // DF
        DropOverload = 1u << 27, // DO
    };
    static constexpr int FlagCount = 28;

    constexpr ResponseFlags() = default;
    constexpr ResponseFlags(Flag f) : m_bits(f) { }
    static constexpr ResponseFlags fromBits(std::uint32_t bits)
    {
        ResponseFlags f;
        f.m_bits = bits & ((1u << FlagCount) - 1);
        return f;
    }

    constexpr std::uint32_t bits() const { return m_bits; }
    constexpr bool isEmpty() const { return m_bits == 0; }
    constexpr bool testFlag(Flag f) const { return (m_bits & f) != 0; }
    constexpr ResponseFlags &set(Flag f)
    {
        m_bits |= f;
        return *this;
    }
    constexpr ResponseFlags &operator|=(ResponseFlags other)
    {
        m_bits |= other.m_bits;
        return *this;
    }
    friend constexpr ResponseFlags operator|(ResponseFlags a, ResponseFlags b)
    {
        return fromBits(a.m_bits | b.m_bits);
    }
    friend constexpr bool operator==(ResponseFlags a, ResponseFlags b) { return a.m_bits == b.m_bits; }
    friend constexpr bool operator!=(ResponseFlags a, ResponseFlags b) { return a.m_bits != b.m_bits; }

    // "UF,URX" in canonical order, "-" when empty.
    QByteArray toString() const;
    // Appends the same text without building a temporary.
    void appendTo(QByteArray &out) const;

    // Short name of a single flag ("UF"); empty for anything that is not exactly one flag.
    static QByteArrayView shortName(Flag f);
    // Parses "UF,URX" or "-"; nullopt on an unknown name.
    static std::optional<ResponseFlags> fromString(QByteArrayView text);

private:
    std::uint32_t m_bits = 0;
};

constexpr ResponseFlags operator|(ResponseFlags::Flag a, ResponseFlags::Flag b)
{
    return ResponseFlags(a) | ResponseFlags(b);
}

} // namespace meshgate
