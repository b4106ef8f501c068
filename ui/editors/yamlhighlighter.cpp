// SPDX-License-Identifier: GPL-3.0-or-later
#include "editors/yamlhighlighter.h"

#include <QGuiApplication>
#include <QPalette>
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
    m_key.setFontWeight(QFont::DemiBold);
    m_comment.setFontItalic(true);
    m_marker.setFontWeight(QFont::Bold);
    setPalette(QGuiApplication::palette());
}

void YamlHighlighter::setPalette(const QPalette &palette)
{
    // Two sets of colours, each at least 4.5:1 against its background (WCAG AA for text): the
    // light set darkens the hues, the dark set lightens them.
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    const auto pick = [dark](QRgb light, QRgb onDark) { return QColor::fromRgb(dark ? onDark : light); };
    m_key.setForeground(pick(0x1f4e9a, 0x8cbcff));
    m_string.setForeground(pick(0x2e7d32, 0x8fd694));
    m_number.setForeground(pick(0xa84800, 0xffae70));
    m_keyword.setForeground(pick(0x8e24aa, 0xdaa2f7));
    m_comment.setForeground(pick(0x6b6b6b, 0xa0a0a0));
    m_marker.setForeground(pick(0xc62828, 0xff8f85));
    m_punctuation.setForeground(pick(0x5a5a5a, 0xb4b4b4));
    if (m_dark != dark || !m_coloured) {
        m_dark = dark;
        m_coloured = true;
        rehighlight();
    }
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
