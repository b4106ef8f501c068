// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routing/routetable.h"

#include <QHash>
#include <QStringList>

namespace meshgate {

// Turns destinations (host, port, subset) into clusters built from the ServiceEntry registry and
// the DestinationRules, creating each `outbound|port|subset|host` cluster once. (Compile time
// only; the engine's runtime ClusterRegistry is a different class, and two classes of one name in
// one namespace made the linker run this one's inline destructor for the engine's.)
class ClusterBuilder final
{
public:
    ClusterBuilder(const ConfigSet &config, QStringList *warnings);

    // Index of the cluster for `destination`, or -1 when the host is not in the registry, the port
    // is not one of its ports, or the subset is not defined (the engine answers 503 NC). The port
    // is destination.port, else the ServiceEntry's single port, else `fallbackPort`.
    int resolve(const Destination &destination, quint16 fallbackPort, QString *problem = nullptr);

    // Clusters for every concrete ServiceEntry host and port (what the mesh uses for registry hosts
    // no VirtualService routes), plus PassthroughCluster and BlackHoleCluster.
    void addRegistryClusters();
    int passthroughCluster() const { return m_passthrough; }
    int blackHoleCluster() const { return m_blackHole; }

    std::vector<Cluster> takeClusters() { return std::move(m_clusters); }
    QHash<QByteArray, int> takeIndex() { return std::move(m_byName); }

    static QByteArray clusterName(quint16 port, const QString &subset, const QString &host);

private:
    struct Service
    {
        const ServiceEntrySpec *spec = nullptr;
        QString host; // as in the ServiceEntry (may be a wildcard)
    };
    // The DestinationRules that apply to one host, merged as Istio merges several rules.
    struct MergedRule
    {
        const TrafficPolicy *policy = nullptr; // first top-level policy wins
        std::vector<const Subset *> subsets;   // first definition of a name wins
        QString host;
    };

    Service findService(const QString &host) const;
    const MergedRule &ruleFor(const QString &host);
    int build(const QString &host, const Service &service, const ServicePort &port, const QString &subset,
              QString *problem);
    ClusterPolicy policyFor(const MergedRule &rule, const Subset *subset, int port, const QString &clusterName);
    void warnOnce(const QString &text);

    const ConfigSet &m_config;
    QStringList *m_warnings;
    std::vector<Cluster> m_clusters;
    QHash<QByteArray, int> m_byName;
    QHash<QString, MergedRule> m_rules; // by lower-case host
    int m_passthrough = -1;
    int m_blackHole = -1;
};

} // namespace meshgate
