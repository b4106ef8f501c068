// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractEventDispatcher>
#include <QHash>

#include <set>
#include <utility>
#include <vector>

namespace meshgate {

// Readiness of a descriptor as a direct call. QSocketNotifier costs an event, a notify() and a
// signal emission per wake-up; at two or four wake-ups per proxied request that was a
// measurable share of a worker's time (tests/bench). Sockets on a worker thread use this.
class DescriptorHandler
{
public:
    virtual void descriptorReadable() = 0; // also on hang-up and error, like QSocketNotifier::Read
    virtual void descriptorWritable() = 0;

protected:
    ~DescriptorHandler() = default;
};

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

    int registeredSocketCount() const { return m_registered; }

    // The current thread's dispatcher when it is one of these, else nullptr.
    static EpollEventDispatcher *forCurrentThread();
    // Delivers readiness of `fd` to `handler` directly. Both false: forget the descriptor (call
    // before closing it). A descriptor is watched either this way or by notifiers, not both.
    //
    // These descriptors are edge-triggered: level-triggered epoll re-polls every descriptor it
    // reported on the next wait, which was 4 % of a TLS-passthrough worker's time (tests/bench
    // (d)). Level semantics are kept in user space: a readable handler that did not drain its
    // descriptor (markDrained) is called again on the next iteration, and so is one whose read
    // interest is switched back on after an edge went by while it was off.
    void watch(int fd, DescriptorHandler *handler, bool read, bool write);
    // The reader saw EAGAIN, a short read or the end of the stream: no new data until an edge.
    void markDrained(int fd)
    {
        if (Socket *s = find(fd))
            s->readPending = false;
    }
    // Whether data may be waiting on a watched descriptor (true when it is not watched).
    bool readPending(int fd) const
    {
        const Socket *s = find(fd);
        return !s || s->readPending;
    }
    // For a descriptor about to be close()d: the kernel drops a closed descriptor from the epoll
    // set by itself (none of ours is dup()ed), so only the bookkeeping goes; that saves an
    // epoll_ctl() per connection.
    void forgetClosing(int fd);

private:
    struct Socket
    {
        QSocketNotifier *read = nullptr;
        QSocketNotifier *write = nullptr;
        QSocketNotifier *exception = nullptr;
        DescriptorHandler *handler = nullptr;
        bool handlerRead = false;
        bool handlerWrite = false;
        bool readPending = false; // data may be waiting and no edge will announce it
        bool readAgainQueued = false;
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

    enum class Side { Read, Write, Exception };
    void updateInterest(int fd, Socket &socket);
    int deliver(int fd, Side side); // 1 when someone was told
    void queueReadAgain(int fd, Socket &socket);
    int deliverReadAgain();
    int dispatchTimers();
    qint64 nextTimeoutMs() const;
    static qint64 nowMs();

    int m_epoll = -1;
    int m_wakeFd = -1;
    Socket *find(int fd) { return fd >= 0 && size_t(fd) < m_sockets.size() && m_sockets[size_t(fd)].events ? &m_sockets[size_t(fd)] : nullptr; }
    const Socket *find(int fd) const { return const_cast<EpollEventDispatcher *>(this)->find(fd); }
    Socket &slot(int fd);

    // Indexed by descriptor: descriptors are small and dense, and a lookup per event must not
    // hash (at 10,000 descriptors a hash lookup was a cache miss more).
    std::vector<Socket> m_sockets;
    std::vector<int> m_readAgain; // handlers owed a readable call without an edge
    int m_registered = 0;
    // Every keep-alive connection has a timer (its request-headers timeout), restarted with each
    // request: at 5,000 connections a list scanned per wake-up and per restart dominated. Timers
    // by id, plus their due times in order, make both O(log n).
    QHash<int, Timer> m_timers;
    std::set<std::pair<qint64, int>> m_due; // (dueMs, id)
    QAtomicInt m_wakeUps{0};
    QAtomicInt m_interrupt{0};
};

} // namespace meshgate
