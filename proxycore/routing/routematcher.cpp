// SPDX-License-Identifier: GPL-3.0-or-later
#include "routing/routematcher.h"

#include "http/httpsyntax.h"

#include <QCoreApplication>
#include <QVarLengthArray>

namespace meshgate {

namespace {

// Gives the free functions here a translation context lupdate can see.
struct RouteMatcherText
{
    Q_DECLARE_TR_FUNCTIONS(RouteMatcher)
};

QString quoted(QByteArrayView v)
{
    return QLatin1Char('"') + QString::fromUtf8(v) + QLatin1Char('"');
}

bool lookupHeader(const RequestView &r, const QByteArray &name, QByteArrayView *value)
{
    *value = {};
    return r.headers && r.headers(r.headersContext, name, value);
}

} // namespace

RequestView RequestView::fromPathWithQuery(QByteArrayView pathWithQuery)
{
    RequestView v;
    const qsizetype q = pathWithQuery.indexOf('?');
    if (q < 0) {
        v.path = pathWithQuery;
    } else {
        v.path = pathWithQuery.first(q);
        v.query = pathWithQuery.sliced(q + 1);
    }
    // A fragment never reaches a proxy in practice; drop it if a client sends one anyway.
    const QByteArrayView rest = v.query.isEmpty() ? v.path : v.query;
    const qsizetype hash = rest.indexOf('#');
    if (hash >= 0) {
        if (v.query.isEmpty())
            v.path = v.path.first(hash);
        else
            v.query = v.query.first(hash);
    }
    return v;
}

bool RouteMatcher::queryParameter(QByteArrayView query, QByteArrayView name, QByteArrayView *value,
                                  QVarLengthArray<char, 256> *buffer)
{
    qsizetype pos = 0;
    while (pos <= query.size()) {
        qsizetype end = query.indexOf('&', pos);
        if (end < 0)
            end = query.size();
        const QByteArrayView pair = query.sliced(pos, end - pos);
        const qsizetype eq = pair.indexOf('=');
        const QByteArrayView key = eq < 0 ? pair : pair.first(eq);
        if (!pair.isEmpty() && key == name) {
            const QByteArrayView raw = eq < 0 ? QByteArrayView() : pair.sliced(eq + 1);
            if (!raw.contains('%') && !raw.contains('+')) {
                *value = raw;
                return true;
            }
            buffer->clear();
            for (qsizetype i = 0; i < raw.size(); ++i) {
                const char c = raw[i];
                if (c == '+') {
                    buffer->append(' ');
                } else if (c == '%' && i + 2 < raw.size() && httpsyntax::hexValue(raw[i + 1]) >= 0 && httpsyntax::hexValue(raw[i + 2]) >= 0) {
                    buffer->append(char(httpsyntax::hexValue(raw[i + 1]) * 16 + httpsyntax::hexValue(raw[i + 2])));
                    i += 2;
                } else {
                    buffer->append(c);
                }
            }
            *value = QByteArrayView(buffer->constData(), buffer->size());
            return true;
        }
        pos = end + 1;
    }
    return false;
}

QString RouteMatcher::displayGateway(const QString &qualified, const QString &ownNamespace)
{
    if (!ownNamespace.isEmpty() && qualified.startsWith(ownNamespace + QLatin1Char('/')))
        return qualified.mid(ownNamespace.size() + 1);
    return qualified;
}

bool RouteMatcher::matches(const CompiledMatch &m, const QStringList &vhostGateways, const RequestView &r,
                           QStringList *why, const QString &ownNamespace)
{
    bool ok = true;
    QStringList passed; // explain only: what matched, reported when nothing failed
    // Records a failed condition; without `why` the first failure ends the evaluation.
    auto fail = [&](auto &&reason) {
        ok = false;
        if (why)
            why->append(reason());
        return !why;
    };
    auto pass = [&](auto &&reason) {
        if (why)
            passed.append(reason());
    };

    if (!m.gateways.isEmpty()) {
        bool any = false;
        for (const QString &g : m.gateways)
            any = any || vhostGateways.contains(g);
        if (!any) {
            if (fail([&] {
                    QStringList mine, theirs;
                    for (const QString &g : m.gateways)
                        mine.append(displayGateway(g, ownNamespace));
                    for (const QString &g : vhostGateways)
                        theirs.append(displayGateway(g, ownNamespace));
                    return RouteMatcherText::tr("gateway %1 is not %2").arg(mine.join(RouteMatcherText::tr(" or ")), theirs.join(QStringLiteral(", ")));
                }))
                return false;
        } else {
            pass([&] {
                QStringList mine;
                for (const QString &g : m.gateways)
                    mine.append(displayGateway(g, ownNamespace));
                return RouteMatcherText::tr("gateway %1").arg(mine.join(RouteMatcherText::tr(" or ")));
            });
        }
    }
    if (m.port && *m.port != r.gatewayPort) {
        if (fail([&] { return RouteMatcherText::tr("port %1 is not %2").arg(*m.port).arg(r.gatewayPort); }))
            return false;
    } else if (m.port) {
        pass([&] { return RouteMatcherText::tr("port %1").arg(*m.port); });
    }
    if (m.uri.kind != StringMatch::Kind::None) {
        if (!m.uri.matches(r.path)) {
            if (fail([&] {
                    return RouteMatcherText::tr("uri %1%2 does not match %3")
                        .arg(m.uri.describe(), m.uri.ignoreCase ? RouteMatcherText::tr(" (ignoring case)") : QString(),
                             QString::fromUtf8(r.path));
                }))
                return false;
        } else {
            pass([&] { return RouteMatcherText::tr("uri %1 matches %2").arg(m.uri.describe(), QString::fromUtf8(r.path)); });
        }
    }
    struct Pseudo
    {
        const StringMatcher &matcher;
        QByteArrayView value;
        const char *name;
    };
    for (const Pseudo &p : {Pseudo{m.scheme, r.scheme, "scheme"}, Pseudo{m.method, r.method, "method"},
                            Pseudo{m.authority, r.authority, "authority"}}) {
        if (p.matcher.kind == StringMatch::Kind::None)
            continue;
        if (!p.matcher.matches(p.value)) {
            if (fail([&] {
                    return RouteMatcherText::tr("%1 %2 does not match %3").arg(QLatin1String(p.name), p.matcher.describe(), quoted(p.value));
                }))
                return false;
        } else {
            pass([&] { return RouteMatcherText::tr("%1 %2 matches").arg(QLatin1String(p.name), p.matcher.describe()); });
        }
    }
    for (const HeaderMatcher &h : m.headers) {
        QByteArrayView value;
        const bool present = lookupHeader(r, h.name, &value);
        if (!present) {
            if (fail([&] { return RouteMatcherText::tr("header %1 missing").arg(QString::fromUtf8(h.name)); }))
                return false;
        } else if (!h.matcher.matches(value)) {
            if (fail([&] {
                    return RouteMatcherText::tr("header %1 value %2 does not match %3")
                        .arg(QString::fromUtf8(h.name), quoted(value), h.matcher.describe());
                }))
                return false;
        } else {
            pass([&] { return RouteMatcherText::tr("header %1 %2").arg(QString::fromUtf8(h.name), h.matcher.describe()); });
        }
    }
    for (const HeaderMatcher &h : m.withoutHeaders) {
        QByteArrayView value;
        const bool present = lookupHeader(r, h.name, &value);
        // Istio inverts the header matcher; for value matchers a missing header counts as "".
        const bool inner = h.matcher.isPresentMatch() ? present : h.matcher.matches(present ? value : QByteArrayView(""));
        if (inner) {
            if (fail([&] {
                    return h.matcher.isPresentMatch()
                        ? RouteMatcherText::tr("header %1 is present (withoutHeaders)").arg(QString::fromUtf8(h.name))
                        : RouteMatcherText::tr("header %1 value %2 matches %3 (withoutHeaders)")
                              .arg(QString::fromUtf8(h.name), quoted(value), h.matcher.describe());
                }))
                return false;
        } else {
            pass([&] { return RouteMatcherText::tr("without header %1 %2").arg(QString::fromUtf8(h.name), h.matcher.describe()); });
        }
    }
    for (const HeaderMatcher &q : m.queryParams) {
        QByteArrayView value;
        QVarLengthArray<char, 256> buffer;
        if (!queryParameter(r.query, q.name, &value, &buffer)) {
            if (fail([&] { return RouteMatcherText::tr("query parameter %1 missing").arg(QString::fromUtf8(q.name)); }))
                return false;
        } else if (!q.matcher.matches(value)) {
            if (fail([&] {
                    return RouteMatcherText::tr("query parameter %1 value %2 does not match %3")
                        .arg(QString::fromUtf8(q.name), quoted(value), q.matcher.describe());
                }))
                return false;
        } else {
            pass([&] { return RouteMatcherText::tr("query parameter %1 %2").arg(QString::fromUtf8(q.name), q.matcher.describe()); });
        }
    }
    if (why && ok)
        *why = passed.isEmpty() ? QStringList{RouteMatcherText::tr("no conditions")} : passed;
    return ok;
}

int RouteMatcher::firstMatchingBlock(const CompiledHttpRoute &route, const QStringList &vhostGateways,
                                     const RequestView &request)
{
    if (route.matches.empty())
        return 0;
    for (size_t i = 0; i < route.matches.size(); ++i)
        if (matches(route.matches[i], vhostGateways, request))
            return int(i);
    return -1;
}

} // namespace meshgate
