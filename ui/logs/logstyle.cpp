// SPDX-License-Identifier: GPL-3.0-or-later
#include "logs/logstyle.h"

#include <QCoreApplication>

#include <array>

namespace meshgate::logstyle {

namespace {

using F = ResponseFlags::Flag;

constexpr std::uint32_t kFailureFlags = (F::NoHealthyUpstream | F::UpstreamRequestTimeout | F::LocalReset
    | F::UpstreamRemoteReset | F::UpstreamConnectionFailure | F::UpstreamConnectionTermination
    | F::UpstreamOverflow | F::UpstreamRetryLimitExceeded | F::UpstreamProtocolError
    | F::DnsResolutionFailed | F::DownstreamProtocolError | F::StreamIdleTimeout | F::DurationTimeout).bits();
constexpr std::uint32_t kNoRouteFlags = (F::NoRouteFound | F::NoClusterFound | F::NoFilterConfigFound).bits();

// Indexed by bit position, like Envoy's flag table.
constexpr std::array<const char *, ResponseFlags::FlagCount> kDescriptions = {
    QT_TRANSLATE_NOOP("LogStyle", "failed local health check"),
    QT_TRANSLATE_NOOP("LogStyle", "no healthy upstream"),
    QT_TRANSLATE_NOOP("LogStyle", "upstream request timeout"),
    QT_TRANSLATE_NOOP("LogStyle", "local reset"),
    QT_TRANSLATE_NOOP("LogStyle", "upstream remote reset"),
    QT_TRANSLATE_NOOP("LogStyle", "upstream connection failure"),
    QT_TRANSLATE_NOOP("LogStyle", "upstream connection termination"),
    QT_TRANSLATE_NOOP("LogStyle", "upstream overflow (circuit breaker)"),
    QT_TRANSLATE_NOOP("LogStyle", "no route found"),
    QT_TRANSLATE_NOOP("LogStyle", "delay injected"),
    QT_TRANSLATE_NOOP("LogStyle", "fault injected"),
    QT_TRANSLATE_NOOP("LogStyle", "rate limited"),
    QT_TRANSLATE_NOOP("LogStyle", "unauthorized by external service"),
    QT_TRANSLATE_NOOP("LogStyle", "rate limit service error"),
    QT_TRANSLATE_NOOP("LogStyle", "downstream connection termination"),
    QT_TRANSLATE_NOOP("LogStyle", "upstream retry limit exceeded"),
    QT_TRANSLATE_NOOP("LogStyle", "stream idle timeout"),
    QT_TRANSLATE_NOOP("LogStyle", "invalid Envoy request headers"),
    QT_TRANSLATE_NOOP("LogStyle", "downstream protocol error"),
    QT_TRANSLATE_NOOP("LogStyle", "upstream max stream duration reached"),
    QT_TRANSLATE_NOOP("LogStyle", "response from cache filter"),
    QT_TRANSLATE_NOOP("LogStyle", "no filter config found"),
    QT_TRANSLATE_NOOP("LogStyle", "duration timeout"),
    QT_TRANSLATE_NOOP("LogStyle", "upstream protocol error"),
    QT_TRANSLATE_NOOP("LogStyle", "no cluster found"),
    QT_TRANSLATE_NOOP("LogStyle", "overload manager"),
    QT_TRANSLATE_NOOP("LogStyle", "DNS resolution failed"),
    QT_TRANSLATE_NOOP("LogStyle", "dropped by overload"),
};

} // namespace

QColor statusColor(int responseCode, ResponseFlags flags)
{
    if (responseCode >= 500 || (flags.bits() & kFailureFlags))
        return QColor(0xc6, 0x28, 0x28);
    if (responseCode >= 400)
        return QColor(0xb2, 0x6a, 0x00);
    if (responseCode >= 300)
        return QColor(0x15, 0x65, 0xc0);
    if (responseCode >= 200)
        return QColor(0x2e, 0x7d, 0x32);
    return {};
}

QColor rowTint(int responseCode, ResponseFlags flags)
{
    if (flags.bits() & kNoRouteFlags)
        return QColor(255, 179, 0, 56);
    if (responseCode >= 500 || (flags.bits() & kFailureFlags))
        return QColor(229, 57, 53, 48);
    return {};
}

QString describeFlags(ResponseFlags flags)
{
    QStringList lines;
    for (int bit = 0; bit < ResponseFlags::FlagCount; ++bit) {
        const auto f = ResponseFlags::Flag(1u << bit);
        if (flags.testFlag(f))
            lines.append(QStringLiteral("%1: %2").arg(QString::fromLatin1(ResponseFlags::shortName(f)),
                                                      QCoreApplication::translate("LogStyle", kDescriptions[std::size_t(bit)])));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace meshgate::logstyle
