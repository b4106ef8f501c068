// SPDX-License-Identifier: GPL-3.0-or-later
#include "editors/yamlhighlighter.h"

#include <QRegularExpression>

namespace meshgate {

namespace {

// Block state: -1 normal; n >= 0 inside a block scalar whose parent key is indented n columns.
constexpr int kNormal = -1;

int indentOf(const QString &text)
{
    int i = 0;
    while (i < text.size() && text[i] == QLatin1Char(' '))
        ++i;
    return i;
}

} // namespace

YamlHighlighter::YamlHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    m_key.setForeground(QColor(0x1f, 0x4e, 0x9a));
    m_key.setFontWeight(QFont::DemiBold);
    m_string.setForeground(QColor(0x2e, 0x7d, 0x32));
    m_number.setForeground(QColor(0xb2, 0x4d, 0x00));
    m_keyword.setForeground(QColor(0x8e, 0x24, 0xaa));
    m_comment.setForeground(QColor(0x75, 0x75, 0x75));
    m_comment.setFontItalic(true);
    m_marker.setForeground(QColor(0xc6, 0x28, 0x28));
    m_marker.setFontWeight(QFont::Bold);
    m_punctuation.setForeground(QColor(0x60, 0x60, 0x60));
}

YamlHighlighter::~YamlHighlighter() = default;

int YamlHighlighter::commentStart(const QString &text, int from) const
{
    QChar quote;
    for (int i = from; i < text.size(); ++i) {
        const QChar c = text[i];
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == QLatin1Char('"') || c == QLatin1Char('\''))
            quote = c;
        else if (c == QLatin1Char('#') && (i == 0 || text[i - 1].isSpace()))
            return i;
    }
    return -1;
}

void YamlHighlighter::highlightValue(const QString &text, int start)
{
    static const QRegularExpression number(QStringLiteral(R"(^[-+]?(\d[\d_]*)(\.\d+)?([eE][-+]?\d+)?$)"));
    static const QRegularExpression keyword(QStringLiteral(R"(^(true|false|null|~|yes|no|on|off)$)"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression quoted(QStringLiteral(R"("(?:[^"\\]|\\.)*"?|'(?:[^']|'')*'?)"));

    const int comment = commentStart(text, start);
    if (comment >= 0)
        setFormat(comment, int(text.size()) - comment, m_comment);
    const int end = comment < 0 ? int(text.size()) : comment;
    const QString value = text.mid(start, end - start).trimmed();
    const int valueStart = int(text.indexOf(value, start));
    if (value.isEmpty())
        return;
    if (value.startsWith(QLatin1Char('"')) || value.startsWith(QLatin1Char('\''))) {
        setFormat(valueStart, int(value.size()), m_string);
    } else if (number.match(value).hasMatch()) {
        setFormat(valueStart, int(value.size()), m_number);
    } else if (keyword.match(value).hasMatch()) {
        setFormat(valueStart, int(value.size()), m_keyword);
    } else if (value.startsWith(QLatin1Char('&')) || value.startsWith(QLatin1Char('*'))
               || value.startsWith(QLatin1Char('!'))) {
        setFormat(valueStart, int(value.size()), m_keyword);
    } else if (value.startsWith(QLatin1Char('[')) || value.startsWith(QLatin1Char('{'))) {
        // Flow collections: colour the quoted parts and the brackets, leave the rest plain.
        for (int i = valueStart; i < valueStart + value.size(); ++i)
            if (QStringLiteral("[]{},:").contains(text[i]))
                setFormat(i, 1, m_punctuation);
        auto it = quoted.globalMatch(text.mid(valueStart, value.size()));
        while (it.hasNext()) {
            const auto m = it.next();
            setFormat(valueStart + int(m.capturedStart()), int(m.capturedLength()), m_string);
        }
    } else {
        setFormat(valueStart, int(value.size()), m_string);
    }
}

void YamlHighlighter::highlightBlock(const QString &text)
{
    static const QRegularExpression keyLine(
        QStringLiteral(R"(^(\s*(?:-\s+)*)((?:"[^"]*"|'[^']*'|[^\s#'"][^#]*?))\s*:(?=\s|$))"));
    static const QRegularExpression blockScalar(QStringLiteral(R"(:\s*[|>][-+0-9]*\s*(#.*)?$)"));

    const int previous = previousBlockState();
    const int indent = indentOf(text);
    if (previous != kNormal && (text.trimmed().isEmpty() || indent > previous)) {
        setFormat(0, int(text.size()), m_string);
        setCurrentBlockState(previous);
        return;
    }
    setCurrentBlockState(kNormal);

    if (text.startsWith(QStringLiteral("---")) || text.startsWith(QStringLiteral("..."))) {
        setFormat(0, 3, m_marker);
        const int comment = commentStart(text, 3);
        if (comment >= 0)
            setFormat(comment, int(text.size()) - comment, m_comment);
        return;
    }
    const int firstComment = commentStart(text, 0);
    if (firstComment == indent && firstComment >= 0) {
        setFormat(firstComment, int(text.size()) - firstComment, m_comment);
        return;
    }

    // List dashes, possibly nested on one line ("- - a").
    int pos = indent;
    while (pos < text.size() && text[pos] == QLatin1Char('-')
           && (pos + 1 == text.size() || text[pos + 1] == QLatin1Char(' '))) {
        setFormat(pos, 1, m_punctuation);
        ++pos;
        while (pos < text.size() && text[pos] == QLatin1Char(' '))
            ++pos;
    }
    const QRegularExpressionMatch key = keyLine.match(text);
    if (key.hasMatch() && (firstComment < 0 || key.capturedStart(2) < firstComment)) {
        setFormat(int(key.capturedStart(2)), int(key.capturedLength(2)), m_key);
        setFormat(int(key.capturedEnd(0)) - 1, 1, m_punctuation);
        pos = int(key.capturedEnd(0));
        if (blockScalar.match(text).hasMatch()) {
            setFormat(pos, int(text.size()) - pos, m_keyword);
            setCurrentBlockState(int(key.capturedStart(2)));
            return;
        }
    }
    highlightValue(text, pos);
}

} // namespace meshgate
