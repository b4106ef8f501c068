// SPDX-License-Identifier: GPL-3.0-or-later
#include "apply/applydialog.h"

#include "apply/linediff.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHash>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QTextBlock>
#include <QVBoxLayout>

namespace meshgate {

namespace {

struct Document
{
    QString label; // "Kind name" or "Kind namespace/name"; empty for text that names no kind
    QString key;   // label made unique by its occurrence
    QStringList lines;
};

// Exported multi-document YAML cut into its resources. The exporter writes `kind:` and
// `metadata:` (name, namespace) at fixed indentation, so a line scan is exact here.
std::vector<Document> documentsOf(const QStringList &lines)
{
    std::vector<Document> docs(1);
    bool inMetadata = false;
    QString kind, name, ns;
    QHash<QString, int> seen;
    const auto close = [&] {
        Document &d = docs.back();
        if (!kind.isEmpty())
            d.label = ns.isEmpty() ? kind + QLatin1Char(' ') + name : kind + QLatin1Char(' ') + ns + QLatin1Char('/') + name;
        d.key = d.label + QLatin1Char('#') + QString::number(seen[d.label]++);
        kind.clear();
        name.clear();
        ns.clear();
        inMetadata = false;
    };
    for (const QString &line : lines) {
        if (line == QLatin1String("---")) {
            close();
            docs.emplace_back();
            continue;
        }
        docs.back().lines.append(line);
        if (line.startsWith(QLatin1String("kind: ")))
            kind = line.mid(6).trimmed();
        if (!line.startsWith(QLatin1Char(' ')))
            inMetadata = line == QLatin1String("metadata:");
        else if (inMetadata && line.startsWith(QLatin1String("  name: ")))
            name = line.mid(8).trimmed();
        else if (inMetadata && line.startsWith(QLatin1String("  namespace: ")))
            ns = line.mid(13).trimmed();
    }
    close();
    return docs;
}

void appendAll(std::vector<DiffLine> &out, const Document &doc, DiffLine::Kind kind)
{
    for (const QString &line : doc.lines)
        out.push_back({kind, line, doc.label});
}

// The diff resource by resource: a line diff of the whole text can pair the `apiVersion:` of a
// removed resource with its neighbour's and blame the neighbour.
std::vector<DiffLine> diffByResource(const QStringList &before, const QStringList &after)
{
    const std::vector<Document> old = documentsOf(before);
    const std::vector<Document> now = documentsOf(after);
    QHash<QString, const Document *> oldByKey;
    QSet<QString> nowKeys;
    for (const Document &d : old)
        oldByKey.insert(d.key, &d);
    for (const Document &d : now)
        nowKeys.insert(d.key);
    // A removed resource is shown after the one it followed in the running configuration.
    QHash<QString, QList<const Document *>> removedAfter; // key of the kept predecessor ("" : start)
    QString anchor;
    for (const Document &d : old) {
        if (nowKeys.contains(d.key))
            anchor = d.key;
        else
            removedAfter[anchor].append(&d);
    }
    std::vector<DiffLine> out;
    const auto emitRemoved = [&](const QString &key) {
        for (const Document *d : removedAfter.value(key))
            appendAll(out, *d, DiffLine::Kind::Removed);
    };
    emitRemoved(QString());
    for (const Document &d : now) {
        if (const Document *was = oldByKey.value(d.key)) {
            for (DiffLine &l : lineDiff(was->lines, d.lines)) {
                l.section = d.label;
                out.push_back(std::move(l));
            }
        } else {
            appendAll(out, d, DiffLine::Kind::Added);
        }
        emitRemoved(d.key);
    }
    return out;
}

} // namespace

ApplyDialog::ApplyDialog(const QByteArray &runningYaml, const QByteArray &newYaml, QWidget *parent)
    : QDialog(parent)
    , m_view(new QPlainTextEdit(this))
    , m_summary(new QLabel(this))
    , m_warning(new QLabel(this))
{
    setWindowTitle(tr("Apply configuration"));
    resize(820, 600);
    m_view->setReadOnly(true);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);

    // The final newline ends the last line; it does not start an empty one that would belong
    // to (and mark as changed) whichever resource comes last.
    const auto linesOf = [](const QByteArray &yaml) {
        QStringList lines = QString::fromUtf8(yaml).split(QLatin1Char('\n'));
        if (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
        return lines;
    };
    const QStringList before = linesOf(runningYaml);
    const QStringList after = linesOf(newYaml);
    const std::vector<DiffLine> full = diffByResource(before, after);
    for (const DiffLine &l : full)
        if (l.kind != DiffLine::Kind::Same && !l.section.isEmpty() && !m_changedResources.contains(l.section))
            m_changedResources.append(l.section);
    const std::vector<DiffLine> diff = withContext(full);
    QList<QTextEdit::ExtraSelection> marks;
    QStringList text;
    std::vector<DiffLine::Kind> kinds; // per block of the view; headers count as unchanged
    QList<int> headers;
    QString section;
    for (const DiffLine &l : diff) {
        // Context that runs past the end of a changed resource into an unchanged one would
        // head that one as if it had changed.
        if (l.kind == DiffLine::Kind::Same && !l.section.isEmpty() && !m_changedResources.contains(l.section))
            continue;
        if (!l.section.isEmpty() && l.section != section) {
            section = l.section;
            headers.append(int(text.size()));
            text.append(QStringLiteral("@@ %1 @@").arg(section));
            kinds.push_back(DiffLine::Kind::Same);
        }
        kinds.push_back(l.kind);
        switch (l.kind) {
        case DiffLine::Kind::Added:
            ++m_added;
            text.append(QStringLiteral("+ ") + l.text);
            break;
        case DiffLine::Kind::Removed:
            ++m_removed;
            text.append(QStringLiteral("- ") + l.text);
            break;
        case DiffLine::Kind::Same:
            text.append(QStringLiteral("  ") + l.text);
            break;
        }
    }
    m_view->setPlainText(text.join(QLatin1Char('\n')));
    const bool dark = m_view->palette().color(QPalette::Base).lightness() < 128;
    for (int i : std::as_const(headers)) {
        QTextEdit::ExtraSelection sel;
        sel.cursor = QTextCursor(m_view->document()->findBlockByNumber(i));
        sel.format.setProperty(QTextFormat::FullWidthSelection, true);
        sel.format.setFontWeight(QFont::Bold);
        marks.append(sel);
    }
    for (int i = 0; i < int(kinds.size()); ++i) {
        if (kinds[size_t(i)] == DiffLine::Kind::Same)
            continue;
        QTextEdit::ExtraSelection sel;
        sel.cursor = QTextCursor(m_view->document()->findBlockByNumber(i));
        sel.format.setProperty(QTextFormat::FullWidthSelection, true);
        const bool added = kinds[size_t(i)] == DiffLine::Kind::Added;
        // Tinted backgrounds with a text colour of the same family, for light and dark palettes.
        if (dark) {
            sel.format.setBackground(added ? QColor(0x1d, 0x44, 0x28) : QColor(0x5a, 0x1e, 0x22));
            sel.format.setForeground(added ? QColor(0xd7, 0xf5, 0xdd) : QColor(0xfb, 0xdd, 0xdd));
        } else {
            sel.format.setBackground(added ? QColor(0xd7, 0xf5, 0xdd) : QColor(0xfb, 0xdd, 0xdd));
            sel.format.setForeground(QColor(0x20, 0x20, 0x20));
        }
        marks.append(sel);
    }
    m_view->setExtraSelections(marks);
    m_summary->setText(m_added + m_removed == 0
                           ? tr("No changes: the running configuration is the same.")
                           : tr("%n line(s) added", nullptr, m_added) + QStringLiteral(", ")
                               + tr("%n line(s) removed", nullptr, m_removed)
                               + (m_changedResources.isEmpty()
                                      ? QString()
                                      : tr(" in %1").arg(m_changedResources.join(QStringLiteral(", "))))
                               + tr(". Listeners and routes change without dropping connections in flight."));
    m_summary->setWordWrap(true);
    m_warning->setWordWrap(true);
    m_warning->setTextFormat(Qt::PlainText);
    m_warning->setVisible(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *apply = buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    apply->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_warning);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
}

void ApplyDialog::setUnknownFields(int total, const QStringList &shown)
{
    m_warning->setVisible(total > 0);
    if (total == 0) {
        m_warning->clear();
        return;
    }
    m_warning->setText(QStringLiteral("⚠ ")
                       + tr("%n field(s) Istio does not know: the engine ignores them, as Istio would if it accepted "
                            "them (a misspelt match condition matches everything), and a strict API server refuses "
                            "the resource:",
                            nullptr, total)
                       + QLatin1Char('\n') + shown.join(QLatin1Char('\n')));
}

QString ApplyDialog::warningText() const
{
    return m_warning->text();
}

QString ApplyDialog::summaryText() const
{
    return m_summary->text();
}

QString ApplyDialog::diffText() const
{
    return m_view->toPlainText();
}

} // namespace meshgate
