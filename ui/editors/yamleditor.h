// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/diagnostic.h"

#include <QList>
#include <QPlainTextEdit>

namespace meshgate {

class YamlHighlighter;

// A YAML text editor: line numbers, syntax colours, and diagnostics shown where they are (a
// wave underline at the line and column, a mark in the gutter, the message on hover). It does
// not know the workspace; ResourceEditor feeds it text and markers and listens for edits.
// Undo and redo are the workspace's (one history for form and YAML edits), so the editor
// forwards those keys instead of keeping a history of its own.
class YamlEditor final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(YamlEditor)
public:
    struct Marker
    {
        int line = 0;   // 1-based
        int column = 0; // 1-based; 0: the whole line
        Diagnostic::Severity severity = Diagnostic::Severity::Error;
        QString message;
    };

    explicit YamlEditor(QWidget *parent = nullptr);
    ~YamlEditor() override;

    // Replaces the text without emitting userEdited(); keeps the cursor line and scroll position.
    void setTextPreservingView(const QString &text);
    void setMarkers(const QList<Marker> &markers);
    const QList<Marker> &markers() const { return m_markers; }
    void goTo(int line, int column);
    QString markerMessagesAt(int line, int column) const; // what the hover tooltip shows

    int lineNumberAreaWidth() const;
    void paintLineNumberArea(QPaintEvent *event);

Q_SIGNALS:
    void userEdited();
    void undoRequested();
    void redoRequested();

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateExtraSelections();
    void updateLineNumberAreaWidth();
    void updateLineNumberArea(const QRect &rect, int dy);

    QWidget *m_lineNumberArea;
    YamlHighlighter *m_highlighter;
    QList<Marker> m_markers;
    QString m_lastText;
    bool m_settingText = false;
};

} // namespace meshgate
