// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/diagnostic.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTimer;

namespace meshgate {

class YamlEditor;

// Opening a file whose YAML does not parse: instead of only reporting the error, show the file
// with the error marked so it can be fixed where it was found. "Save and Open" writes the fixed
// text (the broken version is kept as <file>.bak) and is enabled only once the text parses, so
// the workspace never gets half a file.
class SyntaxFixDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyntaxFixDialog)
public:
    SyntaxFixDialog(const QString &path, const QByteArray &text, QWidget *parent = nullptr);
    ~SyntaxFixDialog() override;

    // Whether the editor can hold `bytes` and give them back unchanged (UTF-8, no NUL, line ends
    // all LF or all CRLF). Otherwise fixing it here would alter lines nobody edited.
    static bool canEdit(const QByteArray &bytes);

    YamlEditor *editor() const { return m_editor; }
    QPushButton *saveButton() const { return m_save; }
    QString statusText() const;
    QByteArray text() const;
    void recheckNow();

private:
    void saveAndAccept();

    QString m_path;
    YamlEditor *m_editor;
    QLabel *m_status;
    QPushButton *m_save;
    QTimer *m_recheck;
    bool m_crlf = false;
};

} // namespace meshgate
