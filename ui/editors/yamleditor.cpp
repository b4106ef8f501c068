// SPDX-License-Identifier: GPL-3.0-or-later
#include "editors/yamleditor.h"

#include "common/icons.h"
#include "editors/yamlhighlighter.h"

#include <QFontDatabase>
#include <QHelpEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QToolTip>

namespace meshgate {

namespace {

// The gutter: a thin widget that asks the editor to paint it.
class LineNumberArea final : public QWidget
{
public:
    explicit LineNumberArea(YamlEditor *editor)
        : QWidget(editor)
        , m_editor(editor)
    {
        setMouseTracking(true);
    }
    QSize sizeHint() const override { return {m_editor->lineNumberAreaWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintLineNumberArea(event); }
    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::ToolTip) {
            auto *help = static_cast<QHelpEvent *>(event);
            const QTextCursor c = m_editor->cursorForPosition(QPoint(0, help->pos().y()));
            const QString text = m_editor->markerMessagesAt(c.blockNumber() + 1, 0);
            if (text.isEmpty())
                QToolTip::hideText();
            else
                QToolTip::showText(help->globalPos(), text, this);
            return true;
        }
        return QWidget::event(event);
    }

private:
    YamlEditor *m_editor;
};

int severityRank(Diagnostic::Severity s)
{
    return s == Diagnostic::Severity::Error ? 0 : s == Diagnostic::Severity::Warning ? 1 : 2;
}

} // namespace

YamlEditor::YamlEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_lineNumberArea(new LineNumberArea(this))
    , m_highlighter(new YamlHighlighter(document()))
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(std::max(font.pointSizeF(), 10.0));
    setFont(font);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 2);
    setUndoRedoEnabled(false);
    setMouseTracking(true);
    connect(this, &QPlainTextEdit::blockCountChanged, this, &YamlEditor::updateLineNumberAreaWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, &YamlEditor::updateLineNumberArea);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &YamlEditor::updateExtraSelections);
    // textChanged also fires when the highlighter re-colours; only a different text is an edit.
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        if (m_settingText)
            return;
        QString text = toPlainText();
        if (text == m_lastText)
            return;
        m_lastText = std::move(text);
        Q_EMIT userEdited();
    });
    updateLineNumberAreaWidth();
    updateExtraSelections();
}

YamlEditor::~YamlEditor() = default;

void YamlEditor::setTextPreservingView(const QString &text)
{
    if (text == toPlainText())
        return;
    const int line = textCursor().blockNumber();
    const int column = textCursor().positionInBlock();
    const int scroll = verticalScrollBar()->value();
    m_settingText = true;
    setPlainText(text);
    m_lastText = text;
    m_settingText = false;
    goTo(line + 1, column + 1);
    verticalScrollBar()->setValue(scroll);
}

void YamlEditor::setMarkers(const QList<Marker> &markers)
{
    m_markers = markers;
    updateExtraSelections();
    m_lineNumberArea->update();
}

void YamlEditor::goTo(int line, int column)
{
    const QTextBlock block = document()->findBlockByNumber(std::max(line - 1, 0));
    if (!block.isValid())
        return;
    QTextCursor c(block);
    c.setPosition(block.position() + std::clamp(column - 1, 0, std::max(block.length() - 1, 0)));
    setTextCursor(c);
    centerCursor();
}

QString YamlEditor::markerMessagesAt(int line, int column) const
{
    QStringList out;
    for (const Marker &m : m_markers) {
        if (m.line != line)
            continue;
        if (column > 0 && m.column > 0) {
            // Only the underlined token answers a hover inside the line.
            const QTextBlock block = document()->findBlockByNumber(line - 1);
            const QString text = block.text();
            int end = m.column - 1;
            while (end < text.size() && !text[end].isSpace())
                ++end;
            if (column < m.column || column > std::max(end, m.column))
                continue;
        }
        out.append(m.message);
    }
    return out.join(QLatin1Char('\n'));
}

bool YamlEditor::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            event->accept(); // handled in keyPressEvent, never by the text's own (disabled) history
            return true;
        }
    }
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QTextCursor c = cursorForPosition(help->pos());
        const QString text = markerMessagesAt(c.blockNumber() + 1, c.positionInBlock() + 1);
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    if (event->type() == QEvent::PaletteChange) {
        m_highlighter->setPalette(palette());
        updateExtraSelections(); // the current-line tint follows the palette's highlight colour
    }
    return QPlainTextEdit::event(event);
}

void YamlEditor::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Undo)) {
        Q_EMIT undoRequested();
        return;
    }
    if (event->matches(QKeySequence::Redo)) {
        Q_EMIT redoRequested();
        return;
    }
    // YAML forbids tabs for indentation: indent with two spaces, and keep the indentation of
    // the previous line on Enter.
    if (event->key() == Qt::Key_Tab && event->modifiers() == Qt::NoModifier) {
        insertPlainText(QStringLiteral("  "));
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && event->modifiers() == Qt::NoModifier) {
        const QString line = textCursor().block().text().left(textCursor().positionInBlock());
        int indent = 0;
        while (indent < line.size() && line[indent] == QLatin1Char(' '))
            ++indent;
        QString extra;
        if (line.trimmed().endsWith(QLatin1Char(':')))
            extra = QStringLiteral("  ");
        insertPlainText(QLatin1Char('\n') + QString(indent, QLatin1Char(' ')) + extra);
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void YamlEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect cr = contentsRect();
    m_lineNumberArea->setGeometry(QRect(cr.left(), cr.top(), lineNumberAreaWidth(), cr.height()));
}

int YamlEditor::lineNumberAreaWidth() const
{
    int digits = 1;
    for (int max = std::max(1, blockCount()); max >= 10; max /= 10)
        ++digits;
    const int mark = fontMetrics().height();
    return 8 + mark + fontMetrics().horizontalAdvance(QLatin1Char('9')) * std::max(digits, 3);
}

void YamlEditor::updateLineNumberAreaWidth()
{
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
}

void YamlEditor::updateLineNumberArea(const QRect &rect, int dy)
{
    if (dy)
        m_lineNumberArea->scroll(0, dy);
    else
        m_lineNumberArea->update(0, rect.y(), m_lineNumberArea->width(), rect.height());
    if (rect.contains(viewport()->rect()))
        updateLineNumberAreaWidth();
}

void YamlEditor::paintLineNumberArea(QPaintEvent *event)
{
    QPainter painter(m_lineNumberArea);
    const QPalette pal = palette();
    painter.fillRect(event->rect(), pal.color(QPalette::AlternateBase));

    // The worst severity per line decides the gutter mark.
    QHash<int, Diagnostic::Severity> worst;
    for (const Marker &m : std::as_const(m_markers)) {
        auto it = worst.find(m.line);
        if (it == worst.end() || severityRank(m.severity) < severityRank(*it))
            worst.insert(m.line, m.severity);
    }

    QTextBlock block = firstVisibleBlock();
    int number = block.blockNumber();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    int bottom = top + qRound(blockBoundingRect(block).height());
    const int markSize = fontMetrics().height() - 4;
    const int current = textCursor().blockNumber();
    while (block.isValid() && top <= event->rect().bottom()) {
        if (block.isVisible() && bottom >= event->rect().top()) {
            auto mark = worst.constFind(number + 1);
            if (mark != worst.constEnd()) {
                painter.setRenderHint(QPainter::Antialiasing);
                painter.setPen(Qt::NoPen);
                painter.setBrush(Icons::severityColor(*mark));
                painter.drawEllipse(QRectF(4, top + 2, markSize, markSize));
            }
            painter.setPen(number == current ? pal.color(QPalette::Text) : pal.color(QPalette::PlaceholderText));
            painter.drawText(0, top, m_lineNumberArea->width() - 6, fontMetrics().height(), Qt::AlignRight,
                             QString::number(number + 1));
        }
        block = block.next();
        top = bottom;
        bottom = top + qRound(blockBoundingRect(block).height());
        ++number;
    }
}

void YamlEditor::updateExtraSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    QTextEdit::ExtraSelection currentLine;
    QColor lineColor = palette().color(QPalette::Highlight);
    lineColor.setAlpha(24);
    currentLine.format.setBackground(lineColor);
    currentLine.format.setProperty(QTextFormat::FullWidthSelection, true);
    currentLine.cursor = textCursor();
    currentLine.cursor.clearSelection();
    selections.append(currentLine);

    // Worst last, so an error's underline is drawn over a warning's on the same token.
    QList<Marker> ordered = m_markers;
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const Marker &a, const Marker &b) { return severityRank(a.severity) > severityRank(b.severity); });
    for (const Marker &m : std::as_const(ordered)) {
        const QTextBlock block = document()->findBlockByNumber(m.line - 1);
        if (!block.isValid())
            continue;
        QTextEdit::ExtraSelection sel;
        sel.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        sel.format.setUnderlineColor(Icons::severityColor(m.severity));
        sel.format.setToolTip(m.message);
        QTextCursor c(block);
        const QString text = block.text();
        int start = m.column > 0 ? std::min(m.column - 1, int(text.size())) : 0;
        if (m.column <= 0)
            while (start < text.size() && text[start].isSpace())
                ++start;
        int end = start;
        while (end < text.size() && (m.column <= 0 || !text[end].isSpace()))
            ++end;
        if (end == start) { // nothing to underline at the end of a line: mark the character before
            start = std::max(0, start - 1);
            end = std::max(end, int(text.size()));
        }
        c.setPosition(block.position() + start);
        c.setPosition(block.position() + end, QTextCursor::KeepAnchor);
        sel.cursor = c;
        selections.append(sel);
    }
    setExtraSelections(selections);
}

} // namespace meshgate
