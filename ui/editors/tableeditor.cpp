// SPDX-License-Identifier: GPL-3.0-or-later
#include "editors/tableeditor.h"

#include "common/headerwidth.h"
#include "editors/formutil.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace meshgate {

TableEditor::TableEditor(const QStringList &headers, const QString &addText, QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, int(headers.size()), this))
    , m_add(new QToolButton(this))
    , m_remove(new QToolButton(this))
    , m_note(new QLabel(this))
{
    m_table->setHorizontalHeaderLabels(headers);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setMinimumSectionSize(60);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    // Tab moves on to the next field and the arrows move between cells: a keyboard user is never
    // trapped in a table.
    m_table->setTabKeyNavigation(false);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    // As tall as its rows (within the limits below), so a form does not spread out.
    m_table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_table->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * 3 + 8);
    m_table->setMaximumHeight(m_table->verticalHeader()->defaultSectionSize() * 8 + 8);
    for (int column = 0; column < m_table->columnCount(); ++column)
        setColumnWidth(column, m_table->horizontalHeader()->defaultSectionSize());

    m_add->setText(addText);
    m_add->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_remove->setText(tr("Remove"));
    m_remove->setEnabled(false);
    m_note->setVisible(false);
    m_note->setWordWrap(true); // a long note wraps instead of widening every form it is in

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addSpacing(12);
    buttons->addWidget(m_note, 1);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_add, &QToolButton::clicked, this, &TableEditor::addRequested);
    connect(m_remove, &QToolButton::clicked, this, [this] {
        if (currentRow() >= 0)
            Q_EMIT removeRequested(currentRow());
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(currentRow() >= 0); });
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (!m_filling)
            Q_EMIT cellEdited(item->row(), item->column());
    });
}

TableEditor::~TableEditor() = default;

void TableEditor::setColumnDelegate(int column, QAbstractItemDelegate *delegate)
{
    m_table->setItemDelegateForColumn(column, delegate);
}

void TableEditor::setColumnToolTip(int column, const QString &tip)
{
    if (QTableWidgetItem *header = m_table->horizontalHeaderItem(column))
        header->setToolTip(tip);
}

void TableEditor::setColumnWidth(int column, int width)
{
    resizeSectionToFitTitle(m_table->horizontalHeader(), column, width);
}

void TableEditor::setRows(const QList<QStringList> &rows)
{
    m_filling = true;
    formutil::setRowCount(m_table, int(rows.size()));
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < m_table->columnCount(); ++c)
            formutil::setCell(m_table, r, c, rows[r].value(c));
    m_filling = false;
    m_remove->setEnabled(currentRow() >= 0);
}

QString TableEditor::text(int row, int column) const
{
    return formutil::cell(m_table, row, column);
}

int TableEditor::currentRow() const
{
    const QList<QTableWidgetSelectionRange> ranges = m_table->selectedRanges();
    return ranges.isEmpty() ? -1 : ranges.first().topRow();
}

void TableEditor::editCell(int row, int column)
{
    if (row < 0 || row >= m_table->rowCount())
        return;
    m_table->setCurrentCell(row, column);
    m_table->editItem(m_table->item(row, column));
}

void TableEditor::setNote(const QString &text)
{
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}

} // namespace meshgate
