// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/snipeeker.h"
#include "engine/ssltransport.h"
#include "engine/tcpproxysession.h"
#include "engine/workercontext.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>
#include <unordered_map>

namespace meshgate {

class Acceptor;
class ClusterRuntimeRegistry;
class DnsCache;
class EndpointSelector;
class EngineSink;
class HttpSession;
class SplicePipe;
class UpstreamPool;
class WorkerStats;

// One engine thread: its own acceptors (a SO_REUSEPORT descriptor per listener), the sessions
// they create, an upstream pool, counters. Everything is touched only from this thread; the
// engine talks to it with queued calls.
class Worker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Worker)
public:
    Worker(int index, const EngineSettings &settings, DnsCache &dns, ClusterRuntimeRegistry &clusters, EngineSink &sink,
           std::atomic<int> &activeDownstream, QList<QByteArray> captureRequest, QList<QByteArray> captureResponse);
    ~Worker() override;

    // All of these run on the worker thread (the engine invokes them queued).
    void initialize();
    void setTable(std::shared_ptr<const RouteTable> table);
    // `connections` counts this listener's open connections across all workers.
    void addListener(const QByteArray &key, int fd, bool mesh, std::shared_ptr<std::atomic<int>> connections);
    void removeListener(const QByteArray &key);
    void beginDrain();
    void shutdown();

    int sessionCount() const { return int(m_sessions.size()); }
    std::atomic<int> activeSessions{0};

Q_SIGNALS:
    void rejectedConnection(const QString &reason);

private:
    void accept(const QByteArray &key, bool mesh, int fd, const QByteArray &localText, const QByteArray &peerText);
    void startHttp(std::unique_ptr<Transport> socket, int listener, bool mesh, bool tls,
                   const ServerTlsTable::Server *tlsServer = nullptr, int tlsServerIndex = -1,
                   const QByteArray &serverName = {}, qint64 acceptedAtMs = 0);
    // HTTPS listeners: the server (certificate) is chosen by the SNI the peeker finds.
    void startTlsTermination(std::unique_ptr<StreamSocket> socket, const QByteArray &key);
    void finishTlsPeek(SniPeeker *peeker, SniPeeker::Outcome outcome, const QByteArray &key,
                       const std::shared_ptr<std::atomic<int>> &counter);
    void startTcp(std::unique_ptr<Transport> socket, int listener, TcpProxySession::Mode mode,
                  const QString &host = {}, quint16 port = 0, const QByteArray &initial = {});
    void sessionDone(QObject *session);
    void flush();

    WorkerContext m_ctx;
    EngineSink &m_sink;
    DnsCache &m_dns;
    std::unique_ptr<EndpointSelector> m_selector;
    std::unique_ptr<UpstreamPool> m_pool;
    std::unique_ptr<WorkerStats> m_stats;
    std::unique_ptr<SplicePipe> m_splicePipe;
    std::unordered_map<QByteArray, std::unique_ptr<Acceptor>> m_acceptors;
    QHash<QByteArray, int> m_listenerIndex; // key -> index into the current table
    struct ServerTls
    {
        SslTransport::Options options; // configuration, client names, revocation check
        QString error; // the certificate, key or CRL could not be used
    };
    // HTTPS listeners' servers by key, in ListenerSpec::serverTlsByName order.
    QHash<QByteArray, std::vector<ServerTls>> m_serverTls;
    QSet<QObject *> m_sessions;
    QHash<QByteArray, std::shared_ptr<std::atomic<int>>> m_listenerConnections;
    QHash<QObject *, std::shared_ptr<std::atomic<int>>> m_sessionCounters;
    std::shared_ptr<std::atomic<int>> m_acceptingFor; // the listener of the session being created
    QTimer m_flushTimer;
    QTimer m_statsTimer;
};

} // namespace meshgate
