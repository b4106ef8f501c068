// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/endpointselector.h"
#include "engine/transport.h"
#include "routing/routetable.h"

#include <QHash>
#include <QObject>
#include <QSslConfiguration>
#include <QTimer>

#include <memory>
#include <unordered_map>
#include <vector>

namespace meshgate {

class ClusterRuntime;
class RevocationCheck;

// One connection to an upstream endpoint, owned by a session while in use and by the pool while
// idle. Counts against its cluster's maxConnections for its whole life.
class UpstreamConnection final
{
    Q_DISABLE_COPY_MOVE(UpstreamConnection)
public:
    UpstreamConnection(std::unique_ptr<Transport> transport, QByteArray poolKey, QByteArray endpoint,
                       std::shared_ptr<ClusterRuntime> runtime);
    ~UpstreamConnection();

    Transport *transport() const { return m_transport.get(); }
    const QByteArray &poolKey() const { return m_poolKey; }
    const QByteArray &endpoint() const { return m_endpoint; }
    int requestsServed = 0;
    bool connected = false;
    qint64 idleSinceMs = 0;

private:
    std::unique_ptr<Transport> m_transport;
    QByteArray m_poolKey;
    QByteArray m_endpoint;
    std::shared_ptr<ClusterRuntime> m_runtime;
};

// Keep-alive connections per endpoint (and TLS identity) on one worker.
class UpstreamPool final : public QObject, private Transport::Handler
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpstreamPool)
public:
    explicit UpstreamPool(QObject *parent = nullptr);
    ~UpstreamPool() override;

    static QByteArray poolKey(const ResolvedEndpoint &endpoint, const Cluster &cluster, const QString &sni);

    // An idle connection for that endpoint, cluster and TLS identity, or nullptr.
    std::unique_ptr<UpstreamConnection> takeIdle(const ResolvedEndpoint &endpoint, const Cluster &cluster,
                                                 const QString &sni);
    // Starts a new connection (plain or TLS per the cluster policy). nullptr + *error when it fails
    // at once; the result of an asynchronous connect arrives at `handler`.
    std::unique_ptr<UpstreamConnection> connect(const ResolvedEndpoint &endpoint, const Cluster &cluster,
                                                const QString &sni, std::shared_ptr<ClusterRuntime> runtime,
                                                Transport::Handler *handler, QByteArray *error);
    // Parks a connection that finished a response cleanly.
    void release(std::unique_ptr<UpstreamConnection> connection, Millis idleTimeout);
    void clear();
    // The next connections read their CA, certificate and CRL files again; idle TLS connections
    // are closed.
    void forgetTlsFiles();
    int idleCount() const;

private:
    void transportReadable(Transport *transport) override;
    void transportWritable(Transport *) override {}
    void transportConnected(Transport *, const QByteArray &) override {}
    void purge();
    QSslConfiguration sslConfiguration(const UpstreamTlsPolicy &policy, QString *error);
    std::shared_ptr<const RevocationCheck> revocationCheck(const UpstreamTlsPolicy &policy, QString *error);

    struct Idle
    {
        std::unique_ptr<UpstreamConnection> connection;
        qint64 expiresAtMs = 0;
    };
    static void appendPoolKey(QByteArray &key, const ResolvedEndpoint &endpoint, const Cluster &cluster,
                              const QString &sni);

    // A list that runs empty stays until purge(): a connection going back and forth between a
    // session and the pool would otherwise cost a map node and a vector every request.
    std::unordered_map<QByteArray, std::vector<Idle>> m_idle;
    QByteArray m_lookupKey; // takeIdle() builds every key here: no allocation per lookup
    QHash<QString, QSslConfiguration> m_sslConfigs;
    QHash<QString, std::shared_ptr<const RevocationCheck>> m_revocationChecks; // by CA file and CRL file
    QTimer m_purgeTimer;
};

} // namespace meshgate
