// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/yamlwriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace meshgate {

namespace {

bool readsAsNonString(const QString &t)
{
    static const QStringList special = {
        QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("yes"), QStringLiteral("no"),
        QStringLiteral("on"),   QStringLiteral("off"),   QStringLiteral("y"),   QStringLiteral("n"),
        QStringLiteral("null"), QStringLiteral("~"),     QStringLiteral("="),   QStringLiteral("<<")};
    if (special.contains(t.toLower()))
        return true;
    // Numbers in any YAML 1.1/1.2 spelling (ints, octal, hex, floats, sexagesimal, .inf/.nan)
    // and dates; quoting a string that merely resembles one is harmless.
    static const QRegularExpression numeric(
        QStringLiteral(R"(^[-+]?(\.[0-9]|[0-9])[0-9a-fA-FxXoO_:.eE+-]*$|^[-+]?\.(inf|Inf|INF|nan|NaN|NAN)$)"));
    return numeric.match(t).hasMatch();
}

QByteArray quoted(const QString &text)
{
    QByteArray out;
    out.reserve(text.size() + 2);
    out += '"';
    for (const char32_t c : text.toUcs4()) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            if (c < 0x20 || c == 0x7f) {
                out += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0')).toLatin1();
            } else if (c == 0xfeff || (c >= 0x80 && c < 0xa0) || c == 0x2028 || c == 0x2029) {
                out += QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0')).toLatin1();
            } else {
                out += QString::fromUcs4(&c, 1).toUtf8();
            }
        }
    }
    out += '"';
    return out;
}

QByteArray scalarText(const Node &n)
{
    if (n.isNull())
        return QByteArrayLiteral("null");
    // A plain number or boolean stays plain; text that would read back differently without
    // quotes (trailing blanks, control characters: found by fuzz_yaml) is quoted whatever its style.
    if (n.style() == Node::ScalarStyle::Plain && YamlWriter::readsBackPlain(n.text()))
        return n.text().toUtf8();
    return YamlWriter::needsQuotes(n.text()) ? quoted(n.text()) : n.text().toUtf8();
}


void writeNode(QByteArray &out, const Node &n, int indent);

void writeValueAfterKey(QByteArray &out, const Node &v, int indent)
{
    if (v.isMap() && !v.entries().empty()) {
        out += '\n';
        writeNode(out, v, indent + 2);
    } else if (v.isSequence() && !v.items().empty()) {
        out += '\n';
        writeNode(out, v, indent); // kubectl style: "- " at the key's indentation
    } else if (v.isMap()) {
        out += " {}\n";
    } else if (v.isSequence()) {
        out += " []\n";
    } else {
        out += ' ';
        out += scalarText(v);
        out += '\n';
    }
}

void writeNode(QByteArray &out, const Node &n, int indent)
{
    const QByteArray pad(indent, ' ');
    if (n.isMap()) {
        for (const auto &[k, v] : n.entries()) {
            out += pad;
            out += YamlWriter::encodeKey(k);
            out += ':';
            writeValueAfterKey(out, v, indent);
        }
    } else if (n.isSequence()) {
        for (const Node &item : n.items()) {
            if ((item.isMap() && !item.entries().empty()) || (item.isSequence() && !item.items().empty())) {
                // Write the item as a block at indent+2, then put "- " over the first line's indent.
                QByteArray block;
                writeNode(block, item, indent + 2);
                block.replace(0, indent + 2, pad + "- ");
                out += block;
            } else {
                out += pad;
                out += "- ";
                out += item.isMap() ? QByteArrayLiteral("{}") : item.isSequence() ? QByteArrayLiteral("[]") : scalarText(item);
                out += '\n';
            }
        }
    } else {
        out += pad;
        out += scalarText(n);
        out += '\n';
    }
}

} // namespace

QByteArray YamlWriter::encodeKey(const QString &key)
{
    return needsQuotes(key) ? quoted(key) : key.toUtf8();
}

bool YamlWriter::needsQuotes(const QString &t)
{
    if (t.isEmpty() || readsAsNonString(t) || hasUnsafeCharacters(t))
        return true;
    static const QString indicators = QStringLiteral("-?:,[]{}#&*!|>'\"%@`");
    return indicators.contains(t.front());
}

bool YamlWriter::readsBackPlain(const QString &t)
{
    if (t.isEmpty() || hasUnsafeCharacters(t))
        return false;
    // `-1`, `?x` and `:x` are plain scalars; `- x` is a list item.
    static const QString never = QStringLiteral(",[]{}#&*!|>'\"%@`");
    if (never.contains(t.front()))
        return false;
    return !QStringLiteral("-?:").contains(t.front()) || (t.size() > 1 && !t.at(1).isSpace());
}

bool YamlWriter::hasUnsafeCharacters(const QString &t)
{
    if (t.front().isSpace() || t.back().isSpace())
        return true;
    if (t.contains(QLatin1String(": ")) || t.contains(QLatin1String(" #")) || t.endsWith(QLatin1Char(':')))
        return true;
    for (QChar c : t)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || (c.unicode() >= 0x80 && c.unicode() < 0xa0)
            || c.unicode() == 0xfeff || c.unicode() == 0x2028 || c.unicode() == 0x2029)
            return true;
    return false;
}

QByteArray YamlWriter::write(const Node &document)
{
    QByteArray out;
    writeNode(out, document, 0);
    return out;
}

QByteArray YamlWriter::writeAll(const std::vector<Node> &documents)
{
    QByteArray out;
    for (size_t i = 0; i < documents.size(); ++i) {
        if (i > 0)
            out += "---\n";
        out += write(documents[i]);
    }
    return out;
}

QJsonValue YamlWriter::toJson(const Node &node)
{
    switch (node.type()) {
    case Node::Type::Null:
        return QJsonValue::Null;
    case Node::Type::Scalar: {
        if (node.style() == Node::ScalarStyle::Quoted)
            return node.text();
        const QString t = node.text();
        if (t == u"true" || t == u"false")
            return t == u"true";
        if (t == u"null" || t == u"~")
            return QJsonValue::Null;
        bool ok = false;
        const qint64 i = t.toLongLong(&ok);
        if (ok)
            return double(i);
        const double d = t.toDouble(&ok);
        if (ok)
            return d;
        return t;
    }
    case Node::Type::Sequence: {
        QJsonArray a;
        for (const Node &item : node.items())
            a.append(toJson(item));
        return a;
    }
    case Node::Type::Map: {
        QJsonObject o;
        for (const auto &[k, v] : node.entries())
            o.insert(k, toJson(v));
        return o;
    }
    }
    return {};
}

} // namespace meshgate
