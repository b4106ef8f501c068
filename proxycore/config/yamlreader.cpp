// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/yamlreader.h"

#include <QCoreApplication>
#include <QRegularExpression>

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
