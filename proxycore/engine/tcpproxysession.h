// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/endpointselector.h"
#include "engine/singleshottimer.h"
#include "engine/transport.h"
#include "log/accesslogrecord.h"
#include "routing/routetable.h"

#include <QElapsedTimer>
#include <QObject>

#include <memory>

namespace meshgate {

class ClusterRuntime;
struct WorkerContext;

// A TCP-level session: TLS passthrough (route by the ClientHello's SNI, replay the buffered
// bytes upstream untouched, then relay both ways with half-close), plain TCP routes, and the
// tunnel of a mesh CONNECT. One access-log line per connection, written when it ends.
class TcpProxySession final : public QObject, private Transport::Handler
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TcpProxySession)
public:
    enum class Mode { TlsPassthrough, Tcp, MeshConnect };

    TcpProxySession(WorkerContext &worker, std::unique_ptr<Transport> client, int listener, Mode mode,
                    QObject *parent = nullptr);
    ~TcpProxySession() override;

    // For MeshConnect: the CONNECT target, used when no tls route matches (outbound policy).
    void setConnectTarget(const QString &host, quint16 port);
    void start(const QByteArray &initialBytes = {});
    void drain() {}

    static constexpr qsizetype kMaxHello = 32 * 1024;
    static constexpr int kInspectTimeoutMs = 5000;

Q_SIGNALS:
    void finished(TcpProxySession *session);

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    void transportReadable(Transport *transport) override;
    void transportWritable(Transport *transport) override;
    void transportConnected(Transport *transport, const QByteArray &error) override;

    void inspect();
    void route(const QByteArray &sni, bool isTls);
    void connectUpstream(const Cluster &cluster, const std::vector<WeightedTarget> *targets);
    void onEndpoints(EndpointList endpoints, const QString &dnsError);
    void relay(Transport *from, Transport *to, bool fromClient);
    void fail(ResponseFlags flags, const QByteArray &details);
    void finish();

    WorkerContext &m_worker;
    std::shared_ptr<const RouteTable> m_table;
    std::unique_ptr<Transport> m_client;
    std::unique_ptr<Transport> m_upstream;
    int m_listener;
    Mode m_mode;
    QString m_connectHost;
    quint16 m_connectPort = 0;
    QByteArray m_buffer;
    AccessLogRecord m_record;
    QElapsedTimer m_clock;
    SingleShotTimer m_inspectTimer{*this};
    SingleShotTimer m_connectTimer{*this};
    const Cluster *m_cluster = nullptr;
    std::shared_ptr<ClusterRuntime> m_runtime;
    ResolvedEndpoint m_endpoint;
    bool m_inspecting = true;
    bool m_clientEof = false;
    bool m_upstreamEof = false;
    bool m_done = false;
    bool m_chainMatched = false; // a filter chain took the connection: it is an Istio TCP connection
    bool m_countedConnection = false;
    bool m_splice = false; // both ends are plain sockets and the worker has a pipe
};

} // namespace meshgate
