// SPDX-License-Identifier: GPL-3.0-or-later
#include "routing/clusterbuilder.h"

#include "config/duration.h"
#include "routing/hostmatch.h"

#include <QCoreApplication>

namespace meshgate {

namespace {

// Gives the free functions here a translation context lupdate can see.
struct ClusterBuilderText
{
    Q_DECLARE_TR_FUNCTIONS(ClusterBuilder)
};

std::optional<Millis> millis(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    const auto us = parseDuration(text);
    if (!us)
        return std::nullopt;
    return std::chrono::duration_cast<Millis>(*us);
}

// The four policy parts Istio overrides as whole units (MergeTrafficPolicy).
struct EffectivePolicy
{
    std::optional<LoadBalancerSettings> loadBalancer;
    std::optional<ConnectionPoolSettings> connectionPool;
    std::optional<OutlierDetection> outlierDetection;
    std::optional<ClientTlsSettings> tls;

    // Fields set in `p` replace ours; then a portLevelSettings entry for `port` replaces all four,
    // including with "unset" (port-level settings do not inherit).
    void overlay(const TrafficPolicy &p, int port)
    {
        if (p.loadBalancer)
            loadBalancer = p.loadBalancer;
        if (p.connectionPool)
            connectionPool = p.connectionPool;
        if (p.outlierDetection)
            outlierDetection = p.outlierDetection;
        if (p.tls)
            tls = p.tls;
        for (const PortTrafficPolicy &pl : p.portLevelSettings) {
            if (pl.port.number && *pl.port.number == port) {
                loadBalancer = pl.loadBalancer;
                connectionPool = pl.connectionPool;
                outlierDetection = pl.outlierDetection;
                tls = pl.tls;
                break;
            }
        }
    }
};

bool labelsContain(const StringMap &labels, const StringMap &selector)
{
    for (auto it = selector.cbegin(); it != selector.cend(); ++it) {
        const auto found = labels.constFind(it.key());
        if (found == labels.cend() || *found != it.value())
            return false;
    }
    return true;
}

} // namespace

ClusterBuilder::ClusterBuilder(const ConfigSet &config, QStringList *warnings)
    : m_config(config), m_warnings(warnings)
{
    auto special = [&](const char *name, Cluster::Discovery discovery) {
        Cluster c;
        c.name = name;
        c.discovery = discovery;
        m_clusters.push_back(std::move(c));
        m_byName.insert(name, int(m_clusters.size() - 1));
        return int(m_clusters.size() - 1);
    };
    m_passthrough = special("PassthroughCluster", Cluster::Discovery::OriginalDst);
    m_blackHole = special("BlackHoleCluster", Cluster::Discovery::BlackHole);
}

QByteArray ClusterBuilder::clusterName(quint16 port, const QString &subset, const QString &host)
{
    return "outbound|" + QByteArray::number(port) + '|' + subset.toUtf8() + '|' + host.toLower().toUtf8();
}

void ClusterBuilder::warnOnce(const QString &text)
{
    if (m_warnings && !m_warnings->contains(text))
        m_warnings->append(text);
}

ClusterBuilder::Service ClusterBuilder::findService(const QString &host) const
{
    // Exact names first; a wildcard ServiceEntry host then stands for the concrete names it covers,
    // the most specific one winning.
    for (const Resource *r : m_config.ofKind<ServiceEntrySpec>())
        for (const QString &h : r->as<ServiceEntrySpec>()->hosts)
            if (h.compare(host, Qt::CaseInsensitive) == 0)
                return {r->as<ServiceEntrySpec>(), h};
    Service best;
    for (const Resource *r : m_config.ofKind<ServiceEntrySpec>())
        for (const QString &h : r->as<ServiceEntrySpec>()->hosts)
            if (hostmatch::isWildcard(h) && hostmatch::matches(h, host) && (!best.spec || h.size() > best.host.size()))
                best = {r->as<ServiceEntrySpec>(), h};
    return best;
}

const ClusterBuilder::MergedRule &ClusterBuilder::ruleFor(const QString &host)
{
    const QString key = host.toLower();
    auto it = m_rules.constFind(key);
    if (it != m_rules.constEnd())
        return *it;

    // An exact rule beats any wildcard; among wildcards the longest (most specific) wins. All
    // rules written for that same host then merge in config order.
    QString chosen;
    for (const Resource *r : m_config.ofKind<DestinationRuleSpec>()) {
        const QString &h = r->as<DestinationRuleSpec>()->host;
        if (h.compare(host, Qt::CaseInsensitive) == 0) {
            chosen = h.toLower();
            break;
        }
        if (hostmatch::isWildcard(h) && hostmatch::matches(h, host) && h.size() > chosen.size())
            chosen = h.toLower();
    }
    MergedRule merged;
    merged.host = chosen;
    if (!chosen.isEmpty()) {
        for (const Resource *r : m_config.ofKind<DestinationRuleSpec>()) {
            const DestinationRuleSpec &dr = *r->as<DestinationRuleSpec>();
            if (dr.host.toLower() != chosen)
                continue;
            if (!merged.policy && dr.trafficPolicy)
                merged.policy = &*dr.trafficPolicy;
            for (const Subset &s : dr.subsets) {
                const bool known = std::any_of(merged.subsets.begin(), merged.subsets.end(),
                                               [&](const Subset *k) { return k->name == s.name; });
                if (!known)
                    merged.subsets.push_back(&s);
            }
        }
    }
    return *m_rules.insert(key, merged);
}

int ClusterBuilder::resolve(const Destination &destination, quint16 fallbackPort, QString *problem)
{
    const Service service = findService(destination.host);
    if (!service.spec) {
        if (problem)
            *problem = ClusterBuilderText::tr("host \"%1\" is not in the service registry (no ServiceEntry defines it)").arg(destination.host);
        return -1;
    }
    int port = fallbackPort;
    if (destination.hasPort && destination.port.number)
        port = *destination.port.number;
    else if (service.spec->ports.size() == 1 && service.spec->ports.front().number)
        port = *service.spec->ports.front().number;
    const auto sp = std::find_if(service.spec->ports.begin(), service.spec->ports.end(),
                                 [&](const ServicePort &p) { return p.number && *p.number == port; });
    if (sp == service.spec->ports.end()) {
        if (problem)
            *problem = ClusterBuilderText::tr("port %1 is not a port of ServiceEntry host \"%2\"").arg(port).arg(destination.host);
        return -1;
    }
    return build(destination.host, service, *sp, destination.subset, problem);
}

int ClusterBuilder::build(const QString &host, const Service &service, const ServicePort &sp, const QString &subset,
                           QString *problem)
{
    const quint16 port = quint16(*sp.number);
    const QByteArray name = clusterName(port, subset, host);
    if (auto it = m_byName.constFind(name); it != m_byName.constEnd())
        return *it;

    const MergedRule &rule = ruleFor(host);
    const Subset *subsetRule = nullptr;
    if (!subset.isEmpty()) {
        for (const Subset *s : rule.subsets)
            if (s->name == subset)
                subsetRule = s;
        if (!subsetRule) {
            if (problem)
                *problem = ClusterBuilderText::tr("subset \"%1\" of host \"%2\" is not defined by any DestinationRule").arg(subset, host);
            return -1;
        }
    }

    const ServiceEntrySpec &se = *service.spec;
    Cluster c;
    c.name = name;
    c.host = host.toLower();
    c.destinationService = c.host.toUtf8();
    c.port = port;
    c.subset = subset;
    c.protocol = sp.protocol.toUpper();
    const QString resolution = se.resolution.isEmpty() ? QStringLiteral("NONE") : se.resolution.toUpper();
    if (resolution == u"STATIC")
        c.discovery = Cluster::Discovery::Static;
    else if (resolution == u"DNS")
        c.discovery = Cluster::Discovery::Dns;
    else if (resolution == u"DNS_ROUND_ROBIN")
        c.discovery = Cluster::Discovery::DnsRoundRobin;
    else
        c.discovery = Cluster::Discovery::None;

    const quint16 targetPort = quint16(sp.targetPort.value_or(port));
    if (c.discovery != Cluster::Discovery::None) {
        if (!se.endpoints.empty()) {
            for (const WorkloadEntry &we : se.endpoints) {
                Endpoint e;
                e.address = we.address;
                e.port = quint16(we.ports.value(sp.name, targetPort));
                e.weight = we.weight.value_or(0) > 0 ? *we.weight : 1;
                e.labels = we.labels;
                c.endpoints.push_back(std::move(e));
            }
        } else if (c.discovery != Cluster::Discovery::Static) {
            // DNS without endpoints resolves the host itself.
            c.endpoints.push_back(Endpoint{host.toLower(), targetPort, 1, {}});
        }
    }
    if (subsetRule) {
        std::erase_if(c.endpoints, [&](const Endpoint &e) { return !labelsContain(e.labels, subsetRule->labels); });
    }
    c.policy = policyFor(rule, subsetRule, port, QString::fromUtf8(name));

    m_clusters.push_back(std::move(c));
    m_byName.insert(name, int(m_clusters.size() - 1));
    return int(m_clusters.size() - 1);
}

ClusterPolicy ClusterBuilder::policyFor(const MergedRule &rule, const Subset *subset, int port,
                                         const QString &clusterName)
{
    EffectivePolicy eff;
    if (rule.policy)
        eff.overlay(*rule.policy, port);
    if (subset && subset->trafficPolicy)
        eff.overlay(*subset->trafficPolicy, port);

    ClusterPolicy out;
    auto badDuration = [&](const QString &field, const QString &value) {
        warnOnce(ClusterBuilderText::tr("%1: %2 \"%3\" is not a duration; using the default").arg(clusterName, field, value));
    };
    if (eff.loadBalancer) {
        const QString simple = eff.loadBalancer->simple.toUpper();
        if (simple == u"ROUND_ROBIN")
            out.loadBalancer = ClusterPolicy::LoadBalancer::RoundRobin;
        else if (simple == u"RANDOM")
            out.loadBalancer = ClusterPolicy::LoadBalancer::Random;
        else if (simple == u"PASSTHROUGH")
            warnOnce(ClusterBuilderText::tr("%1: loadBalancer PASSTHROUGH needs an original destination; using LEAST_REQUEST").arg(clusterName));
        for (const auto &[key, value] : eff.loadBalancer->extras)
            if (key == u"consistentHash")
                warnOnce(ClusterBuilderText::tr("%1: consistentHash load balancing is not supported; using %2")
                             .arg(clusterName, simple.isEmpty() ? QStringLiteral("LEAST_REQUEST") : simple));
    }
    if (eff.connectionPool) {
        if (const auto &tcp = eff.connectionPool->tcp) {
            if (tcp->maxConnections && *tcp->maxConnections > 0)
                out.maxConnections = *tcp->maxConnections;
            if (!tcp->connectTimeout.isEmpty()) {
                if (auto d = millis(tcp->connectTimeout))
                    out.connectTimeout = *d;
                else
                    badDuration(QStringLiteral("connectTimeout"), tcp->connectTimeout);
            }
            if (!tcp->idleTimeout.isEmpty()) {
                if (auto d = millis(tcp->idleTimeout))
                    out.tcpIdleTimeout = *d;
                else
                    badDuration(QStringLiteral("tcp.idleTimeout"), tcp->idleTimeout);
            }
        }
        if (const auto &http = eff.connectionPool->http) {
            if (http->maxRequestsPerConnection)
                out.maxRequestsPerConnection = std::max(0, *http->maxRequestsPerConnection);
            if (!http->idleTimeout.isEmpty()) {
                if (auto d = millis(http->idleTimeout))
                    out.idleTimeout = *d;
                else
                    badDuration(QStringLiteral("http.idleTimeout"), http->idleTimeout);
            }
        }
    }
    if (const auto &od = eff.outlierDetection) {
        out.outlier.enabled = true;
        if (od->consecutive5xxErrors)
            out.outlier.consecutive5xxErrors = *od->consecutive5xxErrors;
        if (od->consecutiveGatewayErrors)
            out.outlier.consecutiveGatewayErrors = *od->consecutiveGatewayErrors;
        if (auto d = millis(od->interval))
            out.outlier.interval = *d;
        if (auto d = millis(od->baseEjectionTime))
            out.outlier.baseEjectionTime = *d;
        if (od->maxEjectionPercent)
            out.outlier.maxEjectionPercent = *od->maxEjectionPercent;
    }
    if (const auto &tls = eff.tls) {
        const QString mode = tls->mode.toUpper();
        UpstreamTlsPolicy &t = out.tls;
        if (mode == u"SIMPLE")
            t.mode = UpstreamTlsPolicy::Mode::Simple;
        else if (mode == u"MUTUAL")
            t.mode = UpstreamTlsPolicy::Mode::Mutual;
        else if (mode == u"ISTIO_MUTUAL")
            t.mode = UpstreamTlsPolicy::Mode::IstioMutual;
        t.sni = tls->sni;
        t.caCertificates = tls->caCertificates;
        t.clientCertificate = tls->clientCertificate;
        t.privateKey = tls->privateKey;
        t.insecureSkipVerify = tls->insecureSkipVerify.value_or(false);
        t.subjectAltNames = tls->subjectAltNames;
        t.caCrl = tls->caCrl;
        if (!tls->credentialName.isEmpty())
            warnOnce(ClusterBuilderText::tr("%1: tls.credentialName refers to a Kubernetes secret; set clientCertificate/privateKey/"
                        "caCertificates file paths instead")
                         .arg(clusterName));
        if (t.mode == UpstreamTlsPolicy::Mode::IstioMutual)
            warnOnce(ClusterBuilderText::tr("%1: tls mode ISTIO_MUTUAL needs mesh certificates; Meshgate has none").arg(clusterName));
    }
    return out;
}

void ClusterBuilder::addRegistryClusters()
{
    for (const Resource *r : m_config.ofKind<ServiceEntrySpec>()) {
        const ServiceEntrySpec &se = *r->as<ServiceEntrySpec>();
        for (const QString &h : se.hosts) {
            if (hostmatch::isWildcard(h) || findService(h).spec != &se)
                continue; // wildcard hosts only get clusters for the names routes use; first SE wins
            for (const ServicePort &p : se.ports)
                if (p.number && *p.number > 0 && *p.number <= 65535)
                    build(h, Service{&se, h}, p, QString(), nullptr);
        }
    }
}

} // namespace meshgate
