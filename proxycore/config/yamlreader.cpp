// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/yamlreader.h"

#include "config/yamlwriter.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <optional>

#include <yaml-cpp/yaml.h>

namespace meshgate {

namespace {

// Aliases can make a small file expand exponentially ("billion laughs"); real configs are far
// below this.
constexpr int kMaxNodes = 1'000'000;
constexpr int kMaxDepth = 200;

struct Converter
{
    int nodes = 0;
    bool tooBig = false;
    Diagnostics *diagnostics = nullptr;
    QString file;

    static SourcePos posOf(const YAML::Node &n)
    {
        const YAML::Mark m = n.Mark();
        if (m.is_null())
            return {};
        return {m.line + 1, m.column + 1};
    }

    Node convert(const YAML::Node &in, int depth)
    {
        if (++nodes > kMaxNodes || depth > kMaxDepth) {
            tooBig = true;
            return {};
        }
        Node out;
        switch (in.Type()) {
        case YAML::NodeType::Undefined:
        case YAML::NodeType::Null:
            break;
        case YAML::NodeType::Scalar: {
            // yaml-cpp tags plain scalars "?" and quoted/explicitly-tagged ones "!" or a full tag.
            const std::string &tag = in.Tag();
            const bool plain = tag == "?" || tag.empty();
            const bool stringTag = tag == "tag:yaml.org,2002:str" || tag == "!";
            out = Node::scalar(QString::fromStdString(in.Scalar()),
                               plain && !stringTag ? Node::ScalarStyle::Plain : Node::ScalarStyle::Quoted);
            break;
        }
        case YAML::NodeType::Sequence:
            out = Node::sequence();
            for (const YAML::Node &item : in) {
                out.append(convert(item, depth + 1));
                if (tooBig)
                    return {};
            }
            break;
        case YAML::NodeType::Map:
            out = Node::map();
            for (auto it = in.begin(); it != in.end(); ++it) {
                const QString key = QString::fromStdString(it->first.as<std::string>(std::string()));
                if (YamlWriter::encodeKey(key).size() > YamlWriter::kMaxKeyLength) {
                    // Export could not write it back as a plain mapping key; no Istio or
                    // Kubernetes key comes close (label keys stop at 317 characters).
                    diagnostics->append({Diagnostic::Severity::Error,
                                         QCoreApplication::translate("YamlReader", "key longer than %1 characters")
                                             .arg(YamlWriter::kMaxKeyLength),
                                         file, posOf(it->first), {}, {}, QStringLiteral("yaml-key-too-long")});
                }
                if (out.find(key)) {
                    const SourcePos kp = posOf(it->first);
                    diagnostics->append({Diagnostic::Severity::Error,
                                         QCoreApplication::translate("YamlReader", "duplicate key \"%1\"").arg(key),
                                         file, kp, {}, {}, QStringLiteral("yaml-duplicate-key")});
                }
                Node value = convert(it->second, depth + 1);
                if (tooBig)
                    return {};
                // A null value has no useful mark of its own; point at the key instead.
                if (!value.pos().isValid())
                    value.setPos(posOf(it->first));
                out.insert(key, std::move(value), posOf(it->first));
            }
            break;
        }
        if (!out.pos().isValid())
            out.setPos(posOf(in));
        return out;
    }
};

// yaml-cpp 0.7 (Debian 12) never returns from a ',' that starts a line outside [ ] and { }
// (found by fuzz_yaml). Such a ',' is a syntax error anyway, so it is reported before the text
// reaches yaml-cpp. Flow depth is tracked roughly: quoted text, comments and block scalars
// (`|`, `>`) are skipped.
std::optional<SourcePos> strayLeadingComma(const QByteArray &text)
{
    static const QRegularExpression blockScalarHeader(QStringLiteral(R"((?:^|[\s:-])[|>][-+0-9]*\s*(?:#.*)?$)"));
    const QList<QByteArray> lines = text.split('\n');
    int depth = 0;
    char quote = 0;
    int blockIndent = -1; // indentation of the line that opened a block scalar
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QByteArray &line = lines.at(n);
        int indent = 0;
        while (indent < line.size() && (line.at(indent) == ' ' || line.at(indent) == '\t'))
            ++indent;
        if (blockIndent >= 0) {
            if (indent == line.size() || indent > blockIndent)
                continue; // inside the block scalar
            blockIndent = -1;
        }
        if (!quote && depth == 0 && indent < line.size() && line.at(indent) == ',')
            return SourcePos{int(n) + 1, indent + 1};
        for (qsizetype i = indent; i < line.size(); ++i) {
            const char c = line.at(i);
            if (quote) {
                if (c == '\\' && quote == '"')
                    ++i;
                else if (c == quote)
                    quote = 0;
            } else if ((c == '"' || c == '\'')
                       && (i == indent || QByteArrayView(" \t[{,:-?").contains(line.at(i - 1)))) {
                // Only where a scalar starts: in `httpbi"n.org` or `don't` the quote is a letter.
                quote = c;
            } else if (c == '#' && (i == 0 || line.at(i - 1) == ' ' || line.at(i - 1) == '\t')) {
                break;
            } else if ((c == '[' || c == '{')
                       && (depth > 0 || i == indent || QByteArrayView(" \t[{,:-?").contains(line.at(i - 1)))) {
                // Outside [ ] and { } a bracket opens a flow collection only where a value
                // starts: in `ingres[gateway` it is a letter.
                ++depth;
            } else if ((c == ']' || c == '}') && depth > 0) {
                --depth;
            }
        }
        if (!quote && depth == 0 && blockScalarHeader.match(QString::fromUtf8(line)).hasMatch())
            blockIndent = indent;
    }
    return std::nullopt;
}

} // namespace

QByteArray YamlReader::stripShellWrapper(const QByteArray &text)
{
    static const QRegularExpression heredoc(
        QStringLiteral(R"(^\s*(?:\$\s*)?(?:kubectl|oc|cat|istioctl|tee)\b.*<<-?\s*['"]?([A-Za-z_][A-Za-z0-9_]*)['"]?)"));
    QList<QByteArray> lines = text.split('\n');
    QString terminator;
    bool changed = false;
    for (QByteArray &line : lines) {
        const QString s = QString::fromUtf8(line);
        if (terminator.isEmpty()) {
            const QRegularExpressionMatch m = heredoc.match(s);
            if (m.hasMatch()) {
                terminator = m.captured(1);
                line.clear();
                changed = true;
            }
        } else if (s.trimmed() == terminator) {
            terminator.clear();
            line.clear();
            changed = true;
        }
    }
    return changed ? lines.join('\n') : text;
}

YamlReader::Result YamlReader::read(const QByteArray &rawText, const QString &fileName)
{
    Result result;
    const QByteArray text = stripShellWrapper(rawText);
    Converter converter;
    converter.diagnostics = &result.diagnostics;
    converter.file = fileName;
    if (const std::optional<SourcePos> comma = strayLeadingComma(text)) {
        result.diagnostics.append({Diagnostic::Severity::Error,
                                   QCoreApplication::translate("YamlReader",
                                                               "YAML syntax error: ',' can only separate items inside [ ] or { }"),
                                   fileName, *comma, {}, {}, QStringLiteral("yaml-syntax")});
        return result;
    }
    try {
        const std::vector<YAML::Node> docs = YAML::LoadAll(text.toStdString());
        for (const YAML::Node &doc : docs) {
            if (doc.IsNull() || !doc.IsDefined())
                continue;
            Node n = converter.convert(doc, 0);
            if (converter.tooBig) {
                result.diagnostics.append(
                    {Diagnostic::Severity::Error,
                     QCoreApplication::translate("YamlReader",
                                                 "document too large or too deeply nested (more than %1 nodes "
                                                 "after expanding aliases)")
                         .arg(kMaxNodes),
                     fileName, Converter::posOf(doc), {}, {}, QStringLiteral("yaml-too-large")});
                result.documents.clear();
                return result;
            }
            result.documents.push_back(std::move(n));
        }
    } catch (const YAML::Exception &e) {
        // e.msg is the bare message; e.what() repeats the position in yaml-cpp's own words.
        QString msg = QString::fromStdString(e.msg);
        if (msg.isEmpty())
            msg = QStringLiteral("invalid YAML");
        result.documents.clear();
        result.diagnostics.append({Diagnostic::Severity::Error,
                                   QCoreApplication::translate("YamlReader", "YAML syntax error: %1").arg(msg),
                                   fileName,
                                   e.mark.is_null() ? SourcePos{1, 1} : SourcePos{e.mark.line + 1, e.mark.column + 1},
                                   {}, {}, QStringLiteral("yaml-syntax")});
    }
    return result;
}

} // namespace meshgate
