// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/httpsession.h"

#include "engine/clusterruntime.h"
#include "engine/httpexchange.h"
#include "engine/upstreampool.h"
#include "engine/workercontext.h"
#include "http/httpsyntax.h"
#include "http/pathnormalizer.h"
#include "routing/hostmatch.h"

#include <QDateTime>

#include <chrono>

namespace meshgate {

namespace {

// Origin- and absolute-form targets only: "*" and CONNECT's host:port have no path.
PathNormalizer::Outcome normalizePath(HttpRequestHead &head)
{
    const auto form = head.targetForm();
    if (form != HttpRequestHead::TargetForm::Origin && form != HttpRequestHead::TargetForm::Absolute)
        return PathNormalizer::Outcome::Unchanged;
    QByteArray path;
    const PathNormalizer::Outcome outcome = PathNormalizer::normalize(head.path(), path);
    if (outcome != PathNormalizer::Outcome::Changed)
        return outcome;
    if (form == HttpRequestHead::TargetForm::Absolute)
        path.prepend(head.scheme().toByteArray() + "://" + head.authority().toByteArray());
    return head.setTarget(path) ? outcome : PathNormalizer::Outcome::Rejected;
}

qint64 monotonicMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

constexpr qsizetype kReadChunk = 64 * 1024;
// Bytes of a request body kept for a retry; beyond that the request is not retried (as Envoy
// does once its retry buffer overflows).
constexpr qsizetype kMaxReplayBody = 64 * 1024;
// Envoy's delayed_close_timeout: how long a connection being closed waits for the client's FIN.
constexpr int kDelayedCloseMs = 1000;
// How long an answer the client does not read may keep a closing connection open.
constexpr int kLingerMs = 5000;

} // namespace

HttpSession::HttpSession(WorkerContext &worker, std::unique_ptr<Transport> client, int listener, Mode mode,
                         QObject *parent)
    : QObject(parent)
    , m_worker(worker)
    , m_client(std::move(client))
    , m_listener(listener)
    , m_mode(mode)
{
    m_client->setHandler(this);
    if (m_listener >= 0 && m_worker.table && size_t(m_listener) < m_worker.table->listeners().size()) {
        const ListenerSpec &spec = m_worker.table->listeners()[size_t(m_listener)];
        m_listenerGeneration = m_worker.table->generation();
        m_listenerBind = spec.bind;
        m_listenerPort = spec.listenPort;
    }
}

void HttpSession::timerEvent(QTimerEvent *event)
{
    if (m_headersTimer.fired(event)) {
        onRequestHeadersTimeout();
    } else if (m_routeTimer.fired(event)) {
        onRouteTimeout();
    } else if (m_perTryTimer.fired(event)) {
        onPerTryTimeout();
    } else if (m_connectTimer.fired(event)) {
        if (m_ex && m_ex->upstream && !m_ex->upstreamConnected)
            onUpstreamFailure(ResponseFlags::UpstreamConnectionFailure, "connection timeout", "connection_timeout");
    } else if (m_lingerTimer.fired(event)) {
        closeSession();
    } else {
        QObject::timerEvent(event);
    }
}

HttpSession::~HttpSession()
{
    m_dead = true;
    if (m_ex && m_ex->endpointCounted)
        m_worker.selector->requestFinished(m_ex->endpoint);
}

void HttpSession::start(const QByteArray &initialBytes)
{
    // QSslSocket reports some failures from inside startServerEncryption(), before this session
    // was the transport's handler; nothing would ever say so otherwise.
    if (m_mode == Mode::GatewayTls) {
        if (const QByteArray failure = m_client->failureReason(); !failure.isEmpty()) {
            transportConnected(m_client.get(), failure);
            return;
        }
    }
    m_in = initialBytes; // grows with what arrives (StreamSocket::readInto), not 64 KiB up front
    if (!m_in.isEmpty())
        processInput();
}

bool HttpSession::isIdle() const
{
    return !m_ex && m_parser.isIdle() && m_inOffset >= m_in.size();
}

void HttpSession::drain()
{
    m_draining = true;
    if (isIdle())
        closeSession();
}

std::unique_ptr<Transport> HttpSession::takeClient(QByteArray *leftover)
{
    *leftover = m_in.mid(m_inOffset);
    m_handedOff = true;
    m_client->setHandler(nullptr);
    return std::move(m_client);
}

// ---------------------------------------------------------------- downstream

void HttpSession::transportReadable(Transport *transport)
{
    if (m_client && transport == m_client.get())
        readClient();
    else if (m_ex && m_ex->upstream && transport == m_ex->upstream->transport())
        readUpstream();
}

void HttpSession::transportWritable(Transport *transport)
{
    updateBackpressure();
    if (m_client && transport == m_client.get() && m_ex && m_ex->upstream && m_ex->upstreamConnected
        && !m_ex->tunnel)
        readUpstream(false);
    if (m_ex && m_ex->upstreamConnected)
        processInput();
    if (m_closing && m_client && m_client->pendingBytes() == 0) {
        if (m_clientEof)
            closeSession();
        else
            m_lingerTimer.start(kDelayedCloseMs); // the answer is out; now wait for the client's FIN
    }
}

void HttpSession::transportConnected(Transport *transport, const QByteArray &error)
{
    if (m_client && transport == m_client.get()) {
        // The downstream TLS handshake (HTTPS gateway server) finished.
        if (!error.isEmpty()) {
            logTlsHandshakeFailure(error);
            closeSession();
        }
        return;
    }
    if (!m_ex || !m_ex->upstream || transport != m_ex->upstream->transport())
        return;
    m_connectTimer.stop();
    if (!error.isEmpty()) {
        onUpstreamFailure(ResponseFlags::UpstreamConnectionFailure, error, "connection_failure");
        return;
    }
    m_ex->upstreamConnected = true;
    m_ex->upstream->connected = true;
    onUpstreamConnected();
}

void HttpSession::newExchange()
{
    m_ex = std::make_unique<Exchange>();
    m_ex->serial = ++m_exchanges;
}

bool HttpSession::isCurrent(quint64 serial) const
{
    return m_ex && m_ex->serial == serial;
}

void HttpSession::logTlsHandshakeFailure(const QByteArray &reason)
{
    // Envoy writes no line for a connection whose TLS handshake failed. Meshgate does: "why was
    // my client refused" (no client certificate for a MUTUAL server, a certificate the client
    // does not trust, plain HTTP sent to an HTTPS port) is the first question when debugging a
    // gateway, and the reason is in the OpenSSL error.
    AccessLogRecord record;
    record.startTimeMs = m_openedAtMs;
    record.durationMs = std::max<qint64>(0, QDateTime::currentMSecsSinceEpoch() - m_openedAtMs);
    record.downstreamLocalAddress = m_client->localAddressText();
    record.downstreamRemoteAddress = m_client->peerAddressText();
    record.requestedServerName = m_serverName;
    record.connectionTerminationDetails = "downstream_tls_handshake_failed{" + reason + '}';
    m_worker.logRefused(std::move(record));
}

void HttpSession::readClient()
{
    if (!m_client)
        return;
    if (m_closing) {
        // Delayed close: what the client still sends is read and dropped until its FIN.
        m_in.resize(0);
        m_inOffset = 0;
        qsizetype n = 0;
        const Transport::ReadStatus status = m_client->readInto(m_in, kReadChunk, &n);
        m_in.resize(0);
        if (status == Transport::ReadStatus::Eof || status == Transport::ReadStatus::Error)
            closeSession();
        return;
    }
    // Bounded input: while a request waits for its upstream, unread bytes stay in the kernel.
    if (m_in.size() - m_inOffset >= 4 * kReadChunk) {
        m_client->setReadEnabled(false);
        return;
    }
    if (m_inOffset > 0 && m_inOffset == m_in.size()) {
        m_in.resize(0);
        m_inOffset = 0;
    }
    qsizetype n = 0;
    const Transport::ReadStatus status = m_client->readInto(m_in, kReadChunk, &n);
    switch (status) {
    case Transport::ReadStatus::Data:
        if (m_parser.isIdle() && !m_ex && m_headersDeadlineMs == 0) {
            m_headersDeadlineMs = monotonicMs() + m_worker.settings.requestHeadersTimeout.count();
            if (!m_headersTimer.isActive())
                m_headersTimer.start(m_worker.settings.requestHeadersTimeout);
        }
        processInput();
        break;
    case Transport::ReadStatus::WouldBlock:
        break;
    case Transport::ReadStatus::Eof:
    case Transport::ReadStatus::Error:
        onClientEof();
        break;
    }
}

void HttpSession::onClientEof()
{
    m_clientEof = true;
    if (m_client)
        m_client->setReadEnabled(false);
    if (!m_ex) {
        if (!m_parser.isIdle() && m_inOffset < m_in.size()) {
            // Half a request and then EOF: nothing to answer; Envoy logs nothing either.
        }
        closeSession();
        return;
    }
    if (m_ex->requestComplete && !m_ex->tunnel) {
        // The client only half-closed (e.g. `nc -N`): finish the response, then close.
        m_ex->closeAfter = true;
        return;
    }
    // The client went away mid-request or mid-tunnel.
    if (m_ex->tunnel && m_ex->upstream) {
        m_ex->upstream->transport()->shutdownWrite();
        m_ex->clientDone = true;
        if (m_ex->upstreamDone)
            finishExchange();
        return;
    }
    m_ex->record.responseFlags.set(ResponseFlags::DownstreamConnectionTermination);
    m_ex->closeAfter = true;
    releaseUpstream(false);
    finishExchange();
}

void HttpSession::processInput()
{
    // Re-entrant calls (a pooled upstream attaching synchronously while a request head is being
    // handled) just ask the running loop for another pass: no queued event, no wake-up syscall.
    if (m_inProcessInput) {
        m_processAgain = true;
        return;
    }
    m_inProcessInput = true;
    do {
        m_processAgain = false;
        processInputOnce();
    } while (m_processAgain && !m_dead);
    m_inProcessInput = false;
}

void HttpSession::processInputOnce()
{
    if (m_handedOff || m_dead)
        return;
    while (m_client && !m_handedOff) {
        // One request at a time: a finished request waits here until its response is done.
        if (m_ex && m_ex->requestComplete && !m_ex->tunnel)
            break;
        // Body bytes wait until there is an upstream to take them (or a local reply).
        if (m_ex && !m_ex->upstreamConnected && !m_ex->localReply && !m_parser.isIdle() && m_ex->headSeen
            && !m_ex->tunnel)
            break;
        if (m_ex && m_ex->upstream && m_ex->upstream->transport()->writeBufferHigh())
            break;
        const qsizetype available = m_in.size() - m_inOffset;
        const HttpParseResult r = m_parser.feed(m_in.constData() + m_inOffset, available);
        m_inOffset += r.consumed;
        switch (r.status) {
        case HttpParseStatus::NeedMore:
            if (m_inOffset == m_in.size()) {
                m_in.resize(0);
                m_inOffset = 0;
            }
            if (m_client)
                m_client->setReadEnabled(true);
            return;
        case HttpParseStatus::HeadComplete:
            m_headersDeadlineMs = 0;
            if (!onRequestHead())
                return;
            break;
        case HttpParseStatus::Body:
            onRequestBody(r.bytes());
            break;
        case HttpParseStatus::MessageComplete:
            onRequestComplete();
            break;
        case HttpParseStatus::Tunnel:
            onTunnelFromClient(r.bytes());
            break;
        case HttpParseStatus::Error: {
            m_headersDeadlineMs = 0;
            const HttpParseError &e = m_parser.error();
            if (!m_ex) {
                newExchange();
                m_ex->begin(m_worker, m_client.get(), m_clientIp, m_parser.head());
            }
            m_ex->record.responseFlags.set(ResponseFlags::DownstreamProtocolError);
            m_in.clear();
            m_inOffset = 0;
            if (m_ex->responseStarted) {
                m_ex->closeAfter = true;
                releaseUpstream(false);
                finishExchange();
            } else {
                releaseUpstream(false);
                sendLocalReply(e.status, e.status == 400 ? QByteArrayLiteral("Bad Request") : QByteArray(),
                               QByteArray(e.details().data(), e.details().size()), {}, true);
            }
            return;
        }
        }
    }
}

bool HttpSession::onRequestHead()
{
    // Before the exchange records the path: the access log shows the path that was routed.
    const PathNormalizer::Outcome pathOutcome = normalizePath(m_parser.head());
    const HttpRequestHead &head = m_parser.head();
    newExchange();
    m_ex->table = m_worker.table;
    m_ex->headSeen = true;
    m_ex->begin(m_worker, m_client.get(), m_clientIp, head);

    if (m_draining)
        m_ex->closeAfter = true;
    if (!head.keepAlive()) {
        m_ex->closeAfter = true;
        m_ex->clientSaidClose = true;
    }

    if (head.version() == HttpVersion::Http10) {
        sendLocalReply(426, "Upgrade Required", QByteArrayLiteral("http1.0_not_supported"), {}, true);
        return true;
    }
    if (!head.hasHostHeader() && head.targetForm() == HttpRequestHead::TargetForm::Origin) {
        sendLocalReply(400, "Bad Request", QByteArrayLiteral("missing_host_header"), ResponseFlags::DownstreamProtocolError, true);
        return true;
    }
    if (!httpsyntax::isAuthorityText(head.host())) {
        sendLocalReply(400, "Bad Request", QByteArrayLiteral("http.invalid_authority"),
                       ResponseFlags::DownstreamProtocolError, true);
        return true;
    }
    if (pathOutcome == PathNormalizer::Outcome::Rejected) {
        sendLocalReply(400, "Bad Request", QByteArrayLiteral("path_normalization_failed"),
                       ResponseFlags::DownstreamProtocolError, true);
        return true;
    }
    if (m_mode == Mode::Mesh && head.method() == HttpMethod::Connect) {
        const QString authority = QString::fromLatin1(head.authority());
        const QString host = hostmatch::stripPort(authority).toString().remove(QLatin1Char('[')).remove(QLatin1Char(']'));
        const qsizetype colon = authority.lastIndexOf(QLatin1Char(':'));
        const quint16 port = colon > 0 && !authority.endsWith(QLatin1Char(']')) ? quint16(authority.mid(colon + 1).toUInt()) : 443;
        // 200 for the tunnel; the ClientHello inside decides the route (TcpProxySession).
        m_client->write("HTTP/1.1 200 OK\r\n\r\n");
        m_ex.reset();
        // Everything after the CONNECT head is tunnel data; the parser hands it out raw from now on.
        Q_EMIT tunnelRequested(this, host, port);
        return false;
    }
    if (head.targetForm() == HttpRequestHead::TargetForm::Asterisk) {
        // Envoy serves only paths starting with '/': "OPTIONS *" is refused before routing.
        sendLocalReply(404, {}, QByteArrayLiteral("absolute_path"), {}, false);
        return true;
    }
    if (head.targetForm() == HttpRequestHead::TargetForm::Authority) {
        // A CONNECT to a gateway has no path, and every Istio route matches one (a route
        // without match conditions is prefix "/"): Envoy answers 404 NR. After a CONNECT head
        // the parser reads tunnel bytes, so the connection cannot carry on.
        sendLocalReply(404, {}, QByteArrayLiteral("route_not_found"), ResponseFlags::NoRouteFound, true);
        return true;
    }
    routeRequest();
    return !m_handedOff;
}

void HttpSession::onRequestBody(QByteArrayView data)
{
    if (!m_ex)
        return;
    m_ex->record.bytesReceived += quint64(data.size());
    if (m_ex->localReply || !m_ex->upstream)
        return; // discarded: answered locally
    if (m_ex->replayable) {
        if (m_ex->replayBody.size() + data.size() <= kMaxReplayBody)
            m_ex->replayBody.append(data.data(), data.size());
        else
            m_ex->replayable = false;
    }
    Transport *up = m_ex->upstream->transport();
    if (m_ex->requestChunked)
        writeChunk(up, data);
    else
        up->write(data);
    updateBackpressure();
}

void HttpSession::onRequestComplete()
{
    if (!m_ex)
        return;
    m_ex->requestComplete = true;
    if (m_ex->localReply) {
        if (m_ex->responseComplete)
            finishExchange();
        return;
    }
    if (m_ex->upstream && m_ex->requestChunked)
        m_ex->upstream->transport()->write("0\r\n\r\n");
    if (m_ex->route && m_ex->route->timeout.count() > 0 && !m_ex->responseComplete && !m_ex->tunnel)
        m_routeTimer.start(m_ex->route->timeout);
    startPerTryTimer();
    if (m_ex->responseComplete)
        finishExchange();
}

void HttpSession::onTunnelFromClient(QByteArrayView data)
{
    if (!m_ex || !m_ex->upstream)
        return;
    m_ex->record.bytesReceived += quint64(data.size());
    if (!m_ex->tunnel) {
        // Bytes after an upgrade request, before the 101: hold them until the upstream agrees.
        m_ex->earlyTunnel.append(data.data(), data.size());
        return;
    }
    m_ex->upstream->transport()->write(data);
    updateBackpressure();
}

// ---------------------------------------------------------------- local replies

void HttpSession::sendLocalReply(int status, const QByteArray &body, const QByteArray &details, ResponseFlags flags,
                                 bool close, const QByteArray &location)
{
    if (!m_ex || !m_client)
        return;
    m_routeTimer.stop();
    m_perTryTimer.stop();
    m_connectTimer.stop();
    m_ex->localReply = true;
    m_ex->responseStarted = true;
    m_ex->responseComplete = true;
    m_ex->record.responseCode = status;
    m_ex->record.responseFlags |= flags;
    m_ex->record.responseCodeDetails = details;
    if (close)
        m_ex->closeAfter = true;
    // An unread request body is drained (keep-alive stays possible) unless we close anyway.
    if (!m_ex->requestComplete && m_ex->closeAfter)
        m_ex->abandonRequest = true;

    QByteArray &out = m_worker.scratch;
    out.resize(0); // keeps the capacity, unlike clear()
    out += "HTTP/1.1 ";
    httpsyntax::appendDecimal(out, status);
    out += ' ';
    const QByteArrayView reason = HttpResponseHead::standardReason(status);
    out.append(reason.data(), reason.size());
    out += "\r\n";
    if (!location.isEmpty()) {
        out += "location: ";
        out += location;
        out += "\r\n";
    }
    out += "date: ";
    out += m_worker.httpDate();
    out += "\r\nserver: istio-envoy\r\n";
    if (!body.isEmpty())
        out += "content-type: text/plain\r\n";
    out += "content-length: ";
    httpsyntax::appendDecimal(out, body.size());
    out += "\r\n";
    if (m_ex->closeAfter)
        out += "connection: close\r\n";
    out += "\r\n";
    const bool head = m_parser.head().method() == HttpMethod::Head;
    m_client->write2(out, head ? QByteArrayView() : QByteArrayView(body));
    m_ex->record.bytesSent = head ? 0 : quint64(body.size());
    if (m_ex->requestComplete || m_ex->abandonRequest)
        finishExchange();
    else // read (and drop) the rest of the request so the connection can carry the next one
        processInput();
}

void HttpSession::sendRedirect(const QByteArray &location, int code)
{
    sendLocalReply(code, {}, QByteArrayLiteral("via_route"), {}, false, location);
}

void HttpSession::writeChunk(Transport *to, QByteArrayView data)
{
    if (data.isEmpty())
        return;
    char header[24];
    const int n = std::snprintf(header, sizeof(header), "%llx\r\n", static_cast<unsigned long long>(data.size()));
    QByteArray &out = m_worker.scratch;
    out.resize(0);
    out.append(header, n);
    out.append(data.data(), data.size());
    out.append("\r\n", 2);
    to->write(out);
}

// ---------------------------------------------------------------- completion

void HttpSession::finishExchange()
{
    if (!m_ex)
        return;
    m_routeTimer.stop();
    m_perTryTimer.stop();
    m_connectTimer.stop();
    std::unique_ptr<Exchange> ex = std::move(m_ex);
    if (ex->endpointCounted) {
        m_worker.selector->requestFinished(ex->endpoint);
        ex->endpointCounted = false;
    }
    if (ex->upstream)
        releaseUpstream(false);
    ex->record.durationMs = ex->durationMs();
    if (m_worker.captureResponseHeaders.isEmpty() == false && ex->record.responseHeaders.isEmpty()) {
        // Already captured when the response head was forwarded.
    }
    ex->record.requestedServerName = m_serverName;
    const QByteArray service = ex->cluster ? ex->cluster->destinationService : QByteArray();
    m_worker.log(std::move(ex->record), service);

    const bool close = ex->closeAfter || ex->abandonRequest || m_draining || m_clientEof || ex->tunnel;
    if (close) {
        m_closing = true;
        if (!m_client) {
            closeSession();
        } else if (m_clientEof || ex->tunnel) {
            m_client->setReadEnabled(false);
            if (m_client->pendingBytes() == 0)
                closeSession();
            else
                m_lingerTimer.start(kLingerMs);
        } else if (ex->clientSaidClose && ex->requestComplete && !ex->abandonRequest && !m_draining
                   && m_inOffset == m_in.size() && m_client->pendingBytes() == 0
                   && !m_client->mayHaveUnreadInput()) {
            // The client said this was its last request, all it sent has been read and the answer
            // is with the kernel: close() sends the FIN after it, as nginx does. Waiting for the
            // client's FIN (below) cost a shutdown(), a wake-up and a read per connection
            // (tests/bench (e)); it stays for every case where unread bytes could turn into RST.
            closeSession();
        } else {
            // As Envoy's FlushWriteAndDelay: FIN after the answer, then keep reading until the
            // client closes. Closing with request bytes still unread in the socket sends RST,
            // and an RST can destroy the answer (a 400, a 408) before the client has read it.
            m_client->shutdownWrite();
            m_client->setReadEnabled(true);
            m_lingerTimer.start(m_client->pendingBytes() == 0 ? kDelayedCloseMs : kLingerMs);
        }
        return;
    }
    // Next pipelined request, if any bytes of it are here already.
    if (m_inOffset < m_in.size())
        processInput();
    else if (m_client)
        m_client->setReadEnabled(true);
}

void HttpSession::closeSession()
{
    if (m_dead)
        return;
    m_dead = true;
    m_headersTimer.stop();
    m_routeTimer.stop();
    m_perTryTimer.stop();
    m_connectTimer.stop();
    m_lingerTimer.stop();
    if (m_ex) {
        releaseUpstream(false);
        if (!m_ex->logged) {
            m_ex->record.durationMs = m_ex->durationMs();
            if (!m_ex->responseComplete)
                m_ex->record.responseFlags.set(ResponseFlags::DownstreamConnectionTermination);
            m_ex->record.requestedServerName = m_serverName;
            const QByteArray service = m_ex->cluster ? m_ex->cluster->destinationService : QByteArray();
            m_worker.log(std::move(m_ex->record), service);
            m_ex->logged = true;
        }
    }
    if (m_client && !m_handedOff) {
        m_client->setHandler(nullptr);
        m_client->close();
    }
    Q_EMIT finished(this);
}

void HttpSession::onRequestHeadersTimeout()
{
    if (m_headersDeadlineMs == 0)
        return; // the head arrived meanwhile: nothing to wait for until the next request starts
    const qint64 left = m_headersDeadlineMs - monotonicMs();
    if (left > 0) {
        m_headersTimer.start(int(left));
        return;
    }
    // The request began with its first byte, a whole timeout ago: its log line says so.
    const qint64 waitedMs = -left + m_worker.settings.requestHeadersTimeout.count();
    m_headersDeadlineMs = 0;
    if (m_ex || m_parser.isIdle())
        return;
    // Headers trickling in too slowly (slowloris): 408, as Envoy's request_headers_timeout.
    newExchange();
    m_ex->begin(m_worker, m_client.get(), m_clientIp, m_parser.head());
    m_ex->record.startTimeMs -= waitedMs;
    m_ex->clockStartedLateMs = waitedMs;
    m_ex->record.method.clear();
    m_ex->record.path.clear();
    m_ex->record.protocol = "HTTP/1.1";
    sendLocalReply(408, "request header timeout", QByteArrayLiteral("request_header_timeout"), {}, true);
}

void HttpSession::updateBackpressure()
{
    if (!m_ex || !m_client)
        return;
    // Stop reading a side while the other side's write buffer is above the high-water mark.
    if (m_ex->upstream) {
        Transport *up = m_ex->upstream->transport();
        const bool clientBackedUp = m_client->writeBufferHigh();
        if (m_ex->upstreamConnected)
            up->setReadEnabled(!clientBackedUp);
        m_client->setReadEnabled(!up->writeBufferHigh());
    }
}

} // namespace meshgate
