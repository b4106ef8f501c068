// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimerEvent>

#include <chrono>

namespace meshgate {

// A single-shot timer that is only an id on its owner: the owner's timerEvent() asks fired().
// Per-connection deadlines (route, connect, request headers, linger) use it instead of QTimer:
// a QTimer is a QObject with its own private block and signal connection, so four of them cost
// an HTTP session about a kilobyte, four allocations when it opens, and a cache miss on every
// stop() or isActive() of every request once thousands of connections are open. Here stop()
// and isActive() read one int that sits next to the session's other members.
class SingleShotTimer
{
    Q_DISABLE_COPY_MOVE(SingleShotTimer)
public:
    explicit SingleShotTimer(QObject &owner, Qt::TimerType type = Qt::CoarseTimer)
        : m_owner(owner)
        , m_type(type)
    {
    }
    ~SingleShotTimer() { stop(); }

    // (Re)starts: a running timer is replaced, as QTimer::start() does.
    void start(std::chrono::milliseconds interval)
    {
        stop();
        m_id = m_owner.startTimer(interval, m_type);
    }
    void start(int intervalMs) { start(std::chrono::milliseconds(intervalMs)); }
    void stop()
    {
        if (m_id != 0) {
            m_owner.killTimer(m_id);
            m_id = 0;
        }
    }
    bool isActive() const { return m_id != 0; }

    // For the owner's timerEvent(): true when the event is this timer's. The timer is stopped
    // before that answer, so the handler may start it again.
    bool fired(const QTimerEvent *event)
    {
        if (m_id == 0 || event->timerId() != m_id)
            return false;
        stop();
        return true;
    }

private:
    QObject &m_owner;
    int m_id = 0;
    Qt::TimerType m_type;
};

} // namespace meshgate
