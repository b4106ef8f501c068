// SPDX-License-Identifier: GPL-3.0-or-later
#include "apply/applydialog.h"

#include "apply/linediff.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QVBoxLayout>

namespace meshgate {

ApplyDialog::ApplyDialog(const QByteArray &runningYaml, const QByteArray &newYaml, QWidget *parent)
    : QDialog(parent)
    , m_view(new QPlainTextEdit(this))
    , m_summary(new QLabel(this))
{
    setWindowTitle(tr("Apply configuration"));
    resize(820, 600);
    m_view->setReadOnly(true);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);

    const QStringList before = QString::fromUtf8(runningYaml).split(QLatin1Char('\n'));
    const QStringList after = QString::fromUtf8(newYaml).split(QLatin1Char('\n'));
    const std::vector<DiffLine> diff = withContext(lineDiff(before, after));
    QList<QTextEdit::ExtraSelection> marks;
    QStringList text;
    for (const DiffLine &l : diff) {
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
    for (int i = 0; i < int(diff.size()); ++i) {
        if (diff[size_t(i)].kind == DiffLine::Kind::Same)
            continue;
        QTextEdit::ExtraSelection sel;
        sel.cursor = QTextCursor(m_view->document()->findBlockByNumber(i));
        sel.format.setProperty(QTextFormat::FullWidthSelection, true);
        const bool added = diff[size_t(i)].kind == DiffLine::Kind::Added;
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
                               + tr(". Listeners and routes change without dropping connections in flight."));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *apply = buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    apply->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
}

} // namespace meshgate
