// SPDX-License-Identifier: GPL-3.0-or-later
#include "routing/routetable.h"

#include <QCoreApplication>
#include <QUrl>

namespace meshgate {

namespace {

// Gives the free functions here a translation context lupdate can see.
struct RequestDescriptionText
{
    Q_DECLARE_TR_FUNCTIONS(RequestDescription)
};

// Splits on whitespace; double or single quotes group words ("header:x-a=\"b c\"").
std::optional<QStringList> tokenize(const QString &text)
{
    QStringList out;
    QString current;
    bool inToken = false;
    QChar quote;
    for (const QChar c : text) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            else
                current.append(c);
        } else if (c == u'"' || c == u'\'') {
            quote = c;
            inToken = true;
        } else if (c.isSpace()) {
            if (inToken)
                out.append(current);
            current.clear();
            inToken = false;
        } else {
            current.append(c);
            inToken = true;
        }
    }
    if (!quote.isNull())
        return std::nullopt;
    if (inToken)
        out.append(current);
    return out;
}

bool isMethod(const QString &token)
{
    if (token.isEmpty())
        return false;
    for (const QChar c : token)
        if (!(c >= u'A' && c <= u'Z') && c != u'-' && c != u'_')
            return false;
    return true;
}

} // namespace

std::optional<RequestDescription> RequestDescription::parse(const QString &text, QString *error)
{
    auto fail = [&](const QString &why) -> std::optional<RequestDescription> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const auto tokens = tokenize(text);
    if (!tokens)
        return fail(RequestDescriptionText::tr("unbalanced quote"));
    if (tokens->isEmpty())
        return fail(RequestDescriptionText::tr("describe a request, e.g. \"GET http://httpbin.org/status/418 gateway=proxy port=80\" or "
                       "\"TLS edition.cnn.com gateway=proxy port=443\""));

    RequestDescription r;
    const QString first = tokens->front();
    if (first.compare(u"TLS", Qt::CaseInsensitive) == 0)
        r.tls = true;
    else if (isMethod(first))
        r.method = first.toUtf8();
    else
        return fail(RequestDescriptionText::tr("start with an HTTP method (GET, POST, ...) or TLS, not \"%1\"").arg(first));

    QString target;
    std::optional<int> port;
    std::optional<int> urlPort;
    bool haveGateway = false;
    bool explicitHost = false;
    for (qsizetype i = 1; i < tokens->size(); ++i) {
        const QString &t = tokens->at(i);
        if (t.startsWith(u"header:", Qt::CaseInsensitive)) {
            const QString spec = t.mid(7);
            const qsizetype eq = spec.indexOf(QLatin1Char('='));
            const QString name = (eq < 0 ? spec : spec.left(eq)).trimmed().toLower();
            if (name.isEmpty())
                return fail(RequestDescriptionText::tr("\"%1\": expected header:NAME=VALUE").arg(t));
            r.headers.emplace_back(name.toUtf8(), eq < 0 ? QByteArray() : spec.mid(eq + 1).toUtf8());
            continue;
        }
        const qsizetype eq = t.indexOf(QLatin1Char('='));
        if (eq > 0 && !t.startsWith(QLatin1Char('/')) && !t.contains(u"://")) {
            const QString key = t.left(eq).toLower();
            const QString value = t.mid(eq + 1);
            if (key == u"gateway") {
                if (value.isEmpty())
                    return fail(RequestDescriptionText::tr("gateway= needs a Gateway name, or mesh"));
                r.gateway = value;
                haveGateway = true;
            } else if (key == u"port") {
                bool ok = false;
                const int p = value.toInt(&ok);
                if (!ok || p < 1 || p > 65535)
                    return fail(RequestDescriptionText::tr("port \"%1\" is not a port number").arg(value));
                port = p;
            } else if (key == u"host") {
                r.host = value;
                explicitHost = true;
            } else if (key == u"sni") {
                r.sni = value;
            } else if (key == u"scheme") {
                r.scheme = value.toLower().toUtf8();
            } else {
                return fail(RequestDescriptionText::tr("unknown key \"%1\" (use gateway=, port=, host=, sni=, scheme= or header:NAME=VALUE)").arg(key));
            }
            continue;
        }
        if (!target.isEmpty())
            return fail(RequestDescriptionText::tr("\"%1\": only one URL, path or server name per request").arg(t));
        target = t;
    }

    if (r.tls) {
        if (r.sni.isEmpty())
            r.sni = target;
        else if (!target.isEmpty())
            return fail(RequestDescriptionText::tr("give the server name once (\"%1\" and sni=%2)").arg(target, r.sni));
        r.sni = r.sni.toLower();
        r.method.clear();
        r.path.clear();
        r.scheme = "tls";
    } else {
        if (target.isEmpty())
            return fail(RequestDescriptionText::tr("missing URL or path after %1").arg(first));
        if (!target.startsWith(QLatin1Char('/')) && !target.contains(u"://"))
            target.prepend(QStringLiteral("http://"));
        if (target.startsWith(QLatin1Char('/'))) {
            r.path = target.toUtf8();
        } else {
            // Only scheme and authority go through QUrl: it would decode escapes and refuse a
            // backslash, and the path must reach the explanation as the engine would receive it.
            qsizetype authorityEnd = target.indexOf(u"://") + 3;
            while (authorityEnd < target.size() && target[authorityEnd] != u'/' && target[authorityEnd] != u'?'
                   && target[authorityEnd] != u'#')
                ++authorityEnd;
            QString pathAndQuery = target.mid(authorityEnd);
            if (const qsizetype fragment = pathAndQuery.indexOf(u'#'); fragment >= 0)
                pathAndQuery.truncate(fragment); // a fragment is never sent
            const QUrl url(target.left(authorityEnd), QUrl::StrictMode);
            if (!url.isValid() || url.host().isEmpty())
                return fail(RequestDescriptionText::tr("\"%1\" is not a URL").arg(target));
            const QString scheme = url.scheme().toLower();
            if (scheme != u"http" && scheme != u"https")
                return fail(RequestDescriptionText::tr("scheme \"%1\" is not http or https").arg(scheme));
            r.scheme = scheme.toUtf8();
            if (url.port() > 0)
                urlPort = url.port();
            if (!explicitHost)
                r.host = url.host() + (urlPort ? QLatin1Char(':') + QString::number(*urlPort) : QString());
            r.path = pathAndQuery.toUtf8();
            if (!r.path.startsWith('/'))
                r.path.prepend('/');
        }
    }
    if (!haveGateway)
        return fail(RequestDescriptionText::tr("missing gateway=NAME (a Gateway name, or mesh for the forward proxy)"));
    // The gateway server port, or for the mesh the destination port: given, else the URL's, else the scheme's.
    if (port)
        r.port = quint16(*port);
    else if (urlPort)
        r.port = quint16(*urlPort);
    else {
        r.port = (r.tls || r.scheme == "https") ? 443 : 80;
        r.portAssumed = true;
    }
    return r;
}

} // namespace meshgate
