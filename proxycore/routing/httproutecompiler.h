// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routing/routetable.h"

#include <QStringList>

namespace meshgate {

class ClusterBuilder;

// Where a VirtualService's HTTP routes are being compiled for.
struct HttpRouteContext
{
    const Resource *virtualService = nullptr;
    quint16 gatewayPort = 0; // 0 for the mesh
    bool mesh = false;
    bool tlsListener = false;           // HTTPS terminate: redirects default to https
    QStringList gateways;               // qualified gateways this is built for ("mesh" for the mesh)
    quint16 fallbackDestinationPort = 80; // when neither destination nor ServiceEntry fix the port
};

// One compiled route of a VirtualService. A route whose catch-all block follows specific blocks is
// split in two parts (as Istio emits one Envoy route per block), so the catch-all part alone moves
// behind other VirtualServices' routes.
struct CompiledRouteEntry
{
    CompiledHttpRoute route;
    bool catchAll = false;
    bool applicable = true; // some block can match in this context (gateway, port); kept for explain either way
    int key = 0; // identifies the entry within its VirtualService (for merging identical virtual hosts)
};

class HttpRouteCompiler final
{
public:
    HttpRouteCompiler(ClusterBuilder &clusters, QStringList *warnings);

    // The routes in order; routes after a catch-all are dropped, as Istio drops them.
    std::vector<CompiledRouteEntry> compile(const HttpRouteContext &context);
    // Whether any entry can match: Istio leaves a VirtualService without such routes out of the
    // context entirely, so its hosts fall through to other virtual hosts.
    static bool anyApplicable(const std::vector<CompiledRouteEntry> &entries);

    // Retry policy of a route (Istio's default when `retries` is absent).
    static RetryPolicy retryPolicy(const std::optional<HttpRetry> &retries, QString *problem = nullptr);
    // Fault policy, or nullopt when neither a usable delay nor abort is configured.
    static std::optional<FaultPolicy> faultPolicy(const HttpFaultInjection &fault, QStringList *problems = nullptr);

private:
    CompiledMatch compileMatch(const HttpMatchRequest &m, int index, const QString &ns, const QString &where);
    HeaderOps headerOps(const HeaderOperations &ops, QByteArray *authority) const;
    void compileActions(const HttpRoute &in, CompiledHttpRoute &out, const HttpRouteContext &ctx, const QString &where);
    bool isApplicable(const CompiledMatch &m, const HttpRouteContext &ctx) const;
    static bool isCatchAllBlock(const CompiledMatch &m);
    void warn(const QString &text);

    ClusterBuilder &m_clusters;
    QStringList *m_warnings;
};

} // namespace meshgate
