// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace meshgate::hostmatch {

// Host-name semantics of Istio's pkg/config/host. All comparisons are case-insensitive.
// `*.x.com` covers any depth under x.com but not x.com itself; `*` covers everything.

bool isWildcard(QStringView host);

// Whether the two names can describe the same host (either direction).
bool overlaps(QStringView a, QStringView b);

// Whether every host `a` describes is also described by `b` (one-way).
bool subsetOf(QStringView a, QStringView b);

// The more specific of two overlapping names (`*.foo.com` and `a.foo.com` give `a.foo.com`),
// or an empty string when they do not overlap.
QString intersect(QStringView a, QStringView b);

// Whether `host` (a concrete name, no wildcard, port already stripped) is matched by `pattern`.
bool matches(QStringView pattern, QStringView host);

// Strips ":port" from a Host header value, keeping IPv6 brackets intact ("[::1]:80" -> "[::1]").
QStringView stripPort(QStringView hostHeader);

enum class SyntaxError { None, Empty, PartialWildcard, ShortName, InvalidCharacters, TooLong };
// Checks a gateway/virtual-service host name (without the `ns/` part). `allowShortNames` is true
// for VirtualService hosts, which may be short Kubernetes service names.
SyntaxError checkSyntax(QStringView host, bool allowShortNames);
QString describe(SyntaxError error);

bool isIpAddress(QStringView text);

} // namespace meshgate::hostmatch
