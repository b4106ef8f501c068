// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/endpointselector.h"
#include "engine/singleshottimer.h"
#include "engine/transport.h"
#include "http/httprequestparser.h"
#include "http/httpresponseparser.h"
#include "log/accesslogrecord.h"
#include "routing/routetable.h"

#include <QElapsedTimer>
#include <QObject>

#include <memory>

namespace meshgate {

class ClusterRuntime;
class UpstreamConnection;
struct WorkerContext;

// One downstream HTTP/1.1 connection on a gateway listener or the mesh forward proxy: parses
// requests, routes them through the RouteTable, forwards them upstream with streaming bodies
// and backpressure, relays responses, answers locally (404 NR, 503 UF, ...) and logs one
// access-log record per request. Requests on one connection are handled one at a time;
// pipelined bytes wait in the input buffer.
// A session is only ever deleted through deleteLater() (Worker::sessionDone), never inside its
// own call stack, so synchronous paths need no QPointer guard; callbacks that run later do.
class HttpSession final : public QObject, private Transport::Handler
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpSession)
public:
    enum class Mode { Gateway, GatewayTls, Mesh };

    HttpSession(WorkerContext &worker, std::unique_ptr<Transport> client, int listener, Mode mode,
                QObject *parent = nullptr);
    ~HttpSession() override;

    void start(const QByteArray &initialBytes = {});
    // A terminated TLS connection: the Gateway server its SNI chose (whose routes apply, see
    // ServerTlsTable::Server::http), the SNI itself, for %REQUESTED_SERVER_NAME%, and when the
    // connection was accepted (ms since the epoch).
    void setTlsServer(const ServerTlsTable::Server &server, int index, const QByteArray &serverName,
                      qint64 acceptedAtMs)
    {
        m_openedAtMs = acceptedAtMs;
        m_tlsServer = index;
        m_tlsGateway = server.gateway;
        m_tlsPortName = server.portName;
        m_serverName = serverName;
    }
    // The engine is draining: finish the current request, then close.
    void drain();
    bool isIdle() const;

Q_SIGNALS:
    void finished(HttpSession *session);
    // Mesh CONNECT: hand the client connection over to a TCP/TLS session.
    void tunnelRequested(HttpSession *session, const QString &host, quint16 port);

public:
    // For tunnelRequested receivers: the client transport and the bytes already read after the
    // CONNECT head.
    std::unique_ptr<Transport> takeClient(QByteArray *leftover);

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    // m_listener (and m_tlsServer) for `table`, looked up again by identity only when the table
    // is newer: the common request pays one integer compare.
    int listenerIn(const RouteTable &table);
    struct Exchange;

    // Transport::Handler
    void transportReadable(Transport *transport) override;
    void transportWritable(Transport *transport) override;
    void transportConnected(Transport *transport, const QByteArray &error) override;

    void readClient();
    void processInput();
    void processInputOnce();
    void flushResponseHead(QByteArrayView body = {});
    bool onRequestHead();
    void onRequestBody(QByteArrayView data);
    void onRequestComplete();
    void onTunnelFromClient(QByteArrayView data);
    void routeRequest();
    void startUpstream();
    void onEndpoints(EndpointList endpoints, const QString &dnsError);
    void attachUpstream(std::unique_ptr<UpstreamConnection> connection, bool reused);
    void onUpstreamConnected();
    void onUpstreamFailure(ResponseFlags::Flag flag, const QByteArray &reason, const QByteArray &details);
    void sendRequestHead();
    // fromSocket false: only parse what is buffered (after backpressure let go, the parser may
    // still owe events such as MessageComplete while the socket has nothing new to say).
    void readUpstream(bool fromSocket = true);
    void onResponseHead();
    void onResponseBody(QByteArrayView data);
    void onResponseComplete();
    void onRouteTimeout();
    void startPerTryTimer();
    void onPerTryTimeout();
    void reportEndpointFailure();
    void onRequestHeadersTimeout();
    bool shouldRetry(ResponseFlags::Flag cause) const;
    void retry();
    void releaseUpstream(bool reusable);

    void sendLocalReply(int status, const QByteArray &body, const QByteArray &details, ResponseFlags flags,
                        bool close, const QByteArray &location = {});
    void sendRedirect(const QByteArray &location, int code);
    void writeChunk(Transport *to, QByteArrayView data);
    void finishExchange();
    void closeSession();
    void updateBackpressure();
    void startMirror();
    void onClientEof();
    void logTlsHandshakeFailure(const QByteArray &reason);
    void newExchange();                      // m_ex for the next request, with the next serial
    bool isCurrent(quint64 serial) const;    // m_ex is still the request with that serial

    WorkerContext &m_worker;
    std::unique_ptr<Transport> m_client;
    int m_listener = -1; // index into the table of generation m_listenerGeneration
    // The listener by identity: a reload may reorder, add or remove listeners, and a connection
    // must keep its own port's routes (none, once that port is gone).
    quint64 m_listenerGeneration = 0;
    QHostAddress m_listenerBind;
    quint16 m_listenerPort = 0;
    // The TLS server by identity, not index: a reload may reorder, add or remove servers, and the
    // connection must keep its own server's routes (none, once that server is gone).
    int m_tlsServer = -1; // index in the same table as m_listener; -1: not a TLS server's session
    QString m_tlsGateway;
    QString m_tlsPortName;
    Mode m_mode;
    QByteArray m_in;
    qsizetype m_inOffset = 0;
    HttpRequestParser m_parser;
    HttpResponseParser m_responseParser;
    QByteArray m_upIn;
    qsizetype m_upOffset = 0;
    std::unique_ptr<Exchange> m_ex;
    quint64 m_exchanges = 0; // serial of the latest Exchange
    // The request-headers timeout. Restarting a timer for every keep-alive request cost more
    // than the request's own parsing at 5,000 connections, so the timer is only a wake-up: it
    // keeps running across requests and, when it fires, compares against this deadline (0 = not
    // waiting for a head) and re-arms itself for what is left.
    SingleShotTimer m_headersTimer{*this};
    qint64 m_headersDeadlineMs = 0;
    // A coarse timer may fire up to 5% early; a route timeout or connectTimeout the user set
    // must not cut a request before it has passed.
    SingleShotTimer m_routeTimer{*this, Qt::PreciseTimer};
    SingleShotTimer m_perTryTimer{*this, Qt::PreciseTimer}; // retries.perTryTimeout, per attempt
    SingleShotTimer m_connectTimer{*this, Qt::PreciseTimer};
    SingleShotTimer m_lingerTimer{*this};
    bool m_clientEof = false;
    bool m_closing = false;
    bool m_draining = false;
    bool m_handedOff = false;
    bool m_dead = false;
    bool m_inProcessInput = false;
    bool m_processAgain = false;
    QByteArray m_pendingHead; // response head held back to go out with the first body bytes
    QByteArray m_clientIp;    // for X-Forwarded-For, from the first request on
    QByteArray m_serverName;  // the client's SNI (HTTPS gateway servers)
    qint64 m_openedAtMs = 0;  // HTTPS gateway servers: when the connection was accepted
};

} // namespace meshgate
