// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/worker.h"

#include "engine/clusterruntime.h"
#include "engine/dnscache.h"
#include "engine/endpointselector.h"
#include "engine/enginesink.h"
#include "engine/httpsession.h"
#include "engine/listenersocket.h"
#include "engine/snipeeker.h"
#include "engine/splicepipe.h"
#include "engine/ssltransport.h"
#include "engine/streamsocket.h"
#include "engine/upstreampool.h"
#include "stats/workerstats.h"
#include "tls/revocationcheck.h"

#include <QScopeGuard>
#include <QThread>

#include <cstring>
#include <unistd.h>

namespace meshgate {

Worker::Worker(int index, const EngineSettings &settings, DnsCache &dns, ClusterRuntimeRegistry &clusters, EngineSink &sink,
               std::atomic<int> &activeDownstream, QList<QByteArray> captureRequest, QList<QByteArray> captureResponse)
    : m_sink(sink)
    , m_dns(dns)
{
    m_ctx.index = index;
    m_ctx.settings = settings;
    m_ctx.clusters = &clusters;
    m_ctx.activeDownstream = &activeDownstream;
    m_ctx.captureRequestHeaders = std::move(captureRequest);
    m_ctx.captureResponseHeaders = std::move(captureResponse);
    // Parented so that moveToThread() takes the timers along.
    m_flushTimer.setParent(this);
    m_statsTimer.setParent(this);
}

Worker::~Worker()
{
    shutdown();
}

void Worker::initialize()
{
    // Created here so that timers and sockets belong to this thread.
    m_selector = std::make_unique<EndpointSelector>(m_dns, m_ctx.settings.connectTo, this);
    m_pool = std::make_unique<UpstreamPool>(this);
    m_stats = std::make_unique<WorkerStats>();
    m_ctx.selector = m_selector.get();
    m_ctx.pool = m_pool.get();
    m_ctx.stats = m_stats.get();
    if (m_ctx.settings.spliceRelay) {
        m_splicePipe = std::make_unique<SplicePipe>();
        if (m_splicePipe->isUsable())
            m_ctx.splicePipe = m_splicePipe.get();
    }
    m_flushTimer.setInterval(100);
    connect(&m_flushTimer, &QTimer::timeout, this, &Worker::flush);
    m_flushTimer.start();
    m_statsTimer.setInterval(1000);
    connect(&m_statsTimer, &QTimer::timeout, this, [this] { m_sink.pushStats(m_stats->takeDelta()); });
    m_statsTimer.start();
}

void Worker::setTable(std::shared_ptr<const RouteTable> table)
{
    m_ctx.table = std::move(table);
    m_listenerIndex.clear();
    // Certificate, CA and CRL files are read again for each table, as the gateway's own are
    // below: a renewed CRL must replace one that expired, and a new revocation must count.
    if (m_pool)
        m_pool->forgetTlsFiles();
    m_serverTls.clear();
    const auto &listeners = m_ctx.table->listeners();
    for (size_t i = 0; i < listeners.size(); ++i) {
        const QByteArray key = listeners[i].key().toLatin1();
        m_listenerIndex.insert(key, int(i));
        if (listeners[i].kind == ListenerSpec::Kind::HttpsTerminate) {
            // Certificates are read once per table, with the user's permissions; key contents are
            // never logged.
            std::vector<ServerTls> servers;
            for (const ServerTlsTable::Server &entry : listeners[i].serverTlsByName.servers) {
                ServerTls server;
                server.options.configuration = SslTransport::serverConfigurationFor(entry.tls, &server.error);
                server.options.subjectAltNames = entry.tls.subjectAltNames;
                if (!entry.tls.caCrl.isEmpty() && server.error.isEmpty() && entry.tls.mode != u"SIMPLE")
                    server.options.revocation = RevocationCheck::load(entry.tls.caCertificates, entry.tls.caCrl, &server.error);
                servers.push_back(std::move(server));
            }
            m_serverTls.insert(key, std::move(servers));
        }
    }
}

void Worker::addListener(const QByteArray &key, int fd, bool mesh, std::shared_ptr<std::atomic<int>> connections)
{
    m_listenerConnections.insert(key, std::move(connections));
    m_acceptors[key] = std::make_unique<Acceptor>(fd, [this, key, mesh](int client, const QByteArray &local, const QByteArray &peer) {
        accept(key, mesh, client, local, peer);
    });
}

void Worker::removeListener(const QByteArray &key)
{
    m_acceptors.erase(key);
    m_listenerConnections.remove(key);
}

void Worker::accept(const QByteArray &key, bool mesh, int fd, const QByteArray &localText, const QByteArray &peerText)
{
    if (fd < 0) {
        Q_EMIT rejectedConnection(QStringLiteral("cannot accept on %1: %2 (raise the open-file limit, ulimit -n)")
                                      .arg(QString::fromLatin1(key), QString::fromLocal8Bit(strerror(-fd))));
        return;
    }
    std::atomic<int> &active = *m_ctx.activeDownstream;
    if (active.load(std::memory_order_relaxed) >= m_ctx.settings.maxConnections || m_ctx.draining) {
        ::close(fd);
        Q_EMIT rejectedConnection(m_ctx.draining ? QStringLiteral("draining")
                                                 : QStringLiteral("--max-connections %1 reached").arg(m_ctx.settings.maxConnections));
        return;
    }
    auto socket = std::make_unique<StreamSocket>(fd, nullptr);
    socket->setAddressTexts(localText, peerText);
    m_acceptingFor = m_listenerConnections.value(key);
    if (mesh) {
        const QHostAddress peer = socket->peerAddress();
        if (!m_ctx.settings.meshAllowRemote && !peer.isLoopback()) {
            Q_EMIT rejectedConnection(QStringLiteral("mesh proxy refused non-loopback client %1 (use --mesh-allow-remote)")
                                          .arg(peer.toString()));
            return;
        }
        startHttp(std::move(socket), -1, true, false);
        return;
    }
    const int listener = m_listenerIndex.value(key, -1);
    if (listener < 0 || !m_ctx.table)
        return; // removed by a reload a moment ago
    const ListenerSpec &spec = m_ctx.table->listeners()[size_t(listener)];
    switch (spec.kind) {
    case ListenerSpec::Kind::Http:
        startHttp(std::move(socket), listener, false, false);
        break;
    case ListenerSpec::Kind::HttpsTerminate:
        startTlsTermination(std::move(socket), key);
        break;
    case ListenerSpec::Kind::TlsPassthrough:
        startTcp(std::move(socket), listener, TcpProxySession::Mode::TlsPassthrough);
        break;
    case ListenerSpec::Kind::Tcp:
        startTcp(std::move(socket), listener, TcpProxySession::Mode::Tcp);
        break;
    }
}

void Worker::startTlsTermination(std::unique_ptr<StreamSocket> socket, const QByteArray &key)
{
    // Counted from the accept on, so a crowd of clients that never send a hello still meets
    // --max-connections.
    m_ctx.activeDownstream->fetch_add(1, std::memory_order_relaxed);
    auto *peeker = new SniPeeker(std::move(socket),
                                 [this, key, counter = m_acceptingFor](SniPeeker *p, SniPeeker::Outcome outcome) {
                                     finishTlsPeek(p, outcome, key, counter);
                                 },
                                 this);
    m_sessions.insert(peeker);
    peeker->start();
}

void Worker::finishTlsPeek(SniPeeker *peeker, SniPeeker::Outcome outcome, const QByteArray &key,
                           const std::shared_ptr<std::atomic<int>> &counter)
{
    // The connection stays counted until the session that continues it counts it again: the
    // engine's drain must never see 0 in between.
    const auto uncount = qScopeGuard([this] { m_ctx.activeDownstream->fetch_sub(1, std::memory_order_relaxed); });
    std::unique_ptr<StreamSocket> socket = peeker->takeSocket();
    const QByteArray sni = peeker->sni();
    const qint64 startedMs = peeker->startTimeMs();
    const qint64 waitedMs = peeker->elapsedMs();
    const qint64 receivedBytes = peeker->peekedBytes();
    m_sessions.remove(peeker);
    peeker->deleteLater();
    if (outcome == SniPeeker::Outcome::Closed || !socket || m_ctx.draining)
        return; // nothing was asked, or no new requests are taken: the socket closes

    const int listener = m_listenerIndex.value(key, -1);
    const auto servers = m_serverTls.constFind(key);
    if (listener < 0 || !m_ctx.table || servers == m_serverTls.constEnd())
        return; // the listener went away with a reload meanwhile; the socket closes
    const ListenerSpec &spec = m_ctx.table->listeners()[size_t(listener)];
    // Without a readable hello there is no name either: only a server for `*` can take it (and
    // QSslSocket then fails the handshake as it should).
    const int server = spec.serverTlsByName.find(sni);
    if (server < 0 || size_t(server) >= servers->size()) {
        // As Envoy: no filter chain for this name, the connection is closed after the hello.
        AccessLogRecord record;
        record.startTimeMs = startedMs;
        record.durationMs = waitedMs;
        record.bytesReceived = quint64(receivedBytes);
        record.downstreamLocalAddress = socket->localAddressText();
        record.downstreamRemoteAddress = socket->peerAddressText();
        record.requestedServerName = sni;
        record.responseFlags |= ResponseFlags::NoRouteFound;
        record.connectionTerminationDetails = QByteArrayLiteral("filter_chain_not_found");
        m_stats->connectionOpened();
        m_ctx.logRefused(std::move(record));
        m_stats->connectionClosed();
        return;
    }
    const ServerTls &tls = servers->at(size_t(server));
    if (!tls.error.isEmpty()) {
        Q_EMIT rejectedConnection(QStringLiteral("%1: %2").arg(QString::fromLatin1(key), tls.error));
        return;
    }
    m_acceptingFor = counter;
    const int raw = socket->descriptor();
    socket->release();
    startHttp(std::make_unique<SslTransport>(raw, tls.options, nullptr), listener, false, true,
              &spec.serverTlsByName.servers[size_t(server)], server, sni, startedMs);
}

void Worker::startHttp(std::unique_ptr<Transport> socket, int listener, bool mesh, bool tls,
                       const ServerTlsTable::Server *tlsServer, int tlsServerIndex, const QByteArray &serverName,
                       qint64 acceptedAtMs)
{
    m_ctx.activeDownstream->fetch_add(1, std::memory_order_relaxed);
    m_stats->connectionOpened();
    ++activeSessions;
    auto *session = new HttpSession(m_ctx, std::move(socket), listener,
                                    mesh ? HttpSession::Mode::Mesh
                                         : (tls ? HttpSession::Mode::GatewayTls : HttpSession::Mode::Gateway),
                                    this);
    if (tlsServer)
        session->setTlsServer(*tlsServer, tlsServerIndex, serverName, acceptedAtMs);
    m_sessions.insert(session);
    if (m_acceptingFor) {
        m_acceptingFor->fetch_add(1, std::memory_order_relaxed);
        m_sessionCounters.insert(session, m_acceptingFor);
    }
    connect(session, &HttpSession::finished, this, [this](HttpSession *s) { sessionDone(s); });
    connect(session, &HttpSession::tunnelRequested, this, [this](HttpSession *s, const QString &host, quint16 port) {
        QByteArray leftover;
        std::unique_ptr<Transport> client = s->takeClient(&leftover);
        // The HTTP session ends here; the tunnel continues as a TCP session on the same socket.
        m_sessions.remove(s);
        m_acceptingFor = m_sessionCounters.take(s);
        if (m_acceptingFor)
            m_acceptingFor->fetch_sub(1, std::memory_order_relaxed);
        s->deleteLater();
        startTcp(std::move(client), -1, TcpProxySession::Mode::MeshConnect, host, port, leftover);
        m_ctx.activeDownstream->fetch_sub(1, std::memory_order_relaxed);
        --activeSessions;
        m_stats->connectionClosed();
    });
    session->start();
}

void Worker::startTcp(std::unique_ptr<Transport> socket, int listener, TcpProxySession::Mode mode,
                      const QString &host, quint16 port, const QByteArray &initial)
{
    m_ctx.activeDownstream->fetch_add(1, std::memory_order_relaxed);
    m_stats->connectionOpened();
    ++activeSessions;
    auto *session = new TcpProxySession(m_ctx, std::move(socket), listener, mode, this);
    if (mode == TcpProxySession::Mode::MeshConnect)
        session->setConnectTarget(host, port);
    m_sessions.insert(session);
    if (m_acceptingFor) {
        m_acceptingFor->fetch_add(1, std::memory_order_relaxed);
        m_sessionCounters.insert(session, m_acceptingFor);
    }
    connect(session, &TcpProxySession::finished, this, [this](TcpProxySession *s) { sessionDone(s); });
    session->start(initial);
}

void Worker::sessionDone(QObject *session)
{
    if (!m_sessions.remove(session))
        return;
    if (auto counter = m_sessionCounters.take(session))
        counter->fetch_sub(1, std::memory_order_relaxed);
    m_ctx.activeDownstream->fetch_sub(1, std::memory_order_relaxed);
    --activeSessions;
    m_stats->connectionClosed();
    session->deleteLater();
}

void Worker::flush()
{
    if (m_ctx.pendingLogs.isEmpty())
        return;
    // The next batch is likely as large: reserve it rather than regrow from empty per flush.
    const qsizetype batch = m_ctx.pendingLogs.size();
    m_sink.pushLogs(std::move(m_ctx.pendingLogs));
    m_ctx.pendingLogs.clear();
    m_ctx.pendingLogs.reserve(batch);
}

void Worker::beginDrain()
{
    m_ctx.draining = true;
    m_acceptors.clear();
    const QSet<QObject *> sessions = m_sessions;
    for (QObject *s : sessions) {
        if (auto *http = qobject_cast<HttpSession *>(s))
            http->drain();
        else if (auto *peeker = qobject_cast<SniPeeker *>(s))
            peeker->abandon(); // no request has started on it: closed now, not after its timeout
    }
}

void Worker::shutdown()
{
    m_acceptors.clear();
    const QSet<QObject *> sessions = m_sessions;
    m_sessions.clear();
    for (QObject *s : sessions)
        delete s;
    flush();
    if (m_stats)
        m_sink.pushStats(m_stats->takeDelta());
    if (m_pool)
        m_pool->clear();
    m_ctx.splicePipe = nullptr;
    m_flushTimer.stop();
    m_statsTimer.stop();
}

} // namespace meshgate
