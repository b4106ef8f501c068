// SPDX-License-Identifier: GPL-3.0-or-later
#include "logs/tailfollower.h"

#include <QAbstractItemView>
#include <QScrollBar>

namespace meshgate {

TailFollower::TailFollower(QAbstractItemView *view)
    : QObject(view)
    , m_view(view)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(IntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &TailFollower::scrollToTail);
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, &TailFollower::handleScrolled);
    // A view made shorter (a dock resized, a tab switched) keeps its value while the maximum
    // grows: the newest rows slide out of sight without any row being added.
    connect(view->verticalScrollBar(), &QScrollBar::rangeChanged, this, [this] {
        if (m_following && !m_timer.isActive())
            m_timer.start();
    });
    if (QAbstractItemModel *model = view->model()) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &TailFollower::handleRowsInserted);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &TailFollower::handleRowsRemoved);
        connect(model, &QAbstractItemModel::modelReset, this, &TailFollower::handleReset);
    }
}

TailFollower::~TailFollower() = default;

void TailFollower::setFollowing(bool on)
{
    updateFollowing(on);
    if (on)
        scrollToTail();
}

void TailFollower::updateFollowing(bool on)
{
    if (on == m_following)
        return;
    m_following = on;
    if (!on)
        m_timer.stop();
    Q_EMIT followingChanged(on);
}

void TailFollower::handleScrolled(int value)
{
    if (m_scrolling)
        return;
    // Only a move by the user (wheel, drag, keys) can leave the bottom: a range change can only
    // clamp the value down to the maximum, which reads as "at the bottom" and is meant to.
    updateFollowing(value >= m_view->verticalScrollBar()->maximum());
}

void TailFollower::handleRowsInserted()
{
    if (m_following && !m_timer.isActive())
        m_timer.start();
}

void TailFollower::handleRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (m_following || parent.isValid())
        return;
    QScrollBar *bar = m_view->verticalScrollBar();
    const int top = bar->value();
    if (first > top)
        return; // below the first visible row: nothing above the user's rows moved
    const int removedAbove = std::min(last, top - 1) - first + 1;
    if (removedAbove <= 0)
        return;
    m_scrolling = true;
    bar->setValue(top - removedAbove);
    m_scrolling = false;
}

void TailFollower::handleReset()
{
    if (m_following)
        m_timer.start();
}

void TailFollower::scrollToTail()
{
    if (!m_following)
        return;
    m_scrolling = true;
    m_view->scrollToBottom();
    m_scrolling = false;
}

} // namespace meshgate
