// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routing/routetable.h"

#include <QByteArrayView>
#include <QStringList>
#include <QVarLengthArray>

namespace meshgate {

// One HTTP request as the route matcher sees it: views into the engine's own buffers, nothing copied.
struct RequestView
{
    QByteArrayView authority; // the raw Host / :authority value (port included)
    QByteArrayView method;
    QByteArrayView path;  // without the query
    QByteArrayView query; // after '?', empty when there is none
    QByteArrayView scheme;
    quint16 gatewayPort = 0;
    RouteTable::HeaderLookup headers = nullptr;
    const void *headersContext = nullptr;

    static RequestView fromPathWithQuery(QByteArrayView pathWithQuery);
};

// Evaluates route conditions. The same code serves the request path (no `why`, stops at the first
// failing condition, allocates nothing for exact/prefix/present matchers) and explain (fills `why`
// with every failing condition, or with what matched).
class RouteMatcher final
{
public:
    // `vhostGateways`: the qualified gateways of the virtual host ("mesh" for the mesh).
    // `ownNamespace`: the VirtualService's namespace, so explain can print gateways as written.
    static bool matches(const CompiledMatch &match, const QStringList &vhostGateways, const RequestView &request,
                        QStringList *why = nullptr, const QString &ownNamespace = QString());

    // First block that matches, or -1 (a route without blocks matches with 0).
    static int firstMatchingBlock(const CompiledHttpRoute &route, const QStringList &vhostGateways,
                                  const RequestView &request);

    // Percent-decoded value of the first query parameter `name` ("a=1&b" gives "" for b).
    // Returns false when the parameter is absent. `buffer` holds the decoded bytes when needed.
    static bool queryParameter(QByteArrayView query, QByteArrayView name, QByteArrayView *value,
                               QVarLengthArray<char, 256> *buffer);

    // "ns/proxy" -> "proxy" when ns is `ownNamespace`; "mesh" stays.
    static QString displayGateway(const QString &qualified, const QString &ownNamespace);
};

} // namespace meshgate
