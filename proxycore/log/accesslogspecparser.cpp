// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/accesslogspecparser.h"

#include <array>

namespace meshgate {

namespace {

using Source = AccessLogFormatter::Source;
using Token = AccessLogFormatter::Token;

enum class Args : quint8 { None, Header, OptionalTime };

struct OperatorInfo
{
    QLatin1StringView name;
    Source source;
    Args args;
    bool response = false; // RESP rather than REQ
};

// Aliases: Meshgate has no PROXY protocol and no alternative stat names, so the DIRECT / RAW
// variants Istio's newer formats use are the same value.
constexpr std::array kOperators = {
    OperatorInfo{QLatin1StringView("START_TIME"), Source::StartTime, Args::OptionalTime},
    OperatorInfo{QLatin1StringView("REQ"), Source::RequestHeader, Args::Header},
    OperatorInfo{QLatin1StringView("RESP"), Source::ResponseHeader, Args::Header, true},
    OperatorInfo{QLatin1StringView("PROTOCOL"), Source::Protocol, Args::None},
    OperatorInfo{QLatin1StringView("RESPONSE_CODE"), Source::ResponseCode, Args::None},
    OperatorInfo{QLatin1StringView("RESPONSE_FLAGS"), Source::ResponseFlags, Args::None},
    OperatorInfo{QLatin1StringView("RESPONSE_CODE_DETAILS"), Source::ResponseCodeDetails,
                 Args::None},
    OperatorInfo{QLatin1StringView("CONNECTION_TERMINATION_DETAILS"),
                 Source::ConnectionTerminationDetails, Args::None},
    OperatorInfo{QLatin1StringView("BYTES_RECEIVED"), Source::BytesReceived, Args::None},
    OperatorInfo{QLatin1StringView("BYTES_SENT"), Source::BytesSent, Args::None},
    OperatorInfo{QLatin1StringView("DURATION"), Source::Duration, Args::None},
    OperatorInfo{QLatin1StringView("UPSTREAM_HOST"), Source::UpstreamHost, Args::None},
    OperatorInfo{QLatin1StringView("UPSTREAM_REMOTE_ADDRESS"), Source::UpstreamHost, Args::None},
    OperatorInfo{QLatin1StringView("UPSTREAM_CLUSTER"), Source::UpstreamCluster, Args::None},
    OperatorInfo{QLatin1StringView("UPSTREAM_CLUSTER_RAW"), Source::UpstreamCluster, Args::None},
    OperatorInfo{QLatin1StringView("UPSTREAM_LOCAL_ADDRESS"), Source::UpstreamLocalAddress,
                 Args::None},
    OperatorInfo{QLatin1StringView("DOWNSTREAM_LOCAL_ADDRESS"), Source::DownstreamLocalAddress,
                 Args::None},
    OperatorInfo{QLatin1StringView("DOWNSTREAM_LOCAL_ADDRESS_WITHOUT_PORT"),
                 Source::DownstreamLocalAddressWithoutPort, Args::None},
    OperatorInfo{QLatin1StringView("DOWNSTREAM_REMOTE_ADDRESS"), Source::DownstreamRemoteAddress,
                 Args::None},
    OperatorInfo{QLatin1StringView("DOWNSTREAM_REMOTE_ADDRESS_WITHOUT_PORT"),
                 Source::DownstreamRemoteAddressWithoutPort, Args::None},
    OperatorInfo{QLatin1StringView("DOWNSTREAM_DIRECT_REMOTE_ADDRESS"),
                 Source::DownstreamRemoteAddress, Args::None},
    OperatorInfo{QLatin1StringView("DOWNSTREAM_DIRECT_REMOTE_ADDRESS_WITHOUT_PORT"),
                 Source::DownstreamRemoteAddressWithoutPort, Args::None},
    OperatorInfo{QLatin1StringView("REQUESTED_SERVER_NAME"), Source::RequestedServerName,
                 Args::None},
    OperatorInfo{QLatin1StringView("UPSTREAM_TRANSPORT_FAILURE_REASON"),
                 Source::UpstreamTransportFailureReason, Args::None},
    OperatorInfo{QLatin1StringView("ROUTE_NAME"), Source::RouteName, Args::None},
    OperatorInfo{QLatin1StringView("HOSTNAME"), Source::Hostname, Args::None},
};

const OperatorInfo *findOperator(QStringView name)
{
    for (const OperatorInfo &op : kOperators) {
        if (name == op.name)
            return &op;
    }
    return nullptr;
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isOperatorNameChar(QChar c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_';
}

// RFC 9110 token characters.
bool isTokenChar(QChar c)
{
    if (c.unicode() >= 0x80)
        return false;
    if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9'))
        return true;
    static constexpr QLatin1StringView kExtra("!#$%&'*+-.^_`|~");
    return kExtra.contains(c);
}

struct HeaderRef
{
    Source source = Source::None;
    QByteArray name; // lower-case, captured headers only
};

class Parser final
{
public:
    explicit Parser(QStringView spec) : m_spec(spec) { }

    std::variant<AccessLogSpecParser::Result, FormatError> run()
    {
        // Anywhere, operator arguments included (a time pattern copies its text verbatim).
        for (qsizetype k = 0; k < m_spec.size(); ++k) {
            if (m_spec[k] == u'\n' || m_spec[k] == u'\r') {
                return FormatError{k, QStringLiteral("a line break inside the format would split "
                                                     "one record over several lines")};
            }
        }
        QString literal;
        qsizetype i = 0;
        while (i < m_spec.size()) {
            const QChar c = m_spec[i];
            if (c != u'%') {
                literal += c;
                ++i;
                continue;
            }
            if (i + 1 < m_spec.size() && m_spec[i + 1] == u'%') {
                literal += u'%';
                i += 2;
                continue;
            }
            if (!literal.isEmpty()) {
                Token t;
                t.text = literal.toUtf8();
                m_result.tokens.append(t);
                literal.clear();
            }
            auto next = parseOperator(i);
            if (auto *error = std::get_if<FormatError>(&next))
                return *error;
            i = std::get<qsizetype>(next);
        }
        if (!literal.isEmpty()) {
            Token t;
            t.text = literal.toUtf8();
            m_result.tokens.append(t);
        }
        return std::move(m_result);
    }

private:
    // Parses the operator starting at the '%' at `start`; returns the index after its closing '%'.
    std::variant<qsizetype, FormatError> parseOperator(qsizetype start)
    {
        qsizetype i = start + 1;
        while (i < m_spec.size() && isOperatorNameChar(m_spec[i]))
            ++i;
        const QStringView name = m_spec.sliced(start + 1, i - start - 1);
        if (name.isEmpty()) {
            return FormatError{start, QStringLiteral("'%' must start an operator such as "
                                                     "%DURATION% (write %% for a literal '%')")};
        }
        const OperatorInfo *op = findOperator(name);
        if (!op) {
            // Point at the likely typo even when the closing '%' is missing.
            const bool closed = i < m_spec.size() && (m_spec[i] == u'%' || m_spec[i] == u'(');
            return FormatError{start, closed ? QStringLiteral("unknown operator %%1%").arg(name)
                                             : QStringLiteral("unknown or unterminated operator "
                                                              "starting with %%1")
                                                   .arg(name)};
        }

        std::optional<QStringView> argument;
        qsizetype argumentStart = -1;
        if (i < m_spec.size() && m_spec[i] == u'(') {
            argumentStart = i + 1;
            const qsizetype close = findArgumentEnd(argumentStart, op->args == Args::OptionalTime);
            if (close < 0) {
                return FormatError{start, QStringLiteral("%%1(...)% is missing its closing "
                                                         "\")%\"")
                                              .arg(name)};
            }
            argument = m_spec.sliced(argumentStart, close - argumentStart);
            i = close + 1;
        }

        int maxLength = -1;
        if (i < m_spec.size() && m_spec[i] == u':') {
            const qsizetype digitsStart = i + 1;
            qsizetype j = digitsStart;
            while (j < m_spec.size() && isAsciiDigit(m_spec[j]))
                ++j;
            bool ok = false;
            const int n = m_spec.sliced(digitsStart, j - digitsStart).toInt(&ok);
            if (!ok || n <= 0 || n > 1'000'000) {
                return FormatError{i, QStringLiteral("the length after ':' in %%1...% must be a "
                                                     "number from 1 to 1000000")
                                          .arg(name)};
            }
            maxLength = n;
            i = j;
        }

        if (i >= m_spec.size() || m_spec[i] != u'%') {
            return FormatError{i, QStringLiteral("expected '%' to close %%1").arg(name)};
        }
        ++i;

        Token t;
        t.source = op->source;
        t.maxLength = maxLength;
        switch (op->args) {
        case Args::None:
            if (argument) {
                return FormatError{argumentStart - 1,
                                   QStringLiteral("%%1% takes no argument").arg(name)};
            }
            break;
        case Args::OptionalTime: {
            t.timeFormat = int(m_result.timeFormats.size());
            if (!argument || argument->isEmpty()) {
                m_result.timeFormats.append(TimestampFormat());
                break;
            }
            auto format = TimestampFormat::create(*argument);
            if (auto *error = std::get_if<FormatError>(&format)) {
                error->offset += argumentStart;
                return *error;
            }
            m_result.timeFormats.append(std::get<TimestampFormat>(std::move(format)));
            break;
        }
        case Args::Header: {
            if (!argument || argument->isEmpty()) {
                return FormatError{start, QStringLiteral("%%1% needs a header name, e.g. "
                                                         "%%1(USER-AGENT)%")
                                              .arg(name)};
            }
            if (auto error = resolveHeaders(*op, *argument, argumentStart, t))
                return *error;
            break;
        }
        }
        m_result.tokens.append(t);
        return i;
    }

    // Index of the ')' that closes an argument starting at `from`, or -1. A time pattern may
    // itself contain ')', so for it only a ')' followed by the operator's end counts.
    qsizetype findArgumentEnd(qsizetype from, bool timePattern) const
    {
        for (qsizetype j = from; j < m_spec.size(); ++j) {
            if (m_spec[j] != u')')
                continue;
            if (!timePattern || closesOperator(j + 1))
                return j;
        }
        return -1;
    }

    bool closesOperator(qsizetype at) const
    {
        if (at >= m_spec.size())
            return false;
        if (m_spec[at] == u'%')
            return true;
        if (m_spec[at] != u':')
            return false;
        qsizetype j = at + 1;
        while (j < m_spec.size() && isAsciiDigit(m_spec[j]))
            ++j;
        return j > at + 1 && j < m_spec.size() && m_spec[j] == u'%';
    }

    std::optional<FormatError> resolveHeaders(const OperatorInfo &op, QStringView argument,
                                              qsizetype argumentStart, Token &t)
    {
        const qsizetype question = argument.indexOf(u'?');
        if (question >= 0 && argument.indexOf(u'?', question + 1) >= 0) {
            return FormatError{argumentStart + argument.indexOf(u'?', question + 1),
                               QStringLiteral("only one alternative header is allowed: "
                                              "%REQ(X?Y)%")};
        }
        const QStringView first = question < 0 ? argument : argument.first(question);
        auto primary = resolveHeader(op, first, argumentStart);
        if (auto *error = std::get_if<FormatError>(&primary))
            return *error;
        HeaderRef a = std::get<HeaderRef>(primary);
        HeaderRef b;
        if (question >= 0) {
            auto alt = resolveHeader(op, argument.sliced(question + 1),
                                     argumentStart + question + 1);
            if (auto *error = std::get_if<FormatError>(&alt))
                return *error;
            b = std::get<HeaderRef>(alt);
        }
        // The record's path already is the pre-rewrite path, which is exactly what Envoy's
        // default X-ENVOY-ORIGINAL-PATH?:PATH yields; no need to capture the header.
        if (a.name == "x-envoy-original-path" && b.source == Source::Path)
            a = b, b = HeaderRef{};
        t.source = a.source;
        t.text = a.name;
        t.fallback = b.source;
        t.fallbackText = b.name;
        addRequired(op.response, a);
        addRequired(op.response, b);
        return std::nullopt;
    }

    std::variant<HeaderRef, FormatError> resolveHeader(const OperatorInfo &op, QStringView header,
                                                       qsizetype offset) const
    {
        if (header.isEmpty())
            return FormatError{offset, QStringLiteral("empty header name")};
        const bool pseudo = header.front() == u':';
        for (qsizetype k = pseudo ? 1 : 0; k < header.size(); ++k) {
            if (!isTokenChar(header[k])) {
                return FormatError{offset + k, QStringLiteral("invalid character in header name "
                                                              "\"%1\"")
                                                   .arg(header)};
            }
        }
        if (pseudo && header.size() == 1)
            return FormatError{offset, QStringLiteral("empty pseudo-header name")};
        const QByteArray lower = header.toLatin1().toLower();
        if (!op.response) {
            if (lower == ":method")
                return HeaderRef{Source::Method, {}};
            if (lower == ":path")
                return HeaderRef{Source::Path, {}};
            if (lower == ":authority" || lower == "host")
                return HeaderRef{Source::Authority, {}};
            if (lower == "x-forwarded-for")
                return HeaderRef{Source::XForwardedFor, {}};
            if (lower == "user-agent")
                return HeaderRef{Source::UserAgent, {}};
            if (lower == "x-request-id")
                return HeaderRef{Source::RequestId, {}};
            if (pseudo && lower != ":scheme") {
                return FormatError{offset, QStringLiteral("unknown request pseudo-header \"%1\" "
                                                          "(known: :method :path :authority "
                                                          ":scheme)")
                                               .arg(header)};
            }
            return HeaderRef{Source::RequestHeader, lower};
        }
        if (lower == "x-envoy-upstream-service-time")
            return HeaderRef{Source::UpstreamServiceTime, {}};
        if (lower == ":status")
            return HeaderRef{Source::ResponseCode, {}};
        if (pseudo) {
            return FormatError{offset, QStringLiteral("unknown response pseudo-header \"%1\" "
                                                      "(known: :status)")
                                           .arg(header)};
        }
        return HeaderRef{Source::ResponseHeader, lower};
    }

    void addRequired(bool response, const HeaderRef &ref)
    {
        if (ref.name.isEmpty())
            return;
        QList<QByteArray> &list = response ? m_result.responseHeaders : m_result.requestHeaders;
        if (!list.contains(ref.name))
            list.append(ref.name);
    }

    QStringView m_spec;
    AccessLogSpecParser::Result m_result;
};

} // namespace

std::variant<AccessLogSpecParser::Result, FormatError> AccessLogSpecParser::parse(QStringView spec)
{
    return Parser(spec).run();
}

AccessLogFormatter AccessLogSpecParser::build(const QString &spec,
                                              AccessLogFormatter::Encoding encoding,
                                              Result &&result, const QByteArray &hostname)
{
    AccessLogFormatter f;
    f.m_spec = spec;
    f.m_encoding = encoding;
    f.m_tokens = std::move(result.tokens);
    f.m_timeFormats = std::move(result.timeFormats);
    f.m_requestHeaders = std::move(result.requestHeaders);
    f.m_responseHeaders = std::move(result.responseHeaders);
    f.m_hostname = hostname;
    return f;
}

} // namespace meshgate
