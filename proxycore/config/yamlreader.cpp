// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/yamlreader.h"

#include "config/yamlwriter.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <map>
#include <new>
#include <optional>
#include <sstream>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/yaml.h>

namespace meshgate {

namespace {

// Aliases can make a small file expand exponentially ("billion laughs"); real configs are far
// below this.
constexpr int kMaxNodes = 1'000'000;
constexpr int kMaxDepth = 200;

SourcePos posOf(const YAML::Mark &m)
{
    if (m.is_null())
        return {};
    return {m.line + 1, m.column + 1};
}

// Thrown from inside the parser's callbacks to stop it; caught in YamlReader::read.
struct TooBig
{
};

// Builds Node trees straight from yaml-cpp's parser events. YAML::LoadAll is not used: in
// yaml-cpp 0.7 (Debian 12) some stray tokens (a ',' outside [ ] and { }, e.g. after a quoted
// scalar) make every further document an empty one that consumes nothing, and LoadAll collects
// them until memory runs out (fixed upstream after 0.8.0, jbeder/yaml-cpp#1319). Owning the
// document loop lets read() see that no progress was made.
class TreeBuilder final : public YAML::EventHandler
{
public:
    TreeBuilder(Diagnostics *diagnostics, QString file)
        : m_diagnostics(diagnostics)
        , m_file(std::move(file))
    {
    }

    // The document's root, or Null for an empty document.
    Node takeRoot() { return std::move(m_root); }
    const YAML::Mark &documentStart() const { return m_documentStart; }
    // Where the document's first node starts (or the document itself, before any node).
    SourcePos documentPos() const { return m_rootPos.isValid() ? m_rootPos : posOf(m_documentStart); }

    void OnDocumentStart(const YAML::Mark &mark) override
    {
        m_documentStart = mark;
        m_root = Node();
        m_rootPos = {};
        m_stack.clear();
        m_anchors.clear(); // yaml-cpp numbers anchors per document
    }
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        Node n;
        n.setPos(posOf(mark));
        complete(std::move(n), anchor);
    }

    void OnAlias(const YAML::Mark &, YAML::anchor_t anchor) override
    {
        // yaml-cpp has already refused unknown anchors. The copy keeps the anchored node's
        // positions, as the node shared by YAML::Node did.
        const auto it = m_anchors.find(anchor);
        if (it == m_anchors.end())
            return add(Node(), 1);
        // The copy counts against both limits as the expanded tree it is: nested aliases can
        // build something far deeper and larger than the text.
        if (int(m_stack.size()) + it->second.height > kMaxDepth)
            throw TooBig();
        count(it->second.nodes);
        add(Node(it->second.node), it->second.height);
    }

    void OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                  const std::string &value) override
    {
        // yaml-cpp tags plain scalars "?" and quoted/explicitly-tagged ones "!" or a full tag.
        const bool plain = tag == "?" || tag.empty();
        const bool stringTag = tag == "tag:yaml.org,2002:str" || tag == "!";
        Node n = Node::scalar(QString::fromStdString(value),
                              plain && !stringTag ? Node::ScalarStyle::Plain : Node::ScalarStyle::Quoted);
        n.setPos(posOf(mark));
        complete(std::move(n), anchor);
    }

    void OnSequenceStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override
    {
        open(Node::sequence(), mark, anchor);
    }
    void OnSequenceEnd() override { close(); }

    void OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override
    {
        open(Node::map(), mark, anchor);
    }
    void OnMapEnd() override { close(); }

private:
    struct Frame
    {
        Node node;
        YAML::anchor_t anchor = YAML::NullAnchor;
        int nodesBefore = 0; // m_nodes when the collection opened, to size its anchor
        int height = 1;      // levels of the collection so far, itself included
        bool haveKey = false;
        QString key;
        SourcePos keyPos;
    };
    struct Anchored
    {
        Node node;
        int nodes = 1;
        int height = 1;
    };

    void count(int n)
    {
        m_nodes += n;
        if (m_nodes > kMaxNodes)
            throw TooBig();
    }

    void open(Node n, const YAML::Mark &mark, YAML::anchor_t anchor)
    {
        if (int(m_stack.size()) >= kMaxDepth)
            throw TooBig();
        count(1);
        n.setPos(posOf(mark));
        if (m_stack.empty())
            m_rootPos = n.pos();
        m_stack.push_back({std::move(n), anchor, m_nodes - 1, 1, false, {}, {}});
    }

    void close()
    {
        Frame f = std::move(m_stack.back());
        m_stack.pop_back();
        if (f.anchor != YAML::NullAnchor) {
            // The kept copy is memory too: nested anchors copy the same subtree once per level.
            const int nodes = m_nodes - f.nodesBefore;
            count(nodes);
            m_anchors[f.anchor] = {f.node, nodes, f.height};
        }
        add(std::move(f.node), f.height);
    }

    void complete(Node n, YAML::anchor_t anchor)
    {
        count(1);
        if (m_stack.empty())
            m_rootPos = n.pos();
        if (anchor != YAML::NullAnchor)
            m_anchors[anchor] = {n, 1, 1};
        add(std::move(n), 1);
    }

    // `height`: levels of `n`, itself included.
    void add(Node n, int height)
    {
        if (m_stack.empty()) {
            m_root = std::move(n);
            return;
        }
        Frame &f = m_stack.back();
        f.height = std::max(f.height, height + 1);
        if (f.node.isSequence()) {
            f.node.append(std::move(n));
            return;
        }
        if (!f.haveKey) {
            // As YAML::Node::as<std::string> read keys: a null key is "null", a collection "".
            f.key = n.isNull() ? QStringLiteral("null") : n.isScalar() ? n.text() : QString();
            f.keyPos = n.pos();
            f.haveKey = true;
            if (YamlWriter::encodeKey(f.key).size() > YamlWriter::kMaxKeyLength) {
                // Export could not write it back as a plain mapping key; no Istio or
                // Kubernetes key comes close (label keys stop at 317 characters).
                m_diagnostics->append({Diagnostic::Severity::Error,
                                       QCoreApplication::translate("YamlReader", "key longer than %1 characters")
                                           .arg(YamlWriter::kMaxKeyLength),
                                       m_file, f.keyPos, {}, {}, QStringLiteral("yaml-key-too-long")});
            }
            if (f.node.find(f.key)) {
                m_diagnostics->append({Diagnostic::Severity::Error,
                                       QCoreApplication::translate("YamlReader", "duplicate key \"%1\"").arg(f.key),
                                       m_file, f.keyPos, {}, {}, QStringLiteral("yaml-duplicate-key")});
            }
            return;
        }
        // An empty value (`key:`) is reported where the next token starts, often the next line:
        // point at the key instead. An explicit `~` or `null` keeps its own place.
        if (n.isNull() && (!n.pos().isValid() || n.pos().line > f.keyPos.line))
            n.setPos(f.keyPos);
        f.node.insert(f.key, std::move(n), f.keyPos);
        f.haveKey = false;
    }

    Diagnostics *m_diagnostics;
    QString m_file;
    YAML::Mark m_documentStart;
    Node m_root;
    std::vector<Frame> m_stack;
    std::map<YAML::anchor_t, Anchored> m_anchors;
    SourcePos m_rootPos;
    int m_nodes = 0; // over all documents
};

QString unexpectedTokenMessage(const std::string &text, const YAML::Mark &mark)
{
    // yaml-cpp counts positions after a UTF-8 byte order mark.
    const std::size_t bom = text.rfind("\xEF\xBB\xBF", 0) == 0 ? 3 : 0;
    const std::size_t at = std::size_t(std::max(0, mark.pos)) + bom;
    const char c = mark.pos >= 0 && at < text.size() ? text[at] : 0;
    if (c == ',')
        return QCoreApplication::translate("YamlReader", "YAML syntax error: ',' can only separate items inside [ ] or { }");
    if (c > ' ' && c < 127)
        return QCoreApplication::translate("YamlReader", "YAML syntax error: unexpected '%1'").arg(QLatin1Char(c));
    return QCoreApplication::translate("YamlReader", "YAML syntax error: unexpected character");
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
    const std::string input = text.toStdString();
    std::istringstream stream(input);
    TreeBuilder builder(&result.diagnostics, fileName);
    try {
        YAML::Parser parser(stream);
        std::optional<YAML::Mark> previousStart;
        while (parser.HandleNextDocument(builder)) {
            const YAML::Mark start = builder.documentStart();
            if (previousStart && previousStart->pos == start.pos) {
                // A token no document can start with, which yaml-cpp 0.7 neither consumes nor
                // reports; without this check the loop would never end.
                result.documents.clear();
                result.diagnostics.append({Diagnostic::Severity::Error, unexpectedTokenMessage(input, start), fileName,
                                           posOf(start), {}, {}, QStringLiteral("yaml-syntax")});
                return result;
            }
            previousStart = start;
            Node root = builder.takeRoot();
            if (!root.isNull())
                result.documents.push_back(std::move(root));
        }
    } catch (const TooBig &) {
        result.documents.clear();
        result.diagnostics.append({Diagnostic::Severity::Error,
                                   QCoreApplication::translate("YamlReader",
                                                               "document too large or too deeply nested (more than %1 "
                                                               "nodes after expanding aliases)")
                                       .arg(kMaxNodes),
                                   fileName, builder.documentPos(), {}, {}, QStringLiteral("yaml-too-large")});
    } catch (const std::bad_alloc &) {
        // Below the node limit but still more than this machine has: refused like a file too large.
        result.documents.clear();
        result.diagnostics.append({Diagnostic::Severity::Error,
                                   QCoreApplication::translate("YamlReader", "document too large for the memory available"),
                                   fileName, builder.documentPos(), {}, {}, QStringLiteral("yaml-too-large")});
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
