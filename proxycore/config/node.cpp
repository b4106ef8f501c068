// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/node.h"

#include <QLocale>

namespace meshgate {

Node Node::scalar(const QString &text, ScalarStyle style)
{
    Node n;
    n.m_type = Type::Scalar;
    n.m_text = text;
    n.m_style = style;
    return n;
}

Node Node::integer(qint64 value)
{
    return scalar(QString::number(value), ScalarStyle::Plain);
}

Node Node::boolean(bool value)
{
    return scalar(value ? QStringLiteral("true") : QStringLiteral("false"), ScalarStyle::Plain);
}

Node Node::number(double value)
{
    return scalar(QString::number(value, 'g', QLocale::FloatingPointShortest), ScalarStyle::Plain);
}

const Node *Node::find(const QString &key) const
{
    for (const auto &[k, v] : m_entries)
        if (k == key)
            return &v;
    return nullptr;
}

void Node::insert(const QString &key, Node value, SourcePos keyPos)
{
    m_type = Type::Map;
    for (size_t i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].first == key) {
            m_entries[i].second = std::move(value);
            m_keyPositions[i] = keyPos;
            return;
        }
    }
    m_entries.emplace_back(key, std::move(value));
    m_keyPositions.push_back(keyPos);
}

SourcePos Node::keyPos(const QString &key) const
{
    for (size_t i = 0; i < m_entries.size(); ++i)
        if (m_entries[i].first == key)
            return m_keyPositions[i];
    return {};
}

bool Node::operator==(const Node &other) const
{
    // Positions are deliberately not compared: two nodes are equal when they say the same thing.
    return m_type == other.m_type && m_text == other.m_text && m_style == other.m_style
        && m_items == other.m_items && m_entries == other.m_entries;
}

} // namespace meshgate
