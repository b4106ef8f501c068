// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/node.h"

#include <QString>
#include <QStringList>

namespace meshgate {

// The fields of one Istio API message, in the order the API declares them. The decoder uses the
// list to tell unmodelled-but-valid fields from typos, and the encoder to put every key (modelled
// or kept as an extra) in canonical order, so exporting twice gives identical bytes.
struct FieldSchema
{
    const char *message; // "VirtualService.http.match", for messages only
    QStringList fields;

    int indexOf(const QString &field) const { return int(fields.indexOf(field)); }
};

namespace schema {
extern const FieldSchema Resource;
extern const FieldSchema Metadata;
extern const FieldSchema GatewaySpec;
extern const FieldSchema Server;
extern const FieldSchema Port;
extern const FieldSchema ServerTls;
extern const FieldSchema ServiceEntrySpec;
extern const FieldSchema WorkloadEntry;
extern const FieldSchema DestinationRuleSpec;
extern const FieldSchema TrafficPolicy;
extern const FieldSchema PortTrafficPolicy;
extern const FieldSchema LoadBalancer;
extern const FieldSchema ConnectionPool;
extern const FieldSchema TcpSettings;
extern const FieldSchema HttpSettings;
extern const FieldSchema OutlierDetection;
extern const FieldSchema ClientTls;
extern const FieldSchema Subset;
extern const FieldSchema VirtualServiceSpec;
extern const FieldSchema HttpRoute;
extern const FieldSchema HttpMatch;
extern const FieldSchema StringMatch;
extern const FieldSchema HttpRouteDestination;
extern const FieldSchema Destination;
extern const FieldSchema PortSelector;
extern const FieldSchema Headers;
extern const FieldSchema HeaderOperations;
extern const FieldSchema Redirect;
extern const FieldSchema DirectResponse;
extern const FieldSchema Body;
extern const FieldSchema Rewrite;
extern const FieldSchema RegexRewrite;
extern const FieldSchema Retry;
extern const FieldSchema Fault;
extern const FieldSchema FaultDelay;
extern const FieldSchema FaultAbort;
extern const FieldSchema Percent;
extern const FieldSchema Cors;
extern const FieldSchema MirrorPolicy;
extern const FieldSchema TlsRoute;
extern const FieldSchema TcpRoute;
extern const FieldSchema TlsMatch;
extern const FieldSchema L4Match;
extern const FieldSchema RouteDestination;
} // namespace schema

// Protobuf JSON accepts the proto field name (`sni_hosts`) for `sniHosts`.
QString protoNameToJsonName(const QString &name);

// The closest field name within edit distance 2 (for "did you mean"), or empty.
QString closestField(const QString &name, const QStringList &candidates);

// Reorders a map node's entries into the schema's order; keys the schema does not know keep
// their relative order after the known ones.
void sortCanonically(Node &map, const FieldSchema &schema);

} // namespace meshgate
