// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListWidget>

namespace meshgate {

// The ordered list of a VirtualService's routes. Dragging a route asks for a move instead of
// moving the item: the workspace performs it (one undo step) and the list is refilled from the
// model, so the list can never show an order the configuration does not have.
class RouteList final : public QListWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RouteList)
public:
    explicit RouteList(QWidget *parent = nullptr);
    ~RouteList() override;

    void setSummaries(const QStringList &summaries); // keeps the current row when it still exists

Q_SIGNALS:
    void moveRequested(int from, int to);

protected:
    void dropEvent(QDropEvent *event) override;
};

} // namespace meshgate
