// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/upstreampool.h"

#include "engine/clusterruntime.h"
#include "engine/ssltransport.h"
#include "engine/streamsocket.h"
#include "tls/revocationcheck.h"

#include <QDateTime>

namespace meshgate {

UpstreamConnection::UpstreamConnection(std::unique_ptr<Transport> transport, QByteArray poolKey, QByteArray endpoint,
                                       std::shared_ptr<ClusterRuntime> runtime)
    : m_transport(std::move(transport))
    , m_poolKey(std::move(poolKey))
    , m_endpoint(std::move(endpoint))
    , m_runtime(std::move(runtime))
{
    if (m_runtime)
        m_runtime->activeConnections.fetch_add(1, std::memory_order_relaxed);
}

UpstreamConnection::~UpstreamConnection()
{
    if (m_transport) {
        m_transport->setHandler(nullptr);
        m_transport->close();
    }
    if (m_runtime)
        m_runtime->activeConnections.fetch_sub(1, std::memory_order_relaxed);
}

UpstreamPool::UpstreamPool(QObject *parent)
    : QObject(parent)
{
    m_purgeTimer.setInterval(5000);
    QObject::connect(&m_purgeTimer, &QTimer::timeout, this, &UpstreamPool::purge);
    m_purgeTimer.start();
}

UpstreamPool::~UpstreamPool()
{
    clear();
}

QByteArray UpstreamPool::poolKey(const ResolvedEndpoint &endpoint, const Cluster &cluster, const QString &sni)
{
    QByteArray key;
    appendPoolKey(key, endpoint, cluster, sni);
    return key;
}

void UpstreamPool::appendPoolKey(QByteArray &key, const ResolvedEndpoint &endpoint, const Cluster &cluster,
                                 const QString &sni)
{
    // Per cluster, as Envoy pools: a connection counts against the circuit breaker and follows
    // the connection-pool settings of the cluster that opened it, so another cluster routed to
    // the same address must not pick it up.
    key += cluster.name;
    key += '|';
    key += endpoint.text;
    const UpstreamTlsPolicy &tls = cluster.policy.tls;
    if (tls.mode == UpstreamTlsPolicy::Mode::Simple || tls.mode == UpstreamTlsPolicy::Mode::Mutual) {
        key += "|tls|";
        key += sni.toUtf8();
        key += '|';
        key += tls.caCertificates.toUtf8();
        key += '|';
        key += tls.clientCertificate.toUtf8();
        key += tls.insecureSkipVerify ? "|insecure" : "";
    }
}

std::unique_ptr<UpstreamConnection> UpstreamPool::takeIdle(const ResolvedEndpoint &endpoint, const Cluster &cluster,
                                                           const QString &sni)
{
    m_lookupKey.resize(0); // keeps the capacity, unlike clear()
    appendPoolKey(m_lookupKey, endpoint, cluster, sni);
    auto it = m_idle.find(m_lookupKey);
    if (it == m_idle.end())
        return nullptr;
    std::vector<Idle> &list = it->second;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    while (!list.empty()) {
        Idle idle = std::move(list.back());
        list.pop_back();
        if (idle.expiresAtMs > now && idle.connection->transport()->isOpen()) {
            idle.connection->transport()->setReadEnabled(true);
            return std::move(idle.connection);
        }
    }
    return nullptr;
}

QSslConfiguration UpstreamPool::sslConfiguration(const UpstreamTlsPolicy &policy, QString *error)
{
    const QString key = policy.caCertificates + QLatin1Char('|') + policy.clientCertificate + QLatin1Char('|')
        + policy.privateKey;
    auto it = m_sslConfigs.constFind(key);
    if (it != m_sslConfigs.constEnd())
        return *it;
    QSslConfiguration conf = SslTransport::configurationFor(policy.caCertificates, policy.clientCertificate,
                                                           policy.privateKey, error);
    if (error->isEmpty())
        m_sslConfigs.insert(key, conf);
    return conf;
}

std::shared_ptr<const RevocationCheck> UpstreamPool::revocationCheck(const UpstreamTlsPolicy &policy, QString *error)
{
    const QString key = policy.caCertificates + QLatin1Char('|') + policy.caCrl;
    if (const auto it = m_revocationChecks.constFind(key); it != m_revocationChecks.constEnd())
        return *it;
    std::shared_ptr<const RevocationCheck> check = RevocationCheck::load(policy.caCertificates, policy.caCrl, error);
    if (check)
        m_revocationChecks.insert(key, check);
    return check;
}

std::unique_ptr<UpstreamConnection> UpstreamPool::connect(const ResolvedEndpoint &endpoint, const Cluster &cluster,
                                                          const QString &sni, std::shared_ptr<ClusterRuntime> runtime,
                                                          Transport::Handler *handler, QByteArray *error)
{
    const UpstreamTlsPolicy &tls = cluster.policy.tls;
    std::unique_ptr<Transport> transport;
    if (tls.mode == UpstreamTlsPolicy::Mode::Simple || tls.mode == UpstreamTlsPolicy::Mode::Mutual) {
        QString confError;
        SslTransport::Options options;
        options.configuration = sslConfiguration(tls, &confError);
        if (!confError.isEmpty()) {
            *error = "TLS_error:_" + confError.toUtf8().replace(' ', '_');
            return nullptr;
        }
        options.sni = sni;
        options.insecureSkipVerify = tls.insecureSkipVerify;
        options.subjectAltNames = tls.subjectAltNames;
        if (!tls.caCrl.isEmpty() && !tls.insecureSkipVerify) {
            options.revocation = revocationCheck(tls, &confError);
            if (!confError.isEmpty()) {
                *error = "TLS_error:_" + confError.toUtf8().replace(' ', '_');
                return nullptr;
            }
        }
        transport = std::make_unique<SslTransport>(endpoint.address.toString(), endpoint.port, options, handler);
    } else {
        int err = 0;
        transport = StreamSocket::connectTo(endpoint.address, endpoint.port, handler, &err);
        if (!transport) {
            *error = QByteArray(strerror(err)).replace(' ', '_');
            return nullptr;
        }
    }
    return std::make_unique<UpstreamConnection>(std::move(transport), poolKey(endpoint, cluster, sni), endpoint.text,
                                                std::move(runtime));
}

void UpstreamPool::release(std::unique_ptr<UpstreamConnection> connection, Millis idleTimeout)
{
    Transport *t = connection->transport();
    if (!t->isOpen())
        return;
    // While parked, any readability means the upstream closed (or sent garbage): drop it.
    t->setHandler(this);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    connection->idleSinceMs = now;
    m_idle[connection->poolKey()].push_back({std::move(connection), now + idleTimeout.count()});
}

void UpstreamPool::transportReadable(Transport *transport)
{
    for (auto it = m_idle.begin(); it != m_idle.end(); ++it) {
        std::vector<Idle> &list = it->second;
        for (size_t i = 0; i < list.size(); ++i) {
            if (list[i].connection->transport() == transport) {
                // Defer destruction: we are inside the transport's own notification.
                UpstreamConnection *doomed = list[i].connection.release();
                list.erase(list.begin() + qsizetype(i));
                transport->setHandler(nullptr);
                transport->setReadEnabled(false);
                QMetaObject::invokeMethod(this, [doomed] { delete doomed; }, Qt::QueuedConnection);
                return;
            }
        }
    }
}

void UpstreamPool::purge()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (auto it = m_idle.begin(); it != m_idle.end();) {
        std::erase_if(it->second, [now](const Idle &i) { return i.expiresAtMs <= now || !i.connection->transport()->isOpen(); });
        it = it->second.empty() ? m_idle.erase(it) : std::next(it);
    }
}

void UpstreamPool::clear()
{
    m_idle.clear();
}

void UpstreamPool::forgetTlsFiles()
{
    m_sslConfigs.clear();
    m_revocationChecks.clear();
    // An idle TLS connection was verified against the files as they were; the next request
    // handshakes again, as Envoy drains a cluster whose TLS context changed.
    for (auto it = m_idle.begin(); it != m_idle.end();) {
        std::vector<Idle> &list = it->second;
        list.erase(std::remove_if(list.begin(), list.end(),
                                  [](const Idle &idle) { return dynamic_cast<SslTransport *>(idle.connection->transport()) != nullptr; }),
                   list.end());
        it = list.empty() ? m_idle.erase(it) : std::next(it);
    }
}

int UpstreamPool::idleCount() const
{
    int n = 0;
    for (const auto &[key, list] : m_idle)
        n += int(list.size());
    return n;
}

} // namespace meshgate
