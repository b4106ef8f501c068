// SPDX-License-Identifier: GPL-3.0-or-later
#include "routing/hostmatch.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace meshgate::hostmatch {

namespace {

bool endsWithCi(QStringView text, QStringView suffix)
{
    return text.endsWith(suffix, Qt::CaseInsensitive);
}

} // namespace

bool isWildcard(QStringView host)
{
    return host.startsWith(QLatin1Char('*'));
}

bool overlaps(QStringView a, QStringView b)
{
    const bool wa = isWildcard(a), wb = isWildcard(b);
    if (wa && wb) {
        const QStringView sa = a.mid(1), sb = b.mid(1);
        return sa.size() >= sb.size() ? endsWithCi(sa, sb) : endsWithCi(sb, sa);
    }
    if (wa)
        return matches(a, b);
    if (wb)
        return matches(b, a);
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

bool subsetOf(QStringView a, QStringView b)
{
    if (isWildcard(b)) {
        const QStringView suffix = b.mid(1);
        if (isWildcard(a))
            return endsWithCi(a.mid(1), suffix);
        return matches(b, a);
    }
    return !isWildcard(a) && a.compare(b, Qt::CaseInsensitive) == 0;
}

QString intersect(QStringView a, QStringView b)
{
    if (!overlaps(a, b))
        return {};
    if (subsetOf(a, b))
        return a.toString().toLower();
    return b.toString().toLower();
}

bool matches(QStringView pattern, QStringView host)
{
    if (pattern == u"*")
        return true;
    if (isWildcard(pattern)) {
        const QStringView suffix = pattern.mid(1); // ".x.com"
        return host.size() > suffix.size() && endsWithCi(host, suffix);
    }
    return pattern.compare(host, Qt::CaseInsensitive) == 0;
}

QStringView stripPort(QStringView h)
{
    if (h.startsWith(QLatin1Char('['))) {
        const qsizetype close = h.indexOf(QLatin1Char(']'));
        return close < 0 ? h : h.left(close + 1);
    }
    const qsizetype colon = h.lastIndexOf(QLatin1Char(':'));
    if (colon < 0 || h.indexOf(QLatin1Char(':')) != colon)
        return h; // no port, or a bare IPv6 address
    return h.left(colon);
}

bool isIpAddress(QStringView text)
{
    QHostAddress a;
    return a.setAddress(text.toString());
}

SyntaxError checkSyntax(QStringView host, bool allowShortNames)
{
    if (host.isEmpty())
        return SyntaxError::Empty;
    if (host.size() > 253)
        return SyntaxError::TooLong;
    if (host == u"*")
        return SyntaxError::None;
    if (isIpAddress(host))
        return SyntaxError::None;
    QStringView rest = host;
    if (isWildcard(host)) {
        if (host.size() < 3 || host[1] != QLatin1Char('.'))
            return SyntaxError::PartialWildcard;
        rest = host.mid(2);
    }
    if (rest.contains(QLatin1Char('*')))
        return SyntaxError::PartialWildcard;
    if (!allowShortNames && !isWildcard(host) && !rest.contains(QLatin1Char('.')))
        return SyntaxError::ShortName;
    for (QStringView label : rest.split(QLatin1Char('.'))) {
        if (label.isEmpty() || label.size() > 63)
            return SyntaxError::InvalidCharacters;
        if (label.front() == QLatin1Char('-') || label.back() == QLatin1Char('-'))
            return SyntaxError::InvalidCharacters;
        for (QChar c : label)
            if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('-') && c != QLatin1Char('_'))
                return SyntaxError::InvalidCharacters;
    }
    return SyntaxError::None;
}

QString describe(SyntaxError error)
{
    switch (error) {
    case SyntaxError::None:
        return {};
    case SyntaxError::Empty:
        return QCoreApplication::translate("HostMatch", "empty host name");
    case SyntaxError::PartialWildcard:
        return QCoreApplication::translate("HostMatch",
                                           "wildcards are only allowed as the whole first label (\"*.example.com\")");
    case SyntaxError::ShortName:
        return QCoreApplication::translate("HostMatch",
                                           "short names are not allowed here; use a fully qualified name");
    case SyntaxError::InvalidCharacters:
        return QCoreApplication::translate("HostMatch", "not a valid DNS name");
    case SyntaxError::TooLong:
        return QCoreApplication::translate("HostMatch", "host name longer than 253 characters");
    }
    return {};
}

} // namespace meshgate::hostmatch
