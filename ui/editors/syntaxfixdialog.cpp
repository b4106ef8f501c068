// SPDX-License-Identifier: GPL-3.0-or-later
#include "editors/syntaxfixdialog.h"

#include "common/safefilewriter.h"
#include "config/resourcedecoder.h"
#include "config/yamlreader.h"
#include "editors/yamleditor.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStringDecoder>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

namespace meshgate {

namespace {

constexpr int kRecheckDelayMs = 300; // after the last keystroke, as in the YAML tab

// What the editor holds, as the file's bytes: toRawText() keeps no-break spaces and U+2028 that
// toPlainText() would turn into a space and a newline, and the file's CRLF line ends come back.
QByteArray bytesOf(const QTextDocument *document, bool crlf)
{
    QString text = document->toRawText();
    text.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    QByteArray bytes = text.toUtf8();
    if (crlf)
        bytes.replace("\n", "\r\n");
    return bytes;
}

// The reverse: the file's text as the editor holds it (its line ends are always LF).
QString editorTextOf(const QString &text, bool crlf)
{
    return crlf ? QString(text).replace(QStringLiteral("\r\n"), QStringLiteral("\n")) : text;
}

} // namespace

bool SyntaxFixDialog::canEdit(const QByteArray &bytes)
{
    // Only text the editor gives back byte for byte: a Latin-1 comment or a UTF-16 file would be
    // rewritten in places the user never touched.
    if (bytes.contains('\0'))
        return false;
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8.decode(bytes);
    if (utf8.hasError())
        return false;
    const bool crlf = bytes.contains("\r\n");
    if (crlf && bytes.count('\r') != bytes.count("\r\n"))
        return false; // a lone CR would become a line end
    QTextDocument document;
    document.setPlainText(editorTextOf(text, crlf));
    return bytesOf(&document, crlf) == bytes;
}

SyntaxFixDialog::SyntaxFixDialog(const QString &path, const QByteArray &text, QWidget *parent)
    : QDialog(parent)
    , m_path(path)
    , m_editor(new YamlEditor(this))
    , m_status(new QLabel(this))
    , m_save(new QPushButton(tr("&Save and Open"), this))
    , m_recheck(new QTimer(this))
{
    setWindowTitle(tr("Fix YAML – %1").arg(QFileInfo(path).fileName()));
    resize(860, 620);
    auto *intro = new QLabel(tr("%1 cannot be opened: its YAML does not parse, or a document names a kind that does not "
                                "exist. Fix it here; Save and Open writes the file (the current version is kept as %2) "
                                "and opens it.")
                                 .arg(QDir::toNativeSeparators(path), QFileInfo(SafeFileWriter::backupPath(path)).fileName()),
                             this);
    intro->setWordWrap(true);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_crlf = text.contains("\r\n");
    m_editor->setPlainText(editorTextOf(QString::fromUtf8(text), m_crlf));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    m_save->setDefault(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    m_recheck->setSingleShot(true);
    m_recheck->setInterval(kRecheckDelayMs);
    connect(m_recheck, &QTimer::timeout, this, &SyntaxFixDialog::recheckNow);
    connect(m_editor, &YamlEditor::userEdited, m_recheck, qOverload<>(&QTimer::start));
    connect(m_save, &QPushButton::clicked, this, &SyntaxFixDialog::saveAndAccept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    recheckNow();
    // Start where the problem is.
    if (!m_editor->markers().isEmpty())
        m_editor->goTo(m_editor->markers().first().line, m_editor->markers().first().column);
    m_editor->setFocus();
}

SyntaxFixDialog::~SyntaxFixDialog() = default;

QString SyntaxFixDialog::statusText() const
{
    return m_status->text();
}

QByteArray SyntaxFixDialog::text() const
{
    return bytesOf(m_editor->document(), m_crlf);
}

void SyntaxFixDialog::recheckNow()
{
    m_recheck->stop();
    const YamlReader::Result result = YamlReader::read(text(), m_path);
    Diagnostics found = result.diagnostics;
    // A misspelt kind stops an open as a syntax error does (the resource would be lost otherwise).
    if (result.ok())
        for (const Diagnostic &d : ResourceDecoder::decode(result.documents, m_path).diagnostics)
            if (d.code == u"unknown-kind")
                found.append(d);
    QList<YamlEditor::Marker> markers;
    QStringList errors;
    for (const Diagnostic &d : std::as_const(found)) {
        if (d.severity != Diagnostic::Severity::Error)
            continue;
        markers.append({d.pos.line, d.pos.column, d.severity, d.message});
        errors.append(tr("Line %1, column %2: %3").arg(d.pos.line).arg(d.pos.column).arg(d.message));
    }
    m_editor->setMarkers(markers);
    m_save->setEnabled(errors.isEmpty());
    m_status->setText(errors.isEmpty() ? tr("The YAML parses and every kind exists. Resources are checked once the file is open.")
                                       : errors.join(QLatin1Char('\n')));
}

void SyntaxFixDialog::saveAndAccept()
{
    recheckNow();
    if (!m_save->isEnabled())
        return;
    const SafeFileWriter::Result written = SafeFileWriter::write(m_path, text());
    if (!written.ok) {
        QMessageBox::warning(this, windowTitle(), tr("Could not save %1: %2").arg(m_path, written.error));
        return;
    }
    accept();
}

} // namespace meshgate
