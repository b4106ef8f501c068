// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace meshgate {

// Colours the YAML people write for Istio: keys, strings, numbers and booleans, comments,
// document markers, list dashes, and block scalars (`|`, `>`) spanning several lines; in colours
// that suit a light or a dark palette.
class YamlHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(YamlHighlighter)
public:
    explicit YamlHighlighter(QTextDocument *document);
    ~YamlHighlighter() override;

    // Picks colours readable on the palette's base colour (light or dark) and re-highlights when
    // that changes. The editor calls it when its palette changes (theme switch).
    void setPalette(const QPalette &palette);

protected:
    void highlightBlock(const QString &text) override;

private:
    void highlightValue(const QString &text, int start);
    int commentStart(const QString &text, int from) const;

    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_keyword;
    QTextCharFormat m_comment;
    QTextCharFormat m_marker;
    QTextCharFormat m_punctuation;
    bool m_dark = false;
    bool m_coloured = false;
};

} // namespace meshgate
