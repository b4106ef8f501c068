// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

class QAbstractItemView;
class QModelIndex;

namespace meshgate {

// Keeps an item view at the newest row the way Wireshark's packet list does: new rows are
// followed from a 100 ms timer (not per batch), following stops as soon as the user scrolls
// away from the bottom and resumes when they scroll back to it. While the user reads older
// rows and the model drops rows at the front, the view is shifted so the same rows stay put.
// The view must use ScrollPerItem and have its model set before this is attached.
class TailFollower final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TailFollower)
public:
    static constexpr int IntervalMs = 100;

    explicit TailFollower(QAbstractItemView *view);
    ~TailFollower() override;

    bool isFollowing() const { return m_following; }
    // Turning it on scrolls to the newest row right away.
    void setFollowing(bool on);

Q_SIGNALS:
    void followingChanged(bool following);

private:
    void handleScrolled(int value);
    void handleRowsInserted();
    void handleRowsRemoved(const QModelIndex &parent, int first, int last);
    void handleReset();
    void scrollToTail();
    void updateFollowing(bool on);

    QAbstractItemView *m_view;
    QTimer m_timer;
    bool m_following = true;
    bool m_scrolling = false; // our own scrollbar moves are not the user's
};

} // namespace meshgate
