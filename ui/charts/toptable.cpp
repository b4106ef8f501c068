// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/toptable.h"

#include "common/headerwidth.h"

#include <QHeaderView>
#include <QLocale>
#include <QStyle>

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
    // Wide enough for the largest count and share in this locale ("100,0%" in German) and for
    // the translated titles.
    const QLocale locale;
    const int padding = 2 * style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 12;
    const int requests = fontMetrics().horizontalAdvance(locale.toString(9999999)) + padding;
    const int share = fontMetrics().horizontalAdvance(locale.toString(100.0, 'f', 1) + QLatin1Char('%')) + padding;
    resizeSectionToFitTitle(header(), 1, requests);
    resizeSectionToFitTitle(header(), 2, share);
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
