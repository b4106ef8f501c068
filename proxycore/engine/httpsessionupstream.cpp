// SPDX-License-Identifier: GPL-3.0-or-later
// HttpSession, second half: routing a parsed request, talking to the upstream, relaying the
// response, retries and upstream failures.
#include "engine/httpexchange.h"
#include "engine/mirrorrequest.h"
#include "http/httpsyntax.h"
#include "routing/hostmatch.h"

#include <QDateTime>
#include <QPointer>
#include <QTimer>
#include <QVarLengthArray>

#include <climits>

#include <algorithm>

namespace meshgate {

namespace {

constexpr qsizetype kReadChunk = 64 * 1024;

bool lookupHeader(const void *context, QByteArrayView lowerName, QByteArrayView *value)
{
    const QByteArrayView v = static_cast<const HttpHeaders *>(context)->value(lowerName);
    if (v.isNull())
        return false;
    *value = v;
    return true;
}

bool equalsCi(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && qstrnicmp(a.data(), a.size(), b.data(), b.size()) == 0;
}

QByteArrayView withoutPort(QByteArrayView authority)
{
    if (authority.startsWith('[')) {
        const qsizetype close = authority.indexOf(']');
        return close < 0 ? authority : authority.first(close + 1);
    }
    const qsizetype colon = httpsyntax::lastIndexOfChar(authority, ':');
    return colon < 0 || authority.indexOf(':') != colon ? authority : authority.first(colon);
}

// Fields a proxy must not forward (RFC 9110 §7.6.1), those it sets itself, and client-sent
// x-envoy-* (never trusted from outside).
bool dropRequestField(QByteArrayView name, bool upgrade)
{
    if (name.size() > 8 && qstrnicmp(name.data(), 8, "x-envoy-", 8) == 0)
        return true;
    static constexpr QByteArrayView always[] = {"host", "connection", "keep-alive", "proxy-connection", "te",
                                                "expect", "x-forwarded-proto", "x-forwarded-for", "x-request-id",
                                                "trailer"};
    for (QByteArrayView n : always)
        if (equalsCi(name, n))
            return true;
    return !upgrade && equalsCi(name, "upgrade");
}

QByteArrayView trimmedOws(QByteArrayView v)
{
    while (!v.isEmpty() && (v.front() == ' ' || v.front() == '\t'))
        v = v.sliced(1);
    while (!v.isEmpty() && (v.back() == ' ' || v.back() == '\t'))
        v.chop(1);
    return v;
}

// Calls f(token) for each element of a comma-separated field value, parameters (";q=...") cut.
template<typename F>
void forEachToken(QByteArrayView value, F &&f)
{
    while (!value.isEmpty()) {
        const qsizetype comma = value.indexOf(',');
        QByteArrayView element = comma < 0 ? value : value.first(comma);
        value = comma < 0 ? QByteArrayView() : value.sliced(comma + 1);
        const qsizetype semicolon = element.indexOf(';');
        if (semicolon >= 0)
            element = element.first(semicolon);
        element = trimmedOws(element);
        if (!element.isEmpty())
            f(element);
    }
}

// Field names a Connection header nominates as hop-by-hop (RFC 9110 §7.6.1): not forwarded.
// The framing fields never count: dropping Content-Length or Transfer-Encoding while forwarding
// the body would let the body bytes pass for a request of their own.
using NominatedFields = QVarLengthArray<QByteArrayView, 8>;
void collectNominated(const HttpHeaders &headers, NominatedFields *out)
{
    for (const HttpHeaders::Field f : headers) {
        if (!equalsCi(f.name, "connection"))
            continue;
        forEachToken(f.value, [out](QByteArrayView token) {
            if (!equalsCi(token, "content-length") && !equalsCi(token, "transfer-encoding") && !equalsCi(token, "host"))
                out->append(token);
        });
    }
}

bool isNominated(const NominatedFields &nominated, QByteArrayView name)
{
    return std::any_of(nominated.begin(), nominated.end(), [name](QByteArrayView n) { return equalsCi(n, name); });
}

bool dropResponseField(QByteArrayView name, bool rechunk)
{
    static constexpr QByteArrayView always[] = {"connection", "keep-alive", "proxy-connection", "server",
                                                "x-envoy-upstream-service-time", "upgrade"};
    for (QByteArrayView n : always)
        if (equalsCi(name, n))
            return true;
    return rechunk && equalsCi(name, "transfer-encoding");
}

bool opsTouch(const HeaderOps &ops, QByteArrayView name)
{
    for (const QByteArray &r : ops.remove)
        if (equalsCi(name, r))
            return true;
    for (const auto &[n, v] : ops.set)
        if (equalsCi(name, n))
            return true;
    return false;
}

void appendField(QByteArray &out, QByteArrayView name, QByteArrayView value)
{
    out.append(name.data(), name.size());
    out.append(": ", 2);
    out.append(value.data(), value.size());
    out.append("\r\n", 2);
}

void appendField(QByteArray &out, QByteArrayView name, qint64 value)
{
    out.append(name.data(), name.size());
    out.append(": ", 2);
    httpsyntax::appendDecimal(out, value);
    out.append("\r\n", 2);
}

void appendOps(QByteArray &out, const HeaderOps &ops)
{
    for (const auto &[n, v] : ops.set)
        appendField(out, n, v);
    for (const auto &[n, v] : ops.add)
        appendField(out, n, v);
}

QByteArray peerIp(const QByteArray &addressText)
{
    if (addressText.startsWith('['))
        return addressText.mid(1, addressText.indexOf(']') - 1);
    const qsizetype colon = addressText.lastIndexOf(':');
    return colon < 0 ? addressText : addressText.left(colon);
}

bool percentHit(WorkerContext &worker, double percent)
{
    if (percent >= 100)
        return true;
    if (percent <= 0)
        return false;
    return double(worker.random() % 1000000) < percent * 10000;
}

bool isIdempotent(HttpMethod m)
{
    return m == HttpMethod::Get || m == HttpMethod::Head || m == HttpMethod::Options || m == HttpMethod::Put
        || m == HttpMethod::Delete || m == HttpMethod::Trace;
}

} // namespace

void HttpSession::Exchange::begin(WorkerContext &worker, Transport *client, QByteArray &clientIp,
                                  const HttpRequestHead &head)
{
    clock.start();
    record.startTimeMs = QDateTime::currentMSecsSinceEpoch();
    record.protocol = head.version() == HttpVersion::Http10 ? QByteArrayLiteral("HTTP/1.0") : QByteArrayLiteral("HTTP/1.1");
    record.authority = head.host().toByteArray(); // the stats' top hosts read it too
    QByteArray requestId = head.headers().value("x-request-id").toByteArray();
    if (requestId.isEmpty())
        requestId = worker.newRequestId();
    record.requestId = requestId;
    if (client) {
        record.downstreamLocalAddress = client->localAddressText();
        record.downstreamRemoteAddress = client->peerAddressText();
        if (clientIp.isEmpty())
            clientIp = peerIp(record.downstreamRemoteAddress); // once per connection
        const QByteArrayView xff = head.headers().value("x-forwarded-for");
        record.xForwardedFor = xff.isEmpty() ? clientIp : xff.toByteArray() + ", " + clientIp;
    }
    if (!worker.settings.recordAccessLog)
        return; // what follows only a log line shows
    record.method = head.methodName().toByteArray();
    record.path = head.method() == HttpMethod::Connect ? head.authority().toByteArray() : head.path().toByteArray();
    record.userAgent = head.headers().value("user-agent").toByteArray();
    for (const QByteArray &name : worker.captureRequestHeaders) {
        const QByteArrayView v = head.headers().value(name);
        if (!v.isNull())
            record.requestHeaders.append({name, v.toByteArray()});
    }
}

// ---------------------------------------------------------------- routing

int HttpSession::listenerIn(const RouteTable &table)
{
    if (m_listener < 0 || table.generation() == m_listenerGeneration)
        return m_listener;
    m_listenerGeneration = table.generation();
    const auto &listeners = table.listeners();
    m_listener = INT_MAX; // gone with the reload: no routes (matchHttp finds nothing past the end)
    for (size_t i = 0; i < listeners.size(); ++i)
        if (listeners[i].listenPort == m_listenerPort && listeners[i].bind == m_listenerBind)
            m_listener = int(i);
    if (m_tlsServer >= 0) {
        m_tlsServer = INT_MAX; // the server gone with the reload: no routes
        if (size_t(m_listener) < listeners.size()) {
            const int index = listeners[size_t(m_listener)].serverTlsByName.indexOf(m_tlsGateway, m_tlsPortName);
            if (index >= 0)
                m_tlsServer = index;
        }
    }
    return m_listener;
}

void HttpSession::routeRequest()
{
    const HttpRequestHead &head = m_parser.head();
    const RouteTable &table = *m_ex->table;
    const bool mesh = m_mode == Mode::Mesh;

    const QByteArrayView hostHeader = head.host();
    const QByteArrayView hostOnly = withoutPort(hostHeader);
    m_ex->host = hostOnly.toByteArray().toLower();
    quint16 requestPort = head.scheme() == "https" ? 443 : 80;
    if (hostOnly.size() < hostHeader.size())
        requestPort = quint16(hostHeader.sliced(hostOnly.size() + 1).toByteArray().toUInt());
    const int listener = mesh ? -1 : listenerIn(table);
    if (mesh) {
        m_ex->gatewayPort = requestPort;
    } else if (listener >= 0 && size_t(listener) < table.listeners().size()) {
        m_ex->gatewayPort = table.listeners()[size_t(listener)].gatewayPort;
    }
    m_ex->originalPort = requestPort;

    const QByteArrayView scheme = mesh ? (head.scheme().isEmpty() ? QByteArrayView("http") : head.scheme())
                                       : (m_mode == Mode::GatewayTls ? QByteArrayView("https") : QByteArrayView("http"));
    const RouteTable::HttpMatchResult match =
        table.matchHttp(listener, m_ex->host, m_ex->gatewayPort, head.methodName(), head.path(), scheme,
                        &lookupHeader, &head.headers(), m_tlsServer);
    m_ex->virtualHost = match.virtualHost;
    m_ex->route = match.route;

    if (!match.virtualHost && mesh) {
        // A host no VirtualService binds: its ServiceEntry's cluster when there is one, else the
        // outbound traffic policy (PassthroughCluster or BlackHoleCluster).
        const int index = table.meshDefaultCluster(m_ex->host, m_ex->originalPort);
        if (index >= 0) {
            m_ex->cluster = &table.clusters()[size_t(index)];
            m_ex->record.upstreamCluster = m_ex->cluster->name;
        }
        if (index < 0 || m_ex->cluster->discovery == Cluster::Discovery::BlackHole) {
            sendLocalReply(502, {}, QByteArrayLiteral("cluster_not_found"), {}, false);
            return;
        }
        m_ex->runtime = m_worker.clusters->get(m_ex->cluster->name);
        startUpstream();
        return;
    }
    if (match.virtualHost && match.virtualHost->httpsRedirect) {
        QByteArray location = "https://" + hostOnly.toByteArray() + head.path().toByteArray();
        sendRedirect(location, 301);
        return;
    }
    if (!match.route) {
        sendLocalReply(404, {}, QByteArrayLiteral("route_not_found"), ResponseFlags::NoRouteFound, false);
        return;
    }
    const CompiledHttpRoute &route = *match.route;
    m_ex->record.routeName = route.name;

    // Envoy's fault filter delays first and aborts after the delay.
    const bool abort = route.fault && route.fault->abortStatus && percentHit(m_worker, route.fault->abortPercent);
    auto proceed = [this, abort] {
        if (abort) {
            sendLocalReply(*m_ex->route->fault->abortStatus, QByteArrayLiteral("fault filter abort"),
                           QByteArrayLiteral("fault_filter_abort"), ResponseFlags::FaultInjected, false);
            return;
        }
        const CompiledHttpRoute &r = *m_ex->route;
        const HttpRequestHead &h = m_parser.head();
        switch (r.kind) {
        case CompiledHttpRoute::Kind::Redirect: {
            const RedirectAction &a = r.redirect;
            QByteArray scheme = a.scheme.isEmpty() ? QByteArray(m_mode == Mode::GatewayTls ? "https" : "http") : a.scheme;
            QByteArray authority = a.authority.isEmpty() ? withoutPort(h.host()).toByteArray() : a.authority;
            if (a.port)
                authority += ':' + QByteArray::number(*a.port);
            else if (a.derivePortFromRequest && m_ex->originalPort != 80)
                authority += ':' + QByteArray::number(m_ex->originalPort);
            else if (a.authority.isEmpty() && a.scheme.isEmpty() && withoutPort(h.host()).size() < h.host().size())
                authority = h.host().toByteArray();
            QByteArray path = h.path().toByteArray();
            if (!a.uri.isEmpty()) {
                const qsizetype q = path.indexOf('?');
                path = a.uri + (q >= 0 && !a.uri.contains('?') ? path.mid(q) : QByteArray());
            } else if (!a.prefixRewrite.isEmpty()) {
                for (const CompiledMatch &m : r.matches)
                    if (m.uri.kind == StringMatch::Kind::Prefix && path.startsWith(m.uri.value)) {
                        path = a.prefixRewrite + path.mid(m.uri.value.size());
                        break;
                    }
            }
            sendRedirect(scheme + "://" + authority + path, a.code);
            return;
        }
        case CompiledHttpRoute::Kind::DirectResponse:
            sendLocalReply(r.directResponse.status, r.directResponse.body, QByteArrayLiteral("direct_response"), {},
                           false);
            return;
        case CompiledHttpRoute::Kind::Route:
            break;
        }
        // Weighted pick among the destinations.
        const RouteTarget *target = nullptr;
        if (r.targets.size() == 1 || r.totalWeight <= 0) {
            target = r.targets.empty() ? nullptr : &r.targets.front();
        } else {
            int x = int(m_worker.random() % quint32(r.totalWeight));
            for (const RouteTarget &t : r.targets) {
                x -= t.weight;
                if (x < 0) {
                    target = &t;
                    break;
                }
            }
            if (!target)
                target = &r.targets.back();
        }
        m_ex->target = target;
        if (!target || target->cluster < 0) {
            sendLocalReply(503, {}, QByteArrayLiteral("cluster_not_found"), ResponseFlags::NoClusterFound, false);
            return;
        }
        m_ex->cluster = &m_ex->table->clusters()[size_t(target->cluster)];
        m_ex->record.upstreamCluster = m_ex->cluster->name;
        m_ex->runtime = m_worker.clusters->get(m_ex->cluster->name);
        if (r.rewrite) {
            const RewriteAction &rw = *r.rewrite;
            const QByteArray path = h.path().toByteArray();
            if (rw.regex) {
                const qsizetype q = path.indexOf('?');
                QString p = QString::fromLatin1(q >= 0 ? path.left(q) : path);
                p.replace(*rw.regex, QString::fromLatin1(rw.regexSubstitution));
                m_ex->rewrittenPath = p.toLatin1() + (q >= 0 ? path.mid(q) : QByteArray());
                // The substitution is configuration text the validator does not vet for control
                // bytes; a CR/LF (or space) there would write extra header lines into the
                // upstream request. Refused like Envoy refuses headers its codec cannot encode.
                if (std::any_of(m_ex->rewrittenPath.cbegin(), m_ex->rewrittenPath.cend(),
                                [](char c) { return uchar(c) <= 0x20 || uchar(c) == 0x7f; })) {
                    sendLocalReply(503, QByteArrayLiteral("invalid rewritten path"),
                                   QByteArrayLiteral("invalid_rewritten_path"), ResponseFlags::DownstreamProtocolError,
                                   false);
                    return;
                }
            } else if (!rw.uri.isEmpty()) {
                QByteArray prefix;
                for (const CompiledMatch &m : r.matches)
                    if (m.uri.kind == StringMatch::Kind::Prefix && m.uri.matches(path)) {
                        prefix = path.left(m.uri.value.size());
                        break;
                    }
                if (!prefix.isEmpty())
                    m_ex->rewrittenPath = rw.uri + path.mid(prefix.size());
                else {
                    const qsizetype q = path.indexOf('?');
                    m_ex->rewrittenPath = rw.uri + (q >= 0 ? path.mid(q) : QByteArray());
                }
                if (m_ex->rewrittenPath.isEmpty() || m_ex->rewrittenPath.front() != '/')
                    m_ex->rewrittenPath.prepend('/');
            }
            m_ex->rewrittenAuthority = rw.authority;
        }
        if (m_ex->rewrittenAuthority.isEmpty() && !target->authority.isEmpty())
            m_ex->rewrittenAuthority = target->authority;
        startMirror();
        startUpstream();
    };
    if (route.fault && route.fault->delay && percentHit(m_worker, route.fault->delayPercent)) {
        m_ex->record.responseFlags.set(ResponseFlags::DelayInjected);
        // The route timeout is not running yet: it starts when the request is complete, and
        // that needs an upstream (as Envoy's router sees the request only after the delay).
        QPointer<HttpSession> guard(this);
        const quint64 serial = m_ex->serial;
        QTimer::singleShot(*route.fault->delay, this, [guard, serial, proceed] {
            if (guard && guard->isCurrent(serial))
                proceed();
        });
        return;
    }
    proceed();
}

void HttpSession::startMirror()
{
    const CompiledHttpRoute &r = *m_ex->route;
    if (r.mirrors.empty())
        return;
    const HttpRequestHead &h = m_parser.head();
    // Only bodiless requests are mirrored: the body streams to the primary upstream and is not
    // buffered for a second receiver.
    if (h.bodyFraming() != HttpBodyFraming::None)
        return;
    for (const MirrorTarget &m : r.mirrors) {
        if (m.cluster < 0 || !percentHit(m_worker, m.percent))
            continue;
        QByteArray head = h.methodName().toByteArray() + ' ' + h.path().toByteArray() + " HTTP/1.1\r\n";
        appendField(head, "host", withoutPort(h.host()).toByteArray() + "-shadow");
        for (const HttpHeaders::Field f : h.headers())
            if (!dropRequestField(f.name, false))
                appendField(head, f.name, f.value);
        appendField(head, "x-request-id", m_ex->record.requestId);
        appendField(head, "connection", "close");
        head += "\r\n";
        MirrorRequest::start(m_worker, m_ex->table, m.cluster, std::move(head));
    }
}

// ---------------------------------------------------------------- upstream

void HttpSession::startUpstream()
{
    ++m_ex->attempts;
    if (m_ex->cluster->discovery == Cluster::Discovery::OriginalDst && m_ex->originalHost.isEmpty())
        m_ex->originalHost = QString::fromLatin1(m_ex->host);
    EndpointList known;
    if (m_worker.selector->resolveNow(*m_ex->cluster, m_ex->originalHost, m_ex->originalPort, &known)) {
        onEndpoints(std::move(known), QString());
        return;
    }
    QPointer<HttpSession> guard(this);
    const quint64 serial = m_ex->serial;
    m_worker.selector->resolve(*m_ex->cluster, m_ex->originalHost, m_ex->originalPort,
                               [guard, serial](EndpointList endpoints, const QString &error) {
                                   if (guard && guard->isCurrent(serial))
                                       guard->onEndpoints(std::move(endpoints), error);
                               });
}

void HttpSession::onEndpoints(EndpointList endpoints, const QString &dnsError)
{
    const Cluster &cluster = *m_ex->cluster;
    if (endpoints->empty()) {
        if (!dnsError.isEmpty()) {
            sendLocalReply(503, QByteArrayLiteral("no healthy upstream"), QByteArrayLiteral("dns_resolution_failure"),
                           ResponseFlags::DnsResolutionFailed, false);
        } else {
            sendLocalReply(503, QByteArrayLiteral("no healthy upstream"), QByteArrayLiteral("no_healthy_upstream"),
                           ResponseFlags::NoHealthyUpstream, false);
        }
        return;
    }
    m_ex->endpoints = std::move(endpoints);
    const ResolvedEndpoint *ep =
        m_worker.selector->pick(cluster, *m_ex->runtime, *m_ex->endpoints, m_ex->retried ? m_ex->endpoint : QByteArray());
    if (!ep) {
        sendLocalReply(503, QByteArrayLiteral("no healthy upstream"), QByteArrayLiteral("no_healthy_upstream"),
                       ResponseFlags::NoHealthyUpstream, false);
        return;
    }
    m_ex->endpoint = ep->text;
    m_ex->record.upstreamHost = ep->text;
    m_worker.selector->requestStarted(ep->text);
    m_ex->endpointCounted = true;

    // Only TLS origination uses a server name (and only then is it part of the pool key).
    const UpstreamTlsPolicy::Mode tlsMode = cluster.policy.tls.mode;
    const bool originatesTls = tlsMode == UpstreamTlsPolicy::Mode::Simple || tlsMode == UpstreamTlsPolicy::Mode::Mutual;
    const QString sni = !originatesTls ? QString()
        : cluster.policy.tls.sni.isEmpty() ? QString::fromLatin1(m_ex->host)
                                           : cluster.policy.tls.sni;
    if (std::unique_ptr<UpstreamConnection> idle = m_worker.pool->takeIdle(*ep, cluster, sni)) {
        attachUpstream(std::move(idle), true);
        return;
    }
    if (m_ex->runtime->activeConnections.load(std::memory_order_relaxed) >= cluster.policy.maxConnections) {
        sendLocalReply(503,
                       QByteArrayLiteral("upstream connect error or disconnect/reset before headers. reset reason: overflow"),
                       QByteArrayLiteral("upstream_reset_before_response_started{overflow}"),
                       ResponseFlags::UpstreamOverflow, false);
        return;
    }
    QByteArray error;
    std::unique_ptr<UpstreamConnection> connection =
        m_worker.pool->connect(*ep, cluster, sni, m_ex->runtime, this, &error);
    if (!connection) {
        onUpstreamFailure(ResponseFlags::UpstreamConnectionFailure, error, QByteArrayLiteral("connection_failure"));
        return;
    }
    m_connectTimer.start(cluster.policy.connectTimeout);
    attachUpstream(std::move(connection), false);
}

void HttpSession::attachUpstream(std::unique_ptr<UpstreamConnection> connection, bool reused)
{
    m_ex->upstream = std::move(connection);
    m_ex->upstream->transport()->setHandler(this);
    m_ex->upstreamReused = reused;
    m_upIn.resize(0);
    m_upOffset = 0;
    if (reused || m_ex->upstream->connected) {
        m_ex->upstreamConnected = true;
        onUpstreamConnected();
    }
}

void HttpSession::onUpstreamConnected()
{
    m_ex->record.upstreamLocalAddress = m_ex->upstream->transport()->localAddressText();
    sendRequestHead();
    startPerTryTimer();
    // Body bytes that waited for this connection.
    processInput();
}

void HttpSession::sendRequestHead()
{
    const HttpRequestHead &head = m_parser.head();
    const CompiledHttpRoute *route = m_ex->route;
    const RouteTarget *target = m_ex->target;
    const bool upgrade = head.isUpgrade();
    QByteArray &out = m_worker.scratch;
    out.resize(0);
    out.reserve(512 + head.headers().serializedSize());
    const QByteArrayView method = head.methodName();
    out.append(method.data(), method.size());
    out += ' ';
    const QByteArrayView path = m_ex->rewrittenPath.isEmpty() ? head.path() : QByteArrayView(m_ex->rewrittenPath);
    out.append(path.data(), path.size());
    out += " HTTP/1.1\r\n";
    appendField(out, "host", m_ex->rewrittenAuthority.isEmpty() ? head.host() : QByteArrayView(m_ex->rewrittenAuthority));
    const bool mesh = m_mode == Mode::Mesh;
    NominatedFields nominated;
    collectNominated(head.headers(), &nominated);
    for (const HttpHeaders::Field f : head.headers()) {
        if (dropRequestField(f.name, upgrade) || (!nominated.isEmpty() && isNominated(nominated, f.name)))
            continue;
        if (mesh && equalsCi(f.name, "proxy-authorization"))
            continue;
        if ((route && opsTouch(route->requestOps, f.name)) || (target && opsTouch(target->requestOps, f.name)))
            continue;
        appendField(out, f.name, f.value);
    }
    appendField(out, "x-forwarded-for", m_ex->record.xForwardedFor);
    appendField(out, "x-forwarded-proto", m_mode == Mode::GatewayTls ? "https" : "http");
    appendField(out, "x-request-id", m_ex->record.requestId);
    appendField(out, "x-envoy-attempt-count", qint64(m_ex->attempts));
    if (!m_ex->rewrittenPath.isEmpty())
        appendField(out, "x-envoy-original-path", head.path());
    // TE is hop-by-hop; Envoy passes on only its "trailers" element.
    const QByteArrayView te = head.headers().value("te");
    bool teTrailers = false;
    if (!te.isNull())
        forEachToken(te, [&teTrailers](QByteArrayView token) { teTrailers |= equalsCi(token, "trailers"); });
    if (teTrailers)
        appendField(out, "te", "trailers");
    if (upgrade) {
        appendField(out, "connection", "upgrade");
        appendField(out, "upgrade", head.upgradeProtocol());
    }
    if (route)
        appendOps(out, route->requestOps);
    if (target)
        appendOps(out, target->requestOps);
    out += "\r\n";

    m_ex->requestChunked = head.bodyFraming() == HttpBodyFraming::Chunked;
    m_responseParser.reset();
    m_responseParser.setRequest(head.method(), upgrade);
    m_ex->upstreamClock.start();
    m_ex->headSent = true;
    Transport *up = m_ex->upstream->transport();
    if (m_ex->retried && !m_ex->replayBody.isEmpty()) {
        // A retry replays the body bytes already forwarded, framed as before.
        if (m_ex->requestChunked) {
            up->write(out);
            writeChunk(up, m_ex->replayBody);
        } else {
            up->write2(out, m_ex->replayBody);
        }
        if (m_ex->requestComplete && m_ex->requestChunked)
            up->write("0\r\n\r\n");
    } else {
        up->write(out);
    }
    if (head.expectsContinue() && !m_ex->requestComplete && !m_ex->retried)
        m_client->write("HTTP/1.1 100 Continue\r\n\r\n");
}

void HttpSession::readUpstream(bool fromSocket)
{
    if (!m_ex || !m_ex->upstream)
        return;
    Transport *up = m_ex->upstream->transport();
    if (m_client && m_client->writeBufferHigh()) {
        up->setReadEnabled(false);
        return;
    }
    if (m_upOffset > 0 && m_upOffset == m_upIn.size()) {
        m_upIn.resize(0);
        m_upOffset = 0;
    }
    bool eof = false;
    bool error = false;
    if (fromSocket) {
        qsizetype n = 0;
        const Transport::ReadStatus status = up->readInto(m_upIn, kReadChunk, &n);
        if (status == Transport::ReadStatus::WouldBlock)
            return;
        eof = status == Transport::ReadStatus::Eof;
        error = status == Transport::ReadStatus::Error;
    }

    const quint64 serial = m_ex->serial;
    auto alive = [&] { return isCurrent(serial) && m_ex->upstream; };
    // Feed until the parser asks for more: an event may need no new byte (MessageComplete after
    // the last body chunk), so an empty remainder is not the end of the loop.
    while (alive()) {
        const HttpParseResult r = m_responseParser.feed(m_upIn.constData() + m_upOffset, m_upIn.size() - m_upOffset);
        m_upOffset += r.consumed;
        switch (r.status) {
        case HttpParseStatus::NeedMore:
            flushResponseHead();
            break;
        case HttpParseStatus::HeadComplete:
            onResponseHead();
            continue;
        case HttpParseStatus::Body:
            onResponseBody(r.bytes());
            if (alive() && m_client && m_client->writeBufferHigh()) {
                m_ex->upstream->transport()->setReadEnabled(false);
                return;
            }
            continue;
        case HttpParseStatus::MessageComplete:
            if (m_responseParser.head().isInterim() || m_ex->tunnel)
                continue;
            onResponseComplete();
            return;
        case HttpParseStatus::Tunnel:
            m_ex->record.bytesSent += quint64(r.length);
            flushResponseHead(r.bytes());
            continue;
        case HttpParseStatus::Error:
            flushResponseHead();
            if (!m_ex->responseStarted) {
                m_ex->record.responseFlags.set(ResponseFlags::UpstreamProtocolError);
                reportEndpointFailure();
                releaseUpstream(false);
                sendLocalReply(502,
                               QByteArrayLiteral("upstream connect error or disconnect/reset before headers. reset "
                                                 "reason: protocol error"),
                               QByteArrayLiteral("upstream_reset_before_response_started{protocol_error}"),
                               ResponseFlags::UpstreamProtocolError, false);
            } else {
                m_ex->record.responseFlags.set(ResponseFlags::UpstreamProtocolError);
                m_ex->closeAfter = true;
                m_client->abort();
                releaseUpstream(false);
                finishExchange();
            }
            return;
        }
        break;
    }
    if (!alive())
        return;
    flushResponseHead();
    if (m_upOffset == m_upIn.size()) {
        m_upIn.resize(0);
        m_upOffset = 0;
    }
    if (!eof && !error)
        return;

    if (m_ex->tunnel) {
        m_ex->upstreamDone = true;
        m_client->shutdownWrite();
        releaseUpstream(false);
        if (m_ex->clientDone || m_clientEof)
            finishExchange();
        else
            m_ex->closeAfter = true;
        return;
    }
    const HttpParseResult r = eof ? m_responseParser.finish() : HttpParseResult{HttpParseStatus::Error, 0, nullptr, 0};
    if (r.status == HttpParseStatus::MessageComplete) {
        onResponseComplete();
        return;
    }
    const ResponseFlags::Flag flag =
        error ? ResponseFlags::UpstreamRemoteReset : ResponseFlags::UpstreamConnectionTermination;
    if (m_ex->responseStarted) {
        // Cut mid-body: the client must not mistake a truncated body for a complete one.
        m_ex->record.responseFlags.set(flag);
        m_ex->closeAfter = true;
        releaseUpstream(false);
        m_client->abort();
        finishExchange();
        return;
    }
    // A pooled connection the upstream had already closed: try once more on a fresh one.
    if (m_ex->upstreamReused && m_upIn.isEmpty() && isIdempotent(m_parser.head().method()) && m_ex->replayable) {
        releaseUpstream(false);
        m_ex->upstreamReused = false;
        m_ex->retried = true;
        --m_ex->attempts;
        if (m_ex->endpointCounted) {
            m_worker.selector->requestFinished(m_ex->endpoint);
            m_ex->endpointCounted = false;
        }
        startUpstream();
        return;
    }
    onUpstreamFailure(flag, error ? m_ex->upstream->transport()->failureReason() : QByteArrayLiteral("connection_termination"),
                      error ? QByteArrayLiteral("remote_reset") : QByteArrayLiteral("connection_termination"));
}

void HttpSession::onResponseHead()
{
    const HttpResponseHead &rh = m_responseParser.head();
    if (rh.isInterim())
        return; // we answered Expect: 100-continue ourselves
    const int status = rh.statusCode();
    const OutlierPolicy &outlier = m_ex->cluster->policy.outlier;
    const bool gatewayError = status == 502 || status == 503 || status == 504;
    m_ex->runtime->report(m_ex->endpoint, status >= 500, gatewayError, outlier, m_ex->endpointCount(),
                          QDateTime::currentMSecsSinceEpoch());
    if (m_ex->route) {
        const RetryPolicy &p = m_ex->route->retries;
        const bool retriable = (p.on5xx && status >= 500) || (p.onGatewayError && gatewayError)
            || (p.onRetriable4xx && status == 409) || p.retriableStatusCodes.contains(status);
        if (retriable && m_ex->attempts <= p.attempts && m_ex->replayable && m_ex->requestComplete) {
            releaseUpstream(false);
            retry();
            return;
        }
        // Still failing after every attempt: Envoy relays the last answer and flags URX.
        if (retriable && m_ex->routeRetried)
            m_ex->record.responseFlags.set(ResponseFlags::UpstreamRetryLimitExceeded);
    }
    m_ex->record.responseCode = status;
    m_ex->record.responseCodeDetails = QByteArrayLiteral("via_upstream");
    const qint64 serviceTime = m_ex->upstreamClock.elapsed();
    m_ex->record.upstreamServiceTimeMs = serviceTime;

    const bool headRequest = m_parser.head().method() == HttpMethod::Head;
    const bool tunnel = rh.startsTunnel();
    const bool rechunk = !headRequest && !tunnel && rh.bodyFraming() == HttpBodyFraming::UntilClose;
    m_ex->responseChunked = !headRequest && (rh.bodyFraming() == HttpBodyFraming::Chunked || rechunk);
    if (m_draining)
        m_ex->closeAfter = true;

    QByteArray &out = m_worker.scratch;
    out.resize(0);
    out.reserve(256 + rh.headers().serializedSize());
    out += "HTTP/1.1 ";
    httpsyntax::appendDecimal(out, status);
    out += ' ';
    const QByteArrayView reason = rh.reason().isEmpty() ? HttpResponseHead::standardReason(status) : rh.reason();
    out.append(reason.data(), reason.size());
    out += "\r\n";
    const HeaderOps *routeOps = m_ex->route ? &m_ex->route->responseOps : nullptr;
    const HeaderOps *targetOps = m_ex->target ? &m_ex->target->responseOps : nullptr;
    for (const HttpHeaders::Field f : rh.headers()) {
        if (dropResponseField(f.name, rechunk))
            continue;
        if ((routeOps && opsTouch(*routeOps, f.name)) || (targetOps && opsTouch(*targetOps, f.name)))
            continue;
        appendField(out, f.name, f.value);
    }
    if (rechunk)
        appendField(out, "transfer-encoding", "chunked");
    appendField(out, "server", "istio-envoy");
    appendField(out, "x-envoy-upstream-service-time", serviceTime);
    if (tunnel && status == 101) {
        appendField(out, "connection", "upgrade");
        appendField(out, "upgrade", rh.headers().value("upgrade"));
    } else if (m_ex->closeAfter || (!m_ex->requestComplete && m_parser.head().isUpgrade())) {
        appendField(out, "connection", "close");
        m_ex->closeAfter = true;
    }
    if (routeOps)
        appendOps(out, *routeOps);
    if (targetOps)
        appendOps(out, *targetOps);
    out += "\r\n";
    // Held back so that head and first body bytes leave in one syscall.
    m_pendingHead.swap(out);
    m_ex->responseStarted = true;
    m_routeTimer.stop(); // Envoy's route timeout covers the time to the response headers too
    m_perTryTimer.stop();
    for (const QByteArray &name : m_worker.captureResponseHeaders) {
        const QByteArrayView v = rh.headers().value(name);
        if (!v.isNull())
            m_ex->record.responseHeaders.append({name, v.toByteArray()});
    }
    if (tunnel) {
        m_ex->tunnel = true;
        if (!m_ex->earlyTunnel.isEmpty()) {
            m_ex->upstream->transport()->write(m_ex->earlyTunnel);
            m_ex->earlyTunnel.clear();
        }
        flushResponseHead();
        processInput();
    }
}

void HttpSession::flushResponseHead(QByteArrayView body)
{
    if (m_pendingHead.isEmpty()) {
        if (!body.isEmpty())
            m_client->write(body);
        return;
    }
    m_client->write2(m_pendingHead, body);
    // Back to the worker, whose scratch it was, unless another session's head took its place.
    if (m_worker.scratch.capacity() == 0)
        m_pendingHead.swap(m_worker.scratch);
    m_pendingHead.clear();
}

void HttpSession::onResponseBody(QByteArrayView data)
{
    m_ex->record.bytesSent += quint64(data.size());
    if (m_ex->responseChunked) {
        if (m_pendingHead.isEmpty()) {
            writeChunk(m_client.get(), data);
            return;
        }
        char header[24];
        const int n = std::snprintf(header, sizeof(header), "%llx\r\n", static_cast<unsigned long long>(data.size()));
        m_pendingHead.append(header, n);
        m_pendingHead.append(data.data(), data.size());
        m_pendingHead.append("\r\n", 2);
        flushResponseHead();
        return;
    }
    flushResponseHead(data);
}

void HttpSession::onResponseComplete()
{
    if (m_ex->responseChunked)
        m_pendingHead.append("0\r\n\r\n");
    flushResponseHead();
    m_ex->responseComplete = true;
    const HttpResponseHead &rh = m_responseParser.head();
    const int maxRequests = m_ex->cluster->policy.maxRequestsPerConnection;
    const bool reusable = rh.keepAlive() && m_ex->requestComplete && rh.bodyFraming() != HttpBodyFraming::UntilClose
        && m_upOffset >= m_upIn.size() && (maxRequests <= 0 || m_ex->upstream->requestsServed + 1 < maxRequests);
    releaseUpstream(reusable);
    if (m_ex->requestComplete) {
        finishExchange();
    } else {
        // The upstream answered before the request body ended: drop the rest of the body.
        m_ex->localReply = true;
        processInput();
    }
}

void HttpSession::releaseUpstream(bool reusable)
{
    if (!m_ex || !m_ex->upstream)
        return;
    m_perTryTimer.stop(); // the attempt is over, whichever way
    std::unique_ptr<UpstreamConnection> up = std::move(m_ex->upstream);
    m_ex->upstreamConnected = false;
    ++up->requestsServed;
    m_upIn.resize(0);
    m_upOffset = 0;
    if (reusable && m_ex->cluster) {
        m_worker.pool->release(std::move(up), m_ex->cluster->policy.idleTimeout);
        return;
    }
    // Closing happens later: we may be inside this transport's own notification.
    up->transport()->setHandler(nullptr);
    up->transport()->setReadEnabled(false);
    UpstreamConnection *doomed = up.release();
    QMetaObject::invokeMethod(m_worker.pool, [doomed] { delete doomed; }, Qt::QueuedConnection);
}

bool HttpSession::shouldRetry(ResponseFlags::Flag cause) const
{
    if (!m_ex->route || m_ex->responseStarted || !m_ex->replayable)
        return false;
    const RetryPolicy &p = m_ex->route->retries;
    if (m_ex->attempts > p.attempts)
        return false;
    switch (cause) {
    case ResponseFlags::UpstreamConnectionFailure:
        return p.onConnectFailure;
    case ResponseFlags::UpstreamConnectionTermination:
    case ResponseFlags::UpstreamRemoteReset:
        // A request that has started upstream may have had effects there: only `reset` retries it.
        return p.onReset || (p.onResetBeforeRequest && !m_ex->headSent);
    default:
        return false;
    }
}

void HttpSession::retry()
{
    m_ex->retried = true;
    m_ex->routeRetried = true;
    if (m_ex->endpointCounted) {
        m_worker.selector->requestFinished(m_ex->endpoint);
        m_ex->endpointCounted = false;
    }
    // Envoy's default back-off: 25 ms base, jittered, doubling per attempt.
    const int base = 25 << std::min(m_ex->attempts - 1, 4);
    const int delay = base / 2 + int(m_worker.random() % quint32(base));
    QPointer<HttpSession> guard(this);
    const quint64 serial = m_ex->serial;
    QTimer::singleShot(delay, this, [guard, serial] {
        if (guard && guard->isCurrent(serial))
            guard->startUpstream();
    });
}

void HttpSession::onUpstreamFailure(ResponseFlags::Flag flag, const QByteArray &reason, const QByteArray &details)
{
    m_connectTimer.stop();
    if (!m_ex)
        return;
    if (flag == ResponseFlags::UpstreamConnectionFailure)
        reportEndpointFailure();
    m_ex->record.upstreamTransportFailureReason = reason;
    releaseUpstream(false);
    if (shouldRetry(flag)) {
        retry();
        return;
    }
    ResponseFlags flags = flag;
    // Not after the silent replay of a stale pooled connection: that is no retry of the policy's.
    if (m_ex->routeRetried && m_ex->route && m_ex->route->retries.attempts > 0)
        flags.set(ResponseFlags::UpstreamRetryLimitExceeded);
    if (m_ex->responseStarted) {
        m_ex->record.responseFlags |= flags;
        m_ex->closeAfter = true;
        m_client->abort();
        finishExchange();
        return;
    }
    QByteArray why;
    if (flag == ResponseFlags::UpstreamConnectionFailure)
        why = details == "connection_timeout" ? QByteArrayLiteral("connection timeout")
                                              : QByteArrayLiteral("connection failure");
    else if (flag == ResponseFlags::UpstreamRemoteReset)
        why = QByteArrayLiteral("remote reset");
    else
        why = QByteArrayLiteral("connection termination");
    if (!reason.isEmpty() && flag == ResponseFlags::UpstreamConnectionFailure && reason.startsWith("TLS_error"))
        why += ", transport failure reason: " + reason;
    sendLocalReply(503, "upstream connect error or disconnect/reset before headers. reset reason: " + why,
                   "upstream_reset_before_response_started{" + details + '}', flags, false);
}

void HttpSession::reportEndpointFailure()
{
    // Outlier detection: a 5xx and a gateway error of this endpoint (no answer, a timeout, or
    // bytes that are not HTTP count as both, as in Envoy).
    if (m_ex->runtime)
        m_ex->runtime->report(m_ex->endpoint, true, true, m_ex->cluster->policy.outlier, m_ex->endpointCount(),
                              QDateTime::currentMSecsSinceEpoch());
}

void HttpSession::startPerTryTimer()
{
    // As Envoy: an attempt's clock starts once its connection is ready and the whole request
    // has arrived, like the route timeout's, and stops at the response headers.
    if (!m_ex || !m_ex->route || m_ex->tunnel || !m_ex->requestComplete || !m_ex->headSent || !m_ex->upstream
        || m_ex->responseStarted || m_perTryTimer.isActive())
        return;
    const Millis perTry = m_ex->route->retries.perTryTimeout;
    if (perTry.count() > 0)
        m_perTryTimer.start(perTry);
}

void HttpSession::onPerTryTimeout()
{
    if (!m_ex || m_ex->responseStarted)
        return;
    // Envoy resets the attempt and counts it as a reset for retryOn: `5xx`, `gateway-error` and
    // `reset` retry it, Istio's default conditions do not.
    const RetryPolicy &p = m_ex->route->retries;
    // The request went out before the clock started, so `reset-before-request` never applies.
    const bool retriable = p.onReset || p.on5xx || p.onGatewayError;
    // Envoy counts a timed-out attempt against the host (a local-origin timeout, seen as a 504).
    reportEndpointFailure();
    releaseUpstream(false);
    if (retriable && m_ex->attempts <= p.attempts && m_ex->replayable) {
        retry();
        return;
    }
    ResponseFlags flags = ResponseFlags::UpstreamRequestTimeout;
    if (retriable && m_ex->routeRetried)
        flags.set(ResponseFlags::UpstreamRetryLimitExceeded);
    sendLocalReply(504, QByteArrayLiteral("upstream request timeout"), QByteArrayLiteral("upstream_per_try_timeout"),
                   flags, false);
}

void HttpSession::onRouteTimeout()
{
    if (!m_ex || m_ex->responseComplete)
        return;
    m_ex->record.responseFlags.set(ResponseFlags::UpstreamRequestTimeout);
    if (m_ex->upstream && !m_ex->responseStarted)
        reportEndpointFailure();
    releaseUpstream(false);
    if (m_ex->responseStarted) {
        m_ex->closeAfter = true;
        m_client->abort();
        finishExchange();
        return;
    }
    sendLocalReply(504, QByteArrayLiteral("upstream request timeout"), QByteArrayLiteral("upstream_response_timeout"),
                   ResponseFlags::UpstreamRequestTimeout, false);
}

} // namespace meshgate
