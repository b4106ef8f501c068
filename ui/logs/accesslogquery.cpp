// SPDX-License-Identifier: GPL-3.0-or-later
#include "logs/accesslogquery.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <array>
#include <cstring>

namespace meshgate {

namespace {

// Gives the free functions here a translation context lupdate can see.
struct AccessLogQueryText
{
    Q_DECLARE_TR_FUNCTIONS(AccessLogQuery)
};

constexpr char lowerAscii(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

// `needle` is already lower-case. Scans for the first byte in both cases with memchr, which is
// what keeps a free-text filter over 100,000 rows in the tens of milliseconds.
bool containsCi(QByteArrayView hay, QByteArrayView needle)
{
    if (needle.isEmpty())
        return true;
    if (hay.size() < needle.size())
        return false;
    const char first = needle.front();
    const char firstUpper = (first >= 'a' && first <= 'z') ? char(first - 'a' + 'A') : first;
    const char *p = hay.data();
    const char *const last = hay.data() + hay.size() - needle.size();
    while (p <= last) {
        const void *a = std::memchr(p, first, std::size_t(last - p + 1));
        const void *b = first == firstUpper ? nullptr : std::memchr(p, firstUpper, std::size_t(last - p + 1));
        const char *hit = static_cast<const char *>(a);
        if (!hit || (b && static_cast<const char *>(b) < hit))
            hit = static_cast<const char *>(b);
        if (!hit)
            return false;
        qsizetype i = 1;
        while (i < needle.size() && lowerAscii(hit[i]) == needle[i])
            ++i;
        if (i == needle.size())
            return true;
        p = hit + 1;
    }
    return false;
}

bool equalsCi(QByteArrayView a, QByteArrayView lower)
{
    if (a.size() != lower.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (lowerAscii(a[i]) != lower[i])
            return false;
    return true;
}

bool endsWithCi(QByteArrayView a, QByteArrayView lower)
{
    return a.size() >= lower.size() && equalsCi(a.last(lower.size()), lower);
}

QByteArrayView methodOf(const LogRow &row)
{
    if (!row.isTcp())
        return row.text(LogRow::Text::Method);
    return row.text(LogRow::Text::RequestedServerName).isEmpty() ? QByteArrayView("TCP") : QByteArrayView("TLS");
}

// Splits on whitespace; quotes group. Unbalanced quotes just run to the end (typing in progress).
QStringList tokenize(const QString &text)
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
    if (inToken)
        out.append(current);
    return out;
}

} // namespace

std::optional<AccessLogQuery::Key> AccessLogQuery::keyFromName(const QString &name)
{
    static const std::array<std::pair<const char *, Key>, 13> names = {{
        {"status", Key::Status},
        {"code", Key::Status},
        {"host", Key::Host},
        {"sni", Key::Host},
        {"authority", Key::Host},
        {"flag", Key::Flag},
        {"flags", Key::Flag},
        {"method", Key::Method},
        {"path", Key::Path},
        {"cluster", Key::Cluster},
        {"route", Key::Route},
        {"client", Key::Client},
        {"upstream", Key::Upstream},
    }};
    for (const auto &[n, key] : names)
        if (name.compare(QLatin1String(n), Qt::CaseInsensitive) == 0)
            return key;
    return std::nullopt;
}

QString AccessLogQuery::parseValue(Key key, const QString &value, std::vector<Matcher> &out)
{
    const QStringList parts = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return AccessLogQueryText::tr("a filter needs a value after the colon");
    for (const QString &part : parts) {
        Matcher m;
        m.key = key;
        switch (key) {
        case Key::Status: {
            const QString v = part.toLower();
            bool ok = false;
            if (v == u"-") {
                m.op = Op::StatusCode;
                m.number = 0;
            } else if (v.size() == 3 && v.endsWith(u"xx") && v[0] >= u'1' && v[0] <= u'5') {
                m.op = Op::StatusClass;
                m.number = quint32(v[0].digitValue());
            } else if (const uint code = v.toUInt(&ok); ok && (code == 0 || (code >= 100 && code <= 999))) {
                m.op = Op::StatusCode;
                m.number = code;
            } else {
                return AccessLogQueryText::tr("status:%1 is not a status; use 2xx … 5xx, a code like 404, or 0").arg(part);
            }
            break;
        }
        case Key::Flag: {
            const QString v = part.toUpper();
            if (v == u"NONE" || v == u"-") {
                m.op = Op::NoFlags;
            } else if (v == u"ANY") {
                m.op = Op::AnyFlag;
            } else if (const auto flags = ResponseFlags::fromString(v.toLatin1()); flags && !flags->isEmpty()) {
                m.op = Op::AllFlags;
                m.number = flags->bits();
            } else {
                return AccessLogQueryText::tr("flag:%1 is not a response flag (NR, UF, UH, URX, DC, …, none or any)").arg(part);
            }
            break;
        }
        case Key::Method:
            m.op = Op::Exact;
            m.value = part.toLower().toUtf8();
            break;
        case Key::Path:
            m.op = Op::Prefix;
            m.value = part.toUtf8();
            break;
        case Key::Host:
            if (part.startsWith(u"*.")) {
                m.op = Op::Suffix;
                m.value = part.mid(1).toLower().toUtf8();
            } else {
                m.op = Op::Contains;
                m.value = part.toLower().toUtf8();
            }
            break;
        default:
            m.op = Op::Contains;
            m.value = part.toLower().toUtf8();
            break;
        }
        out.push_back(std::move(m));
    }
    return {};
}

AccessLogQuery::ParseResult AccessLogQuery::parse(const QString &text)
{
    AccessLogQuery q;
    QStringList notKeys;
    for (QString token : tokenize(text)) {
        bool negated = false;
        if (token.size() > 1 && (token.startsWith(u'-') || token.startsWith(u'!'))) {
            negated = true;
            token.remove(0, 1);
        }
        std::vector<Matcher> matchers;
        Key key = Key::Text;
        const qsizetype colon = token.indexOf(QLatin1Char(':'));
        const auto named = colon > 0 ? keyFromName(token.left(colon)) : std::nullopt;
        if (named) {
            key = *named;
            const QString error = parseValue(key, token.mid(colon + 1), matchers);
            if (!error.isEmpty())
                return {std::nullopt, error, {}};
        } else {
            matchers.push_back(Matcher{Key::Text, Op::Contains, token.toLower().toUtf8(), 0});
            // "subset:v2" looks like a key that does not exist, and quietly matching nothing
            // would look like no such requests; "localhost:8080" and "http://…" are plain text.
            static const QRegularExpression keyLike(QStringLiteral("^[A-Za-z][A-Za-z_-]*$"));
            const QString word = colon > 0 ? token.left(colon) : QString();
            const QString rest = token.mid(colon + 1);
            bool port = false;
            rest.toUInt(&port);
            if (!word.isEmpty() && keyLike.match(word).hasMatch() && !port && !rest.startsWith(u"//") && !notKeys.contains(word))
                notKeys.append(word);
        }
        if (negated) {
            for (Matcher &m : matchers)
                q.m_excluded.push_back(std::move(m));
            continue;
        }
        // Repeating a key widens it (status:404 status:5xx); free words each narrow.
        auto group = key == Key::Text ? q.m_groups.end()
                                      : std::find_if(q.m_groups.begin(), q.m_groups.end(),
                                                     [key](const Group &g) { return g.key == key; });
        if (group == q.m_groups.end())
            q.m_groups.push_back(Group{key, std::move(matchers)});
        else
            std::move(matchers.begin(), matchers.end(), std::back_inserter(group->anyOf));
    }
    QString note;
    if (!notKeys.isEmpty())
        note = AccessLogQueryText::tr("%1 searched as text (not a filter key; the keys are status, host, flag, method, "
                                      "path, cluster, route, client and upstream)")
                   .arg(notKeys.join(QStringLiteral(":, ")) + QLatin1Char(':'));
    return {std::move(q), {}, note};
}

bool AccessLogQuery::textMatches(const QByteArray &needle, const LogRow &row)
{
    using T = LogRow::Text;
    static constexpr std::array<T, 11> fields = {T::Authority, T::Path, T::RequestedServerName,
                                                 T::DownstreamRemoteAddress, T::UpstreamHost, T::UpstreamCluster,
                                                 T::RouteName, T::RequestId, T::UserAgent, T::ResponseCodeDetails,
                                                 T::UpstreamTransportFailureReason};
    for (const T t : fields)
        if (containsCi(row.text(t), needle))
            return true;
    if (containsCi(methodOf(row), needle))
        return true;
    if (row.responseCode() > 0) {
        char digits[12];
        const int n = std::snprintf(digits, sizeof digits, "%d", row.responseCode());
        if (containsCi(QByteArrayView(digits, n), needle))
            return true;
    }
    if (!row.responseFlags().isEmpty() && containsCi(row.responseFlags().toString(), needle))
        return true;
    return false;
}

bool AccessLogQuery::matches(const Matcher &m, const LogRow &row)
{
    using T = LogRow::Text;
    switch (m.key) {
    case Key::Text:
        return textMatches(m.value, row);
    case Key::Status:
        return m.op == Op::StatusClass ? quint32(row.responseCode() / 100) == m.number
                                       : quint32(row.responseCode()) == m.number;
    case Key::Flag:
        switch (m.op) {
        case Op::NoFlags: return row.responseFlags().isEmpty();
        case Op::AnyFlag: return !row.responseFlags().isEmpty();
        default: return (row.responseFlags().bits() & m.number) == m.number;
        }
    case Key::Method:
        return equalsCi(methodOf(row), m.value);
    case Key::Path:
        return row.text(T::Path).startsWith(m.value);
    case Key::Host:
        if (m.op == Op::Suffix)
            return endsWithCi(row.host(), m.value);
        return containsCi(row.text(T::Authority), m.value) || containsCi(row.text(T::RequestedServerName), m.value);
    case Key::Cluster:
        return containsCi(row.text(T::UpstreamCluster), m.value);
    case Key::Route:
        return containsCi(row.text(T::RouteName), m.value);
    case Key::Client:
        return containsCi(row.text(T::DownstreamRemoteAddress), m.value);
    case Key::Upstream:
        return containsCi(row.text(T::UpstreamHost), m.value);
    }
    return false;
}

bool AccessLogQuery::matches(const LogRow &row) const
{
    for (const Matcher &m : m_excluded)
        if (matches(m, row))
            return false;
    for (const Group &g : m_groups) {
        bool any = false;
        for (const Matcher &m : g.anyOf) {
            if (matches(m, row)) {
                any = true;
                break;
            }
        }
        if (!any)
            return false;
    }
    return true;
}

} // namespace meshgate
