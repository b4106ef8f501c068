// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/toptable.h"

#include <QHeaderView>
#include <QLocale>

namespace meshgate {

TopTable::TopTable(const QString &nameTitle, QWidget *parent)
    : QTreeWidget(parent)
{
    setColumnCount(3);
    setHeaderLabels({nameTitle, tr("Requests"), tr("Share")});
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setFocusPolicy(Qt::NoFocus);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::Fixed);
    header()->setSectionResizeMode(2, QHeaderView::Fixed);
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    header()->resizeSection(1, std::max(digit * 9, fontMetrics().horizontalAdvance(tr("Requests")) + 16));
    header()->resizeSection(2, std::max(digit * 6, fontMetrics().horizontalAdvance(tr("Share")) + 16));
}

TopTable::~TopTable() = default;

QSize TopTable::sizeHint() const
{
    return {fontMetrics().horizontalAdvance(QLatin1Char('M')) * 24, QTreeWidget::sizeHint().height()};
}

void TopTable::setEntries(const QList<TopTracker::Entry> &entries, quint64 total)
{
    const QLocale locale;
    // Reuse the items: this runs every second while visible.
    while (topLevelItemCount() > entries.size())
        delete takeTopLevelItem(topLevelItemCount() - 1);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        QTreeWidgetItem *item = topLevelItem(int(i));
        if (!item) {
            item = new QTreeWidgetItem(this);
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        }
        const TopTracker::Entry &e = entries[i];
        item->setText(0, e.name);
        item->setToolTip(0, e.name);
        item->setText(1, locale.toString(e.count));
        item->setText(2, total ? locale.toString(100.0 * double(e.count) / double(total), 'f', 1) + QLatin1Char('%')
                               : QString());
    }
}

} // namespace meshgate
