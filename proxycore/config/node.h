// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <utility>
#include <vector>

namespace meshgate {

// A position in a source file; 1-based like every editor and compiler shows it.
struct SourcePos
{
    int line = 0;
    int column = 0;
    bool isValid() const { return line > 0; }
};

// An ordered YAML value. Used for what the typed model does not hold (unknown or
// unmodelled fields, kept so that export loses nothing) and as the intermediate form
// between the typed model and the emitters, so key order stays under our control.
class Node
{
public:
    enum class Type { Null, Scalar, Sequence, Map };
    // How a scalar was (or must be) written: plain scalars may be numbers or booleans,
    // quoted ones are always strings.
    enum class ScalarStyle { Plain, Quoted };

    Node() = default;
    static Node scalar(const QString &text, ScalarStyle style = ScalarStyle::Quoted);
    static Node string(const QString &text) { return scalar(text, ScalarStyle::Quoted); }
    static Node integer(qint64 value);
    static Node boolean(bool value);
    static Node number(double value);
    static Node sequence() { Node n; n.m_type = Type::Sequence; return n; }
    static Node map() { Node n; n.m_type = Type::Map; return n; }

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isScalar() const { return m_type == Type::Scalar; }
    bool isSequence() const { return m_type == Type::Sequence; }
    bool isMap() const { return m_type == Type::Map; }

    const QString &text() const { return m_text; }
    ScalarStyle style() const { return m_style; }

    // Sequence
    const std::vector<Node> &items() const { return m_items; }
    void append(Node item) { m_items.push_back(std::move(item)); }

    // Map (ordered, keys unique)
    const std::vector<std::pair<QString, Node>> &entries() const { return m_entries; }
    const Node *find(const QString &key) const;
    void insert(const QString &key, Node value, SourcePos keyPos = {}); // replaces an existing key in place
    SourcePos keyPos(const QString &key) const; // where the key itself was written
    bool isEmptyContainer() const { return (isMap() && m_entries.empty()) || (isSequence() && m_items.empty()); }

    SourcePos pos() const { return m_pos; }
    void setPos(SourcePos pos) { m_pos = pos; }

    bool operator==(const Node &other) const;

private:
    Type m_type = Type::Null;
    ScalarStyle m_style = ScalarStyle::Plain;
    QString m_text;
    std::vector<Node> m_items;
    std::vector<std::pair<QString, Node>> m_entries;
    std::vector<SourcePos> m_keyPositions; // parallel to m_entries
    SourcePos m_pos;
};

// Keys of a typed struct that the model does not hold, in the order the user wrote them.
using Extras = std::vector<std::pair<QString, Node>>;

} // namespace meshgate
