// SPDX-License-Identifier: GPL-3.0-or-later
#include "editors/routelist.h"

#include <QDropEvent>

namespace meshgate {

RouteList::RouteList(QWidget *parent)
    : QListWidget(parent)
{
    setDragDropMode(QAbstractItemView::InternalMove);
    setDefaultDropAction(Qt::MoveAction);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAlternatingRowColors(true);
    setWordWrap(true);
    setTextElideMode(Qt::ElideRight);
    setSpacing(1);
}

RouteList::~RouteList() = default;

void RouteList::setSummaries(const QStringList &summaries)
{
    const int current = currentRow();
    const QSignalBlocker blocker(this);
    while (count() > summaries.size())
        delete takeItem(count() - 1);
    for (int i = 0; i < summaries.size(); ++i) {
        const QString text = QStringLiteral("%1   %2").arg(i + 1).arg(summaries[i]);
        if (i < count()) {
            if (item(i)->text() != text)
                item(i)->setText(text);
        } else {
            auto *it = new QListWidgetItem(text, this);
            it->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
        }
    }
    if (count() > 0)
        setCurrentRow(std::clamp(current, 0, count() - 1));
}

void RouteList::dropEvent(QDropEvent *event)
{
    const int from = currentRow();
    const QModelIndex target = indexAt(event->position().toPoint());
    int to = target.isValid() ? target.row() : count() - 1;
    if (target.isValid() && dropIndicatorPosition() == QAbstractItemView::BelowItem && to < from)
        ++to;
    else if (target.isValid() && dropIndicatorPosition() == QAbstractItemView::AboveItem && to > from)
        --to;
    event->setDropAction(Qt::IgnoreAction);
    event->accept();
    if (from >= 0 && to >= 0 && from != to)
        Q_EMIT moveRequested(from, to);
}

} // namespace meshgate
