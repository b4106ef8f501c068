// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "log/logrow.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace meshgate {

// The access-log filter language, compiled once and matched against every row:
//
//   free words            each must appear (case-insensitive) in some field
//   status:5xx status:404 status:0   class, exact code, or no response (also status:-)
//   host:httpbin.org      Host or SNI contains; host:*.example.com matches the suffix
//   flag:NR  flag:none  flag:any     response flags
//   method:POST           exact (method:TCP / method:TLS select connections)
//   path:/status          path prefix (case-sensitive, like Istio's uri prefix)
//   cluster:… route:… client:… upstream:…   contains
//
// The same key given twice, or a comma list (status:4xx,5xx), means either; different keys and
// free words must all hold. A leading - or ! excludes (-status:2xx, -healthz). Quotes group
// words ("user agent"). A word with an unknown key (http://x) is free text.
class AccessLogQuery final
{
public:
    struct ParseResult;
    static ParseResult parse(const QString &text);

    // True when it lets every row through.
    bool isEmpty() const { return m_groups.empty() && m_excluded.empty(); }
    bool matches(const LogRow &row) const;

private:
    enum class Key : quint8 { Text, Status, Host, Flag, Method, Path, Cluster, Route, Client, Upstream };
    enum class Op : quint8 { Contains, Exact, Prefix, Suffix, StatusClass, StatusCode, AllFlags, NoFlags, AnyFlag };
    struct Matcher
    {
        Key key = Key::Text;
        Op op = Op::Contains;
        QByteArray value; // lower-case for case-insensitive ops
        quint32 number = 0; // status class/code, or flag bits
    };
    struct Group // any matcher may match
    {
        Key key = Key::Text;
        std::vector<Matcher> anyOf;
    };

    static std::optional<Key> keyFromName(const QString &name);
    static QString parseValue(Key key, const QString &value, std::vector<Matcher> &out);
    static bool matches(const Matcher &m, const LogRow &row);
    static bool textMatches(const QByteArray &needle, const LogRow &row);

    std::vector<Group> m_groups;     // all must hold
    std::vector<Matcher> m_excluded; // none may match
};

struct AccessLogQuery::ParseResult
{
    std::optional<AccessLogQuery> query;
    QString error; // set when query is empty
    QString note;  // beside a query: a word:value whose word is no key, searched as text
};

} // namespace meshgate
