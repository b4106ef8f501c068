// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/httprequesthead.h"

#include "http/httpsyntax.h"

#include <cstring>

namespace meshgate {

using Code = HttpParseError::Code;
using namespace httpsyntax;

QByteArrayView HttpRequestHead::path() const
{
    if (m_targetForm == TargetForm::Absolute && m_path.length == 0)
        return "/";
    return span(m_path);
}

QByteArrayView HttpRequestHead::host() const
{
    if (m_targetForm == TargetForm::Absolute || m_targetForm == TargetForm::Authority)
        return span(m_authority);
    return m_headers.value("host");
}

bool HttpRequestHead::isWebSocketUpgrade() const
{
    return m_upgrade && listContains(upgradeProtocol(), "websocket");
}

HttpParseError::Code HttpRequestHead::assignLine(QByteArrayView method, QByteArrayView target)
{
    m_line.resize(0);
    m_line.append(method.data(), method.size());
    m_line.append(' ');
    m_line.append(target.data(), target.size());
    m_methodLength = qint32(method.size());
    m_method = httpMethodFromName(method);
    m_target = {qint32(method.size() + 1), qint32(target.size())};
    return parseTarget();
}

HttpParseError::Code HttpRequestHead::parseTarget()
{
    const QByteArrayView t = span(m_target);
    const char *const base = m_line.constData();
    const auto spanOf = [base](const char *b, const char *e) { return Span{qint32(b - base), qint32(e - b)}; };
    m_scheme = m_authority = m_path = Span{m_target.offset, 0};
    if (t.isEmpty() || !allOf(t, TargetChar))
        return Code::InvalidUrl;
    const char *p = t.data();
    const char *const end = p + t.size();

    if (m_method == HttpMethod::Connect) {
        // authority-form = uri-host ":" port, and nothing else is allowed for CONNECT.
        m_targetForm = TargetForm::Authority;
        const char *colon = nullptr;
        for (const char *q = p; q < end; ++q) {
            if (*q == '/' || *q == '?' || *q == '@')
                return Code::InvalidUrl;
            if (*q == ':')
                colon = q;
        }
        if (!colon || colon == p || end - colon - 1 < 1 || end - colon - 1 > 5)
            return Code::InvalidUrl;
        const auto port = parseDecimal(QByteArrayView(colon + 1, end - colon - 1));
        if (!port || *port > 65535)
            return Code::InvalidUrl;
        m_authority = spanOf(p, end);
        return Code::None;
    }
    if (*p == '/') {
        m_targetForm = TargetForm::Origin;
        m_path = spanOf(p, end);
        return Code::None;
    }
    if (t == "*") {
        m_targetForm = TargetForm::Asterisk;
        return m_method == HttpMethod::Options ? Code::None : Code::InvalidUrl;
    }
    // absolute-form: scheme "://" authority path-abempty [ "?" query ]
    m_targetForm = TargetForm::Absolute;
    const char *schemeEnd = skipClass(p, end, SchemeChar);
    if (schemeEnd == p || !((*p | 0x20) >= 'a' && (*p | 0x20) <= 'z'))
        return Code::InvalidUrl;
    if (end - schemeEnd < 3 || std::memcmp(schemeEnd, "://", 3) != 0)
        return Code::InvalidUrl;
    const char *authority = schemeEnd + 3;
    const char *authorityEnd = authority;
    while (authorityEnd < end && *authorityEnd != '/' && *authorityEnd != '?') {
        // userinfo in an http(s) URI is deprecated and a phishing/confusion vector (RFC 9110 §4.2.4).
        if (*authorityEnd == '@')
            return Code::InvalidUrl;
        ++authorityEnd;
    }
    if (authorityEnd == authority)
        return Code::InvalidUrl;
    m_scheme = spanOf(p, schemeEnd);
    m_authority = spanOf(authority, authorityEnd);
    m_path = spanOf(authorityEnd, end);
    return Code::None;
}

bool HttpRequestHead::setRequestLine(QByteArrayView method, QByteArrayView target)
{
    if (!isToken(method))
        return false;
    // The arguments may be views into m_line (setTarget(path())): copy before rebuilding it.
    const QByteArray newMethod = method.toByteArray();
    const QByteArray newTarget = target.toByteArray();
    const QByteArray oldMethod = methodName().toByteArray();
    const QByteArray oldTarget = this->target().toByteArray();
    if (assignLine(newMethod, newTarget) != Code::None) {
        assignLine(oldMethod, oldTarget);
        return false;
    }
    return true;
}

bool HttpRequestHead::setMethod(QByteArrayView name)
{
    return setRequestLine(name, target());
}

bool HttpRequestHead::setTarget(QByteArrayView target)
{
    return setRequestLine(methodName(), target);
}

void HttpRequestHead::clear()
{
    if (!m_line.isEmpty())
        m_line.resize(0);
    m_headers.clear();
    m_methodLength = 0;
    m_target = m_scheme = m_authority = m_path = Span{};
    m_contentLength = -1;
    m_method = HttpMethod::Get;
    m_version = HttpVersion::Http11;
    m_targetForm = TargetForm::Origin;
    m_framing = HttpBodyFraming::None;
    m_hasHostHeader = false;
    m_keepAlive = true;
    m_expectsContinue = false;
    m_upgrade = false;
}

qsizetype HttpRequestHead::serializedSize() const
{
    // line + " HTTP/1.x\r\n" + fields + "\r\n"
    return m_line.size() + 11 + m_headers.serializedSize() + 2;
}

void HttpRequestHead::appendTo(QByteArray &out) const
{
    const qsizetype oldSize = out.size();
    out.resize(oldSize + serializedSize());
    char *p = out.data() + oldSize;
    std::memcpy(p, m_line.constData(), size_t(m_line.size()));
    p += m_line.size();
    *p++ = ' ';
    const QByteArrayView version = httpVersionName(m_version);
    std::memcpy(p, version.data(), size_t(version.size()));
    p += version.size();
    *p++ = '\r';
    *p++ = '\n';
    p = m_headers.writeTo(p);
    *p++ = '\r';
    *p++ = '\n';
    Q_ASSERT(p == out.constData() + out.size());
}

} // namespace meshgate
