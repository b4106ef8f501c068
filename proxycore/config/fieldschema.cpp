// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/fieldschema.h"

#include <algorithm>
#include <vector>

namespace meshgate {

namespace schema {
// Orders follow the declarations in istio/api networking/v1alpha3/*.proto.
const FieldSchema Resource{"resource", {"apiVersion", "kind", "metadata", "spec"}};
const FieldSchema Metadata{"metadata", {"name", "generateName", "namespace", "labels", "annotations"}};
const FieldSchema GatewaySpec{"Gateway.spec", {"servers", "selector"}};
const FieldSchema Server{"Gateway.spec.servers", {"port", "bind", "hosts", "tls", "defaultEndpoint", "name"}};
const FieldSchema Port{"port", {"number", "protocol", "name", "targetPort"}};
const FieldSchema ServerTls{"Gateway.spec.servers.tls",
                            {"httpsRedirect", "mode", "serverCertificate", "privateKey", "caCertificates", "caCrl",
                             "credentialName", "credentialNames", "tlsCertificates", "caCertCredentialName",
                             "subjectAltNames", "verifyCertificateSpki", "verifyCertificateHash",
                             "minProtocolVersion", "maxProtocolVersion", "cipherSuites", "insecureSkipVerify"}};
const FieldSchema ServiceEntrySpec{"ServiceEntry.spec",
                                   {"hosts", "addresses", "ports", "location", "resolution", "endpoints",
                                    "workloadSelector", "exportTo", "subjectAltNames"}};
const FieldSchema WorkloadEntry{"ServiceEntry.spec.endpoints",
                                {"address", "ports", "labels", "network", "locality", "weight", "serviceAccount"}};
const FieldSchema DestinationRuleSpec{"DestinationRule.spec",
                                      {"host", "trafficPolicy", "subsets", "exportTo", "workloadSelector"}};
const FieldSchema TrafficPolicy{"trafficPolicy",
                                {"loadBalancer", "connectionPool", "outlierDetection", "tls", "portLevelSettings",
                                 "tunnel", "proxyProtocol", "retryBudget"}};
const FieldSchema PortTrafficPolicy{"portLevelSettings",
                                    {"port", "loadBalancer", "connectionPool", "outlierDetection", "tls"}};
const FieldSchema LoadBalancer{"loadBalancer",
                               {"simple", "consistentHash", "localityLbSetting", "warmupDurationSecs", "warmup",
                                "zoneAwareLbSetting"}};
const FieldSchema ConnectionPool{"connectionPool", {"tcp", "http"}};
const FieldSchema TcpSettings{"connectionPool.tcp",
                              {"maxConnections", "connectTimeout", "tcpKeepalive", "maxConnectionDuration",
                               "idleTimeout"}};
const FieldSchema HttpSettings{"connectionPool.http",
                               {"http1MaxPendingRequests", "http2MaxRequests", "maxRequestsPerConnection",
                                "maxRetries", "idleTimeout", "h2UpgradePolicy", "useClientProtocol",
                                "maxConcurrentStreams", "http2KeepAlive"}};
const FieldSchema OutlierDetection{"outlierDetection",
                                   {"splitExternalLocalOriginErrors", "consecutiveLocalOriginFailures",
                                    "consecutiveGatewayErrors", "consecutive5xxErrors", "interval",
                                    "baseEjectionTime", "maxEjectionPercent", "minHealthPercent",
                                    "consecutiveErrors", "outlierDetectionHttpErrorCodes"}};
const FieldSchema ClientTls{"tls",
                            {"mode", "clientCertificate", "privateKey", "caCertificates", "credentialName",
                             "subjectAltNames", "sni", "insecureSkipVerify", "caCrl"}};
const FieldSchema Subset{"subsets", {"name", "labels", "trafficPolicy"}};
const FieldSchema VirtualServiceSpec{"VirtualService.spec", {"hosts", "gateways", "http", "tls", "tcp", "exportTo"}};
const FieldSchema HttpRoute{"VirtualService.spec.http",
                            {"name", "match", "route", "redirect", "directResponse", "delegate", "rewrite", "timeout",
                             "retries", "fault", "mirror", "mirrors", "mirrorPercent", "mirror_percent",
                             "mirrorPercentage", "corsPolicy", "headers"}};
const FieldSchema HttpMatch{"http.match",
                            {"name", "uri", "scheme", "method", "authority", "headers", "port", "sourceLabels",
                             "gateways", "queryParams", "ignoreUriCase", "withoutHeaders", "sourceNamespace",
                             "statPrefix"}};
const FieldSchema StringMatch{"StringMatch", {"exact", "prefix", "regex"}};
const FieldSchema HttpRouteDestination{"http.route", {"destination", "weight", "headers"}};
const FieldSchema Destination{"destination", {"host", "subset", "port"}};
const FieldSchema PortSelector{"port", {"number"}};
const FieldSchema Headers{"headers", {"request", "response"}};
const FieldSchema HeaderOperations{"headers", {"set", "add", "remove"}};
const FieldSchema Redirect{"redirect",
                           {"uri", "prefixRewrite", "authority", "port", "derivePort", "scheme", "redirectCode"}};
const FieldSchema DirectResponse{"directResponse", {"status", "body"}};
const FieldSchema Body{"directResponse.body", {"string", "bytes"}};
const FieldSchema Rewrite{"rewrite", {"uri", "authority", "uriRegexRewrite"}};
const FieldSchema RegexRewrite{"uriRegexRewrite", {"match", "rewrite"}};
const FieldSchema Retry{"retries",
                        {"attempts", "perTryTimeout", "retryOn", "retryRemoteLocalities", "retryIgnorePreviousHosts",
                         "backoff"}};
const FieldSchema Fault{"fault", {"delay", "abort"}};
const FieldSchema FaultDelay{"fault.delay", {"fixedDelay", "exponentialDelay", "percentage", "percent"}};
const FieldSchema FaultAbort{"fault.abort", {"httpStatus", "grpcStatus", "http2Error", "percentage"}};
const FieldSchema Percent{"percentage", {"value"}};
const FieldSchema Cors{"corsPolicy",
                       {"allowOrigin", "allowOrigins", "allowMethods", "allowHeaders", "exposeHeaders", "maxAge",
                        "allowCredentials", "unmatchedPreflights"}};
const FieldSchema MirrorPolicy{"mirrors", {"destination", "percentage"}};
const FieldSchema TlsRoute{"VirtualService.spec.tls", {"match", "route"}};
const FieldSchema TcpRoute{"VirtualService.spec.tcp", {"match", "route"}};
const FieldSchema TlsMatch{"tls.match",
                           {"sniHosts", "destinationSubnets", "port", "sourceLabels", "gateways", "sourceNamespace"}};
const FieldSchema L4Match{"tcp.match",
                          {"destinationSubnets", "port", "sourceSubnet", "sourceLabels", "gateways",
                           "sourceNamespace"}};
const FieldSchema RouteDestination{"route", {"destination", "weight"}};
} // namespace schema

QString protoNameToJsonName(const QString &name)
{
    QString out;
    out.reserve(name.size());
    bool upper = false;
    for (QChar c : name) {
        if (c == QLatin1Char('_')) {
            upper = true;
            continue;
        }
        out += upper ? c.toUpper() : c;
        upper = false;
    }
    return out;
}

static int editDistance(const QString &a, const QString &b)
{
    std::vector<int> prev(b.size() + 1), cur(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        prev[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        cur[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int cost = a[i - 1].toLower() == b[j - 1].toLower() ? 0 : 1;
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
        }
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

QString closestField(const QString &name, const QStringList &candidates)
{
    QString best;
    int bestDistance = 3;
    for (const QString &c : candidates) {
        if (c.contains(QLatin1Char('_')))
            continue;
        const int d = editDistance(name, c);
        if (d < bestDistance) {
            bestDistance = d;
            best = c;
        }
    }
    return best;
}

void sortCanonically(Node &map, const FieldSchema &schema)
{
    if (!map.isMap())
        return;
    std::vector<std::pair<QString, Node>> entries = map.entries();
    std::stable_sort(entries.begin(), entries.end(), [&](const auto &a, const auto &b) {
        int ia = schema.indexOf(a.first), ib = schema.indexOf(b.first);
        if (ia < 0)
            ia = int(schema.fields.size());
        if (ib < 0)
            ib = int(schema.fields.size());
        return ia < ib;
    });
    Node sorted = Node::map();
    sorted.setPos(map.pos());
    for (auto &[k, v] : entries) {
        const SourcePos kp = map.keyPos(k);
        sorted.insert(k, std::move(v), kp);
    }
    map = std::move(sorted);
}

} // namespace meshgate
