// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractEventDispatcher>
#include <QHash>

#include <set>
#include <utility>

namespace meshgate {

// A small epoll-based event dispatcher for the worker threads.
//
// Qt's default dispatcher on Linux (GLib) rebuilds and polls the full descriptor list on every
// wake-up, so its cost per event grows with the number of open connections: at 5,000 keep-alive
// clients (10,000 descriptors with their upstreams) that dominates. epoll only reports ready
// descriptors. Level-triggered, like poll(), so QSocketNotifier semantics are unchanged.
//
// It implements what the engine uses: socket notifiers, timers (all treated as precise), posted
// events and cross-thread wake-ups (eventfd). It is not meant for GUI threads.
class EpollEventDispatcher final : public QAbstractEventDispatcher
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EpollEventDispatcher)
public:
    explicit EpollEventDispatcher(QObject *parent = nullptr);
    ~EpollEventDispatcher() override;

    bool processEvents(QEventLoop::ProcessEventsFlags flags) override;
    void registerSocketNotifier(QSocketNotifier *notifier) override;
    void unregisterSocketNotifier(QSocketNotifier *notifier) override;
    void registerTimer(int timerId, qint64 interval, Qt::TimerType timerType, QObject *object) override;
    bool unregisterTimer(int timerId) override;
    bool unregisterTimers(QObject *object) override;
    QList<TimerInfo> registeredTimers(QObject *object) const override;
    int remainingTime(int timerId) override;
    void wakeUp() override;
    void interrupt() override;

    int registeredSocketCount() const { return int(m_sockets.size()); }

private:
    struct Socket
    {
        QSocketNotifier *read = nullptr;
        QSocketNotifier *write = nullptr;
        QSocketNotifier *exception = nullptr;
        quint32 events = 0; // currently registered with epoll
    };
    struct Timer
    {
        qint64 intervalMs;
        qint64 dueMs;
        Qt::TimerType type;
        QObject *object;
        bool inDispatch;
    };

    void updateInterest(int fd, Socket &socket);
    int dispatchTimers();
    qint64 nextTimeoutMs() const;
    static qint64 nowMs();

    int m_epoll = -1;
    int m_wakeFd = -1;
    QHash<int, Socket> m_sockets;
    // Every keep-alive connection has a timer (its request-headers timeout), restarted with each
    // request: at 5,000 connections a list scanned per wake-up and per restart dominated. Timers
    // by id, plus their due times in order, make both O(log n).
    QHash<int, Timer> m_timers;
    std::set<std::pair<qint64, int>> m_due; // (dueMs, id)
    QAtomicInt m_wakeUps{0};
    QAtomicInt m_interrupt{0};
};

} // namespace meshgate
