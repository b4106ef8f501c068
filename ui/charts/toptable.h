// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/toptracker.h"

#include <QTreeWidget>

namespace meshgate {

// A short "busiest first" list: name, count and share of the window's total.
class TopTable final : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopTable)
public:
    TopTable(const QString &nameTitle, QWidget *parent = nullptr);
    ~TopTable() override;

    void setEntries(const QList<TopTracker::Entry> &entries, quint64 total);
    QSize sizeHint() const override;
};

} // namespace meshgate
