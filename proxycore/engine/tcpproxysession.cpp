// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/tcpproxysession.h"

#include "engine/clusterruntime.h"
#include "engine/splicepipe.h"
#include "engine/streamsocket.h"
#include "engine/workercontext.h"
#include "tls/clienthelloparser.h"

#include <QDateTime>
#include <QPointer>

namespace meshgate {

namespace {
constexpr qsizetype kRelayChunk = 64 * 1024;
}

TcpProxySession::TcpProxySession(WorkerContext &worker, std::unique_ptr<Transport> client, int listener, Mode mode,
                                 QObject *parent)
    : QObject(parent)
    , m_worker(worker)
    , m_table(worker.table)
    , m_client(std::move(client))
    , m_listener(listener)
    , m_mode(mode)
{
    m_client->setHandler(this);
    m_clock.start();
    m_record.startTimeMs = QDateTime::currentMSecsSinceEpoch();
    m_record.downstreamLocalAddress = m_client->localAddressText();
    m_record.downstreamRemoteAddress = m_client->peerAddressText();
}

void TcpProxySession::timerEvent(QTimerEvent *event)
{
    if (m_inspectTimer.fired(event)) {
        // A client that never completes its hello (or sends nothing) is closed and logged. On a
        // gateway port Istio lets the connection continue past the listener-filter timeout
        // without an SNI, and no PASSTHROUGH filter chain matches that: Envoy logs NR.
        fail(m_mode == Mode::TlsPassthrough ? ResponseFlags(ResponseFlags::NoRouteFound) : ResponseFlags(),
             QByteArrayLiteral("tls_inspector_timeout"));
    } else if (m_connectTimer.fired(event)) {
        m_record.upstreamTransportFailureReason = QByteArrayLiteral("connection_timeout");
        if (m_runtime)
            m_runtime->report(m_endpoint.text, true, true, m_cluster->policy.outlier, 1,
                              QDateTime::currentMSecsSinceEpoch());
        fail(ResponseFlags::UpstreamConnectionFailure, QByteArrayLiteral("connection_timeout"));
    } else {
        QObject::timerEvent(event);
    }
}

TcpProxySession::~TcpProxySession() = default;

void TcpProxySession::setConnectTarget(const QString &host, quint16 port)
{
    m_connectHost = host;
    m_connectPort = port;
}

void TcpProxySession::start(const QByteArray &initialBytes)
{
    m_buffer = initialBytes;
    m_record.bytesReceived = quint64(initialBytes.size());
    if (m_mode == Mode::Tcp) {
        m_inspecting = false;
        route({}, false);
        return;
    }
    m_inspectTimer.start(kInspectTimeoutMs);
    if (!m_buffer.isEmpty())
        inspect();
}

void TcpProxySession::transportReadable(Transport *transport)
{
    if (m_done)
        return;
    if (transport == m_client.get()) {
        if (m_inspecting) {
            qsizetype n = 0;
            const Transport::ReadStatus s = m_client->readInto(m_buffer, kMaxHello - m_buffer.size() + 1, &n);
            if (s == Transport::ReadStatus::Data) {
                m_record.bytesReceived += quint64(n);
                inspect();
            } else if (s == Transport::ReadStatus::Eof || s == Transport::ReadStatus::Error) {
                m_clientEof = true;
                fail({}, QByteArrayLiteral("connection_closed_before_client_hello"));
            }
            return;
        }
        if (!m_upstream) {
            // Waiting for the upstream: keep the bytes in the kernel.
            m_client->setReadEnabled(false);
            return;
        }
        relay(m_client.get(), m_upstream.get(), true);
    } else if (m_upstream && transport == m_upstream.get()) {
        relay(m_upstream.get(), m_client.get(), false);
    }
}

void TcpProxySession::transportWritable(Transport *transport)
{
    // The side that drained can take more: resume reading its peer.
    if (m_done)
        return;
    if (transport == m_client.get() && m_upstream && !m_upstreamEof)
        m_upstream->setReadEnabled(true);
    else if (transport == m_upstream.get() && !m_clientEof)
        m_client->setReadEnabled(true);
}

void TcpProxySession::inspect()
{
    const ClientHelloInfo info = ClientHelloParser::parse(m_buffer.constData(), m_buffer.size());
    switch (info.status) {
    case ClientHelloInfo::Status::Incomplete:
        if (m_buffer.size() > kMaxHello)
            fail(ResponseFlags::NoRouteFound, QByteArrayLiteral("client_hello_too_large"));
        return;
    case ClientHelloInfo::Status::Done:
        m_inspectTimer.stop();
        m_inspecting = false;
        m_record.requestedServerName = info.sni;
        route(info.sni, true);
        return;
    case ClientHelloInfo::Status::TooLarge:
        m_inspectTimer.stop();
        fail(ResponseFlags::NoRouteFound, QByteArrayLiteral("client_hello_too_large"));
        return;
    case ClientHelloInfo::Status::NotTls:
    case ClientHelloInfo::Status::Malformed:
        m_inspectTimer.stop();
        m_inspecting = false;
        if (m_mode == Mode::MeshConnect) {
            route({}, false); // plain bytes in a CONNECT tunnel: the outbound policy decides
            return;
        }
        fail(ResponseFlags::NoRouteFound,
             info.looksLikeHttp ? QByteArrayLiteral("plaintext_http_on_tls_port") : QByteArrayLiteral("not_tls"));
        return;
    }
}

void TcpProxySession::route(const QByteArray &sni, bool isTls)
{
    const RouteTable &table = *m_table;
    const std::vector<WeightedTarget> *targets = nullptr;
    if (m_mode == Mode::TlsPassthrough) {
        const SniChain *chain = m_listener >= 0 ? table.listeners()[size_t(m_listener)].sni.find(sni) : nullptr;
        if (!chain) {
            fail(ResponseFlags::NoRouteFound, QByteArrayLiteral("filter_chain_not_found"));
            return;
        }
        targets = &chain->targets;
    } else if (m_mode == Mode::Tcp) {
        targets = &table.listeners()[size_t(m_listener)].tcp.targets;
    } else {
        const SniChain *chain = isTls ? table.meshTls().find(sni) : nullptr;
        if (chain)
            targets = &chain->targets;
    }
    if (targets && !targets->empty()) {
        m_chainMatched = true;
        int total = 0;
        for (const WeightedTarget &t : *targets)
            total += std::max(0, t.weight);
        const WeightedTarget *pick = &targets->front();
        if (total > 0) {
            int x = int(m_worker.random() % quint32(total));
            for (const WeightedTarget &t : *targets) {
                x -= std::max(0, t.weight);
                if (x < 0) {
                    pick = &t;
                    break;
                }
            }
        }
        if (pick->cluster < 0) {
            fail(ResponseFlags::NoClusterFound, QByteArrayLiteral("cluster_not_found"));
            return;
        }
        connectUpstream(table.clusters()[size_t(pick->cluster)], targets);
        return;
    }
    if (m_mode != Mode::MeshConnect) {
        fail(ResponseFlags::NoRouteFound, QByteArrayLiteral("filter_chain_not_found"));
        return;
    }
    m_chainMatched = true; // the mesh's outbound chain: PassthroughCluster or BlackHoleCluster
    const int index = table.meshDefaultCluster(m_connectHost.toLatin1(), m_connectPort);
    const bool allow = index >= 0 && table.clusters()[size_t(index)].discovery != Cluster::Discovery::BlackHole;
    if (!allow) {
        if (index >= 0)
            m_record.upstreamCluster = table.clusters()[size_t(index)].name;
        fail({}, QByteArrayLiteral("blackhole"));
        return;
    }
    connectUpstream(table.clusters()[size_t(index)], nullptr);
}

void TcpProxySession::connectUpstream(const Cluster &cluster, const std::vector<WeightedTarget> *targets)
{
    Q_UNUSED(targets);
    m_cluster = &cluster;
    m_record.upstreamCluster = cluster.name;
    m_runtime = m_worker.clusters->get(cluster.name);
    m_client->setReadEnabled(false);
    QPointer<TcpProxySession> guard(this);
    const QString host = m_connectHost.isEmpty() ? cluster.host : m_connectHost;
    const quint16 port = m_connectPort ? m_connectPort : cluster.port;
    m_worker.selector->resolve(cluster, host, port, [guard](EndpointList endpoints, const QString &error) {
        if (guard && !guard->m_done)
            guard->onEndpoints(std::move(endpoints), error);
    });
}

void TcpProxySession::onEndpoints(EndpointList endpoints, const QString &dnsError)
{
    if (endpoints->empty()) {
        fail(dnsError.isEmpty() ? ResponseFlags::NoHealthyUpstream : ResponseFlags::DnsResolutionFailed,
             dnsError.isEmpty() ? QByteArrayLiteral("no_healthy_upstream") : QByteArrayLiteral("dns_resolution_failure"));
        return;
    }
    const ResolvedEndpoint *ep = m_worker.selector->pick(*m_cluster, *m_runtime, *endpoints, {});
    if (!ep) {
        fail(ResponseFlags::NoHealthyUpstream, QByteArrayLiteral("no_healthy_upstream"));
        return;
    }
    if (m_runtime->activeConnections.load(std::memory_order_relaxed) >= m_cluster->policy.maxConnections) {
        fail(ResponseFlags::UpstreamOverflow, QByteArrayLiteral("overflow"));
        return;
    }
    m_endpoint = *ep;
    m_record.upstreamHost = ep->text;
    int error = 0;
    m_upstream = StreamSocket::connectTo(ep->address, ep->port, this, &error);
    if (!m_upstream) {
        m_record.upstreamTransportFailureReason = QByteArray(strerror(error)).replace(' ', '_');
        fail(ResponseFlags::UpstreamConnectionFailure, QByteArrayLiteral("connection_failure"));
        return;
    }
    m_runtime->activeConnections.fetch_add(1, std::memory_order_relaxed);
    m_countedConnection = true;
    m_connectTimer.start(m_cluster->policy.connectTimeout);
}

void TcpProxySession::transportConnected(Transport *transport, const QByteArray &error)
{
    if (transport != m_upstream.get() || m_done)
        return;
    m_connectTimer.stop();
    if (!error.isEmpty()) {
        m_record.upstreamTransportFailureReason = error;
        m_runtime->report(m_endpoint.text, true, true, m_cluster->policy.outlier, 1, QDateTime::currentMSecsSinceEpoch());
        fail(ResponseFlags::UpstreamConnectionFailure, QByteArrayLiteral("connection_failure"));
        return;
    }
    m_runtime->report(m_endpoint.text, false, false, m_cluster->policy.outlier, 1, QDateTime::currentMSecsSinceEpoch());
    m_record.upstreamLocalAddress = m_upstream->localAddressText();
    m_splice = m_worker.splicePipe && qobject_cast<StreamSocket *>(m_client.get())
        && qobject_cast<StreamSocket *>(m_upstream.get());
    // The bytes inspected so far (the ClientHello) go upstream untouched.
    if (!m_buffer.isEmpty()) {
        m_upstream->write(m_buffer);
        m_buffer.clear();
        m_buffer.squeeze();
    }
    if (m_clientEof)
        m_upstream->shutdownWrite();
    else
        m_client->setReadEnabled(true);
}

void TcpProxySession::relay(Transport *from, Transport *to, bool fromClient)
{
    // One read per wake-up keeps the two directions and the other connections fair.
    qsizetype n = 0;
    Transport::ReadStatus s = Transport::ReadStatus::Error;
    bool spliced = false;
    if (m_splice) {
        // Kernel to kernel; SplicePipe queues on `to` what it does not take at once.
        switch (m_worker.splicePipe->move(static_cast<StreamSocket &>(*from), static_cast<StreamSocket &>(*to),
                                          kRelayChunk, &n)) {
        case SplicePipe::Result::Moved:
            s = Transport::ReadStatus::Data;
            spliced = true;
            break;
        case SplicePipe::Result::WouldBlock:
            return;
        case SplicePipe::Result::Eof:
            s = Transport::ReadStatus::Eof;
            spliced = true;
            break;
        case SplicePipe::Result::Fallback:
            break;
        }
    }
    QByteArray &buffer = m_worker.relayBuffer;
    if (!spliced) {
        if (buffer.capacity() < kRelayChunk)
            buffer.reserve(kRelayChunk); // one read of a whole chunk, straight into the buffer
        buffer.resize(0);
        s = from->readInto(buffer, kRelayChunk, &n);
    }
    switch (s) {
    case Transport::ReadStatus::Data:
        if (fromClient)
            m_record.bytesReceived += quint64(n);
        else
            m_record.bytesSent += quint64(n);
        if (!spliced)
            to->write(buffer);
        if (to->writeBufferHigh())
            from->setReadEnabled(false);
        return;
    case Transport::ReadStatus::WouldBlock:
        return;
    case Transport::ReadStatus::Eof:
    case Transport::ReadStatus::Error:
        from->setReadEnabled(false);
        if (s == Transport::ReadStatus::Error && !fromClient)
            m_record.responseFlags.set(ResponseFlags::UpstreamRemoteReset);
        to->shutdownWrite();
        (fromClient ? m_clientEof : m_upstreamEof) = true;
        if (m_clientEof && m_upstreamEof)
            finish();
        return;
    }
}

void TcpProxySession::fail(ResponseFlags flags, const QByteArray &details)
{
    if (m_done)
        return;
    m_record.responseFlags |= flags;
    m_record.connectionTerminationDetails = details;
    finish();
}

void TcpProxySession::finish()
{
    if (m_done)
        return;
    m_done = true;
    m_inspectTimer.stop();
    m_connectTimer.stop();
    m_record.durationMs = m_clock.elapsed();
    const QByteArray service = m_cluster ? m_cluster->destinationService : QByteArray();
    if (m_chainMatched)
        m_worker.logTcp(std::move(m_record), service);
    else
        m_worker.logRefused(std::move(m_record));
    if (m_upstream) {
        m_upstream->setHandler(nullptr);
        m_upstream->close();
    }
    if (m_countedConnection && m_runtime)
        m_runtime->activeConnections.fetch_sub(1, std::memory_order_relaxed);
    if (m_client) {
        m_client->setHandler(nullptr);
        m_client->close();
    }
    Q_EMIT finished(this);
}

} // namespace meshgate
