// SPDX-License-Identifier: GPL-3.0-or-later
#include "routing/httproutecompiler.h"

#include "config/duration.h"
#include "routing/clusterbuilder.h"

#include <QCoreApplication>

#include <algorithm>

namespace meshgate {

namespace {

// Gives the free functions here a translation context lupdate can see.
struct HttpRouteCompilerText
{
    Q_DECLARE_TR_FUNCTIONS(HttpRouteCompiler)
};

std::optional<Millis> millis(const QString &text)
{
    const auto us = parseDuration(text);
    if (!us)
        return std::nullopt;
    return std::chrono::duration_cast<Millis>(*us);
}

bool isInternalHeader(const QString &name)
{
    return name.startsWith(QLatin1Char(':')) || name.compare(u"host", Qt::CaseInsensitive) == 0;
}

bool isAuthorityHeader(const QString &name)
{
    return name.compare(u":authority", Qt::CaseInsensitive) == 0 || name.compare(u"host", Qt::CaseInsensitive) == 0;
}

// The deprecated integer `mirrorPercent` lives in the route's extras.
std::optional<double> legacyMirrorPercent(const HttpRoute &route)
{
    for (const auto &[key, node] : route.extras) {
        if (key != u"mirrorPercent")
            continue;
        const Node *v = node.isMap() ? node.find(QStringLiteral("value")) : &node;
        bool ok = false;
        const double d = v && v->isScalar() ? v->text().toDouble(&ok) : 0;
        return ok ? std::optional<double>(d) : std::nullopt;
    }
    return std::nullopt;
}

} // namespace

HttpRouteCompiler::HttpRouteCompiler(ClusterBuilder &clusters, QStringList *warnings)
    : m_clusters(clusters), m_warnings(warnings)
{
}

void HttpRouteCompiler::warn(const QString &text)
{
    if (m_warnings && !m_warnings->contains(text))
        m_warnings->append(text);
}

CompiledMatch HttpRouteCompiler::compileMatch(const HttpMatchRequest &m, int index, const QString &ns,
                                              const QString &where)
{
    CompiledMatch out;
    out.indexInRoute = index;
    QString error;
    auto matcher = [&](const StringMatch &sm, bool ignoreCase, const QString &field) {
        error.clear();
        StringMatcher result = StringMatcher::fromConfig(sm, ignoreCase, &error);
        if (!error.isEmpty())
            warn(QStringLiteral("%1 match[%2].%3: %4").arg(where).arg(index).arg(field, error));
        return result;
    };
    out.uri = matcher(m.uri, m.ignoreUriCase.value_or(false), QStringLiteral("uri"));
    out.scheme = matcher(m.scheme, false, QStringLiteral("scheme"));
    out.method = matcher(m.method, false, QStringLiteral("method"));
    out.authority = matcher(m.authority, false, QStringLiteral("authority"));
    auto headerMatchers = [&](const QMap<QString, StringMatch> &in, bool lowerNames, const QString &field) {
        std::vector<HeaderMatcher> list;
        for (auto it = in.cbegin(); it != in.cend(); ++it) {
            HeaderMatcher h;
            h.name = (lowerNames ? it.key().toLower() : it.key()).toUtf8();
            // Istio turns `{}` and the (non-RE2) regex "*" into a presence check.
            if (it.value().kind == StringMatch::Kind::Regex && it.value().value == u"*")
                h.matcher = StringMatcher{};
            else
                h.matcher = matcher(it.value(), false, field + QLatin1Char('.') + it.key());
            list.push_back(std::move(h));
        }
        return list;
    };
    out.headers = headerMatchers(m.headers, true, QStringLiteral("headers"));
    out.withoutHeaders = headerMatchers(m.withoutHeaders, true, QStringLiteral("withoutHeaders"));
    out.queryParams = headerMatchers(m.queryParams, false, QStringLiteral("queryParams"));
    if (m.port && *m.port > 0 && *m.port <= 65535)
        out.port = quint16(*m.port);
    for (const QString &g : m.gateways)
        out.gateways.append(qualifiedGatewayRef(g, ns));
    if (!m.sourceLabels.isEmpty() || !m.sourceNamespace.isEmpty())
        warn(HttpRouteCompilerText::tr("%1 match[%2]: sourceLabels/sourceNamespace select sidecar workloads and never match on a gateway")
                 .arg(where)
                 .arg(index));
    return out;
}

bool HttpRouteCompiler::isApplicable(const CompiledMatch &m, const HttpRouteContext &ctx) const
{
    if (!m.gateways.isEmpty()
        && std::none_of(m.gateways.begin(), m.gateways.end(), [&](const QString &g) { return ctx.gateways.contains(g); }))
        return false;
    if (m.port && !ctx.mesh && *m.port != ctx.gatewayPort)
        return false;
    return true;
}

bool HttpRouteCompiler::isCatchAllBlock(const CompiledMatch &m)
{
    // Istio's IsCatchAllRoute: path prefix "/" (or regex ".*", or none) and no header or query
    // conditions; method, scheme and authority are header conditions in Envoy.
    const bool anyPath = m.uri.kind == StringMatch::Kind::None
        || (m.uri.kind == StringMatch::Kind::Prefix && m.uri.value == "/")
        || (m.uri.kind == StringMatch::Kind::Regex && m.uri.value == ".*");
    return anyPath && m.headers.empty() && m.withoutHeaders.empty() && m.queryParams.empty()
        && m.method.kind == StringMatch::Kind::None && m.scheme.kind == StringMatch::Kind::None
        && m.authority.kind == StringMatch::Kind::None;
}

HeaderOps HttpRouteCompiler::headerOps(const HeaderOperations &ops, QByteArray *authority) const
{
    HeaderOps out;
    auto values = [&](const StringMap &map, std::vector<std::pair<QByteArray, QByteArray>> &into) {
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            if (isAuthorityHeader(it.key()) && authority && (authority->isEmpty() || &into == &out.set))
                *authority = it.value().toUtf8(); // `set` beats `add`, as in Istio
            if (!isInternalHeader(it.key()))
                into.emplace_back(it.key().toLower().toUtf8(), it.value().toUtf8());
        }
    };
    values(ops.add, out.add);
    values(ops.set, out.set);
    for (const QString &name : ops.remove)
        if (!isInternalHeader(name))
            out.remove.push_back(name.toLower().toUtf8());
    return out;
}

RetryPolicy HttpRouteCompiler::retryPolicy(const std::optional<HttpRetry> &retries, QString *problem)
{
    RetryPolicy out;
    out.retryOn = "connect-failure,refused-stream,unavailable,cancelled,retriable-status-codes";
    out.retriableStatusCodes = {503};
    if (!retries)
        return out; // Istio's mesh-wide default
    if (retries->attempts.value_or(0) <= 0) {
        // An explicit retries block without attempts turns retries off (Istio's ConvertPolicy).
        RetryPolicy none;
        none.attempts = 0;
        none.onConnectFailure = none.onRefusedStream = false;
        return none;
    }
    out.attempts = *retries->attempts;
    if (!retries->perTryTimeout.isEmpty()) {
        if (auto d = millis(retries->perTryTimeout))
            out.perTryTimeout = *d;
        else if (problem)
            *problem = HttpRouteCompilerText::tr("perTryTimeout \"%1\" is not a duration").arg(retries->perTryTimeout);
    }
    if (retries->retryOn.isEmpty())
        return out;
    out.onConnectFailure = out.onRefusedStream = false;
    out.retriableStatusCodes.clear();
    QList<QByteArray> conditions;
    for (const QString &raw : retries->retryOn.split(QLatin1Char(','))) {
        const QString part = raw.trimmed();
        if (part.isEmpty())
            continue;
        bool numeric = false;
        const int code = part.toInt(&numeric);
        if (numeric && code >= 100 && code <= 599) {
            out.retriableStatusCodes.append(code);
            continue;
        }
        conditions.append(part.toUtf8());
        if (part == u"connect-failure")
            out.onConnectFailure = true;
        else if (part == u"refused-stream")
            out.onRefusedStream = true;
        else if (part == u"reset")
            out.onReset = true;
        else if (part == u"reset-before-request")
            out.onResetBeforeRequest = true;
        else if (part == u"5xx")
            out.on5xx = true;
        else if (part == u"gateway-error")
            out.onGatewayError = true;
        else if (part == u"retriable-4xx")
            out.onRetriable4xx = true;
    }
    if (!out.retriableStatusCodes.isEmpty() && !conditions.contains("retriable-status-codes"))
        conditions.append("retriable-status-codes");
    out.retryOn = conditions.join(',');
    return out;
}

std::optional<FaultPolicy> HttpRouteCompiler::faultPolicy(const HttpFaultInjection &fault, QStringList *problems)
{
    FaultPolicy out;
    bool any = false;
    auto note = [&](const QString &text) {
        if (problems)
            problems->append(text);
    };
    if (const auto &d = fault.delay) {
        if (auto delay = millis(d->fixedDelay)) {
            out.delay = *delay;
            any = true;
            if (d->percentage)
                out.delayPercent = d->percentage->value.value_or(0);
            else if (d->percent)
                out.delayPercent = *d->percent;
            else
                note(HttpRouteCompilerText::tr("fault.delay has no percentage: delaying every request as Istio documents it "
                        "(Istio's generated Envoy config delays none, istio/istio#36303)"));
        } else {
            note(HttpRouteCompilerText::tr("fault.delay needs a fixedDelay duration (exponentialDelay is not supported)"));
        }
    }
    if (const auto &a = fault.abort) {
        if (a->httpStatus) {
            out.abortStatus = *a->httpStatus;
            any = true;
            if (a->percentage)
                out.abortPercent = a->percentage->value.value_or(0);
            else
                note(HttpRouteCompilerText::tr("fault.abort has no percentage: aborting every request as Istio documents it "
                        "(Istio's generated Envoy config aborts none, istio/istio#36303)"));
        } else {
            note(HttpRouteCompilerText::tr("fault.abort needs httpStatus (grpcStatus and http2Error are not supported)"));
        }
    }
    if (!any)
        return std::nullopt;
    return out;
}

void HttpRouteCompiler::compileActions(const HttpRoute &in, CompiledHttpRoute &out, const HttpRouteContext &ctx,
                                       const QString &where)
{
    if (in.redirect) {
        const HttpRedirect &r = *in.redirect;
        out.kind = CompiledHttpRoute::Kind::Redirect;
        out.redirect.uri = r.uri.toUtf8();
        out.redirect.prefixRewrite = r.prefixRewrite.toUtf8();
        out.redirect.authority = r.authority.toUtf8();
        out.redirect.scheme = r.scheme.toUtf8();
        const int code = r.redirectCode.value_or(301);
        if (code == 0 || code == 301 || code == 302 || code == 303 || code == 307 || code == 308) {
            out.redirect.code = code == 0 ? 301 : code;
        } else {
            warn(HttpRouteCompilerText::tr("%1: redirectCode %2 is not supported (301, 302, 303, 307, 308); using 301").arg(where).arg(code));
            out.redirect.code = 301;
        }
        if (r.port && *r.port > 0 && *r.port <= 65535)
            out.redirect.port = quint16(*r.port);
        else if (r.derivePort.compare(u"FROM_REQUEST_PORT", Qt::CaseInsensitive) == 0)
            out.redirect.derivePortFromRequest = true;
        if (out.redirect.port) {
            // No explicit default port in the Location, as Istio writes it.
            const QByteArray scheme = !out.redirect.scheme.isEmpty() ? out.redirect.scheme
                                                                     : QByteArray(ctx.tlsListener ? "https" : "http");
            if ((*out.redirect.port == 80 && scheme == "http") || (*out.redirect.port == 443 && scheme == "https"))
                out.redirect.port.reset();
        }
        return;
    }
    if (in.directResponse) {
        out.kind = CompiledHttpRoute::Kind::DirectResponse;
        out.directResponse.status = in.directResponse->status.value_or(200);
        if (const auto &body = in.directResponse->body) {
            if (body->string)
                out.directResponse.body = body->string->toUtf8();
            else if (body->bytes)
                out.directResponse.body = QByteArray::fromBase64(body->bytes->toLatin1());
        }
        return;
    }

    out.kind = CompiledHttpRoute::Kind::Route;
    QByteArray routeAuthority;
    if (in.headers) {
        if (in.headers->request)
            out.requestOps = headerOps(*in.headers->request, &routeAuthority);
        if (in.headers->response)
            out.responseOps = headerOps(*in.headers->response, nullptr);
    }
    const bool single = in.route.size() == 1;
    for (const HttpRouteDestination &d : in.route) {
        RouteTarget t;
        QString problem;
        t.cluster = m_clusters.resolve(d.destination, ctx.fallbackDestinationPort, &problem);
        if (t.cluster < 0)
            warn(QStringLiteral("%1: %2").arg(where, problem));
        t.host = d.destination.host;
        // One destination takes all traffic whatever its weight says (Istio ignores it).
        t.weight = single ? 100 : std::max(0, d.weight.value_or(0));
        if (d.headers) {
            if (d.headers->request)
                t.requestOps = headerOps(*d.headers->request, &t.authority);
            if (d.headers->response)
                t.responseOps = headerOps(*d.headers->response, nullptr);
        }
        out.totalWeight += t.weight;
        out.targets.push_back(std::move(t));
    }
    if (out.totalWeight == 0 && !out.targets.empty()) {
        warn(HttpRouteCompilerText::tr("%1: all destination weights are 0; splitting evenly").arg(where));
        for (RouteTarget &t : out.targets)
            t.weight = 1;
        out.totalWeight = int(out.targets.size());
    }
    if (in.rewrite) {
        RewriteAction rw;
        rw.uri = in.rewrite->uri.toUtf8();
        rw.authority = in.rewrite->authority.toUtf8();
        if (const auto &rr = in.rewrite->uriRegexRewrite) {
            QRegularExpression re(rr->match);
            re.optimize();
            if (re.isValid()) {
                rw.regex = re;
                rw.regexSubstitution = rr->rewrite.toUtf8();
            } else {
                warn(HttpRouteCompilerText::tr("%1: uriRegexRewrite.match \"%2\" does not compile: %3").arg(where, rr->match, re.errorString()));
            }
        }
        out.rewrite = rw;
    }
    if (!routeAuthority.isEmpty()) {
        // A Host set through headers is a host rewrite; rewrite.authority wins over it.
        if (!out.rewrite)
            out.rewrite = RewriteAction{};
        if (out.rewrite->authority.isEmpty())
            out.rewrite->authority = routeAuthority;
    }
    if (!in.timeout.isEmpty()) {
        if (auto d = millis(in.timeout))
            out.timeout = *d;
        else
            warn(HttpRouteCompilerText::tr("%1: timeout \"%2\" is not a duration; no timeout").arg(where, in.timeout));
    }
    QString retryProblem;
    out.retries = retryPolicy(in.retries, &retryProblem);
    if (!retryProblem.isEmpty())
        warn(QStringLiteral("%1: %2").arg(where, retryProblem));
    if (in.fault) {
        QStringList problems;
        out.fault = faultPolicy(*in.fault, &problems);
        for (const QString &p : problems)
            warn(QStringLiteral("%1: %2").arg(where, p));
    }
    auto addMirror = [&](const Destination &d, double percent) {
        QString problem;
        const int cluster = m_clusters.resolve(d, ctx.fallbackDestinationPort, &problem);
        if (cluster < 0) {
            warn(HttpRouteCompilerText::tr("%1: mirror not compiled: %2").arg(where, problem));
            return;
        }
        out.mirrors.push_back(MirrorTarget{cluster, percent});
    };
    if (in.mirror) {
        std::optional<double> percent = 100;
        if (in.mirrorPercentage)
            percent = in.mirrorPercentage->value.value_or(0);
        else if (auto legacy = legacyMirrorPercent(in))
            percent = legacy;
        if (percent && *percent > 0) // an explicit 0 turns mirroring off
            addMirror(*in.mirror, *percent);
    }
    for (const HttpMirrorPolicy &m : in.mirrors) {
        const double percent = m.percentage ? m.percentage->value.value_or(0) : 100;
        if (percent > 0)
            addMirror(m.destination, percent);
    }
    if (in.corsPolicy)
        warn(HttpRouteCompilerText::tr("%1: corsPolicy is not applied by Meshgate").arg(where));
}

std::vector<CompiledRouteEntry> HttpRouteCompiler::compile(const HttpRouteContext &ctx)
{
    std::vector<CompiledRouteEntry> out;
    const Resource &vr = *ctx.virtualService;
    const VirtualServiceSpec &vs = *vr.as<VirtualServiceSpec>();
    const QString ns = vr.metadata.effectiveNamespace();
    const QString qualified = qualifiedName(vr);
    for (size_t i = 0; i < vs.http.size(); ++i) {
        const HttpRoute &in = vs.http[i];
        const QString where = QStringLiteral("VirtualService %1 http[%2]").arg(qualified).arg(i);
        CompiledHttpRoute route;
        route.name = in.name.toUtf8();
        route.displayName = QStringLiteral("%1[%2]").arg(vr.metadata.name).arg(i);
        if (!in.name.isEmpty())
            route.displayName += QStringLiteral(" (%1)").arg(in.name);
        route.virtualService = qualified;
        route.indexInVirtualService = int(i);
        compileActions(in, route, ctx, where);

        // Find the first applicable catch-all block: Envoy never looks past it.
        int catchAllBlock = -1;
        bool specificBefore = false;
        bool anyBlockApplicable = false;
        std::vector<CompiledMatch> blocks;
        for (size_t b = 0; b < in.match.size(); ++b) {
            CompiledMatch m = compileMatch(in.match[b], int(b), ns, where);
            const bool applicable = isApplicable(m, ctx);
            anyBlockApplicable = anyBlockApplicable || applicable;
            // In the mesh the request port is only known per request, so a port condition is never a catch-all.
            const bool catchAll = applicable && isCatchAllBlock(m) && !(ctx.mesh && m.port);
            blocks.push_back(std::move(m));
            if (catchAll) {
                catchAllBlock = int(b);
                break;
            }
            specificBefore = specificBefore || applicable;
        }
        const int key = int(i) * 2;
        if (in.match.empty()) {
            out.push_back({std::move(route), true, true, key});
            break;
        }
        if (catchAllBlock < 0) {
            route.matches = std::move(blocks);
            out.push_back({std::move(route), false, anyBlockApplicable, key});
            continue;
        }
        if (specificBefore) {
            CompiledHttpRoute specific = route;
            specific.matches.assign(blocks.begin(), blocks.begin() + catchAllBlock);
            out.push_back({std::move(specific), false, true, key});
            route.matches.assign(blocks.begin() + catchAllBlock, blocks.end());
            out.push_back({std::move(route), true, true, key + 1});
        } else {
            route.matches = std::move(blocks);
            out.push_back({std::move(route), true, true, key});
        }
        break; // routes after a catch-all are unreachable; Istio does not emit them
    }
    return out;
}

bool HttpRouteCompiler::anyApplicable(const std::vector<CompiledRouteEntry> &entries)
{
    return std::any_of(entries.begin(), entries.end(), [](const CompiledRouteEntry &e) { return e.applicable; });
}

} // namespace meshgate
